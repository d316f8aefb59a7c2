"""Starts `vaktaal serve` on a free loopback port for the browser, API and load checks."""
import os
import socket
import subprocess
import time
import urllib.request


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`vaktaal serve` on 127.0.0.1; `with Server(binary) as server:` waits for /health."""

    def __init__(self, binary, arguments=(), timeout=60):
        self.binary = binary
        self.arguments = list(arguments)
        self.timeout = timeout
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.started_in = None

    def __enter__(self):
        start = time.monotonic()
        self.log = open(os.environ.get("VAKTAAL_SERVE_LOG", os.devnull), "w")
        self.process = subprocess.Popen([self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port)] + self.arguments,
                                        stdout=self.log, stderr=self.log)
        deadline = start + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"vaktaal serve exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=1) as response:
                    if response.status == 200:
                        self.started_in = time.monotonic() - start
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("vaktaal serve did not answer /health in time")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            code = self.process.wait(timeout=10)
        finally:
            self.log.close()
        if exc[0] is None and code != 0:
            raise RuntimeError(f"vaktaal serve did not stop cleanly on SIGTERM (exit {code})")
        return False
