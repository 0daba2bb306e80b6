import pytest

from tcheck.facts.antonyms import DOWN, UP, directions, lemmas, opposites, swaps, table


def test_wordnet_is_read():
    # From WordNet itself, not the news list: a satellite adjective inherits its head's antonym.
    assert "cowardly" in opposites("brave") and "brave" in table()
    assert len(set(table().keys())) > 10_000 and opposites("zzxqj") == []


@pytest.mark.parametrize("a, b, pair", [
    ("Sales rose sharply.", "Sales fell sharply.", ("rose", "fell")),
    ("The embassy remains open.", "The embassy has closed.", ("open", "closed")),
    ("The defendant was acquitted.", "The court convicted the defendant.", ("acquitted", "convicted")),
    ("Water levels are above normal.", "Water levels are below normal.", ("above", "below")),
    # Counted: one of two rises fell.
    ("Sales rose in May and rose in June.", "Sales rose in May and fell in June.", ("rose", "fell")),
    # One word answers for one: "miss" stands for the lost "hit" or "have", not for both (two swaps
    # would cancel, and the flip go unseen).
    ("The quake hit the city and teams have been working.", "After the quake teams miss been working.",
     ("hit", "miss")),
    # directions said with a particle, and "hard", which WordNet pairs with "easy" only as "difficult"
    ("Shares rose 4 percent.", "The shares went down 4 percent.", ("rose", "down")),
    ("This is the hardest decision I have made.", "It is the easiest decision I have taken.", ("hardest", "easiest")),
    # a hyphenated antonym that the table holds whole, and one read by its parts, each one swap
    ("He has a full-time job.", "He has a part-time job.", ("full-time", "part-time")),
    ("Improve service quality.", "Improve service middle-class.", ("quality", "middle-class")),
    ("It is a long-term loan.", "It is a short-term loan.", ("long-term", "short-term")),
    ("It is a long loan.", "It is a short-term loan.", ("long", "short-term")),
])
def test_swaps(a, b, pair):
    assert swaps(a, b) == [pair]


@pytest.mark.parametrize("a, b", [
    ("He won the race easily.", "He won the race with ease."),
    ("Prices rose and then fell.", "Prices fell after they rose."),  # both words on both sides
    ("From the very start, content was very important.", "From the very start, content set us apart from other shops."),
    ("Talks on trade stalled.", "The talks stalled, and the government is cutting off all contact."),  # particles
    ("Volunteers handed out blankets in two school halls.", "The volunteers delivered rugs in two living rooms."),
    ("It is a long-term loan.", "It is a loan for the long term."),  # a whole said by its parts
])
def test_no_swap(a, b):
    assert swaps(a, b) == []


def test_prefix_antonyms_for_adjectives_only():
    assert "unsafe" in opposites("safe") and "illegal" in opposites("legal")
    assert "pose" not in opposites("dispose")  # a verb's prefix is no negation
    assert "valuable" not in opposites("invaluable")


def test_a_satellite_takes_only_its_heads_linked_antonyms():
    assert "much" not in opposites("heavy")


def test_lemmas():
    assert "stop" in lemmas("stopped") and "rise" in lemmas("rose") and "die" in lemmas("died")


def test_irregular_forms_come_from_wordnets_exception_lists():
    assert "forbid" in lemmas("forbidden") and "sell" in lemmas("sold") and "bad" in lemmas("worse")
    assert swaps("The fund bought the shares.", "The fund sold the shares.") == [("bought", "sold")]
    assert swaps("The court allowed him to travel.", "The court forbade him to travel.") == [("allowed", "forbade")]


def test_a_verb_in_re_holds_its_stem_only_where_wordnet_makes_it_a_kind_of_it():
    """"Reopen" is to open again; "report", "relate" and "remove" are no kind of "port", "late" or "move"."""
    assert "open" in lemmas("reopened") and "port" not in lemmas("report")
    assert swaps("The museum will reopen next week.", "The museum will stay shut next week.") == [("reopen", "shut")]
    assert swaps("The papers represent a serious leak.", "The papers came from an earlier visit.") == []
    assert swaps("Officials report that the road is clear.", "The road is clear, officials said right away.") == []
    assert swaps("We must relate the facts.", "We must state the facts early.") == []


def test_an_adverb_holds_the_adjective_that_wordnet_derives_it_from():
    assert "comprehensive" in lemmas("comprehensively") and "noncomprehensive" in lemmas("noncomprehensively")
    assert swaps("The network must be comprehensively upgraded.", "The plan calls for a noncomprehensive upgrade.") \
        == [("comprehensively", "noncomprehensive")]
    assert swaps("Donations are successful.", "He donated unsuccessfully.") == [("successful", "unsuccessfully")]
    assert "close" not in lemmas("closely")  # too ambiguous to judge by form: "closely" / "open"


def test_other_news_pairs_build_a_table_of_their_own():
    from tcheck.facts.antonyms import NEWS_PAIRS, opposites
    assert "decrease" in opposites("up")
    older = NEWS_PAIRS.replace("|up decrease", "")
    assert "decrease" not in opposites("up", older) and "down" in opposites("up", older)


def test_a_verbs_direction_is_read_where_no_antonym_links_the_words():
    """WordNet makes "soar" a kind of "rise", "plummet" one of "drop" (a kind of "descend") and "cut"
    one of "reduce": no antonym pointer links "soared" and "fell", but they go opposite ways."""
    assert directions()["soar"] == UP and directions()["plummet"] == DOWN and directions()["cut"] == DOWN
    assert swaps("Prices soared in March.", "Prices fell in March.") == [("soared", "fell")]
    assert swaps("Shares plummeted on Monday.", "Shares rose on Monday.") == [("plummeted", "rose")]
    assert swaps("The firm will cut 200 jobs.", "The firm will add 200 jobs.") == [("cut", "add")]
    assert swaps("Prices soared in March.", "Prices rose sharply in March.") == []  # one way both times


def test_directions_are_read_only_where_the_antonyms_swap_nothing():
    """A verb that turned beside a word that turned with it is one flip, as the antonyms see it; two
    would cancel."""
    assert swaps("Temperatures will drop below freezing.", "Temperatures will rise above freezing.") \
        == [("below", "above")]


def test_speed_and_particles_have_no_direction():
    assert "slow" not in directions() and "accelerate" not in directions()  # a kind of "decelerate"
    assert swaps("Exports slowed in May.", "Exports grew more slowly in May.") == []
    assert "up" not in directions()  # as many senses as an adverb as a verb: mostly a particle
    assert swaps("A waterlogged pitch held up the match.", "The match was delayed by the pitch.") == []
