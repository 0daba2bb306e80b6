"""The audit's progress: a line at a time where stderr is a log or a pipe, and an ETA at its own rate."""
from tcheck.audit import progress


def test_a_log_gets_a_line_at_a_time_and_one_at_the_end(monkeypatch, capsys):
    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)
    with progress.bar(10) as advance:
        advance(3, 3)  # unreadable files: error rows at once, before any check
        advance(2)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("tcheck audit: 3/10 pairs, 3 errors, -- pairs/min, ETA -:--:--")
    assert len(lines) == 3 and all(x.startswith("tcheck audit: 5/10 pairs, 3 errors,") for x in lines[1:])


def test_the_eta_follows_the_rate_shown_beside_it(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(progress.time, "monotonic", lambda: now[0])
    fields = {"first": 100.0, "first_n": 8}  # 8 error rows at once, then 5 pairs a minute
    now[0] = 160.0
    assert progress._rate(fields, 13) == 5.0
    assert progress._eta(fields, 13, 300) == "0:57:24"  # 287 pairs at 5 a minute, not seconds


def test_no_bar_and_no_line_when_it_is_off(capsys):
    with progress.bar(10, enabled=False) as advance:
        advance(10)
    assert capsys.readouterr().err == ""
