"""The compliance report: facts in JSON, and the rendered page checked in real headless Chromium."""

from __future__ import annotations

import json
import random
import re
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from phigate.audit.report import REFUSAL_EXPLANATIONS, Report, build_report
from phigate.audit.report_html import render_html
from phigate.config import parse_policy
from phigate.errors import AuditIntegrityError
from phigate.policy import Policy

CHROMIUM = "/usr/bin/chromium"
EVIL_APP = "<script>alert(1)</script>"
EVIL_CODE = "<b>odd</b>_code"
SINCE = datetime(2025, 3, 3, tzinfo=UTC)
UNTIL = datetime(2025, 3, 10, tzinfo=UTC)
SECTIONS = ("summary", "processing", "volumes", "refusals", "egress", "ledger", "verify")

POLICY_YAML = f"""
apps:
  storefront-chat:
    description: "Answers shoppers' questions about orders, prescriptions and refills in the web shop."
    models: [local-default]
    deid: {{default: placeholder, DATE: date_shift}}
    reidentify: true
  intake-summary:
    description: "Summarises intake questionnaires for the clinician before a video visit."
    models: [clinic-vllm, eu-provider]
    deidentify: false
  "{EVIL_APP}":
    description: "<img src=x onerror=alert(2)>"
    models: [local-default]
models:
  local-default: {{backend: embedded}}
  clinic-vllm: {{backend: upstream, url: "http://10.0.4.12:8000/v1", region: eu-central}}
  eu-provider: {{backend: upstream, url: "https://api.mistral.ai/v1", region: eu-west}}
egress:
  allow: ["127.0.0.0/8", "10.0.0.0/8", "vllm.internal"]
  providers: [{{host: api.mistral.ai, region: eu-west}}]
"""

# app -> (models, refusal codes with their status)
APPS: dict[str, tuple[list[str], list[tuple[str, int]]]] = {
    "storefront-chat": (["local-default"], [("phi_blocked", 403), ("prompt_injection", 403)]),
    "intake-summary": (["clinic-vllm", "eu-provider"], [("rate_limit_exceeded", 429), ("upstream_error", 502)]),
    EVIL_APP: (["local-default"], [(EVIL_CODE, 400)]),
}
ENTITY_CHOICES = ("PERSON", "DATE", "PHONE", "EMAIL", "MRN", "ZIP", "HEALTH_PLAN_ID")


def make_record(seq: int, ts: float, rnd: random.Random, app: str | None = None) -> dict[str, Any]:
    """One ledger record as the ledger hands it to the report (no PHI: counts only)."""
    app = app or rnd.choices(list(APPS), weights=(6, 3, 1))[0]
    models, codes = APPS[app]
    code, status = rnd.choice(codes) if rnd.random() < 0.15 else (None, 200)
    entities = {t: rnd.randint(1, 3) for t in rnd.sample(ENTITY_CHOICES, rnd.randint(0, 3))}
    return {
        "seq": seq, "ts": ts, "request_id": f"req-{seq}", "conversation": None, "app": app,
        "key_id": f"key-{app[:4]}-{seq % 2}", "model": rnd.choice(models),
        "backend": "embedded" if "local" in models[0] else "upstream", "region": None, "policy_sha256": "ab" * 32,
        "entities": entities, "guards": {"prompt_injection": "block" if code == "prompt_injection" else "pass"},
        "tokens_in": 0 if code else rnd.randint(20, 400), "tokens_out": 0 if code else rnd.randint(10, 300),
        "latency_ms": rnd.uniform(5, 900), "status": status, "code": code,
        "prev_hash": f"{seq - 1:064x}", "hash": f"{seq:064x}",
    }  # fmt: skip


def make_records() -> list[dict[str, Any]]:
    """~420 records over the 7 days of the period, busier on weekdays, plus two just outside it."""
    rnd = random.Random(20250303)
    stamps = [(SINCE - timedelta(minutes=5)).timestamp()]
    for day in range(7):
        n = 40 if day in (5, 6) else 70
        stamps += sorted((SINCE + timedelta(days=day, seconds=rnd.uniform(0, 86399))).timestamp() for _ in range(n))
    stamps.append(UNTIL.timestamp())  # `until` is exclusive
    return [make_record(seq, ts, rnd) for seq, ts in enumerate(stamps, start=1)]


def in_period(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if SINCE.timestamp() <= r["ts"] < UNTIL.timestamp()]


