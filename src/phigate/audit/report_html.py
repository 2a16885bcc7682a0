"""The compliance report as a self-contained HTML page: inline CSS and SVG charts drawn here, no script,
no external asset, everything from configuration escaped. The facts come from ``report.build_report``."""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import date, datetime, timedelta
from importlib import resources
from string import Template

from phigate._version import __version__
from phigate.audit.report import COLORS, DayVolume, Integrity, ProcessingRecord, Report


def _e(value: object) -> str:
    """HTML-escape anything that reaches the page: app names, codes and hosts come from config files."""
    return html.escape(str(value), quote=True)


def _n(value: int | float | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def _pct(share: float) -> str:
    return f"{share * 100:.1f} %"


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], *, caption: str = "", num: Sequence[int] = ()) -> str:
    """A table; cells are already-escaped HTML. Columns in ``num`` are right-aligned figures."""
    cls = [' class="num"' if i in num else "" for i in range(len(head))]
    parts = ["<table>"]
    if caption:
        parts.append(f"<caption>{_e(caption)}</caption>")
    parts.append("<thead><tr>" + "".join(f'<th scope="col"{cls[i]}>{_e(h)}</th>' for i, h in enumerate(head)))
    parts.append("</tr></thead><tbody>")
    for row in rows:
        parts.append("<tr>" + "".join(f"<td{cls[i]}>{cell}</td>" for i, cell in enumerate(row)) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def _facts(items: Iterable[tuple[str, str]]) -> str:
    return '<dl class="facts">' + "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in items) + "</dl>"


def _section(sid: str, title: str, body: str) -> str:
    return f'<section id="{sid}" aria-labelledby="{sid}-h"><h2 id="{sid}-h">{_e(title)}</h2>{body}</section>'


def _badge(yes: bool, yes_text: str = "yes", no_text: str = "no") -> str:
    return f'<span class="badge {"yes" if yes else "no"}">{_e(yes_text if yes else no_text)}</span>'


def _nice_step(vmax: float, ticks: int = 4) -> int:
    raw = max(vmax / ticks, 1.0)
    mag = 10 ** math.floor(math.log10(raw))
    return int(next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw))


def _short(value: int) -> str:
    for div, suffix in ((1_000_000, "M"), (1_000, "k")):
        if value >= div:
            return f"{value / div:.3g}{suffix}"
    return str(value)


_Series = Sequence[tuple[str, str, Sequence[int]]]


def _svg_bars(sid: str, title: str, desc: str, labels: Sequence[str], series: _Series, width: int = 720) -> str:
    """A stacked bar chart as inline SVG: one bar per label, ``series`` = (name, colour, values). The text
    stays the same size on the page whatever ``width`` (the drawing's own units) is chosen."""
    height, left, right, top, bottom = 230 if width >= 600 else 200, 46, 10, 12, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(len(labels), 1)
    totals = [sum(s[2][i] for s in series) for i in range(len(labels))]
    step = _nice_step(max(totals, default=0))
    ymax = max(step, math.ceil(max(totals, default=0) / step) * step)
    slot = plot_w / n
    bar = min(slot * 0.78, 40.0)
    out = [
        f'<svg class="chart" id="{sid}" role="img" aria-labelledby="{sid}-t {sid}-d" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-family="Liberation Sans, Arial, sans-serif" font-size="11">',
        f'<title id="{sid}-t">{_e(title)}</title><desc id="{sid}-d">{_e(desc)}</desc>',
    ]
    for tick in range(0, ymax + 1, step):
        y = top + plot_h * (1 - tick / ymax)
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e2e8f0"/>')
        out.append(f'<text x="{left - 6}" y="{y + 3.5:.1f}" text-anchor="end" fill="#4a5568">{_short(tick)}</text>')
    for i, label in enumerate(labels):
        x, y = left + slot * i + (slot - bar) / 2, float(top + plot_h)
        for name, colour, values in series:
            if values[i]:
                h = plot_h * values[i] / ymax
                y -= h
                out.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}">'
                    f"<title>{_e(label)}: {_n(values[i])} {_e(name)}</title></rect>"
                )
    every = math.ceil(n / (12 if width >= 600 else 6))
    for i in range(0, len(labels), every):
        x = left + slot * (i + 0.5)
        out.append(f'<text x="{x:.1f}" y="{height - bottom + 14}" text-anchor="middle" fill="#4a5568">')
        out.append(f"{_e(labels[i])}</text>")
    base = top + plot_h
    out.append(f'<line x1="{left}" x2="{width - right}" y1="{base}" y2="{base}" stroke="#718096"/></svg>')
    return "".join(out)


