<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action item</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>W&amp;er</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>&amp;Bis wann</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>&amp;Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(kein Tagesordnungspunkt)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Entfallen</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Search action items: who, what, meeting … (Ctrl+F)</source>
        <translation>Aufgaben suchen: wer, was, Treffen … (Strg+F)</translation>
    </message>
    <message>
        <source>Search action items</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done or cancelled</source>
        <translation>Erledigt oder entfallen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected action item done, or open it again (Ctrl+D)</source>
        <translation>Die ausgewählte Aufgabe als erledigt markieren oder wieder öffnen (Strg+D)</translation>
    </message>
    <message>
        <source>Open &amp;minutes</source>
        <translation>&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <source>Show the minutes of the meeting the item comes from (Enter)</source>
        <translation>Das Protokoll des Treffens zeigen, aus dem die Aufgabe stammt (Eingabetaste)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
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
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>No action items yet.
They are written in the minutes of a meeting (Minutes, tab “Action items”).</source>
        <translation>Noch keine Aufgaben.
Aufgaben entstehen im Protokoll eines Treffens (Protokolle, Reiter „Aufgaben“).</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Aus Treffen</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Carried over to</source>
        <translation>Übernommen in</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Reopen action item</source>
        <translation>Aufgabe wieder öffnen</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision</source>
        <translation>Beschluss bearbeiten</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Neuer Beschluss</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Beschluss</translation>
    </message>
    <message>
        <source>What was decided, as one clear sentence</source>
        <translation>Was beschlossen wurde, in einem klaren Satz</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>&amp;Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(kein Tagesordnungspunkt)</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>&amp;By when</source>
        <translation>&amp;Bis wann</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Fälligkeitsdatum</translation>
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
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Treffen:</translation>
    </message>
    <message>
        <source>Version for &amp;circulation (without check-in and private notes)</source>
        <translation>Fassung zum &amp;Weitergeben (ohne Check-in und vertrauliche Notizen)</translation>
    </message>
    <message>
        <source>For sharing across organisations: the PDF leaves out check-in notes and notes marked private</source>
        <translation>Zum Weitergeben an andere Organisationen: Das PDF enthält keine Check-in-Notizen und keine als vertraulich markierten Notizen</translation>
    </message>
    <message>
        <source>No held meetings yet.
Minutes can be written once a meeting has taken place.</source>
        <translation>Noch keine stattgefundenen Treffen.
