"""Python files that ``ast`` refuses: SDK clients and LiteLLM calls found in the token stream.

One syntax error makes ``ast.parse`` give up on the whole file, yet the tokens still show which SDK
classes are built and which LiteLLM calls are made. Comments and strings are tokens of their own, so
commented-out code is never a hit. Nothing is imported or executed.
"""

from __future__ import annotations

import io
import tokenize

from phigate.scan.flows import FileAnalysis
from phigate.scan.hosts import HostCatalog, bare_host, url_host

LITELLM_CALLS = frozenset(
    {"completion", "acompletion", "text_completion", "atext_completion", "embedding", "aembedding", "responses",
     "aresponses", "image_generation", "transcription"}
)  # fmt: skip
_SKIP = frozenset({tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT})


def litellm_host(catalog: HostCatalog, model: str) -> str:
    """The provider LiteLLM sends ``model`` to, from its name (``claude-…``, ``groq/…``; OpenAI otherwise)."""
    return next(host for prefix, host in catalog.litellm_prefixes.items() if model.startswith(prefix))


def _tokens(source: str) -> list[tokenize.TokenInfo]:
    out: list[tokenize.TokenInfo] = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type not in _SKIP:
                out.append(tok)
    except (tokenize.TokenError, SyntaxError):
        pass  # keep the tokens read before the error
    return out


def _imports(toks: list[tokenize.TokenInfo]) -> dict[str, str]:
    """Local name -> what it names, for ``import a.b [as c]`` and ``from a import b [as c]`` (one line each)."""
    rows: dict[int, list[str]] = {}
    for tok in toks:
        rows.setdefault(tok.start[0], []).append(tok.string)
    out: dict[str, str] = {}
    for row in rows.values():
        if row[0] == "from" and "import" in row:
            prefix, rest = "".join(row[1 : row.index("import")]) + ".", row[row.index("import") + 1 :]
        elif row[0] == "import":
            prefix, rest = "", row[1:]
        else:
            continue
        for part in " ".join(s for s in rest if s not in "()").split(","):
            words = part.split()
            if words:
                name = "".join(words[: words.index("as")] if "as" in words else words)
                out[words[-1] if "as" in words else name.split(".")[0]] = prefix + name
    return out


def _kwarg(toks: list[tokenize.TokenInfo], start: int, keys: frozenset[str] | set[str]) -> str | None:
    """The string literal given to one of ``keys`` inside the call whose ``(`` is at ``start``."""
    depth = 0
    for i in range(start, len(toks)):
        s = toks[i].string
        depth += s in "([{" and toks[i].type == tokenize.OP
        depth -= s in ")]}" and toks[i].type == tokenize.OP
        if depth <= 0:
            return None
        if depth == 1 and s in keys and i + 2 < len(toks) and toks[i + 1].string == "=":
            value = toks[i + 2]
            if value.type == tokenize.STRING and value.string[-1:] in "'\"":
                return value.string.lstrip("rbfuRBFU").strip("'\"")
    return None


def scan(fa: FileAnalysis, source: str) -> None:
    """Report SDK clients built and LiteLLM calls made in a file that does not parse."""
    catalog = fa.catalog
    toks = _tokens(source)
    imported = _imports(toks)
    for i, tok in enumerate(toks[:-1]):
        if tok.type != tokenize.NAME or toks[i + 1].string != "(":
            continue
        j = i
        while j >= 2 and toks[j - 1].string == "." and toks[j - 2].type == tokenize.NAME:
            j -= 2
        dotted = "".join(t.string for t in toks[j : i + 1])
        root, last, ln = dotted.split(".")[0], tok.string, tok.start[0]
        module = imported.get(root, "")
        if module.split(".")[0] == "litellm" and (
            last in LITELLM_CALLS or module.removeprefix("litellm.") in LITELLM_CALLS
        ):
            base = _kwarg(toks, i + 1, {"api_base", "base_url"})
            host = (url_host(base) or bare_host(base)) if base else None
            host = host or litellm_host(catalog, _kwarg(toks, i + 1, {"model"}) or "")
            fa.sink(ln, f"LiteLLM {dotted}()", host, [])
        elif (host := catalog.constructor_host(last)) is not None:
            base = _kwarg(toks, i + 1, catalog.base_url_keys)
            host = ((url_host(base) or bare_host(base)) if base else None) or host
            fa.sink(ln, f"{dotted}() SDK client", host, [], rule="ai-sdk-client" if catalog.is_ai(host) else None)
