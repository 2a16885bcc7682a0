"""Manifests: AI SDK dependencies in package.json, composer.json and Python requirements."""

from __future__ import annotations

import json
import re

from phigate.scan.flows import FileAnalysis


def _line(source: str, needle: str) -> int:
    i = source.find(needle)
    return source.count("\n", 0, i) + 1 if i >= 0 else 1


def analyze(fa: FileAnalysis, name: str, source: str) -> str | None:
    deps: list[tuple[str, str, int]] = []  # (ecosystem, package, line)
    if name in ("package.json", "composer.json"):
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
    else:  # requirements*.txt, pyproject.toml dependency lines
        for n, raw in enumerate(source.splitlines(), 1):
            line = raw.split("#", 1)[0].strip().strip("\"',")
            if m := re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(?:[<>=!~;@ ]|$)", line):
                deps.append(("pypi", m.group(1).lower().replace("_", "-"), n))
    for eco, pkg, ln in deps:
        host = fa.catalog.package_host(eco, pkg)
        if host is not None:
            fa.report("ai-sdk-dependency", ln, f"depends on the AI SDK {pkg} (default host {host})", host=host)
    return None
