"""The ``newsevents`` command: a thin Typer layer over the library.

Each command lives in its own module and only parses arguments, calls public library functions
and turns library errors into one-line messages. Exit codes: 0 when at least one document
succeeded (or the command has nothing to process), 1 when every input failed, 2 on usage errors.
"""

from __future__ import annotations

import sys

import typer
import typer.rich_utils

from . import demo as _demo
from . import evaluate as _evaluate
from . import export as _export
from . import extract as _extract
from . import ingest as _ingest
from . import query as _query
from . import run as _run
from . import serve as _serve
from .common import _width

# Help goes through Typer's own Rich console: give it the same non-terminal width as ours.
typer.rich_utils.MAX_WIDTH = typer.rich_utils.MAX_WIDTH or _width(sys.stdout)

app = typer.Typer(
    name="newsevents",
    help="Turn news articles into verifiable, structured event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Turn news articles into verifiable, structured event data."""


for _module in (_extract, _ingest, _query, _demo, _export, _evaluate, _serve, _run):
    _module.register(app)


def main() -> None:
    app()
