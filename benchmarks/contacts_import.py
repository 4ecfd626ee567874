"""Reading and checking a 50 MB Outlook contacts export, against a floor measured in the
same run.

    python benchmarks/contacts_import.py [--mb 50] [--import-rows 5000]

Writes a German Outlook CSV (cp1252, every field quoted, notes with line breaks) of about
``--mb`` megabytes into the temp folder, then times

* the floor: decoding the file and splitting it with ``csv.reader`` (nothing else);
* ``read_contacts`` (encoding check over the whole file, separator sniffing, parsing,
  progress reports) and ``analyse`` against a fresh community (the import preview);
* ``confirm_import`` of the first ``--import-rows`` contacts (one transaction, ORM objects,
  row log for undo).

Prints one JSON line: seconds, contacts per second, the ratio read/floor and the peak
resident memory. Goals: reading within 4x the floor, the whole preview of 50 MB in a few
seconds (it runs in the background with progress), memory well under 1 GB. The import
itself runs in the window's thread (one undo step through ``Commands.run``); the dialog asks
before adding more than 200 members, which no community of practice has.
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

HEADER = ["Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Suffix", "Firma", "Abteilung",
          "Position", "Telefon geschäftlich", "Mobiltelefon", "E-Mail-Adresse", "E-Mail-Typ",
          "E-Mail: Angezeigter Name", "E-Mail 2: Adresse", "E-Mail 2: Typ", "Kategorien",
          "Notizen"] + [f"Feld {i}" for i in range(60)]
FIRST = ["Jürgen", "Sabine", "Lea", "Andreas", "Katrin", "Björn", "Dragana", "Stefan", "Ute"]
LAST = ["Weiß", "Groß", "Schäfer", "Bäumer", "Özdemir", "Meißner", "Petrovic", "Krüger", "Jäger"]


def write_file(path: Path, megabytes: int) -> int:
    rng = random.Random(7)
    rows = 0
    with open(path, "w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(HEADER)
        while fh.tell() < megabytes * 1_000_000:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            email = f"{first.lower()}.{last.lower()}.{rows}@stadt{rows % 300}.example"
            email = email.translate(str.maketrans("äöüß", "aous"))
            x500 = rows % 10 == 0
            writer.writerow(["", first, "", last, "", f"Stadt {rows % 300}", "Personalamt",
                             "Personalentwicklung", f"+49 30 {rows:07d}", "",
                             "/o=Exchange/cn=x" if x500 else email, "EX" if x500 else "SMTP",
                             f"{first} {last} ({email})", email if x500 else "",
                             "SMTP" if x500 else "", "CoP",
                             "Notiz mit Zeilenumbruch\r\nzweite Zeile " + "x" * rng.randint(0, 300)]
                            + [""] * 60)
            rows += 1
    return rows


def floor(path: Path) -> float:
    start = time.perf_counter()
    with open(path, encoding="cp1252", newline="") as fh:
        for _row in csv.reader(fh):
            pass
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--import-rows", type=int, default=5000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from copdesk.formats.contacts_io import read_contacts
    from copdesk.model import contacts_import, db, uow

    folder = Path(tempfile.mkdtemp(prefix="copdesk-bench-contacts-"))
    csv_path = folder / "Kontakte.CSV"
    rows = write_file(csv_path, args.mb)
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
        subset = contacts.records[:args.import_rows]
        start = time.perf_counter()
        result, _changes = uow.write(community, contacts_import.confirm_import, subset)
        import_s = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "file_mb": round(size / 1e6, 1), "rows": rows, "records": len(contacts.records),
        "new": preview.new, "duplicates": preview.duplicates, "invalid": preview.invalid,
        "floor_s": round(floor_s, 2), "read_s": round(read_s, 2),
        "analyse_s": round(analyse_s, 2),
        "read_plus_analyse_vs_floor": round((read_s + analyse_s) / floor_s, 2),
        "progress_reports": len(reports),
        "import_rows": result.added, "import_s": round(import_s, 2),
        "import_rows_per_s": round(result.added / max(import_s, 1e-9)),
        "peak_rss_mb": round(peak_mb),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
