"""schemathesis against GET /openapi.json of a live `vaktaal serve` on a free loopback port.

Bounded: 20 examples per operation, one run of a few seconds; exits non-zero on any failure.
Run: python3 Tests/browser/check_api.py  (VAKTAAL_BINARY names the built `vaktaal`).
"""
import os
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from server import Server  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("VAKTAAL_BINARY", str(ROOT / ".build/debug/vaktaal"))

# The console script beside this Python (pip puts it there), else on the PATH.
beside = pathlib.Path(sys.executable).parent / "schemathesis"
SCHEMATHESIS = str(beside) if beside.exists() else "schemathesis"

with Server(BINARY) as server:
    command = [SCHEMATHESIS, "--config-file", str(pathlib.Path(__file__).parent / "schemathesis.toml"), "run", server.base + "/openapi.json", "--max-examples", "20",
               "--request-timeout", "10", "--seed", "2026", "--no-color"]
    result = subprocess.run(command, timeout=300)
sys.exit(result.returncode)
