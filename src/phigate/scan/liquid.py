"""Liquid templates (sections, snippets, blocks, theme app extensions) with python-liquid in lax mode.

python-liquid parses the template and its static analysis gives every variable with its position
(comments excluded). Each ``{{ }}`` output becomes a same-length placeholder identifier in the page's
scripts: customer data (``customer.email``) becomes a taint source, a merchant setting
(``section.settings.endpoint``) a configurable value, and in a snippet a variable passed by ``render`` a
parameter, linked to the render site by the scanner. Then the scripts and the markup are analysed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from liquid import Environment, Mode

from phigate.scan import html
from phigate.scan.categories import liquid_category
from phigate.scan.flows import FileAnalysis, Trace
from phigate.scan.javascript import JsAnalyzer
from phigate.scan.model import Step

_ENV = Environment(tolerance=Mode.LAX)
COMMENT = re.compile(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}|\{%-?\s*#.*?%\}", re.S)
RAW_BLOCKS = re.compile(r"\{%-?\s*(schema|style|stylesheet)\s*-?%\}(.*?)\{%-?\s*end\1\s*-?%\}", re.S)
JS_BLOCK = re.compile(r"(\{%-?\s*javascript\s*-?%\})(.*?)(\{%-?\s*endjavascript\s*-?%\})", re.S)
OUTPUT = re.compile(r"\{\{.*?\}\}", re.S)
TAG = re.compile(r"\{%.*?%\}", re.S)
RENDER = re.compile(r"""\{%-?\s*(?:render|include)\s+['"]([\w./-]+)['"](.*?)-?%\}""", re.S)
ARG = re.compile(r"(\w+)\s*:\s*([\w.\[\]'\"]+)")
ASSIGN = re.compile(r"(?:\{%-?\s*|^\s*)assign\s+(\w+)\s*=\s*([^%\n]+)", re.M)
CAPTURE = re.compile(r"\{%-?\s*capture\s+(\w+)\s*-?%\}(.*?)\{%-?\s*endcapture\s*-?%\}", re.S)
LOOP = re.compile(r"(?:\{%-?\s*|^\s*)(?:for|tablerow)\s+(\w+)\s+in\s+([\w.\[\]'\"]+)", re.M)
WITH = re.compile(r"""^\s*,?\s*(?:with|for)\s+([\w.\[\]'"]+)(?:\s+as\s+(\w+))?""")  # render 'x' with customer as c
VAR = re.compile(r"\b[a-z_]\w*(?:\.\w+)*")
GLOBALS = frozenset(
    "customer order checkout cart shop settings section block product collection request routes localization "
    "page template theme content_for_header content_for_layout all_products linklists forloop blog article "
    "search canonical_url page_title page_description handle app form powered_by_link current_page "
    "recommendations predictive_search images pages collections blogs metaobjects additional_checkout_buttons "
    "scripts country_option_tags tablerowloop paginate".split()
)


@dataclass
class RenderEdge:
    """``{% render 'snippet', param: customer.email %}``: customer data handed to a snippet parameter."""

    snippet: str
    param: str
    traces: list[Trace]
    step: Step


@dataclass
class LiquidResult:
    edges: list[RenderEdge] = field(default_factory=list)
    warning: str | None = None


def settings_from_schema(fa: FileAnalysis, text: str, prefix: str) -> dict[str, Step]:
    """Setting ids in a ``{% schema %}`` (or settings_schema.json) and the line each is defined on."""
    found: dict[str, Step] = {}
    for m in re.finditer(r'"id"\s*:\s*"([\w-]+)"', text):
        found[m.group(1)] = fa.step(html.line_at(text, m.start()), f"setting {prefix}{m.group(1)}")
    for m in re.finditer(r'"default"\s*:\s*"([^"]+)"', text):
        for h in fa.catalog.ai_hosts_in(m.group(1)):
            fa.report("ai-endpoint-config", html.line_at(text, m.start()), f"setting default points at {h}", host=h)
    return found


def analyze(fa: FileAnalysis, source: str, snippet: str | None, theme_settings: dict[str, Step]) -> LiquidResult:
    """Analyse one template; ``snippet`` is its name when other templates can render it."""
    result = LiquidResult()
    text = html.blank_matches(source, COMMENT)
    text = html.blank_matches(text, html.HTML_COMMENT)
    variables: list[tuple[int, list[str]]] = []
    try:
        analysis = _ENV.from_string(text).analyze(include_partials=False)
        variables = [(v.span.index, list(map(str, v.segments))) for vs in analysis.variables.values() for v in vs]
        local_names = set(analysis.locals)
    except Exception as exc:  # a template python-liquid cannot parse: warn and scan its markup only
        result.warning = f"{fa.rel}: Liquid did not parse ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})"
        local_names = set()
    section_settings: dict[str, Step] = {}
    for m in RAW_BLOCKS.finditer(text):
        if m.group(1) == "schema":
            section_settings = settings_from_schema(fa, text[: m.start(2)] + m.group(2), "")
    text = html.blank_matches(text, RAW_BLOCKS)
    js_text = text
    for m in JS_BLOCK.finditer(text):  # {% javascript %} is a script body
        js_text = (
            js_text[: m.start()]
            + "<script>"
            + " " * (len(m.group(1)) - 8)
            + m.group(2)
            + "</script>"
            + " " * (len(m.group(3)) - 9)
            + js_text[m.end() :]
        )
    assigned = _aliases(text)
    page = js_text  # every output becomes a placeholder, in scripts and in markup (`<iframe src="...{{ }}">`)
    for n, m in enumerate(OUTPUT.finditer(js_text)):
        ident = f"__lq{n}"
        region = m.group(0)
        meaning = _meaning(
            fa,
            m.start(),
            m.end(),
            region,
            variables,
            assigned,
            local_names,
            snippet,
            section_settings,
            theme_settings,
            html.line_at(js_text, m.start()),
        )
        if meaning is None or len(ident) > len(region):
            ident = ""
        elif isinstance(meaning, Step):
            fa.settings[ident] = meaning
        else:
            fa.vars[ident] = meaning
        filler = "".join("\n" if c == "\n" else " " for c in region)
        page = page[: m.start()] + (ident + filler[len(ident) :] if ident else filler) + page[m.end() :]
    scripts = page if fa.rel.endswith(".js.liquid") else html.scripts_only(page)
    JsAnalyzer(fa).run(html.blank_matches(scripts, TAG).encode("utf-8"))
    html.markup(fa, page)
    for m in RENDER.finditer(text):
        ln = html.line_at(text, m.start())
        params = [(a.group(1), a.group(2)) for a in ARG.finditer(m.group(2))]
        if w := WITH.match(m.group(2)):  # the object is the snippet's own name unless `as` names it
            params.append((w.group(2) or m.group(1).rsplit("/", 1)[-1], w.group(1)))
        for param, expr in params:
            traces = [t for segs in _expand(expr.split("."), assigned) for t in _sources(fa, segs, ln)]
            if traces:
                step = fa.step(ln, f"passed as {param} to snippet {m.group(1)}")
                result.edges.append(RenderEdge(m.group(1), param, traces, step))
    return result


def _aliases(text: str) -> dict[str, list[list[str]]]:
    """What each ``assign``, ``capture`` and ``for`` variable stands for (the variables it was built from)."""
    found: dict[str, list[list[str]]] = {}
    for m in ASSIGN.finditer(text):
        found.setdefault(m.group(1), []).append(m.group(2).split("|")[0].strip().split("."))
    for m in LOOP.finditer(text):
        found.setdefault(m.group(1), []).append(m.group(2).split("."))
    for m in CAPTURE.finditer(text):
        for out in OUTPUT.finditer(m.group(2)):
            if v := VAR.search(out.group(0)[2:-2].split("|")[0]):
                found.setdefault(m.group(1), []).append(v.group(0).split("."))
    return found


def _expand(segs: list[str], aliases: dict[str, list[list[str]]]) -> list[list[str]]:
    """``a.address1`` inside ``{% for a in customer.addresses %}`` -> ``customer.addresses.address1``."""
    if segs and segs[0] in aliases:
        return [[*alias, *segs[1:]] for alias in aliases[segs[0]] if alias and alias[0] != segs[0]] or [segs]
    return [segs]


def _sources(fa: FileAnalysis, segments: list[str], ln: int) -> list[Trace]:
    cat = liquid_category(segments)
    return [fa.source(cat, ln, f"{'.'.join(segments)} (Liquid)")] if cat else []


def _meaning(
    fa: FileAnalysis,
    start: int,
    end: int,
    region: str,
    variables: list[tuple[int, list[str]]],
    assigned: dict[str, list[list[str]]],
    local_names: set[str],
    snippet: str | None,
    section_settings: dict[str, Step],
    theme_settings: dict[str, Step],
    ln: int,
) -> list[Trace] | Step | None:
    """What the output at ``[start, end)`` carries: customer data, a setting, a snippet parameter, or nothing."""
    inside = [segs for idx, segs in variables if start <= idx < end]
    if not variables:  # the parser failed: read the expression itself
        inside = [m.group(0).split(".") for m in re.finditer(r"\b[a-z_]\w*(?:\.\w+)*", region[2:-2])]
    traces: list[Trace] = []
    for segs in (expanded for found in inside for expanded in _expand(found, assigned)):
        root = segs[0]
        if root in ("section", "block") and len(segs) >= 3 and segs[1] == "settings":
            return section_settings.get(segs[2]) or fa.step(ln, f"setting {root}.settings.{segs[2]}")
        if root == "settings" and len(segs) >= 2:
            return theme_settings.get(segs[1]) or fa.step(ln, f"theme setting settings.{segs[1]}")
        if root in ("shop", "app") and "metafields" in segs:
            return fa.step(ln, f"metafield {'.'.join(segs)}")
        traces += _sources(fa, segs, ln)
        if snippet and root not in GLOBALS and root not in local_names and not traces:
            traces.append(Trace(f"param:render:{snippet}:{root}:0", (fa.step(ln, f"{root} in snippet {snippet}"),)))
    return traces or None
