<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Absences – %1</source>
        <translation>Abwesenheiten – %1</translation>
    </message>
    <message>
        <source>Days on which %1 cannot come. Date suggestions avoid them; the meetings calendar shows them.</source>
        <translation>Tage, an denen %1 nicht teilnehmen kann. Terminvorschläge meiden sie, der Kalender der Treffen zeigt sie an.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation>Abwesenheit &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>e.g. Urlaub, Fortbildung, Elternzeit</source>
        <translation>z. B. Urlaub, Fortbildung, Elternzeit</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Erster &amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>The last day is before the first day (row %1).</source>
        <translation>Der letzte Tag liegt vor dem ersten Tag (Zeile %1).</translation>
    </message>
    <message>
        <source>Edit absences of %1</source>
        <translation>Abwesenheiten von %1 bearbeiten</translation>
    </message>
    <message>
        <source>A&amp;bsences…</source>
        <translation>Ab&amp;wesenheiten…</translation>
    </message>
    <message>
        <source>Holidays and other absences of the selected member (Ctrl+Shift+A)</source>
        <translation>Urlaub und andere Abwesenheiten des gewählten Mitglieds (Strg+Umschalt+A)</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>&amp;Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Add an agenda item after the selected one (Insert)</source>
        <translation>Einen Tagesordnungspunkt nach dem gewählten einfügen (Einfg)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>Den gewählten Punkt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Den gewählten Punkt nach oben schieben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Den gewählten Punkt nach unten schieben (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Fill the agenda from a template, or save this agenda as a template</source>
        <translation>Die Tagesordnung aus einer Vorlage füllen oder diese Tagesordnung als Vorlage speichern</translation>
    </message>
    <message>
        <source>Text of the selected item</source>
        <translation>Text des gewählten Punkts</translation>
    </message>
    <message>
        <source>Optional: text below the item&apos;s title, printed in the protocol (e.g. the news from the sub-groups). Saved when you leave the field or press Ctrl+Return.</source>
        <translation>Optional: Text unter dem Titel des Punkts, wird im Protokoll gedruckt (z. B. das Neue aus den Teilgruppen). Gespeichert, wenn Sie das Feld verlassen oder Strg+Eingabe drücken.</translation>
    </message>
    <message>
        <source>Drag items or use Ctrl+Up / Ctrl+Down to reorder; F2 or typing edits a cell.</source>
        <translation>Punkte ziehen oder mit Strg+Pfeil hoch / Strg+Pfeil runter umsortieren; F2 oder Tippen bearbeitet ein Feld.</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Replace the agenda with:</source>
        <translation>Tagesordnung ersetzen durch:</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>&amp;Save this agenda as a template…</source>
        <translation>Diese Tagesordnung als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
        <source>No agenda yet. Add items (Insert) or fill it from a template.</source>
        <translation>Noch keine Tagesordnung. Punkte hinzufügen (Einfg) oder aus einer Vorlage füllen.</translation>
    </message>
    <message>
        <source>The agenda runs %1 min over the meeting: %2 of %3 min.</source>
        <translation>Die Tagesordnung überzieht das Treffen um %1 Min.: %2 von %3 Min.</translation>
    </message>
    <message>
        <source>Total: %1 of %2 min.</source>
        <translation>Summe: %1 von %2 Min.</translation>
    </message>
    <message>
        <source>%1 min not yet planned.</source>
        <translation>%1 Min. noch nicht verplant.</translation>
    </message>
    <message>
        <source>Text of the selected item:</source>
        <translation>Text des gewählten Punkts:</translation>
    </message>
    <message>
        <source>Text of “%1” (printed in the protocol below the title):</source>
        <translation>Text zu „%1“ (im Protokoll unter dem Titel gedruckt):</translation>
    </message>
    <message>
        <source>Refresh news from the s&amp;ub-groups</source>
        <translation>Neues aus den Teilgr&amp;uppen aktualisieren</translation>
    </message>
    <message>
        <source>Insert news from the s&amp;ub-groups</source>
        <translation>Neues aus den Teilgr&amp;uppen einfügen</translation>
    </message>
    <message>
        <source>Fill the item “News from the sub-groups” again with the sub-groups&apos; meetings, decisions and takeaways since the last plenary (undo: Ctrl+Z)</source>
        <translation>Den Punkt „Neues aus den Teilgruppen“ neu füllen: Treffen, Beschlüsse und Erkenntnisse der Teilgruppen seit dem letzten Plenum (rückgängig: Strg+Z)</translation>
    </message>
    <message>
        <source>Add an item with each sub-group&apos;s meetings, decisions and takeaways since the last plenary, after the selected item (undo: Ctrl+Z)</source>
        <translation>Einen Punkt mit den Treffen, Beschlüssen und Erkenntnissen jeder Teilgruppe seit dem letzten Plenum nach dem gewählten Punkt einfügen (rückgängig: Strg+Z)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Vortragende Person</translation>
    </message>
    <message>
        <source>This item ends after the planned end of the meeting.</source>
        <translation>Dieser Punkt endet nach dem geplanten Ende des Treffens.</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Status for the selected members</source>
        <translation>Status für die ausgewählten Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Selected members:</source>
        <translation>Aus&amp;gewählte Mitglieder:</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Set&amp;zen</translation>
    </message>
    <message>
        <source>Mark all as &amp;invited</source>
        <translation>Alle als eingeladen &amp;markieren</translation>
    </message>
    <message>
        <source>Give every selected member this status</source>
        <translation>Allen ausgewählten Mitgliedern diesen Status geben</translation>
    </message>
    <message>
        <source>Every active member without an answer gets the status “invited”</source>
        <translation>Jedes aktive Mitglied ohne Antwort bekommt den Status „eingeladen“</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Add &amp;guest…</source>
        <translation>Gast hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>A guest for this meeting only (name and organisation)</source>
        <translation>Ein Gast nur für dieses Treffen (Name und Organisation)</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit the selected guest</source>
        <translation>Den gewählten Gast bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the selected guest</source>
        <translation>Den gewählten Gast entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>No members in this group.</source>
        <translation>Diese Gruppe hat keine Mitglieder.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Declared absence</source>
        <translation>Gemeldete Abwesenheit</translation>
    </message>
    <message>
        <source>Declared an absence for this day: %1</source>
        <translation>Hat für diesen Tag eine Abwesenheit gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Edit guest</source>
        <translation>Gast bearbeiten</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Neuer Gast</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>&amp;Attended</source>
        <translation>&amp;Anwesend</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s name.</source>
        <translation>Geben Sie den Namen des Gastes ein.</translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <source>Meeting calendar</source>
        <translation>Kalender der Treffen</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Treffen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. CoP meeting Q3/2026</source>
        <translation>z. B. CoP-Treffen Q3/2026</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>&amp;Date, time</source>
        <translation>&amp;Datum, Uhrzeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>&amp;ends at</source>
        <translation>&amp;endet um</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>Da&amp;uer</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>&amp;Co-moderation</source>
        <translation>&amp;Co-Moderation</translation>
    </message>
    <message>
        <source>&amp;Protocol writer</source>
        <translation>&amp;Protokollführung</translation>
    </message>
    <message>
        <source>&amp;Host organisation</source>
        <translation>Gastgeber-&amp;Organisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Its video tool and join details are filled in</source>
        <translation>Ihr Videotool und ihre Einwahldaten werden eingetragen</translation>
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
        <source>Meeting &amp;ID</source>
        <translation>Meeting-&amp;ID</translation>
    </message>
    <message>
        <source>Passc&amp;ode</source>
        <translation>&amp;Kenncode</translation>
    </message>
    <message>
        <source>Di&amp;al-in</source>
        <translation>Telefonein&amp;wahl</translation>
    </message>
    <message>
        <source>Place / &amp;room</source>
        <translation>O&amp;rt / Raum</translation>
    </message>
    <message>
        <source>Address and room, for meetings in person</source>
        <translation>Adresse und Raum, für Treffen vor Ort</translation>
    </message>
    <message>
        <source>&amp;Whiteboard</source>
        <translation>W&amp;hiteboard</translation>
    </message>
    <message>
        <source>https:// (Miro, Conceptboard, …)</source>
        <translation>https:// (Miro, Conceptboard, …)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1 – inactive</source>
        <translation>%1 – inaktiv</translation>
    </message>
    <message>
        <source>(member #%1)</source>
        <translation>(Mitglied Nr. %1)</translation>
    </message>
    <message>
        <source>This time does not exist on this day: the clocks jump from 02:00 to 03:00 (summer time begins). Choose another time.</source>
        <translation>Diese Uhrzeit gibt es an diesem Tag nicht: Die Uhren springen von 02:00 auf 03:00 Uhr (Beginn der Sommerzeit). Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>This time exists twice on this day: the clocks go back from 03:00 to 02:00 (summer time ends). Choose another time.</source>
        <translation>Diese Uhrzeit gibt es an diesem Tag zweimal: Die Uhren werden von 03:00 auf 02:00 Uhr zurückgestellt (Ende der Sommerzeit). Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>Das Treffen muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Enter a title for the meeting.</source>
        <translation>Geben Sie einen Titel für das Treffen ein.</translation>
    </message>
    <message>
        <source>This is not a web link. Paste the join link from the video tool&apos;s invitation; it starts with https://.</source>
        <translation>Das ist kein Weblink. Fügen Sie den Teilnahme-Link aus der Einladung des Videotools ein; er beginnt mit https://.</translation>
    </message>
    <message>
        <source>This is not a web link. Copy the whiteboard&apos;s address; it starts with https://.</source>
        <translation>Das ist kein Weblink. Kopieren Sie die Adresse des Whiteboards; sie beginnt mit https://.</translation>
    </message>
    <message>
        <source>This date is in the past.</source>
        <translation>Dieses Datum liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Overlaps with “%1” of the same group.</source>
        <translation>Überschneidet sich mit „%1“ derselben Gruppe.</translation>
    </message>
    <message>
        <source>%1 also moderates “%2” at this time.</source>
        <translation>%1 moderiert zur selben Zeit auch „%2“.</translation>
    </message>
    <message>
        <source>Public holiday: %1</source>
        <translation>Feiertag: %1</translation>
    </message>
    <message>
        <source>Absent that day: %1</source>
        <translation>An diesem Tag abwesend: %1</translation>
    </message>
</context>
<context>
    <name>MeetingSuggestDialog</name>
    <message>
        <source>Suggest dates – %1</source>
        <translation>Termine vorschlagen – %1</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Abstand</translation>
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
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>(not decided yet)</source>
        <translation>(noch offen)</translation>
    </message>
    <message>
        <source>Days on which the moderator is away or in another meeting are left out</source>
        <translation>Tage, an denen die Moderation abwesend ist oder in einem anderen Treffen sitzt, werden ausgelassen</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>On &amp;weekdays</source>
        <translation>An &amp;Wochentagen</translation>
    </message>
    <message>
        <source>&amp;Start, length</source>
        <translation>&amp;Beginn, Dauer</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Frühestens nach</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>Candidate date</source>
        <translation>Möglicher Termin</translation>
    </message>
    <message>
        <source>Who cannot come</source>
        <translation>Wer nicht kann</translation>
    </message>
    <message>
        <source>Suggested dates</source>
        <translation>Vorgeschlagene Termine</translation>
    </message>
    <message>
        <source>&amp;Candidates, best first (Enter plans the selected date):</source>
        <translation>&amp;Kandidaten, die besten zuerst (Eingabetaste plant den gewählten Termin):</translation>
    </message>
    <message>
        <source>&amp;Plan this date</source>
        <translation>Diesen Termin &amp;planen</translation>
    </message>
    <message>
        <source>Save as the group&apos;s ca&amp;dence</source>
        <translation>Als &amp;Rhythmus der Gruppe speichern</translation>
    </message>
    <message>
        <source>Use these settings for this group from now on</source>
        <translation>Diese Einstellungen ab jetzt für diese Gruppe verwenden</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>No free date found.</source>
        <translation>Kein freier Termin gefunden.</translation>
    </message>
    <message>
        <source>Left out near the target:</source>
        <translation>In der Nähe des Zieltermins ausgelassen:</translation>
    </message>
    <message>
        <source>Cadence: %1.</source>
        <translation>Rhythmus: %1.</translation>
    </message>
    <message>
        <source>Target: %1 (after the last meeting on %2).</source>
        <translation>Zieltermin: %1 (nach dem letzten Treffen am %2).</translation>
    </message>
    <message>
        <source>Target: %1 (no earlier meeting).</source>
        <translation>Zieltermin: %1 (noch kein Treffen).</translation>
    </message>
    <message>
        <source>Public holidays avoided for: %1.</source>
        <translation>Feiertage berücksichtigt für: %1.</translation>
    </message>
    <message>
        <source>No federal state set for %1: only nationwide holidays are checked there.</source>
        <translation>Kein Bundesland eingetragen für %1: Dort werden nur bundesweite Feiertage geprüft.</translation>
    </message>
    <message>
        <source>Cadence saved</source>
        <translation>Rhythmus gespeichert</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
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
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Treffen durchsuchen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Alle Treffen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangene</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>On the selected day</source>
        <translation>Am gewählten Tag</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Kal&amp;ender</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>&amp;Tagesordnung</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>Teil&amp;nahme</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Neues Treffen…</translation>
    </message>
    <message>
        <source>Plan a meeting (Ctrl+N)</source>
        <translation>Ein Treffen planen (Strg+N)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Suggest dates…</source>
        <translation>&amp;Termine vorschlagen…</translation>
    </message>
    <message>
        <source>Dates near the group&apos;s cadence without holidays and absences (Ctrl+D)</source>
        <translation>Termine passend zum Rhythmus der Gruppe, ohne Feiertage und Abwesenheiten (Strg+D)</translation>
    </message>
    <message>
        <source>Suggest dates</source>
        <translation>Termine vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>Treffen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected meeting (Enter)</source>
        <translation>Das gewählte Treffen bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>New se&amp;ries…</source>
        <translation>Neue &amp;Serie…</translation>
    </message>
    <message>
        <source>Create a weekly series, e.g. a Working Out Loud circle (Ctrl+R)</source>
        <translation>Eine wöchentliche Serie anlegen, z. B. einen Working-Out-Loud-Circle (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting</source>
        <translation>Treffen &amp;absagen</translation>
    </message>
    <message>
        <source>Cancel the selected meeting; it stays in the history (Ctrl+K)</source>
        <translation>Das gewählte Treffen absagen; es bleibt in der Historie (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>Treffen &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected meeting if nothing refers to it yet (Del)</source>
        <translation>Das gewählte Treffen löschen, solange nichts darauf verweist (Entf)</translation>
    </message>
    <message>
        <source>Lean Coffee &amp;board</source>
        <translation>Lean-Coffee-B&amp;oard</translation>
    </message>
    <message>
        <source>Open the Lean Coffee board of the selected meeting (Ctrl+L)</source>
        <translation>Das Lean-Coffee-Board des gewählten Treffens öffnen (Strg+L)</translation>
    </message>
    <message>
        <source>Lean Coffee</source>
        <translation>Lean Coffee</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Open the minutes of the selected meeting (Ctrl+M)</source>
        <translation>Das Protokoll des gewählten Treffens öffnen (Strg+M)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s) with other meetings at the same time</source>
        <translation>
            <numerusform>⚠ %n Konflikt mit einem anderen Treffen zur selben Zeit</numerusform>
            <numerusform>⚠ %n Konflikte mit anderen Treffen zur selben Zeit</numerusform>
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
        <source>%n of %1 shown</source>
        <translation>
            <numerusform>%n von %1 angezeigt</numerusform>
            <numerusform>%n von %1 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings yet.
Let CoP Desk suggest a date (Ctrl+D), or plan one yourself (Ctrl+N).</source>
        <translation>Noch keine Treffen.
Lassen Sie sich einen Termin vorschlagen (Strg+D) oder planen Sie selbst eins (Strg+N).</translation>
    </message>
    <message>
        <source>Re&amp;instate meeting</source>
        <translation>Treffen &amp;wieder planen</translation>
    </message>
    <message>
        <source>Plan the cancelled meeting again (Ctrl+K)</source>
        <translation>Das abgesagte Treffen wieder einplanen (Strg+K)</translation>
    </message>
    <message>
        <source>This meeting is cancelled.</source>
        <translation>Dieses Treffen ist abgesagt.</translation>
    </message>
    <message>
        <source>Overlaps with “%1” of the same group (%2).</source>
        <translation>Überschneidet sich mit „%1“ derselben Gruppe (%2).</translation>
    </message>
    <message>
        <source>%3 also moderates “%1” (%2).</source>
        <translation>%3 moderiert auch „%1“ (%2).</translation>
    </message>
    <message>
        <source>Changed since the invitation was sent: send an update.</source>
        <translation>Seit dem Versand der Einladung geändert: Senden Sie eine Aktualisierung.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Co-moderation</source>
        <translation>Co-Moderation</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Video tool</source>
        <translation>Videotool</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Teilnahme-Link</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>Meeting-ID</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Kenncode</translation>
    </message>
    <message>
        <source>Dial-in</source>
        <translation>Telefoneinwahl</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>session %1 of %2 of “%3”</source>
        <translation>Termin %1 von %2 der Serie „%3“</translation>
    </message>
    <message>
        <source>Agenda: %1 of %2 min planned.</source>
        <translation>Tagesordnung: %1 von %2 Min. verplant.</translation>
    </message>
    <message>
        <source>It runs over.</source>
        <translation>Sie überzieht.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Teilnahme: %1</translation>
    </message>
    <message>
        <source>Declared absent: %1</source>
        <translation>Abwesenheit gemeldet: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Nothing planned. Enter or double-click the day to plan a meeting on it.</source>
        <translation>Nichts geplant. Eingabetaste oder Doppelklick auf den Tag plant dort ein Treffen.</translation>
    </message>
    <message>
        <source>CoP meeting Q%1/%2</source>
        <translation>CoP-Treffen Q%1/%2</translation>
    </message>
    <message>
        <source>Plan meeting %1</source>
        <translation>Treffen %1 planen</translation>
    </message>
    <message>
        <source>Edit meeting %1</source>
        <translation>Treffen %1 bearbeiten</translation>
    </message>
    <message>
        <source>Plan meeting on %1</source>
        <translation>Treffen am %1 planen</translation>
    </message>
    <message>
        <source>Change the cadence of %1</source>
        <translation>Rhythmus von %1 ändern</translation>
    </message>
    <message>
        <source>Meeting planned. Add the host, moderation and agenda; undo with Ctrl+Z.</source>
        <translation>Treffen geplant. Ergänzen Sie Gastgeber, Moderation und Tagesordnung; rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>absences (number)</source>
        <translation>Abwesenheiten (Anzahl)</translation>
    </message>
    <message>
        <source>Create series %1</source>
        <translation>Serie %1 anlegen</translation>
    </message>
    <message>
        <source>The series was created in another group; choose that group to see it.</source>
        <translation>Die Serie wurde in einer anderen Gruppe angelegt; wählen Sie diese Gruppe, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Reinstate meeting %1</source>
        <translation>Treffen %1 wieder planen</translation>
    </message>
    <message>
        <source>Cancel meeting %1</source>
        <translation>Treffen %1 absagen</translation>
    </message>
    <message>
        <source>Delete meeting %1</source>
        <translation>Treffen %1 löschen</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Edit agenda</source>
        <translation>Tagesordnung bearbeiten</translation>
    </message>
    <message>
        <source>Fill agenda from template</source>
        <translation>Tagesordnung aus Vorlage füllen</translation>
    </message>
    <message>
        <source>News from the sub-groups</source>
        <translation>Neues aus den Teilgruppen</translation>
    </message>
    <message>
        <source>News from the sub-groups filled in from their minutes. Undo: Ctrl+Z.</source>
        <translation>Neues aus den Teilgruppen aus ihren Protokollen eingetragen. Rückgängig: Strg+Z.</translation>
    </message>
    <message>
        <source>Save agenda template %1</source>
        <translation>Tagesordnungsvorlage %1 speichern</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Edit attendance</source>
        <translation>Teilnahme bearbeiten</translation>
    </message>
    <message>
        <source>Mark all as invited</source>
        <translation>Alle als eingeladen markieren</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Gast %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit guest %1</source>
        <translation>Gast %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Gast entfernen</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New series</source>
        <translation>Neue Serie</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. WOL circle spring 2026</source>
        <translation>z. B. WOL-Circle Frühjahr 2026</translation>
    </message>
    <message>
        <source>Each session is called “title (n/count)”</source>
        <translation>Jeder Termin heißt „Titel (n/Anzahl)“</translation>
    </message>
    <message>
        <source>Date of the first session</source>
        <translation>Datum des ersten Termins</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>&amp;First session</source>
        <translation>&amp;Erster Termin</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> Woche(n)</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Wochen zwischen den Terminen</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Termine</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Rhythmus</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Host organisation</source>
        <translation>Gastgeber-&amp;Organisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Its video tool and join details are used for every session</source>
        <translation>Ihr Videotool und ihre Einwahldaten gelten für jeden Termin</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Tagesor&amp;dnung</translation>
    </message>
    <message>
        <source>(no agenda)</source>
        <translation>(keine Tagesordnung)</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Create sessions on a public holiday as &amp;cancelled</source>
        <translation>Termine an Feiertagen als &amp;abgesagt anlegen</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Termine der Serie</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Enter a title for the series.</source>
        <translation>Geben Sie einen Titel für die Serie ein.</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3 Uhr</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>abgesagt: %1</translation>
    </message>
    <message>
        <source>public holiday: %1</source>
        <translation>Feiertag: %1</translation>
    </message>
    <message>
        <source>the clocks change at this time</source>
        <translation>zu dieser Zeit wird die Uhr umgestellt</translation>
    </message>
    <message>
        <source>A session falls on a time that does not exist or exists twice (clock change). Choose another time.</source>
        <translation>Ein Termin fällt auf eine Uhrzeit, die es wegen der Zeitumstellung nicht oder zweimal gibt. Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on a public holiday</source>
        <translation>
            <numerusform>%n an einem Feiertag</numerusform>
            <numerusform>%n an Feiertagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_GuestModel</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>cli_meetings</name>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the number must be between 1 and 50</source>
        <translation>die Anzahl muss zwischen 1 und 50 liegen</translation>
    </message>
    <message>
        <source>list the meetings of a group</source>
        <translation>die Treffen einer Gruppe auflisten</translation>
    </message>
    <message>
        <source>List id, start, status and title of every meeting of a group, oldest first.</source>
        <translation>Nummer, Beginn, Status und Titel aller Treffen einer Gruppe auflisten, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>the group (default: the community itself)</source>
        <translation>die Gruppe (Standard: die Community selbst)</translation>
    </message>
    <message>
        <source>suggest dates for the next meeting of a group</source>
        <translation>Termine für das nächste Treffen einer Gruppe vorschlagen</translation>
    </message>
    <message>
        <source>Suggest dates near the group&apos;s cadence, without weekends, the public holidays of the members&apos; federal states and the moderator&apos;s absences; each with who cannot come and why.</source>
        <translation>Termine passend zum Rhythmus der Gruppe vorschlagen, ohne Wochenenden, Feiertage der Bundesländer der Mitglieder und Abwesenheiten der Moderation; jeweils mit, wer nicht kann und warum.</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>die Gruppe</translation>
    </message>
    <message>
        <source>how many dates (default 5)</source>
        <translation>wie viele Termine (Standard 5)</translation>
    </message>
    <message>
        <source>only dates after this day (default: today)</source>
        <translation>nur Termine nach diesem Tag (Standard: heute)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1: %n Treffen</numerusform>
            <numerusform>%1: %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Target: %1 (after the last meeting on %2)</source>
        <translation>Zieltermin: %1 (nach dem letzten Treffen am %2)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Zieltermin: %1</translation>
    </message>
    <message>
        <source>Public holidays avoided for: %1</source>
        <translation>Feiertage berücksichtigt für: %1</translation>
    </message>
    <message>
        <source>No federal state set for %1: only nationwide holidays are checked there.</source>
        <translation>Kein Bundesland eingetragen für %1: Dort werden nur bundesweite Feiertage geprüft.</translation>
    </message>
    <message>
        <source>No free date found.</source>
        <translation>Kein freier Termin gefunden.</translation>
    </message>
    <message>
        <source>Left out near the target:</source>
        <translation>In der Nähe des Zieltermins ausgelassen:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Enter the first and the last day.</source>
        <translation>Geben Sie den ersten und den letzten Tag ein.</translation>
    </message>
    <message>
        <source>The absence ends before it starts: the last day must be on or after the first day.</source>
        <translation>Die Abwesenheit endet, bevor sie beginnt: Der letzte Tag muss am oder nach dem ersten Tag liegen.</translation>
    </message>
    <message>
        <source>An absence can last at most three years.</source>
        <translation>Eine Abwesenheit kann höchstens drei Jahre dauern.</translation>
    </message>
    <message>
        <source>Choose a kind from the list.</source>
        <translation>Bitte wählen Sie eine Art aus der Liste.</translation>
    </message>
    <message>
        <source>An agenda item needs at least one minute.</source>
        <translation>Ein Tagesordnungspunkt braucht mindestens eine Minute.</translation>
    </message>
    <message>
        <source>An agenda item can last at most {max} minutes.</source>
        <translation>Ein Tagesordnungspunkt darf höchstens {max} Minuten dauern.</translation>
    </message>
    <message>
        <source>An agenda can have at most {max} items.</source>
        <translation>Eine Tagesordnung kann höchstens {max} Punkte haben.</translation>
    </message>
    <message>
        <source>Enter a name for the template.</source>
        <translation>Geben Sie einen Namen für die Vorlage ein.</translation>
    </message>
    <message>
        <source>A template named “{name}” already exists.</source>
        <translation>Eine Vorlage namens „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <source>The agenda is empty: add items before saving it as a template.</source>
        <translation>Die Tagesordnung ist leer: Fügen Sie Punkte hinzu, bevor Sie sie als Vorlage speichern.</translation>
    </message>
    <message>
        <source>The built-in templates cannot be deleted.</source>
        <translation>Die mitgelieferten Vorlagen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Unknown time zone “{tz}”.</source>
        <translation>Unbekannte Zeitzone „{tz}“.</translation>
    </message>
    <message>
        <source>{time} does not exist on this day: the clocks jump forward an hour at night (summer time begins). Choose another time, for example an hour later.</source>
        <translation>{time} Uhr gibt es an diesem Tag nicht: Die Uhren springen nachts eine Stunde vor (Beginn der Sommerzeit). Wählen Sie eine andere Uhrzeit, zum Beispiel eine Stunde später.</translation>
    </message>
    <message>
        <source>{time} exists twice on this day: the clocks go back an hour at night (summer time ends). Choose a time after 03:00 so everyone reads it the same.</source>
        <translation>{time} Uhr gibt es an diesem Tag zweimal: Die Uhren werden nachts eine Stunde zurückgestellt (Ende der Sommerzeit). Wählen Sie eine Uhrzeit nach 03:00 Uhr, damit alle sie gleich lesen.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Wählen Sie einen Wert aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation>Wählen Sie eine Gruppe.</translation>
    </message>
    <message>
        <source>Enter a title for the meeting.</source>
        <translation>Geben Sie einen Titel für das Treffen ein.</translation>
    </message>
    <message>
        <source>Enter the date and time.</source>
        <translation>Geben Sie Datum und Uhrzeit ein.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts: give it a length of at least one minute.</source>
        <translation>Das Treffen muss nach seinem Beginn enden: Geben Sie eine Dauer von mindestens einer Minute an.</translation>
    </message>
    <message>
        <source>A meeting can last at most 24 hours.</source>
        <translation>Ein Treffen kann höchstens 24 Stunden dauern.</translation>
    </message>
    <message>
        <source>Choose a host organisation.</source>
        <translation>Wählen Sie eine Gastgeber-Organisation.</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>Wählen Sie ein Mitglied aus der Liste.</translation>
    </message>
    <message>
        <source>Co-moderation needs someone other than the moderator.</source>
        <translation>Die Co-Moderation muss eine andere Person übernehmen als die Moderation.</translation>
    </message>
    <message>
        <source>“{title}” cannot be deleted: minutes, votes, rotation turns or sent invitations refer to it. Cancel the meeting instead; it then stays in the history.</source>
        <translation>„{title}“ kann nicht gelöscht werden: Protokoll, Abstimmungen, Rotation oder versandte Einladungen verweisen darauf. Sagen Sie das Treffen stattdessen ab; dann bleibt es in der Historie.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s name.</source>
        <translation>Geben Sie den Namen des Gastes ein.</translation>
    </message>
    <message>
        <source>A series has between 1 and {max} sessions.</source>
        <translation>Eine Serie hat zwischen 1 und {max} Termine.</translation>
    </message>
    <message>
        <source>Sessions are 1 to 8 weeks apart.</source>
        <translation>Zwischen den Terminen liegen 1 bis 8 Wochen.</translation>
    </message>
    <message>
        <source>Session {n} would start at {time} on the night the clocks change, a time that does not exist or exists twice. Choose another time.</source>
        <translation>Termin {n} begänne um {time} Uhr in der Nacht der Zeitumstellung, zu einer Uhrzeit, die es nicht oder zweimal gibt. Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>“{group}” has no members with an organisation, so the public holidays to avoid are unknown. Add members and give their organisations a federal state first.</source>
        <translation>„{group}“ hat keine Mitglieder mit Organisation, daher ist unbekannt, welche Feiertage zu meiden sind. Fügen Sie zuerst Mitglieder hinzu und tragen Sie bei ihren Organisationen das Bundesland ein.</translation>
    </message>
    <message>
        <source>The learning circle “{group}” ended on {day}, so no dates are suggested. Start a new cohort (Group › Learning circle…) to meet again.</source>
        <translation>Der Lernkreis „{group}“ endete am {day}, daher werden keine Termine vorgeschlagen. Starten Sie einen neuen Durchgang (Gruppe › Lernkreis…), um sich wieder zu treffen.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and {max}.</source>
        <translation>Der Abstand muss zwischen 1 und {max} liegen.</translation>
    </message>
    <message>
        <source>Choose at least one weekday from Monday to Friday.</source>
        <translation>Wählen Sie mindestens einen Wochentag von Montag bis Freitag.</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
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
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Teilgruppen</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>entschuldigt</translation>
    </message>
    <message>
        <source>absent without excuse</source>
        <translation>unentschuldigt</translation>
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
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 (nationwide)</source>
        <translation>%1 (bundesweit)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>everyone can come</source>
        <translation>alle können</translation>
    </message>
    <message numerus="yes">
        <source>%n cannot come</source>
        <translation>
            <numerusform>%n kann nicht</numerusform>
            <numerusform>%n können nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>bridge day</source>
        <translation>Brückentag</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>genau im Rhythmus</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after target</source>
        <translation>
            <numerusform>%n Tag nach dem Zieltermin</numerusform>
            <numerusform>%n Tage nach dem Zieltermin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before target</source>
        <translation>
            <numerusform>%n Tag vor dem Zieltermin</numerusform>
            <numerusform>%n Tage vor dem Zieltermin</numerusform>
        </translation>
    </message>
    <message>
        <source>already a meeting: %1</source>
        <translation>schon ein Treffen: %1</translation>
    </message>
    <message>
        <source>the moderator is in another meeting: %1</source>
        <translation>die Moderation ist in einem anderen Treffen: %1</translation>
    </message>
    <message>
        <source>the clocks change that night</source>
        <translation>in dieser Nacht wird die Uhr umgestellt</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>alle %n Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>alle %n Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>(geplant)</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Beschluss: %1</translation>
    </message>
    <message>
        <source>Takeaway: %1</source>
        <translation>Erkenntnis: %1</translation>
    </message>
    <message>
        <source>%1: no meetings since the plenary on %2</source>
        <translation>%1: keine Treffen seit dem Plenum am %2</translation>
    </message>
    <message>
        <source>%1: no meetings yet</source>
        <translation>%1: noch keine Treffen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s) since the plenary on %2</source>
        <translation>
            <numerusform>%1: %n Treffen seit dem Plenum am %2</numerusform>
            <numerusform>%1: %n Treffen seit dem Plenum am %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1: %n Treffen</numerusform>
            <numerusform>%1: %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>News from the sub-groups</source>
        <translation>Neues aus den Teilgruppen</translation>
    </message>
    <message>
        <source>No sub-group met in this period.</source>
        <translation>Keine Teilgruppe hat sich in diesem Zeitraum getroffen.</translation>
    </message>
</context>
</TS>