def checkpoints(valid: bool = True) -> list[dict[str, Any]]:
    rnd = random.Random(7)
    return [
        {"seq_from": a, "seq_to": b, "root": rnd.randbytes(32).hex(), "ts": (SINCE + timedelta(days=i + 1)).timestamp(),
         "signature": rnd.randbytes(64).hex(), "key_id": "ledger-2025", "valid": valid or i != 1}
        for i, (a, b) in enumerate(((1, 150), (151, 300), (301, 422)))
    ]  # fmt: skip


def public_key_pem() -> str:
    key = Ed25519PrivateKey.generate().public_key()
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


VERIFIED = {"ok": True, "first_bad_seq": None, "problem": "", "records": 422, "checkpoints": 3, "unsigned": 0}


@pytest.fixture(scope="module")
def policy() -> Policy:
    return parse_policy(POLICY_YAML)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return make_records()


@pytest.fixture(scope="module")
def report(policy: Policy, records: list[dict[str, Any]]) -> Report:
    return build_report(
        iter(records),  # a one-shot stream, as the ledger yields it
        checkpoints=checkpoints(),
        verification=VERIFIED,
        policy=policy,
        since=SINCE,
        until=UNTIL,
        public_key_pem=public_key_pem(),
        generated_at=datetime(2025, 3, 10, 8, 30, tzinfo=UTC),
    )


def test_json_carries_totals_tokens_and_period(report: Report, records: list[dict[str, Any]]) -> None:
    period = in_period(records)
    facts = json.loads(report.to_json())
    assert facts == report.to_dict()
    assert facts["schema"] == "phigate.report/1"
    assert facts["period_start"] == "2025-03-03T00:00:00Z" and facts["period_end"] == "2025-03-10T00:00:00Z"
    totals = facts["totals"]
    assert totals["requests"] == len(period) == len(records) - 2
    assert totals["allowed"] == sum(r["status"] < 400 for r in period)
    assert totals["refused"] == sum(400 <= r["status"] < 500 for r in period)
    assert totals["failed"] == sum(r["status"] >= 500 for r in period)
    assert totals["tokens_in"] == sum(r["tokens_in"] for r in period)
    assert totals["tokens_out"] == sum(r["tokens_out"] for r in period)
    assert totals["identifiers"] == sum(sum(r["entities"].values()) for r in period)
    assert (totals["first_seq"], totals["last_seq"]) == (2, len(records) - 1)
    assert [d["day"] for d in facts["days"]] == [f"2025-03-{d:02d}" for d in range(3, 10)]
    assert sum(d["allowed"] + d["refused"] + d["failed"] for d in facts["days"]) == len(period)
    assert facts["policy_sha256"] == report.policy_sha256 and len(facts["policy_sha256"]) == 64
    assert facts["policy_versions"] == {"ab" * 32: len(period)}


def test_json_processing_records_per_app(report: Report, records: list[dict[str, Any]]) -> None:
    period = in_period(records)
    apps = {p["app"]: p for p in report.to_dict()["processing"]}
    assert set(apps) == set(APPS)
    chat = apps["storefront-chat"]
    assert chat["purpose"].startswith("Answers shoppers'")
    assert chat["reidentify"] is True and chat["deid_operators"]["DATE"] == "date_shift"
    assert chat["deidentify"] is True and apps["intake-summary"]["deidentify"] is False
    assert {c["treatment"] for c in apps["intake-summary"]["categories"]} == {"none"}
    own = [r for r in period if r["app"] == "storefront-chat"]
    assert chat["requests"] == len(own)
    expected: dict[str, int] = {}
    for r in own:
        for etype, n in r["entities"].items():
            expected[etype] = expected.get(etype, 0) + n
    cats = {c["entity_type"]: c for c in chat["categories"]}
    assert {t: c["found"] for t, c in cats.items()} == expected
    assert cats["PERSON"]["safe_harbor"] == "A" and cats["DATE"]["treatment"] == "date_shift"
    assert cats["PHONE"]["treatment"] == "placeholder"
    assert cats["MRN"]["requests"] == sum(1 for r in own if r["entities"].get("MRN"))
    intake = {m["model"]: m for m in apps["intake-summary"]["recipients"]}
    assert intake["clinic-vllm"]["host"] == "10.0.4.12" and intake["clinic-vllm"]["region"] == "eu-central"
    assert intake["eu-provider"]["external"] is True and intake["eu-provider"]["region"] == "eu-west"
    assert sum(m["requests"] for m in intake.values()) == apps["intake-summary"]["requests"]
    assert apps["storefront-chat"]["recipients"][0]["host"] is None  # embedded: in-process


