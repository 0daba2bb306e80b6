"""Generate a translation archive for `tcheck audit`: varied pairs from the fixtures, some of them broken.

    python benchmarks/make_archive.py OUT_DIR --pairs 1000 [--nb-share 0.3] [--broken-every 25]

Writes OUT_DIR/manifest.csv and the files it names. Pairs come from fixtures/en-rewrite (English vs
English) and fixtures/nb-council (English vs Norwegian, with its English MT file, or without it for
the Argos path). Each pair gets its own place and person names (the same in all its files, so the
planted findings stay), and some pairs lose a paragraph (a dropped claim). Every `broken_every`-th
pair is broken in turn: a missing file, an empty file, a binary file, a Latin-1 file (readable), a
path outside the archive, and, with `oversized=True`, a file over tcheck's size limit.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "fixtures"
EN = {"original": FIX / "en-rewrite/original.en.txt", "translation": FIX / "en-rewrite/rewrite.en.txt"}
NB = {"original": FIX / "nb-council/original.en.txt", "translation": FIX / "nb-council/translation.nb.txt",
      "mt": FIX / "nb-council/mt.en.txt"}

# Distinctive tokens of the fixtures, replaced per pair by a name from the list beside them.
_EN_TOKENS = {"Port Alden": ["Port Ellis", "Kingsbridge", "Marston", "Eastwick", "Holloway Bay", "Carrow",
                             "Ashby Vale"],
              "Marlow": ["Hartley", "Pemberton", "Ravensworth", "Lindqvist", "Castell", "Fairholme"],
              "Osei": ["Mensah", "Okafor", "Hughes", "Bishop", "Varga", "Nakamura"],
              "Rachel": ["Grace", "Helen", "Amira", "Joanna", "Claire"],
              "Whitcombe": ["Ashdown", "Kendrick", "Mallory", "Thorne", "Pryce"],
              "Hoorn": ["Delft", "Leyden", "Moerdijk", "Haarlem"],
              "Antwerp": ["Ghent", "Bruges", "Rotterdam", "Lille"],
              "Liverpool": ["Leeds", "Bristol", "Cardiff", "Glasgow"],
              "Harbour at Dusk": ["Boats at Dawn", "River in Winter", "Quay at Noon", "Storm over Dunes"]}
_NB_TOKENS = {"Havnvik": ["Fjordvik", "Sandnesøy", "Bråvik", "Lyngstad", "Kvalnes", "Tromvik", "Skarvnes"],
              "Nordkyst": ["Vestlandet", "Havbris", "Kystlinje", "Polarlys", "Fjellheim"],
              "Storbrygga": ["Sjøbrygga", "Kaikanten", "Strandtomta", "Nordbrygga"],
              "Brenna": ["Haugen", "Lunde", "Moen", "Berge", "Vik"],
              "Solveig": ["Ingrid", "Kari", "Astrid", "Hilde"],
              "Nygård": ["Bakken", "Dahl", "Sæther", "Rønning"],
              "Salvesen": ["Kristiansen", "Mathisen", "Lorentzen", "Eliassen"],
              "Mikalsen": ["Pedersen", "Johansen", "Nilsen", "Hansen"]}
# Words of the English fixtures swapped per pair (the same swap in every English file of the pair), so
# that sentences repeat across pairs about as little as in a real archive and caches do not flatter.
_SYNONYMS = {"painting": ["artwork", "canvas", "picture", "work of art"],
             "gallery": ["museum", "art museum", "collection"],
             "police": ["officers", "detectives", "investigators"],
             "council": ["municipal council", "town council", "local council"],
             "harbour": ["port", "waterfront", "quay"], "hotel": ["resort", "hotel complex"],
             "dinner": ["meal", "supper"],
             "sale": ["deal", "transaction", "disposal"], "residents": ["locals", "inhabitants", "townspeople"],
             "company": ["firm", "business"], "dealer": ["art dealer", "trader", "broker"],
             "meeting": ["session", "sitting"],
             "site": ["plot", "property", "lot"], "director": ["head", "chief", "manager"],
             "developer": ["builder", "investor"],
             "evening": ["night"], "vote": ["ballot", "decision"], "information": ["details", "tips"],
             "stolen": ["taken", "seized"],
             "arrested": ["detained", "held"], "value": ["worth", "price"],
             "largest": ["biggest", "greatest"], "plan": ["proposal", "scheme"],
             "construction": ["building work", "the building phase"], "committee": ["panel", "board"],
             "party": ["group"],
             "project": ["development", "scheme"], "market": ["going", "commercial"], "members": ["representatives"]}
BROKEN = ("missing", "empty", "binary", "latin1", "outside", "oversized")


def make_archive(out: Path, pairs: int, nb_share: float = 0.3, broken_every: int = 25, seed: int = 0,
                 oversized: bool = False, mt_share: float = 1.0) -> Path:
    """Write `pairs` pairs and OUT/manifest.csv; return the manifest's path.

    nb_share: the share of Norwegian pairs; mt_share: the share of those that come with an MT file
    (the rest need an installed nb->en Argos model)."""
    rng = random.Random(seed)
    out = Path(out)
    (out / "files").mkdir(parents=True, exist_ok=True)
    kinds = [k for k in BROKEN if oversized or k != "oversized"]
    rows = []
    for i in range(pairs):
        nb = rng.random() < nb_share
        pid = f"{'nb' if nb else 'en'}-{i:05d}"
        texts = _variant(NB if nb else EN, _NB_TOKENS if nb else _EN_TOKENS, rng)
        if nb and rng.random() >= mt_share:
            texts.pop("mt")
        names = {side: f"files/{pid}.{side}.{'nb' if nb and side == 'translation' else 'en'}.txt" for side in texts}
        data = {side: text.encode("utf-8") for side, text in texts.items()}
        if broken_every and i % broken_every == broken_every - 1:
            kind = kinds[(i // broken_every) % len(kinds)]
            pid = f"{pid}-{kind}"
            _break(kind, names, data)
        for side, blob in data.items():
            if blob is not None:
                (out / names[side]).write_bytes(blob)
        rows.append({"id": pid, "original": names["original"], "translation": names["translation"],
                     "source_lang": "nb" if nb else "en", "mt_file": names.get("mt", "")})
    manifest = out / "manifest.csv"
    with open(manifest, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "original", "translation", "source_lang", "mt_file"])
        w.writeheader()
        w.writerows(rows)
    return manifest


def _variant(files: dict[str, Path], tokens: dict[str, list[str]], rng: random.Random) -> dict[str, str]:
    texts = {side: p.read_text(encoding="utf-8") for side, p in files.items()}
    swaps = {token: rng.choice(choices) for token, choices in tokens.items()}
    words = {w: rng.choice([w, *choices]) for w, choices in _SYNONYMS.items()}
    pattern = re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE)

    def swap(m: re.Match) -> str:
        new = words[m.group(0).lower()]
        return new[:1].upper() + new[1:] if m.group(0)[0].isupper() else new

    numbers = _renumber(texts.values(), rng)
    for side in texts:
        for token, new in swaps.items():
            texts[side] = texts[side].replace(token, new)
        if side != "translation" or files is EN:  # English files only
            texts[side] = pattern.sub(swap, texts[side])
        texts[side] = re.sub(r"\b\d+\b", lambda m: numbers[m.group(0)], texts[side])
    if rng.random() < 0.3:  # a dropped paragraph: the same one in the translation and its MT file
        paragraphs = {side: t.split("\n\n") for side, t in texts.items() if side != "original"}
        n = min(len(p) for p in paragraphs.values())
        k = rng.randrange(2, n)
        for side, ps in paragraphs.items():
            texts[side] = "\n\n".join(ps[:k] + ps[k + 1:])
    return texts


def _renumber(texts, rng: random.Random) -> dict[str, str]:
    """A one-to-one map of the pair's numbers to new ones, so a planted change (340 -> 430) stays a change."""
    found = sorted({n for t in texts for n in re.findall(r"\b\d+\b", t)}, key=lambda n: (len(n), n))
    used: set[str] = set()
    out = {}
    for n in found:
        while True:
            if len(n) == 4 and 1900 <= int(n) <= 2100:
                new = str(rng.randint(1950, 2035))
            elif len(n) <= 2 and int(n) <= 28:  # could be a day of the month
                new = str(rng.randint(1, 28))
            else:
                new = str(rng.randint(10 ** (len(n) - 1), 10 ** len(n) - 1)).zfill(len(n))
            if new not in used:
                break
        used.add(new)
        out[n] = new
    return out


def _break(kind: str, names: dict[str, str], data: dict[str, bytes | None]) -> None:
    if kind == "missing":
        data["translation"] = None
    elif kind == "empty":
        data["translation"] = b""
    elif kind == "binary":
        data["translation"] = bytes(random.Random(len(names)).randrange(256) for _ in range(4096)) + b"\x00" * 64
    elif kind == "latin1":  # a legacy encoding that tcheck reads: this pair must come out ok
        data["translation"] = data["translation"].decode("utf-8").encode("latin-1", "replace")
    elif kind == "outside":
        names["translation"] = "../outside.txt"
        data["translation"] = None
    elif kind == "oversized":
        data["translation"] = b"All work and no play. " * 240_000  # 5.3 MB, over textio.MAX_BYTES


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pairs", type=int, default=1000)
    ap.add_argument("--nb-share", type=float, default=0.3)
    ap.add_argument("--broken-every", type=int, default=25)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--oversized", action="store_true", help="also write one file over the 5 MB limit")
    args = ap.parse_args()
    manifest = make_archive(args.out, args.pairs, args.nb_share, args.broken_every, args.seed, args.oversized)
    print(manifest)


if __name__ == "__main__":
    main()
