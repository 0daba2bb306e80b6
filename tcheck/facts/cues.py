"""Negative cues: the particles ("not", "never", "ikke") and the verbs that carry a negation in themselves
("refused", "denied", "failed"), counted in each text so that a paraphrase keeps its count ("did not
comment" / "declined to comment"), and the fixed phrases whose particle negates nothing. Read by
negation.py, which weighs the two texts' cues, and by privatives.py, whose words stand in for them. Pure.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..spans import blank
from .lexicon import title_case

Found = tuple[list[re.Match], list[re.Match]]  # the negative cues that count, in the original and the translation

# "Decline" is a refusal only before a verb or "comment": "declined to comment", not "the largest
# decline" or "exports declined to 3%", which say a fall.
_DECLINED = (r"declin(?:e|es|ed|ing)(?= comment| to (?!\d|[$€£¥]|(?:an?|the|its|their|his|her|our|this|that|"
             r"these|those|about|around|nearly|almost|just|some|below|under|roughly|approximately|less|only|near|"
             r"record|levels?|lows?|zero|pre|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty|hundred)\b)\w)")

# Negative particles, and verbs that carry a negation in themselves, so that a paraphrase
# ("did not comment" / "declined to comment") keeps the same count on both sides.
CUES = re.compile(
    # "Not only X but also Y" says both.
    r"\b(not(?!\s+(?:only|just|merely)\b)|no(?!\.?\s*\d)|never|none|nobody|nothing|neither|nor|unless|exempt\w*|"
    r"cannot|can't|won't|"
    # "higher than ever" and "the highest ever" say "never before".
    r"than ever|(?:\w+est|most|least|best|worst|first)(?:\s+\w+){0,2}\s+ever|"
    r"\w+n't|ikke|ingen|aldri|intet|ingenting|verken|uten|(?:closed|shut) to|f[ae]ll\w* short|"
    r"(?:too|for) (?:few|little)|"
    r"(?<=\bnot )unlike|"  # "not unlike" is "like"
    rf"refus\w*|{_DECLINED}|den(?:y|ies|ied|ying|ial)|refut\w*|rebut\w*|reject\w*|fail\w*|lack\w*|"
    r"ban(?:s|ned|ning)?|prohibit\w*|"
    r"forb[ia]d\w*|vot\w* (?:\w+ )?down|turn\w* (?:\w+ ){0,2}down|halt\w*|suspend\w*|standstill|shortages?|"
    r"unable|unbeaten|undefeated|impossible|absen(?:t|ce)|avoid\w*|prevent(?:s|ed|ing)?|stopped|unwilling|"
    r"refrain\w*|(?:put|placed|kept) on hold|"  # "refrained from commenting" / "did not comment"
    # "Far from happy", "anything but certain": "not", where an adjective follows (_far).
    r"far from(?=\s+(?!(?:home|here|there)\b)[a-z]+\b)|anything but(?=\s+[a-z]+\b))\b",
    re.I,
)


PARTICLE = re.compile(
    r"not|no|never|none|nobody|nothing|neither|nor|cannot|\w+n't|ikke|ingen|aldri|intet|ingenting|verken|uten")


# A source language's negative particles: its words for "not", "no", "never", "none", "nobody",
# "nothing", "neither"/"nor". Only whether a text has one counts, since some languages negate twice
# ("No vino nadie" / "Nobody came"). Languages not here are not read: a word misread as a particle
# would hide a negation that the translation really lost.
_BOKMAAL = "ikke|ingen|intet|ingenting|aldri|verken|hverken"
SOURCE_PARTICLES = {lang: re.compile(rf"(?<!\w)(?:{words})\b", re.I) for lang, words in {
    "nb": _BOKMAAL, "no": _BOKMAAL,
    "nn": "ikkje|ingen|inga|inkje|ingenting|aldri|korkje",
    "da": "ikke|ingen|intet|ingenting|aldrig|hverken", "sv": "inte|icke|ej|ingen|inget|inga|ingenting|aldrig|varken",
    "de": "nicht|kein|keine[mnrs]?|nie|niemals|nichts|niemand|weder",
    "nl": "niet|geen|nooit|niets|niemand|noch", "es": "no|nunca|jamás|ningún|ningun[oa]s?|nada|nadie|ni|tampoco",
    "pt": "não|nunca|jamais|nenhum|nenhuma|nada|ninguém|nem", "ca": "no|mai|ningú|tampoc|ni",
    "it": "non|mai|nessun[oa]?|niente|nulla|né|neanche|nemmeno",
    "fr": "ne|n['’]|jamais|rien|aucun|aucune|ni",
    "pl": "nie|nigdy|nic|nikt|żaden|żadna|żadne|ani", "ru": "не|нет|никогда|ничего|ничто|никто",
    "uk": "не|ні|немає|ніколи|нічого|ніщо|ніхто|жоден|жодна|жодне|жодного|жодних",
    # Hebrew writes "and", "that" and "when" onto the word: "ולא", "שלא", "כשלא" (not "מלא", full, or "כלא", prison).
    "he": "ו?(?:ש|כש)?(?:לא|אין|אינו|אינה|אינם|אינן|איננו)|ו?(?:מעולם|שום|כלום)",
}.items()}


def cues(text: str, skip: set[str]) -> list[re.Match]:
    """Negative cues, less those whose first word is already counted as part of an antonym swap,
    those inside a name ("Doctors Without Borders"), and those that only carry an earlier negation
    over a coordination (_carried): "neither called nor wrote" and "no food and no water" each say one
    "not"."""
    out: list[re.Match] = []
    for m in CUES.finditer(text):
        if m.group(0).split()[0].lower() in skip or in_name(text, m.start()) or _far(m, text):
            continue
        if out and (_carried(m, text, {c.group(0).lower() for c in out}) or _repeated(m, out[-1], text)):
            continue
        out.append(m)
    return out


def _far(m: re.Match, text: str) -> bool:
    """A "far from" that says where, or an "anything but" that says what else, not "not": "far from the
    city", "far from shore", "would do anything but wait"; "far from happy", "far from over", "far from
    being solved" and "anything but certain" say "not" (远非, 远未)."""
    from .synonyms import parts

    cue = m.group(0).lower()
    if cue not in ("far from", "anything but"):
        return False
    word = re.match(r"\s+(\w+)", text[m.end():]).group(1).lower()
    return not (cue == "far from" and word == "being") and "a" not in parts(word)


