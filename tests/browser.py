"""Headless Chromium (Debian's package) driven over the DevTools protocol: open a page, run a script in
it, wait for the next page to load, read its DOM, take a screenshot. Enough to use a web form as an
editor does, with no browser download (Playwright and Selenium fetch their own browsers).
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager

from websockets.sync.client import connect

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Page:
    def __init__(self, ws):
        self._ws, self._id = ws, 0

    def call(self, method: str, **params) -> dict:
        self._id += 1
        self._ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self._ws.recv(timeout=120))
            if message.get("id") == self._id:
                assert "error" not in message, message["error"]
                return message.get("result", {})

    def wait_for_load(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if json.loads(self._ws.recv(timeout=timeout)).get("method") == "Page.loadEventFired":
                return
        raise TimeoutError("the page did not load")

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.wait_for_load()

    def run(self, script: str):
        return self.call("Runtime.evaluate", expression=script, returnByValue=True).get("result", {}).get("value")

    def html(self) -> str:
        return self.run("document.documentElement.outerHTML")

    def screenshot(self, width: int = 1200) -> bytes:
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=False)
        return base64.b64decode(self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"])


@contextmanager
def chromium():
    exe = shutil.which("chromium")
    assert exe, "chromium is not installed (.ci/setup installs Debian's chromium package)"
    # Chromium's helper processes may still write the profile as it is removed: its own process group
    # is killed whole, and what is left of the profile is no failure.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        proc = subprocess.Popen([exe, *FLAGS, "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            port = _devtools_port(proc)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as r:
                target = next(t for t in json.load(r) if t["type"] == "page")
            with connect(target["webSocketDebuggerUrl"], max_size=None, open_timeout=30) as ws:
                page = Page(ws)
                page.call("Page.enable")
                yield page
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


def _devtools_port(proc: subprocess.Popen) -> int:
    for line in proc.stderr:
        m = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
        if m:
            # Chromium logs on: keep its pipe drained, or a full pipe would stall it.
            threading.Thread(target=proc.stderr.read, daemon=True).start()
            return int(m.group(1))
    raise RuntimeError(f"chromium exited with {proc.wait()} before its DevTools port was known")