Ein Protokoll lässt sich schreiben, sobald ein Treffen stattgefunden hat.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>H&amp;inzufügen…</translation>
    </message>
    <message>
        <source>Add to the current tab (Ctrl+N)</source>
        <translation>Im aktuellen Reiter hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter)</source>
        <translation>Den ausgewählten Eintrag bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del)</source>
        <translation>Den ausgewählten Eintrag löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>Store the minutes as a numbered version of the protocol (Ctrl+Shift+F)</source>
        <translation>Das Protokoll als nummerierte Fassung speichern (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show the protocol PDF (Ctrl+Shift+V)</source>
        <translation>Das Protokoll als PDF anzeigen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the protocol (Ctrl+P)</source>
        <translation>Das Protokoll drucken (Strg+P)</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the protocol as a PDF file (Ctrl+Shift+E)</source>
        <translation>Das Protokoll als PDF-Datei speichern (Strg+Umschalt+E)</translation>
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
        <source>excused (declined)</source>
        <translation>entschuldigt (abgesagt)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>not recorded (accepted)</source>
        <translation>nicht erfasst (zugesagt)</translation>
    </message>
    <message>
        <source>not recorded (tentative)</source>
        <translation>nicht erfasst (vorläufig zugesagt)</translation>
    </message>
    <message>
        <source>not recorded (invited)</source>
        <translation>nicht erfasst (eingeladen)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>A&amp;nwesend</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>&amp;Entschuldigt</translation>
    </message>
    <message>
        <source>Ab&amp;sent</source>
        <translation>Abwe&amp;send</translation>
    </message>
    <message>
        <source>Add &amp;guest…</source>
        <translation>&amp;Gast hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove guest</source>
        <translation>Gast ent&amp;fernen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who / topic</source>
        <translation>Wer / Thema</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>private</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add check-&amp;in note…</source>
        <translation>Check-&amp;in-Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;New due date…</source>
        <translation>Neues &amp;Fälligkeitsdatum…</translation>
    </message>
    <message>
        <source>Carry &amp;over…</source>
        <translation>In dieses Treffen &amp;übernehmen…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>&amp;Choose a logo for the protocol…</source>
        <translation>Logo für das Protokoll &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>Logo &amp;entfernen</translation>
    </message>
    <message>
        <source>Mark &amp;private / shareable</source>
        <translation>&amp;Vertraulich / teilbar</translation>
    </message>
    <message>
        <source>Check-in and notes</source>
        <translation>Check-in und Notizen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Add &amp;decision…</source>
        <translation>&amp;Neuer Beschluss…</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>carried over to %1</source>
        <translation>übernommen in %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Aus Treffen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Mark &amp;done / reopen</source>
        <translation>&amp;Erledigt / wieder öffnen</translation>
    </message>
    <message>
        <source>Action items from earlier meetings</source>
        <translation>Aufgaben aus früheren Treffen</translation>
    </message>
    <message>
        <source>Open action items of earlier meetings of this group, for review in this meeting: mark them done, give them a new due date, or carry them over into this meeting&apos;s minutes.</source>
        <translation>Offene Aufgaben aus früheren Treffen dieser Gruppe, zur Durchsicht in diesem Treffen: als erledigt markieren, ein neues Fälligkeitsdatum setzen oder in das Protokoll dieses Treffens übernehmen.</translation>
    </message>
    <message>
        <source>Earlier action items</source>
        <translation>Aufgaben aus früheren Treffen</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Fassung %1</translation>
    </message>
    <message>
        <source>Draft – not finalised yet</source>
        <translation>Entwurf – noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Version %1 finalised on %2</source>
        <translation>Fassung %1 abgeschlossen am %2</translation>
    </message>
    <message>
        <source>changed since; finalise again for version %1</source>
        <translation>seitdem geändert; erneut abschließen ergibt Fassung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s) not recorded</source>
        <translation>
            <numerusform>%n Anwesenheit nicht erfasst</numerusform>
            <numerusform>%n Anwesenheiten nicht erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) without owner</source>
        <translation>
            <numerusform>%n Aufgabe ohne Verantwortliche</numerusform>
            <numerusform>%n Aufgaben ohne Verantwortliche</numerusform>
        </translation>
    </message>
    <message>
        <source>That meeting belongs to another group; choose the group first.</source>
        <translation>Dieses Treffen gehört zu einer anderen Gruppe; wählen Sie zuerst die Gruppe.</translation>
    </message>
    <message>
        <source>Minutes can be written for meetings that have started and for the next meeting. The minutes shown are of another meeting.</source>
        <translation>Protokolle gibt es für Treffen, die begonnen haben, und für das nächste Treffen. Angezeigt wird das Protokoll eines anderen Treffens.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Beschluss löschen</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Anwesenheit von %1</translation>
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
        <source>Remove guest %1</source>
        <translation>Gast %1 entfernen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Mark note private</source>
        <translation>Notiz vertraulich</translation>
    </message>
    <message>
        <source>Mark note shareable</source>
        <translation>Notiz teilbar</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Beschluss hinzufügen</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Beschluss bearbeiten</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Reopen action item</source>
        <translation>Aufgabe wieder öffnen</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Neues Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Carry over into this meeting</source>
        <translation>In dieses Treffen übernehmen</translation>
    </message>
    <message>
        <source>Carry over action item</source>
        <translation>Aufgabe übernehmen</translation>
    </message>
    <message>
        <source>Carried over into this meeting&apos;s action items.</source>
        <translation>In die Aufgaben dieses Treffens übernommen.</translation>
    </message>
    <message>
        <source>Finalise protocol</source>
        <translation>Protokoll abschließen</translation>
    </message>
    <message>
        <source>Protocol version %1 stored. Undo with Ctrl+Z.</source>
        <translation>Protokoll-Fassung %1 gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Logo on the protocol: %1</source>
        <translation>Logo auf dem Protokoll: %1</translation>
    </message>
    <message>
        <source>No logo on the protocol. Choose one (PNG or JPEG).</source>
        <translation>Kein Logo auf dem Protokoll. Wählen Sie eines (PNG oder JPEG).</translation>
    </message>
    <message>
        <source>Logo for the protocol</source>
        <translation>Logo für das Protokoll</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The protocol now shows the logo %1.</source>
        <translation>Das Protokoll zeigt jetzt das Logo %1.</translation>
    </message>
    <message>
        <source>Building the protocol …</source>
        <translation>Das Protokoll wird erstellt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The protocol could not be built because of an error in CoP Desk. Details are in the log file (Help › Show the log folder).</source>
        <translation>Das Protokoll konnte wegen eines Fehlers in CoP Desk nicht erstellt werden. Einzelheiten stehen in der Protokolldatei des Programms (Hilfe › Ordner mit den Programmprotokollen zeigen).</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Print the protocol</source>
        <translation>Protokoll drucken</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker geschickt.</numerusform>
            <numerusform>%n Seiten an den Drucker geschickt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export protocol as PDF</source>
        <translation>Protokoll als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Protocol saved as %1</source>
        <translation>Protokoll gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokolle</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>&amp;Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(kein Tagesordnungspunkt)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(niemand Bestimmtes)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>What was said or agreed; Enter starts a new line, Ctrl+Enter saves</source>
        <translation>Was gesagt oder vereinbart wurde; die Eingabetaste beginnt eine neue Zeile, Strg+Eingabe speichert</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>&amp;Private: leave out of the version for circulation</source>
        <translation>&amp;Vertraulich: nicht in die Fassung zum Weitergeben übernehmen</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Protocol preview</source>
        <translation>Vorschau des Protokolls</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>_MinutesForm</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The logo “{path}” does not exist. Choose another file in the settings, or remove the logo.</source>
        <translation>Das Logo „{path}“ gibt es nicht. Wählen Sie in den Einstellungen eine andere Datei oder entfernen Sie das Logo.</translation>
    </message>
    <message>
        <source>The logo “{path}” is not an image CoP Desk can print. Choose a PNG or JPEG file.</source>
        <translation>Das Logo „{path}“ ist kein Bild, das CoP Desk drucken kann. Wählen Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>“{path}” is a folder. Choose a file name for the PDF.</source>
        <translation>„{path}“ ist ein Ordner. Wählen Sie einen Dateinamen für das PDF.</translation>
    </message>
    <message>
        <source>The folder “{path}” does not exist. Choose another folder.</source>
        <translation>Den Ordner „{path}“ gibt es nicht. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>“{path}” could not be replaced. If it is open in a PDF viewer, close it there and try again. ({detail})</source>
        <translation>„{path}“ konnte nicht ersetzt werden. Wenn die Datei in einem PDF-Programm geöffnet ist, schließen Sie sie dort und versuchen Sie es erneut. ({detail})</translation>
    </message>
    <message>
        <source>The disk holding “{path}” is full. Free some space and try again.</source>
        <translation>Der Datenträger mit „{path}“ ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PDF cannot be written to the folder “{path}” ({detail}). Choose another folder, for example your documents.</source>
        <translation>Das PDF kann nicht in den Ordner „{path}“ geschrieben werden ({detail}). Wählen Sie einen anderen Ordner, zum Beispiel Ihre Dokumente.</translation>
    </message>
    <message>
        <source>Only open action items get a new due date. Reopen it first.</source>
        <translation>Nur offene Aufgaben erhalten ein neues Fälligkeitsdatum. Öffnen Sie die Aufgabe zuerst wieder.</translation>
    </message>
    <message>
        <source>Only open action items can be carried over.</source>
        <translation>Nur offene Aufgaben können übernommen werden.</translation>
    </message>
    <message>
        <source>This action item already belongs to this meeting.</source>
        <translation>Diese Aufgabe gehört bereits zu diesem Treffen.</translation>
    </message>
    <message>
        <source>Action items can only be carried over to a later meeting.</source>
        <translation>Aufgaben können nur in ein späteres Treffen übernommen werden.</translation>
    </message>
    <message>
        <source>Unknown attendance status.</source>
        <translation>Unbekannter Anwesenheitsstand.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s name.</source>
        <translation>Geben Sie den Namen des Gastes ein.</translation>
    </message>
    <message>
        <source>Unknown kind of note.</source>
        <translation>Unbekannte Art von Notiz.</translation>
    </message>
    <message>
        <source>Write the note&apos;s text.</source>
        <translation>Schreiben Sie den Text der Notiz.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Schreiben Sie den Beschluss.</translation>
    </message>
    <message>
        <source>Describe what is to be done.</source>
        <translation>Beschreiben Sie, was zu tun ist.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Unbekannter Stand.</translation>
    </message>
    <message>
        <source>Nobody is responsible for this action item yet.</source>
        <translation>Für diese Aufgabe ist noch niemand verantwortlich.</translation>
    </message>
    <message>
        <source>The due date is before the meeting ({day}).</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Treffen ({day}).</translation>
    </message>
    <message>
        <source>A cancelled meeting has no protocol to finalise.</source>
        <translation>Ein abgesagtes Treffen hat kein Protokoll, das abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>Nothing has changed since version {number}; no new version was stored.</source>
        <translation>Seit Fassung {number} hat sich nichts geändert; es wurde keine neue Fassung gespeichert.</translation>
    </message>
