"""German federal states (ISO 3166-2:DE codes, as the ``holidays`` package uses them)."""

from copdesk.model.errors import QT_TRANSLATE_NOOP

FEDERAL_STATES: dict[str, str] = {
    "BW": QT_TRANSLATE_NOOP("states", "Baden-Württemberg"),
    "BY": QT_TRANSLATE_NOOP("states", "Bavaria"),
    "BE": QT_TRANSLATE_NOOP("states", "Berlin"),
    "BB": QT_TRANSLATE_NOOP("states", "Brandenburg"),
    "HB": QT_TRANSLATE_NOOP("states", "Bremen"),
    "HH": QT_TRANSLATE_NOOP("states", "Hamburg"),
    "HE": QT_TRANSLATE_NOOP("states", "Hesse"),
    "MV": QT_TRANSLATE_NOOP("states", "Mecklenburg-Western Pomerania"),
    "NI": QT_TRANSLATE_NOOP("states", "Lower Saxony"),
    "NW": QT_TRANSLATE_NOOP("states", "North Rhine-Westphalia"),
    "RP": QT_TRANSLATE_NOOP("states", "Rhineland-Palatinate"),
    "SL": QT_TRANSLATE_NOOP("states", "Saarland"),
    "SN": QT_TRANSLATE_NOOP("states", "Saxony"),
    "ST": QT_TRANSLATE_NOOP("states", "Saxony-Anhalt"),
    "SH": QT_TRANSLATE_NOOP("states", "Schleswig-Holstein"),
    "TH": QT_TRANSLATE_NOOP("states", "Thuringia"),
}