def test_json_refusals_by_reason(report: Report, records: list[dict[str, Any]]) -> None:
    period = in_period(records)
    refused = [r for r in period if r["status"] >= 400]
    by_code = {x["code"]: x for x in report.to_dict()["refusals"]}
    assert {c: x["count"] for c, x in by_code.items()} == {c: sum(r["code"] == c for r in refused) for c in by_code}
    assert sum(x["count"] for x in by_code.values()) == len(refused)
    assert by_code["phi_blocked"]["explanation"] == REFUSAL_EXPLANATIONS["phi_blocked"]
    assert by_code["rate_limit_exceeded"]["statuses"] == [429]
    assert by_code[EVIL_CODE]["explanation"].startswith("No description")
    assert by_code["phi_blocked"]["share_of_requests"] == round(by_code["phi_blocked"]["count"] / len(period), 4)
    counts = [x.count for x in report.refusals]
    assert counts == sorted(counts, reverse=True)


def test_latency_quantiles_are_close_to_exact(report: Report, records: list[dict[str, Any]]) -> None:
    latencies = sorted(r["latency_ms"] for r in in_period(records))
    exact = latencies[len(latencies) // 2]
    assert report.totals.latency.p50_ms == pytest.approx(exact, rel=0.03)


@pytest.mark.parametrize(
    ("verification", "valid", "status", "words"),
    [
        (VERIFIED, True, "verified", "Verified: all 422 records"),
        ({**VERIFIED, "unsigned": 12}, True, "verified", "The 12 newest records are not yet covered"),
        (VERIFIED, False, "failed", "1 of 3 checkpoint signatures do not verify"),
        ({**VERIFIED, "ok": False, "first_bad_seq": 217, "problem": "hash mismatch"}, True, "failed", "record #217"),
    ],
)
def test_ledger_verdict_in_plain_words(
    policy: Policy, verification: dict[str, Any], valid: bool, status: str, words: str
) -> None:
    report = build_report(
        [], checkpoints=checkpoints(valid), verification=verification, policy=policy, since=None, until=None,
        public_key_pem=None,
    )  # fmt: skip
    assert report.integrity.status == status and words in report.integrity.verdict
    assert words.replace("'", "&#x27;") in render_html(report)


def test_no_checkpoints_is_reported_as_unsigned(policy: Policy) -> None:
    report = build_report(
        [], checkpoints=[], verification={**VERIFIED, "checkpoints": 0}, policy=policy, since=None, until=None,
        public_key_pem=None,
    )  # fmt: skip
    assert report.integrity.status == "unsigned" and "no signed checkpoint" in report.integrity.verdict


def test_empty_period_is_a_report_not_a_crash(policy: Policy, records: list[dict[str, Any]]) -> None:
    later = datetime(2026, 1, 1, tzinfo=UTC)
    report = build_report(
        records, checkpoints=checkpoints(), verification=VERIFIED, policy=policy, since=later,
        until=later + timedelta(days=30), public_key_pem=None,
    )  # fmt: skip
    assert report.totals.requests == 0 and report.days == [] and report.refusals == []
    assert {p.app for p in report.processing} == set(APPS)  # declared processing is still listed
    assert "No requests in this period" in render_html(report)
    assert json.loads(report.to_json())["totals"]["latency"] == {"p50_ms": None, "p95_ms": None, "p99_ms": None}


def test_html_escapes_config_values_and_has_no_script_or_external_reference(report: Report) -> None:
    page = render_html(report)
    assert "<script" not in page.lower() and "<img" not in page.lower() and "<b>odd" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;odd&lt;/b&gt;_code" in page
    assert "http://" not in page.replace("http://10.0.4.12:8000", "") and "https://" not in page
    assert "default-src 'none'" in page  # the page's own CSP forbids every request


def test_malformed_record_is_an_integrity_error(policy: Policy) -> None:
    with pytest.raises(AuditIntegrityError, match="record #5"):
        build_report(
            [{"seq": 5, "ts": 1.0}], checkpoints=[], verification=VERIFIED, policy=policy, since=None, until=None,
            public_key_pem=None,
        )  # fmt: skip


def test_a_year_of_records_streams_in_bounded_memory(policy: Policy) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC).timestamp()
    n = 60_000

    def stream() -> Iterator[dict[str, Any]]:
        rnd = random.Random(1)
        for seq in range(n):
            yield make_record(seq, start + seq * (366 * 86400 / n), rnd)

    tracemalloc.start()
    try:
        report = build_report(
            stream(), checkpoints=[], verification=VERIFIED, policy=policy, since=None, until=None,
            public_key_pem=None,
        )  # fmt: skip
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.totals.requests == n and len(report.days) == 366
    assert peak < 4_000_000, f"peak {peak:,} bytes: records are being kept"
    assert "wk " in render_html(report)  # a year is charted by week


