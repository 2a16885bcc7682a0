"""The compliance report: records of processing (GDPR Art. 30) and audit controls (HIPAA §164.312(b)).

``build_report`` folds a stream of ledger records into fixed-size aggregates in one pass (counts per
day, app, model, entity type and refusal code; latency quantiles from a log-bucket histogram), so a
year of records never sits in memory. ``report_html.render_html`` turns the result into one self-contained page
(inline CSS and SVG, a Content-Security-Policy that forbids every request, printable on A4);
``Report.to_json`` carries the same facts. The input is plain mappings, not the ledger's classes, so
the report does not depend on how the ledger stores them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from phigate.errors import AuditIntegrityError
from phigate.policy import Policy, UpstreamModel
from phigate.taxonomy import TAXONOMY

__all__ = ["COLORS", "REFUSAL_EXPLANATIONS", "Report", "build_report"]

SCHEMA = "phigate.report/1"

# Plain-language meaning of each refusal or error code, for readers who do not read code.
REFUSAL_EXPLANATIONS: dict[str, str] = {
    "phi_blocked": "The request carried data the policy never lets through (e.g. payment card numbers); "
    "nothing was forwarded to a model.",
    "prompt_injection": "An attempt to override the model's instructions or extract hidden data was detected "
    "and refused.",
    "egress_denied": "The model endpoint was not on the egress allow-list; no connection was opened.",
    "policy_violation": "The request broke a rule of the app's policy and was refused.",
    "rate_limit_exceeded": "The app's key sent more requests or tokens per minute than its limit allows.",
    "invalid_api_key": "The request carried no API key or an unknown one.",
    "invalid_request": "The request was malformed (not valid JSON or not the OpenAI schema).",
    "request_too_large": "The request body exceeded the configured size limit.",
    "model_not_found": "The request named a model the app is not allowed to use.",
    "model_overloaded": "Too many requests were already waiting for the model; the caller was asked to retry.",
    "deid_failed": "De-identification could not complete, so the request was stopped (fail closed).",
    "audit_integrity": "The audit ledger could not be written or verified, so the request was refused.",
    "store_unavailable": "A storage back end (ledger or vault) was unavailable.",
    "upstream_error": "The model server returned an error or could not be reached.",
    "upstream_timeout": "The model server did not answer in time.",
    "internal_error": "An unexpected error inside the gateway.",
}

_OUTCOMES = ("allowed", "refused", "failed")
COLORS = {"allowed": "#2f6f9f", "refused": "#e08a1e", "failed": "#a23b3b", "in": "#5a7d9a", "out": "#9ab8d0"}


class _Quantiles:
    """Latency quantiles from log-spaced buckets 2 % wide: within 1 % of the exact value, a few hundred
    integers of memory whatever the number of records."""

    _LOG_BASE = math.log(1.02)

    def __init__(self) -> None:
        self._buckets: Counter[int] = Counter()
        self.count = 0

    def add(self, value_ms: float) -> None:
        self._buckets[math.floor(math.log(max(value_ms, 1e-3)) / self._LOG_BASE)] += 1
        self.count += 1

    def quantile(self, q: float) -> float | None:
        if not self.count:
            return None
        rank, seen = q * self.count, 0
        for bucket in sorted(self._buckets):
            seen += self._buckets[bucket]
            if seen >= rank:
                return round(math.exp((bucket + 0.5) * self._LOG_BASE), 2)
        return None  # unreachable: seen ends at count >= rank


@dataclass(frozen=True, slots=True)
class Latency:
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None

    @classmethod
    def of(cls, q: _Quantiles) -> Latency:
        return cls(q.quantile(0.50), q.quantile(0.95), q.quantile(0.99))


@dataclass(frozen=True, slots=True)
class Totals:
    requests: int
    allowed: int
    refused: int
    failed: int
    tokens_in: int
    tokens_out: int
    identifiers: int
    latency: Latency
    first_seq: int | None
    last_seq: int | None
    first_request: str | None
    last_request: str | None


@dataclass(frozen=True, slots=True)
class Category:
    """A category of personal data: one entity type as seen in one app's requests."""

    entity_type: str
    safe_harbor: str
    description: str
    found: int
    requests: int
    treatment: str | None


