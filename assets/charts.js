// PNG and SVG images of a chart that say what they show: the chart's name and the filters in words (given by
// the server in layout.meta.export), above the chart's own caption (what it sums, as of when, the source).
// Plain DOM events, no callback: a button carries data-export (the format) and data-chart (the graph's id).
(function () {
  var LINE_PX = 16;

  function exportFigure(gd) {
    var layout = gd.layout || {};
    var meta = (layout.meta && layout.meta.export) || {};
    var heading = [meta.title ? "<b>" + meta.title + "</b>" : "", meta.filters || ""].filter(Boolean);
    var caption = (layout.title && layout.title.text) || "";
    var extra = LINE_PX * (meta.lines || heading.length);
    var margin = Object.assign({}, layout.margin || {});
    margin.t = (margin.t || 40) + extra;
    var title = Object.assign({}, layout.title || {}, {text: heading.concat(caption ? [caption] : []).join("<br>")});
    var height = (layout.height || 360) + extra;
    return {
      data: gd.data,
      layout: Object.assign({}, layout, {title: title, margin: margin, height: height, width: 1000}),
      config: {topojsonURL: (gd._context && gd._context.topojsonURL) || "/geo/"}
    };
  }

  function fileName(chart, meta) {
    var words = ((meta && meta.export && meta.export.title) || chart).toLowerCase();
    return words.replace(/<[^>]*>/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "chart";
  }

  window.drugStats = Object.assign(window.drugStats || {}, {exportFigure: exportFigure});

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-export]");
    if (!button || !window.Plotly) { return; }
    var box = document.getElementById(button.getAttribute("data-chart"));
    var gd = box && box.querySelector(".js-plotly-plot");
    if (!gd || !gd.data) { return; }
    var figure = exportFigure(gd);
    var format = button.getAttribute("data-export");
    window.Plotly.downloadImage(figure, {
      format: format, filename: fileName(button.getAttribute("data-chart"), gd.layout.meta),
      width: 1000, height: figure.layout.height, scale: format === "png" ? 2 : 1
    });
  });
})();

// Chart or table (dashboard/callbacks.py): the table and chart boxes' styles, and the figure to tabulate
// (sent to the server only while the table is shown; a figure drawn as a chart costs no request).
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  charts: {
    chartOrTable: function (mode, figure) {
      var keep = window.dash_clientside.no_update;
      var triggered = (window.dash_clientside.callback_context || {}).triggered || [];
      var byMode = triggered.some(function (t) { return /-mode\.value$/.test(t.prop_id || ""); });
      if (mode !== "table") {
        return byMode ? [{display: "none"}, {}, keep] : [keep, keep, keep];
      }
      return [{}, {display: "none"}, figure];
    }
  }
});