# A particle right after a coordinator, repeating one said before it: "no X and no Y", "no X, no Y".
_COORDINATED = re.compile(r"(?:\band|\bor|,|;)\s*$", re.I)


def _carried(m: re.Match, text: str, before: set[str]) -> bool:
    """"Nor" after "neither" (and Apertium's second "neither" for it), or a particle that repeats an
    earlier one right after a coordinator. A "nor" after "not" negates a clause of its own: "he did
    not go, nor did she" says "not" twice, as "he did not go and she did not go" does."""
    word = m.group(0).lower()
    return (word in ("nor", "neither") and "neither" in before) or \
        (word in before and bool(_COORDINATED.search(text, 0, m.start())))


def _repeated(m: re.Match, last: re.Match, text: str) -> bool:
    """A cue that speech says again at once, after a comma, with the words that led to it or "I mean":
    "it's not, it's not that simple", "nobody, and I mean nobody, saw it coming" each say one "not"."""
    if m.group(0).lower() != last.group(0).lower():
        return False
    between = text[last.end():m.start()]
    if not between.lstrip().startswith(","):
        return False
    again = between.split(",", 1)[1].lower().split()
    led = text[:last.start()].lower().split()
    return again == led[len(led) - len(again):] or again in (["i", "mean"], ["and", "i", "mean"])


def in_name(text: str, start: int) -> bool:
    """Whether the word at `start` is capitalised mid-sentence, as a word of a name is ("Doctors Without
    Borders"); never in a title-case heading, where every word is ("Prime Minister Denies Resignation
    Rumours" / "PM rejects rumours that he will resign")."""
    before = text[:start].rstrip()
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:;«\"“'‘—–-" \
        and not title_case(text)


