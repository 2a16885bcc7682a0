"""``Scanner``: walks a shop's tree, sends each file to its analyser, links files, applies suppressions.

Nothing scanned is ever executed or imported: every file is read as bytes and parsed.
"""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from phigate.scan import laravel, liquid, magento_xml, manifests, php_getters, secrets
from phigate.scan.flows import FileAnalysis, Trace
from phigate.scan.hosts import HostCatalog
from phigate.scan.javascript import JsAnalyzer
from phigate.scan.model import Finding, ScanResult, Step, severity_rank
from phigate.scan.php import PhpAnalyzer
from phigate.scan.python_src import PyAnalyzer
from phigate.scan.rules import Rules

SKIP_DIRS = frozenset({".git", "node_modules", "vendor", "__pycache__", ".venv", ".hg", ".svn", "bower_components"})
MANIFESTS = ("package.json", "composer.json", "pyproject.toml")
TEXT_EXT = frozenset(
    {
        ".liquid",
        ".js",
        ".mjs",
        ".cjs",
        ".jsx",
        ".ts",
        ".mts",
        ".cts",
        ".tsx",
        ".php",
        ".phtml",
        ".html",
        ".htm",
        ".xml",
        ".json",
        ".txt",
        ".toml",
        ".env",
        ".yml",
        ".yaml",
        ".py",
        ".vue",
    }
)
MAX_BYTES = 3_000_000
IGNORE = re.compile(r"phigate-ignore\[([\w\-, *]+)\](?:\s*:([^\n]*))?")
_CLOSERS = re.compile(r"(?:-->|\*/|-?%\}|\{%-?\s*endcomment\s*-?%\}|#\}|\?>)\s*$")


@dataclass(frozen=True)
class ScanOptions:
    first_party: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass
class _Tree:
    files: list[Path] = field(default_factory=list)


def surface_of(rel: str) -> str:
    """Which storefront surface a file belongs to (for the map and the table)."""
    parts = rel.lower().split("/")
    name = parts[-1]
    if name.endswith(".liquid"):
        if "extensions" in parts:
            return "theme app extension"
        for folder, label in (
            ("sections", "Liquid section"),
            ("snippets", "Liquid snippet"),
            ("blocks", "Liquid block"),
            ("layout", "Liquid layout"),
            ("templates", "Liquid template"),
        ):
            if folder in parts:
                return label
        return "Liquid template"
    if name.endswith(".phtml"):
        return "Magento template (phtml)"
    if name.endswith(".php"):
        return "PHP back end"
    if name.endswith(".xml"):
        return "Magento config"
    if name in ("package.json", "composer.json") or "requirements" in name or name == "pyproject.toml":
        return "manifest"
    if re.search(r"(^|/)(server|api|routes|backend|functions|app/routes|pages/api|lib/server)(/|$)", rel.lower()):
        return "app back end (Node)"
    if name.endswith(".py"):
        return "app back end (Python)"
    if "assets" in parts:
        return "theme JS"
    return "JavaScript"


