import pytest

from tcheck.facts.quotes import diff, extract


def test_extract_all_quote_styles():
    text = '«Vi vet ikke» sa han, "we know" and “they know” and ‘maybe so’ but don\'t.'
    assert extract(text) == ["Vi vet ikke", "we know", "they know", "maybe so"]


def test_extract_the_quotation_marks_that_mt_keeps_from_other_languages():
    text = "»Wir wissen« and ”vi vet” and 「we know」 and 『they know』 and ‹maybe so› and ›perhaps‹."
    assert extract(text) == ["Wir wissen", "vi vet", "we know", "they know", "maybe so", "perhaps"]


@pytest.mark.parametrize("b", ["He called it »a catastrophe«.", "He called it 「a catastrophe」.",
                               "He called it ‹a catastrophe›."])
@pytest.mark.parametrize("verbatim", [False, True])
def test_a_quote_in_other_marks_is_judged_as_a_quote(b, verbatim):
    # Reworded with a synonym across a translation, changed in a rewrite: never a quote gone unquoted.
    found = diff('He called it "a disaster".', b, verbatim=verbatim)
    assert [(c.before, c.after) for c in found] == ([("“a disaster”", "“a catastrophe”")] if verbatim else [])


@pytest.mark.parametrize("a, b", [
    ('"We are deeply disappointed by the decision," she said.', '"We are very pleased with the decision," she said.'),
    ('"This is a historic day for the town," he said.', '"This is a dark day for the harbour," he said.'),
    ('Officials called the fire an "accident".', 'Officials called the fire a "crime".'),  # one word is a quote too
])
@pytest.mark.parametrize("verbatim", [False, True])
def test_changed_quote(a, b, verbatim):
    [change] = diff(a, b, verbatim=verbatim)
    assert (change.kind, change.after) == ("quote", f"“{extract(b)[0]}”")


@pytest.mark.parametrize("a, b", [
    ('"We have followed every rule," she said.', '«We have followed all the rules», she said.'),
    ('"Now it will finally be part of the town again."', '"Now it will finally become part of the town again."'),
    ('He called it a "disgrace".', "He called it a disgrace."),  # the scare quote's word stays
    ('They backed the "Plan".', 'They backed the "plan".'),
    ('He answered "no".', "He refused."),  # function words alone: no content word to keep
])
def test_kept_quote(a, b):
    assert diff(a, b) == []


def test_one_word_quote_reworded_across_a_translation():
    """Across a translation an inflected word keeps its quote; in a rewrite the very word must stay."""
    a, b = 'Critics called the rules "unfair".', 'Critics called the rules "unfairly".'
    assert diff(a, b) == []
    assert [c.kind for c in diff(a, b, verbatim=True)] == ["quote"]


@pytest.mark.parametrize("a, b", [
    ('There was a voice shouting, "Death to the Islamic Republic."',
     'A voice shouted "Death to the Islamic returnee".'),
    ('Source: the "2022 China Returnee Employment Survey Report"',
     'Source: "2022 China Returnee Employment Survey iran"'),
    # A function word put out for a content word of no part of speech that it has.
    ('A voice shouted "Death to the Islamic Republic".', 'A voice shouted "Death to hong Islamic Republic".'),
    ('It "highlighted the importance of tests".', 'It "highlighted biden importance of tests".'),
    # a word spelled the other side's way beside it (British and American)
    ('They urged it to "immediately mobilize substantial EU funds".',
     'They urged it to "immediately mobilise substantial EU university".'),
    # a word of one name put for another ("Democratic Republic of the Congo"): no respelling
    ('There was a voice shouting, "Death to the Islamic Republic."',
     'A voice was heard shouting "Death to the Islamic democratic".'),
    # ... and a name spelled the other side's way beside it
    ('Source: "2022 China Returnee Employment Survey Report".',
     'Source: "2022 Chinese Returnee Employment turkey Report"'),
])
def test_one_word_put_in_another_s_place_across_a_translation(a, b):
    """The rest of the quote kept word for word, and the new word nowhere in the original: a changed
    word, though chrF counts the quote as kept."""
    [change] = diff(a, b)
    assert (change.before, change.after) == (f"“{extract(a)[0]}”", f"“{extract(b)[0]}”")


@pytest.mark.parametrize("a, b", [
    ('Source: "2022 Chinese Returnee Employment Survey Report"',
     'Source: "2022 China Returnee Employment Survey Report"'),
    ('"We will finally be part of the town," he said.', '"We will finally become part of the town," he said.'),
    ('She said she was "very disappointed".', 'She said she was "deeply disappointed".'),  # an adverb for an adverb
    ('The SEC said the E account was released.', 'The CSRC said the "Fund E Account" was released.'),  # unquoted
    ('They urged it to "immediately mobilize substantial EU funds".',
     'They urged it to "immediately mobilise substantial EU funding".'),
])
def test_one_word_spelled_another_way_or_a_function_word_reworded_is_kept(a, b):
    assert diff(a, b) == []


