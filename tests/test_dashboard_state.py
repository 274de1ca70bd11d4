"""The page's state in the URL and the API's parameters: parsed, checked, written back."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.state import BadParameter, Filters, View, encode_view, parse_api, parse_view

NEXT_YEAR = date.today().year + 1

VIEWS = [
    ("", View()),
    ("?from=2019&to=2025", View(filters=Filters(2019, 2025))),
    ("?region=KZ-79,KZ-75", View(filters=Filters(regions=("KZ-75", "KZ-79")))),
    ("?region=KZ,unknown&substance=heroin&layer=statistics",
     View(filters=Filters(regions=("KZ", "unknown"), substances=("heroin",), layer="statistics"))),
    ("?grain=month&cur=usd&map=detained&lang=kk", View(grain="month", currency="usd", measure="detained", lang="kk")),
    ("?q=%D0%B3%D0%B5%D1%80%D0%BE%D0%B8%D0%BD++%D0%BA%D0%B3&sort=-value&page=4",
     View(search="героин кг", sort="-value", page=4)),
    ("?per=100k&sort=region", View(per="100k", sort="region")),
]


@pytest.mark.parametrize(("query", "view"), VIEWS)
def test_parse_view(query, view):
    assert parse_view(query) == view


@pytest.mark.parametrize(("query", "view"), VIEWS)
def test_encode_then_parse_gives_the_same_view(query, view):
    assert parse_view(encode_view(view)) == view


def test_defaults_are_left_out_of_the_url():
    assert encode_view(View()) == ""
    assert encode_view(View(lang="en")) == "?lang=en"


BAD = [
    ({"region": "KZ-99"}, "parameter region='KZ-99': unknown"),
    ({"from": "1900"}, "parameter from='1900': year out of range 1991.."),
    ({"to": str(NEXT_YEAR + 1)}, f"parameter to='{NEXT_YEAR + 1}': year out of range"),
    ({"from": "twenty"}, "parameter from='twenty': expected a year"),
    ({"from": "2025", "to": "2019"}, "parameter from='2025': after to=2019"),
    ({"by": "year,colour"}, "parameter by='colour': unknown"),
    ({"by": "year,month"}, "parameter by='year,month': at most one of year, quarter, month"),
    ({"by": "region,region"}, "a value is repeated"),
    ({"region": ",".join(["KZ-79"] * 40)}, "40 values, at most 23"),
    ({"layer": "both"}, "parameter layer='both': expected one of operations, statistics"),
    ({"substance": "tea"}, "parameter substance='tea'"),
    ({"regoin": "KZ-79"}, "parameter regoin='KZ-79': unknown parameter"),
]


BAD_VIEWS = [
    ({"page": "0"}, "parameter page='0': expected a page number"),
    ({"page": "two"}, "parameter page='two': expected a page number"),
    ({"sort": "colour"}, "parameter sort='colour': expected one of -date, date"),
    ({"q": "x" * 201}, "201 characters, at most 200"),
    ({"q": "a\x00b"}, "control characters"),
]


@pytest.mark.parametrize(("params", "message"), BAD_VIEWS)
def test_bad_sources_parameters_are_named_with_the_reason(params, message):
    with pytest.raises(BadParameter) as err:
        parse_view(params)
    assert message in str(err.value)


@pytest.mark.parametrize(("params", "message"), BAD)
def test_bad_api_parameters_are_named_with_the_reason(params, message):
    with pytest.raises(BadParameter) as err:
        parse_api(params, by=True)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_long_values_are_shortened_in_messages():
    with pytest.raises(BadParameter) as err:
        parse_api({"substance": "x" * 500}, by=False)
    assert "x" * 100 not in str(err.value)
    assert "xxx...'" in str(err.value)


def test_facts_api_takes_no_by():
    with pytest.raises(BadParameter, match="unknown parameter"):
        parse_api({"by": "year"}, by=False)


def test_api_filters_and_by():
    f, by = parse_api({"from": "2019", "to": "2025", "region": "KZ-79,KZ-75", "by": "year,region",
                       "layer": "operations"}, by=True)
    assert f == Filters(2019, 2025, ("KZ-75", "KZ-79"), (), "operations")
    assert by == ("year", "region")
