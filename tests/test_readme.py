"""The README's two loops, run as they stand there: from the clone's root (here a folder that holds its
fixtures), with .venv/bin on the PATH, in bash that stops at the first failing command."""
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from webhook import Webhook

from conftest import ROOT


def _block(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(re.escape(title) + r".*?```sh\n(.*?)```", readme, re.S).group(1)


def _run(script: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    (cwd / "fixtures").symlink_to(ROOT / "fixtures")
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    return subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PATH": path, **(env or {})}, timeout=600)


def test_the_editors_loop(tmp_path):
    r = _run(_block("**An editor's loop**"), tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 finding: 0 added, 0 dropped, 1 altered" in r.stdout  # the first check, read
    assert "No added, dropped or altered claims found." in r.stdout  # the rerun, clean
    assert 'reason = "house style: quotes may be tidied"' in (tmp_path / "tcheck-ignore.toml").read_text()


def test_the_bots_loop(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    hook = Webhook()
    try:
        r = _run(_block("**A bot's loop**").replace("8080", str(port)), tmp_path, {"SLACK_WEBHOOK_URL": hook.url})
    finally:
        hook.close()
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("**tcheck: 8 findings in the translation**")  # the service's Markdown
    [posted] = hook.requests
    assert posted["body"]["text"].startswith("*tcheck: 8 findings")  # Slack's mrkdwn
    assert r.stdout.rstrip().endswith("CI: critical findings, job fails")
