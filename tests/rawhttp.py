"""A plain HTTP client from the standard library, for requests the SDK will not send (broken JSON,
oversized or chunked bodies, wrong methods)."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def request(
    method: str,
    url: str,
    body: bytes | Iterable[bytes] | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 60,
) -> Reply:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        chunked = body is not None and not isinstance(body, bytes)
        conn.request(method, parts.path, body=body, headers=headers or {}, encode_chunked=chunked)
        resp = conn.getresponse()
        return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
    finally:
        conn.close()


def wait_ready(url: str, proc: Any, timeout: float = 120) -> None:
    """Poll ``url`` until it answers 200; fail early (with a clear message) if ``proc`` exits first."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        assert proc.poll() is None, f"the server exited early with code {proc.returncode}"
        try:
            if request("GET", url, timeout=2).status == 200:
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"{url} did not answer 200 within {timeout:.0f} s"
        time.sleep(0.1)
