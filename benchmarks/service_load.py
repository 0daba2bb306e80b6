"""Load on `tcheck serve`: throughput and latency under concurrent requests, then memory over a long run.

Starts the server on 127.0.0.1 in a subprocess, sends a bounded number of requests from this process
(loopback only), and stops the server when done. The pair (~40 sentences) is English vs English, so
no translation model is needed; or, with `--pair nb`, the Norwegian translation, translated by an
Argos-sized package built and installed as benchmarks/argos_speed.py does (random weights: the time
is real, the English is not). Run by hand:

    python benchmarks/service_load.py [--requests 200] [--memory-requests 1000] [--concurrency 4] [--new-articles 20]
                                      [--fresh-requests 40] [--workers 2] [--edits 0] [--pair en]

`--edits N` sends the pair N times in turn, each time with one more of its sentences edited: a bot's
re-check after each edit, where all but the edited sentence were translated, embedded and judged
before.

`--new-articles N` first sends N requests one at a time, each an article no request sent before (every
sentence of the pair marked with the request's number, so the embedder's memory serves none of
them): the latency of an editor's first check of a story. `--fresh-requests N` sends N such new
articles `--concurrency` at a time: how the server's workers share the cores where no sentence is
remembered (run it with --workers 1 and 2 to see them scale).
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
ORIGINAL = ROOT / "fixtures/nb-council/original.en.txt"
TRANSLATION = ROOT / "fixtures/nb-council/mt.en.txt"  # the English rendering: English vs English
NORWEGIAN = ROOT / "fixtures/nb-council/translation.nb.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # kB -> MB
    return float("nan")


def start_server(port: int, workers: int, log, embed_cache: int) -> subprocess.Popen:
    exe = Path(sys.executable).parent / "tcheck"
    env = {k: v for k, v in os.environ.items() if k != "TCHECK_API_TOKEN"}
    # The server's log goes to a file: a pipe nobody reads would fill up and stall the server.
    return subprocess.Popen([str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
                             "--embed-cache", str(embed_cache)],
                            stdout=log, stderr=subprocess.STDOUT, env=env)


def wait_ready(base: str, server: subprocess.Popen, log, timeout: float = 300) -> float:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if server.poll() is not None:
            log.seek(0)
            raise SystemExit(f"server exited: {log.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"{base}/healthz", timeout=2).json().get("models_loaded"):
                return time.perf_counter() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("server did not become ready")


def run_load(base: str, body: dict, total: int, concurrency: int, fresh: str = "") -> tuple[float, list[float], int]:
    """Send `total` requests, `concurrency` at a time; return (wall seconds, latencies, failures).
    `fresh`: each request a new article (every sentence marked with the request's number and `fresh`)."""
    local = threading.local()

    def one(k: int) -> tuple[float, bool]:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=base, timeout=300)
        sent = {side: text.replace(".", f" ({fresh}{k}).") for side, text in body.items()} if fresh else body
        t0 = time.perf_counter()
        r = local.client.post("/v1/check", json=sent)
        return time.perf_counter() - t0, r.status_code == 200

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, range(total)))
    return time.perf_counter() - t0, [lat for lat, _ in results], sum(1 for _, ok in results if not ok)


def in_turn(base: str, bodies) -> tuple[float, list[float], int]:
    """Each body sent in turn, one request at a time: (wall seconds, latencies, failures)."""
    latencies, failures = [], 0
    t0 = time.perf_counter()
    with httpx.Client(base_url=base, timeout=300) as client:
        for body in bodies:
            start = time.perf_counter()
            failures += client.post("/v1/check", json=body).status_code != 200
            latencies.append(time.perf_counter() - start)
    return time.perf_counter() - t0, latencies, failures


def new_articles(base: str, body: dict, total: int) -> tuple[float, list[float], int]:
    """`total` requests in turn, each with every sentence new."""
    return in_turn(base, ({side: text.replace(".", f" ({k}).") for side, text in body.items()} for k in range(total)))


