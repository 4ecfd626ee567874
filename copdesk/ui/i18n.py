"""UI language: which languages exist, and installing their translators.

The source strings are English; German comes from the compiled catalogues
``resources/translations/<area>_de.qm`` (see ``docs/translations.md``) plus Qt's
own ``qtbase_de.qm`` so that standard dialog buttons ("Abbrechen", "Ja") and
other built-in texts are German too.

Switching at run time::

    remove_translators(app, translators)
    translators = install_translators(app, new_lang)

Installing or removing a translator sends ``QEvent.LanguageChange`` to every
widget; widgets re-set their texts in ``changeEvent``.  Texts formatted with the
default ``QLocale`` (dates, numbers) follow the new locale only where they are
formatted again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from copdesk.paths import resource_path

log = logging.getLogger(__name__)

# Language codes with their names in that language (never translated, so
# people can find their language whatever the UI currently shows).
_LANGUAGES: list[tuple[str, str]] = [("de", "Deutsch"), ("en", "English")]


def available_languages() -> list[tuple[str, str]]:
    """(code, native name) of every UI language, e.g. ``("de", "Deutsch")``."""
    return list(_LANGUAGES)


def resolve_language(setting: str) -> str:
    """The language to use for a setting of ``"de"``, ``"en"`` or ``"system"``.

    ``"system"`` (and anything unknown) gives ``"de"`` if the system locale's
    language is German, else ``"en"``.
    """
    code = (setting or "").strip().lower().replace("-", "_")
    codes = {c for c, _name in _LANGUAGES}
    if code in codes:
        return code
    base = code.split("_", 1)[0]
    if code != "system" and base in codes:
        return base
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def german_locale() -> QLocale:
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def english_locale() -> QLocale:
    """The locale used with the English UI: English as used in Germany (``en_DE``).

    CoP Desk's users are in Germany; those who pick English still expect German
    conventions, not American ones.  Qt (CLDR) has ``en_DE``: day-first dates
    (04/03/2025), 24-hour times, Monday as first day of the week, and the
    decimal comma / thousands dot as in the German number pad and spreadsheets.
    ``QLocale(English, UnitedStates)`` would give 3/4/25, "2:30 PM" and weeks
    starting on Sunday.  Should a Qt build lack ``en_DE`` (QLocale then falls
    back to another territory), ``en_GB`` is used: also day-first, 24-hour and
    Monday-first, but with a decimal point.
    """
    locale = QLocale(QLocale.Language.English, QLocale.Country.Germany)
    if (
        locale.language() == QLocale.Language.English
        and locale.territory() == QLocale.Country.Germany
    ):
        return locale
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _load(app: QCoreApplication, path: str) -> QTranslator | None:
    translator = QTranslator(app)  # parented: stays alive even if the caller drops the list
    if translator.load(path):
        if app.installTranslator(translator):
            return translator
        log.warning("could not install translator %s", path)
    else:
        log.warning("could not load translation %s", path)
    translator.setParent(None)
    return None


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang`` and set the default QLocale.

    ``lang`` is ``"de"``, ``"en"`` or ``"system"`` (resolved with
    :func:`resolve_language`).  For German this loads every
    ``resources/translations/*_de.qm`` and Qt's ``qtbase_de.qm``; English is the
    source language and needs no translator.  Returns the installed translators;
    pass them to :func:`remove_translators` before switching language.
    """
    lang = resolve_language(lang)
    translators: list[QTranslator] = []
    if lang == "de":
        folder = resource_path("translations")
        for qm in sorted(folder.glob("*_de.qm")) if folder.is_dir() else []:
            translator = _load(app, str(qm))
            if translator is not None:
                translators.append(translator)
        if not translators:
            log.warning("no CoP Desk translations found in %s", folder)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load("qtbase_de", qt_dir) and app.installTranslator(translator):
            translators.append(translator)
        else:
            translator.setParent(None)
            log.warning("Qt's own German translation qtbase_de.qm not found in %s", qt_dir)
        QLocale.setDefault(german_locale())
    else:
        QLocale.setDefault(english_locale())
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall translators returned by :func:`install_translators` (empties the list)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.setParent(None)
    translators.clear()


def plural(text: str, n: int) -> str:
    """English plural for an untranslated ``tr("%n member(s)", "", n)``.

    German comes with proper plural forms from the catalogue; the English source text is
    shown as it is, so "(s)" is resolved here instead of shipping an English catalogue.
    """
    if "(s)" not in text:
        return text
    return text.replace("(s)", "" if n == 1 else "s")


def translate_error(exc) -> str:
    """A ``UserError``'s message in the user's language, parameters filled in."""
    return exc.render(QCoreApplication.translate)
