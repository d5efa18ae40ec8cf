"""The rooms stay livable: no product module over 700 lines, no import cycle among the project's modules, no
``except ImportError`` around the project's own modules, and each class name means one thing.

The import graph is read from the sources (``ast``), lazy imports inside functions included; imports under
``if TYPE_CHECKING:`` are type hints, not imports, and do not count.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: package → folder, as pyproject.toml maps them
PACKAGES = {
    "lkjip": "lkjip", "lkjip.extract": "extract", "lkjip.extract.layout": "extract/layout",
    "lkjip.normalize": "normalize", "lkjip.validate": "validate", "lkjip.corpus": "corpus", "lkjip.synth": "synth",
}
MAX_LINES = 700


def product_modules() -> dict[str, Path]:
    mods = {}
    for pkg, folder in PACKAGES.items():
        for f in sorted((REPO / folder).glob("*.py")):
            mods[pkg if f.stem == "__init__" else f"{pkg}.{f.stem}"] = f
    return mods


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    return skip


def imports_of(path: Path, mods: dict[str, Path]) -> set[str]:
    """The project modules a module imports at run time (at load or inside a function)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree)
    deps: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lkjip"):
            subs = {f"{node.module}.{a.name}" for a in node.names} & mods.keys()
            deps |= subs
            if len(subs) < len(node.names):  # a name of the module itself, not only its submodules
                deps.add(node.module)
        elif isinstance(node, ast.Import):
            deps |= {a.name for a in node.names if a.name in mods}
    return deps & mods.keys()


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while (w := stack.pop()) != v:
                comp.append(w)
            comp.append(v)
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle():
    mods = product_modules()
    graph = {name: imports_of(path, mods) - {name} for name, path in mods.items()}
    assert cycles(graph) == []


def test_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("name", sorted(product_modules()))
def test_module_size(name):
    n = len(product_modules()[name].read_text(encoding="utf-8").splitlines())
    assert n <= MAX_LINES, f"{name} has {n} lines (at most {MAX_LINES}): split it by concern"


def test_no_import_error_fallback_around_own_modules():
    offenders = []
    for name, path in product_modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Try) and any(
                    h.type is not None and "ImportError" in ast.unparse(h.type) for h in node.handlers):
                body = ast.unparse(ast.Module(body=node.body, type_ignores=[]))
                if "lkjip" in body:
                    offenders.append(f"{name}:{node.lineno}")
    assert offenders == []


def test_each_class_name_means_one_thing():
    names = Counter()
    where: dict[str, list[str]] = {}
    for name, path in product_modules().items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                names[node.name] += 1
                where.setdefault(node.name, []).append(name)
    assert {n: where[n] for n, c in names.items() if c > 1} == {}