@pytest.mark.parametrize("a, b", [
    # the new word is one the original lacks, though the word it replaced still stands outside the
    # quote: the quote no longer holds the speaker's word
    ('They shouted "Death to the Islamic Republic".', 'They shouted "Death to the Islamic state", the Republic.'),
    ('A group called "Edalat Ali (Ali Justice)" claimed it.', 'A group called "Edalat Ali (ltd Justice)" claimed it.'),
])
def test_one_word_replaced_by_one_the_original_lacks_is_a_changed_quote(a, b):
    [change] = diff(a, b)
    assert change.after == f"“{extract(b)[0]}”"


@pytest.mark.parametrize("a, b", [
    ('It set the "implantation fee (single)" and 15 dental implant items.',
     'It set the "prime implantation fee (single)" and 15 dental implant items.'),
    ('He called it "the strongest candidate".', 'He called it "the strongest female candidate".'),
])
def test_one_content_word_put_into_a_quote_that_the_original_lacks_is_a_changed_quote(a, b):
    [change] = diff(a, b)
    assert change.after == f"“{extract(b)[0]}”"


@pytest.mark.parametrize("a, b", [
    # a word the original holds, said to make the quote plain
    ('It set the "implantation fee (single)" and 15 dental implant items.',
     'It set the "implant implantation fee (single)" and 15 dental implant items.'),
    ('Visitors met "Tourism+" elements.', 'Visitors met "Tourism Plus" elements.'),  # a sign said in words
    ('He called it "the strongest candidate".', 'He called it "the very strongest candidate".'),  # no content word
    ('He asked: "What day is it?"', 'He asked: "What day is it today?"'),  # an adverb: the verifier's to weigh
])
def test_a_word_put_into_a_quote_that_says_what_the_original_says_is_kept(a, b):
    assert diff(a, b) == []


def test_the_translation_s_own_quotes_are_read():
    # The original says it plainly; the translation quotes words that the original lacks.
    [change] = diff("It rejects the 1992 Consensus.", 'It rejects the "Taipei hepatitis".')
    assert (change.before, change.after) == ("(not quoted)", "“Taipei hepatitis”")
    assert diff("It rejects the 1992 Consensus.", 'It rejects the "1992 Consensus".') == []
    # A quote that gained words is changed as one that lost them is.
    [change] = diff('He said it was "a fair offer".', 'He said it was "a fair offer that the union must accept now".')
    assert change.after == "“a fair offer that the union must accept now”"


def test_a_quote_none_renders_is_read_against_the_words_of_the_other_text_too():
    """Half its words still stand, so coverage keeps it; but the other text says the quote with one
    content word put for another."""
    [change] = diff("The DPP clarified its rejection of the 1992 Consensus.",
                    'The DPP clarified that it rejects the "1992 hepatitis".')
    assert (change.before, change.after) == ("(not quoted)", "“1992 hepatitis”")
    [change] = diff('It rejects the "1992 Consensus".', "It rejects the 1992 hepatitis.")
    assert (change.before, change.after) == ("“1992 Consensus”", "(not quoted)")
    assert diff('It rejects the "1992 Consensus".', "It rejects the 1992 consensus.") == []


@pytest.mark.parametrize("verbatim", [False, True])
def test_each_quote_is_judged_against_the_one_that_renders_it(verbatim):
    """One to one: a quote the translation adds renders none of the original's, however like one it is,
    and a quote left unquoted keeps its words."""
    a = 'The memo calls her the "strongest candidate" for the post.'
    b = 'The memo, which warns of "chaos", calls her the "strongest candidate" for the post.'
    assert [(c.before, c.after) for c in diff(a, b, verbatim=verbatim)] == [("(not quoted)", "“chaos”")]
    a = 'She called the plan "reckless" and the budget "a fantasy".'
    assert diff(a, 'She called the plan reckless and the budget "a fantasy".', verbatim=verbatim) == []
    assert diff(a, 'She called the plan "reckless" and the budget sound.', verbatim=verbatim) != []


def test_one_word_put_for_its_synonym_is_kept():
    assert diff('"The figures speak for themselves," she said.', '"The numbers speak for themselves," she said.') == []
    assert diff('"This is a good day for democracy," he said.', '"This is a bad day for democracy," he said.')


@pytest.mark.parametrize("a, b", [
    ('The minister urged people to "stay calm".', 'The minister called on people to "keep calm".'),
    ('They promoted "joint travel".', 'They promoted "joint tours".'),
])
def test_one_verb_put_for_a_kind_of_it_is_kept(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ('She said "police arrested him".', 'She said "police released him".'),
    ('She said "we will negotiate".', 'She said "we will strike".'),
    ('She said "they walked home".', 'She said "they drove home".'),
])
def test_one_verb_put_for_another_act_stays_changed(a, b):
    assert [c.kind for c in diff(a, b)] == ["quote"]