class Scanner:
    def __init__(
        self, options: ScanOptions | None = None, catalog: HostCatalog | None = None, rules: Rules | None = None
    ) -> None:
        self.options = options or ScanOptions()
        self.catalog = catalog or HostCatalog.packaged(self.options.first_party)
        self.rules = rules or Rules.packaged()

    def files(self, root: Path) -> list[Path]:
        if root.is_file():
            return [root]
        out: list[Path] = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
            for f in sorted(filenames):
                p = Path(dirpath, f)
                rel = p.relative_to(root).as_posix()
                if any(fnmatch(rel, x) for x in self.options.exclude):
                    continue
                if p.suffix.lower() in TEXT_EXT or f.startswith(".env") or f.startswith("requirements"):
                    out.append(p)
        return out

    def scan(self, root: Path, on_file: Callable[[int, int], None] | None = None) -> ScanResult:
        started = time.perf_counter()
        files = self.files(root)
        base = root if root.is_dir() else root.parent
        result = ScanResult(root=str(root), files=len(files), hosts={"connect": set(), "script": set()})
        texts: dict[str, str] = {}
        inside = base.resolve()
        for p in files:
            rel = p.relative_to(base).as_posix()
            try:
                text, why = _read(p, inside if p != root else None)
            except OSError as exc:
                text, why = None, f"cannot read ({exc.strerror})"
            if text is None:
                result.warnings.append(f"{rel}: {why}")
            else:
                texts[rel] = text
        config, theme_settings = self._prepass(texts, result)
        analyses: list[FileAnalysis] = []
        edges: list[liquid.RenderEdge] = []
        for i, (rel, source) in enumerate(texts.items(), 1):
            fa = FileAnalysis(rel, surface_of(rel), self.catalog, self.rules)
            try:
                warning = self._analyze(fa, rel, source, config, theme_settings, edges)
            except RecursionError:
                warning = f"{rel}: too deeply nested to analyse"
            if warning:
                result.warnings.append(warning)
            fa.finish()
            analyses.append(fa)
            if on_file is not None:
                on_file(i, len(texts))
        findings = [f for fa in analyses for f in fa.findings] + self._link(analyses, edges)
        for fa in analyses:
            for kind, hosts in fa.hosts.items():
                result.hosts.setdefault(kind, set()).update(hosts)
        result.findings = self._suppress(findings, texts, result.warnings)
        result.warnings = list(dict.fromkeys(result.warnings))
        result.seconds = time.perf_counter() - started
        return result

    def _prepass(
        self, texts: dict[str, str], result: ScanResult
    ) -> tuple[magento_xml.MagentoConfig, dict[str, Step]]:
        config = magento_xml.MagentoConfig()
        theme_settings: dict[str, Step] = {}
        for rel, source in texts.items():
            name = rel.rsplit("/", 1)[-1]
            fa = FileAnalysis(rel, "", self.catalog, self.rules)
            if name in ("config.xml", "system.xml", "di.xml"):
                if warning := magento_xml.read_config(fa, source, config):
                    result.warnings.append(warning)
            elif name == "settings_schema.json":
                theme_settings.update(liquid.settings_from_schema(fa, source, "settings."))
            elif laravel.CONFIG_FILE.search(rel):
                laravel.read_config(fa, source, config)
        for rel, source in texts.items():  # after the XML: a getter may return a config path's default
            if rel.endswith(".php"):
                fa = FileAnalysis(rel, "", self.catalog, self.rules)
                php_getters.read_getters(fa, source, config.getters, config.paths)
        return config, theme_settings

    def _analyze(
        self,
        fa: FileAnalysis,
        rel: str,
        source: str,
        config: magento_xml.MagentoConfig,
        theme_settings: dict[str, Step],
        edges: list[liquid.RenderEdge],
    ) -> str | None:
        name = rel.rsplit("/", 1)[-1].lower()
        ext = Path(name).suffix
        secrets.analyze(fa, source)
        if ext == ".liquid":
            parts = rel.split("/")
            snippet = Path(name).stem if any(p in ("snippets", "blocks") for p in parts[:-1]) else None
            res = liquid.analyze(fa, source, snippet, theme_settings)
            edges.extend(res.edges)
            return res.warning
        if ext in (".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"):
            lang = (
                "tsx" if ext in (".tsx", ".jsx") else "typescript" if ext in (".ts", ".mts", ".cts") else "javascript"
            )
            ok = JsAnalyzer(fa).run(source.encode("utf-8"), lang)
            return None if ok else f"{rel}: JavaScript has syntax errors; analysed what parsed"
        if ext in (".php", ".phtml"):
            ok = PhpAnalyzer(fa, config.paths, config.injected(), config.getters).run(source.encode("utf-8"))
            return None if ok else f"{rel}: PHP has syntax errors; analysed what parsed"
        if ext in (".html", ".htm", ".vue"):
            from phigate.scan import html

            page = html.blank_matches(source, html.HTML_COMMENT)
            JsAnalyzer(fa).run(html.scripts_only(page).encode("utf-8"))
            html.markup(fa, page)
            return None
        if ext == ".xml":
            return magento_xml.analyze(fa, source)
        if ext == ".py":
            return PyAnalyzer(fa).run(source)
        if name == "settings_schema.json":
            liquid.settings_from_schema(fa, source, "settings.")
            return None
        if name in MANIFESTS or name.startswith("requirements") and ext == ".txt":
            return manifests.analyze(fa, name, source)
        return None

    def _link(self, analyses: list[FileAnalysis], edges: list[liquid.RenderEdge]) -> list[Finding]:
        """Render/include edges: customer data passed to a snippet whose parameter reaches a sink."""
        out: list[Finding] = []
        for fa in analyses:
            before = len(fa.findings)
            for edge in edges:
                for summary in fa.summaries.get(f"render:{edge.snippet}:{edge.param}", []):
                    group = [Trace(t.category, (*t.steps, edge.step)) for t in edge.traces]
                    fa.flow(group, summary.sink, summary.host, self.catalog.is_ai(summary.host), summary.prefix)
            out.extend(fa.findings[before:])
            del fa.findings[before:]
        return out

    def _suppress(self, findings: list[Finding], texts: dict[str, str], warnings: list[str]) -> list[Finding]:
        marks: dict[tuple[str, int], tuple[set[str], str | None]] = {}
        extra: list[Finding] = []
        for rel in {f.file for f in findings}:
            for n, line in enumerate(texts.get(rel, "").splitlines(), 1):
                if "phigate-ignore" not in line or not (m := IGNORE.search(line)):
                    continue
                ids = {x.strip() for x in m.group(1).split(",")}
                warnings += [self._unknown_rule(rel, n, i) for i in sorted(ids - {"*", *self.rules.ids()})]
                reason = (m.group(2) or "").strip()
                while (cut := _CLOSERS.sub("", reason).strip()) != reason:
                    reason = cut
                marks[(rel, n)] = (ids, reason or None)
                if not reason:
                    rule = self.rules["suppression-without-reason"]
                    extra.append(
                        Finding(rule.id, rule.severity, rel, n, "phigate-ignore without a reason suppresses nothing")
                    )
        kept: dict[tuple[object, ...], Finding] = {}
        for f in findings:
            mark = marks.get((f.file, f.line)) or marks.get((f.file, f.line - 1))
            if mark and mark[1] and (f.rule in mark[0] or "*" in mark[0]):
                continue
            kept.setdefault(f.key, f)
        return sorted([*kept.values(), *extra], key=lambda f: (severity_rank(f.severity), f.file, f.line, f.rule))


    def _unknown_rule(self, rel: str, n: int, rule_id: str) -> str:
        """A rule id no rule has (a typo, or upper case: ids are matched exactly) suppresses nothing: say so."""
        near = next((r for r in self.rules.ids() if r == rule_id.lower()), None)
        hint = f" (rule ids are lower case: {near})" if near else f"; rule ids: {', '.join(self.rules.ids())}"
        return f"{rel}:{n}: phigate-ignore[{rule_id}] names no rule and suppresses nothing{hint}"


def _read(path: Path, inside: Path | None) -> tuple[str | None, str]:
    """The text of a regular file, or why it was skipped: pipes and devices would block or never end, and a
    link out of the scanned tree (``-> /etc/passwd``) is not the shop's code. ``inside=None`` reads any file."""
    if inside is not None and path.is_symlink() and not path.resolve().is_relative_to(inside):
        return None, "a link to outside the scanned tree, skipped"
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        return None, "not a regular file, skipped"
    if info.st_size > MAX_BYTES:
        return None, f"larger than {MAX_BYTES} bytes, skipped"
    return path.read_bytes().decode("utf-8", "replace"), ""


def iter_rules(rules: Rules) -> Iterator[str]:
    return iter(rules.ids())
