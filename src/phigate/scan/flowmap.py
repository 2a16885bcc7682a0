"""The data-flow map: storefront surfaces → data categories → external hosts, as a self-contained HTML
page (inline SVG and CSS, no scripts, no CDN) and as a Mermaid flowchart."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from phigate.scan.model import ScanResult
from phigate.scan.scanner import surface_of

OTHER = "request text only"
AI_RULES = ("ai-endpoint", "ai-sdk-client", "ai-widget")


@dataclass(frozen=True)
class FlowMap:
    surfaces: list[str]
    categories: list[str]
    hosts: list[tuple[str, bool]]  # (host, is AI)
    left: Counter[tuple[str, str]]  # (surface, category) -> flows
    right: Counter[tuple[str, str]]  # (category, host) -> flows


def build(result: ScanResult) -> FlowMap:
    left: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    ai: dict[str, bool] = {}
    for f in result.findings:
        if f.flow is not None:
            for cat in f.flow.categories:
                left[(surface_of(f.flow.source.file), cat)] += 1
                right[(cat, f.flow.host)] += 1
            ai[f.flow.host] = f.flow.ai
    flowed = {h for _, h in right}
    for f in result.findings:
        if f.rule in AI_RULES and f.host and f.host not in flowed:
            left[(f.surface or surface_of(f.file), OTHER)] += 1
            right[(OTHER, f.host)] += 1
            ai[f.host] = True
    surfaces = sorted({s for s, _ in left})
    categories = sorted({c for _, c in left}, key=lambda c: (c == OTHER, c))
    hosts = sorted(ai.items(), key=lambda kv: (not kv[1], kv[0]))
    return FlowMap(surfaces, categories, hosts, left, right)


def _id(prefix: str, name: str) -> str:
    return prefix + re.sub(r"\W", "_", name)


def to_mermaid(fm: FlowMap) -> str:
    lines = ["flowchart LR"]
    for s in fm.surfaces:
        lines.append(f'  {_id("s_", s)}["{s}"]')
    for c in fm.categories:
        lines.append(f'  {_id("c_", c)}(["{c}"])')
    for h, ai in fm.hosts:
        lines.append(f'  {_id("h_", h)}{{{{"{h}{" (AI)" if ai else ""}"}}}}')
    for (s, c), n in sorted(fm.left.items()):
        lines.append(f"  {_id('s_', s)} -->|{n}| {_id('c_', c)}")
    for (c, h), n in sorted(fm.right.items()):
        lines.append(f"  {_id('c_', c)} -->|{n}| {_id('h_', h)}")
    lines += ["  classDef ai fill:#fde2e1,stroke:#b42318", *(f"  class {_id('h_', h)} ai" for h, a in fm.hosts if a)]
    return "\n".join(lines) + "\n"


def to_html(result: ScanResult, fm: FlowMap) -> str:
    e = html.escape
    col_x, width, node_h, gap = (20, 390, 760), 220, 34, 14
    columns = [fm.surfaces, fm.categories, [h for h, _ in fm.hosts]]
    ys: dict[tuple[int, str], float] = {}
    height = max([len(c) for c in columns] + [1]) * (node_h + gap) + 40
    parts = []
    for ci, names in enumerate(columns):
        for i, name in enumerate(names):
            y = 30 + i * (node_h + gap)
            ys[(ci, name)] = y + node_h / 2
            ai = ci == 2 and dict(fm.hosts).get(name, False)
            cls = "node ai" if ai else "node third" if ci == 2 else "node"
            parts.append(
                f'<g class="{cls}"><rect x="{col_x[ci]}" y="{y}" width="{width}" height="{node_h}" rx="6"/>'
                f'<text x="{col_x[ci] + 10}" y="{y + 22}">{e(name[:34])}</text><title>{e(name)}</title></g>'
            )
    edges = []
    for ci, counter in ((0, fm.left), (1, fm.right)):
        for (a, b), n in sorted(counter.items()):
            x1, x2 = col_x[ci] + width, col_x[ci + 1]
            y1, y2 = ys[(ci, a)], ys[(ci + 1, b)]
            mid = (x1 + x2) / 2
            edges.append(
                f'<path class="edge" d="M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}" '
                f'stroke-width="{min(2 + n, 10)}"><title>{e(a)} → {e(b)}: {n}</title></path>'
            )
    rows = []
    for f in result.findings:
        if f.flow is None:
            continue
        chain = " → ".join(
            f"{e(s.label)} <small>{e(s.file)}:{s.line}</small>" for s in (f.flow.source, *f.flow.steps, f.flow.sink)
        )
        rows.append(
            f"<tr class='{e(f.severity)}'><td>{e(f.severity)}</td><td>{e(', '.join(f.data))}</td>"
            f"<td>{e(f.flow.host)}</td><td>{chain}</td></tr>"
        )
    counts = Counter(f.rule for f in result.findings)
    summary = ", ".join(f"{n} {e(r)}" for r, n in counts.most_common()) or "no findings"
    return _PAGE.format(
        root=e(result.root),
        files=result.files,
        summary=summary,
        height=height,
        svg="".join(edges + parts),
        rows="".join(rows) or "<tr><td colspan='4'>No customer data reaches an external host.</td></tr>",
        hosts=len(fm.hosts),
    )


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>phigate scan: data-flow map</title>
<style>
body{{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d2939}}
h1{{font-size:20px}} .meta{{color:#475467}}
svg{{border:1px solid #eaecf0;border-radius:8px;background:#fcfcfd}}
.node rect{{fill:#eef4ff;stroke:#3538cd}} .node.ai rect{{fill:#fde2e1;stroke:#b42318}}
.node.third rect{{fill:#fff4e5;stroke:#b54708}} .node text{{font-size:12px;fill:#101828}}
.edge{{fill:none;stroke:#98a2b3;opacity:.7}}
table{{border-collapse:collapse;margin-top:16px;width:100%}}
td,th{{border-bottom:1px solid #eaecf0;padding:6px;text-align:left;vertical-align:top}}
tr.critical td:first-child{{color:#b42318;font-weight:600}} small{{color:#667085}}
.legend span{{display:inline-block;padding:2px 8px;margin-right:8px;border-radius:4px}}
</style></head><body>
<h1>Where customer data leaves the shop</h1>
<p class="meta">Scanned <code>{root}</code>: {files} files; {summary}. {hosts} external recipients.</p>
<p class="legend"><span style="background:#eef4ff">storefront surface / data</span>
<span style="background:#fde2e1">AI provider</span><span style="background:#fff4e5">other third party</span></p>
<section id="map"><h2>Surfaces → data → hosts</h2>
<svg class="flowmap" width="1000" height="{height}" viewBox="0 0 1000 {height}" role="img"
 aria-label="data-flow map">{svg}</svg>
</section>
<section id="flows"><h2>Flows</h2>
<table><thead><tr><th>severity</th><th>data</th><th>host</th><th>source → steps → sink</th></tr></thead>
<tbody>{rows}</tbody></table></section>
</body></html>
"""
