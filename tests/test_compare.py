from tcheck.compare import compare
from tcheck.render import words
from tcheck.types import Bead, Document, Segment


def doc(*texts, lang="en", kinds=None):
    kinds = kinds or ["sentence"] * len(texts)
    return Document(tuple(Segment(t, i, k) for i, (t, k) in enumerate(zip(texts, kinds))), lang)


def test_altered_added_dropped():
    o = doc("The council approved 340 homes on 27 March.", "Nobody was hurt.", "Budget talks begin")
    t = doc("Kommunestyret godkjente 430 boliger 27. mars.", "Ingen ble skadd.", "Det regnet.", lang="nb")
    en = ["The council approved 430 homes on 27 March.", "Nobody was hurt.", "It rained."]
    o = Document(o.segments[:2] + (Segment("Budget talks begin", 2, "heading"),), "en")
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.95), Bead((2,), (), 0.2), Bead((), (2,), 0.1)]
    findings = compare(o, t, en, beads)
    assert [(f.type, f.kind, words.reason(f)) for f in findings] == [
        ("altered", "number", "number: 340 → 430"),
        ("added", "claim", "claim added: no counterpart in the original"),
    ]  # the dropped heading is no claim
    assert findings[0].translation == t.segments[0].text and findings[0].translation_en == en[0]


def test_fact_inside_a_quote_is_a_quote_change():
    o = doc('"We will appeal this verdict," the lawyer said.')
    t = doc('"We will not appeal this verdict," the lawyer said.')
    [f] = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.9)])
    assert (f.type, f.kind) == ("altered", "quote")


def test_a_fact_in_a_quote_counts_against_the_quote_that_renders_it():
    """The second quote's number changed where the rewrite no longer quotes it: its counterpart is
    no quote, not the rewrite's first one, which renders the original's first."""
    o = doc('"We will appeal," she said. "The case cost us 40 million."')
    t = doc('"We will appeal," she said, adding that the case had cost them 50 million.')
    findings = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.9)], verbatim=True)
    assert [(f.kind, f.before, f.after) for f in findings] == [
        ("quote", "“The case cost us 40 million”", "(not quoted)")]


def test_quotes_the_translation_adds_are_each_new_whatever_facts_they_hold():
    """A new quote with a name in it is one finding, not two, and its original side is no empty quote."""
    o = doc("The minister approved the plan after a long meeting on Monday.")
    t = doc('"Hansen convinced me," the minister said on Monday. "The budget is far too small."')
    findings = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.9)])
    assert [(f.kind, f.before, f.after) for f in findings if f.kind == "quote"] == [
        ("quote", "(not quoted)", "“Hansen convinced me”"), ("quote", "(not quoted)", "“The budget is far too small”")]


def test_partial_drop_explains_the_lost_number():
    o = doc("The bus hit a lorry, and two people were injured.")
    t = doc("The bus hit a lorry.")
    partial = {0: (["and two people were injured."], [])}
    findings = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.8)], partial=partial)
    assert [(f.type, f.kind, f.severity) for f in findings] == [("dropped", "partial", "major")]


def test_a_piece_that_is_only_the_lost_hedge_is_the_hedge_change():
    o = doc("According to witnesses, the police fired tear gas.")
    t = doc("The police fired tear gas.")
    partial = {0: (["According to witnesses"], [])}
    [f] = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.9)], verbatim=True, partial=partial)
    assert (f.type, f.kind, words.reason(f)) == ("altered", "hedge", "hedge: according to → stated as fact")


def test_a_number_inside_a_lost_attribution_went_with_the_hedge():
    o = doc("The deal values the firm at 900 million euros, according to two people familiar with it.")
    t = doc("The deal values the firm at 900 million euros.")
    [f] = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.9)], verbatim=True)
    assert (f.type, f.kind) == ("altered", "hedge")


def test_a_quote_inside_a_dropped_clause_is_the_drop():
    o = doc('Dunbar said the offer was "fair and affordable" and urged the union to return to talks.')
    t = doc("Dunbar urged the union to return to the negotiating table.")
    partial = {0: (['offer was "fair and affordable"'], [])}
    [f] = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.8)], verbatim=True, partial=partial)
    assert (f.type, f.kind) == ("dropped", "partial")


def test_a_number_in_a_changed_name_went_with_the_name():
    o = doc("The chain Rema 1000 will open a store in Alta.")
    t = doc("The chain Coop will open a store in Alta.")
    [f] = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.9)], verbatim=True)
    assert (f.type, f.kind) == ("altered", "name")


