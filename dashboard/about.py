"""The methodology page, `/about?lang=ru|kk|en`: what is counted and how, the sources by outlet with their
counts, and the known limits; plain HTML from the server (no script), in the page's three languages, linked
from every chart's source line."""

from __future__ import annotations

from html import escape

from etl.store import read

from . import i18n
from .queries import Store

PATH = "/about"


def sections(lang: str) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) of the methodology, in the language."""
    _ = i18n.gettext(lang)
    return [
        (_("Where the figures come from"), [
            _("Figures are read from Russian-language news and official press releases about drug enforcement in "
              "Kazakhstan by rules written for this project: each figure keeps the sentence it came from, its "
              "region, its date or period."),
            _("These are sums of what the news reported, not official totals: an operation no outlet reported "
              "is not here, and an outlet's figure is taken as it was written."),
        ]),
        (_("Each event once"), [
            _("Each event is counted once: when several outlets report the same seizure, arrest or confiscation, "
              "the reports are linked and the figure is added once; a total whose parts are also listed is not "
              "added again."),
            _("A total whose parts are listed only in part is counted through its parts and a remainder (what "
              "the parts leave out of it), so that sums by substance and by region add up to the total."),
            _("An event is counted by its most precise report (13,183 kg rather than \"13 tonnes\"); a correction "
              "of an article replaces what it said before."),
        ]),
        (_("Money"), [
            _("Confiscated money is money seized, frozen (arrested) or forfeited. Turnover and street value are "
              "shown apart and never added to it."),
            _("The same sum seized, then frozen, then forfeited within half a year is one sum, counted at its "
              "latest stage."),
            _("Masses are converted to kilograms. Money is converted to tenge and US dollars at the World Bank's "
              "annual average rate for the year of the fact (official exchange rate, LCU per US$); after the "
              "table's last year the last rate is used and marked as an estimate."),
        ]),
        (_("What is added to what"), [
            _("Two layers are never added together: reported operations (single events) and official period "
              "statistics (\"in 10 months of 2019\"). A period statistic sits in the period it covers."),
            _("Year-to-date statistics of one region and year become what each period added (January–March 300 "
              "kg and January–June 700 kg give 400 kg for April–June). Two different figures for one period, "
              "or a later figure smaller than an earlier one, are flagged and shown, never smoothed away."),
            _("Coverage sets the operations the news reported one by one against the official figure of the same "
              "region and months: how much of the official count ever reached the news."),
            _("All of Kazakhstan is the 20 regions, national figures and facts whose region is not stated. "
              "Seizures abroad are never in it; they are a choice of their own."),
            _("Precursors (chemicals for making drugs) are a measure of their own and never part of the mass of "
              "drugs seized."),
            _("Facts without a date are kept: they count when no year is chosen and are listed in the sources "
              "table, but they are not placed on the time charts."),
            _("Rates per 100,000 residents divide a region's sum by its population on one date for all regions "
              "(the Bureau of National Statistics, 1 January 2023, unless a newer complete table is installed); "
              "the date is said on the chart."),
        ]),
        (_("Known limits"), [
            _("The extractor reads Russian well and Kazakh poorly for now: regions that publish mostly in Kazakh "
              "are under-counted."),
            _("Linking reports of one event rests on the figure, the region and a week's window: two different "
              "events with the same figure, region and week can be taken for one."),
        ]),
    ]


def outlets(store: Store) -> list[tuple[str, int]]:
    """The outlets of the stored articles with how many articles each (etl.store.read.outlets)."""
    return read.outlets(store.engine)


def page(store: Store, lang: str) -> str:
    """The whole page as HTML, every string escaped."""
    _ = i18n.gettext(lang)
    title, outlet_heading = escape(_("How the figures are counted")), escape(_("Sources by outlet"))
    outlet, articles, no_link = escape(_("Outlet")), escape(_("Articles")), _("files without a link")
    back = escape(_("Back to the dashboard"))
    body = [f"<h1>{title}</h1>",
            '<nav class="langs">' + " · ".join(
                f'<a href="{PATH}?lang={code}"{" aria-current=page" if code == lang else ""}>{escape(name)}</a>'
                for code, name in (("ru", "Рус"), ("kk", "Қаз"), ("en", "Eng"))) + "</nav>"]
    for heading, paragraphs in sections(lang):
        body.append(f"<h2>{escape(heading)}</h2>")
        body += [f"<p>{escape(p)}</p>" for p in paragraphs]
    body.append(f"<h2>{outlet_heading}</h2>")
    rows = "".join(f"<tr><td>{escape(host or no_link)}</td><td>{i18n.number(n, lang)}</td></tr>"
                   for host, n in outlets(store))
    body.append(f"<table><thead><tr><th>{outlet}</th><th>{articles}</th></tr></thead><tbody>{rows}</tbody></table>")
    body.append(f'<p><a href="/?lang={lang}">{back}</a></p>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
            f"<style>{STYLE}</style></head><body><main>{''.join(body)}</main></body></html>")


STYLE = ("body{font-family:Inter,system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:#f8f9fa;color:#212529;"
         "margin:0}main{max-width:760px;margin:0 auto;padding:16px;line-height:1.5}h1{font-size:1.6rem}"
         "h2{font-size:1.15rem;margin-top:1.6em}table{border-collapse:collapse;width:100%;background:#fff}"
         "td,th{border-bottom:1px solid #dee2e6;padding:4px 8px;text-align:left;overflow-wrap:anywhere}"
         "td+td,th+th{text-align:right}.langs a{margin-right:4px}a{color:#0b5ea8}")