def _legend(series: _Series) -> str:
    items = "".join(
        f'<li><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="{colour}"/></svg>'
        f"{_e(name)}</li>"
        for name, colour, _ in series
    )
    return f'<ul class="legend">{items}</ul>'


def _buckets(days: Sequence[DayVolume]) -> tuple[str, list[str], list[DayVolume]]:
    """Days, or weeks/months when the period is long, so that bars stay readable."""
    if len(days) <= 92:
        return "day", [datetime.fromisoformat(d.day).strftime("%b %d") for d in days], list(days)
    unit = "week" if len(days) <= 731 else "month"
    grouped: dict[str, Counter[str]] = {}
    for d in days:
        day = date.fromisoformat(d.day)
        key = (day - timedelta(days=day.weekday())).isoformat() if unit == "week" else day.strftime("%Y-%m")
        grouped.setdefault(key, Counter()).update({k: v for k, v in asdict(d).items() if k != "day"})
    rows = [DayVolume(k, **c) for k, c in grouped.items()]
    return unit, [f"wk {r.day[5:]}" if unit == "week" else r.day for r in rows], rows


def _figure(sid: str, title: str, desc: str, labels: Sequence[str], series: _Series, width: int = 720) -> str:
    legend = _legend(series) if len(series) > 1 else ""
    chart = _svg_bars(sid, title, desc, labels, series, width)
    return f'<figure class="chart-box">{chart}{legend}<figcaption>{_e(title)}</figcaption></figure>'


def _when(iso: str | None, default: str = "—") -> str:
    """``2025-03-03T00:00:00Z`` as ``2025-03-03 00:00 UTC``, escaped."""
    return _e(f"{iso[:10]} {iso[11:16]} UTC" if iso else default)


def _ms(*values: float | None) -> str:
    return "—" if values[0] is None else " / ".join(_n(v) for v in values) + " ms"


_HEADLINES = {
    "verified": "Ledger verified",
    "unsigned": "Ledger chain intact, not signed",
    "failed": "Ledger verification FAILED",
}


def _verdict(i: Integrity) -> str:
    return f'<div class="verdict {i.status}" role="status"><strong>{_HEADLINES[i.status]}</strong>{_e(i.verdict)}</div>'


def _summary(r: Report) -> str:
    t, i = r.totals, r.integrity
    period = f"{_when(r.period_start, 'first record')} to {_when(r.period_end, 'last record')}"
    stats = [
        ("Requests", _n(t.requests)),
        ("Allowed", _n(t.allowed)),
        ("Refused (4xx)", _n(t.refused)),
        ("Errors (5xx)", _n(t.failed)),
        ("Identifiers de-identified", _n(t.identifiers)),
        ("Tokens in / out", f"{_short(t.tokens_in)} / {_short(t.tokens_out)}"),
        ("Latency p50 / p95", _ms(t.latency.p50_ms, t.latency.p95_ms)),
        ("Client apps active", _n(sum(1 for p in r.processing if p.requests))),
    ]
    body = [_verdict(i)]
    if not t.requests:
        body.append(
            '<p class="empty"><strong>No requests in this period.</strong> The ledger holds no record with a '
            "time stamp in the period; the configuration and ledger integrity below still apply.</p>"
        )
    body.append(
        '<div class="stats">'
        + "".join(
            f'<div class="stat"><div class="value">{v}</div><div class="label">{_e(k)}</div></div>' for k, v in stats
        )
        + "</div>"
    )
    versions = ", ".join(
        f'<span class="mono">{_e(h[:16])}…</span> ({_n(n)} requests, '
        f"{'the policy in force' if h == r.policy_sha256 else 'an earlier policy'})"
        for h, n in r.policy_versions.items()
    )
    body.append(
        _facts(
            [
                ("Reporting period", period),
                ("First and last request", f"{_when(t.first_request)} to {_when(t.last_request)}"),
                (
                    "Ledger sequence numbers",
                    f"#{_e(t.first_seq)} to #{_e(t.last_seq)}" if t.first_seq is not None else "—",
                ),
                ("Generated at", _when(r.generated_at)),
                ("Policy in force (SHA-256)", f'<span class="mono hash">{_e(r.policy_sha256)}</span>'),
                ("Policy versions in period", versions or "—"),
                (
                    "Latency p50 / p95 / p99",
                    _ms(t.latency.p50_ms, t.latency.p95_ms, t.latency.p99_ms),
                ),
            ]
        )
    )
    return _section("summary", "Summary", "".join(body))