@dataclass(frozen=True, slots=True)
class Recipient:
    """A model that received an app's (de-identified) requests: who processes the data, and where."""

    model: str
    backend: str
    host: str | None
    region: str | None
    external: bool
    in_policy: bool
    requests: int


@dataclass(frozen=True, slots=True)
class ModelUsage:
    """One model's load across all apps."""

    model: str
    backend: str
    host: str | None
    region: str | None
    requests: int
    tokens_in: int
    tokens_out: int
    latency: Latency


@dataclass(frozen=True, slots=True)
class ProcessingRecord:
    """GDPR Art. 30 record for one client app."""

    app: str
    purpose: str
    in_policy: bool
    requests: int
    allowed: int
    refused: int
    failed: int
    tokens_in: int
    tokens_out: int
    keys_used: int
    categories: list[Category]
    recipients: list[Recipient]
    deidentify: bool | None
    deid_operators: dict[str, str]
    reidentify: bool | None
    deid_system_prompt: bool | None


@dataclass(frozen=True, slots=True)
class Refusal:
    code: str
    statuses: list[int]
    count: int
    share_of_requests: float
    share_of_refusals: float
    explanation: str


@dataclass(frozen=True, slots=True)
class DayVolume:
    day: str
    allowed: int = 0
    refused: int = 0
    failed: int = 0
    identifiers: int = 0
    tokens_in: int = 0
    tokens_out: int = 0


@dataclass(frozen=True, slots=True)
class Egress:
    allow: list[str]
    providers: list[dict[str, str]]


@dataclass(frozen=True, slots=True)
class Checkpoint:
    seq_from: int
    seq_to: int
    root: str
    signed_at: str
    signature: str
    key_id: str
    valid: bool


