// The map's shapes and plotly's geo base layers are served by this app (dashboard/server.py), never by a CDN.
// Fetching them here, while the page loads, puts them in plotly's own cache (window.PlotlyGeoAssets) before
// the first map is drawn; if this runs late, plotly fetches the same URLs itself.
(function () {
  var assets = window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};
  assets.topojson = assets.topojson || {};
  function load(url, store) {
    fetch(url).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) { store(data); } })
      .catch(function () { /* plotly will fetch it */ });
  }
  load("/geo/world_110m.json", function (d) { assets.topojson.world_110m = d; });
  load("/geo/regions.geojson", function (d) { assets["/geo/regions.geojson"] = d; });
})();