def _residency(region: str | None, backend: str) -> str:
    if region:
        return _e(region)
    return "gateway host" if backend == "embedded" else '<span class="badge no">not declared</span>'


def _deid_html(p: ProcessingRecord) -> str:
    if p.deidentify is False:
        return '<span class="badge no">off</span> requests reach the model as sent (declared de-identified upstream)'
    operators = ", ".join(f"{_e(k)}: <code>{_e(v)}</code>" for k, v in p.deid_operators.items())
    return f'<span class="badge yes">on</span> {operators}' if operators else "—"


def _processing_html(r: Report) -> str:
    body = [
        '<p class="note">One record of processing per client app (GDPR Art. 30(1)). Data categories are the types '
        "of identifier the gateway found in requests and de-identified before any model saw them; the counts are of "
        "identifiers, not of people. Recipients are the models the app may use and where they run.</p>"
    ]
    for p in r.processing:
        state = "" if p.in_policy else ' <span class="badge no">not in the current policy</span>'
        facts = [
            ("Purpose", _e(p.purpose) if p.purpose else '<span class="note">no description in the policy</span>'),
            ("Requests", f"{_n(p.requests)} ({_n(p.allowed)} allowed, {_n(p.refused)} refused, {_n(p.failed)} errors)"),
            ("Tokens in / out", f"{_n(p.tokens_in)} / {_n(p.tokens_out)}"),
            ("API keys used", _n(p.keys_used)),
            (
                "Answers re-identified",
                "—"
                if p.reidentify is None
                else _badge(not p.reidentify, "no", "yes")
                + (
                    " the caller gets its own values back in answers"
                    if p.reidentify
                    else " answers keep the placeholders"
                ),
            ),
            ("System prompts de-identified", "—" if p.deid_system_prompt is None else _badge(p.deid_system_prompt)),
            ("De-identification", _deid_html(p)),
        ]
        cats = (
            _table(
                ["Entity type", "Safe Harbor item", "Covers", "Found", "Requests", "Treatment"],
                (
                    [
                        f"<code>{_e(c.entity_type)}</code>",
                        _e(c.safe_harbor),
                        _e(c.description),
                        _n(c.found),
                        _n(c.requests),
                        f"<code>{_e(c.treatment)}</code>" if c.treatment else "—",
                    ]
                    for c in p.categories
                ),
                caption="Categories of personal data (identifiers found in requests)",
                num=(3, 4),
            )
            if p.categories
            else '<p class="note">No identifiers were found in this app\'s requests in the period.</p>'
        )
        recips = _table(
            ["Model", "Backend", "Host", "Data residency", "Requests"],
            (
                [
                    f"<code>{_e(m.model)}</code>" + ("" if m.in_policy else " (not in policy)"),
                    _e(m.backend),
                    _e(m.host) if m.host else "in-process, this server",
                    _residency(m.region, m.backend) + (" · external provider" if m.external else ""),
                    _n(m.requests),
                ]
                for m in p.recipients
            ),
            caption="Recipients (models)",
            num=(4,),
        )
        body.append(
            f'<article class="app"><h3>App: <span class="app-name">{_e(p.app)}</span>{state}</h3>'
            f"{_facts(facts)}{cats}{recips}</article>"
        )
    body.append(
        _table(
            ["Model", "Backend", "Host", "Data residency", "Requests", "Tokens in", "Tokens out", "p50 ms", "p95 ms"],
            (
                [
                    f"<code>{_e(m.model)}</code>",
                    _e(m.backend),
                    _e(m.host) if m.host else "in-process, this server",
                    _residency(m.region, m.backend),
                    _n(m.requests),
                    _n(m.tokens_in),
                    _n(m.tokens_out),
                    _n(m.latency.p50_ms, 1),
                    _n(m.latency.p95_ms, 1),
                ]
                for m in r.models
            ),
            caption="Models: load across all apps",
            num=(4, 5, 6, 7, 8),
        )
    )
    return _section("processing", "Records of processing", "".join(body))