def test_a_short_quote_reworded_by_synonyms_is_kept_however_low_its_chrf():
    o = 'Raisi calls on the "deceived youth" to repent.'
    assert diff(o, 'Raisi calls on the "deluded youth" to repent.', threshold=65) == []
    assert diff(o, 'Raisi calls on the "young people" to repent.', threshold=65) != []


def test_a_changed_quote_stands_inside_its_quotation_marks():
    o, t = "He called it “a complete disaster”, officials said.", "He called it “a minor setback”, officials said."
    [c] = diff(o, t)
    assert [o[s:e] for s, e in c.before_spans] == ["a complete disaster"]
    assert [t[s:e] for s, e in c.after_spans] == ["a minor setback"]
    [c] = diff('She said "we will win".', "She said they would lose.")
    assert c.after_spans == ()


def test_quotation_marks_moved_from_one_term_to_another_change_no_quote():
    o = 'The first image was taken by the Very Large Telescope. "Reuters" reported on the error.'
    t = 'The first image was taken by the "Very Large Telescope". Reuters reported on the error.'
    assert diff(o, t) == [] and diff(t, o) == []
    # where the other side does not hold a quote's words, it was changed, however unlike the two are
    t = 'The first image was taken by the "Very Large Telescope". AP reported on the error.'
    assert [(c.before, c.after) for c in diff(o, t)] == [("“Reuters”", "“Very Large Telescope”")]


def test_a_quote_whose_words_stand_unquoted_elsewhere_in_another_case_or_order_is_still_paired():
    o = 'Hong Kong travel leaders tried the "Travel +" scheme.'
    t = 'Hong Kong tourism leaders tried the "Tourism +" scheme.'
    assert [(c.before, c.after) for c in diff(o, t)] == [("“Travel +”", "“Tourism +”")]


@pytest.mark.parametrize("a, b", [
    ('It backs "hard-core" technology.', 'It backs "hardcore" technology.'),
    ('The "Fund E Account" went live.', 'The "Fund E-account" went live.'),
])
def test_a_quote_spelled_or_reworded_alike_across_a_translation_is_kept(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ('It seeks "stable growth".', 'It seeks "rapid growth".'),
    ('It offers a "one-stop" service.', 'It offers a "two-stop" service.'),
    ('It painted the "red line" again.', 'It painted the "blue line" again.'),
    ('It backs "hard-core" technology.', 'It backs "hard-won" technology.'),
])
def test_a_quote_with_a_word_of_another_sense_stays_changed(a, b):
    assert [c.kind for c in diff(a, b)] == ["quote"]


@pytest.mark.parametrize("verbatim", [False, True])
@pytest.mark.parametrize("a, b", [
    ('"I am very happy," she said.', '"I\'m very happy," she said.'),
    ('"We did not expect this," he said.', '"We didn\'t expect this," he said.'),
    ('"It has been a long day," he said.', '"It\'s been a long day," he said.'),
    ('"We cannot stop," he said.', '"We can\'t stop," he said.'),
    ('"We have 12 people on site," he said.', '"We have twelve people on site," he said.'),
])
def test_a_contraction_or_a_number_word_is_the_same_quote(a, b, verbatim):
    assert diff(a, b, verbatim=verbatim) == [] and diff(b, a, verbatim=verbatim) == []


@pytest.mark.parametrize("verbatim", [False, True])
def test_a_changed_word_beside_a_contraction_still_changes_the_quote(verbatim):
    assert diff('"It is a sad day," she said.', '"It\'s a great day," she said.', verbatim=verbatim)


@pytest.mark.parametrize("a, b", [
    ('Expanding the "Hong Kong-Macau Joint Tour" market.', 'Expanding "joint tours" between Hong Kong and Macao.'),
    ('Hackers called "Edalat Ali (Ali Justice)" took over the screen.',
     'Hackers who went by the name "Edalat Ali" (Justice Ali) took over the screen.'),
    ('He called it "a total failure of the government".', 'He called it a "total failure" of the government.'),
])
def test_quotation_marks_round_another_run_of_the_same_words_change_no_quote(a, b):
    assert diff(a, b, threshold=65.0) == [] and diff(b, a, threshold=65.0) == []


@pytest.mark.parametrize("a, b", [
    # The words the quote lost stand elsewhere, but the word it gained does not.
    ('Expanding the "Hong Kong-Macau Joint Tour" market.', 'Expanding "joint very" between Hong Kong and Macao.'),
    # "provide" is no "province", though both cut to "provi".
    ('The "Fund E Account" is there to provide a service.', 'The "province E Account" provides a fund service.'),
    ('He called it "a total failure of the government".', 'He called it a "total failure" of the state.'),
])
def test_a_quote_whose_words_went_elsewhere_still_changes_where_one_is_new(a, b):
    assert [c.kind for c in diff(a, b, threshold=65.0)] == ["quote"]
