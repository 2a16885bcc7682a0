"""Key files: created 0600 in one step, never seen half-written or readable by others."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from phigate.errors import ConfigError


def create_secret_file(path: Path, content: bytes, what: str) -> None:
    """Write ``content`` to a new 0600 file at ``path`` unless one exists: a private temporary file, then
    a hard link that fails if another process created the file first (theirs wins, both agree)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(content)
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot create the {what}: {exc}") from None
