"""SARIF 2.1.0 output (valid against the official schema; tests validate it offline)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from phigate._version import __version__
from phigate.scan.model import ScanResult
from phigate.scan.rules import Rules

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
SCORE = {"critical": "9.5", "high": "8.0", "medium": "5.0", "low": "2.0"}


def artifact_uri(rel: str) -> str:
    """A relative path as an RFC 3986 URI reference: spaces, ``#``, ``%`` and non-ASCII percent-encoded, ``/`` kept."""
    return quote(rel.replace("\\", "/"), safe="/")


def _location(file: str, line: int, message: str | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(file), "uriBaseId": "SRCROOT"},
            "region": {"startLine": max(line, 1)},
        }
    }
    if message:
        loc["message"] = {"text": message}
    return loc


def to_sarif(result: ScanResult, rules: Rules) -> dict[str, Any]:
    ids = rules.ids()
    driver = {
        "name": "phigate-scan",
        "version": __version__,
        "informationUri": "https://github.com/phigate/phigate",
        "rules": [
            {
                "id": r.id,
                "name": "".join(w.capitalize() for w in r.id.split("-")),
                "shortDescription": {"text": r.description},
                "fullDescription": {"text": r.description},
                "help": {"text": r.fix},
                "defaultConfiguration": {"level": LEVEL[r.severity]},
                "properties": {"security-severity": SCORE[r.severity], "tags": ["security", "privacy"]},
            }
            for r in rules
        ],
    }
    results = []
    for f in result.findings:
        item: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": ids.index(f.rule),
            "level": LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [_location(f.file, f.line)],
            "properties": {"severity": f.severity, "host": f.host or "", "data": list(f.data)},
        }
        if f.flow is not None:
            steps = [f.flow.source, *f.flow.steps, f.flow.sink]
            item["codeFlows"] = [
                {"threadFlows": [{"locations": [{"location": _location(s.file, s.line, s.label)} for s in steps]}]}
            ]
        results.append(item)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "originalUriBaseIds": {"SRCROOT": {"uri": _root_uri(result.root)}},
                "results": results,
                "invocations": [
                    {
                        "executionSuccessful": True,
                        "toolExecutionNotifications": [
                            {"level": "warning", "message": {"text": w}} for w in result.warnings
                        ],
                    }
                ],
            }
        ],
    }


def _root_uri(root: str) -> str:
    from pathlib import Path

    p = Path(root).resolve()
    return (p if p.is_dir() else p.parent).as_uri() + "/"
