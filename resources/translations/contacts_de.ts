<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ContactActions</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>No consent to storage recorded yet: ask the member and enter the date in their details.</source>
        <translation>Noch keine Einwilligung zur Speicherung erfasst: Fragen Sie das Mitglied und tragen Sie das Datum in seinen Angaben ein.</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Ohne Einwilligung</translation>
    </message>
    <message>
        <source>Im&amp;port contacts…</source>
        <translation>Kontakte im&amp;portieren…</translation>
    </message>
    <message>
        <source>Import members from an Outlook contacts export (CSV) or a vCard file</source>
        <translation>Mitglieder aus einem Outlook-Kontaktexport (CSV) oder einer vCard-Datei importieren</translation>
    </message>
    <message>
        <source>Data pro&amp;tection</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>Export members, answer a data request, forget a member</source>
        <translation>Mitglieder exportieren, Auskunft erteilen, Mitglied vergessen</translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation>Mitglieder e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the members shown as CSV for Excel and Outlook, or as vCard</source>
        <translation>Die angezeigten Mitglieder als CSV für Excel und Outlook oder als vCard speichern</translation>
    </message>
    <message>
        <source>&amp;Data request (Art. 15)…</source>
        <translation>&amp;Auskunft erteilen (Art. 15)…</translation>
    </message>
    <message>
        <source>Save everything stored about the selected member (JSON and text)</source>
        <translation>Alles, was über das ausgewählte Mitglied gespeichert ist, speichern (JSON und Text)</translation>
    </message>
    <message>
        <source>&amp;Forget member (Art. 17)…</source>
        <translation>Mitglied &amp;vergessen (Art. 17)…</translation>
    </message>
    <message>
        <source>Erase the selected member&apos;s personal data; minutes stay complete</source>
        <translation>Die personenbezogenen Daten des ausgewählten Mitglieds löschen; Protokolle bleiben vollständig</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt importieren</numerusform>
            <numerusform>%n Kontakte importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Mitglied importiert. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Mitglieder importiert. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <source>No members are shown; there is nothing to export.</source>
        <translation>Es werden keine Mitglieder angezeigt; es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>CSV for Excel and Outlook (*.csv)</source>
        <translation>CSV für Excel und Outlook (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message numerus="yes">
        <source>Export %n member(s)</source>
        <translation>
            <numerusform>%n Mitglied exportieren</numerusform>
            <numerusform>%n Mitglieder exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to %1</source>
        <translation>
            <numerusform>%n Mitglied nach %1 exportiert</numerusform>
            <numerusform>%n Mitglieder nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>data-request</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Save the data request of %1</source>
        <translation>Auskunft über %1 speichern</translation>
    </message>
    <message>
        <source>JSON and text (*.json)</source>
        <translation>JSON und Text (*.json)</translation>
    </message>
    <message>
        <source>Data request (Art. 15)</source>
        <translation>Auskunft (Art. 15)</translation>
    </message>
    <message>
        <source>Everything stored about %1 was saved:

%2 (readable text)
%3 (machine-readable, JSON)

Send both files to the member. They contain personal data: delete them once sent.</source>
        <translation>Alles, was über %1 gespeichert ist, wurde gespeichert:

%2 (lesbarer Text)
%3 (maschinenlesbar, JSON)

Senden Sie beide Dateien an das Mitglied. Sie enthalten personenbezogene Daten: Löschen Sie sie nach dem Versand.</translation>
    </message>
    <message>
        <source>%1: already forgotten; the file was cleaned again.</source>
        <translation>%1: bereits vergessen; die Datei wurde erneut bereinigt.</translation>
    </message>
    <message>
        <source>Forget member</source>
        <translation>Mitglied vergessen</translation>
    </message>
    <message>
        <source>The member&apos;s personal data was erased; they now appear as “%1”.</source>
        <translation>Die personenbezogenen Daten des Mitglieds wurden gelöscht; es erscheint jetzt als „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted.</source>
        <translation>
            <numerusform>%n Sicherung gelöscht.</numerusform>
            <numerusform>%n Sicherungen gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsCli</name>
    <message>
        <source>import members from an Outlook CSV or a vCard</source>
        <translation>Mitglieder aus einer Outlook-CSV oder einer vCard importieren</translation>
    </message>
    <message>
        <source>Import members from an Outlook contacts export (CSV) or a vCard file. Prints every contact as new, duplicate or invalid; adds the new ones unless --dry-run.</source>
        <translation>Mitglieder aus einem Outlook-Kontaktexport (CSV) oder einer vCard-Datei importieren. Zeigt jeden Kontakt als neu, doppelt oder ungültig; fügt die neuen hinzu, außer mit --dry-run.</translation>
    </message>
    <message>
        <source>community file</source>
        <translation>Community-Datei</translation>
    </message>
    <message>
        <source>contacts file (.csv or .vcf)</source>
        <translation>Kontaktdatei (.csv oder .vcf)</translation>
    </message>
    <message>
        <source>put everyone into this organisation (created if missing) instead of their company</source>
        <translation>alle dieser Organisation zuordnen (wird bei Bedarf angelegt) statt ihrer Firma</translation>
    </message>
    <message>
        <source>only show the preview; write nothing</source>
        <translation>nur die Vorschau zeigen; nichts schreiben</translation>
    </message>
    <message>
        <source>export the members as CSV or vCard</source>
        <translation>die Mitglieder als CSV oder vCard exportieren</translation>
    </message>
    <message>
        <source>Export the members as a CSV file for Excel and Outlook (UTF-8, “;”) or, with the extension .vcf, as vCard 3.0.</source>
        <translation>Die Mitglieder als CSV-Datei für Excel und Outlook (UTF-8, „;“) exportieren oder, mit der Endung .vcf, als vCard 3.0.</translation>
    </message>
    <message>
        <source>file to write (.csv or .vcf)</source>
        <translation>zu schreibende Datei (.csv oder .vcf)</translation>
    </message>
    <message>
        <source>language of the CSV column names (default: the program&apos;s language)</source>
        <translation>Sprache der CSV-Spaltennamen (Standard: die Sprache des Programms)</translation>
    </message>
    <message>
        <source>erase a member&apos;s personal data (Art. 17 GDPR)</source>
        <translation>die personenbezogenen Daten eines Mitglieds löschen (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data (Art. 17 GDPR): the name becomes “former member” with initials; e-mail, phone, notes and absences are removed, also from texts that mention them. Minutes, attendance and rotation stay consistent. This cannot be undone.</source>
        <translation>Die personenbezogenen Daten eines Mitglieds löschen (Art. 17 DSGVO): Der Name wird zu „ehemaliges Mitglied“ mit Initialen; E-Mail, Telefon, Notizen und Abwesenheiten werden entfernt, auch aus Texten, die sie erwähnen. Protokolle, Teilnahme und Rotation bleiben stimmig. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>member id or e-mail address</source>
        <translation>Nummer oder E-Mail-Adresse des Mitglieds</translation>
    </message>
    <message>
        <source>confirm: really erase (cannot be undone)</source>
        <translation>bestätigen: wirklich löschen (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>also delete the backups of this file that still contain the member</source>
        <translation>auch die Sicherungen dieser Datei löschen, die das Mitglied noch enthalten</translation>
    </message>
    <message>
        <source>export everything stored about a member (Art. 15 GDPR)</source>
        <translation>alles exportieren, was über ein Mitglied gespeichert ist (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>Export everything stored about one member (Art. 15 GDPR) as JSON, and the same as readable text in a .txt file next to it.</source>
        <translation>Alles, was über ein Mitglied gespeichert ist, als JSON exportieren (Art. 15 DSGVO), dazu dasselbe als lesbaren Text in einer .txt-Datei daneben.</translation>
    </message>
    <message>
        <source>JSON file to write</source>
        <translation>zu schreibende JSON-Datei</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>reading contacts: %1 %</source>
        <translation>Kontakte lesen: %1 %</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Organisation for everyone: %1</source>
        <translation>Organisation für alle: %1</translation>
    </message>
    <message>
        <source>“%1” → organisation “%2”</source>
        <translation>„%1“ → Organisation „%2“</translation>
    </message>
    <message>
        <source>“%1” → new organisation</source>
        <translation>„%1“ → neue Organisation</translation>
    </message>
    <message>
        <source>%1 new, %2 duplicates, %3 invalid (%4, %5)</source>
        <translation>%1 neu, %2 doppelt, %3 ungültig (%4, %5)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>Imported %1 members; %2 organisations created.</source>
        <translation>%1 Mitglieder importiert; %2 Organisationen angelegt.</translation>
    </message>
    <message>
        <source>%1 members written to %2</source>
        <translation>%1 Mitglieder in %2 geschrieben</translation>
    </message>
    <message>
        <source>rewritten</source>
        <translation>umgeschrieben</translation>
    </message>
    <message>
        <source>Backups of this file that still contain the member (--delete-backups deletes them):</source>
        <translation>Sicherungen dieser Datei, die das Mitglied noch enthalten (--delete-backups löscht sie):</translation>
    </message>
    <message>
        <source>The member was already forgotten; the file was cleaned again.</source>
        <translation>Das Mitglied war bereits vergessen; die Datei wurde erneut bereinigt.</translation>
    </message>
    <message>
        <source>Backups deleted: %1</source>
        <translation>Gelöschte Sicherungen: %1</translation>
    </message>
    <message>
        <source>Member %1: the name becomes “%2”; %3 absences and %4 private notes are deleted; %5 texts that mention them are rewritten; %6 meeting records stay.</source>
        <translation>Mitglied %1: Der Name wird zu „%2“; %3 Abwesenheiten und %4 private Notizen werden gelöscht; %5 Texte, die es erwähnen, werden umgeschrieben; %6 Einträge zu Treffen bleiben.</translation>
    </message>
    <message>
        <source>Done: member %1 is now “%2”; the file was cleaned.</source>
        <translation>Fertig: Mitglied %1 heißt jetzt „%2“; die Datei wurde bereinigt.</translation>
    </message>
    <message>
        <source>Written: %1 and %2</source>
        <translation>Geschrieben: %1 und %2</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget member (Art. 17 GDPR)</source>
        <translation>Mitglied vergessen (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>%1 vergessen?</translation>
    </message>
    <message>
        <source>The name becomes “%1”.</source>
        <translation>Der Name wird zu „%1“.</translation>
    </message>
    <message>
        <source>E-mail, phone, function, offers, seeks and notes are deleted.</source>
        <translation>E-Mail, Telefon, Funktion, Angebote, Gesuche und Notizen werden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) and the private check-in notes are deleted.</source>
        <translation>
            <numerusform>%n Abwesenheit und die privaten Check-in-Notizen werden gelöscht.</numerusform>
            <numerusform>%n Abwesenheiten und die privaten Check-in-Notizen werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in minutes, topics and notes that mention the name, e-mail or phone are rewritten.</source>
        <translation>
            <numerusform>%n Text in Protokollen, Themen und Notizen, der den Namen, die E-Mail oder die Telefonnummer erwähnt, wird umgeschrieben.</numerusform>
            <numerusform>%n Texte in Protokollen, Themen und Notizen, die den Namen, die E-Mail oder die Telefonnummer erwähnen, werden umgeschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance (%n meeting(s)), roles, action items and the rotation history stay under the new name, so the minutes remain complete.</source>
        <translation>
            <numerusform>Teilnahme (%n Treffen), Rollen, Aufgaben und die Rotationshistorie bleiben unter dem neuen Namen erhalten, damit die Protokolle vollständig bleiben.</numerusform>
            <numerusform>Teilnahme (%n Treffen), Rollen, Aufgaben und die Rotationshistorie bleiben unter dem neuen Namen erhalten, damit die Protokolle vollständig bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The undo history is cleared.</source>
        <translation>Der Verlauf zum Rückgängigmachen wird geleert.</translation>
    </message>
    <message numerus="yes">
        <source>The data is still in %n backup(s) of this file:</source>
        <translation>
            <numerusform>Die Daten stecken noch in %n Sicherung dieser Datei:</numerusform>
            <numerusform>Die Daten stecken noch in %n Sicherungen dieser Datei:</numerusform>
        </translation>
    </message>
    <message>
        <source>If you delete them, a state from before today can no longer be restored.</source>
        <translation>Wenn Sie sie löschen, lässt sich ein Stand von vor heute nicht mehr wiederherstellen.</translation>
    </message>
    <message>
        <source>No backup of this file contains the data.</source>
        <translation>Keine Sicherung dieser Datei enthält die Daten.</translation>
    </message>
    <message>
        <source>Copies saved elsewhere (Save a copy, hand-over files, exports) are not covered: delete them yourself.</source>
        <translation>Kopien an anderen Orten (Kopie speichern, Übergabedateien, Exporte) sind nicht erfasst: Löschen Sie sie selbst.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Texts that mention the member</source>
        <translation>Texte, die das Mitglied erwähnen</translation>
    </message>
    <message>
        <source>rewritten</source>
        <translation>umgeschrieben</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>Ich &amp;verstehe, dass sich das nicht rückgängig machen lässt</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) that mention them are left as they are, because they belong to another member&apos;s record or may mean someone else: check them in the list below and change them by hand if they mean this person.</source>
        <translation>
            <numerusform>%n Text, der die Person erwähnt, bleibt unverändert, weil er zum Eintrag eines anderen Mitglieds gehört oder jemand anderen meinen kann: Prüfen Sie ihn in der Liste unten und ändern Sie ihn von Hand, wenn er diese Person meint.</numerusform>
            <numerusform>%n Texte, die die Person erwähnen, bleiben unverändert, weil sie zum Eintrag eines anderen Mitglieds gehören oder jemand anderen meinen können: Prüfen Sie sie in der Liste unten und ändern Sie sie von Hand, wenn sie diese Person meinen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also &amp;delete these backups</source>
        <translation>Diese Sicherungen ebenfalls &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Forget permanently</source>
        <translation>Endgültig ver&amp;gessen</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>handover</source>
        <comment>part of a file name</comment>
        <translation>Uebergabe</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Writing the hand-over …</source>
        <translation>Die Übergabe wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The hand-over was written:
%1

Send this one file to the next organiser. They open it with CoP Desk: File → Open a hand-over…</source>
        <translation>Die Übergabe wurde geschrieben:
%1

Senden Sie diese eine Datei an die nächste organisierende Person. Sie wird in CoP Desk geöffnet mit: Datei → Übergabe öffnen…</translation>
    </message>
    <message>
        <source>The hand-over could not be written because of an error in CoP Desk. Details are in the log file (Help › Show the log folder).</source>
        <translation>Die Übergabe konnte wegen eines Fehlers in CoP Desk nicht geschrieben werden. Einzelheiten stehen in der Protokolldatei (Hilfe › Protokollordner anzeigen).</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>“%1” already exists and was last changed on %2. This hand-over states that it was made on %3, a time still to come: the clock of the computer that made it was ahead, so CoP Desk cannot tell whether your file holds newer changes. Replacing it may lose them; merging both is not possible.

A backup of the current file is kept. Replace it anyway?</source>
        <translation>„%1“ gibt es schon, zuletzt geändert am %2. Diese Übergabe gibt an, am %3 erstellt worden zu sein – ein Zeitpunkt, der noch kommt: Die Uhr des Computers, auf dem sie erstellt wurde, ging vor. Deshalb kann CoP Desk nicht erkennen, ob Ihre Datei neuere Änderungen enthält. Beim Ersetzen können diese verloren gehen; beides zusammenzuführen ist nicht möglich.

Eine Sicherung der jetzigen Datei wird aufbewahrt. Trotzdem ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists and was changed on %2, after this hand-over was made (%3). Replacing it loses those newer changes; merging both is not possible.

A backup of the current file is kept. Replace it anyway?</source>
        <translation>„%1“ gibt es schon, und sie wurde am %2 geändert – nach der Erstellung dieser Übergabe (%3). Beim Ersetzen gehen diese neueren Änderungen verloren; beides zusammenzuführen ist nicht möglich.

Eine Sicherung der jetzigen Datei wird aufbewahrt. Trotzdem ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists (older than this hand-over). Replace it with the hand-over? A backup of the current file is kept.</source>
        <translation>„%1“ gibt es schon (älter als diese Übergabe). Durch die Übergabe ersetzen? Eine Sicherung der jetzigen Datei wird aufbewahrt.</translation>
    </message>
    <message>
        <source>The hand-over could not be opened because of an error in CoP Desk. Details are in the log file (Help › Show the log folder).</source>
        <translation>Die Übergabe konnte wegen eines Fehlers in CoP Desk nicht geöffnet werden. Einzelheiten stehen in der Protokolldatei (Hilfe › Protokollordner anzeigen).</translation>
    </message>
    <message>
        <source>Open a hand-over</source>
        <translation>Übergabe öffnen</translation>
    </message>
    <message>
        <source>CoP Desk hand-overs (*%1);;All files (*)</source>
        <translation>CoP-Desk-Übergaben (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the hand-over …</source>
        <translation>Die Übergabe wird geprüft …</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Opening the hand-over …</source>
        <translation>Die Übergabe wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>HandoverPdf</name>
    <message>
        <source>host organisation</source>
        <translation>Gastgeber-Organisation</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>co-moderation</source>
        <translation>Co-Moderation</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in Präsenz</translation>
    </message>
    <message>
        <source>hybrid (on site and online)</source>
        <translation>hybrid (vor Ort und online)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Open the hand-over in CoP Desk (File → Open a hand-over…) and save the community in your documents folder, not on a network drive.</source>
        <translation>Öffnen Sie die Übergabe in CoP Desk (Datei → Übergabe öffnen…) und speichern Sie die Community in Ihrem Dokumente-Ordner, nicht auf einem Netzlaufwerk.</translation>
    </message>
    <message>
        <source>Check the next meeting: date, host organisation, moderation and protocol. Send the invitations from your own Outlook (Meetings → Invite…).</source>
        <translation>Prüfen Sie das nächste Treffen: Termin, Gastgeber-Organisation, Moderation und Protokollführung. Senden Sie die Einladungen aus Ihrem eigenen Outlook (Treffen → Einladen…).</translation>
    </message>
    <message>
        <source>Go through the open action items and ask their owners about the state.</source>
        <translation>Gehen Sie die offenen Aufgaben durch und fragen Sie die Verantwortlichen nach dem Stand.</translation>
    </message>
    <message>
        <source>Members marked “without consent” have not yet agreed to be stored: ask them, and record the date in their details.</source>
        <translation>Mitglieder mit dem Hinweis „ohne Einwilligung“ haben der Speicherung noch nicht zugestimmt: Fragen Sie sie und tragen Sie das Datum in ihren Angaben ein.</translation>
    </message>
    <message>
        <source>The hand-over file contains every member&apos;s personal data. Delete it (and the e-mail it came with) once the community is open on your computer.</source>
        <translation>Die Übergabedatei enthält die personenbezogenen Daten aller Mitglieder. Löschen Sie sie (und die E-Mail, mit der sie kam), sobald die Community auf Ihrem Computer geöffnet ist.</translation>
    </message>
    <message>
        <source>Hand-over: %1</source>
        <translation>Übergabe: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>This sheet comes with the community file. Open the .copdesk-handover file with CoP Desk (File → Open a hand-over…): it holds the members, organisations, meetings, minutes, the topic backlog and the rotation history.</source>
        <translation>Dieses Blatt gehört zur Community-Datei. Öffnen Sie die .copdesk-handover-Datei mit CoP Desk (Datei → Übergabe öffnen…): Sie enthält die Mitglieder, Organisationen, Treffen, Protokolle, den Themenspeicher und die Rotationshistorie.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>No meeting is planned yet. Plan the next one on the Meetings page.</source>
        <translation>Es ist noch kein Treffen geplant. Planen Sie das nächste auf der Seite „Treffen“.</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Einwahllink</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Gastgeber-Organisation</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Co-moderation</source>
        <translation>Co-Moderation</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verschickt</translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation>noch nicht verschickt</translation>
    </message>
    <message>
        <source>Last meeting: %1, %2</source>
        <translation>Letztes Treffen: %1, %2</translation>
    </message>
    <message>
        <source>Open action items (%1, %2 overdue)</source>
        <translation>Offene Aufgaben (%1, davon %2 überfällig)</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>… and %1 more in CoP Desk (Action items).</source>
        <translation>… und %1 weitere in CoP Desk (Aufgaben).</translation>
    </message>
    <message>
        <source>Top topics in the backlog</source>
        <translation>Die wichtigsten Themen im Themenspeicher</translation>
    </message>
    <message>
        <source>The backlog is empty.</source>
        <translation>Der Themenspeicher ist leer.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>How the community works</source>
        <translation>So arbeitet die Community</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Meets every %1 %2 for about %3 minutes</source>
        <translation>Trifft sich alle %1 %2 für etwa %3 Minuten</translation>
    </message>
    <message>
        <source>, preferably on %1 between %2 and %3</source>
        <translation>, am liebsten %1 zwischen %2 und %3 Uhr</translation>
    </message>
    <message>
        <source>These roles rotate among the members and organisations: %1. CoP Desk suggests who is next (Rotation).</source>
        <translation>Diese Rollen wechseln reihum zwischen den Mitgliedern und Organisationen: %1. CoP Desk schlägt vor, wer als Nächstes dran ist (Rotation).</translation>
    </message>
    <message>
        <source>%1 active members from %2 organisations; %3 meetings held so far; %4 open topics in the backlog.</source>
        <translation>%1 aktive Mitglieder aus %2 Organisationen; bisher %3 Treffen; %4 offene Themen im Themenspeicher.</translation>
    </message>
    <message>
        <source>Agenda templates: %1.</source>
        <translation>Tagesordnungsvorlagen: %1.</translation>
    </message>
    <message>
        <source>Sub-groups: %1.</source>
        <translation>Teilgruppen: %1.</translation>
    </message>
    <message>
        <source>Recent decisions</source>
        <translation>Letzte Beschlüsse</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Federal state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktive Mitglieder</translation>
    </message>
    <message>
        <source>Checklist for the new organiser</source>
        <translation>Checkliste für neue Organisierende</translation>
    </message>
    <message>
        <source>Hand-over to the next organiser</source>
        <translation>Übergabe an die nächste organisierende Person</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Kontaktdatei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>In Outlook: File → Open &amp; Export → Import/Export → Export to a file → Comma Separated Values, then choose the contacts folder. vCard files (.vcf) work too.</source>
        <translation>In Outlook: Datei → Öffnen und exportieren → Importieren/Exportieren → In Datei exportieren → Kommagetrennte Werte, dann den Kontakte-Ordner wählen. vCard-Dateien (.vcf) gehen auch.</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doppelte</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültige</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Contacts in the file</source>
        <translation>Kontakte in der Datei</translation>
    </message>
    <message>
        <source>Organisations of the new members</source>
        <translation>Organisationen der neuen Mitglieder</translation>
    </message>
    <message>
        <source>By &amp;company in the file:</source>
        <translation>Nach &amp;Firma in der Datei:</translation>
    </message>
    <message>
        <source>&amp;Everyone into:</source>
        <translation>Alle &amp;zu:</translation>
    </message>
    <message>
        <source>Organisation for everyone</source>
        <translation>Organisation für alle</translation>
    </message>
    <message>
        <source>Company in the file</source>
        <translation>Firma in der Datei</translation>
    </message>
    <message>
        <source>Organisation in CoP Desk</source>
        <translation>Organisation in CoP Desk</translation>
    </message>
    <message>
        <source>Companies and organisations</source>
        <translation>Firmen und Organisationen</translation>
    </message>
    <message>
        <source>The new members have no company in the file.</source>
        <translation>Die neuen Mitglieder haben keine Firma in der Datei.</translation>
    </message>
    <message>
        <source>Only name, e-mail, phone, company and function are imported; notes, addresses and birthdays stay out. Imported members are flagged “without consent” until you record their consent to be stored.</source>
        <translation>Importiert werden nur Name, E-Mail, Telefon, Firma und Funktion; Notizen, Adressen und Geburtstage bleiben draußen. Importierte Mitglieder sind als „ohne Einwilligung“ markiert, bis Sie ihre Einwilligung zur Speicherung erfassen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a contacts file</source>
        <translation>Kontaktdatei wählen</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.txt);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file …</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message>
        <source>Reading “%1” …</source>
        <translation>„%1“ wird gelesen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled. Choose the file again to read it.</source>
        <translation>Abgebrochen. Wählen Sie die Datei erneut, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The file could not be read because of an error in CoP Desk. Details are in the log file (Help › Show the log folder).</source>
        <translation>Die Datei konnte wegen eines Fehlers in CoP Desk nicht gelesen werden. Einzelheiten stehen in der Protokolldatei (Hilfe › Protokollordner anzeigen).</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n member(s)</source>
        <translation>
            <numerusform>%n Mitglied &amp;importieren</numerusform>
            <numerusform>%n Mitglieder &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the contacts file exported from Outlook.</source>
        <translation>Wählen Sie die aus Outlook exportierte Kontaktdatei.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doppelt</numerusform>
            <numerusform>%n doppelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard, %1</source>
        <translation>vCard, %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>CSV, %1, separator “%2”</source>
        <translation>CSV, %1, Trennzeichen „%2“</translation>
    </message>
    <message>
        <source>The file holds no contacts.</source>
        <translation>Die Datei enthält keine Kontakte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new member(s))</source>
        <translation>
            <numerusform>%1 (%n neues Mitglied)</numerusform>
            <numerusform>%1 (%n neue Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation for “%1”</source>
        <translation>Organisation für „%1“</translation>
    </message>
    <message>
        <source>New organisation “%1”</source>
        <translation>Neue Organisation „%1“</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)? A community of practice usually has 10 to 30 members: check that you exported only the contacts of the community, not a whole address book.</source>
        <translation>
            <numerusform>%n Mitglied hinzufügen? Eine Community of Practice hat meist 10 bis 30 Mitglieder: Prüfen Sie, ob Sie nur die Kontakte der Community exportiert haben und nicht ein ganzes Adressbuch.</numerusform>
            <numerusform>%n Mitglieder hinzufügen? Eine Community of Practice hat meist 10 bis 30 Mitglieder: Prüfen Sie, ob Sie nur die Kontakte der Community exportiert haben und nicht ein ganzes Adressbuch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n member(s) …</source>
        <translation>
            <numerusform>%n Mitglied wird importiert …</numerusform>
            <numerusform>%n Mitglieder werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: no member was added.</source>
        <translation>Import abgebrochen: Es wurde kein Mitglied hinzugefügt.</translation>
    </message>
    <message>
        <source>The import failed because of an error in CoP Desk; no member was added. Details are in the log file (Help › Show the log folder).</source>
        <translation>Der Import ist wegen eines Fehlers in CoP Desk fehlgeschlagen; es wurde kein Mitglied hinzugefügt. Einzelheiten stehen in der Protokolldatei (Hilfe › Protokollordner anzeigen).</translation>
    </message>
</context>
<context>
    <name>OpenHandoverDialog</name>
    <message>
        <source>Open a hand-over</source>
        <translation>Übergabe öffnen</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Community:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Prepared:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Community file</source>
        <translation>Community-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>&amp;Keep the community as:</source>
        <translation>Community &amp;speichern als:</translation>
    </message>
    <message>
        <source>Also save the hand-over &amp;sheet (PDF) next to it</source>
        <translation>Auch das Übergabe&amp;blatt (PDF) daneben speichern</translation>
    </message>
    <message>
        <source>Keep the community in your documents folder, not on a network drive. After opening, delete the hand-over file: it contains every member&apos;s personal data.</source>
        <translation>Speichern Sie die Community in Ihrem Dokumente-Ordner, nicht auf einem Netzlaufwerk. Löschen Sie die Übergabedatei nach dem Öffnen: Sie enthält die personenbezogenen Daten aller Mitglieder.</translation>
    </message>
    <message>
        <source>&amp;Open community</source>
        <translation>Community ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Keep the community as</source>
        <translation>Community speichern als</translation>
    </message>
    <message>
        <source>CoP Desk communities (*%1)</source>
        <translation>CoP-Desk-Communitys (*%1)</translation>
    </message>
</context>
<context>
    <name>PassOnDialog</name>
    <message>
        <source>Pass the community on</source>
        <translation>Community übergeben</translation>
    </message>
    <message>
        <source>This writes one file for the next organiser: the whole community (members, organisations, meetings, minutes, backlog, rotation) and a hand-over sheet as PDF. They open it with CoP Desk: File → Open a hand-over…</source>
        <translation>Damit entsteht eine Datei für die nächste organisierende Person: die ganze Community (Mitglieder, Organisationen, Treffen, Protokolle, Themenspeicher, Rotation) und ein Übergabeblatt als PDF. Geöffnet wird sie in CoP Desk mit: Datei → Übergabe öffnen…</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Community:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>%1 active members, %2 organisations, %3 meetings held, %4 open topics</source>
        <translation>%1 aktive Mitglieder, %2 Organisationen, %3 Treffen, %4 offene Themen</translation>
    </message>
    <message>
        <source>moderation: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <source>none planned yet</source>
        <translation>noch keins geplant</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Nächstes Treffen:</translation>
    </message>
    <message>
        <source>Open action items:</source>
        <translation>Offene Aufgaben:</translation>
    </message>
    <message>
        <source>Hand-over file</source>
        <translation>Übergabedatei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern als:</translation>
    </message>
    <message>
        <source>The file contains the personal data of every member. Send it only in a way your organisation allows (for example encrypted e-mail, or hand it over on a USB stick), and ask the next organiser to delete it once opened.</source>
        <translation>Die Datei enthält die personenbezogenen Daten aller Mitglieder. Versenden Sie sie nur auf einem Weg, den Ihre Organisation erlaubt (zum Beispiel verschlüsselte E-Mail oder persönlich auf einem USB-Stick), und bitten Sie darum, sie nach dem Öffnen zu löschen.</translation>
    </message>
    <message>
        <source>&amp;Write hand-over file</source>
        <translation>Übergabedatei sch&amp;reiben</translation>
    </message>
    <message>
        <source>Save the hand-over as</source>
        <translation>Übergabe speichern als</translation>
    </message>
    <message>
        <source>CoP Desk hand-overs (*%1)</source>
        <translation>CoP-Desk-Übergaben (*%1)</translation>
    </message>
</context>
<context>
    <name>PrivacyReport</name>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>vielleicht</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>entschuldigt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>co-moderator</source>
        <translation>Co-Moderation</translation>
    </message>
    <message>
        <source>protocol writer</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>takeaway</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>turn</source>
        <translation>reguläre Runde</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>Tausch</translation>
    </message>
    <message>
        <source>volunteered</source>
        <translation>freiwillig übernommen</translation>
    </message>
    <message>
        <source>handed back</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>calendar entry</source>
        <translation>Kalendereintrag</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>e-mail draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Bietet an</translation>
    </message>
    <message>
        <source>Seeks</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beitritt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Consent to storage given on</source>
        <translation>Einwilligung zur Speicherung erteilt am</translation>
    </message>
    <message>
        <source>Personal data erased on</source>
        <translation>Personenbezogene Daten gelöscht am</translation>
    </message>
    <message>
        <source>Stored since</source>
        <translation>Gespeichert seit</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>minutes note</source>
        <translation>Protokollnotiz</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>another member&apos;s entry</source>
        <translation>Eintrag eines anderen Mitglieds</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>guest list</source>
        <translation>Gästeliste</translation>
    </message>
    <message>
        <source>rotation history</source>
        <translation>Rotationshistorie</translation>
    </message>
    <message>
        <source>invitation log</source>
        <translation>Einladungsprotokoll</translation>
    </message>
    <message>
        <source>finalised protocol</source>
        <translation>abgeschlossenes Protokoll</translation>
    </message>
    <message>
        <source>attendance note</source>
        <translation>Notiz zur Teilnahme</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(kein Treffen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1, joined %2</source>
        <translation>%1, beigetreten %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <source>Meetings (invitations and attendance)</source>
        <translation>Treffen (Einladungen und Teilnahme)</translation>
    </message>
    <message>
        <source>Roles in meetings</source>
        <translation>Rollen in Treffen</translation>
    </message>
    <message>
        <source>Agenda items presented</source>
        <translation>Vorgestellte Tagesordnungspunkte</translation>
    </message>
    <message>
        <source>Rotation history</source>
        <translation>Rotationshistorie</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Topics proposed</source>
        <translation>Eingebrachte Themen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Own notes in the minutes</source>
        <translation>Eigene Notizen in Protokollen</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Versandte Einladungen</translation>
    </message>
    <message>
        <source>Mentions in other texts</source>
        <translation>Erwähnungen in anderen Texten</translation>
    </message>
    <message>
        <source>Information under Art. 15 GDPR: data stored about a member</source>
        <translation>Auskunft nach Art. 15 DSGVO: über ein Mitglied gespeicherte Daten</translation>
    </message>
    <message>
        <source>Created: %1 with %2</source>
        <translation>Erstellt: %1 mit %2</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Community: %1</translation>
    </message>
    <message>
        <source>The same data in machine-readable form is in the JSON file of the same name.</source>
        <translation>Dieselben Daten in maschinenlesbarer Form stehen in der JSON-Datei mit demselben Namen.</translation>
    </message>
    <message>
        <source>Stored personal data</source>
        <translation>Gespeicherte personenbezogene Daten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is no member “{member}”.</source>
        <translation>Es gibt kein Mitglied „{member}“.</translation>
    </message>
    <message>
        <source>Nothing was changed. Add --yes to erase this member&apos;s personal data (this cannot be undone).</source>
        <translation>Es wurde nichts geändert. Ergänzen Sie --yes, um die personenbezogenen Daten dieses Mitglieds zu löschen (das lässt sich nicht rückgängig machen).</translation>
    </message>
    <message>
        <source>“{path}” has no name column. CoP Desk needs “Vorname”/“Nachname” (or “First Name”/“Last Name”) in the first row, as Outlook exports them.</source>
        <translation>„{path}“ hat keine Namensspalte. CoP Desk braucht „Vorname“/„Nachname“ (oder „First Name“/„Last Name“) in der ersten Zeile, wie Outlook sie exportiert.</translation>
    </message>
    <message>
        <source>“{path}” has no e-mail column. CoP Desk needs “E-Mail-Adresse” (or “E-mail Address”) in the first row, as Outlook exports it.</source>
        <translation>„{path}“ hat keine E-Mail-Spalte. CoP Desk braucht „E-Mail-Adresse“ (oder „E-mail Address“) in der ersten Zeile, wie Outlook sie exportiert.</translation>
    </message>
    <message>
        <source>Line {line} of “{path}” is not valid CSV: a quotation mark is not closed or a field is malformed. Open the file in Excel and save it again as “CSV UTF-8”. (Technical detail: {detail})</source>
        <translation>Zeile {line} von „{path}“ ist kein gültiges CSV: Ein Anführungszeichen ist nicht geschlossen oder ein Feld ist fehlerhaft. Öffnen Sie die Datei in Excel und speichern Sie sie erneut als „CSV UTF-8“. (Technische Angabe: {detail})</translation>
    </message>
    <message>
        <source>“{path}” is empty: there are no contacts to import.</source>
        <translation>„{path}“ ist leer: Es gibt keine Kontakte zu importieren.</translation>
    </message>
    <message>
        <source>“{path}” is not a text file. In Outlook, export the contacts as “Comma Separated Values” (CSV) or as vCard (.vcf), then import that file.</source>
        <translation>„{path}“ ist keine Textdatei. Exportieren Sie die Kontakte in Outlook als „Kommagetrennte Werte“ (CSV) oder als vCard (.vcf) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>“{path}” says it is UTF-8, but line {line} contains bytes that are not UTF-8. Open it in Excel and save it again as “CSV UTF-8”, then import it again.</source>
        <translation>„{path}“ gibt an, UTF-8 zu sein, aber Zeile {line} enthält Bytes, die kein UTF-8 sind. Öffnen Sie die Datei in Excel, speichern Sie sie erneut als „CSV UTF-8“ und importieren Sie sie dann noch einmal.</translation>
    </message>
    <message>
        <source>“{path}” uses a character encoding CoP Desk cannot read (line {line}). Save it as “CSV UTF-8” or export it from Outlook again.</source>
        <translation>„{path}“ verwendet eine Zeichenkodierung, die CoP Desk nicht lesen kann (Zeile {line}). Speichern Sie sie als „CSV UTF-8“ oder exportieren Sie sie erneut aus Outlook.</translation>
    </message>
    <message>
        <source>“{path}” is {size} MB; CoP Desk imports contact files of up to {max} MB. Export only the contacts of the community (in Outlook a contacts folder or category, in Apple or Google Contacts a group or label) and import that file.</source>
        <translation>„{path}“ ist {size} MB groß; CoP Desk importiert Kontaktdateien bis {max} MB. Exportieren Sie nur die Kontakte der Community (in Outlook einen Kontaktordner oder eine Kategorie, in Apple- oder Google-Kontakte eine Gruppe oder ein Label) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>“{path}” holds more than {max} contacts; CoP Desk imports at most {max} at a time. Export only the contacts of the community (in Outlook a contacts folder or category, in Apple or Google Contacts a group or label) and import that file.</source>
        <translation>„{path}“ enthält mehr als {max} Kontakte; CoP Desk importiert höchstens {max} auf einmal. Exportieren Sie nur die Kontakte der Community (in Outlook einen Kontaktordner oder eine Kategorie, in Apple- oder Google-Kontakte eine Gruppe oder ein Label) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read: {detail}</source>
        <translation>„{path}“ kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>“{path}” is not a CoP Desk hand-over. A hand-over ends in .copdesk-handover and is made with “Pass the community on…” in the File menu.</source>
        <translation>„{path}“ ist keine Übergabe von CoP Desk. Eine Übergabe endet auf .copdesk-handover und entsteht mit „Community übergeben…“ im Menü „Datei“.</translation>
    </message>
    <message>
        <source>“{path}” is incomplete or damaged (its contents do not match the sizes and checksums it states). Nothing was changed. Ask the previous organiser to send it again.</source>
        <translation>„{path}“ ist unvollständig oder beschädigt (der Inhalt passt nicht zu den angegebenen Größen und Prüfsummen). Es wurde nichts geändert. Bitten Sie um eine erneute Zusendung.</translation>
    </message>
    <message>
        <source>“{path}” has an invalid description of its contents (manifest.json). It was not opened; nothing was changed. Ask the previous organiser to make the hand-over again.</source>
        <translation>„{path}“ enthält eine ungültige Beschreibung des Inhalts (manifest.json). Die Übergabe wurde nicht geöffnet, es wurde nichts geändert. Bitten Sie um eine neu erstellte Übergabe.</translation>
    </message>
    <message>
        <source>“{path}” contains “{name}”, which a CoP Desk hand-over never contains. It was not opened; nothing was changed. Ask the previous organiser to send the original file.</source>
        <translation>„{path}“ enthält „{name}“, was in einer Übergabe von CoP Desk nie vorkommt. Die Übergabe wurde nicht geöffnet, es wurde nichts geändert. Bitten Sie um die unveränderte Originaldatei.</translation>
    </message>
    <message>
        <source>“{path}” contains “{name}” more than once, so other programs may show different contents than CoP Desk. It was not opened; nothing was changed.</source>
        <translation>„{path}“ enthält „{name}“ mehrfach; andere Programme könnten daher einen anderen Inhalt zeigen als CoP Desk. Die Übergabe wurde nicht geöffnet, es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{path}” is password-protected (encrypted with a ZIP program). CoP Desk cannot open it like this: decrypt it with that program first, then open the decrypted file. Nothing was changed.</source>
        <translation>„{path}“ ist mit einem Passwort geschützt (mit einem ZIP-Programm verschlüsselt). So kann CoP Desk die Datei nicht öffnen: Entschlüsseln Sie sie zuerst mit diesem Programm und öffnen Sie dann die entschlüsselte Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{path}” was packed with a compression method CoP Desk does not read (method {method}), probably by another program. Ask the previous organiser to send the original .copdesk-handover file. Nothing was changed.</source>
        <translation>„{path}“ wurde mit einem Komprimierungsverfahren gepackt, das CoP Desk nicht lesen kann (Verfahren {method}), vermutlich von einem anderen Programm. Bitten Sie um die unveränderte Originaldatei (.copdesk-handover). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{path}” states an impossible time at which it was made ({when}). It was not opened; nothing was changed. Ask the previous organiser to check the computer&apos;s date, time and time zone and to make the hand-over again.</source>
        <translation>„{path}“ gibt einen unmöglichen Zeitpunkt der Erstellung an ({when}). Die Übergabe wurde nicht geöffnet, es wurde nichts geändert. Bitten Sie die absendende Person, Datum, Uhrzeit und Zeitzone ihres Computers zu prüfen und die Übergabe neu zu erstellen.</translation>
    </message>
    <message>
        <source>“{path}” states {size} MB of contents, more than a hand-over may hold ({limit} MB). It was not opened; nothing was changed.</source>
        <translation>„{path}“ gibt {size} MB Inhalt an, mehr als eine Übergabe enthalten darf ({limit} MB). Die Übergabe wurde nicht geöffnet, es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{path}” is open in CoP Desk right now and cannot be replaced. Choose another name, or close it first.</source>
        <translation>„{path}“ ist gerade in CoP Desk geöffnet und kann nicht ersetzt werden. Wählen Sie einen anderen Namen oder schließen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>This member was already forgotten on {date}.</source>
        <translation>Dieses Mitglied wurde bereits am {date} vergessen.</translation>
    </message>
    <message>
        <source>The personal data was erased, but the file could not be cleaned of the old bytes yet because another program is reading it. Close the other programs that use the file, then choose “Forget member” for the same member again to finish.</source>
        <translation>Die personenbezogenen Daten wurden gelöscht, aber die Datei konnte noch nicht von den alten Bytes bereinigt werden, weil ein anderes Programm sie gerade liest. Schließen Sie die anderen Programme, die die Datei benutzen, und wählen Sie dann für dasselbe Mitglied noch einmal „Mitglied vergessen“, um abzuschließen.</translation>
    </message>
    <message>
        <source>The personal data was erased, but the file could not be cleaned of the old bytes yet because the disk holding “{path}” is full (cleaning needs room for a second copy of the file). Free some space, then choose “Forget member” for the same member again to finish.</source>
        <translation>Die personenbezogenen Daten wurden gelöscht, aber die Datei konnte noch nicht von den alten Bytes bereinigt werden, weil der Datenträger mit „{path}“ voll ist (das Bereinigen braucht Platz für eine zweite Kopie der Datei). Geben Sie etwas Speicherplatz frei und wählen Sie dann für dasselbe Mitglied noch einmal „Mitglied vergessen“, um abzuschließen.</translation>
    </message>
    <message>
        <source>The personal data was erased, but the file could not be cleaned of the old bytes yet: {problem} Then choose “Forget member” for the same member again to finish.</source>
        <translation>Die personenbezogenen Daten wurden gelöscht, aber die Datei konnte noch nicht von den alten Bytes bereinigt werden: {problem} Wählen Sie dann für dasselbe Mitglied noch einmal „Mitglied vergessen“, um abzuschließen.</translation>
    </message>
    <message>
        <source>“{path}” is inconsistent: in table {table}, row {row} refers to a row of {parent} that does not exist. Nothing was changed. Ask whoever sent it for a new copy.</source>
        <translation>„{path}“ ist nicht stimmig: In Tabelle {table} verweist Zeile {row} auf eine Zeile von {parent}, die es nicht gibt. Es wurde nichts verändert. Bitten Sie die Person, von der die Datei stammt, um eine neue Kopie.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The vCard has no name (neither N nor FN).</source>
        <translation>Die vCard hat keinen Namen (weder N noch FN).</translation>
    </message>
    <message>
        <source>This vCard could not be read (it does not follow the vCard format).</source>
        <translation>Diese vCard konnte nicht gelesen werden (sie folgt nicht dem vCard-Format).</translation>
    </message>
    <message>
        <source>No name (first or last name).</source>
        <translation>Kein Name (Vor- oder Nachname).</translation>
    </message>
    <message>
        <source>Already a member: {name}.</source>
        <translation>Schon Mitglied: {name}.</translation>
    </message>
    <message>
        <source>Already a member with this name and no e-mail address in the file.</source>
        <translation>Schon Mitglied mit diesem Namen; keine E-Mail-Adresse in der Datei.</translation>
    </message>
    <message>
        <source>Same e-mail address as line {line}.</source>
        <translation>Dieselbe E-Mail-Adresse wie Zeile {line}.</translation>
    </message>
    <message>
        <source>Same name as line {line} (no e-mail address).</source>
        <translation>Derselbe Name wie Zeile {line} (keine E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Only an Exchange-internal address (/o=…) and no e-mail address: add the e-mail address later in the member&apos;s details.</source>
        <translation>Nur eine Exchange-interne Adresse (/o=…) und keine E-Mail-Adresse: Tragen Sie die E-Mail-Adresse später in den Angaben des Mitglieds nach.</translation>
    </message>
    <message>
        <source>No e-mail address: add it later in the member&apos;s details.</source>
        <translation>Keine E-Mail-Adresse: Tragen Sie sie später in den Angaben des Mitglieds nach.</translation>
    </message>
    <message>
        <source>The first name is too long ({length} characters; at most {max}).</source>
        <translation>Der Vorname ist zu lang ({length} Zeichen; höchstens {max}).</translation>
    </message>
    <message>
        <source>The last name is too long ({length} characters; at most {max}).</source>
        <translation>Der Nachname ist zu lang ({length} Zeichen; höchstens {max}).</translation>
    </message>
    <message>
        <source>The e-mail address is too long ({length} characters; at most {max}).</source>
        <translation>Die E-Mail-Adresse ist zu lang ({length} Zeichen; höchstens {max}).</translation>
    </message>
    <message>
        <source>The phone number is too long ({length} characters; at most {max}).</source>
        <translation>Die Telefonnummer ist zu lang ({length} Zeichen; höchstens {max}).</translation>
    </message>
    <message>
        <source>The function is too long ({length} characters; at most {max}).</source>
        <translation>Die Funktion ist zu lang ({length} Zeichen; höchstens {max}).</translation>
    </message>
    <message>
        <source>The company name is too long ({length} characters; at most {max}).</source>
        <translation>Der Firmenname ist zu lang ({length} Zeichen; höchstens {max}).</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>former member</source>
        <translation>ehemaliges Mitglied</translation>
    </message>
    <message>
        <source>[removed]</source>
        <translation>[entfernt]</translation>
    </message>
    <message>
        <source>another member&apos;s record — left as it is</source>
        <translation>Eintrag eines anderen Mitglieds – bleibt unverändert</translation>
    </message>
    <message>
        <source>may mean someone else — left as it is</source>
        <translation>kann jemand anderen meinen – bleibt unverändert</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Tagesordnungsvorlage</translation>
    </message>
    <message>
        <source>Attendance note</source>
        <translation>Notiz zur Teilnahme</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Versendete Einladung</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>Terminserie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Minutes note</source>
        <translation>Protokollnotiz</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Protokollfassung</translation>
    </message>
    <message>
        <source>Rotation record</source>
        <translation>Rotationseintrag</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
</context>
</TS>
