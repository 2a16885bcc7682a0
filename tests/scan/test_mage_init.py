"""Magento's JSON widget config in phtml (``text/x-magento-init`` scripts, ``data-mage-init`` attributes):
an AI endpoint in it is reported, and customer data echoed into the same config is a flow."""

from __future__ import annotations

from pathlib import Path

from phigate.scan import Scanner

POSITIVE = """<?php /** @var $block */ ?>
<script type="text/x-magento-init">
{ "#chat": { "Acme_Ai/js/chat": {
    "endpoint": "https://api.openai.com/v1/chat/completions",
    "email": "<?= $block->escapeJs($block->getCustomerEmail()) ?>" } } }
</script>
<div id="chat" data-mage-init='{"Acme_Ai/js/chat": {"endpoint": "https://api.anthropic.com/v1/messages"}}'></div>
"""
NEGATIVE = """<?php /** @var $block */ ?>
<!-- <script type="text/x-magento-init">{"*": {"chat": {"url": "https://api.openai.com/v1/x"}}}</script> -->
<script type="text/x-magento-init">
{ "#cart": { "Magento_Ui/js/core/app": {
    "url": "<?= $block->getUrl('checkout/cart') ?>",
    "email": "<?= $block->escapeJs($block->getCustomerEmail()) ?>" } } }
</script>
<div data-mage-init='{"Acme_Ai/js/faq": {"docs": "openai.com is not a URL here"}}'></div>
"""


def scan(tmp_path: Path, text: str) -> list[tuple[str, int, str | None, tuple[str, ...]]]:
    (tmp_path / "chat.phtml").write_text(text, "utf-8")
    return sorted((f.rule, f.line, f.host, f.data) for f in Scanner().scan(tmp_path).findings)


def test_ai_endpoint_and_customer_data_in_mage_init(tmp_path: Path) -> None:
    assert scan(tmp_path, POSITIVE) == [
        ("ai-endpoint", 4, "api.openai.com", ()),
        ("ai-endpoint", 7, "api.anthropic.com", ()),
        ("phi-to-ai", 4, "api.openai.com", ("email",)),
    ]


def test_mage_init_without_an_ai_endpoint_reports_nothing(tmp_path: Path) -> None:
    assert scan(tmp_path, NEGATIVE) == []
