"""The Markdown report, read back through a CommonMark parser with strikethrough (as GitHub and chat tools do)."""
import pytest
from markdown_it import MarkdownIt
from reports import fixture_report, hostile_report, repeated_report

from tcheck.render import FORMATS, markdown
from tcheck.render.diff import word_diff

_md = MarkdownIt("commonmark").enable("strikethrough")


@pytest.fixture(scope="module")
def nb_report(embedder):
    return fixture_report("nb-council", embedder)


@pytest.fixture(scope="module")
def nb(nb_report):
    return markdown.render(nb_report)


def test_registered():
    assert FORMATS["markdown"] is markdown.render


def test_verdict_then_counts_then_findings(nb, nb_report):
    lines = nb.splitlines()
    assert lines[0] == f"**tcheck: {len(nb_report.findings)} findings in the translation** (nb → en)"
    counts = " · ".join(f"{t.capitalize()} {nb_report.count(t)}" for t in ("added", "dropped", "altered"))
    assert lines[1].startswith(counts + " · BLEU ")
    assert [ln.split("**")[1] for ln in lines if ln.startswith("**") and ln[2].isdigit()] == [
        f"{n}. {f.type.capitalize()}" for n, f in enumerate(nb_report.findings, 1)]


def test_changed_words_are_struck_and_marked_the_fact_strongly(nb, nb_report):
    html = _md.render(nb)
    # the planted changes (fixtures/README.md): the fact struck and bold, its replacement bold ...
    assert "<s><strong>340</strong></s>" in html and "<strong>430</strong>" in html
    # the stop is the sentence's, not the fact's; the affirmative side marks the words that it negates
    assert "<s><strong>March</strong></s>." in html and "<strong>May</strong>." in html
    assert "<em>did</em> <strong>not</strong> <em>approve</em>" in html
    assert "Governor <s><strong>approved</strong></s> the zoning plan" in html
    # ... and the paraphrase around it lightly
    assert "<s>said</s>" in html and "<em>stated that</em>" in html
    assert "Selskapet har opplyst at prosjektet vil skape rundt 430 arbeidsplasser" in html
    # each side of a finding is one quote; the foreign text gets its own beside its English rendering
    quotes = sum(bool(f.original) + bool(f.translation) + (f.translation_en not in (None, f.translation))
                 for f in nb_report.findings)
    assert html.count("<blockquote>") == quotes


def _finding_text(nb: str, nb_report, type_: str, needle: str) -> str:
    n = next(i for i, f in enumerate(nb_report.findings, 1)
             if f.type == type_ and f.kind == "claim" and needle in (f.original or f.translation))
    return nb.split(f"**{n}. {type_.capitalize()}**")[1].split(f"**{n + 1}.")[0]


def test_whole_claim_added_or_dropped_quotes_one_side_unmarked(nb, nb_report):
    dropped = _finding_text(nb, nb_report, "dropped", "Around 600 people")
    assert ("> Around 600 people have signed a petition" in dropped and "~~" not in dropped
            and "Translation" not in dropped)
    added = _finding_text(nb, nb_report, "added", "Senterpartiet")
    assert "Original:" not in added and "**" not in added.split("\n", 1)[1]
    assert "> Senterpartiet har tidligere stemt mot alle salg" in added


def test_markup_in_the_texts_is_escaped():
    html = _md.render(markdown.render(hostile_report()))
    for tag in ("<script", "<b>", "<img", "<a ", "<h1", "<ol", "<li"):
        assert tag not in html, tag
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<s>*£4*</s>" in html and "<em>*£5*</em>" in html  # the asterisks are text, not emphasis
    assert "# An addition with &lt;img" in html and "2024. The" in html


def test_clean_report_is_one_line_verdict():
    r = hostile_report()
    clean = type(r)(r.original, r.translation, r.translation_en, r.beads, (), r.scores, r.meta)
    text = markdown.render(clean)
    assert text.splitlines()[0] == "**tcheck: no added, dropped or altered claims found** (nb → en)"
    assert len(text.splitlines()) == 2


@pytest.mark.parametrize("a, b, a_changed, b_changed", [
    ("The council met on 27 March.", "The council met on 27 May.", ["March"], ["May"]),
    # quotes, brackets and stops at a run's ends are the text's; a sign of the fact or an
    # abbreviation's stops are the fact's, and a run of nothing but punctuation stays
    ('He said "we won," and left (at 40%).', 'He said "they lost," and left (at $50).', ["we won", "40%"],
     ["they lost", "$50"]),
    ("Made in the U.S., he said.", "Made in the U.K., he said.", ["U.S."], ["U.K."]),
    ("It was – again – late.", "It was late.", ["– again –"], []),
    ("He said no.", "He said no.", [], []),
    ("Rachel Osei led it.", "Sarah Blake led it",  # "it." == "it": punctuation ignored
     ["Rachel Osei"], ["Sarah Blake"]),
    ("“Quote” here", '"quote" here', [], []),  # quote style and case ignored
    ("", "Added text", [], ["Added text"]),
])
def test_word_diff(a, b, a_changed, b_changed):
    ra, rb = word_diff(a, b)
    assert "".join(t for _, t in ra) == a and "".join(t for _, t in rb) == b
    assert [t for op, t in ra if op == "changed"] == a_changed
    assert [t for op, t in rb if op == "changed"] == b_changed


def test_mentions_issue_references_and_urls_are_inert():
    text = markdown.escape("Ask @alice and @org/team about #12; see https://evil.example and www.evil.example")
    html = _md.render(text)
    assert "@alice" not in text and "#12" not in text and "https://" not in text and "www." not in text
    assert "@\u2060alice" in text and "#\u206012" in text  # still reads the same
    assert "<a " not in html
    assert markdown.escape("mail ola@vg.no") == "mail ola@vg.no"  # an address is no mention


def test_folded_for_github(nb, nb_report):
    """Each finding a <details> block: its one-line summary shown, its evidence (the same Markdown as
    unfolded) inside, as GitHub's renderer reads a comment: HTML blocks with Markdown between them."""
    folded = markdown.render(nb_report, fold=True)
    html = _md.render(folded)
    assert html.count("<details><summary>") == html.count("</details>") == len(nb_report.findings)
    assert "<s><strong>340</strong></s>" in html and "<strong>430</strong>" in html  # the evidence is still Markdown
    quoted = lambda text: [ln for ln in text.splitlines() if ln.startswith(">")]  # noqa: E731
    assert quoted(folded) == quoted(nb)
    for n, f in enumerate(nb_report.findings, 1):
        assert f"<summary><b>{n}. {f.type.capitalize()}</b> ({f.severity}, {f.kind}" in folded
        assert f"<code>{f.id}</code>" in folded


def test_folded_summaries_are_escaped():
    folded = markdown.render(hostile_report(), fold=True)
    summaries = [ln for ln in folded.splitlines() if ln.startswith("<details>")]
    assert summaries and not any("<script" in s or "<img" in s for s in summaries)
    html = _md.render(folded)
    for tag in ("<script", "<img", "<a ", "<h1"):
        assert tag not in html, tag


@pytest.mark.parametrize("fold", [False, True])
def test_a_change_in_several_places_is_listed_once_with_the_others_named(fold):
    report = repeated_report()
    text = markdown.render(report, fold=fold)
    assert text.count("1. Altered") == 1 and "2. Altered" in text and "3. " not in text
    assert f"The same change also at ¶3, sentence 3 ({report.findings[2].id})." in text
    assert markdown.render(report, max_findings=1).endswith("_…and 1 more not listed here._")
