"""Demo community files: realistic, deterministic German sample data.

``write_demo`` builds a complete community file (via ``db.create_community``) that looks
like the one a real CoP would have after some years: six organisations in
Baden-Württemberg and Hessen, about fifteen members, quarterly meetings since March 2020
with agendas, attendance, minutes, decisions, action items and the rotation history, a
topic backlog with Lean Coffee votes, and a Working Out Loud sub-group with a weekly
series. ``size="large"`` adds bulk data (100 organisations, 5,000 members, 2,000 meetings,
20,000 topics) for performance work.

Everything is generated from ``random.Random(2020)`` and dates relative to ``today``:
two builds with the same ``today`` are identical row by row (timestamps and invitation
UIDs included). All names, e-mail addresses (``.example``), links (``.example``) and
phone numbers (the Bundesnetzagentur's "drama numbers", never assigned to anyone) are
fictional.

Rows are collected as plain dicts with explicit primary keys and written with bulk Core
inserts: demo creation is not an undoable user edit, and the large file must build fast.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path

import holidays
from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.localtime import DEFAULT_ZONE as BERLIN

SEED = 2020
SIZES = ("small", "large")
COMMUNITY_NAME = "CoP Personalentwicklung Süd-West"
UTC = dt.UTC
FOUNDED = dt.date(2020, 2, 3)
# The story needs the quarterly history up to mid 2024 (in-person and hybrid meetings).
EARLIEST_TODAY = dt.date(2024, 10, 1)

LARGE_ORGANISATIONS = 100
LARGE_MEMBERS = 5000
LARGE_MEETINGS = 2000
LARGE_TOPICS = 20000
LARGE_SUBGROUPS = 20

_BATCH = 5000
_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)

ProgressFn = Callable[[int, int], None]


# --- public API ----------------------------------------------------------------------


def populate(
    session: Session,
    *,
    size: str = "small",
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
) -> None:
    """Fill a freshly created community (root group and templates seeded) with demo data."""
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; expected one of {SIZES}")
    today = today or dt.date.today()
    if today < EARLIEST_TODAY:
        raise ValueError(f"demo data needs today >= {EARLIEST_TODAY.isoformat()}")
    if session.get_bind().dialect.name == "sqlite":
        # Rows reference each other across tables; check the keys at commit, not per row.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    _Demo(session, today, size, progress).build()


def write_demo(
    path: Path,
    *,
    size: str = "small",
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    translate: Callable[[str, str], str] | None = None,
) -> None:
    """Create a new community file at *path* filled with demo data (refuses to overwrite).

    *translate* (``QCoreApplication.translate`` from the caller) names the built-in agenda
    templates in the user's language.
    """
    from copdesk.model.db import create_community

    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; expected one of {SIZES}")
    create_community(
        Path(path),
        name=COMMUNITY_NAME,
        populate=lambda s: populate(s, size=size, today=today, progress=progress),
        translate=translate,
    )


# --- fixed content (small demo) ----------------------------------------------------------

M, U = E.OrgKind.MUNICIPALITY.value, E.OrgKind.UTILITY.value
TEAMS, WEBEX, ZOOM, BBB = (
    E.VideoTool.TEAMS.value,
    E.VideoTool.WEBEX.value,
    E.VideoTool.ZOOM.value,
    E.VideoTool.BBB.value,
)
TOOL_LABEL = {TEAMS: "Microsoft Teams", WEBEX: "Webex", ZOOM: "Zoom", BBB: "BigBlueButton"}

# name, kind, state, city, mail domain, video tool
ORGANISATIONS = (
    ("Stadt Heidelberg", M, "BW", "Heidelberg", "heidelberg.example", TEAMS),
    ("Stadt Reutlingen", M, "BW", "Reutlingen", "reutlingen.example", WEBEX),
    ("Stadt Darmstadt", M, "HE", "Darmstadt", "darmstadt.example", ZOOM),
    ("Stadt Offenbach am Main", M, "HE", "Offenbach am Main", "offenbach.example", TEAMS),
    ("Stadtwerke Karlsruhe", U, "BW", "Karlsruhe", "stadtwerke-karlsruhe.example", WEBEX),
    ("Stadtwerke Gießen", U, "HE", "Gießen", "stadtwerke-giessen.example", BBB),
)
HD, RT, DA, OF, KA, GI = range(6)
# Meeting i is hosted by ORGANISATIONS[(i + HOST_OFFSET) % 6]: Karlsruhe started in 2020,
# Heidelberg hosts the in-person meeting (Q3/2023), Offenbach the hybrid one (Q2/2024).
HOST_OFFSET = 4
IN_PERSON = (2023, 3)
HYBRID = (2024, 2)
SWAP_AT = (2022, 2)

# first, last, organisation, function, offers, seeks, joined, consent, left
MEMBERS = (
    (
        "Sabine",
        "Groß",
        HD,
        "Personalentwicklung",
        "Führungskräfteprogramm, Moderation von Großgruppen",
        "Erfahrungen mit Lernplattformen (LMS)",
        FOUNDED,
        True,
        None,
    ),
    (
        "Jürgen",
        "Weiß",
        HD,
        "Verwaltungsleitung Personal- und Organisationsamt",
        "Dienstvereinbarungen, Zusammenarbeit mit dem Personalrat",
        "Kennzahlen für die PE",
        FOUNDED,
        True,
        None,
    ),
    (
        "Lea",
        "Schäfer",
        HD,
        "Digitallotsin",
        "Working Out Loud, MS Teams, digitale Lernformate",
        "KI-Werkzeuge in der Verwaltung",
        dt.date(2022, 9, 12),
        True,
        None,
    ),
    (
        "Andreas",
        "Bäumer",
        RT,
        "Ausbildungsleitung",
        "Ausbildungsmarketing, Azubi-Projekte",
        "Bindung von Nachwuchskräften",
        FOUNDED,
        True,
        None,
    ),
    (
        "Katrin",
        "Özdemir",
        RT,
        "Personalentwicklung",
        "Mentoring, interkulturelle Kompetenz",
        "Bildungscontrolling",
        FOUNDED,
        True,
        None,
    ),
    (
        "Fabian",
        "Kühn",
        RT,
        "Digitallotse",
        "Schulungen zur E-Akte, Lernvideos",
        "Change-Management",
        dt.date(2023, 4, 17),
        True,
        None,
    ),
    (
        "Miriam",
        "Hoffmann",
        DA,
        "Personalentwicklung",
        "Kompetenzmodelle, Mitarbeitendengespräche",
        "Agiles Arbeiten in der Linie",
        FOUNDED,
        True,
        None,
    ),
    (
        "Björn",
        "Meißner",
        DA,
        "Organisationsentwicklung",
        "Agile Methoden, Prozessmanagement",
        "Beispiele für Hospitationen",
        dt.date(2021, 1, 18),
        False,
        None,
    ),
    (
        "Ursula",
        "Köhler",
        DA,
        "Fortbildungskoordination",
        "Fortbildungsprogramm, Seminarverwaltung",
        "Wissenstransfer vor dem Ruhestand",
        FOUNDED,
        True,
        dt.date(2023, 6, 30),
    ),
    (
        "Dragana",
        "Petrović",
        OF,
        "Personalentwicklung",
        "Coaching, kollegiale Beratung",
        "Working Out Loud",
        dt.date(2021, 3, 8),
        True,
        None,
    ),
    (
        "Stefan",
        "Krüger",
        OF,
        "Verwaltungsleitung Personalamt",
        "Dienstvereinbarung Mobile Arbeit, Personalplanung",
        "Führen in Teilzeit",
        FOUNDED,
        True,
        None,
    ),
    (
        "Julia",
        "Strauß",
        KA,
        "Personalentwicklung",
        "Führungskräfte-Feedback, Talentmanagement",
        "Employer Branding",
        FOUNDED,
        True,
        None,
    ),
    (
        "Matthias",
        "Löffler",
        KA,
        "Ausbildungsleitung",
        "Duales Studium, Ausbildungsbotschafter",
        "Digitale Berichtshefte",
        FOUNDED,
        True,
        None,
    ),
    (
        "Hannah",
        "Schröder",
        KA,
        "Talentmanagement",
        "Employer Branding, Social Media",
        "Nachfolgeplanung",
        dt.date(2024, 2, 5),
        False,
        None,
    ),
    (
        "Nadine",
        "Jäger",
        GI,
        "Personalentwicklung",
        "Betriebliches Gesundheitsmanagement, Resilienz",
        "Regelungen zur Lernzeit",
        dt.date(2021, 6, 14),
        True,
        None,
    ),
    (
        "Markus",
        "Günther",
        GI,
        "Digitallotse",
        "BigBlueButton, Moodle",
        "Auswahl einer Lernplattform",
        FOUNDED,
        True,
        None,
    ),
)
(
    SABINE,
    JUERGEN,
    LEA,
    ANDREAS,
    KATRIN,
    FABIAN,
    MIRIAM,
    BJOERN,
    URSULA,
    DRAGANA,
    STEFAN,
    JULIA,
    MATTHIAS,
    HANNAH,
    NADINE,
    MARKUS,
) = range(16)
WOL_FIRST_CIRCLE = (LEA, DRAGANA, MARKUS, FABIAN)
WOL_SECOND_CIRCLE = (LEA, DRAGANA, MARKUS, FABIAN, SABINE)

# member, start (days relative to today, or a date), end, note
ABSENCES = (
    (SABINE, 18, 32, "Urlaub"),
    (JUERGEN, 44, 46, "Fortbildung: Führungskräfteseminar"),
    (NADINE, -70, 250, "Elternzeit"),
    (KATRIN, 61, 63, "Fortbildung: Systemisches Coaching"),
    (BJOERN, 5, 12, "Urlaub"),
    (MATTHIAS, dt.date(2024, 8, 5), dt.date(2024, 8, 23), "Urlaub"),
    (JULIA, dt.date(2021, 8, 9), dt.date(2021, 8, 27), "Urlaub"),
    (STEFAN, dt.date(2021, 11, 8), dt.date(2021, 11, 26), "Reha"),
    (HANNAH, 90, 104, "Urlaub"),
    (MIRIAM, -3, 1, "Fortbildung: Design Thinking"),
)

TAGS = (
    "Digitalisierung",
    "Führung",
    "Mobile Arbeit",
    "Lernen",
    "Onboarding",
    "Recht",
    "Agilität",
    "KI",
    "Gesundheit",
    "Ausbildung",
    "Personalgewinnung",
    "Wissensmanagement",
    "Methoden",
    "Strategie",
)

# key, title, description, tags, takeaway (when discussed)
TOPICS = (
    (
        "digital",
        "Digitalisierung von PE-Angeboten",
        "Welche Fortbildungen lassen sich sinnvoll digitalisieren, welche nicht? Blended Learning?",
        ("Digitalisierung", "Lernen"),
        "Blended Learning mit kurzer Präsenzphase kommt am besten an; Online-Tage ermüden.",
    ),
    (
        "mobile",
        "Dienstvereinbarung Mobile Arbeit – Evaluation",
        "Nach zwei Jahren: Was hat sich bewährt, was wird nachverhandelt?",
        ("Mobile Arbeit", "Recht"),
        "Drei Häuser planen eine Kurzbefragung; Offenbach teilt den Fragebogen.",
    ),
    (
        "leaders",
        "Programm für neue Führungskräfte",
        "Wie begleiten wir den Rollenwechsel in den ersten 100 Tagen?",
        ("Führung",),
        "Peer-Gruppen neuer Führungskräfte über Organisationsgrenzen hinweg sind gewünscht.",
    ),
    (
        "lms",
        "LMS-Auswahl: Anforderungen und Ausschreibung",
        "Kriterienkatalog, Datenschutz, Schnittstellen zum HR-System, Betrieb im Rechenzentrum.",
        ("Lernen", "Digitalisierung"),
        "Ein gemeinsamer Kriterienkatalog spart Arbeit; Gießen stellt seine Moodle-Erfahrungen vor.",
    ),
    (
        "keyskills",
        "Schlüsselqualifikationen: Kompetenzmodell für alle Beschäftigten",
        "Brauchen wir ein Kompetenzmodell jenseits der Führungsebene?",
        ("Strategie", "Methoden"),
        "Weniger ist mehr: fünf bis sieben Kompetenzen, mit Verhaltensankern beschrieben.",
    ),
    (
        "onboarding",
        "Onboarding-Prozess digital begleiten",
        "Vom Vertrag bis zum Ende der Probezeit: Checklisten, Patenschaften, Willkommenstage.",
        ("Onboarding", "Digitalisierung"),
        "Das Onboarding beginnt mit der Zusage; ein Willkommensbrief der Führungskraft wirkt.",
    ),
    (
        "mentoring",
        "Mentoring-Programm organisationsübergreifend",
        "Cross-Mentoring zwischen unseren Organisationen – wer macht mit?",
        ("Führung", "Lernen"),
        "Pilot mit je zwei Tandems pro Organisation im nächsten Jahr denkbar.",
    ),
    (
        "agile",
        "Agiles Arbeiten in der Verwaltung – wo passt es?",
        "Kanban, Scrum, Retrospektiven: was funktioniert in Linienorganisationen?",
        ("Agilität", "Methoden"),
        "Retrospektiven und Kanban-Boards funktionieren überall; Scrum nur in Projekten.",
    ),
    (
        "wol",
        "Working Out Loud: Erfahrungen aus dem Circle",
        "Die Teilgruppe berichtet vom ersten WOL-Circle nach lernOS.",
        ("Lernen", "Methoden"),
        "WOL hilft beim Vernetzen; wichtig sind feste Termine und eine kleine Gruppe.",
    ),
    (
        "ai",
        "KI in der Personalentwicklung",
        (
            "Chancen und Grenzen von KI-Werkzeugen für Lernangebote, Texte und Beratung; "
            "Dienstanweisung und Datenschutz."
        ),
        ("KI", "Digitalisierung"),
        "Ohne Dienstanweisung keine Nutzung; Schulungen zu Grenzen und Datenschutz zuerst.",
    ),
    (
        "micro",
        "Microlearning im Arbeitsalltag",
        "Kurze Lernhäppchen (5 Minuten) per Intranet oder Teams – wer hat Erfahrungen?",
        ("Lernen",),
        "Kurze Videos zu Fachverfahren werden gut genutzt, wenn sie auffindbar sind.",
    ),
    (
        "feedback",
        "Feedbackkultur und Mitarbeitendengespräche",
        "Jahresgespräche wirken oft wie Pflichtübung. Wie bekommen sie wieder Sinn?",
        ("Führung", "Methoden"),
        "Kürzere, häufigere Gespräche statt eines großen Jahresgesprächs.",
    ),
    (
        "succession",
        "Nachfolgeplanung und Wissenstransfer",
        "Viele Renteneintritte in den nächsten Jahren – wie sichern wir Erfahrungswissen?",
        ("Wissensmanagement", "Strategie"),
        "Tandems ein Jahr vor dem Ruhestand einplanen; Wissenslandkarten pro Team.",
    ),
    (
        "branding",
        "Arbeitgebermarke Kommune",
        "Wie zeigen wir, was den öffentlichen Dienst als Arbeitgeber ausmacht?",
        ("Personalgewinnung",),
        "Echte Beschäftigte als Gesichter der Kampagne wirken am besten.",
    ),
    (
        "trainees",
        "Azubis und dual Studierende binden",
        "Übernahme, Entwicklungsperspektiven, Bindung nach der Ausbildung.",
        ("Ausbildung", "Personalgewinnung"),
        "Frühe Übernahmezusagen und Projekte im zweiten Ausbildungsjahr erhöhen die Bindung.",
    ),
    (
        "learningtime",
        "Lernzeit als Arbeitszeit – Regelungen",
        "Wie regeln die Häuser selbstgesteuertes Lernen (E-Learning, Lernvideos) als Arbeitszeit?",
        ("Lernen", "Recht"),
        "Zwei Häuser haben eine pauschale Lernzeit von vier Stunden im Monat.",
    ),
    (
        "health",
        "Psychische Belastungen im Blick",
        "Gefährdungsbeurteilung psychischer Belastungen und Angebote der PE.",
        ("Gesundheit",),
        "Führungskräfte brauchen Handlungssicherheit; kurze Leitfäden helfen.",
    ),
    (
        "hybridlead",
        "Hybride Teams führen",
        "Führen, wenn die Hälfte des Teams mobil arbeitet.",
        ("Führung", "Mobile Arbeit"),
        "Feste Präsenztage pro Team und klare Kommunikationswege sind entscheidend.",
    ),
    (
        "rotation",
        "Hospitationen zwischen unseren Organisationen",
        "Job-Rotation und Hospitationen über Organisationsgrenzen hinweg anbieten.",
        ("Lernen", "Personalgewinnung"),
        "Jede Organisation beschreibt bis zum nächsten Treffen ein Hospitationsangebot.",
    ),
    (
        "coaching",
        "Coaching-Pool für Führungskräfte",
        "Interne und externe Coaches, Auswahl, Qualitätssicherung, Kosten.",
        ("Führung",),
        "Ein gemeinsamer Pool externer Coaches mit Rahmenvertrag wird geprüft.",
    ),
    (
        "digcomp",
        "Digitale Kompetenzen: Selbsteinschätzung",
        "Selbsttest nach dem DigComp-Rahmen für alle Beschäftigten?",
        ("Digitalisierung", "Lernen"),
        "Der Selbsttest ist ein guter Einstieg, darf aber nicht als Beurteilung wirken.",
    ),
    (
        "accessible",
        "Barrierefreie Lernangebote",
        "Untertitel, Screenreader, leichte Sprache in E-Learning und Präsenzseminaren.",
        ("Lernen",),
        "Barrierefreiheit gehört in jede Ausschreibung für E-Learning-Inhalte.",
    ),
    (
        "budget",
        "Fortbildungsbudget steuern und auswerten",
        "Zentrale oder dezentrale Budgets? Welche Kennzahlen nutzen wir?",
        ("Strategie",),
        "Zentrale Budgets mit Kontingenten pro Fachbereich haben sich bewährt.",
    ),
    (
        "controlling",
        "Bildungscontrolling: Wirkung von Seminaren messen",
        "Mehr als Zufriedenheitsbögen: Transfer und Wirkung messen.",
        ("Methoden", "Strategie"),
        "Eine Transferabfrage nach drei Monaten ist realistisch und aussagekräftig.",
    ),
    (
        "trainers",
        "Interne Trainerinnen und Trainer gewinnen",
        "Wie gewinnen, qualifizieren und würdigen wir interne Lehrende?",
        ("Lernen",),
        "Eine kleine Zulage und ein Train-the-Trainer-Programm machen die Rolle attraktiv.",
    ),
    (
        "eakte",
        "Change Management bei der E-Akte-Einführung",
        "Die PE als Begleiterin der Digitalisierungsprojekte.",
        ("Digitalisierung", "Methoden"),
        "Multiplikatorinnen und Multiplikatoren in jedem Amt tragen die Einführung.",
    ),
    (
        "parttime",
        "Führen in Teilzeit",
        "Geteilte Führung (Topsharing) und Führung in Teilzeit – Beispiele und Hürden.",
        ("Führung",),
        "Topsharing funktioniert mit klarer Aufgabenteilung; zwei Häuser haben Beispiele.",
    ),
    (
        "diversity",
        "Diversity und interkulturelle Kompetenz",
        "Fortbildungsangebote und Erfahrungen aus der Praxis.",
        ("Lernen",),
        "Interkulturelle Trainings wirken besser, wenn Teams gemeinsam teilnehmen.",
    ),
    (
        "onboardingapp",
        "Onboarding-App für neue Beschäftigte",
        "Gibt es Erfahrungen mit Apps für das Onboarding?",
        ("Onboarding", "Digitalisierung"),
        "Siehe Onboarding-Prozess.",
    ),
    (
        "peerconsult",
        "Kollegiale Beratung als Format",
        "Kollegiale Fallberatung in der CoP selbst ausprobieren?",
        ("Methoden",),
        "Wir probieren die kollegiale Beratung in einem der nächsten Treffen aus.",
    ),
    (
        "journeys",
        "Lernreisen (Learning Journeys)",
        "Lernreisen zu anderen Verwaltungen und Unternehmen organisieren.",
        ("Lernen",),
        "Eine Lernreise zu einer Nachbarkommune ist günstig und sehr ergiebig.",
    ),
    (
        "tvoed18",
        "Leistungsentgelt nach § 18 TVöD und PE",
        "Wie verknüpfen die Häuser Zielvereinbarungen mit der Personalentwicklung?",
        ("Recht", "Führung"),
        "Die Verknüpfung ist selten; viele Häuser zahlen pauschal aus.",
    ),
    (
        "socialmedia",
        "Personalmarketing auf LinkedIn und Instagram",
        "Welche Kanäle nutzen wir, wer betreut sie, wie viel Aufwand ist das?",
        ("Personalgewinnung",),
        "Azubis als Content-Creators sind authentisch, brauchen aber Zeit.",
    ),
    (
        "wiki",
        "Wissensmanagement mit Wikis",
        "Interne Wikis für Fachwissen – Erfahrungen mit Confluence, MediaWiki, SharePoint.",
        ("Wissensmanagement", "Digitalisierung"),
        "Ein Wiki lebt nur mit Redaktion; Verantwortliche pro Bereich benennen.",
    ),
    (
        "errors",
        "Fehlerkultur in der Verwaltung",
        "Wie lernen wir aus Fehlern, ohne Schuldige zu suchen?",
        ("Führung", "Methoden"),
        "Fehlerwerkstätten im kleinen Kreis sind ein guter Anfang.",
    ),
    (
        "resilience",
        "Resilienz-Trainings für Beschäftigte",
        "Nachfrage ist hoch – welche Anbieter und Formate haben sich bewährt?",
        ("Gesundheit", "Lernen"),
        "Kurze Reihen mit Übungsphasen wirken besser als Tagesseminare.",
    ),
    (
        "sideentry",
        "Quereinsteigende qualifizieren",
        "Verwaltungswissen kompakt für Quereinsteigende aus der Privatwirtschaft.",
        ("Personalgewinnung", "Lernen"),
        "Ein modulares Grundlagenprogramm könnte gemeinsam entwickelt werden.",
    ),
    (
        "tvoed5",
        "Qualifizierungsgespräche nach § 5 TVöD",
        "Wer führt sie systematisch, und wie werden sie dokumentiert?",
        ("Recht", "Lernen"),
        "Kaum ein Haus führt sie systematisch; Koppelung an das Jahresgespräch ist üblich.",
    ),
    (
        "okr",
        "OKR in der Verwaltung",
        "Objectives and Key Results als Alternative zu klassischen Zielvereinbarungen?",
        ("Agilität", "Führung"),
        "OKR eignen sich für Projekte, weniger für Daueraufgaben.",
    ),
    (
        "learningcafe",
        "Virtuelle Lerncafés",
        "Offene, kurze Online-Formate zum Austausch über Lernthemen.",
        ("Lernen",),
        "Monatliche 30-Minuten-Lerncafés erreichen auch Beschäftigte ohne Seminarzeit.",
    ),
    (
        "strategy",
        "PE-Strategie 2030",
        "Wie sieht eine Personalentwicklungsstrategie für die nächsten fünf Jahre aus?",
        ("Strategie",),
        "Die Strategie braucht Rückendeckung der Verwaltungsspitze.",
    ),
    (
        "ozg",
        "OZG und die Folgen für die Beschäftigten",
        "Onlinezugangsgesetz: neue Prozesse, neue Rollen, neuer Qualifizierungsbedarf.",
        ("Digitalisierung", "Strategie"),
        "Qualifizierung für Prozessverantwortliche fehlt fast überall.",
    ),
    (
        "futureskills",
        "Future Skills für die Verwaltung",
        "Welche Kompetenzen brauchen Beschäftigte in fünf Jahren, und wie fördern wir sie?",
        ("Strategie", "Lernen"),
        "Lernfähigkeit und Umgang mit Daten werden als wichtigste Zukunftskompetenzen gesehen.",
    ),
)
PLANNED_TOPICS = ("ai", "futureskills")
MERGED_TOPIC = ("onboardingapp", "onboarding")
# Root meetings whose topics and votes are in the backlog (older ones came from Word files).
TOOL_ERA_MEETINGS = 5

# earlier topics, discussed before the backlog was kept here: title, takeaway
HISTORIC_TOPICS = (
    (
        "Homeoffice in der Pandemie – was trägt?",
        "Klare Erreichbarkeitsregeln und feste Teamzeiten helfen mehr als Kontrolle.",
    ),
    (
        "Fortbildungen online: Erfahrungen mit Webinaren",
        "Kurze Formate von 90 Minuten funktionieren besser als ganze Online-Tage.",
    ),
    ("Onboarding auf Distanz", "Patenschaften und ein Willkommenspaket per Post kommen gut an."),
    (
        "Führen auf Distanz",
        "Regelmäßige Einzelgespräche und transparente Ziele sind das Wichtigste.",
    ),
    (
        "Videokonferenz-Werkzeuge im Vergleich",
        "Jede Organisation nutzt ein anderes Werkzeug; Einladungen brauchen alle Einwahldaten.",
    ),
    (
        "Ausbildung unter Corona-Bedingungen",
        "Digitale Berichtshefte entlasten Ausbildende und Auszubildende.",
    ),
    (
        "Lernplattformen: Moodle, ILIAS oder kommerziell?",
        "ILIAS ist in mehreren Ländern im Einsatz; Betrieb über das Rechenzentrum prüfen.",
    ),
    (
        "Gesund bleiben im Homeoffice",
        "Angebote des Gesundheitsmanagements online öffnen: bewegte Pausen, kurze Impulse.",
    ),
    (
        "Digitale Kompetenzen der Beschäftigten erheben",
        "Eine Selbsteinschätzung mit kurzem Fragebogen ist ein guter Start.",
    ),
    (
        "Personalentwicklungskonzepte im Vergleich",
        "Drei Organisationen legen ihre Konzepte im gemeinsamen Ordner ab.",
    ),
    (
        "Impfangebote und Rückkehr ins Büro",
        "Rückkehr schrittweise planen; Teams entscheiden über Präsenztage mit.",
    ),
    (
        "Online-Einarbeitung von Auszubildenden",
        "Feste Ansprechpersonen und tägliche kurze Videotermine in den ersten Wochen.",
    ),
    (
        "Fachkräftemangel: was kann die PE beitragen?",
        "Entwicklungsperspektiven binden; Laufbahnmodelle sichtbar machen.",
    ),
    (
        "Dienstvereinbarungen zur mobilen Arbeit",
        "Offenbach und Darmstadt stellen ihre Entwürfe zur Verfügung.",
    ),
    (
        "Hybride Besprechungen gut gestalten",
        "Die Technik im Raum ist der Engpass; eine Person kümmert sich um die Online-Teilnehmenden.",
    ),
    ("Wissenstransfer beim Renteneintritt", "Tandems ein Jahr vor dem Ruhestand einplanen."),
    (
        "Azubi-Marketing auf Social Media",
        "Authentische Beiträge von Auszubildenden wirken besser als Hochglanz.",
    ),
    (
        "Führungskräfte-Feedback einführen",
        "Freiwillig starten; die Ergebnisse bleiben bei der Führungskraft.",
    ),
    (
        "ChatGPT & Co. – erste Erfahrungen",
        "In den meisten Häusern fehlt eine Dienstanweisung zum Umgang mit KI-Werkzeugen.",
    ),
    (
        "Agile Methoden in Projekten der Verwaltung",
        "Kanban-Boards helfen schnell; Scrum passt selten eins zu eins.",
    ),
    (
        "Mentoring für Frauen in Führung",
        "Cross-Mentoring zwischen den Organisationen wäre möglich.",
    ),
    (
        "Kompetenzmodell für Führungskräfte",
        "Fünf bis sieben Kompetenzen reichen; mehr liest niemand.",
    ),
    (
        "E-Learning-Pflichtschulungen (Datenschutz, Arbeitsschutz)",
        "Gemeinsam eingekaufte Module sparen Kosten.",
    ),
    (
        "Barcamp als Fortbildungsformat",
        "Reutlingen berichtet vom ersten internen Barcamp mit 80 Teilnehmenden.",
    ),
    (
        "Moderation in der CoP stärken",
        "Ein kurzer Moderationsleitfaden für neue Organisierende wäre hilfreich.",
    ),
    ("Generationen im Team", "Gemischte Lerntandems bauen Vorurteile ab."),
    (
        "Energiesparen im Büro und mobile Arbeit",
        "Mehr mobile Arbeit im Winter wurde in zwei Häusern befristet erlaubt.",
    ),
    (
        "Einarbeitung von Führungskräften aus der Privatwirtschaft",
        "Verwaltungsrecht kompakt und ein Mentor aus der Verwaltung helfen beim Start.",
    ),
)

CHECK_INS = (
    "Gerade viel los mit der Haushaltsplanung, freue mich auf den Austausch.",
    "Wir stecken mitten in der Einführung der E-Akte.",
    "Komme gerade aus einer langen Personalratssitzung.",
    "Neues Fortbildungsprogramm ist fertig und geht nächste Woche raus.",
    "Bin neu in der Rolle und noch am Sortieren.",
    "Die Ausbildungsplätze für nächstes Jahr sind fast alle besetzt – ein gutes Gefühl.",
    "Unser Führungskräfteprogramm startet in die zweite Runde.",
    "Heute etwas müde, aber neugierig auf die Themen.",
    "Wir haben gerade die Mitarbeitendenbefragung ausgewertet.",
    "Bei uns ist Umzug ins neue Verwaltungsgebäude angesagt.",
    "Freue mich, dass wir heute so viele sind.",
    "Die Stelle in meinem Team ist endlich besetzt.",
    "Wir bereiten eine Ausschreibung für eine Lernplattform vor.",
    "Viele Krankheitsfälle im Team, ich bin heute nur mit halbem Kopf da.",
)
PRIVATE_CHECK_INS = (
    "Pflegesituation in der Familie, bin heute etwas abgelenkt.",
    "Gesundheitlich gerade nicht ganz fit, bleibe aber dabei.",
    "Bewerbe mich intern auf eine andere Stelle – bitte noch vertraulich.",
)
CHECK_OUTS = (
    "Blitzlicht: „inspirierend“, „viel mitgenommen“, „gute Struktur“.",
    "Blitzlicht: „zu wenig Zeit für das zweite Thema“, „hilfreich“, „schön, euch zu sehen“.",
    "Blitzlicht: alle zufrieden; Wunsch nach mehr Zeit für Lean Coffee.",
    "Blitzlicht: „gute Moderation“, „konkrete Ideen für mein Haus“.",
    "Blitzlicht: „kurzweilig“, „Technik hat gut funktioniert“, „gerne wieder“.",
)
NEWS = (
    "Neue Dienstvereinbarung zur mobilen Arbeit ist in Kraft.",
    "Das Fortbildungsprogramm für das nächste Jahr ist veröffentlicht.",
    "Die Lernplattform ist seit diesem Monat für alle Beschäftigten freigeschaltet.",
    "Ein neues Programm für Nachwuchsführungskräfte startet mit 12 Teilnehmenden.",
    "Die Personalratswahl steht an; Schulungen für neue Mitglieder werden geplant.",
    "Die Stelle der Ausbildungsleitung ist neu besetzt.",
    "Erste Erfahrungen mit einem KI-Assistenten im Intranet werden gesammelt.",
    "Der Onboarding-Tag findet jetzt monatlich statt.",
    "Das Gesundheitsmanagement bietet neue Online-Kurse an.",
    "Die Mitarbeitendenbefragung ist abgeschlossen, Ergebnisse folgen im Herbst.",
    "Eine neue Dienstanweisung zum Umgang mit KI-Werkzeugen ist in Abstimmung.",
    "Der Azubi-Tag mit Schulen aus der Region war ein Erfolg.",
)
DECISIONS = (
    "Protokolle werden spätestens zwei Wochen nach dem Treffen an alle verschickt.",
    "Neue Mitglieder erhalten für die ersten zwei Treffen eine Patin oder einen Paten.",
    "Der Themenspeicher wird zentral gepflegt; neue Themen können jederzeit eingebracht werden.",
    (
        "Die Gastgeber-Organisation lädt mit ihrem Videowerkzeug ein; die Moderation kommt aus "
        "derselben Organisation."
    ),
    "Lean Coffee bleibt das Standardformat für den Themenblock.",
    "Unterlagen werden im gemeinsamen Ordner der CoP abgelegt, ohne personenbezogene Daten.",
    "Die CoP gibt sich ein Selbstverständnis auf einer Seite; den Entwurf schreibt Darmstadt.",
    "Gäste sind willkommen, wenn sie in der Einladung angekündigt werden.",
    (
        "Die Timebox im Lean Coffee beträgt 8 Minuten; verlängert wird um 4 Minuten per "
        "Daumenabstimmung."
    ),
    "Check-in und Check-out bleiben fester Bestandteil jedes Treffens.",
    (
        "Einmal im Jahr soll ein Treffen in Präsenz stattfinden; die Reisekosten trägt jede "
        "Organisation selbst."
    ),
    "Für neue Organisierende wird eine Checkliste erstellt.",
    "Die Co-Moderation übernimmt beim nächsten Treffen die Moderation.",
)
ACTIONS = (
    "Dienstvereinbarung Mobile Arbeit (anonymisiert) im gemeinsamen Ordner ablegen",
    "Kontakt zum Anbieter der Lernplattform herstellen und Demo-Termin vorschlagen",
    "Fragebogen zur Evaluation an alle schicken",
    "Checkliste für neue Organisierende entwerfen",
    "Referentin für einen Input zu KI-Werkzeugen anfragen",
    "Beispiele für Kompetenzmodelle sammeln",
    "Raum und Technik für das Präsenztreffen klären",
    "Erfahrungsbericht zum Barcamp als Kurzpräsentation aufbereiten",
    "Beim Personalrat nach dem Stand der Regelung zur Lernzeit fragen",
    "Liste der Ansprechpersonen für die Ausbildung aktualisieren",
    "Hospitationsangebot der eigenen Organisation beschreiben",
    "Kostenübersicht der gemeinsam nutzbaren E-Learning-Module zusammenstellen",
    "Leitfaden für hybride Besprechungen teilen",
    "Entwurf für das Selbstverständnis der CoP schreiben",
    "Kontakt zur Hessischen Verwaltungsschule wegen gemeinsamer Seminare aufnehmen",
    "Ergebnisse der Mitarbeitendenbefragung (Auszug) vorstellen",
)
EXCUSE_NOTES = (
    "Terminkollision mit der Personalratssitzung",
    "krank",
    "Urlaub",
    "Dienstreise",
    "Haushaltsberatungen",
    "Vorstellungsgespräche",
    "Gemeinderatssitzung",
)
GUESTS = (
    ("Dr. Petra Lindemann", "Stadt Mannheim", "petra.lindemann@mannheim.example"),
    ("Tobias Brenner", "Landratsamt Tübingen", "tobias.brenner@lra-tuebingen.example"),
    ("Aylin Demir", "Stadt Wiesbaden", "aylin.demir@wiesbaden.example"),
    ("Klaus Vogelsang", "Stadtwerke Heilbronn", "klaus.vogelsang@sw-heilbronn.example"),
    ("Marion Eckert", "Stadt Kassel", "marion.eckert@kassel.example"),
)
WOL_WEEKS = (
    "Ziel wählen und Beziehungsliste anlegen",
    "Erste Beiträge leisten",
    "Das Netzwerk erweitern",
    "Sichtbar werden",
    "Wertschätzung zeigen",
    "Tiefere Beziehungen aufbauen",
    "Die eigene Online-Präsenz",
    "Großzügig führen",
    "Zielgerichtet vernetzen",
    "Eine Vision für das Ziel",
    "Experimente und Gewohnheiten",
    "Rückblick und Feier",
)
WOL_TAKEAWAYS = (
    "Beziehungsliste auf zwölf Personen erweitert.",
    "Zwei Kolleginnen aus anderen Ämtern direkt angeschrieben – positive Resonanz.",
    "Ersten Beitrag im Intranet veröffentlicht.",
    "Dankesnachrichten geschrieben; fühlt sich gut an.",
    "Ziel geschärft: „Ich vernetze mich mit PE-Kolleginnen in ganz Hessen.“",
    "Übung zum Profil im Intranet gemacht; Foto fehlt noch.",
    "Verabredung zu einem Kaffee mit der Digitallotsin aus Reutlingen.",
    "Zeitmangel – die Übung wird in der nächsten Woche nachgeholt.",
)
WOL_CHECK_INS = (
    "Eine Übung geschafft, eine offen.",
    "Diese Woche wenig Zeit, aber motiviert.",
    "Spannende Rückmeldung auf meinen Beitrag bekommen.",
    "Ich merke, dass mein Ziel konkreter wird.",
)

_WEEKDAYS_DE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
_TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        " ": "-",
        "'": "",
    }
)
# Bundesnetzagentur "drama numbers": 5 x 1000 numbers never assigned to anyone.
_DRAMA_NUMBERS = (
    "+49 30 23125 ",
    "+49 69 90009 ",
    "+49 40 66969 ",
    "+49 89 99998 ",
    "+49 221 4710 ",
)


def drama_number(n: int) -> str:
    """The *n*-th (0 ≤ n < 5000) fictional German phone number."""
    return f"{_DRAMA_NUMBERS[(n // 1000) % 5]}{n % 1000:03d}"


def ascii_slug(name: str) -> str:
    text_ = name.translate(_TRANSLIT)
    text_ = unicodedata.normalize("NFKD", text_).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in text_.lower() if c.isalnum() or c in "-.")


def de_date(day: dt.date) -> str:
    return f"{_WEEKDAYS_DE[day.weekday()]}, {day:%d.%m.%Y}"


def at(day: dt.date, hhmm: str) -> dt.datetime:
    """*hhmm* Berlin time on *day* as an aware UTC instant."""
    hour, minute = (int(p) for p in hhmm.split(":"))
    local = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)
    return local.astimezone(UTC)


def local_time(instant: dt.datetime) -> str:
    return f"{instant.astimezone(BERLIN):%H:%M}"


def season(day: dt.date) -> str:
    return {
        12: "Winter",
        1: "Winter",
        2: "Winter",
        3: "Frühjahr",
        4: "Frühjahr",
        5: "Frühjahr",
        6: "Sommer",
        7: "Sommer",
        8: "Sommer",
    }.get(day.month, "Herbst")


# --- row store ----------------------------------------------------------------------

_INSERT_ORDER = (
    E.Organisation,
    E.Member,
    E.Absence,
    E.Group,
    E.GroupMembership,
    E.MeetingSeries,
    E.Meeting,
    E.Tag,
    E.Topic,
    E.TopicTag,
    E.AgendaItem,
    E.Attendance,
    E.Guest,
    E.InvitationSend,
    E.TopicVote,
    E.BoardEntry,
    E.TimeboxEvent,
    E.MinutesNote,
    E.Decision,
    E.ActionItem,
    E.ProtocolVersion,
    E.RotationRule,
    E.RotationRecord,
    E.Setting,
)


class _Store:
    """Rows as dicts with explicit ids, written in foreign-key order with Core inserts."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[type, list[dict]] = {cls: [] for cls in _INSERT_ORDER}
        self._next_id: dict[type, int] = {}

    def new_id(self, cls) -> int:
        if cls not in self._next_id:
            self._next_id[cls] = (self.session.scalar(select(func.max(cls.id))) or 0) + 1
        n = self._next_id[cls]
        self._next_id[cls] = n + 1
        return n

    def add(self, cls, **values) -> dict:
        if "id" in cls.__table__.c and "id" not in values:
            values["id"] = self.new_id(cls)
        self.rows[cls].append(values)
        return values

    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    @staticmethod
    def _template(table) -> tuple[dict, set[str]]:
        """Scalar defaults and NULLs for omitted columns; columns that must be given."""
        defaults, required = {}, set()
        for col in table.columns:
            default = col.default
            if default is not None and default.is_scalar:
                value = default.arg
                defaults[col.name] = value.value if isinstance(value, enum.Enum) else value
            elif default is None and col.nullable and not col.primary_key:
                defaults[col.name] = None
            else:  # primary keys and callable defaults (now, uuid4): deterministic values only
                required.add(col.name)
        return defaults, required

    def write(self, report: Callable[[int, int], None]) -> None:
        total = max(self.count(), 1)
        done = 0
        for cls in _INSERT_ORDER:
            rows = self.rows[cls]
            if not rows:
                continue
            table = cls.__table__
            defaults, required = self._template(table)
            names = set(table.c.keys())
            complete = []
            for row in rows:
                missing = required - row.keys()
                unknown = row.keys() - names
                if missing or unknown:
                    raise ValueError(f"{table.name}: missing {missing}, unknown {unknown}")
                complete.append({**defaults, **row})
            if "id" in names:
                complete.sort(key=lambda r: r["id"])
            for start in range(0, len(complete), _BATCH):
                batch = complete[start : start + _BATCH]
                self.session.execute(insert(table), batch)
                done += len(batch)
                report(done, total)
            rows.clear()


