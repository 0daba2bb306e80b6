"""The HTTP service, in process (FastAPI's TestClient) with the session's embedder: no model reload."""
import json
import re
import threading
from html.parser import HTMLParser
from pathlib import Path
from typing import get_args

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from reports import fixture_report, texts, validate

from conftest import FIXTURES, load_gold, unmatched
from tcheck import render
from tcheck.checker import Checker
from tcheck.choices import MT_ENGINES, SENSITIVITIES
from tcheck.errors import InputError
from tcheck.render.json import to_dict
from tcheck.service import create_app, parse_size
from tcheck.service_input import FORM_FIELDS, CheckRequest

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture(scope="module")
def checker(embedder):
    return Checker(_embedder=embedder)


@pytest.fixture(scope="module")
def client(checker):
    with TestClient(create_app(checker, token="")) as c:  # `with` runs the lifespan: models load at start-up
        yield c


def _same_report(response_json: dict, report) -> bool:
    expected = to_dict(report)
    return {**response_json, "timings": None} == {**json.loads(json.dumps(expected)), "timings": None}


def test_health_and_models(client):
    assert client.get("/healthz").json() == {"status": "ok", "models_loaded": True}
    body = client.get("/v1/models").json()
    assert body["embedder"] == "all-MiniLM-L6-v2" and isinstance(body["translation"], list)
    # Apertium's installed pairs too, as `tcheck models list` shows them (.ci/setup installs eng-spa).
    assert {"from_code": "es", "to_code": "en", "version": "spa-eng", "engine": "apertium"} in body["translation"]


def test_check_json_gives_the_cli_report(client, embedder):
    r = client.post("/v1/check", json=texts("en-rewrite"))
    assert r.status_code == 200, r.text
    validate(r.json())
    assert unmatched(r.json()["findings"], load_gold("en-rewrite"))[0] == []  # exactness is test_cli's job
    assert _same_report(r.json(), fixture_report("en-rewrite", embedder))


def test_check_multipart_files_with_mt(client, embedder):
    t = texts("nb-council")
    files = {"original": ("story.en.txt", t["original"].encode()),
             # a Windows-1252 upload is read like a file on disk
             "translation": ("story.nb.txt", t["translation"].replace("–", "-").encode("cp1252")),
             "mt": ("mt.en.txt", t["mt"].encode())}
    r = client.post("/v1/check", files=files, data={"source_lang": "nb"})
    assert r.status_code == 200, r.text
    validate(r.json())
    assert r.json()["meta"]["translation_lang"] == "nb"
    assert unmatched(r.json()["findings"], load_gold("nb-council"))[0] == []


def test_check_json_and_multipart_text_fields_agree(client, embedder):
    t = {**texts("nb-council"), "source_lang": "nb"}
    as_json = client.post("/v1/check", json=t)
    as_form = client.post("/v1/check", files={k: (None, v.encode()) for k, v in t.items()})  # fields, not files
    assert as_json.status_code == 200 and as_form.status_code == 200, (as_json.text, as_form.text)
    assert _same_report(as_json.json(), fixture_report("nb-council", embedder))
    assert _same_report(as_form.json(), fixture_report("nb-council", embedder))


EN = texts("en-rewrite")


