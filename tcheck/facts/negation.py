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

The words are read elsewhere: the negative cues and the fixed phrases whose particle negates nothing in
cues.py, the words that stand in for a cue (privatives) in privatives.py, and converses ("the yen fell
against the dollar" / "the dollar rose against the yen") in converse.py.

Where the foreign text is at hand and its language's negative particles are known, a particle that
only the MT's English lost or gained is the MT's error, not the translator's: "Ninguna de ellas está
en estado grave" keeps "Neither is in serious condition", whatever Apertium's "Any of them" says.
"""
from __future__ import annotations

import difflib
import re

from ..lexical import stems
from ..spans import blank
from ..types import AFFIRMATIVE, Change, Span
from .pair import Pair
from . import converse, cues, known_as, privatives, synonyms
from .antonyms import forms, prefixed, swaps
from .cues import Found
from .hedges import RULE_OUT, doubts
from .quantities import COUNT


def diff(original: str, translation: str) -> list[Change]:
    return _changes(original, translation, *_read(original, translation))


def _read(original: str, translation: str) -> tuple[list[tuple[str, str]], Found]:
    """The antonym swaps between the texts, and each text's negative cues that count. A fixed phrase's
    particle is neither a cue nor half of a swap, but may stand for a cue of the other text, as a
    privative does ("leaves no doubt" / "does not leave room for doubt")."""
    plain = cues.plain(original), cues.plain(translation)
    swapped = _swaps(original, translation)
    swapped += privatives.undone(plain, {w for pair in swapped for w in pair})
    swapped += privatives.states(plain)
    swapped = [pair for pair in swapped if not _deferred(pair, plain)]
    # A word already counted as an antonym swap is not counted again as a negative cue.
    used = {w for pair in swapped for w in pair}
    found = _neither((cues.cues(plain[0], used), cues.cues(plain[1], used)))
    found = _unsaid(found[0], translation, found[1], used), _unsaid(found[1], original, found[0], used)
    found = _able(found, (original, translation))
    found = _litotes(found, (original, translation), used)
    found = _bounded(found, (original, translation), used)
    found = _not_ruled_out(found, (original, translation))
    return swapped, privatives.stand_ins(found, (original, translation), used)


def _swaps(original: str, translation: str, loose: bool = False) -> list[tuple[str, str]]:
    """antonyms.swaps between the texts as cues.plain gives them. A word of a name that both say, either way,
    is none of the claim's ("Double Eleven" / "Singles' Day" swaps nothing); names are looked for only
    where a swap's word stands capitalised, as a name's would, since finding them costs more than the
    rest of the comparator. A swap whose terms the texts exchange is no flip (converse.turned)."""
    plain = cues.plain(original), cues.plain(translation)
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
                cues.PARTICLE.fullmatch(w) and w != "nor" for w in said[k][:i]))]
        out.append(side)
    return out[0], out[1]


# Litotes: "not small" says "large", and the other text may say it with a word that is no antonym
# ("the growth pressure is not small" / "significant pressure"; Chinese MT renders 不小 and 不少 so).
# So is a risk that "cannot be ignored" (不容忽视): "deserves attention", and a review's "not bad" / "okay".
_UNDERSTATED = re.compile(r"\s+(?:a\s+|be\s+|been\s+)?(small|few|little|minor|slight|insignificant|negligible|"
                          r"uncommon|unusual|ignored|overlooked|underestimated|neglected|bad)\b", re.I)


# How far past a particle (characters, at most three words) the word it negates may stand: "did not quite win".
_NEGATED_REACH = 40


def _litotes(found: Found, texts: tuple[str, str], used: set[str]) -> Found:
    """The cues of both texts, the side with more less the particles of a litotes whose word the
    other text lacks, as many as it has cues more. Where the other text has the word ("small" / "not
    small"), the particle is a flip; where it has the word's antonym ("many" / "not a few"), the
    particle and the swap cancel; where it has as many cues, none needs explaining ("not a mild
    illness" / "not a slight illness"). A particle before a word of an antonym swap is that swap's
    to cancel, not one to set against a litotes ("was not good, and the pressure is significant" /
    "was poor, and the pressure is not small")."""
    def litotes(m: re.Match, k: int) -> bool:
        u = _UNDERSTATED.match(texts[k], m.end())
        if m.group(0).lower() not in ("not", "no", "cannot", "can't", "never") or not u:
            return False
        word = u.group(1).lower()
        return word not in used and not re.search(rf"(?<![a-z]){word}(?![a-z])", texts[1 - k].lower())

    def swapped(m: re.Match, k: int) -> bool:
        return any(w.lower() in used for w in _LETTERS.findall(texts[k], m.end(), m.end() + _NEGATED_REACH)[:3])

    return _excused(found, litotes, swapped)


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


def _excused(found: Found, excuse, spent=lambda m, k: False) -> Found:
    """The cues of both texts, the side with more less those that `excuse(cue, side)` explains, as many as
    it has cues more, not counting those that `spent(cue, side)` says another flip answers for."""
    gap = sum(not spent(m, 0) for m in found[0]) - sum(not spent(m, 1) for m in found[1])
    if gap == 0:
        return found
    more = int(gap < 0)
    excused = [m for m in found[more] if excuse(m, more)][:abs(gap)]
    return cues.with_side(found, more, [m for m in found[more] if m not in excused])



# A bound said by negating its opposite, and said without a negation (each pattern here, and the words that
# say its bound in _BOUNDS): an upper bound, "no more than 3%" / "at most 3%", "not exceeding 600 degrees" /
# "up to 600 degrees", "within 5%" (以内) and "only two" (仅) before a count, "not even 100 people" / "under
# 100 people" (不到); a lower bound, "not less than 5,000 yuan" / "at least 5,000 yuan" (Chinese rules say
# 不超过 and 不低于, which MT renders either way); the earliest time, "did not arrive until 5 p.m." / "only
# arrived at 5 p.m." (直到…才), where a text with no "only" keeps its particle ("will remain closed until
# March" / "will not remain closed until March" is a flip); the top, "nothing is more important than safety"
# / "safety is the most important thing" or "comes first" (没有什么比…更), "nothing beats homemade dumplings" /
# "homemade dumplings are the best"; and soon, "not long after" /
# "shortly after" (不久).
_NEGATED_BOUNDS = (
    re.compile(r"(?:no|not)\s+(?:more|higher|greater|larger|later|longer|older)\s+than|not\s+(?:to\s+)?exceed\w*|"
               rf"not\s+even(?=\s+[$€£¥]?(?:{COUNT})\b)", re.I),
    re.compile(r"(?:no|not)\s+(?:less|fewer|lower|smaller|earlier|shorter|younger)\s+than", re.I),
    re.compile(r"(?:not|\w+n't)\s+(?:\w+\s+){0,4}?(?:until|till)\b", re.I),
    re.compile(r"(?:nothing|nobody|no\s+one|none|no\s+(?!more\b|less\b|fewer\b)\w+)\s+(?:\w+\s+){0,3}?"
               r"(?:more|better|greater|higher|bigger|larger|worse)\s+(?:\w+\s+){0,2}?than\b"
               r"|(?:nothing|nobody|no\s+one)\s+(?:beats|tops|rivals|compares\s+(?:to|with)|comes\s+close)\b", re.I),
    re.compile(r"not\s+long\s+(?:before|after|ago|afterwards|later)\b", re.I),
)
_BOUNDS = (
    re.compile(r"\b(?:at\s+(?:the\s+)?most|up\s+to|a\s+maximum\s+of|or\s+(?:less|fewer|lower|below|under|younger)|"
               rf"capped\s+at|(?:within|only|just|merely|less\s+than|fewer\s+than|under|below)"
               rf"(?=\s+[$€£¥]?(?:{COUNT})\b))\b", re.I),
    re.compile(r"\b(?:at\s+(?:the\s+)?least|a\s+minimum\s+of|or\s+(?:more|higher|above|over|older)|and\s+above)\b",
               re.I),
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
        if " " in stem or cues.PARTICLE.fullmatch(stem) or not any(
                len(stem) >= 5 and w.startswith(stem) or synonyms.same(word, w)
                or w in verbs and synonyms.kind_of(w, word) for w in forms):
            out.append(m)
    return out


_LETTERS = re.compile(r"[a-z]+", re.I)


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
    the phrases of a state (privatives.states)."""
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
            return _to_shared(wa[i1:i2], wb[j1:j2], cue_words)
    return None


def _to_shared(a: list[str], b: list[str], cue_words: set[str]) -> tuple[str, str]:
    """The two runs up to the content word they share in some form, the word that the particle negates,
    where the cut keeps a cue: "approved an" / "did not approve a fund of" (a word moved, so the diff ran on) is
    "approved" / "did not approve"."""
    for x, wx in enumerate(a):
        for y, wy in enumerate(b):
            if stems(wx) and wx.lower() not in cue_words and forms(wx.lower()) & forms(wy.lower()) and \
                    any(w.lower() in cue_words for w in a[:x + 1] + b[:y + 1]):
                return " ".join(a[:x + 1]), " ".join(b[:y + 1])
    return " ".join(a), " ".join(b)


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
    return sum(1 for cue in found if cues.PARTICLE.fullmatch(cue))


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
    particle = cues.SOURCE_PARTICLES.get(pair.source_lang or "")
    if not (changes and changes[0].kind == "negation" and pair.source and particle):
        return False
    said, rendered = (_particles([m.group(0).lower() for m in side]) > 0 for side in found)
    return bool(particle.search(pair.source)) == said != rendered
