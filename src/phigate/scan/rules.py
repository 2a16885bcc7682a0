"""The rule registry: rules are YAML data (``rules.yaml``) with id, severity, description and fix."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

import yaml

from phigate.errors import ScanError
from phigate.scan.model import SEVERITIES


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str
    description: str
    fix: str


class Rules:
    """Rules by id; unknown ids are an error, never a silent default."""

    def __init__(self, rules: list[Rule]) -> None:
        self._rules = {r.id: r for r in rules}

    @classmethod
    def from_yaml(cls, text: str) -> Rules:
        raw = yaml.safe_load(text)
        if not isinstance(raw, list):
            raise ScanError("rules file must be a list of rules")
        rules = []
        for item in raw:
            if not isinstance(item, dict) or set(item) != {"id", "severity", "description", "fix"}:
                raise ScanError(f"rule {item!r} needs exactly id, severity, description, fix")
            if item["severity"] not in SEVERITIES:
                raise ScanError(f"rule {item['id']}: unknown severity {item['severity']!r}")
            rules.append(Rule(**{k: str(v) for k, v in item.items()}))
        return cls(rules)

    @classmethod
    def packaged(cls) -> Rules:
        return cls.from_yaml(resources.files("phigate.scan").joinpath("rules.yaml").read_text("utf-8"))

    def __getitem__(self, rule_id: str) -> Rule:
        try:
            return self._rules[rule_id]
        except KeyError:
            raise ScanError(f"unknown scan rule {rule_id!r}") from None

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def ids(self) -> list[str]:
        return list(self._rules)