def edited(base: str, body: dict, total: int) -> tuple[float, list[float], int]:
    """The pair, sent once unchanged (not counted, but for a failure) and then `total` times in turn,
    each time with one more sentence of the translation edited."""
    unchanged_failed = httpx.post(f"{base}/v1/check", json=body, timeout=300).status_code != 200
    parts = body["translation"].split(". ")

    def bodies():
        for k in range(1, total + 1):
            parts[k % len(parts)] += f" ({k})"
            yield {**body, "translation": ". ".join(parts)}

    wall, latencies, failures = in_turn(base, bodies())
    return wall, latencies, failures + unchanged_failed


def report(label: str, wall: float, lat: list[float], failures: int) -> None:
    p50, p95 = np.percentile(lat, [50, 95])  # statistics.quantiles needs two requests; a run may make one
    print(f"{label}: {len(lat)} requests in {wall:.1f} s = {len(lat) / wall:.2f} req/s; "
          f"latency p50 {p50:.2f} s, p95 {p95:.2f} s, max {max(lat):.2f} s; non-200: {failures}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200, help="the same pair, `--concurrency` at a time (0 skips)")
    ap.add_argument("--memory-requests", type=int, default=1000, help="0 skips the memory run")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--new-articles", type=int, default=20,
                    help="requests of a new article each, one at a time (0 skips)")
    ap.add_argument("--fresh-requests", type=int, default=0,
                    help="then this many requests, `--concurrency` at a time, each a new article (0 skips)")
    ap.add_argument("--edits", type=int, default=0,
                    help="requests of the pair, one at a time, each with one more sentence edited (0 skips)")
    ap.add_argument("--pair", choices=("en", "nb"), default="en",
                    help="en: English vs English; nb: the Norwegian translation, through an Argos-sized package "
                         "built here")
    ap.add_argument("--workers", type=int, default=2, help="tcheck serve --workers (checks run at once)")
    ap.add_argument("--embed-cache", type=int, default=20_000,
                    help="tcheck serve --embed-cache; 0 embeds every sentence of every request anew")
    args = ap.parse_args()
    translation = TRANSLATION if args.pair == "en" else NORWEGIAN
    body = {"original": ORIGINAL.read_text(encoding="utf-8"), "translation": translation.read_text(encoding="utf-8")}
    if args.pair == "nb":
        from tcheck.cache import cache_dir

        os.environ["TCHECK_CACHE"] = str(cache_dir())  # the models' exports as they are, not made again
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import argos_speed  # on import, points Argos (the server's too) at a folder of its own

        argos_speed.build()
        body["source_lang"] = "nb"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tempfile.TemporaryFile()
    server = start_server(port, args.workers, log, args.embed_cache)
    try:
        ready = wait_ready(base, server, log)
        rss_ready = rss_mb(server.pid)
        run_load(base, body, 2 * args.concurrency, args.concurrency)  # warm-up: first-use caches (lingua, wordfreq)
        rss_warm = rss_mb(server.pid)
        kind = "English vs English" if args.pair == "en" else "Norwegian, an Argos-sized package"
        print(f"pair: {ORIGINAL.name} vs {translation.name} ({kind}); {os.cpu_count()} CPUs; "
              f"server --workers {args.workers} --embed-cache {args.embed_cache}; "
              f"client concurrency {args.concurrency}")
        print(f"start-up to ready (models loaded): {ready:.1f} s; "
              f"RSS ready {rss_ready:.0f} MB, after warm-up {rss_warm:.0f} MB")
        if args.edits:
            report("one sentence edited each time", *edited(base, body, args.edits))
        if args.new_articles:
            report("new articles, one at a time", *new_articles(base, body, args.new_articles))
        if args.requests:
            report("throughput run", *run_load(base, body, args.requests, args.concurrency))
        if args.fresh_requests:
            report("throughput run, each request a new article",
                   *run_load(base, body, args.fresh_requests, args.concurrency, fresh="fresh "))
        rss_start = rss_mb(server.pid)
        if args.memory_requests < 2:
            return
        wall, lat, failures = run_load(base, body, args.memory_requests, args.concurrency)
        report("memory run", wall, lat, failures)
        print(f"server RSS: start of memory run {rss_start:.0f} MB, end {rss_mb(server.pid):.0f} MB, "
              f"peak (VmHWM) {rss_mb(server.pid, 'VmHWM'):.0f} MB")
    finally:
        server.send_signal(signal.SIGINT)  # uvicorn shuts down cleanly on SIGINT
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


if __name__ == "__main__":
    main()
