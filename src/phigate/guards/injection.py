"""The prompt-injection and jailbreak input guard: phrase and structure patterns plus a small classifier.

Every text is first folded by ``normalize.variants`` (look-alikes, zero-width and tag characters, leetspeak,
and decoded base64 / hex / URL / rot13 / reversed / invisible payloads as extra texts); each variant is scored
and the highest counts.

- Patterns (``PATTERNS``) cover English, German, French, Spanish, Portuguese, Italian, Dutch and Polish:
  "ignore previous instructions", role-play jailbreaks (DAN, developer mode, "no restrictions"), system-prompt
  extraction, output forcing, fake authorisation, fake system/assistant tags, delimiter and user-input markers,
  text addressed to the assistant, and context flooding. They run on folded text, so they carry no diacritics.
- The classifier is a logistic regression over character 3-5-grams and word 1-2-grams, trained by
  ``scripts/train_injection_model.py`` and shipped as JSON (``data/injection_model.json``) with the thresholds
  chosen for it: loading it runs no code (no pickle) and needs neither scikit-learn nor numpy.

The two combine as a noisy OR. Content the caller marks as retrieved or tool output (``role="tool"``) is judged
more strictly: every pattern counts more there, since instructions have no business in it at all.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import repeat
from pathlib import Path
from typing import ClassVar

from phigate.errors import ConfigError
from phigate.guards.base import Guard, Role, Verdict
from phigate.guards.normalize import variants

MODEL_FORMAT = "phigate-injection-ngram-lr/2"
MAX_CLASSIFIED_CHARS = 16_384

# Word lists for the "ignore previous instructions" family; folded forms (no accents), several languages.
_IGNORE = (
    r"ignore|disregard|forget|skip|override|bypass|overlook|neglect|drop|abandon|discard|"
    r"ignorier\w*|vergiss|vergessen|missachte\w*|uberspring\w*|"
    r"ignore[zr]?|oublie[zr]?|"
    r"ignora\w*|olvida\w*|omite|descarta\w*|esquec\w*|desconsider\w*|dimentica\w*|trascura\w*|"
    r"haz caso omiso de|no hagas caso a|ne tien[sd] (?:pas|plus) compte de|ne tenez (?:pas|plus) compte de|"
    r"non tenere conto de\w*|negeer|vergeet|zignoruj|zapomnij"
)
_EARLIER = (
    r"previous|prior|above|earlier|preceding|former|initial|original|foregoing|"
    r"vorherig\w*|bisherig\w*|obig\w*|vorangegangen\w*|fruher\w*|alle[ns]?|"
    r"precedent\w*|anterieur\w*|ci-dessus|"
    r"anterior\w*|previ[ao]s|"
    r"precedent[ie]|sopra|"
    r"vorige|eerdere|bovenstaande|poprzedni\w*|wczesniejsz\w*|powyzsz\w*"
)
_INSTRUCTIONS = (
    r"instructions?|prompts?|rules|directives?|guidelines|commands|programming|guardrails|"
    r"anweisung\w*|instruktion\w*|befehl\w*|regeln|vorgaben|"
    r"consignes?|regles|"
    r"instruccion\w*|indicacion\w*|reglas|ordenes|"
    r"instruc[oa]\w*|regras|ordens|"
    r"istruzion\w*|regole|indicazion\w*|"
    r"instructies|regels|instrukcj\w*|polecen\w*|zasady"
)
_NOT_CLINICAL = (
    r"(?!.{0,30}\b(?:doctor|physician|nurse|pharmacist|dentist|surgeon|gp|label|leaflet|prescription|clinic))"
)
_NOW_YOU = (
    r"you are now|you're now|act as|pretend (?:to be|you are)|roleplay as|from now on,? you|"
    r"du bist (?:jetzt|nun|ab sofort)|tu es (?:maintenant|desormais)|"
    r"(?:ahora )?eres (?:ahora )?|a partir de ahora|voce (?:agora )?e agora|agora voce e|"
    r"(?:ora )?sei (?:ora )?|d'ora in poi"
)
_UNBOUND = (
    r"unrestricted|unfiltered|uncensored|unlimited|amoral|unethical|"
    r"(?:without|no|free (?:from|of)|not bound by|freed from) (?:any )?(?:\w+ )?"
    r"(?:restrictions|filters|limits|limitations|rules|guidelines|ethics|morals|censorship|boundaries)|"
    r"ohne (?:\w+ )?(?:einschrankungen|regeln|filter|grenzen|zensur)|"
    r"sans (?:\w+ )?(?:restrictions|limites|filtres|regles|censure)|"
    r"sin (?:\w+ )?(?:restricciones|filtros|limites|reglas|censura)|"
    r"sem (?:\w+ )?(?:restricoes|filtros|limites|regras|censura)|"
    r"senza (?:\w+ )?(?:restrizioni|filtri|limiti|regole|censura)"
)
_REVEAL = (
    r"reveal|show|print|display|repeat|output|dump|leak|disclose|recite|echo|write out|spell out|tell me|"
    r"what (?:is|are|was|were)|"
    r"zeig\w*|gib\w*|wiederhole\w*|verrat\w*|nenne?|"
    r"affiche\w*|montre\w*|revele\w*|repete\w*|donne[sz]?(?:-moi)?|"
    r"muestra\w*|revela\w*|repite\w*|dime|"
    r"mostr[ae]\w*|revele|repita|diga|me diga|"
    r"rivela\w*|ripeti\w*|dimmi|"
    r"see|share|provide|send me|list|summari[sz]e|format|return|copy|paste|"
    r"toon|laat (?:me )?zien|geef|pokaz|ujawnij|wypisz|podaj"
)
_SYSPROMPT = (
    r"system[ -]?(?:prompt|message|instructions?)|(?:initial|hidden|secret|developer|original|pre-?)[ -]?prompt|"
    r"(?:your|the) (?:initial|hidden|secret|first|exact|confidential) (?:instructions?|rules|prompt)|"
    r"systemprompt|systemanweisung\w*|(?:deinen?|deine) (?:system-?)?(?:prompt|anweisungen)|"
    r"(?:prompt|invite|message|consignes?|instructions?) (?:du |de |del |do |di )?(?:sistema|systeme)|"
    r"(?:tu|el|seu|o|il tuo|il|ton|votre|le) prompt|systeemprompt|prompt systemow\w*"
)

# (name, regex over folded text, score when it matches). Keep names stable: they are audited.
PATTERNS: tuple[tuple[str, str, float], ...] = (
    (
        "ignore_instructions",
        rf"\b(?:{_IGNORE})\b[^.\n]{{0,40}}?\b(?:{_EARLIER})\b[^.\n]{{0,25}}?\b(?:{_INSTRUCTIONS})\b{_NOT_CLINICAL}",
        0.92,
    ),
    (
        "ignore_instructions",
        rf"\b(?:{_IGNORE})\b[^.\n]{{0,25}}?\b(?:{_INSTRUCTIONS})\b[^.\n]{{0,25}}?\b(?:{_EARLIER})\b{_NOT_CLINICAL}",
        0.92,
    ),
    (
        "ignore_instructions",
        r"\b(?:ignore|disregard|forget|override|bypass) (?:all )?(?:of )?your "
        r"(?:instructions|rules|programming|guidelines|"
        r"training|restrictions|safety|filters|system prompt)",
        0.9,
    ),
    (
        "ignore_instructions",
        r"\bforget (?:everything|all(?: of)? that|all) (?:you(?:'ve| have)? (?:were |been )?"
        r"(?:told|learned|know)|above|before|previously|prior|so far)",
        0.85,
    ),
    ("ignore_instructions", r"\b(?:ignore|disregard) (?:the )?(?:above|everything above|all of the above)\b", 0.85),
    ("new_instructions", r"\b(?:new|updated|real|actual|revised|override) (?:system )?instructions?\s*:", 0.7),
    ("new_instructions", r"\bfrom now on,? you (?:are|will|must|shall|should|have to)\b", 0.55),
    (
        "jailbreak_persona",
        r"\bdo anything now\b|\bdan (?:mode|prompt|jailbreak)\b|\byou are (?:now )?dan\b|"
        r"\bstay in character\b|\bstay (?:as )?dan\b",
        0.95,
    ),
    (
        "jailbreak_persona",
        r"\b(?:developer|dev|god|sudo|jailbreak|opposite|evil|unrestricted) ?mode\b|"
        r"\bentwicklermodus\b|\bmode (?:developpeur|developer)\b|\bmodo (?:desarrollador|desenvolvedor)\b|"
        r"\bmodalita (?:sviluppatore|developer)\b",
        0.85,
    ),
    ("jailbreak_persona", r"\bjailbr(?:eak|oken)\w*\b|\[?🔓|\bantigpt\b|\bbetterdan\b|\bstan\b,? which stands", 0.85),
    ("jailbreak_persona", rf"\b(?:{_NOW_YOU})[^.\n]{{0,80}}?\b(?:{_UNBOUND})\b", 0.9),
    (
        "jailbreak_persona",
        r"\b(?:ignore|bypass|violate|break|disregard|circumvent) [^.\n]{0,20}(?:openai|anthropic|content|"
        r"ethical|safety|usage) (?:policy|policies|guidelines|filters?|rules|restrictions)",
        0.9,
    ),
    (
        "jailbreak_persona",
        r"\b(?:two|2|both) (?:different |separate )?(?:responses|answers|paragraphs)\b[^\n]{0,80}"
        r"\b(?:normal|classic|filtered|unfiltered|jailbroken)\b",
        0.8,
    ),
    (
        "jailbreak_persona",
        r"\bhypothetical (?:ai|language model|chatbot)\b|\b(?:no|without) (?:moral|ethical) "
        r"(?:compass|constraints|restrictions|guidelines|boundaries|obligations)",
        0.75,
    ),
    ("prompt_extraction", rf"\b(?:{_REVEAL})\b[^.\n?]{{0,40}}?\b(?:{_SYSPROMPT})\b", 0.88),
    (
        "prompt_extraction",
        r"\b(?:repeat|print|output|copy|reproduce|translate|summari[sz]e) (?:all |back )?(?:of )?"
        r"(?:the |your )?(?:text|words|content|everything|instructions|messages?) "
        r"(?:above|before this|so far|verbatim)|"
        r"\bwhat (?:were you|have you been) (?:told|instructed|programmed)\b|\b(?:beginning|start) of (?:this|the|our) "
        r"(?:conversation|prompt|chat)\b",
        0.8,
    ),
    (
        "prompt_extraction",
        r"\b(?:reveal|tell me|give me|print|what is|say) [^.\n]{0,20}\b(?:password|access code|"
        r"secret (?:key|code|word)|api key|passphrase)\b",
        0.55,
    ),
    (
        "prompt_extraction",
        rf"\b(?:list|format|summari[sz]e|print|repeat|output|return|rewrite|write out|convert|translate|paraphrase|"
        rf"dump|reveal|recite|spell out|copy)\b[^.\n]{{0,30}}?\b(?:all |the |your |any )?(?:of )?(?:the |your )?"
        rf"(?:prior|previous|above|preceding|earlier|initial|original|hidden|secret|foregoing|first)\s+"
        rf"(?:instructions|rules|prompt|text|words|directions|guidelines|messages){_NOT_CLINICAL}",
        0.8,
    ),
    (
        "prompt_extraction",
        rf"\b(?:instructions|rules|directives|prompt|guidelines)\b (?:that |which )?(?:with which )?you "
        rf"(?:were|have been|had been|got|received) (?:given|told|programmed|instructed|informed|provided|"
        rf"initiali[sz]ed){_NOT_CLINICAL}",
        0.75,
    ),
    (
        "ignore_instructions",
        rf"\b(?:{_IGNORE})\b (?:all |any |everything |the )?(?:of )?(?:the )?(?:\w+ )?(?:input|text|content|context|"
        rf"data|words|instructions)?\s*(?:above|below|before this|so far|that follows)"
        rf"(?: (?:and|or) (?:above|below))?\b",
        0.8,
    ),
    (
        "output_forcing",
        r"\b(?:say|output|print|respond with|reply with|answer with|write|return|begin (?:your )?(?:reply|response|"
        r"answer) with|start (?:your )?(?:reply|response|answer) with)\b[^.\n]{0,40}?(?:\band nothing else|"
        r"\bnothing else\b|\band stop\b|\bno other (?:text|words)\b|\bwithout (?:any )?(?:explanation|punctuation))|"
        r"\b(?:only|just) (?:output|say|print|respond with|reply with)\s*[\"'\u201c]",
        0.55,
    ),
    (
        "fake_authorisation",
        r"\b(?:user|admin(?:istrator)?|operator|developer) (?:has )?(?:entered|provided|given|typed|supplied|said) the "
        r"(?:correct|right|valid|secret) (?:password|passphrase|access code|code|credentials)\b|"
        r"\b(?:correct|valid|right) (?:password|passphrase|access code) (?:was |has been )?(?:entered|provided|"
        r"supplied|detected|found|input)\b|"
        r"[\[({]\s*(?:the )?(?:correct|valid|right) (?:password|passphrase|access code)\b",
        0.75,
    ),
    (
        "delimiter_attack",
        r"\b(?:end|begin|start) (?:of )?(?:the )?(?:user|untrusted|human) (?:input|message|prompt|text|query)\b",
        0.65,
    ),
    (
        "fake_tag",
        r"<\|(?:im_start|im_end|system|assistant|endoftext|eot_id|start_header_id|end_header_id)\|>|"
        r"\[/?(?:inst|sys|system)\]|<</?sys>>|</?(?:system|system_prompt|instructions)>",
        0.85,
    ),
    (
        "fake_tag",
        r"(?:^|\n)\s*(?:#{1,3}\s*)?\[?(?:system|assistant|developer|admin)\]?\s*(?:message|prompt|override|note)?"
        r"\s*:",
        0.55,
    ),
    (
        "delimiter_attack",
        # Anchored at the start of a run and possessive: a 100 kB ruler must not cost quadratic time.
        r"(?<![-=#*`~])(?:-{4,}+|={4,}+|#{4,}+|\*{4,}+|`{3,}+|~{4,}+)\s*+(?:end of (?:\w+ )?(?:document|context|"
        r"email|text|input|data|instructions)|new (?:task|instructions?)|system|important|attention)",
        0.75,
    ),
    (
        "delimiter_attack",
        r"\bend of (?:the )?(?:user )?(?:document|context|email|input|data|conversation)\b[^\n]{0,60}"
        r"\b(?:instructions?|now|task|assistant)\b",
        0.7,
    ),
    (
        "indirect_address",
        r"\b(?:important|attention|note|message|instructions?) (?:to|for) (?:the |any )?(?:ai|assistant|"
        r"llm|model|chatbot|language model|agent)\b|\bif you are an? (?:ai|llm|language model|assistant|chatbot)\b|"
        r"\b(?:ai|assistant),? (?:you must|you should|please) (?:now )?(?:ignore|respond|reply|say|output|send)",
        0.8,
    ),
    (
        "indirect_address",
        r"(?:^|[\n.!?]\s*)(?:dear |hey |attention,? |note to (?:the )?)?(?:ai|ai assistant|assistant|chatbot|llm|"
        r"language model|ai agent|agent)\s*[:,]\s*(?:please )?(?:ignore|disregard|forget|do not|don't|never|always|"
        r"you must|you should|tell|say|respond|reply|recommend|send|include|insert|add|instead)\b",
        0.7,
    ),
    (
        "indirect_address",
        r"\b(?:do not|don't|never) (?:tell|inform|mention|reveal|show) (?:this |it )?(?:to )?the user\b|"
        r"\bwithout (?:telling|informing|notifying|alerting) the user\b",
        0.7,
    ),
    (
        "exfiltration",
        r"!\[[^\]]*\]\(https?://[^)]*(?:\?|=)|\b(?:send|forward|post|upload|exfiltrate|transmit) "
        r"[^.\n]{0,50}\bto (?:https?://|[\w.-]+@[\w-]+\.)",
        0.55,
    ),
)
_COMPILED: tuple[tuple[str, re.Pattern[str], float], ...] = tuple(
    (name, re.compile(regex, re.MULTILINE), score) for name, regex, score in PATTERNS
)


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def ngrams(text: str, low: int = 3, high: int = 5, *, words: bool = False) -> set[str]:
    """Distinct character n-grams of folded ``text`` (padded with spaces), plus word unigrams and bigrams
    (marked with a leading ``\x01``) when ``words``: the classifier's features.

    The training script calls this very function, so that training and run time cannot drift apart."""
    text = text[:MAX_CLASSIFIED_CHARS]
    padded = f" {text} "
    grams: set[str] = set()
    for n in range(low, high + 1):
        grams.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    if words:
        tokens = _WORD.findall(text)
        grams.update("\x01" + t for t in tokens)
        grams.update(f"\x01{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return grams


@dataclass(frozen=True, slots=True)
class InjectionModel:
    """Logistic regression over binary n-gram features scaled by 1/sqrt(#distinct n-grams), with the
    thresholds chosen for it on a benign validation split (see ``scripts/train_injection_model.py``)."""

    weights: dict[str, float]
    bias: float
    low: int = 3
    high: int = 5
    words: bool = False
    threshold: float = 0.6
    tool_threshold: float = 0.35

    def probability(self, text: str) -> float:
        grams = ngrams(text, self.low, self.high, words=self.words)
        if not grams:
            return 1.0 / (1.0 + math.exp(-self.bias))
        total = sum(map(self.weights.get, grams, repeat(0.0)))
        z = self.bias + total / math.sqrt(len(grams))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, path: Path | None = None) -> InjectionModel:
        """Read the JSON artefact (no pickle, no code runs); ``None`` means the one shipped in the package."""
        try:
            raw = (
                path.read_bytes()
                if path is not None
                else files("phigate.guards").joinpath("data/injection_model.json").read_bytes()
            )
            data = json.loads(raw)
            if data.get("format") != MODEL_FORMAT:
                raise ConfigError(f"injection model format {data.get('format')!r}, expected {MODEL_FORMAT!r}")
            low, high = data["ngram_range"]
            thresholds = data["thresholds"]
            return cls(
                {str(k): float(v) for k, v in data["weights"].items()},
                float(data["bias"]),
                int(low),
                int(high),
                bool(data["words"]),
                float(thresholds["user"]),
                float(thresholds["tool"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"cannot load the injection model: {exc}") from exc


@cache
def default_model() -> InjectionModel:
    """The shipped model, read once per process (about 0.1 s) and shared: it is immutable."""
    return InjectionModel.load()


_CHAR_RUNS = re.compile(r"(.)\1+", re.DOTALL)
FLOOD_SCORE = 0.6
TOOL_PATTERN_BOOST = 0.15


def flooded(text: str) -> bool:
    """A short unit repeated over and over ("ö ö ö …", ") ] } ) ] } …", a glitch token 40 times): context
    flooding, which no chat message needs. Runs of one character (rulers, table borders) do not count."""
    if len(text) < 200:
        return False
    squeezed = _CHAR_RUNS.sub(r"\1", text[:MAX_CLASSIFIED_CHARS]).encode()
    return len(squeezed) >= 100 and len(zlib.compress(squeezed)) < 0.08 * len(squeezed)


_PASSAGE_BREAK = re.compile(r"\n+|(?<=[.!?])\s+")
MAX_PASSAGES = 48


def passages(text: str, min_chars: int = 40) -> list[str]:
    """``text`` cut at line and sentence ends into passages of at least ``min_chars`` (short pieces joined),
    at most ``MAX_PASSAGES``; none when the text is a single passage anyway."""
    out: list[str] = []
    current = ""
    for piece in _PASSAGE_BREAK.split(text[:MAX_CLASSIFIED_CHARS]):
        current = f"{current} {piece}".strip() if current else piece.strip()
        if len(current) >= min_chars:
            out.append(current)
            current = ""
            if len(out) >= MAX_PASSAGES:
                return out
    if current:
        out.append(current)
    return out if len(out) > 1 else []


def pattern_hits(text: str) -> dict[str, float]:
    """The pattern families that match folded ``text``, each with its highest score."""
    hits: dict[str, float] = {"repetition_flood": FLOOD_SCORE} if flooded(text) else {}
    for name, regex, score in _COMPILED:
        if score > hits.get(name, 0.0) and regex.search(text):
            hits[name] = score
    return hits


class InjectionGuard(Guard):
    """Flags prompt injection and jailbreaks in user messages, and (more strictly) in tool or retrieved content."""

    name: ClassVar[str] = "prompt_injection"

    def __init__(
        self,
        *,
        threshold: float | None = None,
        tool_threshold: float | None = None,
        model: InjectionModel | None = None,
    ) -> None:
        self.model = model or default_model()
        # Unset thresholds are the model's own, chosen at training time for FPR <= 1 % on benign validation data.
        self.threshold = self.model.threshold if threshold is None else threshold
        self.tool_threshold = self.model.tool_threshold if tool_threshold is None else tool_threshold
        if not (0.0 < self.threshold < 1.0 and 0.0 < self.tool_threshold < 1.0):
            raise ConfigError("injection thresholds must lie strictly between 0 and 1")

    def score(self, text: str, *, role: Role = "user") -> tuple[float, dict[str, float], float]:
        """The combined score, the pattern families that fired and the classifier's probability (max over variants).

        In tool or retrieved content every pattern counts ``TOOL_PATTERN_BOOST`` more: instructions addressed to
        an assistant have no business there at all. That is the stricter setting; the thresholds themselves
        are each chosen for FPR <= 1 % on benign texts of their role."""
        hits: dict[str, float] = {}
        classifier = 0.0
        boost = TOOL_PATTERN_BOOST if role == "tool" else 0.0
        for i, variant in enumerate(variants(text)):
            for name, s in pattern_hits(variant).items():
                if name == "repetition_flood" and role == "tool":
                    continue  # logs and tables repeat themselves; flooding is an attack on the chat box
                # A payload someone bothered to encode is suspicious in itself: decoded hits count a little more.
                s = min(0.99, s + boost + (0.05 if i else 0.0))
                hits[name] = max(hits.get(name, 0.0), s)
            classifier = max(classifier, self.model.probability(variant))
            if role == "tool" and i == 0:
                # An instruction planted in a long document is diluted in the whole; judge its passages too.
                for passage in passages(variant):
                    classifier = max(classifier, self.model.probability(passage))
        miss = 1.0 - classifier
        for s in hits.values():
            miss *= 1.0 - s
        return 1.0 - miss, hits, classifier

    def check(self, text: str, *, role: Role = "user") -> Verdict:
        combined, hits, classifier = self.score(text, role=role)
        limit = self.tool_threshold if role == "tool" else self.threshold
        signals = sorted(hits) + ([f"classifier={classifier:.2f}"] if classifier >= limit / 2 else [])
        reason = ", ".join(signals) if signals else "no signal"
        return Verdict(self.name, round(combined, 4), combined >= limit, reason)
