"""Stage 'actors' (being built: see its issue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor

if TYPE_CHECKING:
    from ..pipeline import Context


def resolve_actors(ctx: Context) -> list[Actor]:
    return []