@dataclass(frozen=True, slots=True)
class Integrity:
    status: str  # verified | unsigned | failed
    verdict: str
    ok: bool
    first_bad_seq: int | None
    problem: str
    records_checked: int
    checkpoints_checked: int
    checkpoints_invalid: int
    unsigned_records: int
    checkpoints: list[Checkpoint]
    public_key_pem: str | None
    public_key_sha256: str | None


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the compliance report states; HTML and JSON are two views of these facts."""

    period_start: str | None
    period_end: str | None
    generated_at: str
    policy_sha256: str
    policy_versions: dict[str, int]
    totals: Totals
    processing: list[ProcessingRecord]
    models: list[ModelUsage]
    refusals: list[Refusal]
    guards: dict[str, dict[str, int]]
    entities: dict[str, int]
    days: list[DayVolume]
    egress: Egress
    integrity: Integrity
    schema: str = field(default=SCHEMA)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------- building


def _iso(ts: float | datetime | None) -> str | None:
    if ts is None:
        return None
    moment = ts if isinstance(ts, datetime) else datetime.fromtimestamp(ts, UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # a naive datetime is taken as UTC, like every time here
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _epoch(moment: datetime | None) -> float | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def _outcome(status: int) -> str:
    return "allowed" if status < 400 else "refused" if status < 500 else "failed"


class _Group:
    """Running counts for one app or one model."""

    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()
        self.tokens_in = self.tokens_out = 0
        self.entities: Counter[str] = Counter()
        self.entity_requests: Counter[str] = Counter()
        self.models: Counter[str] = Counter()
        self.keys: set[str] = set()  # key ids of one app: as many as the app has keys
        self.backends: Counter[str] = Counter()
        self.regions: Counter[str] = Counter()
        self.latency = _Quantiles()

    def add(self, rec: Mapping[str, Any], outcome: str) -> None:
        self.outcomes[outcome] += 1
        self.tokens_in += int(rec["tokens_in"])
        self.tokens_out += int(rec["tokens_out"])
        for etype, n in rec["entities"].items():
            if n:
                self.entities[etype] += int(n)
                self.entity_requests[etype] += 1
        self.models[rec["model"]] += 1
        self.keys.add(str(rec["key_id"]))
        self.backends[rec["backend"]] += 1
        if rec["region"]:
            self.regions[rec["region"]] += 1
        self.latency.add(float(rec["latency_ms"]))

    @property
    def requests(self) -> int:
        return sum(self.outcomes.values())


class _Aggregate:
    """One pass over the records; memory grows with days, apps, models and codes, never with records."""

    def __init__(self, since: float | None, until: float | None) -> None:
        self.since, self.until = since, until
        self.all = _Group()
        self.apps: dict[str, _Group] = {}
        self.models: dict[str, _Group] = {}
        self.days: dict[date, Counter[str]] = {}
        self.codes: Counter[str] = Counter()
        self.code_statuses: dict[str, set[int]] = {}
        self.guards: dict[str, Counter[str]] = {}
        self.policies: Counter[str] = Counter()
        self.first_seq: int | None = None
        self.last_seq: int | None = None
        self.first_ts: float | None = None
        self.last_ts: float | None = None

    def add(self, rec: Mapping[str, Any]) -> None:
        ts = float(rec["ts"])
        if (self.since is not None and ts < self.since) or (self.until is not None and ts >= self.until):
            return
        status = int(rec["status"])
        outcome = _outcome(status)
        self.all.add(rec, outcome)
        # a failed authentication has no app, and a request refused before routing reached no model: they
        # count in the totals and refusals, not as processing by an app or a recipient
        if rec["app"]:
            self.apps.setdefault(str(rec["app"]), _Group()).add(rec, outcome)
        if rec["model"]:
            self.models.setdefault(str(rec["model"]), _Group()).add(rec, outcome)
        day = self.days.setdefault(datetime.fromtimestamp(ts, UTC).date(), Counter())
        day[outcome] += 1
        day["identifiers"] += sum(int(n) for n in rec["entities"].values())
        day["tokens_in"] += int(rec["tokens_in"])
        day["tokens_out"] += int(rec["tokens_out"])
        if outcome != "allowed":
            code = str(rec["code"] or f"http_{status}")
            self.codes[code] += 1
            self.code_statuses.setdefault(code, set()).add(status)
        for guard, verdict in rec["guards"].items():
            self.guards.setdefault(str(guard), Counter())[str(verdict)] += 1
        self.policies[str(rec["policy_sha256"])] += 1
        seq = int(rec["seq"])
        self.first_seq = seq if self.first_seq is None else min(self.first_seq, seq)
        self.last_seq = seq if self.last_seq is None else max(self.last_seq, seq)
        self.first_ts = ts if self.first_ts is None else min(self.first_ts, ts)
        self.last_ts = ts if self.last_ts is None else max(self.last_ts, ts)


def build_report(
    records: Iterable[Mapping[str, Any]],
    *,
    checkpoints: Sequence[Mapping[str, Any]],
    verification: Mapping[str, Any],
    policy: Policy,
    since: datetime | None,
    until: datetime | None,
    public_key_pem: str | None,
    generated_at: datetime | None = None,
) -> Report:
    """Aggregate ``records`` with ``since <= ts < until`` (either end open when None; naive times are UTC)
    into a report. ``checkpoints`` and ``verification`` come from the ledger's own check."""
    agg = _Aggregate(_epoch(since), _epoch(until))
    for rec in records:
        try:
            agg.add(rec)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            seq = rec.get("seq", "?") if isinstance(rec, Mapping) else "?"
            raise AuditIntegrityError(f"ledger record #{seq} is malformed ({type(exc).__name__}: {exc})") from exc
    total = agg.all.requests
    totals = Totals(
        requests=total,
        allowed=agg.all.outcomes["allowed"],
        refused=agg.all.outcomes["refused"],
        failed=agg.all.outcomes["failed"],
        tokens_in=agg.all.tokens_in,
        tokens_out=agg.all.tokens_out,
        identifiers=sum(agg.all.entities.values()),
        latency=Latency.of(agg.all.latency),
        first_seq=agg.first_seq,
        last_seq=agg.last_seq,
        first_request=_iso(agg.first_ts),
        last_request=_iso(agg.last_ts),
    )
    not_allowed = totals.refused + totals.failed
    refusals = [
        Refusal(
            code=code,
            statuses=sorted(agg.code_statuses[code]),
            count=n,
            share_of_requests=round(n / total, 4),
            share_of_refusals=round(n / not_allowed, 4),
            explanation=REFUSAL_EXPLANATIONS.get(code, "No description is known for this code."),
        )
        for code, n in sorted(agg.codes.items(), key=lambda item: (-item[1], item[0]))
    ]
    return Report(
        period_start=_iso(since),
        period_end=_iso(until),
        generated_at=_iso(generated_at or datetime.now(UTC)) or "",
        policy_sha256=policy.sha256(),
        policy_versions=dict(agg.policies.most_common()),
        totals=totals,
        processing=_processing(agg, policy),
        models=_models(agg, policy),
        refusals=refusals,
        guards={g: dict(sorted(v.items())) for g, v in sorted(agg.guards.items())},
        entities=dict(sorted(agg.all.entities.items(), key=lambda item: (-item[1], item[0]))),
        days=_days(agg, since, until),
        egress=Egress(
            allow=list(policy.egress.allow),
            providers=[{"host": p.host, "region": p.region} for p in policy.egress.providers],
        ),
        integrity=_integrity(checkpoints, verification, public_key_pem),
    )


