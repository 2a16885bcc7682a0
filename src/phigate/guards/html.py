"""HTML and script in answers (OWASP LLM05, improper output handling): a chat widget that renders the
answer as HTML would run a ``<script>`` the model was tricked into writing. With ``html_in_output:
escape`` (the default) every ``<`` that opens a tag, a closing tag, a comment or a declaration becomes
``&lt;``, so the markup shows as text; a ``<`` before a digit or a space ("<5 mg", "a < b") is left alone.

Tool-call arguments are left alone. Streaming: only a ``<`` at the very end of a piece is held back,
until the next character decides it.
"""

from __future__ import annotations

import re

from phigate.guards.output import OutputFilter, OutputStage, action_of
from phigate.pipeline import RequestContext

NAME = "html_in_output"
_TAG = re.compile(r"<(?=[A-Za-z/!?])")


def escape_tags(text: str) -> str:
    return _TAG.sub("&lt;", text)


class HtmlFilter(OutputFilter):
    guard = NAME

    def _feed(self, field: str, text: str) -> str:
        if not field.endswith(".content"):
            return text  # tool-call arguments are data for the caller's code, not markup
        buf = self._held.pop(field, "") + text
        if buf.endswith("<"):
            self._held[field], buf = "<", buf[:-1]
        out = escape_tags(buf)
        if out != buf:
            self.verdict("escape")
        return out

    def _finish(self, field: str) -> str:
        return self._held.pop(field, "")


class HtmlStage(OutputStage):
    name = NAME

    def answer_filter(self, ctx: RequestContext) -> HtmlFilter | None:
        action = action_of(ctx, NAME)
        return None if action == "off" or ctx.route == "embeddings" else HtmlFilter(ctx, action)