# Particles of fixed phrases that negate nothing the sentence claims, and that MT says either way: "spare no
# effort" / "make every effort" (Chinese news' 不遗余力), "no matter what" / "whatever" (无论), "there is no
# doubt" / "undoubtedly" (毫无疑问), "had no choice but to" / "was forced to" (不得不), "nothing but" / "only",
# "none other than", "not to mention" / "let alone", "could not help but" or "smiling" / "smiled in spite of
# herself", "no sooner had he sat down than" / "he had only just sat down when", and the "prevent" of
# "prevent and control" an epidemic (防控), which MT also renders "control". Chats and posts say more: "can't
# wait to" / "is eager to" (迫不及待), "never mind" / "forget it" (算了), "not gonna lie" / "honestly", "I
# couldn't agree more" / "I totally agree", "you can't go wrong with it" / "it is a safe choice", and,
# opening a clause, "no offence, but" / "sorry, but", an interjection's "no" beside another ("yeah, no,
# that's what I mean" / "yes, that's what I mean", "no, no, you're right"; a "no," alone may answer no, and
# MT has put one for 经查, "upon checking"), "no way!" / "really?", "no problem" / "sure" (没问题), "please don't
# worry" / "rest assured" (请放心), "don't hesitate to" / "feel free to" (请随时), and "no need to thank me" or
# "don't mention it" / "you're welcome" (不客气, 不用谢); mid-clause each stays a negation ("there is no problem
# with it", "he did not hesitate to criticise").
_OPENS = r"\b(?:(?<!\w\s)|(?<=please\s))"  # no word before it but "please": a clause opens there
IDIOMS = re.compile(
    r"\bspar(?:e|es|ed|ing)\s+(no)\b"
    r"|\b(no)\s+(?:matter|doubt|wonder|exaggeration|(?:choice|alternative|option)\s+but)\b|\b(nothing)\s+but\b"
    r"|\b(none)\s+other\s+than\b|\b(not)\s+to\s+mention\b|\b(prevent(?:s|ed|ing)?)\s+and\s+control\b"
    r"|\b(cannot|can't|could\s+not|couldn't)\s+help\s+(?:but\b|\w+ing\b)|\b(no)\s+sooner\b"
    r"|\b(cannot|can't|can\s+not|could\s+not|couldn't)\s+wait(?=\s+to\b|\s*[!.]|\s*$)"
    r"|\b(never\s+mind)\b|\b(not)\s+(?:gonna|going\s+to)\s+lie\b"
    r"|\b(couldn't|could\s+not|can't|cannot)\s+agree\s+more\b"
    r"|\b(can't|cannot|can\s+not)\s+go\s+wrong\s+with\b"
    rf"|{_OPENS}(no)\s+(?:way(?=\s*[,!?])|problem\b|worries\b|need\s+to\s+thank\b|offen[cs]e\b)"
    r"|\b(no)(?:(?<=yeah, no)|(?<=yes, no)|(?<=no, no)|(?<=oh, no))(?=\s*,)|\b(no)(?=,\s*no\b)"
    rf"|{_OPENS}(don't|do\s+not)\s+(?:worry\b|hesitate\s+to\b|mention\s+it(?=\s*[.!,]|\s*$))", re.I)


@lru_cache(maxsize=4096)  # read again on the odd-flip path (negation._changes), and by misrendered
def plain(text: str) -> str:
    """The text with the particles of fixed phrases blanked, its length kept, so that spans stay true."""
    return blank(text, [m.span(next(k for k, group in enumerate(m.groups(), 1) if group))
                        for m in IDIOMS.finditer(text)])


def with_side(found: Found, k: int, side: list[re.Match]) -> Found:
    """`found` with side `k`'s cues (0: the original's, 1: the translation's) put in its place."""
    return (side, found[1]) if k == 0 else (found[0], side)