def test_a_lone_pair_s_own_words_outside_quotes_show_how_freely_its_quotes_may_be_reworded():
    quote = '"We cannot rule anything out at this stage," said police prosecutor Kari Nes on Monday evening.'
    free = ('Police attorney Kari Nes said on the evening of Monday: '
            '"At this point, we are not able to exclude anything."')
    close = '"At this point, we are not able to exclude anything," said police prosecutor Kari Nes on Monday evening.'

    def quotes_changed(rendering: str) -> list[str]:
        findings = compare(doc(quote), doc(rendering, lang="nb"), [rendering], [Bead((0,), (0,), 0.9)])
        return [f.before for f in findings if f.kind == "quote"]

    # The rendering rewords its own words as freely as the quote: the same speaker, put another way.
    assert quotes_changed(free) == []
    # Its own words kept, the quote alone reworded: the quote changed.
    assert quotes_changed(close) == ["“We cannot rule anything out at this stage”"]


def test_a_finding_says_where_its_words_stand_in_the_texts_it_shows():
    # MT's unknown-word marks are read past, and the spans are the shown English's, marks and all
    o = doc("Ferrán said 340 homes were approved.")
    t = doc("Ferrán dijo que se aprobaron 430 viviendas.", lang="es")
    en = ["*Ferrán said 430 *viviendas were approved."]
    [f] = compare(o, t, en, [Bead((0,), (0,), 0.9)])
    assert [f.original[s:e] for s, e in f.before_spans] == ["340"]
    assert [f.translation_en[s:e] for s, e in f.after_spans] == ["430"]
    # a part of a claim stands where it was cut from its side
    o = doc("The bus hit a lorry, and two people were injured.")
    partial = {0: (["and two people were injured"], [])}
    [f] = compare(o, doc("The bus hit a lorry."), ["The bus hit a lorry."], [Bead((0,), (0,), 0.8)], partial=partial)
    assert f.before_spans == ((21, 48),) and f.after_spans == ()
    # a fact inside a quote makes the quote the change, which stands inside its quotation marks
    o = doc('"We will appeal this verdict," the lawyer said.')
    t = doc('"We will not appeal this verdict," the lawyer said.')
    [f] = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.9)])
    assert f.original[slice(*f.before_spans[0])] == "We will appeal this verdict"
    assert f.translation_en[slice(*f.after_spans[0])] == "We will not appeal this verdict"


def test_in_rough_mt_a_quote_changes_by_a_fact_inside_it_or_one_word_not_by_its_wording():
    """Rough MT (a typical sentence chrF of 60 here) rewords a quote as much as the rest: its chrF no
    longer tells a changed quote from a faithful one, but a number inside it still does."""
    said = [f"The council met on day {k} and voted on item {k} of the plan." for k in range(1, 7)]
    rough = [f"The council gathered the day {k} and voted about the point {k} of the plan." for k in range(1, 7)]
    quote = '"Staff are exhausted after the 40 night shifts," said Dr Lee.'
    reworded = '"The personnel are worn out after the 40 nocturnal turns", affirmed Dr Lee.'
    changed = '"The personnel are worn out after the 50 nocturnal turns", affirmed Dr Lee.'
    beads = [Bead((k,), (k,), 0.9) for k in range(7)]

    def quotes_changed(rendering: str) -> list[str]:
        english = rough + [rendering]
        findings = compare(doc(*said, quote), doc(*english, lang="es"), english, beads)
        return [f.before for f in findings if f.kind == "quote"]

    assert quotes_changed(reworded) == []
    assert quotes_changed(changed) == ["“Staff are exhausted after the 40 night shifts”"]


def test_a_writers_star_is_text_and_only_apertiums_marks_an_unknown_word():
    """"*urgent*" in an English rewrite, or a rendering given with --mt-file, is the writer's: read as
    a mark, the quote lost its first star ("urgent*"). Apertium's "*Ferrán" is a word it passed through
    (tests/test_apertium.py reads its marks)."""
    o = doc('The memo said "ping the team and *urgent* now" before noon.')
    t = doc('The memo said "ping the team and *urgent* later" before noon.')
    [f] = compare(o, t, list(t.texts), [Bead((0,), (0,), 0.9)], verbatim=True)
    assert (f.kind, f.before, f.after) == ("quote", "“ping the team and *urgent* now”",
                                           "“ping the team and *urgent* later”")
