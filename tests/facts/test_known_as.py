import pytest

from tcheck.facts.known_as import as_named, renamed, shared
from tcheck.facts.names import diff


@pytest.mark.parametrize("lost, new", [
    (["Yom", "Kippur"], ["Day", "Atonement"]),
    (["Rosh", "Hashanah"], ["Jewish", "New", "Year"]),
    (["Sukkot"], ["Feast", "Tabernacles"]),  # a letter short of WordNet's "Sukkoth"
    (["Fed"], ["US", "Federal", "Reserve"]),
    (["Kuomintang"], ["Guomindang"]),
    # known_as.txt: a party or public body in its own tongue, in English, by acronym
    (["Labour", "Party"], ["Ap"]),
    (["Progress", "Party"], ["Frp"]),
    (["Conservatives"], ["Høyre"]),
    (["Centre", "Party"], ["Senterpartiet"]),
    (["Statistics", "Norway"], ["SSB"]),
    (["Norwegian", "Labour", "Welfare", "Administration"], ["NAV"]),
    (["Alternative", "Germany"], ["AfD"]),
    (["Conservatives"], ["Tories"]),
    (["Republicans"], ["GOP"]),
])
def test_another_name_of_one_holiday_or_body_is_no_loss(lost, new):
    rest = renamed(lost, new)
    assert rest[0] == [] and set(rest[1]) <= {"US"}


@pytest.mark.parametrize("lost, new", [
    (["Yom", "Kippur"], ["Rosh", "Hashanah"]),
    (["Hanukkah"], ["Passover"]),
    (["Rosh", "Hashanah"], ["Jewish"]),  # a name is matched whole, never by one of its words
    (["Taiwan"], ["China"]),  # places are left out: WordNet files Taiwan as China too
    (["Labour", "Party"], ["Frp"]),  # two parties
    (["Christian", "Democrats"], ["SV"]),
    (["CDU"], ["KrF"]),  # each is the Christian Democrats of its country, and they are two
    (["Tories"], ["Høyre"]),  # each is the Conservatives of its country
    (["PSOE"], ["PP"]),
])
def test_other_names_are_kept(lost, new):
    assert renamed(lost, new) == (lost, new)


@pytest.mark.parametrize("a, b", [
    ("The Labour Party lost votes.", "Ap lost votes."),  # an acronym that opens the sentence
    ("Support for the Progress Party rose to 25 percent.", "Support for Frp rose to 25 percent."),
    ("Figures from Statistics Norway show a rise.", "Figures from SSB show a rise."),
    # A name's lower-case words are in the text, not among the name words; so is a word that opens it.
    ("The Norwegian Public Roads Administration closed the road.", "Statens vegvesen closed the road."),
    ("Statistics Norway published the figures.", "SSB published the figures."),
    ("The WHO warned of a new wave.", "Verdens helseorganisasjon warned of a new wave."),
    # Hebrew MT transliterates what an English original translates.
    ("The Shin Bet said it foiled an attack.", "The Israel Security Agency said it foiled an attack."),
    ("The Histadrut announced a general strike.", "The General Federation of Labour announced a general strike."),
    ("Otzma Yehudit threatened to leave.", "Jewish Power threatened to leave."),
    ("MK Simcha Rothman submitted the bill.", "Knesset member Simcha Rothman submitted the bill."),
    # China's festivals, in English or in pinyin
    ("Sales soared during the Spring Festival.", "Sales soared during the Chinese New Year."),
    ("The Dragon Boat Festival holiday lasts three days.", "The Duanwu Festival holiday lasts three days."),
    ("Many people visited graves during Qingming.", "Many people visited graves during the Tomb-Sweeping Day."),
])
def test_names_read_a_body_named_another_way(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


def test_a_name_is_read_whole_in_the_text_not_from_words_apart():
    # "labour" in "labour market" and "Party" make no "Labour Party": the Progress Party is not Ap.
    [change] = diff("The Progress Party wants reforms of the labour market.", "Ap wants reforms of the labour market.")
    assert change.after == "Ap" and "Progress" in change.before


@pytest.mark.parametrize("text, other, read", [
    ("Høyre and Frp voted against.", "The Conservatives and the Progress Party voted against it.",
     "Conservatives and Progress Party voted against."),
    ("Statens vegvesen closed the E39.", "The Norwegian Public Roads Administration closed the E39.",
     "Norwegian Public Roads Administration closed the E39."),
    # A body that the text names as the other side does too is left as it is.
    ("Næringslivets Hovedorganisasjon (NHO) welcomed it.",
     "The Confederation of Norwegian Enterprise (NHO) welcomed it.",
     "Næringslivets Hovedorganisasjon (NHO) welcomed it."),
    ("According to Statistics Norway (SSB), prices rose.", "According to Statistics Norway, prices rose.",
     "According to Statistics Norway (SSB), prices rose."),
    # Another body, and words apart, are no name the other side gives another way.
    ("Ap lost votes.", "The Progress Party lost votes.", "Ap lost votes."),
    ("Reforms of the labour market.", "Ap wants reforms.", "Reforms of the labour market."),
])
def test_as_named_puts_a_body_as_the_other_side_names_it(text, other, read):
    assert as_named(text, other) == read


def test_two_festivals_are_two_names():
    [change] = diff("Sales soared during the Spring Festival.", "Sales soared during the Lantern Festival.")
    assert (change.before, change.after) == ("Spring", "Lantern")


@pytest.mark.parametrize("a, b", [
    ("The old were honoured on the Double Ninth Festival.", "The old were honoured on the Chongyang Festival."),
    ("The bill will be discussed at the Two Sessions.", "The bill will be discussed at the NPC and CPPCC sessions."),
])
def test_a_number_in_a_name_is_a_word_of_the_name(a, b):
    from tcheck.facts import numbers

    assert numbers.diff(a, b) == [] and numbers.diff(b, a) == [] and diff(a, b) == []


@pytest.mark.parametrize("a, b", [
    ("Five nations signed the treaty.", "Six nations signed the treaty."),  # not every word capitalised: a count
    ("The two sessions lasted an hour.", "The three sessions lasted an hour."),
])
def test_a_number_that_names_nothing_stays_an_amount(a, b):
    from tcheck.facts import numbers

    assert numbers.diff(a, b)


def test_shared_finds_the_names_both_texts_say_either_way():
    text = "Sales on Double Eleven and at Christmas hit a record."
    other = "Sales on Singles' Day hit a record."
    ours, theirs = shared((text, other))
    assert [text[a:b] for a, b in ours] == ["Double Eleven"]
    assert [other[a:b] for a, b in theirs] == ["Singles' Day"]
    assert shared((text, "Sales hit a record.")) == ([], [])