@pytest.mark.parametrize("body, headers, status, needle", [
    (b"", {"content-type": "application/json"}, 400, "not valid JSON"),
    (b"{", {"content-type": "application/json"}, 400, "not valid JSON"),
    (b"[]", {"content-type": "application/json"}, 422, "object"),
    (json.dumps({"original": EN["original"]}),
     {"content-type": "application/json"}, 422, "translation: Field required"),
    (json.dumps({**EN, "extra": 1}), {"content-type": "application/json"}, 422, "extra"),
    (json.dumps({**EN, "source_lang": "Norwegian"}), {"content-type": "application/json"}, 422, "source_lang"),
    (json.dumps({"original": EN["original"], "translation": EN["original"]}),
     {"content-type": "application/json"}, 422, "same text"),
    (json.dumps({"original": "Fisk er godt, sa han. Vi spiste middag i går, og etterpå gikk vi en lang tur langs "
                             "havna før det ble mørkt. Kommunestyret har bestemt at kaia skal selges, men mange "
                             "innbyggere er imot planen og vil klage til statsforvalteren.",
                 "translation": EN["original"]}),
     {"content-type": "application/json"}, 422, "must be English"),
    (json.dumps({"original": "   ", "translation": EN["translation"]}),
     {"content-type": "application/json"}, 422, "empty"),
    (json.dumps({"original": EN["original"], "translation": "\x01\x02\x03\x04" * 50}),
     {"content-type": "application/json"}, 422, "binary"),
    (json.dumps({**EN, "source_lang": "zz"}), {"content-type": "application/json"}, 422, "tcheck models install zz"),
    (b"original=x", {"content-type": "text/plain"}, 415, "multipart/form-data"),
    (b"{}", {"content-type": "application/json", "content-length": "abc"}, 400, "Content-Length"),
])
def test_bad_input_is_a_4xx_with_a_json_error(client, body, headers, status, needle):
    r = client.post("/v1/check", content=body, headers=headers)
    assert r.status_code == status, r.text
    assert list(r.json()) == ["error"] and needle in r.json()["error"]
    assert "Traceback" not in r.text


def test_bad_multipart(client):
    r = client.post("/v1/check", files={"original": ("o.txt", EN["original"].encode()), "bogus": ("b.txt", b"x")})
    assert r.status_code == 422 and "bogus" in r.json()["error"]
    r = client.post("/v1/check", files={"original": ("o.txt", EN["original"].encode()),
                                        "translation": ("t.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")})
    assert r.status_code == 422 and "binary" in r.json()["error"]
    r = client.post("/v1/check", files={"original": ("o.txt", EN["original"].encode())})
    assert r.status_code == 422 and "translation" in r.json()["error"]


def test_body_limit(checker):
    with TestClient(create_app(checker, token="", max_body=10_000)) as c:
        big = {"original": EN["original"], "translation": "word " * 5000}
        r = c.post("/v1/check", json=big)
        assert r.status_code == 413 and "10,000 bytes" in r.json()["error"]
        # chunked: no Content-Length to refuse up front, so the limit is counted while reading
        r = c.post("/v1/check", content=(chunk for chunk in [b'{"original": "', b"x" * 20_000, b'"}']),
                   headers={"content-type": "application/json"})
        assert r.status_code == 413, r.text
        r = c.post("/v1/check", files={"original": ("o.txt", b"x" * 20_000), "translation": ("t.txt", b"y")})
        assert r.status_code == 413
        # The editors' page: a paste too large for the server is a page that says so, not raw JSON.
        announced = c.post("/v1/check", files={"original": ("o.txt", b"x" * 20_000), "translation": ("t.txt", b"y")},
                           headers={"accept": "text/html"})
        streamed = c.post("/v1/check", content=(chunk for chunk in [b"x" * 6_000, b"x" * 6_000]),
                          headers={"accept": "text/html", "content-type": "multipart/form-data; boundary=x"})
        for r in (announced, streamed):
            assert r.status_code == 413 and r.headers["content-type"].startswith("text/html"), r.text
            assert "10,000 bytes" in r.text


@pytest.mark.parametrize("text, size", [("2MB", 2_000_000), ("500k", 500_000), ("1000", 1000), ("1.5 MB", 1_500_000)])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["0", "0.0001k", "lots"])
def test_a_size_that_no_request_fits_is_refused(text):
    with pytest.raises(InputError, match="--max-body"):
        parse_size(text)


