"""Reports for the renderer, post and service tests: the fixtures checked once, and a hand-made one."""
from __future__ import annotations

import functools

from conftest import FIXTURES

from tcheck.ignore import with_ids
from tcheck.types import Bead, Document, Finding, Report, Scores, Segment

NB = FIXTURES / "nb-council"
EN = FIXTURES / "en-rewrite"


def texts(name: str) -> dict[str, str]:
    """The fixture's files as the service takes them: original, translation and (nb) the English rendering."""
    if name == "nb-council":
        files = {"original": "original.en.txt", "translation": "translation.nb.txt", "mt": "mt.en.txt"}
        folder = NB
    else:
        files = {"original": "original.en.txt", "translation": "rewrite.en.txt"}
        folder = EN
    return {k: (folder / v).read_text(encoding="utf-8") for k, v in files.items()}


@functools.lru_cache(maxsize=None)
def fixture_report(name: str, embedder, sensitivity: str = "normal") -> Report:
    """The fixture checked once per session with the session's embedder (no model reload)."""
    from tcheck.checker import Checker, Source
    from tcheck.pipeline import Config

    t = texts(name)
    mt = Source(t["mt"], "mt", "en") if "mt" in t else None
    lang = "nb" if name == "nb-council" else "en"
    return Checker(_embedder=embedder).check(Source(t["original"], "original", "en"),
                                             Source(t["translation"], "translation", lang), mt,
                                             config=Config.for_sensitivity(sensitivity))


def hostile_report() -> Report:
    """A tiny report whose texts are full of HTML and Markdown syntax, for escaping tests."""
    o = Document((Segment("Fish & <b>chips</b> cost *£4* at [Joe's](http://x)", 0),
                  Segment("2024. The <script>alert(1)</script> council met.", 1),
                  Segment("Nothing | changed here", 2)), "en")
    t = Document((Segment("Fisk & <b>pommes</b> koster *£5* hos [Joe's](http://x)", 0),
                  Segment("Ingenting | endret her", 1),
                  Segment("# Et tillegg med <img src=x onerror=alert(1)>", 2)), "nb")
    en = ("Fish & <b>chips</b> cost *£5* at [Joe's](http://x)", "Nothing | changed here",
          "# An addition with <img src=x onerror=alert(1)>")
    findings = (
        Finding("altered", "number", "critical", o.segments[0].text, t.segments[0].text, en[0],
                (0,), (0,), 0.97, 80.0),
        Finding("dropped", "claim", "major", o.segments[1].text, None, None, (1,), ()),
        Finding("added", "claim", "major", None, t.segments[2].text, en[2], (), (2,)),
    )
    beads = (Bead((0,), (0,), 0.97), Bead((1,), (), 0.2), Bead((2,), (1,), 0.99), Bead((), (2,), 0.1))
    return Report(o, t, en, beads, tuple(with_ids(list(findings))), Scores(41.2, 63.4, 0.667, "bleu-sig", "chrf-sig"),
                  {"original_lang": "en", "translation_lang": "nb", "translator": "stub", "embedder": "stub"},
                  {"translate": 0.0, "embed": 0.1})


def validate(report_json: dict) -> None:
    """Fail unless a JSON report conforms to the shipped schema (every JSON output in the tests goes through this)."""
    import jsonschema

    from tcheck.schema import report_schema

    jsonschema.Draft202012Validator(report_schema(), format_checker=jsonschema.FormatChecker()).validate(report_json)


def repeated_report() -> Report:
    """A quoted term that the translation puts its own way in two sentences, and a number changed once."""
    o = Document((Segment('The "joint tours" start in May.', 0), Segment("They cost 40 euros.", 1),
                  Segment('Sales of "joint tours" doubled.', 2)), "en")
    en = ('The "connected travel" starts in May.', "They cost 45 euros.", 'Sales of "connected travel" doubled.')
    t = Document(tuple(Segment(text, i) for i, text in enumerate(en)), "en")

    def quote(i: int) -> Finding:
        return Finding("altered", "quote", "major", o.segments[i].text, en[i], en[i], (i,), (i,),
                       before="joint tours", after="connected travel")

    findings = (quote(0), Finding("altered", "number", "critical", o.segments[1].text, en[1], en[1],
                                  (1,), (1,), before="40", after="45"), quote(2))
    beads = tuple(Bead((i,), (i,), 0.9) for i in range(3))
    return Report(o, t, en, beads, tuple(with_ids(list(findings))), Scores(40.0, 60.0, 1.0),
                  {"original_lang": "en", "translation_lang": "en", "translator": "none", "embedder": "stub"}, {})
