"""Send a report to a webhook: Slack (`{"text": mrkdwn}`), Markdown (`{"text": markdown}`, for
Mattermost and other Markdown chats) or generic (the JSON report).

A post is a side effect of a check, never its result: callers report a PostError and carry on.
Transient failures (network errors, timeouts, 429 and 5xx) are retried with exponential backoff;
any other 4xx will not get better by asking again, so it fails at once.
"""
from __future__ import annotations

import logging
import threading
import time

import httpx

from .choices import PostFormat
from .errors import TcheckError
from .render import words
from .types import Report

log = logging.getLogger("tcheck")

TRIES = 3
TIMEOUT = 10.0  # seconds per network read or write; a chat webhook that takes longer is down
DEADLINE = 60.0  # seconds for the whole post, all tries: a server that drips bytes resets TIMEOUT forever
BACKOFF = 0.5  # seconds before the 2nd try, doubled before each further one
MAX_RETRY_AFTER = 30.0  # a server asking us to wait longer than this gets no further try


class PostError(TcheckError):
    """The report could not be delivered to the webhook."""


def check_url(url: str) -> None:
    """A webhook URL that cannot work, said before the check runs rather than after it."""
    if not url.strip():
        raise PostError("cannot post: the webhook URL is empty (an unset variable in `--post \"$VAR\"`?)")
    try:
        u = httpx.URL(url)
    except Exception:
        raise PostError("cannot post: the webhook URL is not a valid URL") from None
    if u.scheme not in ("http", "https") or not u.host:
        raise PostError("cannot post: the webhook URL must start with http:// or https:// and name a host")


def payload(report: Report, fmt: PostFormat = "slack", max_findings: int | None = None,
            full_report: str | None = None) -> dict:
    """`max_findings`: at most that many findings in a chat message (None: Slack's default cap, or
    all in Markdown); `full_report`: where the whole report is (a URL or file name), named there."""
    if fmt == "json":
        from .render.json import to_dict

        return to_dict(report)
    if fmt == "markdown":
        from .render.markdown import render

        return {"text": render(report, max_findings, full_report=full_report)}
    from .render import slack

    return {"text": slack.render(report, slack.MAX_FINDINGS if max_findings is None else max_findings, full_report)}


def post(report: Report, url: str, fmt: PostFormat = "slack", *, max_findings: int | None = None,
         full_report: str | None = None,
         tries: int = TRIES, timeout: float = TIMEOUT,
         backoff: float = BACKOFF, deadline: float = DEADLINE,
         transport: httpx.BaseTransport | None = None) -> httpx.Response:
    """POST the report to `url`; return the successful response, or raise PostError after `tries`
    tries or when `deadline` seconds have passed, whichever comes first."""
    body = payload(report, fmt, max_findings, full_report)
    outcome: dict = {}

    def attempt() -> None:
        try:
            outcome["response"] = _post(body, url, tries, timeout, backoff, transport)
        except BaseException as e:  # handed to the caller's thread below
            outcome["error"] = e

    # httpx bounds each read, not a whole request. A daemon thread is left behind, not waited for:
    # the process may end while it still hangs on the socket.
    worker = threading.Thread(target=attempt, daemon=True, name="tcheck-post")
    worker.start()
    worker.join(deadline)
    if worker.is_alive():
        raise PostError(f"post to {_safe(url)} failed: no complete answer within {deadline:.0f} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["response"]


def _post(body: dict, url: str, tries: int, timeout: float, backoff: float,
          transport: httpx.BaseTransport | None) -> httpx.Response:
    from .version import __version__

    headers = {"User-Agent": f"tcheck/{__version__}"}
    with httpx.Client(timeout=timeout, transport=transport, headers=headers, follow_redirects=True) as client:
        for attempt in range(1, tries + 1):
            wait = backoff * 2 ** (attempt - 1)
            try:
                response = client.post(url, json=body)
            except httpx.InvalidURL:
                raise PostError("cannot post: the webhook URL is not a valid URL") from None
            except httpx.UnsupportedProtocol:
                raise PostError("cannot post: the webhook URL must start with http:// or https://") from None
            except httpx.HTTPError as e:  # connection refused, DNS, timeouts: worth another try
                problem = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
            else:
                if response.is_success:
                    return response
                problem = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                if response.status_code != 429 and response.status_code < 500:
                    raise PostError(f"post to {_safe(url)} failed: {problem}")
                wait = max(wait, _retry_after(response))
                if wait > MAX_RETRY_AFTER:
                    break
            if attempt < tries:
                log.info("post to %s failed (%s); try %d of %d in %.1f s",
                         _safe(url), problem, attempt + 1, tries, wait)
                time.sleep(wait)
    raise PostError(f"post to {_safe(url)} failed after {words.counted(attempt, 'try', 'tries')}: {problem}")


def _retry_after(response: httpx.Response) -> float:
    try:
        return float(response.headers.get("Retry-After", 0))
    except ValueError:  # the HTTP-date form: not worth parsing for a chat post
        return 0.0


def _safe(url: str) -> str:
    """The URL without its path: a Slack webhook's path is its secret and must not land in logs."""
    try:
        u = httpx.URL(url)
        return f"{u.scheme}://{u.netloc.decode()}/…"
    except Exception:
        return "the webhook"
