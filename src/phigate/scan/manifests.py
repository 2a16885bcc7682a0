"""Manifests: AI SDK dependencies in package.json, composer.json, Python requirements and pyproject.toml
(PEP 621 ``[project]`` dependencies and optional-dependencies, Poetry's ``[tool.poetry.*dependencies]``)."""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

from phigate.scan.flows import FileAnalysis


def _line(source: str, needle: str) -> int:
    i = source.find(needle)
    return source.count("\n", 0, i) + 1 if i >= 0 else 1


REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(?:[<>=!~;@ (]|$)")


def _pypi(name: str) -> str:
    return name.lower().replace("_", "-")


def _pyproject_names(data: dict[str, Any]) -> list[str]:
    """Distribution names from PEP 621 requirement strings and Poetry dependency tables."""
    names: list[str] = []
    project = data.get("project")
    if isinstance(project, dict):
        lists = [project.get("dependencies")]
        optional = project.get("optional-dependencies")
        lists += list(optional.values()) if isinstance(optional, dict) else []
        for reqs in lists:
            if isinstance(reqs, list):
                names += [m.group(1) for r in reqs if isinstance(r, str) and (m := REQUIREMENT.match(r.strip()))]
    tool = data.get("tool")
    poetry = tool.get("poetry") if isinstance(tool, dict) else None
    if isinstance(poetry, dict):
        tables = [poetry.get("dependencies"), poetry.get("dev-dependencies")]
        groups = poetry.get("group")
        if isinstance(groups, dict):
            tables += [g.get("dependencies") for g in groups.values() if isinstance(g, dict)]
        for table in tables:
            if isinstance(table, dict):
                names += [k for k in table if k.lower() != "python"]
    return names


def _pyproject_line(source: str, pkg: str) -> int:
    m = re.search(rf"""(?:^\s*|["']){re.escape(pkg)}(?![A-Za-z0-9._-])""", source, re.M | re.I)
    return source.count("\n", 0, m.start()) + 1 if m else 1


def analyze(fa: FileAnalysis, name: str, source: str) -> str | None:
    deps: list[tuple[str, str, int]] = []  # (ecosystem, package, line)
    if name == "pyproject.toml":
        try:
            data = tomllib.loads(source)
        except tomllib.TOMLDecodeError as exc:
            return f"{fa.rel}: not valid TOML ({exc})"
        deps += [("pypi", _pypi(pkg), _pyproject_line(source, pkg)) for pkg in _pyproject_names(data)]
    elif name in ("package.json", "composer.json"):
        try:
            data = json.loads(source)
        except json.JSONDecodeError as exc:
            return f"{fa.rel}: not valid JSON ({exc.msg} at line {exc.lineno})"
        if not isinstance(data, dict):
            return None
        eco = "npm" if name == "package.json" else "composer"
        keys = (
            ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")
            if eco == "npm"
            else ("require", "require-dev")
        )
        for key in keys:
            section = data.get(key)
            if isinstance(section, dict):
                deps += [(eco, pkg, _line(source, f'"{pkg}"')) for pkg in section]
    else:  # requirements*.txt
        for n, raw in enumerate(source.splitlines(), 1):
            line = raw.split("#", 1)[0].strip().strip("\"',")
            if m := REQUIREMENT.match(line):
                deps.append(("pypi", _pypi(m.group(1)), n))
    for eco, pkg, ln in deps:
        host = fa.catalog.package_host(eco, pkg)
        if host is not None:
            fa.report("ai-sdk-dependency", ln, f"depends on the AI SDK {pkg} (default host {host})", host=host)
    return None
