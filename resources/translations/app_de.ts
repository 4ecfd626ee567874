<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside CoP Desk. Your saved data is safe.

The details were written to:
%1

Please send this file to the people who maintain CoP Desk.</source>
        <translation>In CoP Desk ist ein Fehler aufgetreten. Ihre gespeicherten Daten sind sicher.

Die Einzelheiten stehen in dieser Datei:
%1

Bitte schicken Sie die Datei an das Team, das CoP Desk betreut.</translation>
    </message>
    <message>
        <source>Welcome to CoP Desk!</source>
        <translation>Willkommen bei CoP Desk!</translation>
    </message>
    <message>
        <source>CoP Desk keeps your community in one file on this computer. Create a new community, open a file you received, or look around in a demo community first.</source>
        <translation>CoP Desk speichert Ihre Community in einer Datei auf diesem Computer. Legen Sie eine neue Community an, öffnen Sie eine Datei, die Sie bekommen haben, oder sehen Sie sich zuerst in einer Demo-Community um.</translation>
    </message>
    <message>
        <source>&amp;New community…</source>
        <translation>&amp;Neue Community…</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a &amp;hand-over…</source>
        <translation>Über&amp;gabe öffnen…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>The file was updated for this version of CoP Desk. The previous version is kept as a backup (File › Restore a backup…).</source>
        <translation>Die Datei wurde für diese Version von CoP Desk aktualisiert. Die vorige Fassung ist als Sicherung aufbewahrt (Datei › Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>This file is in a synced folder (%1): never open it on two PCs at the same time.</source>
        <translation>Diese Datei liegt in einem synchronisierten Ordner (%1): Öffnen Sie sie nie auf zwei PCs gleichzeitig.</translation>
    </message>
    <message>
        <source>This file is on a network drive: it stays reserved for this window until you close it.</source>
        <translation>Diese Datei liegt auf einem Netzlaufwerk: Sie bleibt für dieses Fenster reserviert, bis Sie sie schließen.</translation>
    </message>
    <message>
        <source>“%1” is on a network drive.

CoP Desk opens it in the mode that is safe there: every change goes straight into the file, and the file stays reserved for this window until you close it. Nobody else, on this PC or another, can open it in the meantime, and saving may take a little longer.</source>
        <translation>„%1“ liegt auf einem Netzlaufwerk.

CoP Desk öffnet die Datei so, wie es dort sicher ist: Jede Änderung wird direkt in die Datei geschrieben, und die Datei bleibt für dieses Fenster reserviert, bis Sie sie schließen. So lange kann niemand sonst sie öffnen, weder auf diesem noch auf einem anderen PC, und das Speichern kann etwas länger dauern.</translation>
    </message>
    <message>
        <source>“%1” is in a folder that %2 synchronises.

Never open it on two PCs at the same time: the sync cannot merge two versions of the file, so changes get lost or the file is damaged. Close CoP Desk on one PC and let the sync finish before you open the file on the other.</source>
        <translation>„%1“ liegt in einem Ordner, den %2 synchronisiert.

Öffnen Sie die Datei nie auf zwei PCs gleichzeitig: Die Synchronisierung kann zwei Fassungen der Datei nicht zusammenführen, dann gehen Änderungen verloren oder die Datei wird beschädigt. Schließen Sie CoP Desk auf dem einen PC und warten Sie, bis die Synchronisierung fertig ist, bevor Sie die Datei auf dem anderen öffnen.</translation>
    </message>
    <message>
        <source>Faster and safer: keep your working file in a folder on this PC that is not synchronised, and save a copy to the shared place when others need it (File › Save a copy as…).</source>
        <translation>Schneller und sicherer: Bewahren Sie Ihre Arbeitsdatei in einem Ordner auf diesem PC auf, der nicht synchronisiert wird, und speichern Sie eine Kopie am gemeinsamen Ort, wenn andere sie brauchen (Datei › Kopie speichern unter…).</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>Neue Community</translation>
    </message>
    <message>
        <source>Name of the community:</source>
        <translation>Name der Community:</translation>
    </message>
    <message>
        <source>Community of Practice</source>
        <translation>Community of Practice</translation>
    </message>
    <message>
        <source>Save the new community as</source>
        <translation>Neue Community speichern unter</translation>
    </message>
    <message>
        <source>CoP Desk communities (*%1)</source>
        <translation>CoP-Desk-Dateien (*%1)</translation>
    </message>
    <message>
        <source>Open a community</source>
        <translation>Community öffnen</translation>
    </message>
    <message>
        <source>CoP Desk communities (*%1);;All files (*)</source>
        <translation>CoP-Desk-Dateien (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Choose another name: this is the open file itself.</source>
        <translation>Bitte wählen Sie einen anderen Namen: Das ist die geöffnete Datei selbst.</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Kopie gespeichert: %1</translation>
    </message>
    <message>
        <source>There is no backup of this file yet. CoP Desk makes one each day you open it.</source>
        <translation>Von dieser Datei gibt es noch keine Sicherung. CoP Desk legt an jedem Tag, an dem Sie die Datei öffnen, eine an.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backup to restore (the current state is kept as a backup too):</source>
        <translation>Wiederherzustellende Sicherung (der aktuelle Stand wird ebenfalls gesichert):</translation>
    </message>
</context>
<context>
    <name>ChooseGroupDialog</name>
    <message>
        <source>Add to group</source>
        <translation>Zu Gruppe hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n selected member(s) to this group:</source>
        <translation>
            <numerusform>Das ausgewählte Mitglied zu dieser Gruppe hinzufügen:</numerusform>
            <numerusform>Die %n ausgewählten Mitglieder zu dieser Gruppe hinzufügen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n selected member(s) from this group:</source>
        <translation>
            <numerusform>Das ausgewählte Mitglied aus dieser Gruppe entfernen:</numerusform>
            <numerusform>Die %n ausgewählten Mitglieder aus dieser Gruppe entfernen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the community)</source>
        <translation>%1 (die Community)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere Person</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) join the group.</source>
        <translation>
            <numerusform>1 Mitglied kommt in die Gruppe.</numerusform>
            <numerusform>%n Mitglieder kommen in die Gruppe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in it, unchanged (%n): %1</source>
        <translation>
            <numerusform>Schon in der Gruppe, bleibt unverändert (%n): %1</numerusform>
            <numerusform>Schon in der Gruppe, bleiben unverändert (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave the group (%n): %1</source>
        <translation>
            <numerusform>Verlässt die Gruppe (%n): %1</numerusform>
            <numerusform>Verlassen die Gruppe (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took part in its meetings, so they stay in its records, marked as left on %2 (%n): %1</source>
        <translation>
            <numerusform>Hat an ihren Treffen teilgenommen, bleibt daher in ihren Unterlagen, als ausgetreten am %2 vermerkt (%n): %1</numerusform>
            <numerusform>Haben an ihren Treffen teilgenommen, bleiben daher in ihren Unterlagen, als ausgetreten am %2 vermerkt (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the group, unchanged (%n): %1</source>
        <translation>
            <numerusform>Nicht in der Gruppe, bleibt unverändert (%n): %1</numerusform>
            <numerusform>Nicht in der Gruppe, bleiben unverändert (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change in this group.</source>
        <translation>In dieser Gruppe ändert sich nichts.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Learning circle – %1</source>
        <translation>Lernkreis – %1</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Durchgang:</translation>
    </message>
    <message>
        <source>&amp;Plan cohort…</source>
        <translation>Durchgang &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Load guide pack…</source>
        <translation>&amp;Leitfaden laden…</translation>
    </message>
    <message>
        <source>A TOML file with each week&apos;s title, agenda and notes (see the manual)</source>
        <translation>Eine TOML-Datei mit Titel, Tagesordnung und Hinweisen für jede Woche (siehe Handbuch)</translation>
    </message>
    <message>
        <source>&amp;Invite as series…</source>
        <translation>Als Serie &amp;einladen…</translation>
    </message>
    <message>
        <source>&amp;End circle</source>
        <translation>Lernkreis &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Start new cohort</source>
        <translation>&amp;Neuen Durchgang starten</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Weeks of the cohort</source>
        <translation>Wochen des Durchgangs</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Goal for this cohort</source>
        <translation>Ziel für diesen Durchgang</translation>
    </message>
    <message>
        <source>Members&apos; goals</source>
        <translation>Ziele der Mitglieder</translation>
    </message>
    <message>
        <source>Goals (optional; double-click to edit)</source>
        <translation>Ziele (freiwillig; Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1 ended on %2</source>
        <translation>%1 endete am %2</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 beginnt am %2</translation>
    </message>
    <message>
        <source>%1: week %2 of %3</source>
        <translation>%1: Woche %2 von %3</translation>
    </message>
    <message>
        <source>No cohort yet: load a guide pack or plan the first cohort.</source>
        <translation>Noch kein Durchgang: Leitfaden laden oder den ersten Durchgang planen.</translation>
    </message>
    <message>
        <source>no guide pack</source>
        <translation>kein Leitfaden</translation>
    </message>
    <message>
        <source>Re-&amp;plan cohort…</source>
        <translation>Durchgang neu &amp;planen…</translation>
    </message>
    <message>
        <source>Load guide pack</source>
        <translation>Leitfaden laden</translation>
    </message>
    <message>
        <source>Guide packs (*.toml);;All files (*)</source>
        <translation>Leitfäden (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Learning circle %1</source>
        <translation>Lernkreis %1</translation>
    </message>
    <message>
        <source>Re-plan cohort</source>
        <translation>Durchgang neu planen</translation>
    </message>
    <message>
        <source>Plan cohort</source>
        <translation>Durchgang planen</translation>
    </message>
    <message>
        <source>End circle</source>
        <translation>Lernkreis beenden</translation>
    </message>
    <message>
        <source>End “%1” today? The weeks still ahead are cancelled and no more dates are suggested for the group. Undo (Ctrl+Z) brings them back.</source>
        <translation>„%1“ heute beenden? Die noch ausstehenden Wochen werden abgesagt, und für die Gruppe werden keine Termine mehr vorgeschlagen. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Start new cohort</source>
        <translation>Neuen Durchgang starten</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Ziel ändern</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Edit group</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <source>New sub-group</source>
        <translation>Neue Teilgruppe</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Working Out Loud circle</source>
        <translation>z. B. Working-Out-Loud-Kreis</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>What the group works on together</source>
        <translation>Woran die Gruppe gemeinsam arbeitet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation>&amp;Wochentage</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Frühester Beginn</translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation>Spätestes Ende</translation>
    </message>
    <message>
        <source>&amp;Time window</source>
        <translation>Zeit&amp;fenster</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>Geben Sie den Namen der Gruppe ein.</translation>
    </message>
    <message>
        <source>Number of weeks or months</source>
        <translation>Anzahl Wochen oder Monate</translation>
    </message>
    <message>
        <source>&amp;Cadence</source>
        <translation>&amp;Rhythmus</translation>
    </message>
    <message>
        <source>&amp;Video tool</source>
        <translation>&amp;Videotool</translation>
    </message>
    <message>
        <source>&amp;Join link</source>
        <translation>Teilnahme-&amp;Link</translation>
    </message>
    <message>
        <source>New meetings of the group take this link (else the host organisation&apos;s)</source>
        <translation>Neue Treffen der Gruppe übernehmen diesen Link (sonst den der Gastgeber-Organisation)</translation>
    </message>
    <message>
        <source>W&amp;hiteboard</source>
        <translation>W&amp;hiteboard</translation>
    </message>
    <message>
        <source>https:// (Miro, Conceptboard, …)</source>
        <translation>https:// (Miro, Conceptboard, …)</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>&amp;Moderation rotates (turns are suggested)</source>
        <translation>&amp;Moderation rotiert (Reihenfolge wird vorgeschlagen)</translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meets every %n week(s)</source>
        <translation>
            <numerusform>trifft sich jede Woche</numerusform>
            <numerusform>trifft sich alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meets every %n month(s)</source>
        <translation>
            <numerusform>trifft sich jeden Monat</numerusform>
            <numerusform>trifft sich alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a web link. Paste the join link; it starts with https://.</source>
        <translation>Das ist kein Weblink. Fügen Sie den Teilnahme-Link ein; er beginnt mit https://.</translation>
    </message>
    <message>
        <source>This is not a web link. Copy the whiteboard&apos;s address; it starts with https://.</source>
        <translation>Das ist kein Weblink. Kopieren Sie die Adresse des Whiteboards; sie beginnt mit https://.</translation>
    </message>
</context>
<context>
    <name>GroupMembersDialog</name>
    <message>
        <source>Members of “%1”</source>
        <translation>Mitglieder von „%1“</translation>
    </message>
    <message>
        <source>Tick the people who belong to this group. Someone who has already taken part stays in its records, marked as left.</source>
        <translation>Haken Sie an, wer zu dieser Gruppe gehört. Wer schon teilgenommen hat, bleibt in ihren Unterlagen und wird als ausgetreten markiert.</translation>
    </message>
    <message>
        <source>Filter by name or organisation</source>
        <translation>Nach Name oder Organisation filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>GroupMenu</name>
    <message>
        <source>Groups: create, edit, members, archive</source>
        <translation>Gruppen: anlegen, bearbeiten, Mitglieder, archivieren</translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation>Gruppen-Aktionen</translation>
    </message>
    <message>
        <source>&amp;New sub-group…</source>
        <translation>&amp;Neue Teilgruppe…</translation>
    </message>
    <message>
        <source>&amp;Edit group…</source>
        <translation>Gruppe &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Members of this group…</source>
        <translation>&amp;Mitglieder dieser Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Archive group</source>
        <translation>Gruppe &amp;archivieren</translation>
    </message>
    <message>
        <source>&amp;Restore group</source>
        <translation>Gruppe &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete group</source>
        <translation>Gruppe &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Show archived groups</source>
        <translation>Archivierte Gruppen &amp;zeigen</translation>
    </message>
    <message>
        <source>New sub-group</source>
        <translation>Neue Teilgruppe</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <source>Change group members</source>
        <translation>Mitglieder der Gruppe ändern</translation>
    </message>
    <message>
        <source>Archive group</source>
        <translation>Gruppe archivieren</translation>
    </message>
    <message>
        <source>Restore group</source>
        <translation>Gruppe wiederherstellen</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Undo brings it back.</source>
        <translation>Die Gruppe „%1“ löschen? Mit Rückgängig kommt sie zurück.</translation>
    </message>
    <message>
        <source>&amp;Learning circle…</source>
        <translation>&amp;Lernkreis…</translation>
    </message>
</context>
<context>
    <name>GroupsCli</name>
    <message>
        <source>create a sub-group or add members to a group</source>
        <translation>eine Teilgruppe anlegen oder Mitglieder zu einer Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Create a sub-group of the community, or add members to a group.</source>
        <translation>Eine Teilgruppe der Community anlegen oder Mitglieder zu einer Gruppe hinzufügen.</translation>
    </message>
    <message>
        <source>create a sub-group of the community</source>
        <translation>eine Teilgruppe der Community anlegen</translation>
    </message>
    <message>
        <source>Create a sub-group of the community, optionally with its members.</source>
        <translation>Eine Teilgruppe der Community anlegen, auf Wunsch mit ihren Mitgliedern.</translation>
    </message>
    <message>
        <source>add members to a group</source>
        <translation>Mitglieder zu einer Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add members (by e-mail address) to a group.</source>
        <translation>Mitglieder (nach E-Mail-Adresse) zu einer Gruppe hinzufügen.</translation>
    </message>
    <message>
        <source>community file</source>
        <translation>Community-Datei</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>der Name der Gruppe</translation>
    </message>
    <message>
        <source>how often the group meets (default: monthly)</source>
        <translation>wie oft sich die Gruppe trifft (Vorgabe: monthly)</translation>
    </message>
    <message>
        <source>a member&apos;s e-mail address (repeat for several)</source>
        <translation>die E-Mail-Adresse eines Mitglieds (für mehrere wiederholen)</translation>
    </message>
    <message>
        <source>Group “%1” created (id %2) with %3 members.</source>
        <translation>Gruppe „%1“ angelegt (ID %2) mit %3 Mitgliedern.</translation>
    </message>
    <message>
        <source>%1 members added to “%2”.</source>
        <translation>%1 Mitglieder zu „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>the video tool of its new meetings</source>
        <translation>das Videotool ihrer neuen Treffen</translation>
    </message>
    <message>
        <source>the join link of its new meetings</source>
        <translation>der Teilnahme-Link ihrer neuen Treffen</translation>
    </message>
    <message>
        <source>the link of the group&apos;s shared whiteboard</source>
        <translation>der Link zum gemeinsamen Whiteboard der Gruppe</translation>
    </message>
    <message>
        <source>moderation does not rotate (no turns are suggested)</source>
        <translation>die Moderation rotiert nicht (keine Reihenfolge wird vorgeschlagen)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Nothing matches “%1”.
Esc clears the search.</source>
        <translation>Nichts passt zu „%1“.
Esc leert die Suche.</translation>
    </message>
    <message>
        <source>Nothing matches the chosen filter.</source>
        <translation>Nichts passt zum gewählten Filter.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>The community or one of its sub-groups</source>
        <translation>Die Community oder eine ihrer Teilgruppen</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New community…</source>
        <translation>&amp;Neue Community…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Pass the community on…</source>
        <translation>Community wei&amp;tergeben…</translation>
    </message>
    <message>
        <source>Open a &amp;hand-over…</source>
        <translation>Über&amp;gabe öffnen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Ordner mit den &amp;Logdateien anzeigen</translation>
    </message>
    <message>
        <source>&amp;About CoP Desk</source>
        <translation>Ü&amp;ber CoP Desk</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(keine zuletzt geöffneten Dateien)</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1 Uhr</translation>
    </message>
    <message>
        <source>About CoP Desk</source>
        <translation>Über CoP Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoP Desk %1&lt;/h3&gt;&lt;p&gt;Members, meetings, backlog, rotation and minutes of a Community of Practice — in one file on your computer.&lt;/p&gt;&lt;p&gt;The program makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoP Desk %1&lt;/h3&gt;&lt;p&gt;Mitglieder, Treffen, Themenspeicher, Rotation und Protokolle einer Community of Practice – in einer Datei auf Ihrem Computer.&lt;/p&gt;&lt;p&gt;Das Programm baut keine Netzwerkverbindungen auf.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber-Organisation</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Protocol writer</source>
        <translation>Protokollführung</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n aktives Mitglied</numerusform>
            <numerusform>%n aktive Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open topic(s)</source>
        <translation>
            <numerusform>%n offenes Thema</numerusform>
            <numerusform>%n offene Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>Invitations not sent yet</source>
        <translation>Einladungen noch nicht verschickt</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>Noch kein Treffen geplant.</translation>
    </message>
    <message>
        <source>Last meeting: %1</source>
        <translation>Letztes Treffen: %1</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n Aufgabe überfällig</numerusform>
            <numerusform>%n Aufgaben überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>Top topics in the backlog</source>
        <translation>Top-Themen im Themenspeicher</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>The backlog is empty.</source>
        <translation>Der Themenspeicher ist leer.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>%1 ended on %2</source>
        <translation>%1 endete am %2</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 beginnt am %2</translation>
    </message>
    <message>
        <source>%1: week %2 of %3</source>
        <translation>%1: Woche %2 von %3</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Re-plan cohort</source>
        <translation>Durchgang neu planen</translation>
    </message>
    <message>
        <source>Plan cohort</source>
        <translation>Durchgang planen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;First week on</source>
        <translation>&amp;Erste Woche am</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Anzahl der Wochen</translation>
    </message>
    <message>
        <source>with a week &amp;0 before them (lernOS)</source>
        <translation>mit einer Woche &amp;0 davor (lernOS)</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Load guide pack…</source>
        <translation>&amp;Leitfaden laden…</translation>
    </message>
    <message>
        <source>&amp;No pack</source>
        <translation>&amp;Kein Leitfaden</translation>
    </message>
    <message>
        <source>Guide pack</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Create weeks on a public holiday as &amp;cancelled</source>
        <translation>Wochen an einem Feiertag als &amp;abgesagt anlegen</translation>
    </message>
    <message>
        <source>One meeting per week at the group&apos;s usual time, as one series that can be invited at once. The pack gives each week its title and agenda.</source>
        <translation>Ein Treffen pro Woche zur üblichen Zeit der Gruppe, als eine Serie, zu der auf einmal eingeladen werden kann. Der Leitfaden gibt jeder Woche Titel und Tagesordnung.</translation>
    </message>
    <message>
        <source>Enter a title for the cohort.</source>
        <translation>Titel für den Durchgang eingeben.</translation>
    </message>
    <message>
        <source>(none: weeks get numbered titles, no agenda)</source>
        <translation>(keiner: Wochen erhalten nummerierte Titel, keine Tagesordnung)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Your &amp;e-mail</source>
        <translation>Ihre &amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Invitations are sent in your name</source>
        <translation>Einladungen werden in Ihrem Namen verschickt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Keep a daily backup (the last 10 days)</source>
        <translation>&amp;Täglich eine Sicherung anlegen (die letzten 10 Tage bleiben erhalten)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>%1 (deleted automatically after %2 at the latest)</source>
        <translation>%1 (wird spätestens nach dem %2 automatisch gelöscht)</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before a hand-over was opened</source>
        <translation>vor dem Öffnen einer Übergabe</translation>
    </message>
    <message>
        <source>other file</source>
        <translation>andere Datei</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>check a community file: revision, schema, integrity, references, values, counts</source>
        <translation>eine Community-Datei prüfen: Version, Schema, Integrität, Verweise, Werte, Anzahlen</translation>
    </message>
    <message>
        <source>writing demo community: %1 %</source>
        <translation>Demo-Community wird geschrieben: %1 %</translation>
    </message>
    <message>
        <source>Demo community written to %1</source>
        <translation>Demo-Community gespeichert unter %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>older, will be upgraded when opened</source>
        <translation>älter, wird beim Öffnen aktualisiert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>newer than this program</source>
        <translation>neuer als dieses Programm</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Schema revision: %1 (%2)</source>
        <translation>Schema-Version: %1 (%2)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>Integrity, references and values: not checked (the schema is not ours).</source>
        <translation>Integrität, Verweise und Werte: nicht geprüft (das Schema stammt nicht von CoP Desk).</translation>
    </message>
    <message>
        <source>Schema and values: not checked (the file is newer than this program).</source>
        <translation>Schema und Werte: nicht geprüft (die Datei ist neuer als dieses Programm).</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>References: table %1, row %2: %3 points to a row of %4 that does not exist.</source>
        <translation>Verweise: Tabelle %1, Zeile %2: %3 verweist auf eine Zeile von %4, die es nicht gibt.</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Verweise: %1</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Werte: %1</translation>
    </message>
    <message>
        <source>CoP Desk: organise a Community of Practice. Without a command, opens the window.</source>
        <translation>CoP Desk: eine Community of Practice organisieren. Ohne Befehl öffnet sich das Programmfenster.</translation>
    </message>
    <message>
        <source>write a demo community file</source>
        <translation>eine Datei mit einer Demo-Community anlegen</translation>
    </message>
    <message>
        <source>Open CoP Desk. Commands: %1 (copdesk COMMAND --help).</source>
        <translation>CoP Desk öffnen. Befehle: %1 (copdesk BEFEHL --help).</translation>
    </message>
    <message>
        <source>community file to open</source>
        <translation>zu öffnende Community-Datei</translation>
    </message>
    <message>
        <source>open the demo community (created on first use)</source>
        <translation>die Demo-Community öffnen (wird beim ersten Mal angelegt)</translation>
    </message>
</context>
<context>
    <name>cli_cohorts</name>
    <message>
        <source>list a learning circle&apos;s cohorts and weeks</source>
        <translation>die Durchgänge und Wochen eines Lernkreises auflisten</translation>
    </message>
    <message>
        <source>List the cohorts of a sub-group, the latest first: state (planned, week n of m, ended), guide pack, and each week&apos;s day, title and status.</source>
        <translation>Die Durchgänge einer Teilgruppe auflisten, den neuesten zuerst: Stand (geplant, Woche n von m, beendet), Leitfaden sowie Tag, Titel und Status jeder Woche.</translation>
    </message>
    <message>
        <source>%1 ended on %2</source>
        <translation>%1 endete am %2</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 beginnt am %2</translation>
    </message>
    <message>
        <source>%1: week %2 of %3</source>
        <translation>%1: Woche %2 von %3</translation>
    </message>
    <message>
        <source>%1 has no learning-circle cohort yet.</source>
        <translation>%1 hat noch keinen Lernkreis-Durchgang.</translation>
    </message>
    <message>
        <source>no guide pack</source>
        <translation>kein Leitfaden</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>“{path}” already exists. Open it, or choose another name.</source>
        <translation>„{path}“ gibt es schon. Öffnen Sie die Datei oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The action could not be completed.</source>
        <translation>Die Aktion konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere in the meantime. Reload and try again.</source>
        <translation>Dieser Eintrag wurde inzwischen an anderer Stelle geändert. Bitte laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“{path}” is not a CoP Desk community file. Choose a file ending in .copdesk, or create a new community.</source>
        <translation>„{path}“ ist keine Community-Datei von CoP Desk. Wählen Sie eine Datei mit der Endung .copdesk oder legen Sie eine neue Community an.</translation>
    </message>
    <message>
        <source>“{path}” is damaged and was left untouched. Restore the latest backup from the File menu or ask the previous organiser for a copy. (Technical detail: {detail})</source>
        <translation>„{path}“ ist beschädigt und wurde nicht verändert. Stellen Sie über das Menü „Datei“ die letzte Sicherung wieder her oder bitten Sie die vorherige Organisation um eine Kopie. (Technische Angabe: {detail})</translation>
    </message>
    <message>
        <source>“{path}” is already open in CoP Desk ({user} on {host}, since {since}). Close it there first, then open the file again.</source>
        <translation>„{path}“ ist bereits in CoP Desk geöffnet ({user} auf {host}, seit {since}). Schließen Sie die Datei dort zuerst und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>“{path}” is in use by another program. Close it there first, then open the file again.</source>
        <translation>„{path}“ wird gerade von einem anderen Programm verwendet. Schließen Sie die Datei dort zuerst und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer version of CoP Desk (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>„{path}“ wurde mit einer neueren Version von CoP Desk gespeichert (Schema {revision}). Installieren Sie die neuere Version, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{path}” cannot be written (read-only file or folder). Copy it to a folder you can write to, for example your documents, and open the copy.</source>
        <translation>„{path}“ kann nicht gespeichert werden (Datei oder Ordner schreibgeschützt). Kopieren Sie die Datei in einen Ordner, in dem Sie speichern dürfen, zum Beispiel „Dokumente“, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The disk holding “{path}” is full. Nothing was lost; free some space and try again.</source>
        <translation>Der Datenträger mit „{path}“ ist voll. Es ist nichts verloren gegangen; geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>“{path}” does not exist.</source>
        <translation>„{path}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {detail}</source>
        <translation>„{path}“ konnte nicht gespeichert werden: {detail}</translation>
    </message>
    <message>
        <source>This text is too long ({length} characters; at most {max}).</source>
        <translation>Dieser Text ist zu lang ({length} Zeichen; höchstens {max}).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address (example: name@stadt.de).</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse (Beispiel: name@stadt.de).</translation>
    </message>
    <message>
        <source>This change conflicts with data that is already stored.</source>
        <translation>Diese Änderung widerspricht bereits gespeicherten Daten.</translation>
    </message>
    <message>
        <source>There is no group named “{name}”. Groups: {groups}.</source>
        <translation>Es gibt keine Gruppe namens „{name}“. Gruppen: {groups}.</translation>
    </message>
    <message>
        <source>“{path}” holds a database object that CoP Desk never creates ({kind} “{name}”). Such an object can change or delete data by itself, so the file was not opened; it was not changed. Ask whoever sent it for a hand-over made with CoP Desk.</source>
        <translation>„{path}“ enthält ein Datenbankobjekt, das CoP Desk nie anlegt ({kind} „{name}“). Ein solches Objekt kann von selbst Daten ändern oder löschen. Deshalb wurde die Datei nicht geöffnet; sie wurde nicht verändert. Bitten Sie die Person, von der die Datei stammt, um eine mit CoP Desk erstellte Übergabe.</translation>
    </message>
    <message>
        <source>“{path}” was changed outside CoP Desk: its {kind} “{name}” is missing or not defined the way CoP Desk defines it. The file was not opened and was not changed. Restore a backup, or ask whoever sent it for a hand-over made with CoP Desk.</source>
        <translation>„{path}“ wurde außerhalb von CoP Desk verändert: {kind} „{name}“ fehlt oder ist anders festgelegt, als CoP Desk es tut. Die Datei wurde nicht geöffnet und nicht verändert. Stellen Sie eine Sicherung wieder her oder bitten Sie die Person, von der die Datei stammt, um eine mit CoP Desk erstellte Übergabe.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not a list of numbers separated by commas.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist keine durch Kommas getrennte Liste von Zahlen.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not a time of day (HH:MM).</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist keine Uhrzeit (HH:MM).</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not a date and time.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist kein Zeitpunkt (Datum und Uhrzeit).</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not a date.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not between the years {first} and {last}.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ liegt nicht zwischen den Jahren {first} und {last}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not a whole number.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not between {min} and {max}.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ liegt nicht zwischen {min} und {max}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is neither 0 (no) nor 1 (yes).</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist weder 0 (nein) noch 1 (ja).</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not one of {allowed}.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist keiner der Werte {allowed}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not a known time zone.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} is empty, but must have a value.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} ist leer, muss aber einen Wert haben.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not text.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist kein Text.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: {column} “{value}” is not valid UTF-8 text.</source>
        <translation>Tabelle {table}, Zeile {row}: {column} „{value}“ ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>“{path}” was not opened because it holds a value CoP Desk cannot use. {problem} The file was not changed. Ask whoever sent it for a corrected copy, or restore a backup.</source>
        <translation>„{path}“ wurde nicht geöffnet, weil die Datei einen Wert enthält, mit dem CoP Desk nicht arbeiten kann. {problem} Die Datei wurde nicht verändert. Bitten Sie die Person, von der die Datei stammt, um eine berichtigte Kopie, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>{value} is not between the years {first} and {last}.</source>
        <translation>{value} liegt nicht zwischen den Jahren {first} und {last}.</translation>
    </message>
    <message>
        <source>{value} is not between {min} and {max}.</source>
        <translation>{value} liegt nicht zwischen {min} und {max}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value here.</source>
        <translation>„{value}“ ist hier kein gültiger Wert.</translation>
    </message>
    <message>
        <source>“{value}” is not a known time zone.</source>
        <translation>„{value}“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: it has {meetings} meetings, {series} series and {topics} topics. Archive it instead: its history is kept and it leaves the list.</source>
        <translation>„{name}“ kann nicht gelöscht werden: Sie hat {meetings} Treffen, {series} Serien und {topics} Themen. Archivieren Sie sie stattdessen: Ihr Verlauf bleibt erhalten und sie verschwindet aus der Liste.</translation>
    </message>
    <message>
        <source>The community itself cannot be archived or deleted, only its sub-groups.</source>
        <translation>Die Community selbst kann nicht archiviert oder gelöscht werden, nur ihre Teilgruppen.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>Geben Sie den Namen der Gruppe ein.</translation>
    </message>
    <message>
        <source>A group named “{name}” already exists.</source>
        <translation>Eine Gruppe namens „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <source>Choose a cadence of every 1 to 52 weeks or months.</source>
        <translation>Wählen Sie einen Rhythmus von alle 1 bis 52 Wochen oder Monate.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>The time window must start before it ends (HH:MM).</source>
        <translation>Das Zeitfenster muss beginnen, bevor es endet (HH:MM).</translation>
    </message>
    <message>
        <source>The duration must be between 5 minutes and 24 hours.</source>
        <translation>Die Dauer muss zwischen 5 Minuten und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>No member has the e-mail address “{email}”.</source>
        <translation>Kein Mitglied hat die E-Mail-Adresse „{email}“.</translation>
    </message>
    <message>
        <source>News from the sub-groups belongs on the agenda of a community meeting; “{meeting}” is a meeting of the sub-group “{group}”.</source>
        <translation>Neues aus den Teilgruppen gehört auf die Tagesordnung eines Treffens der Community; „{meeting}“ ist ein Treffen der Teilgruppe „{group}“.</translation>
    </message>
    <message>
        <source>The community has no sub-groups yet, so there is no news to report. Create one in the menu Group.</source>
        <translation>Die Community hat noch keine Teilgruppen, es gibt also nichts zu berichten. Legen Sie eine im Menü Gruppe an.</translation>
    </message>
    <message>
        <source>“{title}” is still running until {day}. End it first (“End circle”), then start the next cohort.</source>
        <translation>„{title}“ läuft noch bis {day}. Erst beenden („Lernkreis beenden“), dann den nächsten Durchgang starten.</translation>
    </message>
    <message>
        <source>This group has no learning circle yet. Plan the first cohort instead.</source>
        <translation>Diese Gruppe hat noch keinen Lernkreis. Planen Sie stattdessen den ersten Durchgang.</translation>
    </message>
    <message>
        <source>A goal has at most {max} characters.</source>
        <translation>Ein Ziel hat höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: “{field}” must be text.</source>
        <translation>Leitfaden, Zeile {line}: „{field}“ muss Text sein.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: “{field}” is missing or empty.</source>
        <translation>Leitfaden, Zeile {line}: „{field}“ fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: “{field}” is longer than {limit} characters.</source>
        <translation>Leitfaden, Zeile {line}: „{field}“ ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: “{field}” contains control characters.</source>
        <translation>Leitfaden, Zeile {line}: „{field}“ enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: unknown entry “{key}” (allowed: {allowed}).</source>
        <translation>Leitfaden, Zeile {line}: unbekannter Eintrag „{key}“ (erlaubt: {allowed}).</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: the [pack] table is missing.</source>
        <translation>Leitfaden, Zeile {line}: der Abschnitt [pack] fehlt.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: the pack has no weeks ([[week]] entries).</source>
        <translation>Leitfaden, Zeile {line}: der Leitfaden hat keine Wochen ([[week]]-Einträge).</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: more than {max} weeks; a cohort has fewer.</source>
        <translation>Leitfaden, Zeile {line}: mehr als {max} Wochen; ein Durchgang hat weniger.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: a week must be a table.</source>
        <translation>Leitfaden, Zeile {line}: eine Woche muss ein Abschnitt ([[week]]) sein.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: week numbers must start at 0 or 1 and go up by one; expected {expected}, found “{found}”.</source>
        <translation>Leitfaden, Zeile {line}: Wochennummern beginnen bei 0 oder 1 und steigen um eins; erwartet {expected}, gefunden „{found}“.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: a week has a list of at most {max} agenda items.</source>
        <translation>Leitfaden, Zeile {line}: eine Woche hat eine Liste von höchstens {max} Tagesordnungspunkten.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: an agenda item must be a table.</source>
        <translation>Leitfaden, Zeile {line}: ein Tagesordnungspunkt muss ein Abschnitt ([[week.item]]) sein.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: “minutes” must be a whole number from 1 to {max}, found “{found}”.</source>
        <translation>Leitfaden, Zeile {line}: „minutes“ muss eine ganze Zahl von 1 bis {max} sein, gefunden „{found}“.</translation>
    </message>
    <message>
        <source>The guide pack is larger than {limit} KB; it cannot be one.</source>
        <translation>Die Datei ist größer als {limit} KB; ein Leitfaden ist viel kleiner.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: the file is not UTF-8 text. Save it as UTF-8.</source>
        <translation>Leitfaden, Zeile {line}: die Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>Guide pack, line {line}: not valid TOML ({detail}).</source>
        <translation>Leitfaden, Zeile {line}: kein gültiges TOML ({detail}).</translation>
    </message>
    <message>
        <source>The guide pack “{path}” cannot be read: {reason}</source>
        <translation>Der Leitfaden „{path}“ kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>“{group}” has no members yet, so there is nobody to meet. Add members to the group first (Group › Members of this group…).</source>
        <translation>„{group}“ hat noch keine Mitglieder, also niemanden, der sich trifft. Fügen Sie zuerst Mitglieder hinzu (Gruppe › Mitglieder dieser Gruppe…).</translation>
    </message>
    <message>
        <source>“{title}” has already begun (a week was held, has minutes or was sent). Move or cancel single weeks on the Meetings page, or end it and start a new cohort.</source>
        <translation>„{title}“ hat schon begonnen (eine Woche fand statt, hat ein Protokoll oder wurde verschickt). Verschieben oder sagen Sie einzelne Wochen auf der Seite Treffen ab, oder beenden Sie ihn und starten einen neuen Durchgang.</translation>
    </message>
    <message>
        <source>A learning circle is a sub-group: create one under the group menu first.</source>
        <translation>Ein Lernkreis ist eine Teilgruppe: Legen Sie zuerst eine im Gruppenmenü an.</translation>
    </message>
    <message>
        <source>A cohort has between 1 and {max} weeks.</source>
        <translation>Ein Durchgang hat zwischen 1 und {max} Wochen.</translation>
    </message>
    <message>
        <source>Choose a weekday (Monday to Friday) for the first week.</source>
        <translation>Wählen Sie für die erste Woche einen Werktag (Montag bis Freitag).</translation>
    </message>
    <message>
        <source>Enter a title for the cohort.</source>
        <translation>Titel für den Durchgang eingeben.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Wählen Sie einen Wert aus der Liste.</translation>
    </message>
    <message>
        <source>“{value}” is not a web link. Paste the join link from the invitation of the video tool; it starts with https://.</source>
        <translation>„{value}“ ist kein Weblink. Fügen Sie den Teilnahme-Link aus der Einladung des Videotools ein; er beginnt mit https://.</translation>
    </message>
    <message>
        <source>“{value}” is not a web link. Copy the whiteboard&apos;s address from the browser; it starts with https://.</source>
        <translation>„{value}“ ist kein Weblink. Kopieren Sie die Adresse des Whiteboards aus dem Browser; sie beginnt mit https://.</translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <source>Baden-Württemberg</source>
        <translation>Baden-Württemberg</translation>
    </message>
    <message>
        <source>Bavaria</source>
        <translation>Bayern</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <source>Brandenburg</source>
        <translation>Brandenburg</translation>
    </message>
    <message>
        <source>Bremen</source>
        <translation>Bremen</translation>
    </message>
    <message>
        <source>Hamburg</source>
        <translation>Hamburg</translation>
    </message>
    <message>
        <source>Hesse</source>
        <translation>Hessen</translation>
    </message>
    <message>
        <source>Mecklenburg-Western Pomerania</source>
        <translation>Mecklenburg-Vorpommern</translation>
    </message>
    <message>
        <source>Lower Saxony</source>
        <translation>Niedersachsen</translation>
    </message>
    <message>
        <source>North Rhine-Westphalia</source>
        <translation>Nordrhein-Westfalen</translation>
    </message>
    <message>
        <source>Rhineland-Palatinate</source>
        <translation>Rheinland-Pfalz</translation>
    </message>
    <message>
        <source>Saarland</source>
        <translation>Saarland</translation>
    </message>
    <message>
        <source>Saxony</source>
        <translation>Sachsen</translation>
    </message>
    <message>
        <source>Saxony-Anhalt</source>
        <translation>Sachsen-Anhalt</translation>
    </message>
    <message>
        <source>Schleswig-Holstein</source>
        <translation>Schleswig-Holstein</translation>
    </message>
    <message>
        <source>Thuringia</source>
        <translation>Thüringen</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>CoP standard 120 min</source>
        <translation>CoP-Standard 120 Min.</translation>
    </message>
    <message>
        <source>Check-in round</source>
        <translation>Check-in-Runde</translation>
    </message>
    <message>
        <source>News from the organisations</source>
        <translation>Neues aus den Organisationen</translation>
    </message>
    <message>
        <source>Lean Coffee</source>
        <translation>Lean Coffee</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next meeting and rotation</source>
        <translation>Nächstes Treffen und Rotation</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>lernOS circle 60 min</source>
        <translation>lernOS-Circle 60 Min.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Kata</source>
        <translation>Kata</translation>
    </message>
</context>
</TS>
