"""Storefront scanner: where AI calls leave the shop and which customer data travels with them.

Parsers per language (python-liquid lax, tree-sitter JS/TS/PHP, defusedxml for Magento), rules as YAML
data, findings with data flows (source → steps → sink), SARIF, a data-flow map, and CSP allow-lists.
"""

from __future__ import annotations

from phigate.scan.model import Finding, Flow, ScanResult, Step
from phigate.scan.rules import Rule, Rules
from phigate.scan.scanner import Scanner, ScanOptions

__all__ = ["Finding", "Flow", "Rule", "Rules", "ScanOptions", "ScanResult", "Scanner", "Step"]
