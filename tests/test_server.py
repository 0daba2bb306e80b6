"""The real server: `tcheck serve` (uvicorn on loopback) against hostile and unlucky clients.

One server for the module, with short limits so that each case ends in seconds: a 10-second check
time limit, 2-second header and body timeouts, one worker; Apertium its machine translation.
"""
import json
import re
import select
import socket
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import FIXTURES, assert_one_line_error, capped, run_cli, tcheck_exe

EN = FIXTURES / "en-rewrite"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(*options: str, log: Path):
    """`tcheck serve` on a free port with these options, up and its models loaded: (url, port)."""
    port = free_port()
    with open(log, "w") as sink:
        proc = subprocess.Popen([tcheck_exe(), "serve", "--port", str(port), *options], stdout=sink,
                                stderr=subprocess.STDOUT,
                                preexec_fn=capped)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=5) as r:
                    if json.load(r)["models_loaded"]:
                        break
            except OSError:
                pass
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the server did not come up"
            time.sleep(0.2)
        yield url, port
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("server") / "server.log"
    with running("--verifier", "none", "--workers", "1", "--check-timeout", "10", "--body-timeout", "2",
                 "--header-timeout", "2", "--mt-engine", "apertium",
                 "--max-body", "1MB", log=log) as (url, port):
        yield url, port, log