</context>
<context>
    <name>minutes</name>
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
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
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
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Meeting details changed (date, roles or place).</source>
        <translation>Angaben zum Treffen geändert (Termin, Rollen oder Ort).</translation>
    </message>
    <message>
        <source>Attendance of {name}: {before} → {after}</source>
        <translation>Anwesenheit von {name}: {before} → {after}</translation>
    </message>
    <message>
        <source>Guest added: {name}</source>
        <translation>Gast ergänzt: {name}</translation>
    </message>
    <message>
        <source>Guest removed: {name}</source>
        <translation>Gast entfernt: {name}</translation>
    </message>
    <message>
        <source>Guest renamed: {before} → {after}</source>
        <translation>Gast umbenannt: {before} → {after}</translation>
    </message>
    <message>
        <source>Note added – {text}</source>
        <translation>Notiz ergänzt – {text}</translation>
    </message>
    <message>
        <source>Note changed – {text}</source>
        <translation>Notiz geändert – {text}</translation>
    </message>
    <message>
        <source>Note removed – {text}</source>
        <translation>Notiz entfernt – {text}</translation>
    </message>
    <message>
        <source>Decision added – {text}</source>
        <translation>Beschluss ergänzt – {text}</translation>
    </message>
    <message>
        <source>Decision changed – {text}</source>
        <translation>Beschluss geändert – {text}</translation>
    </message>
    <message>
        <source>Decision removed – {text}</source>
        <translation>Beschluss entfernt – {text}</translation>
    </message>
    <message>
        <source>Text of an agenda item added – {text}</source>
        <translation>Text zu einem Tagesordnungspunkt hinzugefügt – {text}</translation>
    </message>
    <message>
        <source>Text of an agenda item changed – {text}</source>
        <translation>Text zu einem Tagesordnungspunkt geändert – {text}</translation>
    </message>
    <message>
        <source>Text of an agenda item removed – {text}</source>
        <translation>Text zu einem Tagesordnungspunkt entfernt – {text}</translation>
    </message>
    <message>
        <source>Action item added – {text}</source>
        <translation>Aufgabe ergänzt – {text}</translation>
    </message>
    <message>
        <source>Action item changed – {text}</source>
        <translation>Aufgabe geändert – {text}</translation>
    </message>
    <message>
        <source>Action item removed – {text}</source>
        <translation>Aufgabe entfernt – {text}</translation>
    </message>
    <message>
        <source>Version {number} has no stored content; the differences cannot be listed.</source>
        <translation>Zu Fassung {number} ist kein Inhalt gespeichert; die Unterschiede lassen sich nicht auflisten.</translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>write the protocol of a meeting as PDF</source>
        <translation>das Protokoll eines Treffens als PDF schreiben</translation>
    </message>
    <message>
        <source>Write the protocol (minutes) of one meeting as a PDF file.</source>
        <translation>Das Protokoll eines Treffens als PDF-Datei schreiben.</translation>
    </message>
    <message>
        <source>community file</source>
        <translation>Community-Datei</translation>
    </message>
    <message>
        <source>the meeting&apos;s number (id)</source>
        <translation>die Nummer (ID) des Treffens</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die PDF-Datei, die geschrieben wird</translation>
    </message>
    <message>
        <source>leave out check-in notes and notes marked private</source>
        <translation>Check-in-Notizen und vertrauliche Notizen weglassen</translation>
    </message>
    <message>
        <source>language of the protocol (default: the program&apos;s)</source>
        <translation>Sprache des Protokolls (Standard: die des Programms)</translation>
    </message>
    <message>
        <source>a logo (PNG or JPEG)</source>
        <translation>ein Logo (PNG oder JPEG)</translation>
    </message>
    <message>
        <source>There is no meeting with the number {id} in this file.</source>
        <translation>In dieser Datei gibt es kein Treffen mit der Nummer {id}.</translation>
    </message>
    <message>
        <source>writing the protocol: %1 %</source>
        <translation>Protokoll wird geschrieben: %1 %</translation>
    </message>
    <message>
        <source>Protocol written to %1</source>
        <translation>Protokoll geschrieben: %1</translation>
    </message>
    <message>
        <source>(shortened)</source>
        <translation>(gekürzt)</translation>
    </message>
    <message>
        <source>Draft – not finalised yet</source>
        <translation>Entwurf – noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Draft – changed since version %1 of %2</source>
        <translation>Entwurf – geändert seit Fassung %1 vom %2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Fassung %1 vom %2</translation>
    </message>
    <message>
        <source>video conference</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In Präsenz</translation>
    </message>
    <message>
        <source>Hybrid: on site and online via %1</source>
        <translation>Hybrid: vor Ort und online über %1</translation>
    </message>
    <message>
        <source>Online via %1</source>
        <translation>Online über %1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Version for circulation: without check-in notes and notes marked private.</source>
        <translation>Fassung zum Weitergeben: ohne Check-in-Notizen und ohne vertrauliche Notizen.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community of Practice</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>Teilgruppe</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Gastgeber-Organisation</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Co-moderator</source>
        <translation>Co-Moderation</translation>
    </message>
    <message>
        <source>Protocol writer</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) present</source>
        <translation>
            <numerusform>%n Mitglied anwesend</numerusform>
            <numerusform>%n Mitglieder anwesend</numerusform>
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
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>without organisation</source>
        <translation>ohne Organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>No attendance recorded.</source>
        <translation>Keine Anwesenheit erfasst.</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Agenda and results</source>
        <translation>Tagesordnung und Ergebnisse</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Further notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <source>No agenda recorded.</source>
        <translation>Keine Tagesordnung erfasst.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>TOP %1</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beschluss:</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>The check-in notes are not part of the version for circulation.</source>
        <translation>Die Check-in-Notizen sind in der Fassung zum Weitergeben nicht enthalten.</translation>
    </message>
    <message>
        <source>No check-in notes.</source>
        <translation>Keine Check-in-Notizen.</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>No decisions.</source>
        <translation>Keine Beschlüsse.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>TOP</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Action items from earlier meetings</source>
        <translation>Aufgaben aus früheren Treffen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>Not scheduled yet.</source>
        <translation>Noch nicht terminiert.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>Top open topics in the backlog</source>
        <translation>Meistgewählte offene Themen im Themenspeicher</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Änderungen gegenüber Fassung %1</translation>
    </message>
    <message>
        <source>Minutes taken by %1</source>
        <translation>Für das Protokoll: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>for circulation</source>
        <translation>zum Weitergeben</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>(for circulation)</source>
        <translation>(zum Weitergeben)</translation>
    </message>
</context>
</TS>
