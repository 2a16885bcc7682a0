"""Customer and patient data categories, recognised from the names code gives to the data."""

from __future__ import annotations

import re

# Order matters: the first category whose pattern matches a name wins.
_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("date_of_birth", r"dob|birth|birthday|date_?of_?birth|geburt"),
    ("symptoms", r"symptom|complaint|condition|diagnos|ailment|concern|health_?issue"),
    ("medications", r"medication|medicine|prescription|rx|drug|dosage|pharma"),
    ("insurance", r"insurance|insurer|member_?id|policy_?(?:number|no|id)|payer|subscriber"),
    ("health", r"allerg|pregnan|weight|bmi|blood|height|gender|sex|medical|health|intake|questionnaire"),
    ("email", r"e_?mail"),
    ("phone", r"phone|mobile|telephone|tel"),
    ("address", r"address|street|city|zip|postcode|postal|province|country_?code|region"),
    ("name", r"first_?name|last_?name|full_?name|firstname|lastname|surname|given_?name|customer_?name|name"),
    ("order", r"order|line_?items|cart|checkout|quote|purchase"),
    ("customer", r"customer|patient|user"),
)
_COMPILED = tuple((cat, re.compile(rf"(?:^|[^a-z])(?:{pat})", re.I)) for cat, pat in _CATEGORIES)

# Liquid objects that carry customer data (Shopify), by their first segments.
LIQUID_OBJECTS = {
    "customer": "customer",
    "order": "order",
    "checkout": "order",
    "cart": "order",
    "form": "form",
}


def _words(name: str) -> str:
    """camelCase and kebab-case become snake_case so the patterns see word boundaries."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.replace("-", "_").replace(".", "_").replace("[", "_").replace("]", "_").lower()


def category(name: str) -> str | None:
    """The data category a variable, field or method name suggests (``getDob`` -> date_of_birth), or None."""
    words = "_" + _words(name)
    for cat, rx in _COMPILED:
        if rx.search(words):
            return cat
    return None


def liquid_category(segments: list[str]) -> str | None:
    """``customer.email`` -> email, ``customer.default_address.zip`` -> address, ``order`` -> order."""
    if not segments or segments[0] not in LIQUID_OBJECTS:
        return None
    for seg in reversed(segments[1:]):
        if (cat := category(seg)) is not None and cat not in ("customer",):
            return cat
    return LIQUID_OBJECTS[segments[0]] if segments[0] != "form" else None