def _volumes_html(r: Report) -> str:
    if not r.days:
        return _section("volumes", "Volumes over time", '<p class="empty">No requests in this period.</p>')
    unit, labels, rows = _buckets(r.days)
    outcome = [
        (name, COLORS[key], [getattr(d, key) for d in rows])
        for name, key in (("allowed", "allowed"), ("refused", "refused"), ("errors", "failed"))
    ]
    ids = [("identifiers", COLORS["allowed"], [d.identifiers for d in rows])]
    tokens = [
        ("tokens in", COLORS["in"], [d.tokens_in for d in rows]),
        ("tokens out", COLORS["out"], [d.tokens_out for d in rows]),
    ]
    peak = max(rows, key=lambda d: d.allowed + d.refused + d.failed)
    table = _table(
        [unit.capitalize(), "Allowed", "Refused", "Errors", "Identifiers", "Tokens in", "Tokens out"],
        (
            [_e(d.day), *(_n(v) for v in (d.allowed, d.refused, d.failed, d.identifiers, d.tokens_in, d.tokens_out))]
            for d in rows
        ),
        caption=f"Figures per {unit} (UTC)",
        num=(1, 2, 3, 4, 5, 6),
    )
    span = f"from {rows[0].day} to {rows[-1].day}"
    parts = [
        f'<p class="note">Per {unit} (UTC), {span}. Busiest {unit}: {_e(peak.day)} with '
        f"{_n(peak.allowed + peak.refused + peak.failed)} requests.</p>",
        _figure(
            "chart-requests",
            f"Requests per {unit}, by outcome",
            f"Stacked bars of allowed, refused and failed requests per {unit} {span}: {r.totals.allowed} allowed, "
            f"{r.totals.refused} refused, {r.totals.failed} errors in total.",
            labels,
            outcome,
        ),
        '<div class="charts-2">',
        _figure(
            "chart-identifiers",
            f"Identifiers de-identified per {unit}",
            f"Bars of identifiers found and de-identified per {unit} {span}: {r.totals.identifiers} in total.",
            labels,
            ids,
            width=360,
        ),
        _figure(
            "chart-tokens",
            f"Tokens per {unit}",
            f"Stacked bars of prompt and completion tokens per {unit} {span}: {r.totals.tokens_in} in, "
            f"{r.totals.tokens_out} out in total.",
            labels,
            tokens,
            width=360,
        ),
        "</div>",
        table if len(rows) <= 31 else f"<details><summary>Figures per {unit}</summary>{table}</details>",
    ]
    return _section("volumes", "Volumes over time", "".join(parts))


def _refusals_html(r: Report) -> str:
    if not r.refusals:
        body = '<p class="empty">No request was refused or failed in this period.</p>'
    else:
        body = _table(
            ["Code", "HTTP", "Count", "Share of requests", "Share of refusals", "Meaning"],
            (
                [
                    f"<code>{_e(x.code)}</code>",
                    _e(", ".join(map(str, x.statuses))),
                    _n(x.count),
                    _pct(x.share_of_requests),
                    _pct(x.share_of_refusals),
                    _e(x.explanation),
                ]
                for x in r.refusals
            ),
            caption="Refused (4xx) and failed (5xx) requests by reason",
            num=(2, 3, 4),
        )
    if r.guards:
        verdicts = sorted({v for counts in r.guards.values() for v in counts})
        body += _table(
            ["Guard", *verdicts],
            ([f"<code>{_e(g)}</code>", *(_n(c.get(v, 0)) for v in verdicts)] for g, c in r.guards.items()),
            caption="Guard verdicts (requests checked by each guard)",
            num=tuple(range(1, len(verdicts) + 1)),
        )
    return _section("refusals", "Refusals by reason", body)


def _egress_html(r: Report) -> str:
    body = [
        '<p class="note">The gateway opens connections only to these destinations; every other connection is '
        "refused before it is made (and re-checked on the resolved address). External AI providers are allowed only "
        "when granted here with their data-residency region.</p>",
        _table(
            ["Allowed destination"], ([f"<code>{_e(a)}</code>"] for a in r.egress.allow), caption="Egress allow-list"
        )
        if r.egress.allow
        else '<p class="empty">The allow-list is empty.</p>',
        _table(
            ["Provider host", "Region"],
            ([f"<code>{_e(p['host'])}</code>", _e(p["region"])] for p in r.egress.providers),
            caption="Granted external providers",
        )
        if r.egress.providers
        else "<p>No external AI provider is granted: requests stay with the models above.</p>",
    ]
    return _section("egress", "Egress allow-list", "".join(body))


