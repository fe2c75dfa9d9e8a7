"""Stage 'quotes' (being built: see its issue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Quote

if TYPE_CHECKING:
    from ..pipeline import Context


def extract_quotes(ctx: Context) -> list[Quote]:
    return []
