"""Per-key rate limits: requests and tokens per minute, as token buckets held in the process.

Requests are charged before the call; tokens after it, from the usage the backend reports, so a key
that overspent its token budget is refused until the bucket refills. A refusal carries the seconds
until the next request would pass (``Retry-After``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from phigate.errors import RateLimited
from phigate.policy import Limits


@dataclass(slots=True)
class _Bucket:
    capacity: float
    level: float
    stamp: float

    def refill(self, now: float) -> None:
        rate = self.capacity / 60.0
        self.level = min(self.capacity, self.level + (now - self.stamp) * rate)
        self.stamp = now

    def wait(self, need: float) -> float:
        """Seconds until ``need`` is available (0 when it is)."""
        return 0.0 if self.level >= need else (need - self.level) * 60.0 / self.capacity


class RateLimiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._requests: dict[str, _Bucket] = {}
        self._tokens: dict[str, _Bucket] = {}

    def _bucket(self, table: dict[str, _Bucket], key_id: str, capacity: int) -> _Bucket:
        now = self._clock()
        bucket = table.get(key_id)
        if bucket is None or bucket.capacity != capacity:
            bucket = table[key_id] = _Bucket(float(capacity), float(capacity), now)
        else:
            bucket.refill(now)
        return bucket

    def admit(self, key_id: str, limits: Limits) -> None:
        """Charge one request, or raise RateLimited with the seconds to wait."""
        waits = []
        req = tok = None
        if limits.requests_per_minute is not None:
            req = self._bucket(self._requests, key_id, limits.requests_per_minute)
            waits.append(req.wait(1.0))
        if limits.tokens_per_minute is not None:
            tok = self._bucket(self._tokens, key_id, limits.tokens_per_minute)
            waits.append(tok.wait(1.0))
        wait = max(waits, default=0.0)
        if wait > 0:
            which = "tokens" if tok is not None and tok.wait(1.0) == wait else "requests"
            raise RateLimited(
                f"Rate limit reached for this key ({which} per minute); retry after {math.ceil(wait)} s",
                retry_after=wait,
            )
        if req is not None:
            req.level -= 1.0

    def charge_tokens(self, key_id: str, limits: Limits, tokens: int) -> None:
        if limits.tokens_per_minute is not None and tokens > 0:
            self._bucket(self._tokens, key_id, limits.tokens_per_minute).level -= tokens