def _recipient(name: str, policy: Policy, group: _Group | None, requests: int) -> Recipient:
    spec = policy.models.get(name)
    granted = {p.host.lower(): p.region for p in policy.egress.providers}
    host = region = None
    if isinstance(spec, UpstreamModel):
        host = urlsplit(spec.url).hostname
        region = spec.region or granted.get((host or "").lower())
    if region is None and group is not None and group.regions:
        region = ", ".join(sorted(group.regions))  # what the ledger recorded, when the policy says nothing
    backend: str
    if spec is not None:
        backend = spec.backend
    else:
        backend = group.backends.most_common(1)[0][0] if group and group.backends else "unknown"
    return Recipient(
        model=name,
        backend=backend,
        host=host,
        region=region,
        external=(host or "").lower() in granted,
        in_policy=spec is not None,
        requests=requests,
    )


def _processing(agg: _Aggregate, policy: Policy) -> list[ProcessingRecord]:
    """One record per app: every app the policy declares, plus any app seen in the ledger but since removed."""
    out = []
    for name in [*policy.apps, *sorted(set(agg.apps) - set(policy.apps))]:
        app, group = policy.apps.get(name), agg.apps.get(name, _Group())
        # ``deidentify`` is newer than some policies this code may meet; absent means on
        deid_on = bool(getattr(app, "deidentify", True)) if app else None
        categories = [
            Category(
                entity_type=etype,
                safe_harbor=TAXONOMY.get(etype, ("—", ""))[0],
                description=TAXONOMY.get(etype, ("", "not in the phigate taxonomy"))[1],
                found=n,
                requests=group.entity_requests[etype],
                treatment=(app.operator(etype) if deid_on else "none") if app and etype in TAXONOMY else None,
            )
            for etype, n in sorted(group.entities.items(), key=lambda item: (-item[1], item[0]))
        ]
        models = list(app.models) if app else []
        models += sorted(m for m in group.models if m not in models)
        out.append(
            ProcessingRecord(
                app=name,
                purpose=app.description if app else "",
                in_policy=app is not None,
                requests=group.requests,
                allowed=group.outcomes["allowed"],
                refused=group.outcomes["refused"],
                failed=group.outcomes["failed"],
                tokens_in=group.tokens_in,
                tokens_out=group.tokens_out,
                keys_used=len(group.keys),
                categories=categories,
                recipients=[_recipient(m, policy, agg.models.get(m), group.models[m]) for m in models],
                deidentify=deid_on,
                deid_operators=dict(app.deid) if app else {},
                reidentify=app.reidentify if app else None,
                deid_system_prompt=app.deid_system_prompt if app else None,
            )
        )
    return out


