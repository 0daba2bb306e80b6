"""Polarity: "approved" / "not approved" / "rejected" and "rose" / "fell" say opposite things.

A flip is a negation added or removed, or a word swapped for its antonym. Two flips cancel
("did not win" / "lost"), so the sentence changed polarity when the number of flips is odd.

Three kinds of change come out. `negation`: a negative particle ("not", "never", "ikke") came or
went, a fact of the sentence's grammar, reported as it stands. `opposite`: a word turned into its
antonym ("rose" / "fell"). `polarity`: the flip lies only in a verb or noun that carries a negation
("agreed" / "refused", "prevented", "a ban"). Those words are here so that a
paraphrase keeps its count ("did not comment" / "declined to comment"); as evidence of a flip on their
own they are weak: on the calibration and train splits' faithful real-MT pairs they made 14 of the
comparator's 21 false alarms ("awareness of prevention" / "personal security awareness"), with the
verifier's probability of a change at 0.08-0.50, against 0.89-0.99 on all but one of the written
sets' refusals. So the last two kinds each have a verifier gate of their own
(benchmarks/accuracy/calibrate.py). "Prevent" counts as a verb alone: "prevention", "preventive" and
"preventable" name an activity or a kind, not something that did not happen, and read as refusals they
made all 8 of the pool's polarity false alarms at normal ("raise personal awareness of prevention" /
"personal security awareness"; one train document) and Apertium's "totally *prevenible" for
"entirely preventable", while no pool pair lost a finding without them. A cue verb that the other
text says in a form without a negation names the same act ("Tips to prevent fraud" / "Fraud
prevention tips"), and "without" or "free of" stands for a particle that the other text has ("no
genetic diseases" / "free of genetic diseases"; read so, the pool's four faithful pairs flagged for
a negation, all in one document, are no longer flagged).

Where the foreign text is at hand and its language's negative particles are known, a particle that
only the MT's English lost or gained is the MT's error, not the translator's: "Ninguna de ellas está
en estado grave" keeps "Neither is in serious condition", whatever Apertium's "Any of them" says.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from functools import lru_cache

from ..frequency import FLOOR, zipf
from ..spans import blank
from ..types import AFFIRMATIVE, Change, Span
from .pair import Pair
from . import converse, known_as, synonyms
from .antonyms import forms, opposites, prefixed, swaps
from .hedges import RULE_OUT, doubts
from .quantities import COUNT

# "Decline" is a refusal only before a verb or "comment": "declined to comment", not "the largest
# decline" or "exports declined to 3%", which say a fall.
_DECLINED = (r"declin(?:e|es|ed|ing)(?= comment| to (?!\d|[$€£¥]|(?:an?|the|its|their|his|her|our|this|that|"
             r"these|those|about|around|nearly|almost|just|some|below|under|roughly|approximately|less|only|near|"
             r"record|levels?|lows?|zero|pre|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty|hundred)\b)\w)")

# Negative particles, and verbs that carry a negation in themselves, so that a paraphrase
# ("did not comment" / "declined to comment") keeps the same count on both sides.
_CUES = re.compile(
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
    r"refrain\w*|(?:put|placed|kept) on hold)\b",  # "refrained from commenting" / "did not comment"
    re.I,
)


_PARTICLE = re.compile(
    r"not|no|never|none|nobody|nothing|neither|nor|cannot|\w+n't|ikke|ingen|aldri|intet|ingenting|verken|uten")


# A source language's negative particles: its words for "not", "no", "never", "none", "nobody",
# "nothing", "neither"/"nor". Only whether a text has one counts, since some languages negate twice
# ("No vino nadie" / "Nobody came"). Languages not here are not read: a word misread as a particle
# would hide a negation that the translation really lost.
_BOKMAAL = "ikke|ingen|intet|ingenting|aldri|verken|hverken"
_SOURCE_PARTICLES = {lang: re.compile(rf"(?<!\w)(?:{words})\b", re.I) for lang, words in {
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


def _cues(text: str, skip: set[str]) -> list[re.Match]:
    """Negative cues, less those whose first word is already counted as part of an antonym swap,
    those inside a name ("Doctors Without Borders"), and those that only carry an earlier negation
    over a coordination (_carried): "neither called nor wrote" and "no food and no water" each say one
    "not"."""
    out: list[re.Match] = []
    for m in _CUES.finditer(text):
        if m.group(0).split()[0].lower() in skip or _in_name(text, m.start()):
            continue
        if out and _carried(m, text, {c.group(0).lower() for c in out}):
            continue
        out.append(m)
    return out


# A particle right after a coordinator, repeating one said before it: "no X and no Y", "no X, no Y".
_COORDINATED = re.compile(r"(?:\band|\bor|,|;)\s*$", re.I)


def _carried(m: re.Match, text: str, before: set[str]) -> bool:
    """"Nor" after "neither" (and Apertium's second "neither" for it), or a particle that repeats an
    earlier one right after a coordinator. A "nor" after "not" negates a clause of its own: "he did
    not go, nor did she" says "not" twice, as "he did not go and she did not go" does."""
    word = m.group(0).lower()
    return (word in ("nor", "neither") and "neither" in before) or \
        (word in before and bool(_COORDINATED.search(text, 0, m.start())))


def _in_name(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:;«\"“'‘—–-"


Found = tuple[list[re.Match], list[re.Match]]  # the negative cues that count, in the original and the translation


# Particles of fixed phrases that negate nothing the sentence claims, and that MT says either way: "spare no
# effort" / "make every effort" (Chinese news' 不遗余力), "no matter what" / "whatever" (无论), "there is no
# doubt" / "undoubtedly" (毫无疑问), "had no choice but to" / "was forced to" (不得不), "nothing but" /
# "only", "none other than", "not to mention" / "let alone", "could not help but", and the "prevent" of
# "prevent and control" an epidemic (防控), which MT also renders "control". Chats and posts say more:
# "can't wait to" / "is eager to" (迫不及待), "never mind" / "forget it" (算了), "not gonna lie" /
# "honestly", and, opening a clause, "no way!" / "really?", "no problem" / "sure" (没问题) and "please
# don't worry" / "rest assured" (请放心); mid-clause each stays a negation ("there is no problem with it").
_OPENS = r"\b(?:(?<!\w\s)|(?<=please\s))"  # no word before it but "please": a clause opens there
_IDIOMS = re.compile(
    r"\bspar(?:e|es|ed|ing)\s+(no)\b"
    r"|\b(no)\s+(?:matter|doubt|wonder|exaggeration|(?:choice|alternative|option)\s+but)\b|\b(nothing)\s+but\b"
    r"|\b(none)\s+other\s+than\b|\b(not)\s+to\s+mention\b|\b(prevent(?:s|ed|ing)?)\s+and\s+control\b"
    r"|\b(cannot|can't|could\s+not|couldn't)\s+help\s+but\b"
    r"|\b(cannot|can't|can\s+not|could\s+not|couldn't)\s+wait(?=\s+to\b|\s*[!.]|\s*$)"
    r"|\b(never\s+mind)\b|\b(not)\s+(?:gonna|going\s+to)\s+lie\b"
    rf"|{_OPENS}(no)\s+(?:way(?=\s*[,!?])|problem\b|worries\b)|{_OPENS}(don't|do\s+not)\s+worry\b", re.I)


@lru_cache(maxsize=4096)  # read again on the odd-flip path (_changes), and by misrendered
def _plain(text: str) -> str:
    """The text with the particles of fixed phrases blanked, its length kept, so that spans stay true."""
    return blank(text, [m.span(next(k for k, group in enumerate(m.groups(), 1) if group))
                        for m in _IDIOMS.finditer(text)])


def diff(original: str, translation: str) -> list[Change]:
    return _changes(original, translation, *_read(original, translation))


def _read(original: str, translation: str) -> tuple[list[tuple[str, str]], Found]:
    """The antonym swaps between the texts, and each text's negative cues that count. A fixed phrase's
    particle is neither a cue nor half of a swap, but may stand for a cue of the other text, as a
    privative does ("leaves no doubt" / "does not leave room for doubt")."""
    plain = _plain(original), _plain(translation)
    swapped = _swaps(original, translation)
    swapped += _undone(plain, {w for pair in swapped for w in pair})
    swapped += _states(plain)
    swapped = [pair for pair in swapped if not _deferred(pair, plain)]
    # A word already counted as an antonym swap is not counted again as a negative cue.
    used = {w for pair in swapped for w in pair}
    found = _neither((_cues(plain[0], used), _cues(plain[1], used)))
    found = _unsaid(found[0], translation, found[1], used), _unsaid(found[1], original, found[0], used)
    found = _able(found, (original, translation))
    found = _litotes(found, (original, translation), used)
    found = _bounded(found, (original, translation), used)
    found = _not_ruled_out(found, (original, translation))
    return swapped, _privatives(found, (original, translation), used)


def _swaps(original: str, translation: str, loose: bool = False) -> list[tuple[str, str]]:
    """antonyms.swaps between the texts as _plain gives them. A word of a name that both say, either way,
    is none of the claim's ("Double Eleven" / "Singles' Day" swaps nothing); names are looked for only
    where a swap's word stands capitalised, as a name's would, since finding them costs more than the
    rest of the comparator. A swap whose terms the texts exchange is no flip (converse.turned)."""
    plain = _plain(original), _plain(translation)
    found = swaps(*plain, loose=loose)
    if any(re.search(rf"\b{w[:1].upper()}{w[1:]}\b", text)
           for pair in found for w, text in zip(pair, (original, translation))):
        named = known_as.shared((original, translation))
        found = swaps(blank(plain[0], named[0]), blank(plain[1], named[1]), loose=loose)
    return [pair for pair in found if not converse.turned(pair, plain)]


def _deferred(pair: tuple[str, str], texts: tuple[str, str]) -> bool:
    """A swap of a word negated by its prefix for its stem, where the stem's text puts "yet to" before
    it, which says what the prefix says: "remains unpublished" / "has yet to be published" (尚未)."""
    return any((split := prefixed(word)) and split[1] == stem
               and re.search(rf"\byet\s+to\s+(?:be\s+)?{stem}\b", texts[1 - k], re.I)
               for k, (word, stem) in enumerate((pair, pair[::-1])))


def _neither(found: Found) -> Found:
    """"Neither A nor B has commented" says as much as "A has not commented, nor has B": where one text
    says "neither" and the other a "nor" after a particle of its own, that "nor" repeats the particle,
    as the first text's "nor" repeats its "neither" (_carried)."""
    said = [[m.group(0).lower() for m in side] for side in found]
    out = []
    for k, side in enumerate(found):
        if "neither" in said[1 - k] and "neither" not in said[k]:
            side = [m for i, m in enumerate(side) if not (said[k][i] == "nor" and any(
                _PARTICLE.fullmatch(w) and w != "nor" for w in said[k][:i]))]
        out.append(side)
    return out[0], out[1]


# Litotes: "not small" says "large", and the other text may say it with a word that is no antonym
# ("the growth pressure is not small" / "significant pressure"; Chinese MT renders 不小 and 不少 so).
# So is a risk that "cannot be ignored" (不容忽视): "deserves attention", and a review's "not bad" / "okay".
_UNDERSTATED = re.compile(r"\s+(?:a\s+|be\s+|been\s+)?(small|few|little|minor|slight|insignificant|negligible|"
                          r"uncommon|unusual|ignored|overlooked|underestimated|neglected|bad)\b", re.I)


def _litotes(found: Found, texts: tuple[str, str], used: set[str]) -> Found:
    """The cues of both texts, the side with more less the particles of a litotes whose word the
    other text lacks, as many as it has cues more. Where the other text has the word ("small" / "not
    small"), the particle is a flip; where it has the word's antonym ("many" / "not a few"), the
    particle and the swap cancel; where it has as many cues, none needs explaining ("not a mild
    illness" / "not a slight illness")."""
    def litotes(m: re.Match, k: int) -> bool:
        u = _UNDERSTATED.match(texts[k], m.end())
        if m.group(0).lower() not in ("not", "no", "cannot", "can't", "never") or not u:
            return False
        word = u.group(1).lower()
        return word not in used and not re.search(rf"(?<![a-z]){word}(?![a-z])", texts[1 - k].lower())

    return _excused(found, litotes)


# A possibility not ruled out is a doubt (Chinese news' 不排除): "a rise cannot be ruled out" / "prices may
# rise". "Ruled out" / "not ruled out" stays a flip.
_RULED_OUT = re.compile(rf"\b{RULE_OUT}", re.I)
_ITS_PARTICLE = re.compile(rf"\s+(?:be\s+|been\s+)?{RULE_OUT}", re.I)


def _not_ruled_out(found: Found, texts: tuple[str, str]) -> Found:
    """The cues of both texts, the side with more less the particles of a possibility not ruled out,
    where the other text doubts and rules nothing out, as many as it has cues more."""
    def possible(m: re.Match, k: int) -> bool:
        other = texts[1 - k]
        return bool(_ITS_PARTICLE.match(texts[k], m.end())) and not _RULED_OUT.search(other) and doubts(other)

    return _excused(found, possible)


def _excused(found: Found, excuse) -> Found:
    """The cues of both texts, the side with more less those that `excuse(cue, side)` explains, as many as
    it has cues more."""
    gap = len(found[0]) - len(found[1])
    if gap == 0:
        return found
    more = int(gap < 0)
    excused = [m for m in found[more] if excuse(m, more)][:abs(gap)]
    return _with(found, more, [m for m in found[more] if m not in excused])


def _with(found: Found, k: int, side: list[re.Match]) -> Found:
    """`found` with side `k`'s cues (0: the original's, 1: the translation's) put in its place."""
    return (side, found[1]) if k == 0 else (found[0], side)


# A bound said by negating its opposite, and said without a negation (each pattern here, and the words that
# say its bound in _BOUNDS): an upper bound, "no more than 3%" / "at most 3%", "not exceeding 600 degrees" /
# "up to 600 degrees", "within 5%" (以内) and "only two" (仅) before a count, "not even 100 people" / "under
# 100 people" (不到); a lower bound, "not less than 5,000 yuan" / "at least 5,000 yuan" (Chinese rules say
# 不超过 and 不低于, which MT renders either way); the earliest time, "did not arrive until 5 p.m." / "only
# arrived at 5 p.m." (直到…才), where a text with no "only" keeps its particle ("will remain closed until
# March" / "will not remain closed until March" is a flip); the top, "nothing is more important than safety"
# / "safety is the most important thing" or "comes first" (没有什么比…更); and soon, "not long after" /
# "shortly after" (不久).
_NEGATED_BOUNDS = (
    re.compile(r"(?:no|not)\s+(?:more|higher|greater|larger|later|longer)\s+than|not\s+(?:to\s+)?exceed\w*|"
               rf"not\s+even(?=\s+[$€£¥]?(?:{COUNT})\b)", re.I),
    re.compile(r"(?:no|not)\s+(?:less|fewer|lower|smaller|earlier|shorter)\s+than", re.I),
    re.compile(r"(?:not|\w+n't)\s+(?:\w+\s+){0,4}?(?:until|till)\b", re.I),
    re.compile(r"(?:nothing|nobody|no\s+one|none|no\s+(?!more\b|less\b|fewer\b)\w+)\s+(?:\w+\s+){0,3}?"
               r"(?:more|better|greater|higher|bigger|larger|worse)\s+(?:\w+\s+){0,2}?than\b", re.I),
    re.compile(r"not\s+long\s+(?:before|after|ago|afterwards|later)\b", re.I),
)
_BOUNDS = (
    re.compile(r"\b(?:at\s+(?:the\s+)?most|up\s+to|a\s+maximum\s+of|or\s+(?:less|fewer|lower|below|under)|"
               rf"capped\s+at|(?:within|only|just|merely|less\s+than|fewer\s+than|under|below)"
               rf"(?=\s+[$€£¥]?(?:{COUNT})\b))\b", re.I),
    re.compile(r"\b(?:at\s+(?:the\s+)?least|a\s+minimum\s+of|or\s+(?:more|higher|above|over)|and\s+above)\b", re.I),
    re.compile(r"\bonly\b", re.I),
    re.compile(r"\b(?:most|best|greatest|highest|biggest|largest|worst|first|top)\b", re.I),
    re.compile(r"\b(?:soon|shortly|quickly|recently)\b", re.I),
)


def _bounded(found: Found, texts: tuple[str, str], used: set[str]) -> Found:
    """The cues of both texts less the particles that negate a bound's opposite where the other text
    says a bound of that direction in words without a negation. Where the bound's word is counted as
    an antonym swap ("not less than 5,000" / "5,000 or more"), the swap and the particle cancel."""
    out = []
    for k, side in enumerate(found):
        said = [negated for negated, bound in zip(_NEGATED_BOUNDS, _BOUNDS) if bound.search(texts[1 - k])]

        def restated(m: re.Match) -> bool:
            bound = next((b for negated in said if (b := negated.match(texts[k], m.start()))), None)
            return bound is not None and bound.group(0).split()[1].lower() not in used

        out.append([m for m in side if not restated(m)])
    return out[0], out[1]


def _changes(original: str, translation: str, swapped: list[tuple[str, str]], found: Found) -> list[Change]:
    a, b = ([m.group(0).lower() for m in side] for side in found)
    flips = abs(len(a) - len(b)) + len(swapped)
    # A word too ambiguous to count as an opposite may still cancel a flip: "remained open" / "did not
    # close" ("close" is also "near"). Read only where a flip stands, since it costs another pass.
    if flips % 2 == 0 or len(_swaps(original, translation, loose=True)) > len(swapped):
        return []
    particles = abs(_particles(a) - _particles(b))
    kind = "negation" if particles % 2 else "opposite" if swapped else "polarity"
    cue_spans = tuple(tuple(m.span() for m in side) for side in found)
    if swapped:
        before, after = ", ".join(x for x, _ in swapped), ", ".join(y for _, y in swapped)
        if a or b:
            before, after = ", ".join([before, *a]), ", ".join([after, *b])
        return [Change(kind, before, after,
                       before_spans=tuple(sorted(_where(original, {x for x, _ in swapped}) + cue_spans[0])),
                       after_spans=tuple(sorted(_where(translation, {y for _, y in swapped}) + cue_spans[1])))]
    return [Change(kind, ", ".join(a) or AFFIRMATIVE, ", ".join(b) or AFFIRMATIVE,
                   said=_said(original, translation, {w for cue in a + b for w in cue.split()}),
                   before_spans=cue_spans[0], after_spans=cue_spans[1])]


# "Without", "free of" and "zero" negate a noun, not a clause, "anti-" a noun's thing, "far from" a word
# of degree ("far from enough", or a distance: "far from the city"), "yet to" what is to come ("has yet to
# respond" / "has not responded yet", "the best is yet to come" / "still to come"), and "the first time",
# "unprecedented", "a record high" and "an all-time low" say "never before" ("the highest ever"); "hardly"
# says "almost no", "stop" or "cease" before a verb "no longer" ("will no longer sell" / "will stop
# selling" / "will stop the sale"), "voted against" a refusal ("rejected by voters"), "cancelled", "called
# off" and "postponed" what will not happen ("the match was called off" / "will not be played"), "out of
# danger", "out of work", "out of stock" a state no longer or not so ("not in danger"), a clean sheet a
# goal not conceded ("kept a clean sheet" / "did not concede a goal"), anonymity a name not given ("asked
# not to be named" / "asked to remain anonymous"), a suspect "at large" one not caught ("remains at large" /
# "has not been caught"; never "the public at large"), and "instead of" or "rather than" what did not ("rose
# instead of falling" / "did not fall but rose"). They say what a cue of the other text says ("no genetic
# diseases" / "free of genetic diseases", "China had never hosted it before" / "the first time China
# hosted it", "Tips to prevent fraud" / "Anti-scam tips"), but never make a flip of their own: "The storm
# cut power to 200,000 homes" / "left 200,000 homes without power".
_AT_LARGE = "|".join(f"(?<={w} )" for w in "is are was were been still remain remains remained".split())
_PRIVATIVE = re.compile(
    r"\b(?:without|free (?:of|from)|first time|unprecedented|record(?=[\s-]+(?:highs?|lows?|levels?))|all-time|"
    r"anti-(?=\w)|zero|far from|yet to(?= \w)|hardly|scarcely|stop(?:s|ping)?(?= \w+ing\b)|ceas(?:e|es|ed|ing)|"
    r"vot\w* against|cancel+(?:s|ed|ing|ation)?|call\w* off|postpon\w*|instead of|rather than|"
    r"out of (?:danger|work|stock|service|order|action|reach)|clean sheets?|anonym(?:ous|ously|ity)|"
    rf"(?:{_AT_LARGE})at large)\b",
    re.I)


def _privatives(found: Found, texts: tuple[str, str], used: set[str]) -> Found:
    """The cues of both texts, the side with fewer given its privatives that the other lacks, as many as
    the other side has cues more."""
    gap = len(found[0]) - len(found[1])
    if gap == 0:
        return found
    own = [sorted([m for m in _PRIVATIVE.finditer(t) if m.group(0).split()[0].lower() not in used
                   and m.group(0).lower() not in used
                   and not _in_name(t, m.start())] + list(_IDIOMS.finditer(t)) + _affixal(t, used),
                  key=re.Match.start) for t in texts]
    fewer = int(gap > 0)
    extra = own[fewer][:max(0, min(abs(gap), len(own[fewer]) - len(own[1 - fewer])))]
    return _with(found, fewer, sorted(found[fewer] + extra, key=re.Match.start))


_LETTERS = re.compile(r"[a-z]+", re.I)


def _affixal(text: str, used: set[str]) -> list[re.Match]:
    """Words negated by a prefix, which a translator says with a particle as often: "not yet approved" /
    "unapproved", "not conducive" / "unfavourable", "denied" / "untrue", and their adverbs ("illegally").
    Privatives: a swap with the word they negate is a flip of its own (antonyms.swaps), and those that are
    cues ("unable") count as cues alone."""
    return [m for m in _PREFIXED.finditer(text) if (w := m.group(0).lower()) not in used and not _CUES.fullmatch(w)
            and not _in_name(text, m.start()) and (_negated(w) or w.endswith("ly") and _negated(w[:-2]))]


# A word, or one that "non-" negates with a hyphen ("non-contagious", which WordNet writes "noncontagious").
_PREFIXED = re.compile(r"(?:non-)?[a-z]+", re.I)


@lru_cache(maxsize=8192)
def _negated(word: str) -> bool:
    """Whether a prefix negates the word: WordNet's antonyms pair it with what follows the prefix
    ("untrue", "undisclosed"), or it is "un" before a verb's participle where "un" and the verb make no
    verb ("unapproved"; not "unveiled" or "uncovered", which undo an act that took place). "Non-" with a
    hyphen before a word that WordNet does not hold with it negates that word ("non-attending users" /
    "users who don't come"); one that it holds is read as it files it ("non-profit" names a kind of body
    and negates no profit)."""
    if word.startswith("non-") and not synonyms.parts("non" + word[4:]):
        return zipf(word[4:]) >= FLOOR
    split = prefixed(word)
    if not split or any(synonyms.is_verb(f) for f in forms(word)):
        return False
    prefix, stem = split
    # A rare stem hides more than one negation: "inevitable" says "cannot be avoided".
    if zipf(stem) < FLOOR:
        return False
    return stem in opposites(word.replace("-", "")) or prefix == "un" and stem.endswith("ed") and any(
        synonyms.is_verb(f) for f in forms(stem) if f != stem)


_UN = re.compile(r"(?<![a-z])(?:un|non-)", re.I)  # where a word of _PREFIXED may start with a prefix read here


def _undone(texts: tuple[str, str], used: set[str]) -> list[tuple[str, str]]:
    """Participles that one text says and the other negates with "un", where WordNet knows no such
    adjective to pair them (antonyms.swaps): "the drug was approved" / "the drug was unapproved"; and
    any word that one says and the other negates with "non-" ("resident" / "non-resident"), which
    antonyms.swaps, reading words of letters, never sees."""
    if not any(_UN.search(t) for t in texts):
        return []  # most pairs: no word is counted
    counts = [Counter(w.lower() for w in _PREFIXED.findall(t)) for t in texts]
    out = []
    for k in (0, 1):
        for word, n in counts[k].items():
            hyphened = word.startswith("non-")
            stem = word[4:] if hyphened else word[2:]
            if (hyphened or word.startswith("un") and not opposites(word)) and word not in used \
                    and stem not in used and _negated(word) \
                    and counts[1 - k][stem] > counts[k][stem] and n > counts[1 - k][word]:
                out.append((stem, word) if k else (word, stem))
    return out


# A state and its lack, each said in a phrase: "in stock" / "out of stock" (有货 / 缺货), "in danger" / "out
# of danger". The lack alone is a privative, no flip (_PRIVATIVE); against its state it is an opposite.
_STATES = "stock|danger|service|reach|range|print"
_IN_STATE = re.compile(rf"\b(?:in|within) ({_STATES})\b", re.I)
_OUT_OF_STATE = re.compile(rf"\bout of ({_STATES})\b", re.I)


def _states(texts: tuple[str, str]) -> list[tuple[str, str]]:
    """The states that one text says a thing is out of and the other says it is in, as swaps."""
    if not any("out of" in t.lower() for t in texts):
        return []  # most pairs
    said = [({m.group(1).lower(): m.group(0).lower() for m in _OUT_OF_STATE.finditer(t)},
             {m.group(1).lower(): m.group(0).lower() for m in _IN_STATE.finditer(t)}) for t in texts]
    (out_a, in_a), (out_b, in_b) = said
    return [(out_a[w], in_b[w]) for w in out_a.keys() & in_b.keys() - out_b.keys() - in_a.keys()] + \
        [(in_a[w], out_b[w]) for w in in_a.keys() & out_b.keys() - out_a.keys() - in_b.keys()]


# A verb's inflection, so that its stem ("prevent") can be found in another form of it ("prevention").
_INFLECTION = re.compile(r"(?:e?s|ed|ing)$")


def _unsaid(found: list[re.Match], other: str, other_found: list[re.Match], used: set[str]) -> list[re.Match]:
    """Cues less the verbs that the other text says in a form that carries no negation of its own ("Tips to
    prevent fraud" / "Fraud prevention tips" name the same act), by a word of the same sense in WordNet
    ("stopped" / "ceased", "rejected the offer" / "declined the offer"), or by a verb that WordNet makes a
    kind of the cue verb, which carries its negation ("missed the deadline" / "failed to meet it",
    "averted" / "prevented", "aim to stop infections" / "aim to prevent them"). Only a word in "-ed" or
    "-ing", or after "to" or a modal, reads as a verb there: "smoking in bars" holds no "bar" that
    forbids. Particles are words of grammar, never restated so, and a stem shorter than five letters would
    match unrelated words. A word of the other text that is half of an antonym swap (`used`) restates
    nothing: it is counted as a flip."""
    cued = [range(*m.span()) for m in other_found]
    forms = {w.group(0).lower() for w in _WORD.finditer(other) if not any(w.start() in r for r in cued)} - used
    verbs = {w for w in forms if w.endswith(("ed", "ing"))} | {m.group(1).lower() for m in _INFINITIVE.finditer(other)}
    out = []
    for m in found:
        word = m.group(0).lower()
        stem = _INFLECTION.sub("", word)
        if " " in stem or _PARTICLE.fullmatch(stem) or not any(
                len(stem) >= 5 and w.startswith(stem) or synonyms.same(word, w)
                or w in verbs and synonyms.kind_of(w, word) for w in forms):
            out.append(m)
    return out


# What may not be done, which the other text may say with an adjective in "-able" that a prefix negates.
_CANNOT_BE = re.compile(r"\b(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+be\s+([a-z]+)", re.I)


def _able(found: Found, texts: tuple[str, str]) -> Found:
    """The cues of both texts less those of "cannot be" and a verb that the other text says in an adjective
    of what may be done, negated by its prefix (Chinese news' 不可替代: "cannot be replaced" /
    "irreplaceable", "cannot be cured" / "incurable"). The particle and the verb, itself a cue where it
    negates ("cannot be stopped" / "unstoppable"), answer for the adjective together."""
    out = []
    for k, side in enumerate(found):
        cannot = list(_CANNOT_BE.finditer(texts[k]))
        # The other text's words are read for adjectives only beside a "cannot be", which few pairs hold.
        roots = {root for w in _LETTERS.findall(texts[1 - k]) for root in _able_roots(w)} if cannot else set()
        said = [m.span() for m in cannot if forms(m.group(1)) & roots]
        out.append([c for c in side if not any(s <= c.start() < e for s, e in said)])
    return out[0], out[1]


def _able_roots(word: str) -> set[str]:
    """The verb that a negated adjective in "-able" or "-ible" is made of, spelled the ways it may be:
    "curable" is "cure", "stoppable" "stop", "reversible" "reverse", "breakable" "break"."""
    split = prefixed(word.lower())
    if not split or not split[1].endswith(("able", "ible")):
        return set()
    root = split[1][:-4]
    return {root, root + "e"} | ({root[:-1]} if len(root) > 3 and root[-1] == root[-2] else set())


# A verb's base form, after "to" or a modal: "aim to stop infections", "will stop".
_INFINITIVE = re.compile(r"\b(?:to|will|would|can|could|may|might|must|should|shall)\s+([a-z]+)\b", re.I)


def _where(text: str, words: set[str]) -> tuple[Span, ...]:
    """Where the words of an antonym swap stand (antonyms.swaps reads words of letters, in lower case), and
    the phrases of a state (_states)."""
    phrases = [re.escape(w) for w in words if not w.isalpha()]
    found = list(re.finditer(rf"\b(?:{'|'.join(phrases)})\b", text, re.I)) if phrases else []
    return tuple(sorted([m.span() for m in _LETTERS.finditer(text) if m.group(0).lower() in words]
                        + [m.span() for m in found]))


_WORD = re.compile(r"\w+(?:['’]\w+)*")


# A run of the diff with more words than this beside its cues is a sentence put in another order, not
# the words that a flip lies in: "said the government would not raise fuel taxes next year" / "said".
_SAID_WORDS = 5


def _said(original: str, translation: str, cue_words: set[str]) -> tuple[str, str] | None:
    """The words that the flip lies in, as the two texts say them: "approved" / "did not approve"."""
    wa, wb = _WORD.findall(original), _WORD.findall(translation)
    la, lb = [w.lower() for w in wa], [w.lower() for w in wb]
    matcher = difflib.SequenceMatcher(None, la, lb, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal" and any(w in cue_words for w in la[i1:i2] + lb[j1:j2]):
            if op != "replace":  # "not" / "": the words around it show what it negated
                i1, j1, i2, j2 = max(i1 - 1, 0), max(j1 - 1, 0), i2 + 1, j2 + 1
            # The cue's own neighbours first, wherever the other text has them: '"We will not negotiate,"
            # the minister said' / 'The minister said: "We will negotiate"' diffs as "We will not negotiate
            # the" / "The".
            beside = _beside((wa, la), (wb, lb), cue_words)
            if beside is None and (back := _beside((wb, lb), (wa, la), cue_words)):
                beside = back[1], back[0]
            if beside or any(sum(w not in cue_words for w in run) > _SAID_WORDS for run in (la[i1:i2], lb[j1:j2])):
                return beside
            return " ".join(wa[i1:i2]), " ".join(wb[j1:j2])
    return None


def _beside(ours: tuple[list[str], list[str]], theirs: tuple[list[str], list[str]],
            cue_words: set[str]) -> tuple[str, str] | None:
    """The first cue of our words with a word either side, where theirs have those two words side by
    side without it: "will not negotiate" / "will negotiate", wherever the sentences put them. Each
    side: its words as written, and in lower case."""
    (words, lower), (other, other_lower) = ours, theirs
    k = next((k for k, w in enumerate(lower) if w in cue_words), None)
    if k is None:
        return None
    end = k
    while end + 1 < len(lower) and lower[end + 1] in cue_words:
        end += 1
    if k == 0 or end + 1 == len(lower):
        return None
    for j in range(len(other) - 1):
        if other_lower[j:j + 2] == [lower[k - 1], lower[end + 1]]:
            return " ".join(words[k - 1:end + 2]), " ".join(other[j:j + 2])
    return None


def _particles(found: list[str]) -> int:
    return sum(1 for cue in found if _PARTICLE.fullmatch(cue))


def compare(pair: Pair) -> list[Change]:
    changes, wrong = _checked(pair)
    return [] if wrong else changes


def misrendered(pair: Pair) -> bool:
    """Whether the MT's English lost or gained a negative particle that the source keeps as the
    original has it: then that English is not what the translation says."""
    return _checked(pair)[1]


def _checked(pair: Pair) -> tuple[list[Change], bool]:
    swapped, found = _read(pair.original, pair.english)
    changes = _changes(pair.original, pair.english, swapped, found)
    return changes, _misrendered(pair, changes, found)


def _misrendered(pair: Pair, changes: list[Change], found: Found) -> bool:
    particle = _SOURCE_PARTICLES.get(pair.source_lang or "")
    if not (changes and changes[0].kind == "negation" and pair.source and particle):
        return False
    said, rendered = (_particles([m.group(0).lower() for m in side]) > 0 for side in found)
    return bool(particle.search(pair.source)) == said != rendered