def _ledger_html(r: Report) -> str:
    i = r.integrity
    body = [
        _verdict(i),
        _facts(
            [
                ("Records checked", _n(i.records_checked)),
                (
                    "Checkpoints checked",
                    f"{_n(i.checkpoints_checked)} ({_n(i.checkpoints_invalid)} with invalid signature; "
                    f"{_n(i.unsigned_records)} newest records not yet signed)",
                ),
                ("First bad record", "none" if i.first_bad_seq is None else f"#{_e(i.first_bad_seq)}"),
                ("Problem", _e(i.problem) if i.problem else "none"),
                (
                    "Signing key fingerprint (SHA-256)",
                    f'<span class="mono hash">{_e(i.public_key_sha256 or "—")}</span>',
                ),
            ]
        ),
    ]
    if i.checkpoints:
        body.append(
            _table(
                ["Records", "Signed at", "Key", "Merkle root", "Signature", "Valid"],
                (
                    [
                        f'<span class="nowrap">#{c.seq_from}–#{c.seq_to}</span>',
                        _when(c.signed_at),
                        f"<code>{_e(c.key_id)}</code>",
                        f'<span class="mono hash">{_e(c.root)}</span>',
                        f'<span class="mono hash">{_e(c.signature)}</span>',
                        _badge(c.valid, "valid", "INVALID"),
                    ]
                    for c in i.checkpoints
                ),
                caption="Signed checkpoints (Ed25519 signatures over Merkle roots)",
            )
        )
    else:
        body.append('<p class="empty">No signed checkpoint exists.</p>')
    if i.public_key_pem:
        body.append(f"<h3>Public key for inspectors</h3><pre>{_e(i.public_key_pem)}</pre>")
    else:
        body.append('<p class="note">No public key was supplied with this report.</p>')
    return _section("ledger", "Ledger integrity", "".join(body))


def _verify_html() -> str:
    body = (
        "<p>Every request is one ledger record that holds the hash of the record before it; signed checkpoints "
        "fix Merkle roots over ranges of records. An inspector can check this report against the ledger without "
        "trusting the gateway's operator:</p><ol>"
        "<li><code>phigate audit verify</code> re-computes every record hash and Merkle root and checks each "
        "checkpoint signature with the public key above; it names the first record that does not verify.</li>"
        "<li><code>phigate audit proof SEQ</code> prints an inclusion proof for record <code>SEQ</code>: the record, "
        "its Merkle path and the signed checkpoint that covers it.</li>"
        "<li><code>phigate audit check-proof</code> checks such a proof offline, with only the public key: the "
        "record belongs to the signed root, so it was not edited, removed or inserted afterwards.</li></ol>"
        '<p class="note">Compare the key fingerprint above with the one the operator published or deposited '
        "with you; a report signed with a different key proves nothing.</p>"
    )
    return _section("verify", "How to verify independently", body)


def _css_string(text: str) -> str:
    """Text safe inside a double-quoted CSS string within a <style> element: only plain characters pass."""
    return "".join(c if c.isalnum() or c in " -:.,/()" else "\\" + format(ord(c), "x") + " " for c in text)


def render_html(report: Report) -> str:
    """The report as one self-contained, printable HTML page (no scripts, fonts or external assets)."""
    template = Template(resources.files("phigate.audit").joinpath("report_template.html").read_text("utf-8"))
    start, end = report.period_start or report.totals.first_request, report.period_end or report.totals.last_request
    body = "\n".join(
        (
            _summary(report),
            _processing_html(report),
            _volumes_html(report),
            _refusals_html(report),
            _egress_html(report),
            _ledger_html(report),
            _verify_html(),
        )
    )
    return template.substitute(
        title="phigate compliance report",
        period=f"{_when(start)} to {_when(end)}",
        period_plain=_css_string(f"{_when(start)} to {_when(end)}"),
        generated=_when(report.generated_at),
        version=_e(__version__),
        policy_sha256=_e(report.policy_sha256),
        body=body,
    )