def _models(agg: _Aggregate, policy: Policy) -> list[ModelUsage]:
    out = []
    for name in sorted(set(policy.models) | set(agg.models)):
        group = agg.models.get(name, _Group())
        rcp = _recipient(name, policy, group, group.requests)
        out.append(
            ModelUsage(
                name,
                rcp.backend,
                rcp.host,
                rcp.region,
                group.requests,
                group.tokens_in,
                group.tokens_out,
                Latency.of(group.latency),
            )
        )
    return out


def _days(agg: _Aggregate, since: datetime | None, until: datetime | None) -> list[DayVolume]:
    if not agg.days:
        return []
    first = min(agg.days) if since is None else datetime.fromtimestamp(_epoch(since) or 0, UTC).date()
    last = max(agg.days)
    if until is not None:
        end = datetime.fromtimestamp((_epoch(until) or 0) - 1e-6, UTC).date()
        last = max(last, end) if (end - first).days <= 3660 else last
    out = []
    for i in range((last - first).days + 1):
        day = first + timedelta(days=i)
        c = agg.days.get(day, Counter())
        out.append(DayVolume(day.isoformat(), *(c[k] for k in (*_OUTCOMES, "identifiers", "tokens_in", "tokens_out"))))
    return out


def _key_fingerprint(pem: str | None) -> str | None:
    if not pem:
        return None
    body = "".join(line.strip() for line in pem.strip().splitlines() if line.strip() and not line.startswith("-----"))
    try:
        return hashlib.sha256(base64.b64decode(body, validate=True)).hexdigest()
    except (binascii.Error, ValueError):
        return None


def _integrity(checkpoints: Sequence[Mapping[str, Any]], verification: Mapping[str, Any], pem: str | None) -> Integrity:
    cps = [
        Checkpoint(
            seq_from=int(c["seq_from"]),
            seq_to=int(c["seq_to"]),
            root=str(c["root"]),
            signed_at=_iso(float(c["ts"])) or "",
            signature=str(c["signature"]),
            key_id=str(c["key_id"]),
            valid=bool(c["valid"]),
        )
        for c in checkpoints
    ]
    ok, records = bool(verification["ok"]), int(verification["records"])
    bad_seq, problem = verification.get("first_bad_seq"), str(verification.get("problem") or "")
    invalid = sum(not c.valid for c in cps)
    unsigned = int(verification.get("unsigned") or 0)  # records after the last checkpoint, if the caller says
    if not ok:
        status = "failed"
        where = f" from record #{bad_seq} on" if bad_seq is not None else ""
        verdict = (
            f"FAILED: the ledger does not verify{where}: {problem or 'no reason given'}. Records from that point on "
            "cannot be relied upon; the ledger may have been altered, truncated or reordered."
        )
    elif invalid:
        status = "failed"
        verdict = (
            f"FAILED: {invalid} of {len(cps)} checkpoint signatures do not verify against the public key below. "
            "The hash chain is unbroken, but it cannot be shown that it is the chain that was signed."
        )
    elif not records and not cps:
        status, verdict = "unsigned", "The ledger is empty: there is nothing to verify yet."
    elif not cps:
        status = "unsigned"
        verdict = (
            f"The hash chain of {records:,} records is unbroken, but there is no signed checkpoint yet, so the "
            "removal of the most recent records could not be detected."
        )
    else:
        status = "verified"
        verdict = (
            f"Verified: all {records:,} records form an unbroken hash chain and all {len(cps):,} checkpoint "
            "signatures are valid. No record was altered, removed, inserted or reordered."
        )
        if unsigned:
            verdict += f" The {unsigned:,} newest records are not yet covered by a signed checkpoint."
    return Integrity(
        status=status,
        verdict=verdict,
        ok=ok,
        first_bad_seq=int(bad_seq) if bad_seq is not None else None,
        problem=problem,
        records_checked=records,
        checkpoints_checked=int(verification.get("checkpoints", len(cps))),
        checkpoints_invalid=invalid,
        unsigned_records=unsigned,
        checkpoints=cps,
        public_key_pem=pem.strip() if pem else None,
        public_key_sha256=_key_fingerprint(pem),
    )
