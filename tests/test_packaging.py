"""The package installs without warnings a newcomer would trip over (issue 15 item 7)."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_licence_is_an_spdx_string_with_its_files() -> None:
    """A TOML-table licence makes setuptools warn on every install; PEP 639 wants SPDX."""
    meta = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    project = meta["project"]
    assert project["license"] == "MIT"
    for name in project["license-files"]:
        assert (REPO / name).is_file(), name
    (setuptools,) = [r for r in meta["build-system"]["requires"] if r.startswith("setuptools")]
    assert setuptools == "setuptools>=77", "PEP 639 licence fields need setuptools 77"
