"""Posting reports to webhooks, against real HTTP servers on 127.0.0.1 (http.server in a thread)."""
import json
import threading
import time

import pytest
from reports import EN, hostile_report, validate
from webhook import Webhook

from conftest import run_cli
from tcheck.post import PostError, post


@pytest.fixture
def webhook():
    hooks = []

    def make(*statuses, delay=0.0):
        hooks.append(Webhook(statuses or (200,), delay))
        return hooks[-1]

    yield make
    for h in hooks:
        h.close()


def test_slack_payload_is_slack_mrkdwn(webhook):
    """Slack's bold is *x*, its strike ~x~; &, < and > are escaped (as entities), so that article
    text forms no <links|…> or <!channel> mentions; no Markdown backslashes."""
    hook = webhook(200)
    post(hostile_report(), hook.url)
    (req,) = hook.requests
    assert req["path"] == "/services/T000/B000/secret"
    assert req["headers"]["Content-Type"] == "application/json"
    assert req["headers"]["User-Agent"].startswith("tcheck/")
    text = req["body"]["text"]
    assert list(req["body"]) == ["text"] and text.startswith("*tcheck: 3 findings in the translation*")
    # The article's own asterisks ("*£4*") stay plain: a zero-width space after each.
    assert "~*\u200b£4*\u200b~" in text and "&lt;script&gt;" in text and "<" not in text and "\\" not in text
    assert "*1. Altered* (critical, number" in text


def test_max_findings_caps_a_chat_message(webhook):
    hook = webhook(200)
    post(hostile_report(), hook.url, max_findings=1)
    post(hostile_report(), hook.url, "markdown", max_findings=1)
    slack_text, markdown_text = (r["body"]["text"] for r in hook.requests)
    assert "*2. Dropped*" not in slack_text and slack_text.endswith("_…and 2 more not listed here._")
    assert markdown_text.startswith("**tcheck: 3 findings") and "**2. Dropped**" not in markdown_text
    assert markdown_text.endswith("_…and 2 more not listed here._")


def test_json_payload_is_the_report(webhook):
    hook = webhook(200)
    post(hostile_report(), hook.url, "json")
    validate(hook.requests[0]["body"])


def test_fails_twice_then_succeeds(webhook):
    hook = webhook(500, 503, 200)
    response = post(hostile_report(), hook.url, backoff=0.01)
    assert response.status_code == 200 and len(hook.requests) == 3


def test_always_failing_gives_up_after_three_tries(webhook):
    hook = webhook(502)
    t0 = time.perf_counter()
    with pytest.raises(PostError) as e:
        post(hostile_report(), hook.url, backoff=0.05)
    assert len(hook.requests) == 3
    assert time.perf_counter() - t0 >= 0.05 + 0.1  # backoff doubles: 0.05 s, then 0.1 s
    message = str(e.value)
    assert "failed after 3 tries: HTTP 502" in message and "\n" not in message
    assert "secret" not in message  # a Slack webhook's path is its credential


def test_client_error_is_not_retried(webhook):
    hook = webhook(404)
    with pytest.raises(PostError, match="HTTP 404"):
        post(hostile_report(), hook.url, backoff=0.01)
    assert len(hook.requests) == 1


def test_rate_limit_is_retried(webhook):
    hook = webhook(429, 200)
    post(hostile_report(), hook.url, backoff=0.01)
    assert len(hook.requests) == 2


def test_timeout_and_refused_connection_are_retried(webhook):
    slow = webhook(200, delay=1.0)
    with pytest.raises(PostError, match="ReadTimeout"):
        post(hostile_report(), slow.url, timeout=0.2, backoff=0.01)
    assert len(slow.requests) == 3
    closed = webhook(200)
    closed.close()
    with pytest.raises(PostError, match="failed after 3 tries: ConnectError"):
        post(hostile_report(), closed.url, backoff=0.01)


@pytest.mark.parametrize("url", ["ftp://example.invalid/hook", "not a url", "http://"])
def test_unusable_url(url):
    with pytest.raises(PostError):
        post(hostile_report(), url, backoff=0.01)


def test_cli_post_failure_leaves_output_and_exit_code(webhook):
    hook = webhook(500)
    r = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "--format", "json", "--fail-on", "added",
                "--post", hook.url)
    assert r.returncode == 1  # the --fail-on verdict, as without --post
    validate(json.loads(r.stdout))
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    assert lines[0].startswith("tcheck: post to http://127.0.0.1:") and "failed after 3 tries: HTTP 500" in lines[0]
    assert len(hook.requests) == 3


def test_cli_posts_json_report(webhook, tmp_path):
    hook = webhook(200)
    out = tmp_path / "report.json"
    r = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "--format", "json", "-o", out,
                "--post", hook.url, "--post-format", "json")
    assert r.returncode == 0 and r.stderr == "", r.stderr
    body = hook.requests[0]["body"]
    validate(body)
    assert body == json.loads(out.read_text(encoding="utf-8"))  # the very report the check wrote


def test_a_server_that_drips_bytes_is_given_up_at_the_deadline():
    """Each byte comes before the read timeout, so only a deadline on the whole post ends it."""
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def drip():
        conn, _ = listener.accept()
        conn.recv(65536)
        for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok":
            if stop.wait(0.3):
                break
            conn.sendall(bytes([byte]))
        conn.close()

    threading.Thread(target=drip, daemon=True).start()
    t0 = time.monotonic()
    with pytest.raises(PostError, match="no complete answer within 2 s"):
        post(hostile_report(), f"http://127.0.0.1:{listener.getsockname()[1]}/hook", timeout=1.0, deadline=2.0)
    assert time.monotonic() - t0 < 4
    stop.set()
    listener.close()


def test_cli_caps_markdown_output(tmp_path):
    r = run_cli("check", EN / "original.en.txt", EN / "rewrite.en.txt", "--format", "markdown", "--max-findings", "1")
    assert r.returncode == 0, r.stderr
    assert "**1. " in r.stdout and "**2. " not in r.stdout and "more not listed here._" in r.stdout


def test_a_post_names_the_full_report_written_beside_it(tmp_path, webhook):
    """`-o report.html --post URL`: the capped chat message says where the whole report went;
    --full-report names a link instead."""
    hook = webhook(200)
    args = ("check", EN / "original.en.txt", EN / "rewrite.en.txt", "-f", "html", "--post", hook.url,
            "--max-findings", "1")
    assert run_cli(*args, "-o", tmp_path / "report.html").returncode == 0
    assert run_cli(*args, "-o", tmp_path / "report.html", "--full-report", "https://cms.example/r/7").returncode == 0
    first, second = (r["body"]["text"] for r in hook.requests)
    assert (first.endswith("more in `report.html`._")
            and (tmp_path / "report.html").read_text().startswith("<!DOCTYPE html>"))
    assert second.endswith("more in <https://cms.example/r/7|the full report>._")