def post_json(url: str, body: dict, timeout: float = 120) -> tuple[int, dict]:
    data = json.dumps(body).encode()
    request = urllib.request.Request(f"{url}/v1/check", data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


def pair() -> dict:
    return {"original": (EN / "original.en.txt").read_text(encoding="utf-8"),
            "translation": (EN / "rewrite.en.txt").read_text(encoding="utf-8")}


def long_pair() -> dict:
    text = " ".join(f"The council met on day {i} and approved {i + 3} new homes." for i in range(2_900))
    return {"original": text, "translation": text.replace("approved", "rejected")}


def test_a_check_answers(server):
    url, _, _ = server
    status, report = post_json(url, pair())
    assert status == 200 and report["findings"]


def test_the_editors_page_and_the_docs_are_served_with_everything_they_load(server):
    url, _, _ = server
    for path in ("/", "/docs"):
        with urllib.request.urlopen(f"{url}{path}", timeout=10) as r:
            page = r.read().decode()
        assert r.status == 200 and r.headers["Content-Type"].startswith("text/html")
        for asset in re.findall(r"""(?:src|href)=['"](/[^'"]+)['"]""", page):
            with urllib.request.urlopen(f"{url}{asset}", timeout=10) as a:
                assert a.status == 200 and a.read()


def test_an_oversized_body_gets_its_413_even_from_urllib(server):
    """urllib writes the whole body before it reads: the server drains it, so urllib sees the 413."""
    url, _, _ = server
    status, body = post_json(url, {"original": "x" * 3_000_000, "translation": "y"})
    assert status == 413 and "too large" in body["error"]


def test_the_servers_own_mt_engine_serves_a_request_that_names_none(server):
    url, _, _ = server
    es = FIXTURES / "es-market"
    status, body = post_json(url, {"original": (es / "original.en.txt").read_text(encoding="utf-8"),
                                   "translation": (es / "translation.es.txt").read_text(encoding="utf-8")})
    assert status == 200 and body["meta"]["translator"] == "apertium:spa-eng", body


def test_a_check_past_its_time_limit_is_a_503(tmp_path):
    # A server of its own with a short limit: the shared one's must let every other test's check finish.
    # 3 s: a short pair's first check (lazy loads, on a machine busy with the other tests) fits in it.
    short = {"original": "The council met on Monday.", "translation": "The council met on Tuesday."}
    with running("--verifier", "none", "--workers", "1", "--check-timeout", "3",
                 log=tmp_path / "server.log") as (url, _):
        assert post_json(url, short)[0] == 200
        status, body = post_json(url, long_pair())
        assert status == 503 and "--check-timeout" in body["error"]
        assert post_json(url, short)[0] == 200  # and the worker is free again


def test_a_body_that_stalls_gets_408(server):
    _, port, _ = server
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 1000\r\n\r\n{\"original\": ")
        answer = b""
        while not answer.endswith(b"}") and (chunk := s.recv(65536)):  # the JSON body may come apart
            answer += chunk
        answer = answer.decode(errors="replace")
    assert answer.startswith("HTTP/1.1 408") and "did not arrive within 2 s" in answer


def test_a_body_that_drips_gets_408_at_its_deadline(server):
    """One deadline for the whole body: a byte a second once kept a connection for as long as it took."""
    _, port, _ = server
    t0 = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 1000\r\n\r\n{")
        for k in range(4):  # none after 1.75 s, as for the headers (a byte met by the close resets it)
            time.sleep(max(0.0, t0 + 0.25 + 0.5 * k - time.monotonic()))
            if select.select([s], [], [], 0)[0]:
                break
            s.sendall(b" ")
        answer = b""
        while not answer.endswith(b"}") and (chunk := s.recv(65536)):  # the answer, not the lingering close
            answer += chunk
    assert answer.decode().startswith("HTTP/1.1 408") and "did not arrive within 2 s" in answer.decode()
    assert time.monotonic() - t0 < 3.5


def _answer(s: socket.socket) -> str:
    answer = b""
    while chunk := s.recv(65536):
        answer += chunk
    return answer.decode(errors="replace")


@pytest.mark.parametrize("drip", [False, True])
def test_headers_that_stall_or_drip_get_408_and_the_connection_closes(server, drip):
    _, port, log = server
    t0 = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")
        # A byte every half second, never a whole header, a quarter second out of step with the 2 s
        # deadline, and none after 1.75 s: a byte that reached the server as it closed would make the
        # kernel reset the connection, and the 408 would be lost. A deadline that each byte moved on
        # would answer at 3.75 s at the earliest.
        for k in range(4 if drip else 0):
            time.sleep(max(0.0, t0 + 0.25 + 0.5 * k - time.monotonic()))
            if select.select([s], [], [], 0)[0]:
                break
            s.sendall(b"X")
        answer = _answer(s)
    assert answer.startswith("HTTP/1.1 408") and "headers did not arrive" in answer
    assert time.monotonic() - t0 < (3.5 if drip else 8)
    assert "request headers did not arrive within 2 s; connection closed" in log.read_text()


def test_the_408_closes_lingering_so_a_client_still_sending_is_not_reset(server):
    """After its 408 the server stops writing but reads, and drops, what still comes for a while (RFC
    9112, 9.6). Had it closed outright, the client's next bytes would draw a reset, and a byte that
    met the close could destroy the 408 itself."""
    _, port, _ = server
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")
        assert _answer(s).startswith("HTTP/1.1 408")  # the answer, then the end of what the server writes
        for _ in range(3):
            s.sendall(b"X-Late: 1\r\n")  # raises BrokenPipeError or ConnectionResetError once reset
            time.sleep(0.2)


def test_a_kept_alive_connection_serves_request_after_request(server):
    import http.client

    url, port, _ = server
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for _ in range(2):
        conn.request("GET", "/healthz")
        answer = conn.getresponse()
        assert answer.status == 200 and json.load(answer)["models_loaded"]
        time.sleep(1)  # idle between requests, within the keep-alive and header deadlines
    conn.close()


def test_an_idle_connection_is_closed_without_a_word(server):
    _, port, _ = server
    t0 = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        assert _answer(s) == ""
    assert time.monotonic() - t0 < 8


def test_an_abandoned_request_is_stopped_and_logged_in_one_line(server):
    url, port, log = server
    body = json.dumps(long_pair()).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        time.sleep(0.5)  # the check has started; now the client leaves
    deadline = time.monotonic() + 60
    while "check stopped: the client went away" not in log.read_text():
        assert time.monotonic() < deadline, log.read_text()[-2000:]
        time.sleep(0.2)
    assert "Traceback" not in log.read_text()
    assert post_json(url, pair())[0] == 200


def test_an_editor_checks_a_translation_on_the_page_in_a_browser(server, tmp_path):
    """Headless Chromium opens the page, fills the form as an editor would (the texts pasted, the
    language and an English rendering under Options), submits it, and reads the report it gets."""
    from browser import chromium

    url, _, _ = server
    nb = FIXTURES / "nb-council"
    fields = {"original": (nb / "original.en.txt").read_text(encoding="utf-8"),
              "translation": (nb / "translation.nb.txt").read_text(encoding="utf-8"),
              "mt": (nb / "mt.en.txt").read_text(encoding="utf-8"), "source_lang": "nb"}
    with chromium() as page:
        page.open(f"{url}/")
        assert page.run("document.title") == "tcheck"
        fill = "".join(f"document.getElementById({json.dumps(k)}).value = {json.dumps(v)};" for k, v in fields.items())
        page.run(fill + "document.querySelector('details').open = true;")
        (tmp_path / "form.png").write_bytes(page.screenshot())
        page.run("document.querySelector('button[type=submit]').click()")
        page.wait_for_load()
        report = page.html()
        (tmp_path / "report.png").write_bytes(page.screenshot())
    assert "findings:" in report and "<h2>Side by side</h2>" in report
    assert '<del class="fact">340</del>' in report and '<ins class="fact">430</ins>' in report  # the planted number
    for shot in ("form.png", "report.png"):
        assert (tmp_path / shot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_servers_own_sensitivity(tmp_path):
    """`tcheck serve --sensitivity low` is every request's that does not ask for its own."""
    with running("--verifier", "none", "--sensitivity", "low", log=tmp_path / "server.log") as (url, _):
        assert post_json(url, pair())[1]["meta"]["sensitivity"] == "low"
        assert post_json(url, {**pair(), "sensitivity": "high"})[1]["meta"]["sensitivity"] == "high"


def test_a_bad_option_is_named_before_a_port_in_use():
    """What the user typed wrong comes first: a busy port says nothing of a --max-body of 2XB."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = run_cli("serve", "--port", port, "--max-body", "2XB", timeout=60)
    assert_one_line_error(r, "--max-body")
