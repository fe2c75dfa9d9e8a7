"""Stage 'times' (being built: see its issue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import TimeExpr

if TYPE_CHECKING:
    from ..pipeline import Context


def extract_times(ctx: Context) -> list[TimeExpr]:
    return []
