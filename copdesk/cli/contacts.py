"""Contacts and data protection on the command line.

``copdesk import FILE CONTACTS.csv|.vcf [--organisation NAME] [--dry-run]``
    prints the preview (every row new / duplicate / invalid with the reason) and, unless
    ``--dry-run``, adds the new members in one transaction.
``copdesk export-members FILE -o OUT.csv|.vcf [--lang de|en]``
``copdesk forget FILE --member ID --yes``
    erasure under Art. 17 GDPR (pseudonymise, then clean the file); cannot be undone.
``copdesk subject-access FILE --member ID -o OUT.json``
    Art. 15 GDPR: OUT.json and, next to it, the same as readable text (OUT.txt).

``--member`` takes the member's id or e-mail address.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from copdesk.cli import fail, open_to_read, open_to_write


def register(sub) -> None:
    imp = sub.add_parser(
        "import",
        help=QCoreApplication.translate(
            "ContactsCli", "import members from an Outlook CSV or a vCard"
        ),
        description=QCoreApplication.translate(
            "ContactsCli",
            "Import members from an Outlook contacts export (CSV) or a vCard file. Prints "
            "every contact as new, duplicate or invalid; adds the new ones unless --dry-run.",
        ),
    )
    imp.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("ContactsCli", "community file")
    )
    imp.add_argument(
        "contacts",
        metavar="CONTACTS",
        help=QCoreApplication.translate("ContactsCli", "contacts file (.csv or .vcf)"),
    )
    imp.add_argument(
        "--organisation",
        metavar="NAME",
        help=QCoreApplication.translate(
            "ContactsCli",
            "put everyone into this organisation (created if missing) instead of their company",
        ),
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("ContactsCli", "only show the preview; write nothing"),
    )
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser(
        "export-members",
        help=QCoreApplication.translate("ContactsCli", "export the members as CSV or vCard"),
        description=QCoreApplication.translate(
            "ContactsCli",
            "Export the members as a CSV file for Excel and Outlook (UTF-8, “;”) or, with "
            "the extension .vcf, as vCard 3.0.",
        ),
    )
    exp.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("ContactsCli", "community file")
    )
    exp.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=QCoreApplication.translate("ContactsCli", "file to write (.csv or .vcf)"),
    )
    exp.add_argument(
        "--lang",
        choices=("de", "en"),
        help=QCoreApplication.translate(
            "ContactsCli", "language of the CSV column names (default: the program's language)"
        ),
    )
    exp.set_defaults(func=cmd_export)

    forget = sub.add_parser(
        "forget",
        help=QCoreApplication.translate(
            "ContactsCli", "erase a member's personal data (Art. 17 GDPR)"
        ),
        description=QCoreApplication.translate(
            "ContactsCli",
            "Erase a member's personal data (Art. 17 GDPR): the name becomes “former member” "
            "with initials; e-mail, phone, notes and absences are removed, also from texts "
            "that mention them. Minutes, attendance and rotation stay consistent. This "
            "cannot be undone.",
        ),
    )
    forget.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("ContactsCli", "community file")
    )
    forget.add_argument(
        "--member",
        required=True,
        metavar="ID",
        help=QCoreApplication.translate("ContactsCli", "member id or e-mail address"),
    )
    forget.add_argument(
        "--yes",
        action="store_true",
        help=QCoreApplication.translate("ContactsCli", "confirm: really erase (cannot be undone)"),
    )
    forget.add_argument(
        "--delete-backups",
        action="store_true",
        help=QCoreApplication.translate(
            "ContactsCli", "also delete the backups of this file that still contain the member"
        ),
    )
    forget.set_defaults(func=cmd_forget)

    access = sub.add_parser(
        "subject-access",
        help=QCoreApplication.translate(
            "ContactsCli", "export everything stored about a member (Art. 15 GDPR)"
        ),
        description=QCoreApplication.translate(
            "ContactsCli",
            "Export everything stored about one member (Art. 15 GDPR) as JSON, and the same "
            "as readable text in a .txt file next to it.",
        ),
    )
    access.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("ContactsCli", "community file")
    )
    access.add_argument(
        "--member",
        required=True,
        metavar="ID",
        help=QCoreApplication.translate("ContactsCli", "member id or e-mail address"),
    )
    access.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.json",
        help=QCoreApplication.translate("ContactsCli", "JSON file to write"),
    )
    access.set_defaults(func=cmd_subject_access)


def _open(path: str):
    return open_to_write(path)


def _member_id(community, value: str) -> int:
    from sqlalchemy import select  # deferred: start-up cost

    from copdesk.model import entities as E  # deferred: start-up cost
    from copdesk.model import text, uow  # deferred: start-up cost
    from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError  # deferred: start-up cost

    def find(session):
        if value.strip().isdigit():
            member = session.get(E.Member, int(value))
            return member.id if member else None
        wanted = text.email_key(value)
        return next(
            (
                mid
                for mid, email in session.execute(
                    select(E.Member.id, E.Member.email)
                    .where(E.Member.email != "")
                    .order_by(E.Member.id)
                )
                if text.email_key(email) == wanted
            ),
            None,
        )

    member_id = uow.read(community, find)
    if member_id is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "There is no member “{member}”."), member=value)
    return member_id


def _progress(label: str):
    last = [-10]

    def report(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent >= last[0] + 10:
            last[0] = percent
            print(label.replace("%1", str(percent)), file=sys.stderr)

    return report


def _status_word(status: str) -> str:
    """*status*: a ``RowStatus`` value (``PreviewRow.status``)."""
    from copdesk.model.contacts_import import RowStatus  # deferred: start-up cost

    words: dict[str, str] = {
        RowStatus.NEW: QCoreApplication.translate("ContactsCli", "new"),
        RowStatus.DUPLICATE: QCoreApplication.translate("ContactsCli", "duplicate"),
        RowStatus.INVALID: QCoreApplication.translate("ContactsCli", "invalid"),
    }
    return words[status]


def cmd_import(args) -> int:
    from copdesk.formats.contacts import read_contacts  # deferred: start-up cost
    from copdesk.model import contacts_import, uow  # deferred: start-up cost

    translate = QCoreApplication.translate
    community = _open(args.file)
    try:
        contacts = read_contacts(
            Path(args.contacts),
            report=_progress(QCoreApplication.translate("ContactsCli", "reading contacts: %1 %")),
        )
        preview = uow.read(community, contacts_import.analyse, contacts.records)
        print(
            "\t".join(
                (
                    QCoreApplication.translate("ContactsCli", "Line"),
                    QCoreApplication.translate("ContactsCli", "Status"),
                    QCoreApplication.translate("ContactsCli", "Name"),
                    QCoreApplication.translate("ContactsCli", "E-mail"),
                    QCoreApplication.translate("ContactsCli", "Company"),
                    QCoreApplication.translate("ContactsCli", "Remark"),
                )
            )
        )
        for row in preview.rows:
            remark = row.reason or row.note
            print(
                "\t".join(
                    (
                        str(row.line),
                        _status_word(row.status),
                        row.name,
                        row.email,
                        row.organisation,
                        remark.render(translate) if remark else "",
                    )
                )
            )
        if args.organisation:
            target = QCoreApplication.translate("ContactsCli", "Organisation for everyone: %1")
            print(target.replace("%1", args.organisation))
        else:
            for choice, match in zip(
                contacts_import.default_choices(preview), preview.companies, strict=True
            ):
                if choice.organisation_id is not None:
                    text_ = QCoreApplication.translate("ContactsCli", "“%1” → organisation “%2”")
                    print(text_.replace("%1", choice.company).replace("%2", match.organisation))
                else:
                    text_ = QCoreApplication.translate("ContactsCli", "“%1” → new organisation")
                    print(text_.replace("%1", choice.company))
        summary = QCoreApplication.translate(
            "ContactsCli", "%1 new, %2 duplicates, %3 invalid (%4, %5)"
        )
        print(
            summary.replace("%1", str(preview.new))
            .replace("%2", str(preview.duplicates))
            .replace("%3", str(preview.invalid))
            .replace("%4", contacts.encoding)
            .replace("%5", contacts.kind)
        )
        if args.dry_run:
            print(QCoreApplication.translate("ContactsCli", "Dry run: nothing was written."))
            return 0
        if not preview.new:
            print(QCoreApplication.translate("ContactsCli", "Nothing to import."))
            return 0
        result, _changes = uow.write(
            community,
            contacts_import.confirm_import,
            contacts.records,
            organisation_name=args.organisation,
        )
        done = QCoreApplication.translate(
            "ContactsCli", "Imported %1 members; %2 organisations created."
        )
        print(
            done.replace("%1", str(result.added)).replace("%2", str(result.organisations_created))
        )
        return 0
    finally:
        community.close()


def cmd_export(args) -> int:
    from copdesk.formats.contacts import write_contacts  # deferred: start-up cost
    from copdesk.model import uow  # deferred: start-up cost
    from copdesk.model.contacts_import import export_contacts  # deferred: start-up cost

    lang = args.lang
    if lang is None:
        from copdesk.ui import i18n  # deferred: start-up cost
        from copdesk.ui.settings import LANGUAGE, Settings  # deferred: start-up cost

        lang = i18n.resolve_language(Settings().get(LANGUAGE))
    community = open_to_read(args.file)
    try:
        records = uow.read(community, export_contacts)
    finally:
        community.close()
    path = write_contacts(Path(args.output), records, language=lang)
    done = QCoreApplication.translate("ContactsCli", "%1 members written to %2")
    print(done.replace("%1", str(len(records))).replace("%2", str(path)))
    return 0


def _print_forget_preview(member_id: int, preview, holding) -> None:
    from copdesk.formats.backup_text import backup_line_with_end  # deferred: start-up cost
    from copdesk.model import privacy  # deferred: start-up cost

    what = QCoreApplication.translate(
        "ContactsCli",
        "Member %1: the name becomes “%2”; %3 absences and %4 private notes "
        "are deleted; %5 texts that mention them are rewritten; %6 meeting records stay.",
    )
    print(
        what.replace("%1", str(member_id))
        .replace("%2", preview.pseudonym)
        .replace("%3", str(preview.absences))
        .replace("%4", str(preview.private_notes))
        .replace("%5", str(preview.mentions))
        .replace("%6", str(preview.attendances))
    )
    rewritten = QCoreApplication.translate("ContactsCli", "rewritten")
    for m in preview.texts:
        where = QCoreApplication.translate("privacy", privacy.TABLE_LABELS[m.table])
        what = rewritten if m.changes else QCoreApplication.translate("privacy", m.reason)
        print(f"  {where} {m.row_id if m.row_id is not None else ''}\t{what}\t{m.excerpt}")
    if holding:
        print(
            QCoreApplication.translate(
                "ContactsCli",
                "Backups of this file that still contain the member "
                "(--delete-backups deletes them):",
            )
        )
        for backup in holding:
            print("  " + backup_line_with_end(backup))


def cmd_forget(args) -> int:
    from copdesk.model import backups, privacy, uow  # deferred: start-up cost
    from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError  # deferred: start-up cost
    from copdesk.paths import base_dirs  # deferred: start-up cost

    community = _open(args.file)
    try:
        member_id = _member_id(community, args.member)
        label = QCoreApplication.translate("privacy", privacy.PSEUDONYM_LABEL)
        try:
            preview = uow.read(community, privacy.forget_preview, member_id, pseudonym=label)
        except privacy.AlreadyForgotten:
            if not args.yes:
                raise
            holding = backups.holding_member(community.path, base_dirs().backups, member_id)
            # finish an erasure whose cleaning step could not complete last time
            problem = privacy.clean_after_erasure(community.engine)
            if problem:
                return fail(problem)
            print(
                QCoreApplication.translate(
                    "ContactsCli", "The member was already forgotten; the file was cleaned again."
                )
            )
            return _delete_backups(holding) if args.delete_backups else 0
        holding = backups.holding_member(
            community.path, base_dirs().backups, member_id, identity=preview.identity
        )
        _print_forget_preview(member_id, preview, holding)
        if not args.yes:
            return fail(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Nothing was changed. Add --yes to erase this member's personal data "
                        "(this cannot be undone).",
                    )
                )
            )
        removed = QCoreApplication.translate("privacy", privacy.REMOVED_LABEL)
        result, _changes = uow.write(
            community, privacy.forget_member, member_id, pseudonym=label, removed=removed
        )
        problem = privacy.clean_after_erasure(community.engine)
        if problem:
            return fail(problem)
        done = QCoreApplication.translate(
            "ContactsCli", "Done: member %1 is now “%2”; the file was cleaned."
        )
        print(done.replace("%1", str(member_id)).replace("%2", result.pseudonym))
        return _delete_backups(holding) if args.delete_backups else 0
    finally:
        community.close()


def _delete_backups(holding) -> int:
    from copdesk.model import backups  # deferred: start-up cost

    deleted = backups.delete(holding)
    print(
        QCoreApplication.translate("ContactsCli", "Backups deleted: %1").replace("%1", str(deleted))
    )
    return 0


def cmd_subject_access(args) -> int:
    from copdesk.formats.privacy_report import write_report  # deferred: start-up cost
    from copdesk.model import privacy, uow  # deferred: start-up cost

    community = open_to_read(args.file)
    try:
        member_id = _member_id(community, args.member)
        report = uow.read(community, privacy.subject_access, member_id)
    finally:
        community.close()
    json_path, text_path = write_report(Path(args.output), report)
    done = QCoreApplication.translate("ContactsCli", "Written: %1 and %2")
    print(done.replace("%1", str(json_path)).replace("%2", str(text_path)))
    return 0