# --- the generator -------------------------------------------------------------------


class _Demo:
    def __init__(self, session: Session, today: dt.date, size: str, progress) -> None:
        self.session = session
        self.today = today
        self.large = size == "large"
        self.size = size
        self.progress = progress
        self.rng = random.Random(SEED)
        self.db = _Store(session)
        self.absences: dict[int, list[tuple[dt.date, dt.date, str]]] = {}
        self._holidays: set[dt.date] = set()  # in any state of the six organisations
        self._state_holidays: dict[str, set[dt.date]] = {}
        self._reported = -1

    # progress: generation is the first 30 % (small) or 40 % (large), writing the rest
    TOTAL = 1000

    def report(self, done: int) -> None:
        done = max(0, min(self.TOTAL, done))
        if self.progress and done > self._reported:
            self._reported = done
            self.progress(done, self.TOTAL)

    def build(self) -> None:
        self.report(0)
        gen_share = 400 if self.large else 300
        self.organisations()
        self.members()
        self.groups()
        self.report(gen_share // 10)
        self.root_meetings()
        self.report(gen_share // 4)
        self.topics()
        self.minutes()
        self.wol()
        self.settings()
        if self.large:
            self.report(gen_share // 3)
            _Large(self).build(
                lambda frac: self.report(gen_share // 3 + int(frac * gen_share * 2 / 3))
            )
        self.report(gen_share)
        self.db.write(
            lambda done, total: self.report(gen_share + (self.TOTAL - gen_share) * done // total)
        )
        self.session.flush()
        self.report(self.TOTAL)

    # --- calendar ---------------------------------------------------------------------

    def state_holidays(self, state: str) -> set[dt.date]:
        if state not in self._state_holidays:
            years = range(2019, self.today.year + 3)
            self._state_holidays[state] = set(
                holidays.country_holidays("DE", subdiv=state, years=years)
            )
        return self._state_holidays[state]

    def use_states(self, states) -> None:
        for state in sorted(states):
            self._holidays |= self.state_holidays(state)

    def is_holiday(self, day: dt.date, state: str | None = None) -> bool:
        return day in (self.state_holidays(state) if state else self._holidays)

    def good_day(self, day: dt.date, weekdays=(1, 2, 3)) -> bool:
        """Tue–Thu (Python weekday numbers), not a holiday, not between the years."""
        if day.weekday() not in weekdays or day in self._holidays:
            return False
        return not ((day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 6))

    def is_absent(self, member_id: int, day: dt.date) -> str | None:
        for start, end, note in self.absences.get(member_id, ()):
            if start <= day <= end:
                return note
        return None

    def add_absence(self, member_id: int, start: dt.date, end: dt.date, note: str) -> None:
        self.db.add(E.Absence, member_id=member_id, start_on=start, end_on=end, note=note)
        self.absences.setdefault(member_id, []).append((start, end, note))

    # --- organisations, members, groups ----------------------------------------------

    def token(self, n: int, alphabet="abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def digits(self, *groups: int) -> str:
        return " ".join("".join(str(self.rng.randrange(10)) for _ in range(g)) for g in groups)

    def video_details(self, tool: str, domain: str, dialin_no: int) -> dict:
        """Link, invitation text and dial-in as the organisation's video tool writes them."""
        slug = domain.split(".")[0]
        phone = drama_number(dialin_no)
        if tool == TEAMS:
            code, pin = self.digits(3, 3, 3, 3), self.token(6)
            link = (
                f"https://teams.{domain}/l/meetup-join/19%3ameeting_{self.token(40)}"
                f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{self.token(8)}%22%7d"
            )
            text_ = (
                "Microsoft Teams-Besprechung\n"
                "Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil.\n"
                f"Klicken Sie hier, um an der Besprechung teilzunehmen: {link}\n"
                f"Besprechungs-ID: {code}\nKennung: {pin}"
            )
            plain = code.replace(" ", "")
            dialin = (
                f"Telefonische Einwahl: {phone},,{plain}# Deutschland, Berlin "
                f"(gebührenpflichtig)\nKonferenz-ID: {plain}#"
            )
        elif tool == WEBEX:
            code, pin = self.digits(4, 3, 4), self.token(8)
            link = f"https://{slug}.webex.example/meet/personalentwicklung"
            text_ = (
                f"Webex-Meeting beitreten\n{link}\nMeeting-Kennnummer (Zugriffscode): {code}\n"
                f"Meeting-Passwort: {pin}"
            )
            dialin = (
                f"Über Telefon beitreten: {phone} Deutschland (gebührenpflichtig)\n"
                f"Zugriffscode: {code}"
            )
        elif tool == ZOOM:
            code = self.digits(3, 4, 4)
            pin = self.digits(6)
            link = f"https://{slug}.zoom.example/j/{code.replace(' ', '')}?pwd={self.token(32)}"
            text_ = f"Zoom-Meeting beitreten\n{link}\n\nMeeting-ID: {code}\nKenncode: {pin}"
            dialin = (
                f"Schnelleinwahl mobil: {phone},,{code.replace(' ', '')}#,,,,*{pin}# "
                f"Deutschland\nMeeting-ID: {code}\nKenncode: {pin}"
            )
        else:  # BigBlueButton
            code, pin = "", self.digits(6)
            room = f"cop-{self.token(3).lower()}-{self.token(3).lower()}-{self.token(3).lower()}"
            link = f"https://bbb.{domain}/b/{room}"
            owner = slug.replace("-", " ").title()
            text_ = (
                f"Videokonferenz mit BigBlueButton (Server der {owner})\n"
                f"Raum: {link}\nZugangscode: {pin}\n"
                "Bitte Chrome, Edge oder Firefox verwenden; keine Installation nötig."
            )
            dialin = f"Telefoneinwahl: {phone}, danach die Konferenz-PIN {self.digits(5)} eingeben"
        return {
            "video_link": link,
            "video_text": text_,
            "video_dialin": dialin,
            "_code": code,
            "_pin": pin,
        }

    def organisations(self) -> None:
        self.orgs: list[dict] = []
        self.org_info: dict[int, dict] = {}
        self.use_states({o[2] for o in ORGANISATIONS})
        for n, (name, kind, state, city, domain, tool) in enumerate(ORGANISATIONS):
            video = self.video_details(tool, domain, 900 + n)
            row = self.db.add(
                E.Organisation,
                name=name,
                kind=kind,
                state=state,
                city=city,
                video_tool=tool,
                video_link=video["video_link"],
                video_dialin=video["video_dialin"],
                video_text=video["video_text"],
                notes="Gründungsmitglied der CoP." if n in (HD, RT, KA) else "",
                created_at=at(FOUNDED, "09:00"),
            )
            self.orgs.append(row)
            self.org_info[row["id"]] = {
                "domain": domain,
                "code": video["_code"],
                "pin": video["_pin"],
            }

    def member_row(
        self, first, last, org, function, offers, seeks, joined, consent, left, phone_no, notes=""
    ):
        domain = self.org_info[org["id"]]["domain"]
        email = f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"
        return self.db.add(
            E.Member,
            first_name=first,
            last_name=last,
            organisation_id=org["id"],
            email=email,
            phone=drama_number(phone_no),
            function=function,
            offers=offers,
            seeks=seeks,
            joined_on=joined,
            left_on=left,
            active=left is None,
            consent_on=(joined + dt.timedelta(days=self.rng.randrange(0, 15))) if consent else None,
            notes=notes,
            created_at=at(joined, "09:30"),
        )

    def members(self) -> None:
        self.people: list[dict] = []
        for n, spec in enumerate(MEMBERS):
            first, last, org, function, offers, seeks, joined, consent, left = spec
            notes = ""
            if left:
                notes = f"Ruhestand seit {left + _DAY:%d.%m.%Y}; Nachfolge noch offen."
            elif not consent:
                notes = "Einwilligung zur Speicherung angefragt, noch nicht zurück."
            # Hessian members get Frankfurt numbers, the others Berlin ones (all fictional)
            phone_no = 1000 + n if ORGANISATIONS[org][2] == "HE" else n
            self.people.append(
                self.member_row(
                    first,
                    last,
                    self.orgs[org],
                    function,
                    offers,
                    seeks,
                    joined,
                    consent,
                    left,
                    phone_no,
                    notes,
                )
            )
        for who, start, end, note in ABSENCES:
            start = start if isinstance(start, dt.date) else self.today + dt.timedelta(days=start)
            end = end if isinstance(end, dt.date) else self.today + dt.timedelta(days=end)
            self.add_absence(self.people[who]["id"], start, end, note)

    @staticmethod
    def was_member(person: dict, day: dt.date) -> bool:
        left = person["left_on"]
        return person["joined_on"] <= day and (left is None or left >= day)

    def groups(self) -> None:
        root = self.session.scalar(
            select(E.Group).where(E.Group.parent_id.is_(None)).order_by(E.Group.id)
        )
        root.name = COMMUNITY_NAME
        root.description = (
            "Community of Practice der Personalentwicklerinnen und Personalentwickler aus "
            "Kommunen und Stadtwerken in Baden-Württemberg und Hessen. Wir treffen uns "
            "vierteljährlich online für 120 Minuten und lernen voneinander; Organisation und "
            "Moderation wechseln reihum."
        )
        root.cadence_unit, root.cadence_interval = "month", 3
        root.preferred_weekdays, root.window_start, root.window_end = "2,3,4", "14:00", "16:00"
        root.default_minutes = 120
        root.active = True
        root.created_at = at(FOUNDED, "09:00")
        self.session.flush()
        self.root_id = root.id
        for person in self.people:
            self.db.add(
                E.GroupMembership,
                group_id=self.root_id,
                member_id=person["id"],
                joined_on=person["joined_on"],
                left_on=person["left_on"],
            )
        for role in E.RotationRole:
            self.db.add(
                E.RotationRule,
                group_id=self.root_id,
                role=role.value,
                enabled=True,
                min_attended=1,
                excluded_member_ids="",
            )

    # --- root meetings -----------------------------------------------------------------

    def quarter_date(self, year: int, quarter: int) -> dt.date:
        months = {1: (2, 3), 2: (5, 6), 3: (9,), 4: (11,)}[quarter]
        month = 3 if (year, quarter) == (2020, 1) else self.rng.choice(months)
        days = [dt.date(year, month, d) for d in range(5, 26)]
        return self.rng.choice([d for d in days if self.good_day(d)])

    def pick_roles(self, i: int, day: dt.date, host_idx: int, prev: dict, last: dict) -> dict:
        """Moderation from the host organisation (last co-moderation first), co-moderation
        from the next host, protocol by whoever wrote it least recently."""
        available = [
            p for p in self.people if self.was_member(p, day) and not self.is_absent(p["id"], day)
        ]

        def order(cands, role):
            return sorted(
                cands, key=lambda p: (last[role].get(p["id"], -1), p["joined_on"], p["id"])
            )

        host_org = self.orgs[host_idx]["id"]
        next_org = self.orgs[(host_idx + 1) % len(self.orgs)]["id"]
        host_people = [
            p for p in available if p["organisation_id"] == host_org and p["id"] != prev.get("mod")
        ]
        cands = order(host_people, "mod") or order(
            [p for p in available if p["id"] != prev.get("mod")], "mod"
        )
        cands.sort(key=lambda p: p["id"] != prev.get("co"))  # stable: keeps the rotation order
        moderator = cands[0]
        swap = None
        if len(cands) > 1 and (day.year, (day.month - 1) // 3 + 1) == SWAP_AT:
            swap, moderator = moderator, cands[1]
        co = order(
            [
                p
                for p in available
                if p["organisation_id"] == next_org and p["id"] != moderator["id"]
            ],
            "co",
        ) or order([p for p in available if p["id"] != moderator["id"]], "co")
        co = co[0]
        taken = (moderator["id"], co["id"], prev.get("prot"), swap["id"] if swap else None)
        protocol = order([p for p in available if p["id"] not in taken], "prot")[0]
        for role, person in (("mod", moderator), ("co", co), ("prot", protocol)):
            last[role][person["id"]] = i
        return {"mod": moderator["id"], "co": co["id"], "prot": protocol["id"], "swap": swap}

    def meeting_video(self, org: dict) -> dict:
        info = self.org_info[org["id"]]
        tool = org["video_tool"]
        url = org["video_link"]
        code, pin = info["code"], info["pin"]
        if tool == TEAMS:  # a new link per meeting
            code = self.digits(3, 3, 3, 3)
            pin = self.token(6)
            url = (
                f"https://teams.{info['domain']}/l/meetup-join/19%3ameeting_{self.token(40)}"
                f"%40thread.v2/0"
            )
        elif tool == ZOOM:
            code = self.digits(3, 4, 4)
            pin = self.digits(6)
            url = f"https://{info['domain'].split('.')[0]}.zoom.example/j/{code.replace(' ', '')}"
        return {
            "video_tool": tool,
            "join_url": url,
            "meeting_code": code,
            "passcode": pin,
            "dialin": org["video_dialin"],
        }

    def root_meetings(self) -> None:
        quarters = []
        y, q = 2020, 1
        current = (self.today.year, (self.today.month - 1) // 3 + 1)
        while (y, q) < current:
            quarters.append((y, q))
            y, q = (y + 1, 1) if q == 4 else (y, q + 1)
        last = {"mod": {}, "co": {}, "prot": {}}
        prev: dict = {}
        self.held: list[dict] = []
        for i, (year, quarter) in enumerate(quarters):
            day = self.quarter_date(year, quarter)
            plan = self.plan_meeting(i, day, (year, quarter), prev, last, held=True)
            self.held.append(plan)
            prev = plan["roles"]
        # the next meeting: 1–2 months ahead, on the day the fewest members are away
        days = [self.today + dt.timedelta(days=k) for k in range(30, 61)]
        days = [d for d in days if self.good_day(d)]
        busy = {
            d: sum(
                1
                for p in self.people
                if p["active"]
                and self.is_absent(p["id"], d)
                and not self.is_absent(p["id"], d + dt.timedelta(days=40))
            )
            for d in days
        }
        fewest = min(busy.values())
        day = self.rng.choice([d for d in days if busy[d] == fewest])
        self.next = self.plan_meeting(
            len(quarters), day, (day.year, (day.month - 1) // 3 + 1), prev, last, held=False
        )

    def plan_meeting(self, i, day, quarter, prev, last, *, held: bool) -> dict:
        host_idx = (i + HOST_OFFSET) % len(self.orgs)
        host = self.orgs[host_idx]
        roles = self.pick_roles(i, day, host_idx, prev, last)
        title = f"CoP-Treffen Q{quarter[1]}/{quarter[0]}"
        fmt, place, notes = E.MeetingFormat.ONLINE.value, "", ""
        video = self.meeting_video(host)
        start, end = at(day, "14:00"), at(day, "16:00")
        if quarter == IN_PERSON:
            fmt = E.MeetingFormat.IN_PERSON.value
            title += " – Präsenztreffen in Heidelberg"
            place = "Rathaus Heidelberg, Marktplatz 10, 69117 Heidelberg, Großer Sitzungssaal"
            notes = (
                "Anreise mit Bus und Bahn empfohlen (Haltestelle Rathaus/Bergbahn). "
                "Mittagessen im Rathaus-Casino, Selbstzahlung."
            )
            video = {
                "video_tool": E.VideoTool.NONE.value,
                "join_url": "",
                "meeting_code": "",
                "passcode": "",
                "dialin": "",
            }
            start, end = at(day, "10:00"), at(day, "15:00")
        elif quarter == HYBRID:
            fmt = E.MeetingFormat.HYBRID.value
            place = "Rathaus Offenbach, Sitzungsraum 3 (2. OG)"
            notes = "Vor Ort: Kamera und Raummikrofon sind gebucht; Ansprechperson: Stefan Krüger."
        if i == 0:
            title = "CoP-Treffen Q1/2020 – Auftakt"
        meeting = self.db.add(
            E.Meeting,
            group_id=self.root_id,
            title=title,
            start_at=start,
            end_at=end,
            tz="Europe/Berlin",
            format=fmt,
            place=place,
            host_org_id=host["id"],
            moderator_id=roles["mod"],
            co_moderator_id=roles["co"],
            protocol_writer_id=roles["prot"],
            status=(E.MeetingStatus.HELD if held else E.MeetingStatus.PLANNED).value,
            notes=notes,
            ics_sequence=None,
            update_due=False,
            vote_budget=None,
            timebox_minutes=8,
            extension_minutes=4,
            created_at=min(start - 8 * _WEEK, at(self.today, "09:00")),
            **video,
        )
        meeting["ics_uid"] = f"demo-{meeting['id']}@copdesk"
        plan = {
            "i": i,
            "date": day,
            "quarter": quarter,
            "row": meeting,
            "roles": roles,
            "host": host,
            "fmt": "lc",
            "topics": [],
            "held": held,
        }
        if roles["swap"] is not None:
            due = roles["swap"]
            self.add_absence(due["id"], day - 3 * _DAY, day + 8 * _DAY, "Urlaub")
            self.db.add(
                E.RotationRecord,
                group_id=self.root_id,
                meeting_id=meeting["id"],
                role=E.RotationRole.MODERATOR.value,
                kind=E.RotationKind.SWAP.value,
                member_id=roles["mod"],
                other_member_id=due["id"],
                reason=f"Tausch: {due['first_name']} {due['last_name']} ist im Urlaub; "
                f"{self.name(roles['mod'])} übernimmt die Moderation.",
                created_at=start - 5 * _WEEK,
            )
        return plan

    # --- backlog ------------------------------------------------------------------------

    def topics(self) -> None:
        """The backlog and what happened to it in the last meetings (a small simulation)."""
        rng = self.rng
        self.tag_ids = {}
        for name in TAGS:
            self.tag_ids[name] = self.db.add(E.Tag, name=name)["id"]
        era = self.held[-TOOL_ERA_MEETINGS:]
        for plan in self.held:
            if plan is era[-1] or plan["quarter"] == IN_PERSON:
                plan["fmt"] = "lc"
            else:  # Lean Coffee became the standard format once the backlog was kept here
                plan["fmt"] = "lc" if rng.random() < (0.75 if plan in era else 0.6) else "topics"
        first = era[0]["date"] - dt.timedelta(days=200)
        last_day = self.today - 3 * _DAY
        span = (last_day - first).days
        specs = {}
        for key, title, description, tags, takeaway in TOPICS:
            specs[key] = {
                "key": key,
                "title": title,
                "description": description,
                "tags": tags,
                "takeaway": takeaway,
                "appeal": rng.uniform(0.2, 2.0),
                "date": first + dt.timedelta(days=rng.randrange(span)),
            }
        specs["ai"]["date"] = first + dt.timedelta(days=12)
        specs["ai"]["appeal"] = 2.5
        specs["futureskills"]["date"] = min(era[-1]["date"] + 9 * _DAY, last_day)
        wol_start = self.wol_start_day()
        specs["wol"]["date"] = max(specs["wol"]["date"], wol_start + 10 * _WEEK)
        merged, target = MERGED_TOPIC
        later = specs[target]["date"] + dt.timedelta(days=rng.randrange(30, 90))
        specs[merged]["date"] = min(later, last_day)
        ordered = sorted(specs.values(), key=lambda s: (s["date"], s["key"]))
        wol_people = [self.people[n] for n in WOL_FIRST_CIRCLE]
        self.topic_rows: dict[str, dict] = {}
        for spec in ordered:
            pool = wol_people if spec["key"] == "wol" else self.people
            proposers = [p for p in pool if self.was_member(p, spec["date"])]
            proposer = rng.choice(proposers)
            row = self.db.add(
                E.Topic,
                group_id=self.root_id,
                title=spec["title"],
                description=spec["description"],
                proposed_by_id=proposer["id"],
                proposed_on=spec["date"],
                status=E.TopicStatus.OPEN.value,
                times_deferred=0,
                discussed_meeting_id=None,
                merged_into_id=None,
                created_at=at(spec["date"], "10:15"),
            )
            spec["row"] = row
            self.topic_rows[spec["key"]] = row
            for tag in spec["tags"]:
                self.db.add(E.TopicTag, topic_id=row["id"], tag_id=self.tag_ids[tag])
        specs[merged]["row"]["status"] = E.TopicStatus.MERGED.value
        specs[merged]["row"]["merged_into_id"] = specs[target]["row"]["id"]
        self.specs = specs

        for plan in era:
            day = plan["date"]
            attendees = plan["attendees"] = self.attendance_for(plan)
            cands = [
                s
                for s in ordered
                if s["date"] < day - 2 * _DAY and s["row"]["status"] == E.TopicStatus.OPEN.value
            ]
            if plan["fmt"] == "topics":
                chosen = sorted(
                    (s for s in cands if s["key"] not in PLANNED_TOPICS),
                    key=lambda s: (-s["appeal"], s["row"]["id"]),
                )[:2]
                plan["topics"] = chosen
            else:
                plan["row"]["vote_budget"] = 3
                votes = {s["key"]: {} for s in cands}
                for member_id in attendees:
                    for _ in range(3):
                        pick = rng.choices(cands, weights=[s["appeal"] for s in cands])[0]
                        votes[pick["key"]][member_id] = votes[pick["key"]].get(member_id, 0) + 1
                total = {k: sum(v.values()) for k, v in votes.items()}
                board = sorted(cands, key=lambda s: (-total[s["key"]], s["row"]["id"]))
                if plan["quarter"] == IN_PERSON:
                    n = 4
                else:
                    n = 3 if plan is era[-1] else rng.choice((2, 3))
                plan["topics"] = [s for s in board if s["key"] not in PLANNED_TOPICS][:n]
                plan["board"] = board
                plan["votes"] = votes
                per_person = plan is era[-1]
                for s in board:
                    if per_person:
                        for member_id, count in sorted(votes[s["key"]].items()):
                            self.db.add(
                                E.TopicVote,
                                topic_id=s["row"]["id"],
                                meeting_id=plan["row"]["id"],
                                member_id=member_id,
                                count=count,
                            )
                    elif total[s["key"]]:
                        self.db.add(
                            E.TopicVote,
                            topic_id=s["row"]["id"],
                            meeting_id=plan["row"]["id"],
                            member_id=None,
                            count=total[s["key"]],
                        )
                for s in board:
                    if s not in plan["topics"]:
                        s["row"]["times_deferred"] += 1
            for s in plan["topics"]:
                s["row"]["status"] = E.TopicStatus.DISCUSSED.value
                s["row"]["discussed_meeting_id"] = plan["row"]["id"]
            if plan["fmt"] == "lc":  # the group parks what keeps losing the vote
                for s in plan["board"]:
                    deferred = s["row"]["times_deferred"]
                    if (
                        s["row"]["status"] == E.TopicStatus.OPEN.value
                        and s["key"] not in PLANNED_TOPICS
                        and (deferred >= 4 or (deferred == 3 and rng.random() < 0.25))
                    ):
                        s["row"]["status"] = E.TopicStatus.PARKED.value
        for key in PLANNED_TOPICS:
            specs[key]["row"]["status"] = E.TopicStatus.PLANNED.value
        self.next["topics"] = [specs[k] for k in PLANNED_TOPICS]

    # --- agenda, attendance and minutes of the root meetings ---------------------------

    def attendance_for(self, plan: dict) -> list[int]:
        """Attendance rows for a held meeting (once); returns who attended."""
        if "attendees" in plan:
            return plan["attendees"]
        rng, day, roles = self.rng, plan["date"], plan["roles"]
        attendees = []
        for p in self.people:
            if not self.was_member(p, day):
                continue
            note = ""
            if p["id"] in (roles["mod"], roles["co"], roles["prot"]):
                status = E.AttendanceStatus.ATTENDED
            elif absent := self.is_absent(p["id"], day):
                status, note = E.AttendanceStatus.EXCUSED, absent
            else:
                r = rng.random()
                if r < 0.80:
                    status = E.AttendanceStatus.ATTENDED
                elif r < 0.94:
                    status, note = E.AttendanceStatus.EXCUSED, rng.choice(EXCUSE_NOTES)
                else:
                    status = E.AttendanceStatus.DECLINED
            self.db.add(
                E.Attendance,
                meeting_id=plan["row"]["id"],
                member_id=p["id"],
                status=status.value,
                note=note,
            )
            if status == E.AttendanceStatus.ATTENDED:
                attendees.append(p["id"])
        plan["attendees"] = attendees
        return attendees

    def name(self, member_id: int) -> str:
        for p in self.people:
            if p["id"] == member_id:
                return f"{p['first_name']} {p['last_name']}"
        return ""

    def agenda(self, plan: dict) -> dict[str, dict]:
        meeting_id = plan["row"]["id"]
        items: list[tuple[str, str, str, int, int | None, int | None]] = []
        A = E.AgendaKind
        topic_items = []
        if plan["held"] and plan["row"]["start_at"] < self.era_start and plan["fmt"] == "topics":
            topic_items = [(self.historic_topic(), None) for _ in range(2)]
        elif plan["fmt"] == "topics":
            topic_items = [((s["title"], s["takeaway"]), s) for s in plan["topics"]]

        def presenter(spec):
            """Whoever proposed the topic, if they were there; else the moderator."""
            if spec:
                proposer = spec["row"]["proposed_by_id"]
                if proposer in plan.get("attendees", [proposer]):
                    return proposer
            return plan["roles"]["mod"]

        if plan["quarter"] == IN_PERSON:
            items = [
                ("check_in", A.CHECK_IN, "Ankommen und Check-in-Runde", 30, None, None),
                ("news", A.OTHER, "Neues aus den Organisationen", 30, None, None),
                (
                    "workshop",
                    A.TOPIC,
                    "Workshop: Wie soll sich unsere CoP weiterentwickeln?",
                    75,
                    plan["roles"]["mod"],
                    None,
                ),
                ("lunch", A.BREAK, "Mittagspause", 60, None, None),
                ("lc", A.LEAN_COFFEE, "Lean Coffee", 60, None, None),
                ("next", A.OTHER, "Nächstes Treffen und Rotation", 15, None, None),
                ("check_out", A.CHECK_OUT, "Check-out", 30, None, None),
            ]
        elif not plan["held"]:
            ai, future = plan["topics"]
            items = [
                ("check_in", A.CHECK_IN, "Check-in-Runde", 15, None, None),
                ("news", A.OTHER, "Neues aus den Organisationen", 15, None, None),
                (
                    "t0",
                    A.TOPIC,
                    ai["title"] + " (Input mit Diskussion)",
                    35,
                    ai["row"]["proposed_by_id"],
                    ai["row"]["id"],
                ),
                (
                    "t1",
                    A.TOPIC,
                    future["title"],
                    25,
                    future["row"]["proposed_by_id"],
                    future["row"]["id"],
                ),
                ("break", A.BREAK, "Pause", 5, None, None),
                ("next", A.OTHER, "Nächstes Treffen und Rotation", 10, None, None),
                ("check_out", A.CHECK_OUT, "Check-out", 15, None, None),
            ]
        else:
            items = [
                ("check_in", A.CHECK_IN, "Check-in-Runde", 15, None, None),
                ("news", A.OTHER, "Neues aus den Organisationen", 15, None, None),
            ]
            if topic_items:
                for k, ((title, _takeaway), spec) in enumerate(topic_items):
                    items.append(
                        (
                            f"t{k}",
                            A.TOPIC,
                            title,
                            30,
                            presenter(spec),
                            spec["row"]["id"] if spec else None,
                        )
                    )
                plan["historic"] = [t for t, s in topic_items if s is None]
            else:
                items.append(("lc", A.LEAN_COFFEE, "Lean Coffee", 60, None, None))
            items += [
                ("break", A.BREAK, "Pause", 5, None, None),
                ("next", A.OTHER, "Nächstes Treffen und Rotation", 10, None, None),
                ("check_out", A.CHECK_OUT, "Check-out", 15, None, None),
            ]
        rows = {}
        for pos, (key, kind, title, minutes, presenter_id, topic_id) in enumerate(items):
            rows[key] = self.db.add(
                E.AgendaItem,
                meeting_id=meeting_id,
                position=pos,
                kind=kind.value,
                title=title,
                minutes=minutes,
                presenter_id=presenter_id,
                topic_id=topic_id,
            )
        return rows

    def historic_topic(self) -> tuple[str, str]:
        item = HISTORIC_TOPICS[self._historic % len(HISTORIC_TOPICS)]
        self._historic += 1
        return item

    def minutes(self) -> None:
        rng = self.rng
        self._historic = 0
        self._decision = 0
        self._action = 0
        self.era_start = self.held[-TOOL_ERA_MEETINGS]["row"]["start_at"]
        wol_start = self.wol_start_day()
        wol_founding = max(
            (p for p in self.held if p["date"] < wol_start - 2 * _WEEK), key=lambda p: p["date"]
        )
        last_index = len(self.held) - 1
        for plan in self.held:
            i, day, roles, meeting = plan["i"], plan["date"], plan["roles"], plan["row"]
            attendees = self.attendance_for(plan)
            items = self.agenda(plan)
            pos = iter(range(1000))

            def note(
                kind,
                text_,
                item=None,
                member_id=None,
                topic_id=None,
                private=False,
                meeting=meeting,
                items=items,
                pos=pos,
            ):
                self.db.add(
                    E.MinutesNote,
                    meeting_id=meeting["id"],
                    agenda_item_id=items[item]["id"] if item else None,
                    topic_id=topic_id,
                    member_id=member_id,
                    kind=kind.value,
                    text=text_,
                    private=private,
                    position=next(pos),
                )

            N = E.NoteKind
            for member_id in rng.sample(attendees, min(len(attendees), rng.randint(3, 5))):
                if rng.random() < 0.08:
                    note(
                        N.CHECK_IN,
                        rng.choice(PRIVATE_CHECK_INS),
                        "check_in",
                        member_id,
                        private=True,
                    )
                else:
                    note(N.CHECK_IN, rng.choice(CHECK_INS), "check_in", member_id)
            present_orgs = sorted(
                {p["organisation_id"] for p in self.people if p["id"] in attendees}
            )
            for org_id in rng.sample(present_orgs, min(len(present_orgs), rng.randint(1, 3))):
                org = next(o for o in self.orgs if o["id"] == org_id)
                note(N.NOTE, f"{org['name']}: {rng.choice(NEWS)}", "news")
            # the topics
            discussed: list[tuple[str, str, dict | None]] = []
            if plan["topics"]:
                discussed = [(s["title"], s["takeaway"], s) for s in plan["topics"]]
            elif "historic" in plan:
                discussed = [(t, w, None) for t, w in plan["historic"]]
            else:  # a Lean Coffee before the backlog was kept here
                discussed = [(*self.historic_topic(), None) for _ in range(3)]
            for k, (title, takeaway, spec) in enumerate(discussed):
                item = f"t{k}" if f"t{k}" in items else "lc"
                topic_id = spec["row"]["id"] if spec else None
                if rng.random() < 0.5:
                    note(
                        N.NOTE,
                        f"{title}: Erfahrungsaustausch, "
                        f"{rng.randint(2, 5)} Organisationen berichten.",
                        item,
                        topic_id=topic_id,
                    )
                note(
                    N.TAKEAWAY,
                    f"{title}: {takeaway}" if spec is None else takeaway,
                    item,
                    topic_id=topic_id,
                )
            if "workshop" in items:
                note(
                    N.TAKEAWAY,
                    "Ergebnis: Wir bleiben bei vierteljährlichen Online-Treffen, "
                    "ergänzt um ein Präsenztreffen pro Jahr und Teilgruppen zu Schwerpunkten.",
                    "workshop",
                )
            nxt = self.held[i + 1] if i < last_index else self.next
            nr = nxt["roles"]
            if i < last_index:
                row = nxt["row"]
                when = (
                    f"{de_date(nxt['date'])}, {local_time(row['start_at'])}–"
                    f"{local_time(row['end_at'])} Uhr, "
                )
                if row["format"] == E.MeetingFormat.IN_PERSON:
                    when += "in Präsenz"
                else:
                    tool = TOOL_LABEL.get(row["video_tool"], "Videokonferenz")
                    when += (
                        "vor Ort und online über "
                        if row["format"] == E.MeetingFormat.HYBRID
                        else "online über "
                    ) + tool
            else:
                when = "Termin folgt per Terminumfrage"
            note(
                N.NOTE,
                f"Nächstes Treffen: {when}; Gastgeber: {nxt['host']['name']}; "
                f"Moderation: {self.name(nr['mod'])}; Co-Moderation: {self.name(nr['co'])}; "
                f"Protokoll: {self.name(nr['prot'])}.",
                "next",
            )
            note(N.CHECK_OUT, rng.choice(CHECK_OUTS), "check_out")
            # decisions
            decisions: list[tuple[str, str, dict | None]] = []
            if i == 0:
                decisions += [
                    ("next", "Die CoP trifft sich vierteljährlich online für 120 Minuten.", None),
                    (
                        "next",
                        (
                            "Organisation und Moderation wechseln reihum zwischen den "
                            "Organisationen."
                        ),
                        None,
                    ),
                ]
            if nxt["quarter"] == IN_PERSON:
                text_ = "Das nächste Treffen findet in Präsenz in Heidelberg statt."
                decisions.append(("next", text_, None))
            if nxt["quarter"] == HYBRID:
                text_ = "Das nächste Treffen findet hybrid statt: vor Ort in Offenbach und online."
                decisions.append(("next", text_, None))
            if plan is wol_founding:
                text_ = (
                    "Eine Teilgruppe „Working Out Loud / lernOS“ wird gegründet; sie trifft "
                    "sich wöchentlich und berichtet in der CoP."
                )
                decisions.append(("news", text_, None))
            if i == last_index:
                ai = self.specs["ai"]
                text_ = (
                    f"Das Thema „{ai['title']}“ erhält beim nächsten Treffen einen eigenen "
                    "Tagesordnungspunkt mit Input."
                )
                decisions.append(("next", text_, ai))
            if i > 0 and rng.random() < 0.45 and self._decision < len(DECISIONS):
                decisions.append(("next", DECISIONS[self._decision], None))
                self._decision += 1
            for k, (item, text_, spec) in enumerate(decisions):
                self.db.add(
                    E.Decision,
                    meeting_id=meeting["id"],
                    agenda_item_id=items[item]["id"],
                    topic_id=spec["row"]["id"] if spec else None,
                    text=text_,
                    position=k,
                )
            self.actions(plan, items, attendees, discussed)
            if plan["fmt"] == "lc" and i == last_index:
                self.lean_coffee_board(plan)
            # rotation history and the protocol
            end = meeting["end_at"]
            R = E.RotationRole
            self.db.add(
                E.RotationRecord,
                group_id=self.root_id,
                meeting_id=meeting["id"],
                role=R.HOST.value,
                kind=E.RotationKind.TURN.value,
                member_id=None,
                organisation_id=plan["host"]["id"],
                other_member_id=None,
                reason="",
                created_at=end,
            )
            for role, key in ((R.MODERATOR, "mod"), (R.CO_MODERATOR, "co"), (R.PROTOCOL, "prot")):
                self.db.add(
                    E.RotationRecord,
                    group_id=self.root_id,
                    meeting_id=meeting["id"],
                    role=role.value,
                    kind=E.RotationKind.TURN.value,
                    member_id=roles[key],
                    organisation_id=None,
                    other_member_id=None,
                    reason="",
                    created_at=end,
                )
            if i < last_index:
                done = day + dt.timedelta(days=rng.randint(7, 16))
                self.db.add(
                    E.ProtocolVersion,
                    meeting_id=meeting["id"],
                    number=1,
                    finalised_at=at(done, "11:00"),
                    snapshot="{}",
                    changes="",
                )
                if i == last_index - 3:
                    self.db.add(
                        E.ProtocolVersion,
                        meeting_id=meeting["id"],
                        number=2,
                        finalised_at=at(done + 4 * _DAY, "09:40"),
                        snapshot="{}",
                        changes="Aufgabe ergänzt, Tippfehler in den Namen korrigiert.",
                    )
            if rng.random() < 0.25 or plan["quarter"] == IN_PERSON:
                name, org, email = GUESTS[i % len(GUESTS)]
                self.db.add(
                    E.Guest,
                    meeting_id=meeting["id"],
                    name=name,
                    organisation=org,
                    email=email,
                    attended=True,
                )
            if i >= last_index - 3:
                self.invitations(plan, update=(i == last_index - 1))
        self.agenda(self.next)

    def actions(self, plan, items, attendees, discussed) -> None:
        rng, day, meeting = self.rng, plan["date"], plan["row"]
        last_index = len(self.held) - 1
        back = last_index - plan["i"]  # 0 = the last held meeting
        todo = [(self.protocol_action(plan), plan["roles"]["prot"], day + 2 * _WEEK, "next", None)]
        for _ in range(2 if back == 0 else rng.randint(1, 2)):
            k = rng.randrange(len(discussed))
            spec = discussed[k][2]
            item = f"t{k}" if f"t{k}" in items else ("lc" if "lc" in items else "next")
            todo.append(
                (
                    ACTIONS[self._action % len(ACTIONS)],
                    rng.choice(attendees),
                    day + dt.timedelta(days=rng.randint(28, 56)),
                    item,
                    spec,
                )
            )
            self._action += 1
        for n, (description, owner, due, item, spec) in enumerate(todo):
            status, done_on = E.ActionStatus.DONE.value, None
            if back == 0 and n > 0:  # the last meeting: open, not yet due
                due = self.today + dt.timedelta(days=14 if n == 1 else 40)
                status = E.ActionStatus.OPEN.value
            elif back in (1, 2, 3) and n == 1:  # forgotten: open and overdue
                due = day + 6 * _WEEK
                status = E.ActionStatus.OPEN.value
            elif due >= self.today:
                status = E.ActionStatus.OPEN.value
            elif n > 0 and rng.random() < 0.06:
                status = E.ActionStatus.CANCELLED.value
            if status == E.ActionStatus.DONE.value:
                done_on = min(
                    max(day + _DAY, due - dt.timedelta(days=rng.randint(-10, 20))),
                    self.today - _DAY,
                )
            self.db.add(
                E.ActionItem,
                meeting_id=meeting["id"],
                agenda_item_id=items[item]["id"],
                topic_id=spec["row"]["id"] if spec else None,
                owner_id=owner,
                description=description,
                due_on=due,
                status=status,
                done_on=done_on,
                carried_from_id=None,
            )

    def protocol_action(self, plan) -> str:
        return f"Protokoll von „{plan['row']['title']}“ an alle verschicken"

    def lean_coffee_board(self, plan) -> None:
        """Board and timer log of the last Lean Coffee, as the live board records them."""
        rng, meeting = self.rng, plan["row"]
        lc_start = meeting["start_at"] + dt.timedelta(minutes=40)  # after check-in, news, voting
        t = lc_start
        position = 0
        T = E.BoardColumn
        discussed_ids = {s["row"]["id"] for s in plan["topics"]}
        for s in plan["board"]:
            topic_id = s["row"]["id"]
            if topic_id not in discussed_ids:
                continue
            extensions = rng.choice((0, 0, 1, 1, 2))
            early = rng.random() < 0.3  # finished before the timer ran out
            seconds = 480 + 240 * extensions - (rng.randint(30, 150) if early else 0)
            self.db.add(
                E.BoardEntry,
                meeting_id=meeting["id"],
                topic_id=topic_id,
                column=T.DISCUSSED.value,
                position=position,
                seconds_used=seconds,
                extensions=extensions,
            )
            position += 1
            ev = {"meeting_id": meeting["id"], "topic_id": topic_id}
            self.db.add(E.TimeboxEvent, **ev, at=t, kind="start", minutes=8)
            box_end = t + dt.timedelta(minutes=8)
            attendees = len(plan["attendees"])
            for k in range(extensions + (0 if early else 1)):
                if k < extensions:  # most thumbs up: go on for another four minutes
                    up = rng.randint(attendees // 2 + 1, attendees)
                else:  # time is up and most want to move on
                    up = rng.randint(0, attendees // 3)
                side = rng.randint(0, attendees - up)
                self.db.add(
                    E.TimeboxEvent,
                    **ev,
                    at=box_end,
                    kind="thumbs",
                    minutes=0,
                    thumbs_up=up,
                    thumbs_side=side,
                    thumbs_down=attendees - up - side,
                )
                if k < extensions:
                    self.db.add(E.TimeboxEvent, **ev, at=box_end, kind="extend", minutes=4)
                    box_end += dt.timedelta(minutes=4)
            t += dt.timedelta(seconds=seconds)
            self.db.add(E.TimeboxEvent, **ev, at=t, kind="end", minutes=0)
            t += dt.timedelta(seconds=rng.randint(20, 60))
        for s in plan["board"]:
            if s["row"]["id"] not in discussed_ids:
                self.db.add(
                    E.BoardEntry,
                    meeting_id=meeting["id"],
                    topic_id=s["row"]["id"],
                    column=T.TO_DISCUSS.value,
                    position=position,
                    seconds_used=0,
                    extensions=0,
                )
                position += 1
        meeting["board_closed_at"] = t  # closed right after the last topic

    def invitations(self, plan, *, update: bool) -> None:
        meeting = plan["row"]
        recipients = "\n".join(p["email"] for p in self.people if self.was_member(p, plan["date"]))
        sent = meeting["start_at"] - dt.timedelta(days=self.rng.randint(30, 45))
        self.db.add(
            E.InvitationSend,
            meeting_id=meeting["id"],
            series_id=None,
            sent_at=sent,
            kind="request",
            sequence=0,
            recipients=recipients,
            snapshot="{}",
        )
        meeting["ics_sequence"] = 0
        if update:
            self.db.add(
                E.InvitationSend,
                meeting_id=meeting["id"],
                series_id=None,
                sent_at=sent + dt.timedelta(days=9, hours=3),
                kind="request",
                sequence=1,
                recipients=recipients,
                snapshot="{}",
            )
            meeting["ics_sequence"] = 1

    # --- the Working Out Loud sub-group ------------------------------------------------

    def wol_start_day(self) -> dt.date:
        """Tuesday starting the previous (complete) circle, a year before the current one."""
        return self.current_circle_start() - 52 * _WEEK

    def current_circle_start(self) -> dt.date:
        day = self.today - dt.timedelta(days=38)
        return day - dt.timedelta(days=(day.weekday() - 1) % 7)

    def wol(self) -> None:
        rng = self.rng
        first_start = self.wol_start_day()
        second_start = self.current_circle_start()
        group = self.db.add(
            E.Group,
            name="Working Out Loud / lernOS",
            parent_id=self.root_id,
            description="Teilgruppe für Working-Out-Loud-Circles nach lernOS: zwölf Wochen, "
            "eine Stunde pro Woche, vier bis fünf Personen. Berichtet in jedem "
            "CoP-Treffen kurz unter „Neues aus den Organisationen“.",
            cadence_unit="week",
            cadence_interval=1,
            preferred_weekdays="2",
            window_start="08:30",
            window_end="09:30",
            default_minutes=60,
            active=True,
            created_at=at(first_start - 3 * _WEEK, "16:00"),
        )
        gid = group["id"]
        for n in WOL_SECOND_CIRCLE:
            joined = (first_start if n in WOL_FIRST_CIRCLE else second_start) - _WEEK
            self.db.add(
                E.GroupMembership,
                group_id=gid,
                member_id=self.people[n]["id"],
                joined_on=joined,
                left_on=None,
            )
        self.db.add(
            E.RotationRule,
            group_id=gid,
            role=E.RotationRole.MODERATOR.value,
            enabled=True,
            min_attended=1,
            excluded_member_ids="",
        )
        for role in (E.RotationRole.HOST, E.RotationRole.CO_MODERATOR, E.RotationRole.PROTOCOL):
            self.db.add(
                E.RotationRule,
                group_id=gid,
                role=role.value,
                enabled=False,
                min_attended=1,
                excluded_member_ids="",
            )
        host = self.orgs[MEMBERS[LEA][2]]  # the organiser's Teams
        turn = 0
        for start, circle in ((first_start, WOL_FIRST_CIRCLE), (second_start, WOL_SECOND_CIRCLE)):
            series = self.db.add(
                E.MeetingSeries,
                group_id=gid,
                title=f"WOL-Circle {season(start)} {start.year}",
                freq="weekly",
                interval=1,
                count=12,
                ics_sequence=0,
                first_start=at(start, "08:30"),
                duration_minutes=60,
                tz="Europe/Berlin",
                created_at=at(start - 2 * _WEEK, "15:00"),
            )
            series["ics_uid"] = f"demo-series-{series['id']}@copdesk"
            people = [self.people[n] for n in circle]
            self.db.add(
                E.InvitationSend,
                meeting_id=None,
                series_id=series["id"],
                sent_at=at(start - 2 * _WEEK, "15:05"),
                kind="request",
                sequence=0,
                recipients="\n".join(p["email"] for p in people),
                snapshot="{}",
            )
            video = self.meeting_video(host)
            for k in range(12):
                day = start + k * _WEEK
                held = day < self.today
                status = E.MeetingStatus.HELD if held else E.MeetingStatus.PLANNED
                notes = ""
                if self.is_holiday(day):
                    status, notes = E.MeetingStatus.CANCELLED, "Fällt aus: Feiertag."
                moderator = people[turn % len(people)]
                if status != E.MeetingStatus.CANCELLED:
                    turn += 1
                # one session of the current circle moved to the Wednesday (an exception to
                # the series, sent as an update for that occurrence)
                moved = (
                    circle is WOL_SECOND_CIRCLE
                    and k == 3
                    and self.good_day(day + _DAY)
                    and status != E.MeetingStatus.CANCELLED
                )
                if moved:
                    notes = "Auf Mittwoch verschoben: Personalversammlung am Dienstag."
                actual = day + _DAY if moved else day
                meeting = self.db.add(
                    E.Meeting,
                    group_id=gid,
                    series_id=series["id"],
                    series_index=k,
                    series_original_start=at(day, "08:30"),
                    title=f"{series['title']} – Woche {k + 1}",
                    start_at=at(actual, "08:30"),
                    end_at=at(actual, "09:30"),
                    tz="Europe/Berlin",
                    format=E.MeetingFormat.ONLINE.value,
                    place="",
                    host_org_id=host["id"],
                    moderator_id=moderator["id"],
                    co_moderator_id=None,
                    protocol_writer_id=None,
                    status=status.value,
                    notes=notes,
                    ics_sequence=1 if moved else None,
                    update_due=False,
                    vote_budget=None,
                    timebox_minutes=8,
                    extension_minutes=4,
                    created_at=series["created_at"],
                    **video,
                )
                meeting["ics_uid"] = f"demo-{meeting['id']}@copdesk"
                if moved:
                    self.db.add(
                        E.InvitationSend,
                        meeting_id=meeting["id"],
                        series_id=series["id"],
                        sent_at=at(day - 6 * _DAY, "13:20"),
                        kind="request",
                        sequence=1,
                        recipients="\n".join(p["email"] for p in people),
                        snapshot="{}",
                    )
                A = E.AgendaKind
                items = [
                    self.db.add(
                        E.AgendaItem,
                        meeting_id=meeting["id"],
                        position=pos,
                        kind=kind.value,
                        title=title,
                        minutes=minutes,
                        presenter_id=None,
                        topic_id=None,
                    )
                    for pos, (kind, title, minutes) in enumerate(
                        (
                            (A.CHECK_IN, "Check-in", 5),
                            (A.TOPIC, f"Kata: Woche {k + 1} – {WOL_WEEKS[k]}", 50),
                            (A.CHECK_OUT, "Check-out", 5),
                        )
                    )
                ]
                if status != E.MeetingStatus.HELD:
                    continue
                present = []
                for p in people:
                    absent = self.is_absent(p["id"], day)
                    if p is moderator:
                        st, note = E.AttendanceStatus.ATTENDED, ""
                    elif absent:
                        st, note = E.AttendanceStatus.EXCUSED, absent
                    elif rng.random() < 0.12:
                        st, note = E.AttendanceStatus.EXCUSED, rng.choice(EXCUSE_NOTES)
                    else:
                        st, note = E.AttendanceStatus.ATTENDED, ""
                    self.db.add(
                        E.Attendance,
                        meeting_id=meeting["id"],
                        member_id=p["id"],
                        status=st.value,
                        note=note,
                    )
                    if st == E.AttendanceStatus.ATTENDED:
                        present.append(p)
                speaker = rng.choice(present)
                self.db.add(
                    E.MinutesNote,
                    meeting_id=meeting["id"],
                    agenda_item_id=items[0]["id"],
                    topic_id=None,
                    member_id=speaker["id"],
                    kind=E.NoteKind.CHECK_IN.value,
                    text=rng.choice(WOL_CHECK_INS),
                    private=False,
                    position=0,
                )
                self.db.add(
                    E.MinutesNote,
                    meeting_id=meeting["id"],
                    agenda_item_id=items[1]["id"],
                    topic_id=None,
                    member_id=None,
                    kind=E.NoteKind.TAKEAWAY.value,
                    text=rng.choice(WOL_TAKEAWAYS),
                    private=rng.random() < 0.1,
                    position=1,
                )
                self.db.add(
                    E.RotationRecord,
                    group_id=gid,
                    meeting_id=meeting["id"],
                    role=E.RotationRole.MODERATOR.value,
                    kind=E.RotationKind.TURN.value,
                    member_id=moderator["id"],
                    organisation_id=None,
                    other_member_id=None,
                    reason="",
                    created_at=meeting["end_at"],
                )

    def settings(self) -> None:
        self.db.add(E.Setting, key="demo.size", value=self.size)
        self.db.add(E.Setting, key="demo.today", value=self.today.isoformat())


# --- the large file ----------------------------------------------------------------------

FIRST_NAMES_F = (
    "Anna",
    "Julia",
    "Laura",
    "Lena",
    "Sarah",
    "Lisa",
    "Katharina",
    "Christina",
    "Sandra",
    "Stefanie",
    "Nicole",
    "Melanie",
    "Petra",
    "Sabine",
    "Andrea",
    "Claudia",
    "Susanne",
    "Birgit",
    "Monika",
    "Gabriele",
    "Ute",
    "Heike",
    "Karin",
    "Martina",
    "Anja",
    "Tanja",
    "Silke",
    "Kerstin",
    "Jana",
    "Miriam",
    "Johanna",
    "Hannah",
    "Leonie",
    "Marie",
    "Sophie",
    "Charlotte",
    "Franziska",
    "Theresa",
    "Carina",
    "Vanessa",
    "Jasmin",
    "Nadine",
    "Daniela",
    "Simone",
    "Yvonne",
    "Bettina",
    "Carolin",
    "Dörte",
    "Elif",
    "Ayşe",
    "Zeynep",
    "Özlem",
    "Marta",
    "Agnieszka",
    "Jelena",
    "Ilka",
    "Annegret",
    "Jutta",
    "Renate",
    "Lea",
    "Mia",
    "Emilia",
)
FIRST_NAMES_M = (
    "Thomas",
    "Michael",
    "Andreas",
    "Stefan",
    "Christian",
    "Markus",
    "Frank",
    "Jürgen",
    "Jörg",
    "Matthias",
    "Alexander",
    "Martin",
    "Peter",
    "Klaus",
    "Uwe",
    "Ralf",
    "Dirk",
    "Oliver",
    "Tobias",
    "Daniel",
    "Sebastian",
    "Florian",
    "Jan",
    "Tim",
    "Lukas",
    "Jonas",
    "Felix",
    "Maximilian",
    "Moritz",
    "Philipp",
    "Benjamin",
    "Simon",
    "David",
    "Fabian",
    "Kai",
    "Sven",
    "Holger",
    "Torsten",
    "Björn",
    "Sönke",
    "Günter",
    "Wolfgang",
    "Bernd",
    "Hans-Peter",
    "Karl-Heinz",
    "Rüdiger",
    "Dieter",
    "Mehmet",
    "Murat",
    "Emre",
    "Ömer",
    "Piotr",
    "Luca",
    "Niklas",
    "Erik",
    "Malte",
    "Henrik",
    "Timo",
    "Marco",
    "Dennis",
    "Patrick",
    "Christoph",
)
LAST_NAMES = (
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Schmitz",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "Schulze",
    "Maier",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Mayer",
    "Huber",
    "Kaiser",
    "Fuchs",
    "Peters",
    "Lang",
    "Scholz",
    "Möller",
    "Weiß",
    "Jung",
    "Hahn",
    "Schubert",
    "Vogel",
    "Friedrich",
    "Keller",
    "Günther",
    "Frank",
    "Berger",
    "Winkler",
    "Roth",
    "Beck",
    "Lorenz",
    "Baumann",
    "Franke",
    "Albrecht",
    "Schuster",
    "Simon",
    "Ludwig",
    "Böhm",
    "Winter",
    "Kraus",
    "Martin",
    "Schumacher",
    "Krämer",
    "Vogt",
    "Stein",
    "Jäger",
    "Otto",
    "Sommer",
    "Groß",
    "Seidel",
    "Heinrich",
    "Brandt",
    "Haas",
    "Schreiber",
    "Graf",
    "Schulte",
    "Dietrich",
    "Ziegler",
    "Kuhn",
    "Kühn",
    "Pohl",
    "Engel",
    "Horn",
    "Busch",
    "Bergmann",
    "Thomas",
    "Voigt",
    "Sauer",
    "Arnold",
    "Wolff",
    "Pfeiffer",
    "Gärtner",
    "Wöhrle",
    "Häußler",
    "Bürkle",
    "Maurer",
    "Rößler",
    "Stähle",
    "Schwab",
    "Dörr",
    "Kächele",
    "Eisele",
    "Hägele",
    "Weidner",
    "Özdemir",
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Nowak",
    "Kowalski",
    "Petrović",
    "Jovanović",
    "Popović",
    "Rossi",
    "Ferrari",
    "Nguyen",
    "Papadopoulos",
    "Löffler",
    "Strauß",
    "Meißner",
    "Bäumer",
)
# city, state (the six core cities are left out)
CITIES = (
    ("Stuttgart", "BW"),
    ("Mannheim", "BW"),
    ("Freiburg im Breisgau", "BW"),
    ("Ulm", "BW"),
    ("Pforzheim", "BW"),
    ("Heilbronn", "BW"),
    ("Esslingen am Neckar", "BW"),
    ("Ludwigsburg", "BW"),
    ("Tübingen", "BW"),
    ("Konstanz", "BW"),
    ("Villingen-Schwenningen", "BW"),
    ("Aalen", "BW"),
    ("Sindelfingen", "BW"),
    ("Schwäbisch Gmünd", "BW"),
    ("Friedrichshafen", "BW"),
    ("Offenburg", "BW"),
    ("Göppingen", "BW"),
    ("Waiblingen", "BW"),
    ("Frankfurt am Main", "HE"),
    ("Wiesbaden", "HE"),
    ("Kassel", "HE"),
    ("Hanau", "HE"),
    ("Marburg", "HE"),
    ("Fulda", "HE"),
    ("Rüsselsheim am Main", "HE"),
    ("Bad Homburg vor der Höhe", "HE"),
    ("Wetzlar", "HE"),
    ("Oberursel (Taunus)", "HE"),
    ("Limburg an der Lahn", "HE"),
    ("Bensheim", "HE"),
    ("München", "BY"),
    ("Nürnberg", "BY"),
    ("Augsburg", "BY"),
    ("Würzburg", "BY"),
    ("Regensburg", "BY"),
    ("Ingolstadt", "BY"),
    ("Erlangen", "BY"),
    ("Mainz", "RP"),
    ("Ludwigshafen am Rhein", "RP"),
    ("Koblenz", "RP"),
    ("Trier", "RP"),
    ("Kaiserslautern", "RP"),
    ("Worms", "RP"),
    ("Speyer", "RP"),
    ("Köln", "NW"),
    ("Düsseldorf", "NW"),
    ("Dortmund", "NW"),
    ("Münster", "NW"),
    ("Bielefeld", "NW"),
    ("Bonn", "NW"),
    ("Aachen", "NW"),
    ("Hannover", "NI"),
    ("Braunschweig", "NI"),
    ("Göttingen", "NI"),
    ("Osnabrück", "NI"),
    ("Saarbrücken", "SL"),
    ("Erfurt", "TH"),
    ("Jena", "TH"),
    ("Leipzig", "SN"),
    ("Dresden", "SN"),
)
FUNCTIONS = (
    "Personalentwicklung",
    "Personalentwicklung",
    "Personalentwicklung",
    "Fortbildungskoordination",
    "Organisationsentwicklung",
    "Ausbildungsleitung",
    "Verwaltungsleitung",
    "Talentmanagement",
    "Betriebliches Gesundheitsmanagement",
    "Personalmarketing",
    "Teamleitung Personalservice",
    "Digitallotse",
)
SUBGROUPS = (
    "AG Digitale Lernformate",
    "AG Führungskräfteentwicklung",
    "AG Ausbildung und Nachwuchs",
    "AG Onboarding",
    "AG Mobile Arbeit",
    "AG Gesundheitsmanagement",
    "AG Wissensmanagement",
    "AG KI in der Verwaltung",
    "AG Personalmarketing",
    "AG Mentoring",
    "lernOS-Circle Nord",
    "lernOS-Circle Süd",
    "WOL-Circle Stadtwerke",
    "Netzwerk Digitallotsinnen und -lotsen",
    "Arbeitskreis Kompetenzmodelle",
    "Arbeitskreis Feedbackkultur",
    "AG Agiles Arbeiten",
    "AG Lernplattformen",
    "Peer-Coaching-Gruppe",
    "AG Demografie und Wissenstransfer",
)
SUBJECTS = tuple(t[1] for t in TOPICS if t[0] != "onboardingapp") + tuple(
    t for t, _ in HISTORIC_TOPICS
)
ASPECTS = (
    "Erfahrungsaustausch",
    "Praxisbeispiel",
    "Fragen aus der Praxis",
    "erste Schritte",
    "Stolpersteine",
    "Kennzahlen",
    "Rolle der Führungskräfte",
    "Beteiligung des Personalrats",
    "Datenschutz",
    "Kosten und Aufwand",
    "Evaluation",
    "Materialien teilen",
    "Werkzeuge",
    "Kommunikation",
    "für kleine Kommunen",
    "für Stadtwerke",
    "im Schichtdienst",
    "mit wenig Budget",
    "rechtlicher Rahmen",
    "Zusammenarbeit mit der IT",
)


class _Large:
    """Bulk extras on top of the small demo: organisations, members, sub-groups, topics."""

    def __init__(self, demo: _Demo) -> None:
        self.d = demo
        self.rng = demo.rng
        self.db = demo.db
        self.today = demo.today

    def build(self, report: Callable[[float], None]) -> None:
        self.organisations()
        self.members()
        report(0.15)
        self.absences()
        self.subgroups()
        report(0.3)
        self.meetings(report)
        report(0.75)
        self.topics()
        report(1.0)

    def random_day(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange(max(1, (end - start).days)))

    def organisations(self) -> None:
        d = self.d
        self.orgs = list(d.orgs)
        need = LARGE_ORGANISATIONS - len(self.orgs)
        names = [(f"Stadt {c}", M, s, c) for c, s in CITIES]
        names += [(f"Stadtwerke {c}", U, s, c) for c, s in CITIES]
        tools = (TEAMS, TEAMS, WEBEX, ZOOM, BBB)
        for n, (name, kind, state, city) in enumerate(names[:need]):
            prefix = "sw-" if kind == U else ""
            domain = f"{prefix}{ascii_slug(city.split(' (')[0])}.example"
            tool = self.rng.choice(tools)
            video = d.video_details(tool, domain, 900 + (n % 100))
            row = self.db.add(
                E.Organisation,
                name=name,
                kind=kind,
                state=state,
                city=city,
                video_tool=tool,
                video_link=video["video_link"],
                video_dialin=video["video_dialin"],
                video_text=video["video_text"],
                notes="",
                created_at=at(self.random_day(FOUNDED, self.today), "09:00"),
            )
            d.org_info[row["id"]] = {"domain": domain, "code": video["_code"], "pin": video["_pin"]}
            self.orgs.append(row)

    def members(self) -> None:
        rng, d = self.rng, self.d
        extra_orgs = self.orgs[len(ORGANISATIONS) :]
        self.people = list(d.people)
        seen = {p["email"] for p in self.people}
        phones = (n for n in range(5000) if drama_number(n) not in {p["phone"] for p in d.people})
        latest = self.today - 2 * _WEEK
        for _ in range(len(self.people), LARGE_MEMBERS):
            female = rng.random() < 0.6
            first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
            last = rng.choice(LAST_NAMES)
            org = rng.choice(extra_orgs)
            joined = self.random_day(dt.date(2020, 3, 1), latest)
            left = None
            if rng.random() < 0.07:
                left = self.random_day(joined + 30 * _DAY, self.today)
            function = rng.choice(FUNCTIONS)
            if function == "Digitallotse" and female:
                function = "Digitallotsin"
            offers = ", ".join(rng.sample(TAGS, 2))
            seeks = ", ".join(rng.sample(TAGS, 2))
            row = d.member_row(
                first,
                last,
                org,
                function,
                offers,
                seeks,
                joined,
                rng.random() < 0.95,
                left,
                next(phones),
            )
            email = row["email"]
            k = 2
            while row["email"] in seen:
                local, domain = email.split("@")
                row["email"] = f"{local}{k}@{domain}"
                k += 1
            seen.add(row["email"])
            self.people.append(row)
            self.db.add(
                E.GroupMembership,
                group_id=d.root_id,
                member_id=row["id"],
                joined_on=joined,
                left_on=left,
            )
        self.active = [p for p in self.people[len(d.people) :] if p["active"]]

    def absences(self) -> None:
        rng = self.rng
        notes = ("Urlaub", "Urlaub", "Urlaub", "Fortbildung", "Dienstreise", "Kur")
        for p in rng.sample(self.people[len(self.d.people) :], 2400):
            start = self.random_day(
                max(p["joined_on"], dt.date(2022, 1, 1)), self.today + 26 * _WEEK
            )
            if rng.random() < 0.04:
                end, note = start + dt.timedelta(days=rng.randint(90, 365)), "Elternzeit"
            else:
                end, note = start + dt.timedelta(days=rng.randint(2, 20)), rng.choice(notes)
            self.db.add(E.Absence, member_id=p["id"], start_on=start, end_on=end, note=note)

    def subgroups(self) -> None:
        rng = self.rng
        existing = len(self.db.rows[E.Meeting])
        remaining = LARGE_MEETINGS - existing
        self.groups = []
        names = SUBGROUPS[:LARGE_SUBGROUPS]
        for n, name in enumerate(names):
            count = remaining // len(names) + (1 if n < remaining % len(names) else 0)
            interval = rng.choice((1, 2, 2))
            iso_weekday = rng.choice((2, 3, 4, 2, 3, 4, 1, 5))
            start_time = rng.choice(("08:30", "09:00", "10:00", "13:00", "14:00", "15:00"))
            minutes = rng.choice((60, 60, 90))
            # the meetings end a few weeks ahead; the first one decides when the group began
            future = rng.randint(2, 4)
            anchor = self.today + dt.timedelta(days=rng.randint(1, 10))
            anchor += dt.timedelta(days=(iso_weekday - 1 - anchor.weekday()) % 7)
            step = interval * _WEEK
            dates = [anchor + (k - (count - future)) * step for k in range(count)]
            founded = dates[0] - 2 * _WEEK
            pool = [p for p in self.active if p["joined_on"] <= founded]
            members = rng.sample(pool, rng.randint(10, 35))
            lead = members[0]
            h, m = (int(x) for x in start_time.split(":"))
            end_time = f"{(h * 60 + m + minutes) // 60:02d}:{(m + minutes) % 60:02d}"
            row = self.db.add(
                E.Group,
                name=name,
                parent_id=self.d.root_id,
                description=f"Teilgruppe der CoP; trifft sich alle {interval} Woche(n) online.",
                cadence_unit="week",
                cadence_interval=interval,
                preferred_weekdays=str(iso_weekday),
                window_start=start_time,
                window_end=end_time,
                default_minutes=minutes,
                active=True,
                created_at=at(founded, "12:00"),
            )
            for p in members:
                self.db.add(
                    E.GroupMembership,
                    group_id=row["id"],
                    member_id=p["id"],
                    joined_on=founded,
                    left_on=None,
                )
            for role in (E.RotationRole.MODERATOR, E.RotationRole.PROTOCOL):
                self.db.add(
                    E.RotationRule,
                    group_id=row["id"],
                    role=role.value,
                    enabled=True,
                    min_attended=1,
                    excluded_member_ids="",
                )
            host = next(o for o in self.orgs if o["id"] == lead["organisation_id"])
            self.groups.append(
                {
                    "row": row,
                    "dates": dates,
                    "members": members,
                    "host": host,
                    "start": start_time,
                    "end": end_time,
                    "held": [],
                }
            )

    def meetings(self, report) -> None:
        rng, d = self.rng, self.d
        A, N, S = E.AgendaKind, E.NoteKind, E.MeetingStatus
        att_choices = (
            (E.AttendanceStatus.ATTENDED.value,) * 17
            + (E.AttendanceStatus.EXCUSED.value,) * 2
            + (E.AttendanceStatus.DECLINED.value,)
        )
        for g_no, g in enumerate(self.groups):
            gid = g["row"]["id"]
            members = g["members"]
            video = d.meeting_video(g["host"])
            first_future = True
            for k, day in enumerate(g["dates"]):
                held = day < self.today
                status = S.HELD if held else (S.INVITED if first_future else S.PLANNED)
                if not held:
                    first_future = False
                christmas = (day.month, day.day) >= (12, 23) or (day.month, day.day) <= (1, 1)
                if (
                    d.is_holiday(day, g["host"]["state"])
                    or christmas
                    or (held and rng.random() < 0.03)
                ):
                    status = S.CANCELLED
                moderator = members[k % len(members)]
                writer = members[(k + 1) % len(members)]
                start, end = at(day, g["start"]), at(day, g["end"])
                meeting = self.db.add(
                    E.Meeting,
                    group_id=gid,
                    title=f"{g['row']['name']} – Treffen {k + 1}",
                    start_at=start,
                    end_at=end,
                    tz="Europe/Berlin",
                    format=E.MeetingFormat.ONLINE.value,
                    place="",
                    host_org_id=g["host"]["id"],
                    moderator_id=moderator["id"],
                    co_moderator_id=None,
                    protocol_writer_id=writer["id"],
                    status=status.value,
                    notes="Fällt aus." if status == S.CANCELLED else "",
                    ics_sequence=0 if status in (S.HELD, S.INVITED) else None,
                    update_due=False,
                    vote_budget=None,
                    timebox_minutes=8,
                    extension_minutes=4,
                    created_at=start - 3 * _WEEK,
                    **video,
                )
                meeting["ics_uid"] = f"demo-{meeting['id']}@copdesk"
                lc = rng.random() < 0.5
                mid_minutes = g["row"]["default_minutes"] - 20
                items = [
                    self.db.add(
                        E.AgendaItem,
                        meeting_id=meeting["id"],
                        position=pos,
                        kind=kind.value,
                        title=title,
                        minutes=mins,
                        presenter_id=None,
                        topic_id=None,
                    )
                    for pos, (kind, title, mins) in enumerate(
                        (
                            (A.CHECK_IN, "Check-in", 10),
                            (A.LEAN_COFFEE, "Lean Coffee", mid_minutes)
                            if lc
                            else (
                                A.TOPIC,
                                f"{rng.choice(SUBJECTS)} – {rng.choice(ASPECTS)}",
                                mid_minutes,
                            ),
                            (A.CHECK_OUT, "Check-out", 10),
                        )
                    )
                ]
                if status != S.HELD:
                    continue
                g["held"].append((day, meeting["id"]))
                for p in members:
                    st = (
                        E.AttendanceStatus.ATTENDED.value
                        if p in (moderator, writer)
                        else rng.choice(att_choices)
                    )
                    self.db.add(
                        E.Attendance,
                        meeting_id=meeting["id"],
                        member_id=p["id"],
                        status=st,
                        note="",
                    )
                self.db.add(
                    E.MinutesNote,
                    meeting_id=meeting["id"],
                    agenda_item_id=items[1]["id"],
                    topic_id=None,
                    member_id=None,
                    kind=N.TAKEAWAY.value,
                    text=rng.choice(TOPICS)[4],
                    private=False,
                    position=0,
                )
                if rng.random() < 0.1:
                    self.db.add(
                        E.Decision,
                        meeting_id=meeting["id"],
                        agenda_item_id=items[1]["id"],
                        topic_id=None,
                        text=rng.choice(DECISIONS),
                        position=0,
                    )
                if rng.random() < 0.3:
                    due = day + dt.timedelta(days=rng.randint(14, 42))
                    done = due < self.today - 2 * _WEEK and rng.random() < 0.85
                    self.db.add(
                        E.ActionItem,
                        meeting_id=meeting["id"],
                        agenda_item_id=items[1]["id"],
                        topic_id=None,
                        owner_id=rng.choice(members)["id"],
                        description=rng.choice(ACTIONS),
                        due_on=due,
                        status=(E.ActionStatus.DONE if done else E.ActionStatus.OPEN).value,
                        done_on=min(due, self.today - _DAY) if done else None,
                        carried_from_id=None,
                    )
                for role, person in (
                    (E.RotationRole.MODERATOR, moderator),
                    (E.RotationRole.PROTOCOL, writer),
                ):
                    self.db.add(
                        E.RotationRecord,
                        group_id=gid,
                        meeting_id=meeting["id"],
                        role=role.value,
                        kind=E.RotationKind.TURN.value,
                        member_id=person["id"],
                        organisation_id=None,
                        other_member_id=None,
                        reason="",
                        created_at=end,
                    )
                if day < self.today - 3 * _WEEK and rng.random() < 0.5:
                    self.db.add(
                        E.ProtocolVersion,
                        meeting_id=meeting["id"],
                        number=1,
                        finalised_at=end + dt.timedelta(days=rng.randint(2, 14)),
                        snapshot="{}",
                        changes="",
                    )
            report(0.3 + 0.45 * (g_no + 1) / len(self.groups))

    def topics(self) -> None:
        rng, d = self.rng, self.d
        existing = len(self.db.rows[E.Topic])
        remaining = LARGE_TOPICS - existing
        per_group = remaining * 3 // 10 // len(self.groups)
        root_held = [(p["date"], p["row"]["id"]) for p in d.held]
        targets = [
            (
                d.root_id,
                remaining - per_group * len(self.groups),
                self.people[:],
                root_held,
                FOUNDED,
            )
        ]
        for g in self.groups:
            targets.append(
                (g["row"]["id"], per_group, g["members"], g["held"], g["dates"][0] - 2 * _WEEK)
            )
        tag_ids = list(d.tag_ids.values())
        T = E.TopicStatus
        for gid, count, people, held, founded in targets:
            held_days = [day for day, _ in held]
            group_topics: list[dict] = []
            for _ in range(count):
                proposer = rng.choice(people)
                start = max(founded, proposer["joined_on"])
                proposed = self.random_day(start, self.today)
                r = rng.random()
                status, meeting_id, merged_into = T.OPEN, None, None
                later = bisect.bisect_right(held_days, proposed)
                if r < 0.2 and later < len(held):
                    status = T.DISCUSSED
                    meeting_id = held[rng.randrange(later, len(held))][1]
                elif r < 0.27:
                    status = T.PARKED
                elif r < 0.29 and group_topics:
                    status = T.MERGED
                    merged_into = rng.choice(group_topics[-50:])["id"]
                row = self.db.add(
                    E.Topic,
                    group_id=gid,
                    title=f"{rng.choice(SUBJECTS)} – {rng.choice(ASPECTS)}",
                    description="",
                    proposed_by_id=proposer["id"],
                    proposed_on=proposed,
                    status=status.value,
                    times_deferred=rng.choice((0, 0, 0, 0, 1, 1, 2, 3, 4)),
                    discussed_meeting_id=meeting_id,
                    merged_into_id=merged_into,
                    created_at=at(proposed, "10:00"),
                )
                group_topics.append(row)
                for tag in rng.sample(tag_ids, rng.choice((1, 1, 2))):
                    self.db.add(E.TopicTag, topic_id=row["id"], tag_id=tag)
                if meeting_id is not None:
                    self.db.add(
                        E.TopicVote,
                        topic_id=row["id"],
                        meeting_id=meeting_id,
                        member_id=None,
                        count=rng.randint(1, 9),
                    )
