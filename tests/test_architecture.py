"""The code's seams: modules import one way (ingest → nlp → stages → pipeline → store → api).

An import cycle hidden under ``TYPE_CHECKING`` still ties two modules together: neither can be
read, tested or moved alone. This test reads every module's top-level imports (those inside
``if TYPE_CHECKING:`` included; imports inside functions are deliberate lazy loads) and fails on a
cycle, except between a package and its own submodules.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "newsevents"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _targets(module: str, path: Path, node: ast.Import | ast.ImportFrom, known: set[str]
             ) -> set[str]:
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in known}
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    base = package.split(".")
    if node.level:
        base = base[: len(base) - node.level + 1]
        origin = ".".join([*base, *([node.module] if node.module else [])])
    else:
        origin = node.module or ""
    out = set()
    for alias in node.names:
        candidate = f"{origin}.{alias.name}"
        out.add(candidate if candidate in known else origin)
    return out & known


def _top_level_imports(module: str, path: Path, known: set[str]) -> set[str]:
    deps: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                deps.update(_targets(module, path, node, known))
            elif isinstance(node, ast.If):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)

    visit(ast.parse(path.read_text("utf-8")).body)
    return deps - {module}


def _related(a: str, b: str) -> bool:
    return a.startswith(b + ".") or b.startswith(a + ".")


def test_no_import_cycles_even_under_type_checking() -> None:
    modules = _modules()
    graph = {m: _top_level_imports(m, p, set(modules)) for m, p in modules.items()}
    cycles = []

    def walk(node: str, stack: list[str], done: set[str]) -> None:
        for dep in sorted(graph[node]):
            if dep in stack:
                cycle = stack[stack.index(dep):]
                edges = zip(cycle, [*cycle[1:], cycle[0]], strict=True)
                if not all(_related(a, b) for a, b in edges):
                    cycles.append(" → ".join([*cycle, dep]))
            elif dep not in done:
                done.add(dep)
                walk(dep, [*stack, dep], done)

    for start in sorted(graph):
        walk(start, [start], {start})
    assert not cycles, "import cycles:\n" + "\n".join(sorted(set(cycles))[:20])


def test_stage_modules_take_the_context_from_its_own_module() -> None:
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text("utf-8")
        assert "pipeline import Context" not in text, path
    assert "_stages" not in (PACKAGE / "scale" / "local.py").read_text("utf-8")
