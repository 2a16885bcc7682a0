"""Every guard's verdict on one exchange outside the gateway, for ``phigate guard check``: the input guards
on the user's text, the output guards on an answer (each with its default action from the policy)."""

from __future__ import annotations

from phigate.deid.engine import Deidentifier
from phigate.guards.base import Verdict
from phigate.guards.clinical import terms
from phigate.guards.html import NAME as HTML
from phigate.guards.html import escape_tags
from phigate.guards.leak import LeakDetector
from phigate.guards.phi_output import PhiDetector
from phigate.guards.protected import CopyDetector, ProtectedIndex
from phigate.policy import DEFAULT_GUARDS, AppPolicy, ProtectedSpec


def output_verdicts(
    answer: str,
    *,
    sent: str = "",
    system: str = "",
    engine: Deidentifier | None = None,
    index: ProtectedIndex | None = None,
) -> list[Verdict]:
    """Verdicts on ``answer``, given what the caller ``sent`` and the ``system`` prompt (if any)."""
    escaped = escape_tags(answer) != answer
    out = [terms().check_dosing(answer), Verdict(HTML, 1.0 if escaped else 0.0, escaped)]
    if system:
        out.append(LeakDetector(system, None, AppPolicy().leak_min_words).check(answer))
    if engine is not None:
        out.append(PhiDetector(engine, f"{sent}\n{system}").check(answer))
    if index is not None:
        spec = ProtectedSpec()
        out.append(CopyDetector(index, spec.max_share, spec.max_shingles).check(answer))
    return out


def default_action(verdict: Verdict) -> str:
    """What the default policy does on ``verdict``."""
    return DEFAULT_GUARDS[verdict.guard] if verdict.triggered else "allow"
