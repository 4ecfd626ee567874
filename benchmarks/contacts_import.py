"""Reading and checking an Outlook contacts export of 10,000 contacts (the most CoP Desk
imports), against a floor measured in the same run; and refusing what is larger.

    python benchmarks/contacts_import.py [--rows 10000] [--import-rows 5000]

First the files issue 13 measured: a 200 MB file and an address book of 230,000 short
rows (20 MB; it took 100 s and 2.4 GB to import) are refused (seconds and peak memory).
Then it writes a German Outlook CSV (cp1252, every field quoted, notes with line breaks)
of ``--rows`` contacts into the temp folder and times

* the floor: decoding the file and splitting it with ``csv.reader`` (nothing else);
* ``read_contacts`` (encoding check over the whole file, separator sniffing, parsing,
  progress reports) and ``analyse`` against a fresh community (the import preview);
* ``confirm_import`` of the first ``--import-rows`` contacts (one transaction, ORM objects,
  row log for undo).

Prints one JSON line: seconds, contacts per second, the ratio read/floor and the peak
resident memory. Goals: reading within 4x the floor, the whole preview of 50 MB in a few
seconds (it runs in the background with progress), memory well under 1 GB. The import
itself runs in the background too (one undo step through ``Commands.start``); the dialog
asks before adding more than 200 members, which no community of practice has.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

HEADER = [
    "Anrede",
    "Vorname",
    "Weitere Vornamen",
    "Nachname",
    "Suffix",
    "Firma",
    "Abteilung",
    "Position",
    "Telefon geschäftlich",
    "Mobiltelefon",
    "E-Mail-Adresse",
    "E-Mail-Typ",
    "E-Mail: Angezeigter Name",
    "E-Mail 2: Adresse",
    "E-Mail 2: Typ",
    "Kategorien",
    "Notizen",
] + [f"Feld {i}" for i in range(60)]
FIRST = ["Jürgen", "Sabine", "Lea", "Andreas", "Katrin", "Björn", "Dragana", "Stefan", "Ute"]
LAST = ["Weiß", "Groß", "Schäfer", "Bäumer", "Özdemir", "Meißner", "Petrovic", "Krüger", "Jäger"]


def write_file(path: Path, count: int) -> int:
    rng = random.Random(7)
    rows = 0
    with open(path, "w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(HEADER)
        while rows < count:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            email = f"{first.lower()}.{last.lower()}.{rows}@stadt{rows % 300}.example"
            email = email.translate(str.maketrans("äöüß", "aous"))
            x500 = rows % 10 == 0
            writer.writerow(
                [
                    "",
                    first,
                    "",
                    last,
                    "",
                    f"Stadt {rows % 300}",
                    "Personalamt",
                    "Personalentwicklung",
                    f"+49 30 {rows:07d}",
                    "",
                    "/o=Exchange/cn=x" if x500 else email,
                    "EX" if x500 else "SMTP",
                    f"{first} {last} ({email})",
                    email if x500 else "",
                    "SMTP" if x500 else "",
                    "CoP",
                    "Notiz mit Zeilenumbruch\r\nzweite Zeile " + "x" * rng.randint(0, 300),
                ]
                + [""] * 60
            )
            rows += 1
    return rows


def refusal(path: Path) -> dict:
    """Seconds and peak memory until *path* is refused (run first: the peak only grows)."""
    from copdesk.formats.contacts import ContactFileError, read_contacts

    start = time.perf_counter()
    try:
        read_contacts(path)
    except ContactFileError as exc:
        message = exc.render()
    else:
        raise SystemExit(f"{path.name} was not refused")
    return {
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "refused_s": round(time.perf_counter() - start, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "message": message[message.index("”") + 2 :][:60] + " …",
    }


def floor(path: Path) -> float:
    start = time.perf_counter()
    with open(path, encoding="cp1252", newline="") as fh:
        for _row in csv.reader(fh):
            pass
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--import-rows", type=int, default=5000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from copdesk.formats.contacts import read_contacts
    from copdesk.model import contacts_import, db, uow

    folder = Path(tempfile.mkdtemp(prefix="copdesk-bench-contacts-"))
    book = folder / "Adressbuch.csv"
    with open(book, "w", encoding="utf-8", newline="") as fh:
        fh.write("Vorname,Nachname,E-Mail-Adresse,Firma\r\n")
        fh.writelines(
            f"Vor{i},Nach{i},person{i}@stadt{i % 300}.example,Stadt {i % 300}\r\n"
            for i in range(230_000)
        )
    print(json.dumps({"refused": "230,000 contacts", **refusal(book)}, ensure_ascii=False))
    book.unlink()
    huge = folder / "Riesig.csv"
    with open(huge, "wb") as fh:  # sparse: costs no disk
        fh.truncate(200_000_000)
    print(json.dumps({"refused": "200 MB", **refusal(huge)}, ensure_ascii=False))
    huge.unlink()

    csv_path = folder / "Kontakte.CSV"
    rows = write_file(csv_path, args.rows)
    size = csv_path.stat().st_size
    floor_s = min(floor(csv_path) for _ in range(2))

    reports = []
    start = time.perf_counter()
    contacts = read_contacts(csv_path, report=lambda d, t: reports.append(d))
    read_s = time.perf_counter() - start

    community_path = folder / "bench.copdesk"
    db.create_community(community_path)
    with db.open_community(community_path) as community:
        start = time.perf_counter()
        preview = uow.read(community, contacts_import.analyse, contacts.records)
        analyse_s = time.perf_counter() - start
        subset = contacts.records[: args.import_rows]
        start = time.perf_counter()
        result, _changes = uow.write(community, contacts_import.confirm_import, subset)
        import_s = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "file_mb": round(size / 1e6, 1),
                "rows": rows,
                "records": len(contacts.records),
                "new": preview.new,
                "duplicates": preview.duplicates,
                "invalid": preview.invalid,
                "floor_s": round(floor_s, 2),
                "read_s": round(read_s, 2),
                "analyse_s": round(analyse_s, 2),
                "read_plus_analyse_vs_floor": round((read_s + analyse_s) / floor_s, 2),
                "progress_reports": len(reports),
                "import_rows": result.added,
                "import_s": round(import_s, 2),
                "import_rows_per_s": round(result.added / max(import_s, 1e-9)),
                "peak_rss_mb": round(peak_mb),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
