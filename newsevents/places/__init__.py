"""Stage 'places' (being built: see its issue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Place

if TYPE_CHECKING:
    from ..pipeline import Context


def extract_places(ctx: Context) -> list[Place]:
    return []