def test_bearer_token(checker, monkeypatch):
    monkeypatch.setenv("TCHECK_API_TOKEN", "s3cret")
    with TestClient(create_app(checker)) as c:
        assert c.get("/healthz").status_code == 200  # liveness probes carry no token
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic czNjcmV0"}):
            r = c.get("/v1/models", headers=headers)
            assert r.status_code == 401 and r.json() == {"error": "missing or wrong bearer token"}
            assert r.headers["WWW-Authenticate"] == "Bearer"
            assert c.post("/v1/check", json=EN, headers=headers).status_code == 401
        assert c.get("/v1/models", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_concurrent_requests_share_the_models(checker):
    # Four at once through a real server thread pool: each model keeps its own tokenizer safe.
    results = []
    with TestClient(create_app(checker, token="", workers=2)) as c:
        def one():
            results.append(c.post("/v1/check", json=EN))

        threads = [threading.Thread(target=one) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
    assert [r.status_code for r in results] == [200] * 4
    assert len({json.dumps(r.json()["findings"]) for r in results}) == 1


def test_two_workers_run_their_models_at_once(embedder):
    """Each check waits in the embedder until the other one is there too: with the embedder behind a
    lock of the server's, the second would wait for the first to finish, and they never meet."""
    class Meeting:
        name, multilingual = embedder.name, embedder.multilingual

        def __init__(self):
            self.barrier, self.met = threading.Barrier(2, timeout=30), []

        def embed_batch(self, texts):
            if texts and not self.met:
                try:
                    self.barrier.wait()
                    self.met.append(True)
                except threading.BrokenBarrierError:
                    pass
            return embedder.embed_batch(texts)

    meeting = Meeting()
    results = []
    with TestClient(create_app(Checker(_embedder=meeting, verifier_name="none"), token="", workers=2)) as c:
        threads = [threading.Thread(target=lambda: results.append(c.post("/v1/check", json=EN))) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
    assert [r.status_code for r in results] == [200, 200] and meeting.met


def test_unexpected_error_is_a_json_500_without_traceback(embedder):
    class Broken(Checker):
        def check(self, *args, **kwargs):
            raise RuntimeError("boom at /srv/secret/path")

    with TestClient(create_app(Broken(_embedder=embedder), token=""), raise_server_exceptions=False) as c:
        r = c.post("/v1/check", json=EN)
    assert r.status_code == 500 and r.json() == {"error": "internal error (RuntimeError)"}
    assert "secret" not in r.text and "Traceback" not in r.text


def test_committed_openapi_is_current():
    generated = json.loads(json.dumps(create_app(token="").openapi()))
    committed = json.loads((DOCS / "openapi.json").read_text(encoding="utf-8"))
    assert committed == generated, "regenerate: python -m tcheck.service > docs/openapi.json"


def test_report_schema_is_in_the_openapi_spec():
    spec = create_app(token="").openapi()
    schema = spec["paths"]["/v1/check"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["properties"]["schema_version"]["const"] == "1.6"


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_schemathesis_finds_no_server_error(checker, mode):
    """Fuzz every operation from the OpenAPI spec, in process. Positive data is schema-valid (but rarely a
    real article, so 4xx answers are right); negative data must be refused with a 4xx. Never a 5xx."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import positive_data_acceptance

    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(checker, token="fuzz-token"))
    ran = 0
    for result in schema.get_all_operations():
        op = result.ok()
        if mode == "negative" and op.path == "/healthz":
            continue  # no parameters, body or auth: nothing to make invalid
        media_types = ["application/json", "multipart/form-data"] if op.path == "/v1/check" else [None]
        for media_type in media_types:
            @given(case=op.as_strategy(schemathesis.GenerationMode(mode), media_type=media_type))
            @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            def fuzz(case):
                # The server's token, so that schemathesis' auth checks see a 401 only for the auth it breaks.
                case.call_and_validate(headers={"Authorization": "Bearer fuzz-token"},
                                       excluded_checks=[positive_data_acceptance])

            fuzz()
            ran += 1
    assert ran == (4 if mode == "positive" else 3)


def test_a_request_names_findings_to_ignore(client):
    first = client.post("/v1/check", json=texts("en-rewrite")).json()
    target = first["findings"][0]["id"]
    second = client.post("/v1/check", json={**texts("en-rewrite"), "ignore": [target]})
    assert second.status_code == 200, second.text
    validate(second.json())
    assert target not in [f["id"] for f in second.json()["findings"]] and second.json()["ignored"] == 1
    bad = client.post("/v1/check", json={**texts("en-rewrite"), "ignore": ["not-an-id"]})
    assert bad.status_code == 422 and "ignore" in bad.json()["error"]


def test_a_request_brings_a_glossary(client):
    """The en-rewrite fixture's name change, declared the same person by the request's glossary."""
    names = lambda report: [f for f in report["findings"] if f["kind"] == "name"]  # noqa: E731
    assert names(client.post("/v1/check", json=texts("en-rewrite")).json())
    r = client.post("/v1/check", json={**texts("en-rewrite"), "glossary": [["Rachel Osei", "Sarah Blake"]]})
    assert r.status_code == 200, r.text
    validate(r.json())
    assert names(r.json()) == [] and r.json()["meta"]["glossary"]
    bad = client.post("/v1/check", json={**texts("en-rewrite"), "glossary": [["only one"]]})
    assert bad.status_code == 422 and "glossary" in bad.json()["error"]


def test_a_request_chooses_a_sensitivity(client, embedder):
    """A request's sensitivity is the report's: the library's check at that level, whatever gates the
    calibration chose for it."""
    t = texts("nb-council")
    for level in ("low", "high"):
        r = client.post("/v1/check", json={**t, "sensitivity": level})
        assert r.status_code == 200, r.text
        validate(r.json())
        assert r.json()["meta"]["sensitivity"] == level
        assert _same_report(r.json(), fixture_report("nb-council", embedder, level))
    assert client.post("/v1/check", json=t).json()["meta"]["sensitivity"] == "normal"
    bad = client.post("/v1/check", json={**t, "sensitivity": "extreme"})
    assert bad.status_code == 422 and "sensitivity" in bad.json()["error"]


def test_a_request_chooses_the_answer_format(client):
    md = client.post("/v1/check", json={**texts("nb-council"), "format": "markdown"})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("**tcheck: 8 findings")
    page = client.post("/v1/check", json={**texts("nb-council"), "format": "html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.text.startswith("<!DOCTYPE html>")
    assert client.post("/v1/check", json={**texts("nb-council"), "format": "pdf"}).status_code == 422


def test_a_requests_choices_are_the_clis():
    # pydantic and the OpenAPI document need static Literals, so the request model spells them out.
    def spelled(annotation) -> list[str]:  # Literal["a", "b"] | None -> ["a", "b"]
        return [v for a in get_args(annotation) if a is not type(None)
                for v in ([a] if isinstance(a, str) else spelled(a))]

    fields = {name: spelled(CheckRequest.model_fields[name].annotation)
              for name in ("format", "mt_engine", "sensitivity")}
    assert fields == {"format": [n for n in render.NAMES if n != "terminal"],
                      "mt_engine": list(MT_ENGINES), "sensitivity": list(SENSITIVITIES)}


def test_a_request_chooses_apertium(client):
    """The es fixture through Apertium, asked for by the request of a server whose engine is Argos."""
    es = FIXTURES / "es-market"
    body = {"original": (es / "original.en.txt").read_text(encoding="utf-8"),
            "translation": (es / "translation.es.txt").read_text(encoding="utf-8"), "mt_engine": "apertium"}
    r = client.post("/v1/check", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["meta"]["translator"] == "apertium:spa-eng"
    assert unmatched(r.json()["findings"], load_gold("es-market"))[0] == []


class _Tags(HTMLParser):
    """Each start tag of a page, with its attributes."""

    def __init__(self, page: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


class _Form(HTMLParser):
    """The names of a page's form fields, and its form's action, method and encoding."""

    def __init__(self, page: str):
        super().__init__()
        self.fields, self.form = [], {}
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.form = attrs
        elif tag in ("input", "textarea", "select") and "name" in attrs:
            self.fields.append(attrs["name"])


def _as_browser_sends(page: str, **filled) -> dict:
    """Every field of the page's form, as a browser posts it: the ones left empty as ""."""
    form = _Form(page)
    return {name: (None, filled.get(name, "html" if name == "format" else "").encode()) for name in form.fields}


def test_the_page_is_a_form_that_the_check_reads(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    form = _Form(r.text)
    assert form.form == {"method": "post", "action": "v1/check", "enctype": "multipart/form-data"}
    assert set(form.fields) <= set(FORM_FIELDS) and "token" not in form.fields
    assert ({"original", "translation", "mt", "source_lang", "sensitivity", "glossary", "ignore", "format"}
            <= set(form.fields))
    assert "http://" not in r.text and "https://" not in r.text  # nothing fetched: it works offline


def test_the_pages_text_areas_take_the_direction_of_what_is_typed_in_them():
    """dir="auto": a translation in Arabic or Hebrew pasted in reads right to left, its full stop on the left."""
    from browser import chromium

    from tcheck.web import form_page

    page = form_page("0", False)
    areas = [a for t, a in _Tags(page).tags if t == "textarea"]
    assert {a["id"] for a in areas} == {"original", "translation", "mt", "glossary"}
    assert all(a.get("dir") == "auto" for a in areas), areas
    with chromium() as tab:
        tab.run(f"document.write({json.dumps(page)}); document.close()")
        direction = "(() => { const t = document.getElementById('translation'); t.value = %s; " \
                    "return getComputedStyle(t).direction; })()"
        assert tab.run(direction % json.dumps("لم يتغير شيء هنا.")) == "rtl"
        assert tab.run(direction % json.dumps("Nothing changed here.")) == "ltr"


def test_a_browser_form_post_gets_the_html_report(client, embedder):
    t = texts("nb-council")
    page = client.get("/").text
    r = client.post("/v1/check", files=_as_browser_sends(page, **t, source_lang="nb"), headers={"Accept": "text/html"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html") and r.text.startswith("<!DOCTYPE html>")
    as_json = client.post("/v1/check", json={**t, "source_lang": "nb"}).json()
    assert f"{len(as_json['findings'])} findings" in r.text
    assert '<a href="../">Check another</a>' in r.text  # back to the form; a bot's HTML has no such link
    assert "Check another" not in client.post("/v1/check", json={**t, "source_lang": "nb", "format": "html"}).text


def test_the_page_takes_a_file_or_a_pasted_text_for_each_side(client, embedder):
    """Each text has a box to paste into and a file to choose, under one name, as a browser sends them:
    an empty box beside a chosen file, a filled box beside a file input left empty."""
    t = texts("nb-council")
    fields = _Form(client.get("/").text).fields
    assert fields.count("original") == 2 and fields.count("translation") == 2
    parts = [("format", (None, b"html")), ("source_lang", (None, b"nb")), ("mt", (None, t["mt"].encode())),
             ("original", (None, b"")), ("original", ("story.en.txt", t["original"].encode(), "text/plain")),
             ("translation", (None, t["translation"].encode())),
             ("translation", ("", b"", "application/octet-stream"))]
    r = client.post("/v1/check", files=parts, headers={"Accept": "text/html"})
    assert r.status_code == 200, r.text
    assert f"{len(client.post('/v1/check', json={**t, 'source_lang': 'nb'}).json()['findings'])} findings" in r.text
    neither = [("format", (None, b"html")), ("original", (None, b"")), ("original", ("", b"", "text/plain")),
               ("translation", (None, t["translation"].encode()))]
    r = client.post("/v1/check", files=neither, headers={"Accept": "text/html"})
    assert r.status_code == 422 and "original" in r.text


def test_a_form_brings_glossary_ignore_and_sensitivity(client):
    """The form's text fields carry what a JSON request's fields do, in a glossary file's format."""
    t = texts("en-rewrite")
    names = lambda r: [f for f in r.json()["findings"] if f["kind"] == "name"]  # noqa: E731
    page = client.get("/").text
    plain = client.post("/v1/check", files=_as_browser_sends(page, **t, format="json"))
    assert names(plain)
    target = next(f["id"] for f in plain.json()["findings"] if f["kind"] != "name")
    form = _as_browser_sends(page, **t, format="json", sensitivity="high", ignore=f" {target}, ",
                             glossary="# people\nRachel Osei,Sarah Blake\n")
    r = client.post("/v1/check", files=form)
    assert r.status_code == 200, r.text
    validate(r.json())
    assert names(r) == [] and r.json()["meta"]["glossary"] and r.json()["meta"]["sensitivity"] == "high"
    assert target not in [f["id"] for f in r.json()["findings"]] and r.json()["ignored"] == 1
    bad = client.post("/v1/check", files={**form, "glossary": (None, b"only one term\n")})
    assert bad.status_code == 422 and "glossary: line 1" in bad.json()["error"]


def test_a_browser_sees_an_error_page(client):
    page = client.get("/").text
    r = client.post("/v1/check", files=_as_browser_sends(page, translation="Noe tekst."),
                    headers={"Accept": "text/html"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "original" in r.text and "Traceback" not in r.text
    assert client.post("/v1/check", files=_as_browser_sends(page, translation="Noe tekst.")).json()["error"]


def test_the_error_page_speaks_of_the_forms_options_not_of_fields_and_commands(client):
    """An editor on the page has no shell on the server and no request fields: the options it shows."""
    page = client.get("/").text
    spanish = ("El ayuntamiento aprobó el martes un plan de reconstrucción del puerto. "
               "La oposición no apoyó el plan y pidió más tiempo para estudiarlo.")
    r = client.post("/v1/check", files=_as_browser_sends(page, original="The council approved a plan on Tuesday.",
                                                         translation=spanish), headers={"Accept": "text/html"})
    said = BeautifulSoup(r.text, "html.parser").select_one("div.error p").get_text()
    assert r.status_code == 422 and "ask whoever runs this server to run `tcheck models install es`" in said, said
    assert "mt_engine" not in said and "source_lang" not in said and "422" not in said
    assert "(Options, Machine translation: Apertium)" in said and "under Options, Language of the translation" in said
    bot = client.post("/v1/check", json={"original": "The council approved a plan on Tuesday.",
                                         "translation": spanish}).json()["error"]
    assert "mt_engine apertium" in bot and "run `tcheck models install es`" in bot  # a bot reads its fields


def test_a_form_brings_the_token_that_a_browser_cannot_send_as_a_header(checker, monkeypatch):
    monkeypatch.setenv("TCHECK_API_TOKEN", "s3cret")
    with TestClient(create_app(checker)) as c:
        page = c.get("/")
        assert page.status_code == 200 and "token" in _Form(page.text).fields  # the page itself is public
        t = texts("en-rewrite")
        assert c.post("/v1/check",
                      files=_as_browser_sends(page.text, **t, format="json", token="s3cret")).status_code == 200
        for wrong in ("", "guess"):
            r = c.post("/v1/check", files=_as_browser_sends(page.text, **t, format="json", token=wrong))
            assert r.status_code == 401 and r.json() == {"error": "missing or wrong bearer token"}
        # A header, where given, decides: a right form token does not mend a wrong header.
        r = c.post("/v1/check", files=_as_browser_sends(page.text, **t, token="s3cret"),
                   headers={"Authorization": "Bearer no"})
        assert r.status_code == 401


def test_docs_work_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200
    scripts = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", page.text)
    assert scripts and all(s.startswith("/") for s in scripts), scripts  # no CDN
    for s in scripts:
        assert client.get(s).status_code == 200, s
    assert client.get("/redoc").status_code == 200


@pytest.mark.parametrize("cache", [{}, {"embed_cache": 0}], ids=["default", "none"])
def test_the_embed_cache_remembers_an_articles_sentences_between_requests(embedder, cache):
    """`--embed-cache`: a repeated article is answered from memory, with the same report. The app
    remembers by default, as `tcheck serve` does; with 0 it asks the model again."""
    class Seeing:
        name, multilingual = embedder.name, embedder.multilingual

        def __init__(self):
            self.seen: list[str] = []

        def embed_batch(self, texts):
            self.seen += texts
            return embedder.embed_batch(texts)

    inner = Seeing()
    with TestClient(create_app(Checker(_embedder=inner, verifier_name="none"), token="", **cache)) as c:
        first = c.post("/v1/check", json=texts("en-rewrite"))
        asked = len(inner.seen)
        again = c.post("/v1/check", json=texts("en-rewrite"))
    assert first.status_code == again.status_code == 200 and asked > 0
    assert len(inner.seen) == (2 * asked if cache else asked)  # from memory, unless there is none
    assert {**first.json(), "timings": None} == {**again.json(), "timings": None}


@pytest.mark.parametrize("cache", [{}, {"embed_cache": 0}], ids=["default", "none"])
def test_the_memory_keeps_each_sentences_english_between_requests(embedder, monkeypatch, cache):
    """The same memory keeps each sentence's English: a Norwegian article checked again after an edit
    is translated anew only where it changed (here the last sentence), and reports as before."""
    from tcheck.backends import argos

    asked: list[str] = []

    class Translating:
        name = "argos:nb-en@test"

        def __init__(self, lang, beam_size=2, threads=None):
            pass

        def translate_batch(self, sentences):
            asked.extend(sentences)
            return [f"The council met ({len(s.split())})." for s in sentences]

    monkeypatch.setattr(argos, "ArgosTranslator", Translating)
    monkeypatch.setattr(argos, "described", lambda lang, beam=2: (Translating.name, f"{Translating.name}/beam={beam}"))
    nb = (FIXTURES / "nb-council" / "translation.nb.txt").read_text(encoding="utf-8")
    original = (FIXTURES / "nb-council" / "original.en.txt").read_text(encoding="utf-8")
    edited = nb.rstrip() + " Kommunestyret møttes igjen i går kveld.\n"
    with TestClient(create_app(Checker(_embedder=embedder, verifier_name="none"), token="", **cache)) as c:
        first = c.post("/v1/check", json={"original": original, "translation": nb, "source_lang": "nb"})
        sentences = len(asked)
        again = c.post("/v1/check", json={"original": original, "translation": nb, "source_lang": "nb"})
        repeated = len(asked) - sentences
        c.post("/v1/check", json={"original": original, "translation": edited, "source_lang": "nb"})
    assert first.status_code == again.status_code == 200 and sentences > 10
    assert {**first.json(), "timings": None} == {**again.json(), "timings": None}
    # From memory, unless there is none ({"embed_cache": 0}); the edit's one new sentence is translated either way.
    assert (repeated, len(asked)) == ((sentences, 3 * sentences + 1) if cache else (0, sentences + 1))
    assert asked[-1] == "Kommunestyret møttes igjen i går kveld."


def test_serve_gives_each_check_its_share_of_the_cores_and_the_shared_translator_them_all(monkeypatch):
    """`tcheck serve --workers 4` on 8 cores: a named model runs each check on 2 threads, while the one
    Argos translator that every check shares gets 8 workers, which take the parts of whatever batches
    the checks send at once (a check alone translates on all 8)."""
    import uvicorn

    from tcheck import service
    from tcheck.backends import argos, onnx, prepared

    made: dict = {}
    monkeypatch.setattr(prepared, "threads", lambda concurrent=1: 8 // concurrent)
    monkeypatch.setattr(onnx, "share", lambda cores: made.setdefault("shared", cores))
    monkeypatch.setattr(service, "create_app", lambda checker, **kw: made.setdefault("checker", checker))
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    service.serve("127.0.0.1", 8080, workers=4)
    checker = made["checker"]

    class Translating:
        def __init__(self, lang, beam_size=2, threads=None):
            made["translator threads"] = threads

    monkeypatch.setattr(argos, "ArgosTranslator", Translating)
    checker.translator("nb")
    assert (made["shared"], checker.threads, made["translator threads"]) == (8, 2, 8)


def test_a_field_that_fails_its_pattern_is_said_in_words(client):
    """An editor on the page reads what the field should hold, not a regular expression."""
    r = client.post("/v1/check", json={**EN, "ignore": ["bogus"], "source_lang": "Spanish"})
    assert r.status_code == 422
    assert r.json()["error"] == ("source_lang: 'Spanish' is no language code (an ISO 639-1 code such as nb, es or "
                                 "de); ignore.0: 'bogus' is no finding id (they look like f-0123456789ab)")
    page = client.post("/v1/check", files={"original": ("o.txt", EN["original"].encode())},
                       data={"translation": EN["translation"], "ignore": "bogus"}, headers={"accept": "text/html"})
    assert page.status_code == 422 and "is no finding id" in page.text and 'href="../">start again' in page.text


def test_a_request_is_told_of_its_fields_not_the_command_lines_options(client, tmp_path, monkeypatch):
    """A language code in any case, as the CLI takes it; a message names source_lang and mt_engine."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path))  # no Argos model: the message suggests the rest
    r = client.post("/v1/check", json={**EN, "source_lang": "ZZ"})
    assert r.status_code == 422 and "tcheck models install zz" in r.json()["error"], r.text
    es = (FIXTURES / "es-market" / "translation.es.txt").read_text(encoding="utf-8")
    error = client.post("/v1/check", json={"original": EN["original"], "translation": es}).json()["error"]
    assert "give source_lang" in error and "mt_engine apertium" in error and "--" not in error, error


def test_pasted_white_space_is_empty_text_not_an_empty_file(client):
    r = client.post("/v1/check", json={**EN, "original": "  \n "})
    assert r.status_code == 422 and r.json()["error"] == "original: is empty (nothing but white space)", r.text
