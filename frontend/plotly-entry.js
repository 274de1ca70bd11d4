// The page's plotly.js: the core and the two trace types the dashboard draws (bar; choropleth for the map),
// bundled by esbuild at set-up (dashboard/bundle.py) into assets/plotly-partial.js. With window.Plotly set,
// dash's Graph uses it and never loads the full 4.8 MB bundle.
var Plotly = require('plotly.js/lib/core');

Plotly.register([require('plotly.js/lib/bar'), require('plotly.js/lib/choropleth')]);
window.Plotly = Plotly;
