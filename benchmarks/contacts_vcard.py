"""Reading vCards with a line-folded PHOTO (as Apple and Google export them), against a
floor measured in the same run.

    python benchmarks/contacts_vcard.py [--sizes 1.5 5.8 11.6] [--cards 1]

For each size (MB) it writes a vCard file into the temp folder whose photo's base64 is
folded into 75-character lines (RFC 6350), and the same card with the photo on one line,
then times

* the floor: decoding the file and splitting it into lines (nothing else);
* ``read_contacts`` on the unfolded file and on the folded one (encoding check over the
  whole file, unfolding, skipping the photo, parsing the wanted properties).

Prints one JSON line per size: seconds, the ratio folded/floor and seconds per MB, which
stay flat if reading is linear (issue 13 measured 5.8 s, 83 s and 383 s for the folded
files: quadratic). ``--cards`` spreads the same size over that many cards.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import sys
import tempfile
import timeit
from pathlib import Path


def write_file(path: Path, megabytes: float, cards: int, *, folded: bool) -> None:
    rng = random.Random(7)
    per_card = int(megabytes * 1_000_000 / cards)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for n in range(cards):
            data = base64.b64encode(rng.randbytes(per_card * 3 // 4)).decode("ascii")
            photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + data
            if folded:
                photo = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
            fh.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Groß;Sabine {n}\r\nFN:Sabine {n} Groß\r\n"
                f"{photo}\r\nEMAIL;TYPE=WORK:sabine{n}@heidelberg.example\r\n"
                "END:VCARD\r\n"
            )


def best(fn) -> float:
    return min(timeit.repeat(fn, number=1, repeat=2))


def floor(path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        for _line in fh:
            pass


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.5, 5.8, 11.6])
    parser.add_argument("--cards", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from copdesk.formats.contacts import read_contacts

    folder = Path(tempfile.mkdtemp(prefix="copdesk-bench-vcard-"))
    for megabytes in args.sizes:
        folded, unfolded = folder / f"folded-{megabytes}.vcf", folder / f"one-line-{megabytes}.vcf"
        write_file(folded, megabytes, args.cards, folded=True)
        write_file(unfolded, megabytes, args.cards, folded=False)
        size_mb = folded.stat().st_size / 1e6
        floor_s = best(lambda: floor(folded))
        unfolded_s = best(lambda: read_contacts(unfolded))
        folded_s = best(lambda: read_contacts(folded))
        records = read_contacts(folded).records
        assert len(records) == args.cards and records[0].email, "the card was not read"
        print(
            json.dumps(
                {
                    "file_mb": round(size_mb, 1),
                    "cards": args.cards,
                    "floor_s": round(floor_s, 3),
                    "unfolded_s": round(unfolded_s, 3),
                    "folded_s": round(folded_s, 3),
                    "folded_vs_floor": round(folded_s / floor_s, 1),
                    "folded_s_per_mb": round(folded_s / size_mb, 4),
                }
            )
        )
        folded.unlink()
        unfolded.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
