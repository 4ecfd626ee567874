"""A contract type for import-linter that its own types cannot express (used by .importlinter).

import-linter squashes an external package into one node (``PySide6``), so a ``forbidden``
contract cannot say "of Qt, only QtCore": ``PySide6.QtWidgets`` is refused as a module name.
``external_submodules`` reads the import statements of the modules that import the external
package and names every submodule outside the allowed ones, with its line.

    [importlinter:contract:formats-qtcore]
    type = external_submodules
    source_modules = copdesk.formats
    external_package = PySide6
    allowed_submodules = QtCore

Only direct imports are read; what the source modules reach through other packages of ours
is the other contracts' business (the model may not import PySide6 at all).
"""

from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output
from importlinter.domain.helpers import module_expressions_to_modules


@dataclass(frozen=True, order=True)
class Offence:
    importer: str
    line: int
    imported: str


def module_path(module: str) -> Path:
    """The source file of *module*, found without importing it or its packages."""
    root, *rest = module.split(".")
    spec = importlib.util.find_spec(root)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"package {root} not found")
    base = Path(next(iter(spec.submodule_search_locations))).joinpath(*rest)
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def imported_modules(module: str, source: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, name) for every module an import statement in *source* names.

    ``from a import b`` yields ``a.b`` (b may be a submodule: ``from PySide6 import QtGui``);
    relative imports are resolved against *module*.
    """
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join(parts + ([node.module] if node.module else []))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def offences(
    module: str, source: str, is_package: bool, package: str, allowed: set[str]
) -> list[Offence]:
    """The imports of *package*'s submodules in *source* that are not in *allowed*."""
    result: set[Offence] = set()
    for line, name in imported_modules(module, source, is_package):
        parts = name.split(".")
        if parts[0] == package and (len(parts) == 1 or parts[1] not in allowed):
            result.add(Offence(module, line, ".".join(parts[:2])))
    return sorted(result)


class ExternalSubmodulesContract(Contract):
    """Source modules import only the allowed submodules of one external package."""

    type_name = "external_submodules"

    source_modules = fields.ListField(subfield=fields.ModuleExpressionField())
    external_package = fields.StringField()
    allowed_submodules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        package = str(self.external_package)
        allowed = {str(name) for name in self.allowed_submodules}
        sources = {m.name for m in module_expressions_to_modules(graph, self.source_modules)}
        scope = sources | {d for s in sources for d in graph.find_descendants(s)}
        importers = graph.find_modules_that_directly_import(package) & scope
        found: list[Offence] = []
        for module in sorted(importers):
            path = module_path(module)
            source = path.read_text(encoding="utf-8")
            found += offences(module, source, path.name == "__init__.py", package, allowed)
        return ContractCheck(kept=not found, warnings=None, metadata={"offences": sorted(found)})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for offence in check.metadata["offences"]:
            output.print_error(
                f"{offence.importer} -> {offence.imported} (l.{offence.line})", bold=False
            )
        output.new_line()