# ------------------------------------------------------------------------------------ headless Chromium

LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real Chromium (Debian's package) with a fresh profile, driven by Playwright."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `sudo bash scripts/ensure-chromium.sh` (make test does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is missing: pip install -e '.[dev]' (it needs playwright>=1.40)")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            headless=True,
            args=LAUNCH_ARGS,
            viewport={"width": 1000, "height": 1400},
            offline=True,
        )
        try:
            yield context
        finally:
            context.close()


def open_page(browser: Any, html_text: str, path: Path) -> tuple[Any, list[str], list[str], list[str]]:
    """Load the report from a file; record every request, dialog and console error, block all but the file."""
    path.write_text(html_text, encoding="utf-8")
    url = path.as_uri()
    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    page = browser.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url, wait_until="load")
    return page, requests, dialogs, errors


def test_report_renders_offline_in_chromium(browser: Any, report: Report, tmp_path: Path) -> None:
    page, requests, dialogs, errors = open_page(browser, render_html(report), tmp_path / "report.html")
    try:
        for sid in SECTIONS:
            section = page.locator(f"section#{sid}")
            assert section.count() == 1 and section.is_visible(), sid
            assert section.locator("h2").first.is_visible(), sid
        charts = page.locator("svg.chart")
        assert charts.count() == 3
        for i in range(charts.count()):
            box = charts.nth(i).bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 80, box
            assert charts.nth(i).locator("rect").count() >= 7  # a bar per day
            assert charts.nth(i).locator("title").first.text_content()
        bar = page.locator("#chart-requests rect").first.bounding_box()
        assert bar is not None and bar["width"] > 0 and bar["height"] > 0
        # the malicious app name is text on the page, not markup
        assert page.locator("script").count() == 0 and page.locator("main img").count() == 0
        assert page.locator(".app-name", has_text=EVIL_APP).count() == 1
        assert EVIL_APP in page.locator("section#processing").inner_text()
        assert page.locator("#processing table th[scope=col]").count() > 0
        assert page.locator("#ledger pre").inner_text().startswith("-----BEGIN PUBLIC KEY-----")
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        pdf = page.pdf(format="A4", print_background=True)
        assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) >= 2  # A4, paginated
    finally:
        page.close()
    assert requests == [(tmp_path / "report.html").as_uri()], requests
    assert dialogs == [] and errors == [], (dialogs, errors)
    assert (tmp_path / "report.png").stat().st_size > 50_000


def test_empty_report_renders_in_chromium(browser: Any, policy: Policy, tmp_path: Path) -> None:
    report = build_report(
        [], checkpoints=[], verification={**VERIFIED, "records": 0, "checkpoints": 0}, policy=policy, since=SINCE,
        until=UNTIL, public_key_pem=None,
    )  # fmt: skip
    page, requests, dialogs, errors = open_page(browser, render_html(report), tmp_path / "empty.html")
    try:
        for sid in SECTIONS:
            assert page.locator(f"section#{sid}").is_visible(), sid
        assert page.get_by_text("No requests in this period.").first.is_visible()
        assert page.locator("svg.chart").count() == 0
    finally:
        page.close()
    assert len(requests) == 1 and dialogs == [] and errors == []


def test_unauthenticated_and_unrouted_requests_count_as_refusals_not_as_processing(policy: Policy) -> None:
    rnd = random.Random(3)
    ts = SINCE.timestamp() + 60
    routed = make_record(1, ts, rnd, app=next(iter(APPS)))
    nobody = {**make_record(2, ts, rnd), "app": "", "key_id": "", "model": "", "backend": "", "entities": {},
              "status": 401, "code": "invalid_api_key", "tokens_in": 0, "tokens_out": 0}  # fmt: skip
    unrouted = {**make_record(3, ts, rnd, app=next(iter(APPS))), "model": "", "status": 404, "code": "model_not_found"}
    report = build_report(
        [routed, nobody, unrouted], checkpoints=[], verification=VERIFIED, policy=policy, since=SINCE, until=UNTIL,
        public_key_pem=None,
    )  # fmt: skip
    assert report.totals.requests == 3
    assert {r.code for r in report.refusals} >= {"invalid_api_key", "model_not_found"}
    assert "" not in {p.app for p in report.processing}
    assert "" not in {m.model for m in report.models}
    (app,) = [p for p in report.processing if p.app == routed["app"]]
    assert app.requests == 2  # the routed request and the one refused for its unknown model
