"""Starting ``phigate serve`` as a real OS process, as a user would, for tests that need one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.rawhttp import wait_ready


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without PHIGATE_* settings (so tests do not inherit a developer's)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PHIGATE_")} | extra


def serve_phigate(data: Path, policy: Path, port: int, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """``phigate serve`` on ``port``, returned once /readyz answers 200."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "phigate",
            "serve",
            "--config",
            str(policy),
            "--data-dir",
            str(data),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env if env is not None else clean_env(),
    )
    wait_ready(f"http://127.0.0.1:{port}/readyz", proc, 60)
    return proc
