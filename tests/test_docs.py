"""Docs are tested: every command, dependency and vocabulary file is documented."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_in_the_readme():
    from etl import cli

    commands = re.findall(r'add_parser\("([a-z-]+)"', Path(cli.__file__).read_text(encoding="utf-8"))
    assert commands
    for command in commands:
        assert f"python -m etl {command}" in README, command


def test_every_dependency_says_why():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = list(project["dependencies"]) + [d for extra in project["optional-dependencies"].values() for d in extra]
    for spec in names:
        name = re.split(r"[<>=\[ ]", spec)[0]
        assert re.search(rf"^\|[^|]*\b{re.escape(name)}\b[^|]*\|", README, re.M), f"{name} is not explained"


def test_every_vocabulary_file_has_a_header_and_is_mentioned():
    for path in (ROOT / "data" / "reference").iterdir():
        text = path.read_text(encoding="utf-8")
        assert "#" in text.splitlines()[0] or text.splitlines()[1].startswith("#") or path.suffix == ".txt"
        assert path.stem.split("_")[0] in README or path.stem in README, path.name


def test_every_etl_module_is_in_the_package_map():
    import etl

    for module in (ROOT / "etl").glob("*.py"):
        if module.stem not in {"__init__", "__main__"}:
            assert module.stem in etl.__doc__, module.stem


def test_every_dashboard_module_is_in_the_package_map():
    import dashboard

    for module in (ROOT / "dashboard").glob("*.py"):
        if module.stem != "__init__":
            assert module.stem in dashboard.__doc__, module.stem


def test_every_app_flag_is_in_the_readme():
    import app

    for action in app.options([])._get_kwargs():
        assert f"--{action[0].replace('_', '-')}" in README, action[0]


def test_what_the_html_reader_imports_is_a_declared_dependency():
    """trafilatura cleans HTML with lxml.html.clean, which lxml no longer ships: its own package must be declared,
    or a plain install aborts every run that meets an .html file."""
    import importlib.metadata

    import lxml.html.clean

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {re.split(r"[<>=\[ ]", spec)[0].lower().replace("-", "_") for spec in project["dependencies"]}
    declared |= {"lxml"} if any(spec.startswith("lxml[html_clean]") for spec in project["dependencies"]) else set()
    provider = importlib.metadata.packages_distributions()["lxml_html_clean"][0].lower().replace("-", "_")
    assert lxml.html.clean.Cleaner and provider in declared
