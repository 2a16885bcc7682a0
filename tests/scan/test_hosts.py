from __future__ import annotations

import pytest

from phigate.scan.categories import category, liquid_category
from phigate.scan.hosts import HostCatalog, Kind, bare_host, url_host
from phigate.scan.secrets import mask


def test_every_sdk_default_host_is_in_the_shared_provider_list() -> None:
    catalog = HostCatalog.packaged()
    hosts = set(catalog.constructors.values()) | set(catalog.modules.values()) | set(catalog.widget_globals.values())
    for eco in ("npm", "composer", "pypi"):
        hosts |= set(catalog.sdks["packages"][eco].values())
    hosts |= {h for names in catalog.provider_instances.values() for h in names.values()}
    hosts |= set(catalog.litellm_prefixes.values())
    assert {h for h in hosts if not catalog.is_ai(h)} == set()


@pytest.mark.parametrize(("host", "kind"), [
    ("api.openai.com", Kind.ai), ("x.openai.azure.com", Kind.ai), ("openrouter.ai", Kind.ai),
    ("cdn.shopify.com", Kind.first_party), ("acme.myshopify.com", Kind.first_party), ("localhost", Kind.first_party),
    ("127.0.0.1", Kind.first_party), ("phigate.internal", Kind.first_party),
    ("www.google-analytics.com", Kind.third_party),
    ("platform.openai.com", Kind.third_party), ("shop.example.org", Kind.first_party),
])  # fmt: skip
def test_kinds(host: str, kind: Kind) -> None:
    assert HostCatalog.packaged(first_party=("example.org",)).kind(host) is kind


def test_url_extraction() -> None:
    assert url_host("fetch('https://API.openai.com:443/v1')") == "api.openai.com"
    assert url_host("//widget.intercom.io/widget/x") == "widget.intercom.io"
    assert url_host("wss://api.openai.com/v1/realtime") == "api.openai.com"
    assert url_host("/apps/proxy") is None
    assert bare_host("openrouter.ai/api/v1") == "openrouter.ai" and bare_host("gpt-4o-mini") is None


@pytest.mark.parametrize(("name", "cat"), [
    ("getDob", "date_of_birth"), ("dateOfBirth", "date_of_birth"), ("contact[symptoms]", "symptoms"),
    ("current_medications", "medications"), ("insurance_member_id", "insurance"), ("getTelephone", "phone"),
    ("customer_email", "email"), ("getBillingAddress", "address"), ("message", None), ("price", None),
])  # fmt: skip
def test_categories(name: str, cat: str | None) -> None:
    assert category(name) == cat


def test_liquid_categories() -> None:
    assert liquid_category(["customer", "email"]) == "email"
    assert liquid_category(["customer", "default_address", "zip"]) == "address"
    assert liquid_category(["checkout"]) == "order"
    assert liquid_category(["product", "title"]) is None


def test_keys_are_masked() -> None:
    assert mask("sk-or-v1-0f3c9a7be21d4c58a6e0b9d17f2c4e8a") == "sk-or-v…4e8a"
