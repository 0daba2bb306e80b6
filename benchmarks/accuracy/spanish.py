"""Spanish articles through real MT, with their source: python benchmarks/accuracy/spanish.py

Issue 10's Apertium scenario, as an editor meets it: an English article, a Spanish translation of it,
and tcheck's check of the two with `--mt-engine apertium` (Debian's apertium-eng-spa, which
.ci/setup installs). Each article of data/spanish/<set>/ comes as NN.en.txt, a faithful translation
NN.es.txt, the same with three planted changes NN.es.changed.txt, and NN.key.json naming them (kind,
the English sentence, the Spanish before and after). Written here, by writers who saw no code; the
MT is real. A planted change counts as found where the changed article has a finding on its English
sentence that the faithful article does not have; every finding on a faithful article is a false
alarm. Printed per set, with the packaged verifier and with the rules alone (--verifier none):

    python benchmarks/accuracy/spanish.py                 # every set
    python benchmarks/accuracy/spanish.py sealed46        # one set
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from tcheck.checker import Checker, Source
from tcheck.pipeline import Config

DATA = Path(__file__).resolve().parent / "data" / "spanish"


def articles(name: str) -> list[tuple[str, str, str, list[dict]]]:
    """(English, faithful Spanish, changed Spanish, the planted changes) per article of a set."""
    folder = DATA / name
    return [(en.read_text(encoding="utf-8"), (folder / f"{en.name[:2]}.es.txt").read_text(encoding="utf-8"),
             (folder / f"{en.name[:2]}.es.changed.txt").read_text(encoding="utf-8"),
             json.loads((folder / f"{en.name[:2]}.key.json").read_text(encoding="utf-8")))
            for en in sorted(folder.glob("*.en.txt"))]


def _said(f) -> tuple:
    return f.type, f.kind, f.before, f.after


def score(checker: Checker, name: str) -> tuple[Counter, Counter, int, int, int]:
    """Found and planted per kind, the faithful articles' findings, the sentences they flag, and
    the sentences of the originals."""
    found, planted = Counter(), Counter()
    alarms = flagged = sentences = 0
    for en, es, changed, keys in articles(name):
        faithful = checker.check(Source(en, "original", "en"), Source(es, "translation", "es"))
        after = checker.check(Source(en, "original", "en"), Source(changed, "translation", "es"))
        alarms += len(faithful.findings)
        flagged += len({f.original_index for f in faithful.findings})
        sentences += sum(s.kind == "sentence" for s in faithful.original.segments)
        before = {_said(f) for f in faithful.findings}
        for key in keys:
            planted[key["kind"]] += 1
            found[key["kind"]] += any(key["english_sentence"] in (f.original or "") and _said(f) not in before
                                      for f in after.findings)
    return found, planted, alarms, flagged, sentences


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=sorted(p.name for p in DATA.iterdir() if p.is_dir()))
    ap.add_argument("--sensitivity", default="normal", choices=["low", "normal", "high"])
    args = ap.parse_args()
    config = Config.for_sensitivity(args.sensitivity)
    for verifier in (None, "none"):
        checker = Checker(mt_engine="apertium", config=config, verifier_name=verifier)
        print(f"\n{'packaged verifier' if verifier is None else 'rules alone'}, {args.sensitivity}")
        for name in args.sets:
            found, planted, alarms, flagged, sentences = score(checker, name)
            kinds = ", ".join(f"{k} {found[k]}/{planted[k]}" for k in sorted(planted))
            print(f"  {name}: faithful sentences flagged {flagged}/{sentences} ({flagged / sentences:.1%}, "
                  f"{alarms} findings); planted found {sum(found.values())}/{sum(planted.values())} ({kinds})")


if __name__ == "__main__":
    main()
