<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BacklogPage</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen am</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Votes (last)</source>
        <translation>Punkte (zuletzt)</translation>
    </message>
    <message>
        <source>Votes in the last Lean Coffee</source>
        <translation>Punkte im letzten Lean Coffee</translation>
    </message>
    <message>
        <source>Votes (total)</source>
        <translation>Punkte (gesamt)</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Vertagt</translation>
    </message>
    <message>
        <source>Times on a board without being reached</source>
        <translation>So oft auf einem Board, ohne drangekommen zu sein</translation>
    </message>
    <message>
        <source>Discussed in</source>
        <translation>Besprochen in</translation>
    </message>
    <message>
        <source>Search topics … (Ctrl+F)</source>
        <translation>Themen suchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Every word must occur in the title, tags, status, proposer, organisation or meeting</source>
        <translation>Jedes Wort muss in Titel, Schlagwörtern, Status, vorschlagender Person, Organisation oder Treffen vorkommen</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Themen suchen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Open and planned</source>
        <translation>Offen und eingeplant</translation>
    </message>
    <message>
        <source>Stale – for review</source>
        <translation>Veraltet – zur Prüfung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Which topics to show</source>
        <translation>Welche Themen angezeigt werden</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by proposer</source>
        <translation>Nach vorschlagender Person filtern</translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation>Nach Organisation filtern</translation>
    </message>
    <message>
        <source>&amp;New topic…</source>
        <translation>&amp;Neues Thema…</translation>
    </message>
    <message>
        <source>Add a topic to the backlog (Ctrl+N)</source>
        <translation>Ein Thema in den Themenspeicher aufnehmen (Strg+N)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Edit topic…</source>
        <translation>Thema &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected topic (Enter)</source>
        <translation>Das ausgewählte Thema bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Merge the selected duplicate into the topic that remains; votes and history move along (Ctrl+M)</source>
        <translation>Das ausgewählte doppelte Thema mit dem Thema zusammenführen, das bleibt; Punkte und Verlauf gehen mit (Strg+M)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Plan into a meeting…</source>
        <translation>In ein Treffen &amp;einplanen…</translation>
    </message>
    <message>
        <source>Put the selected topic on the agenda of a coming meeting (Ctrl+T)</source>
        <translation>Das ausgewählte Thema auf die Tagesordnung eines kommenden Treffens setzen (Strg+T)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>Par&amp;k topic</source>
        <translation>Thema &amp;parken</translation>
    </message>
    <message>
        <source>Parked topics leave the open backlog but keep their history (Ctrl+K)</source>
        <translation>Geparkte Themen verlassen den offenen Themenspeicher, behalten aber ihren Verlauf (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Delete topic</source>
        <translation>Thema &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected topic if it has no history (Del)</source>
        <translation>Das ausgewählte Thema löschen, wenn es keinen Verlauf hat (Entf)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Lean Coffee board…</source>
        <translation>Lean-&amp;Coffee-Board…</translation>
    </message>
    <message>
        <source>Run the Lean Coffee of a meeting on a board for the shared screen (Ctrl+L)</source>
        <translation>Das Lean Coffee eines Treffens auf einem Board für den geteilten Bildschirm durchführen (Strg+L)</translation>
    </message>
    <message>
        <source>Lean Coffee</source>
        <translation>Lean Coffee</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All proposers</source>
        <translation>Alle Vorschlagenden</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>Stale: deferred %1 times – keep, park or merge it?</source>
        <translation>Veraltet: %1-mal vertagt – behalten, parken oder zusammenführen?</translation>
    </message>
    <message>
        <source>Stale: proposed more than a year ago – keep, park or merge it?</source>
        <translation>Veraltet: vor mehr als einem Jahr vorgeschlagen – behalten, parken oder zusammenführen?</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
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
        <source>The backlog is empty.
Add the first topic with “New topic” (Ctrl+N) – anyone can propose one between meetings.</source>
        <translation>Der Themenspeicher ist leer.
Nehmen Sie das erste Thema mit „Neues Thema“ (Strg+N) auf – zwischen den Treffen kann jede Person Themen vorschlagen.</translation>
    </message>
    <message>
        <source>Re&amp;open topic</source>
        <translation>Thema &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Proposed by %1</source>
        <translation>Vorgeschlagen von %1</translation>
    </message>
    <message>
        <source>on %1 (%2)</source>
        <translation>am %1 (%2)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Merged into “%1”.</source>
        <translation>Zusammengeführt mit „%1“.</translation>
    </message>
    <message>
        <source>Votes: %1 in the last Lean Coffee, %2 in total</source>
        <translation>Punkte: %1 im letzten Lean Coffee, %2 insgesamt</translation>
    </message>
    <message numerus="yes">
        <source>Deferred %n time(s)</source>
        <translation>
            <numerusform>%n-mal vertagt</numerusform>
            <numerusform>%n-mal vertagt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deferred yet</source>
        <translation>Noch nie vertagt</translation>
    </message>
    <message>
        <source>Discussed in %1 (%2)</source>
        <translation>Besprochen in %1 (%2)</translation>
    </message>
    <message>
        <source>On the agenda of %1 (%2)</source>
        <translation>Auf der Tagesordnung von %1 (%2)</translation>
    </message>
    <message>
        <source>Votes per meeting</source>
        <translation>Punkte je Treffen</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <source>being discussed</source>
        <translation>wird gerade besprochen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht drangekommen</translation>
    </message>
    <message>
        <source>on the board</source>
        <translation>auf dem Board</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into this topic</source>
        <translation>Mit diesem Thema zusammengeführt</translation>
    </message>
    <message>
        <source>From the minutes</source>
        <translation>Aus den Protokollen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Add topic %1</source>
        <translation>Thema %1 aufnehmen</translation>
    </message>
    <message>
        <source>Edit topic %1</source>
        <translation>Thema %1 bearbeiten</translation>
    </message>
    <message>
        <source>Merge topic</source>
        <translation>Thema zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into which topic? Its votes and history move to the topic you choose; “%1” is kept as merged.</source>
        <translation>Mit welchem Thema soll „%1“ zusammengeführt werden? Punkte und Verlauf gehen auf das gewählte Thema über; „%1“ bleibt als „zusammengeführt“ erhalten.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Merged. Undo with Ctrl+Z.</source>
        <translation>Zusammengeführt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Plan into a meeting</source>
        <translation>In ein Treffen einplanen</translation>
    </message>
    <message>
        <source>Put “%1” on the agenda of:</source>
        <translation>„%1“ auf die Tagesordnung setzen von:</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>%1 einplanen</translation>
    </message>
    <message>
        <source>“%1” is on the agenda of %2.</source>
        <translation>„%1“ steht auf der Tagesordnung von %2.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>%1 wieder öffnen</translation>
    </message>
    <message>
        <source>Park %1</source>
        <translation>%1 parken</translation>
    </message>
    <message>
        <source>Delete topic %1</source>
        <translation>Thema %1 löschen</translation>
    </message>
    <message>
        <source>“%1” deleted. Undo with Ctrl+Z.</source>
        <translation>„%1“ gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Lean Coffee board</source>
        <translation>Lean-Coffee-Board</translation>
    </message>
    <message>
        <source>Open the Lean Coffee board of which meeting?</source>
        <translation>Das Lean-Coffee-Board welches Treffens öffnen?</translation>
    </message>
</context>
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <source>Lean Coffee settings</source>
        <translation>Lean-Coffee-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Fixed number of votes per person</source>
        <translation>&amp;Feste Punktzahl pro Person</translation>
    </message>
    <message numerus="yes">
        <source>Otherwise a third of the topics: now %n vote(s) per person.</source>
        <translation>
            <numerusform>Sonst ein Drittel der Themen: zurzeit %n Punkt pro Person.</numerusform>
            <numerusform>Sonst ein Drittel der Themen: zurzeit %n Punkte pro Person.</numerusform>
        </translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>&amp;Votes per person:</source>
        <translation>&amp;Punkte pro Person:</translation>
    </message>
    <message>
        <source>&amp;Timebox per topic:</source>
        <translation>&amp;Timebox pro Thema:</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Verlängerung:</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>F1: all keys</source>
        <translation>F1: alle Tasten</translation>
    </message>
    <message>
        <source>Votes of</source>
        <translation>Punkte von</translation>
    </message>
    <message>
        <source>Votes &amp;of:</source>
        <translation>Punkte &amp;von:</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>Zu besprechen</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>&amp;New topic…</source>
        <translation>&amp;Neues Thema…</translation>
    </message>
    <message>
        <source>Add from the &amp;backlog…</source>
        <translation>Aus dem &amp;Themenspeicher…</translation>
    </message>
    <message>
        <source>&amp;Remove from the board</source>
        <translation>Vom Board &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Who is here…</source>
        <translation>&amp;Wer ist da…</translation>
    </message>
    <message>
        <source>&amp;Close the Lean Coffee</source>
        <translation>Lean Coffee &amp;abschließen</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Punkte vergeben</translation>
    </message>
    <message>
        <source>&amp;Votes</source>
        <translation>&amp;Punkte</translation>
    </message>
    <message>
        <source>&amp;Next participant</source>
        <translation>&amp;Nächste Person</translation>
    </message>
    <message>
        <source>&amp;Previous participant</source>
        <translation>V&amp;orherige Person</translation>
    </message>
    <message>
        <source>Vote budget and &amp;timebox…</source>
        <translation>Punkte-Budget und &amp;Timebox…</translation>
    </message>
    <message>
        <source>Discussion and timer</source>
        <translation>Diskussion und Timer</translation>
    </message>
    <message>
        <source>&amp;Discussion</source>
        <translation>&amp;Diskussion</translation>
    </message>
    <message>
        <source>&amp;Discuss the selected topic</source>
        <translation>Ausgewähltes Thema &amp;besprechen</translation>
    </message>
    <message>
        <source>&amp;Start or pause the timer</source>
        <translation>Timer &amp;starten oder anhalten</translation>
    </message>
    <message>
        <source>&amp;Extend the timebox</source>
        <translation>Timebox &amp;verlängern</translation>
    </message>
    <message>
        <source>&amp;Thumbs vote…</source>
        <translation>&amp;Daumen-Abstimmung…</translation>
    </message>
    <message>
        <source>&amp;Finish the topic (to Discussed)</source>
        <translation>Thema &amp;fertig (zu „Besprochen“)</translation>
    </message>
    <message>
        <source>Notes for the minutes</source>
        <translation>Notizen für das Protokoll</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>&amp;Notiz schreiben</translation>
    </message>
    <message>
        <source>Write a &amp;takeaway</source>
        <translation>&amp;Erkenntnis schreiben</translation>
    </message>
    <message>
        <source>Write a &amp;decision</source>
        <translation>&amp;Beschluss schreiben</translation>
    </message>
    <message>
        <source>Write an &amp;action item</source>
        <translation>&amp;Aufgabe schreiben</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presentation mode (large, high contrast)</source>
        <translation>&amp;Präsentationsmodus (groß, kontrastreich)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Leave full screen or help</source>
        <translation>Vollbild oder Hilfe verlassen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Close this &amp;window</source>
        <translation>&amp;Fenster schließen</translation>
    </message>
    <message>
        <source>Start/pause (Ctrl+P)</source>
        <translation>Start/Pause (Strg+P)</translation>
    </message>
    <message>
        <source>Extend (Ctrl+E)</source>
        <translation>Verlängern (Strg+E)</translation>
    </message>
    <message>
        <source>Thumbs (Ctrl+T)</source>
        <translation>Daumen (Strg+T)</translation>
    </message>
    <message>
        <source>Finish (Ctrl+F)</source>
        <translation>Fertig (Strg+F)</translation>
    </message>
    <message>
        <source>To discuss (%1)</source>
        <translation>Zu besprechen (%1)</translation>
    </message>
    <message>
        <source>Discussed (%1)</source>
        <translation>Besprochen (%1)</translation>
    </message>
    <message>
        <source>No topics yet. Ctrl+B takes topics from the backlog, Ctrl+N adds a new one.</source>
        <translation>Noch keine Themen. Strg+B holt Themen aus dem Themenspeicher, Strg+N nimmt ein neues auf.</translation>
    </message>
    <message>
        <source>Finished topics move here (Ctrl+F).</source>
        <translation>Fertige Themen kommen hierher (Strg+F).</translation>
    </message>
    <message>
        <source>Lean Coffee · %1 · %2</source>
        <translation>Lean Coffee · %1 · %2</translation>
    </message>
    <message>
        <source>Lean Coffee – %1</source>
        <translation>Lean Coffee – %1</translation>
    </message>
    <message>
        <source>This Lean Coffee is closed: %1 discussed, %2 back in the backlog. It is kept as it was; Ctrl+Z right after closing reopens it.</source>
        <translation>Dieses Lean Coffee ist abgeschlossen: %1 besprochen, %2 zurück im Themenspeicher. Es bleibt so erhalten; Strg+Z direkt nach dem Abschließen öffnet es wieder.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Votes: %n per person (a third of the topics)</source>
        <translation>
            <numerusform>Punkte: %n pro Person (ein Drittel der Themen)</numerusform>
            <numerusform>Punkte: %n pro Person (ein Drittel der Themen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Votes: %n per person</source>
        <translation>
            <numerusform>Punkte: %n pro Person</numerusform>
            <numerusform>Punkte: %n pro Person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n anwesend</numerusform>
            <numerusform>%n anwesend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 votes given</source>
        <translation>%1 von %2 Punkten vergeben</translation>
    </message>
    <message>
        <source>⚠ record who is here: Ctrl+H</source>
        <translation>⚠ Anwesende erfassen: Strg+H</translation>
    </message>
    <message>
        <source>Timebox %1 + %2 min</source>
        <translation>Timebox %1 + %2 Min.</translation>
    </message>
    <message>
        <source>Nothing in Discussing yet.</source>
        <translation>Noch nichts in Besprechung.</translation>
    </message>
    <message>
        <source>Select a topic in To discuss and press Ctrl+D or Enter; its timer starts at once.</source>
        <translation>Wählen Sie ein Thema unter „Zu besprechen“ und drücken Sie Strg+D oder Enter; der Timer startet sofort.</translation>
    </message>
    <message>
        <source>&amp;Add a vote</source>
        <translation>Punkt &amp;vergeben</translation>
    </message>
    <message>
        <source>&amp;Remove a vote</source>
        <translation>Punkt &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>All together – %1 left</source>
        <translation>Alle zusammen – %1 übrig</translation>
    </message>
    <message>
        <source>The moderator counts the dots and records them as totals</source>
        <translation>Die Moderation zählt die Punkte und erfasst sie als Summe</translation>
    </message>
    <message>
        <source>%1 – %2 left</source>
        <translation>%1 – %2 übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) left</source>
        <translation>
            <numerusform>%n Punkt übrig</numerusform>
            <numerusform>%n Punkte übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation>vorgeschlagen von %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n Verlängerung</numerusform>
            <numerusform>%n Verlängerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (here)</source>
        <translation>%1 (da)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation>Die Zeit ist um.</translation>
    </message>
    <message>
        <source>Timer stopped – Ctrl+P starts it.</source>
        <translation>Timer angehalten – Strg+P startet ihn.</translation>
    </message>
    <message>
        <source>Timebox %1 min</source>
        <translation>Timebox %1 Min.</translation>
    </message>
    <message>
        <source>Paused – Ctrl+P continues</source>
        <translation>Pause – Strg+P setzt fort</translation>
    </message>
    <message>
        <source>Time is up! Thumbs vote: Ctrl+T – extend or move on</source>
        <translation>Die Zeit ist um! Daumen-Abstimmung: Strg+T – verlängern oder weiter</translation>
    </message>
    <message>
        <source>Lean Coffee</source>
        <translation>Lean Coffee</translation>
    </message>
    <message>
        <source>New topic %1</source>
        <translation>Neues Thema %1</translation>
    </message>
    <message>
        <source>Topics from the backlog</source>
        <translation>Themen aus dem Themenspeicher</translation>
    </message>
    <message>
        <source>Which topics go on the board? Select several with Shift+arrows or Ctrl+A; Enter adds them.</source>
        <translation>Welche Themen kommen aufs Board? Mehrere wählen Sie mit Umschalt+Pfeiltasten oder Strg+A; Enter fügt sie hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n topic(s) to the board</source>
        <translation>
            <numerusform>%n Thema aufs Board nehmen</numerusform>
            <numerusform>%n Themen aufs Board nehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the board</source>
        <translation>%1 vom Board entfernen</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Wer ist da</translation>
    </message>
    <message>
        <source>Lean Coffee settings</source>
        <translation>Lean-Coffee-Einstellungen</translation>
    </message>
    <message>
        <source>Close the Lean Coffee</source>
        <translation>Lean Coffee abschließen</translation>
    </message>
    <message>
        <source>Lean Coffee closed: %1 discussed, %2 back in the backlog. Undo with Ctrl+Z.</source>
        <translation>Lean Coffee abgeschlossen: %1 besprochen, %2 zurück im Themenspeicher. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <translation>Punkt für %1</translation>
    </message>
    <message>
        <source>Remove a vote from %1</source>
        <translation>Punkt für %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Discuss %1</source>
        <translation>%1 besprechen</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Extend by %1 min</source>
        <translation>Um %1 Min. verlängern</translation>
    </message>
    <message>
        <source>Thumbs vote: extend %1</source>
        <translation>Daumen-Abstimmung: %1 verlängern</translation>
    </message>
    <message>
        <source>Thumbs vote: finish %1</source>
        <translation>Daumen-Abstimmung: %1 beenden</translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>%1 beenden</translation>
    </message>
    <message>
        <source>Notes, takeaways, decisions and action items belong to the topic in Discussing (or the one selected in Discussed). They go straight into the minutes.</source>
        <translation>Notizen, Erkenntnisse, Beschlüsse und Aufgaben gehören zum Thema in Besprechung (oder zum ausgewählten unter „Besprochen“). Sie gehen direkt ins Protokoll.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Esc, F1 or ? closes this overview. Ties in the votes: the older topic first, then topics whose proposer is here.</source>
        <translation>Esc, F1 oder ? schließt diese Übersicht. Bei gleicher Punktzahl kommt das ältere Thema zuerst, dann Themen, deren vorschlagende Person da ist.</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Choose a topic in a column</source>
        <translation>Thema in einer Spalte wählen</translation>
    </message>
    <message>
        <source>← / →</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>Go to the next column</source>
        <translation>Zur nächsten Spalte</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Discuss the selected topic (in To discuss)</source>
        <translation>Ausgewähltes Thema besprechen (unter „Zu besprechen“)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Next field or button</source>
        <translation>Nächstes Feld oder nächste Schaltfläche</translation>
    </message>
    <message>
        <source>Alt+O</source>
        <translation>Alt+V</translation>
    </message>
    <message>
        <source>Choose whose votes you record</source>
        <translation>Wählen, wessen Punkte Sie erfassen</translation>
    </message>
</context>
<context>
    <name>DiscussingPanel</name>
    <message>
        <source>Discussing</source>
        <translation>In Besprechung</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>MeetingPickDialog</name>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message numerus="yes">
        <source>board closed, %n topic(s)</source>
        <translation>
            <numerusform>Board abgeschlossen, %n Thema</numerusform>
            <numerusform>Board abgeschlossen, %n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>board with %n topic(s)</source>
        <translation>
            <numerusform>Board mit %n Thema</numerusform>
            <numerusform>Board mit %n Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>next meeting</source>
        <translation>nächstes Treffen</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Backlog</source>
        <translation>Themenspeicher</translation>
    </message>
</context>
<context>
    <name>NewTopicDialog</name>
    <message>
        <source>New topic on the board</source>
        <translation>Neues Thema auf dem Board</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>Worüber möchten Sie sprechen?</translation>
    </message>
    <message>
        <source>&amp;Proposed by</source>
        <translation>&amp;Vorgeschlagen von</translation>
    </message>
    <message>
        <source>(no one in particular)</source>
        <translation>(niemand Bestimmtes)</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>The topic goes into the backlog too; if it is not reached today, it is there for the next meeting.</source>
        <translation>Das Thema kommt auch in den Themenspeicher; kommt es heute nicht dran, ist es beim nächsten Treffen noch da.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Kind of note</source>
        <translation>Art der Notiz</translation>
    </message>
    <message>
        <source>Ctrl+1 note, Ctrl+2 takeaway, Ctrl+3 decision, Ctrl+4 action item</source>
        <translation>Strg+1 Notiz, Strg+2 Erkenntnis, Strg+3 Beschluss, Strg+4 Aufgabe</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Notes on this topic</source>
        <translation>Notizen zu diesem Thema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>What was said? Type and press Enter</source>
        <translation>Was wurde gesagt? Tippen und Enter drücken</translation>
    </message>
    <message>
        <source>What do we take away? Type and press Enter</source>
        <translation>Was nehmen wir mit? Tippen und Enter drücken</translation>
    </message>
    <message>
        <source>What was decided? Type and press Enter</source>
        <translation>Was wurde beschlossen? Tippen und Enter drücken</translation>
    </message>
    <message>
        <source>What is to be done? Choose who and by when, press Enter</source>
        <translation>Was ist zu tun? Wer und bis wann wählen, Enter drücken</translation>
    </message>
    <message>
        <source>owner open</source>
        <translation>wer: noch offen</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notizen zu „%1“</translation>
    </message>
    <message>
        <source>(decide later)</source>
        <translation>(später festlegen)</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ctrl+1 note, Ctrl+2 takeaway, Ctrl+3 decision, Ctrl+4 action item.</source>
        <translation>Noch nichts notiert. Strg+1 Notiz, Strg+2 Erkenntnis, Strg+3 Beschluss, Strg+4 Aufgabe.</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Who is here?</source>
        <translation>Wer ist da?</translation>
    </message>
    <message>
        <source>Tick everyone taking part. Each participant present gets the vote budget; the minutes list them as present.</source>
        <translation>Haken Sie alle Teilnehmenden an. Alle Anwesenden erhalten das Punkte-Budget; das Protokoll führt sie als anwesend.</translation>
    </message>
    <message>
        <source>Type to find a name or organisation</source>
        <translation>Name oder Organisation eintippen</translation>
    </message>
    <message>
        <source>Find participants</source>
        <translation>Teilnehmende finden</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;All shown</source>
        <translation>&amp;Alle angezeigten</translation>
    </message>
    <message>
        <source>&amp;None shown</source>
        <translation>&amp;Keine der angezeigten</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present</source>
        <translation>
            <numerusform>%n Person anwesend</numerusform>
            <numerusform>%n Personen anwesend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThumbsDialog</name>
    <message>
        <source>Thumbs vote</source>
        <translation>Daumen-Abstimmung</translation>
    </message>
    <message>
        <source>Go on with “%1” for another %2 minutes?</source>
        <translation>Noch %2 Minuten mit „%1“ weitermachen?</translation>
    </message>
    <message>
        <source>Thumbs &amp;up (go on)</source>
        <translation>Daumen &amp;hoch (weitermachen)</translation>
    </message>
    <message>
        <source>&amp;Sideways (either way)</source>
        <translation>Daumen &amp;seitlich (egal)</translation>
    </message>
    <message>
        <source>Thumbs &amp;down (move on)</source>
        <translation>Daumen &amp;runter (nächstes Thema)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) present.</source>
        <translation>
            <numerusform>%n Person anwesend.</numerusform>
            <numerusform>%n Personen anwesend.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extend by %1 min</source>
        <translation>Um %1 Min. &amp;verlängern</translation>
    </message>
    <message>
        <source>&amp;Move on</source>
        <translation>&amp;Weiter zum nächsten Thema</translation>
    </message>
    <message>
        <source>Count the thumbs; Enter takes the suggestion.</source>
        <translation>Zählen Sie die Daumen; Enter übernimmt den Vorschlag.</translation>
    </message>
    <message>
        <source>More thumbs up than down: extend by %1 minutes.</source>
        <translation>Mehr Daumen hoch als runter: um %1 Minuten verlängern.</translation>
    </message>
    <message>
        <source>Not more thumbs up than down: move on to the next topic.</source>
        <translation>Nicht mehr Daumen hoch als runter: weiter zum nächsten Thema.</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Edit topic</source>
        <translation>Thema bearbeiten</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>e.g. Onboarding with an app – who has tried it?</source>
        <translation>z. B. Onboarding per App – wer hat es schon ausprobiert?</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>What is the question, what would help the proposer?</source>
        <translation>Worum geht es, was würde der vorschlagenden Person helfen?</translation>
    </message>
    <message>
        <source>&amp;Proposed by</source>
        <translation>&amp;Vorgeschlagen von</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(niemand Bestimmtes)</translation>
    </message>
    <message>
        <source>Proposed &amp;on</source>
        <translation>Vorgeschlagen &amp;am</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. Digitalisierung, Führung</source>
        <translation>Durch Kommas getrennt, z. B. Digitalisierung, Führung</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Enter a title for the topic.</source>
        <translation>Geben Sie einen Titel für das Thema ein.</translation>
    </message>
</context>
<context>
    <name>TopicPickDialog</name>
    <message>
        <source>Type to filter: title, tag, proposer …</source>
        <translation>Zum Filtern tippen: Titel, Schlagwort, vorgeschlagen von …</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Themen filtern</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Votes (total)</source>
        <translation>Punkte (gesamt)</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen am</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) selected</source>
        <translation>
            <numerusform>%n Thema ausgewählt</numerusform>
            <numerusform>%n Themen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift+arrows or Ctrl+A select more; Enter adds them.</source>
        <translation>Umschalt+Pfeiltasten oder Strg+A wählen mehr aus; Enter fügt sie hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) shown</source>
        <translation>
            <numerusform>%n Thema angezeigt</numerusform>
            <numerusform>%n Themen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicStatus</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>eingeplant</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>“{title}” cannot be deleted: it has votes, was on a Lean Coffee board, is on an agenda or is mentioned in the minutes. Park it instead (it stays in the history but leaves the open backlog).</source>
        <translation>„{title}“ kann nicht gelöscht werden: Es hat Punkte, war auf einem Lean-Coffee-Board, steht auf einer Tagesordnung oder kommt im Protokoll vor. Parken Sie es stattdessen (es bleibt im Verlauf, verlässt aber den offenen Themenspeicher).</translation>
    </message>
    <message>
        <source>Enter a title for the topic.</source>
        <translation>Geben Sie einen Titel für das Thema ein.</translation>
    </message>
    <message>
        <source>Unknown status “{value}”.</source>
        <translation>Unbekannter Status „{value}“.</translation>
    </message>
    <message>
        <source>Merged topics change through “Merge into…” only.</source>
        <translation>Zusammengeführte Themen ändern sich nur über „Zusammenführen mit…“.</translation>
    </message>
    <message>
        <source>“{title}” was merged into another topic; change that topic instead.</source>
        <translation>„{title}“ wurde mit einem anderen Thema zusammengeführt; ändern Sie bitte jenes Thema.</translation>
    </message>
    <message>
        <source>A topic cannot be merged into itself. Choose the topic that remains.</source>
        <translation>Ein Thema kann nicht mit sich selbst zusammengeführt werden. Wählen Sie das Thema, das bleiben soll.</translation>
    </message>
    <message>
        <source>Topics of different groups cannot be merged.</source>
        <translation>Themen verschiedener Gruppen können nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>“{title}” has already been merged into another topic.</source>
        <translation>„{title}“ wurde bereits mit einem anderen Thema zusammengeführt.</translation>
    </message>
    <message>
        <source>“{title}” was itself merged into another topic; merge into that one.</source>
        <translation>„{title}“ wurde selbst mit einem anderen Thema zusammengeführt; führen Sie mit jenem zusammen.</translation>
    </message>
    <message>
        <source>“{title}” was merged into another topic; plan that topic instead.</source>
        <translation>„{title}“ wurde mit einem anderen Thema zusammengeführt; planen Sie bitte jenes ein.</translation>
    </message>
    <message>
        <source>Choose a meeting of the topic&apos;s own group.</source>
        <translation>Wählen Sie ein Treffen der Gruppe, zu der das Thema gehört.</translation>
    </message>
    <message>
        <source>“{meeting}” has already taken place or was cancelled. Choose a meeting that is still to come.</source>
        <translation>„{meeting}“ hat schon stattgefunden oder wurde abgesagt. Wählen Sie ein kommendes Treffen.</translation>
    </message>
    <message>
        <source>“{title}” is already on the agenda of “{meeting}”.</source>
        <translation>„{title}“ steht schon auf der Tagesordnung von „{meeting}“.</translation>
    </message>
    <message>
        <source>The Lean Coffee board of “{meeting}” is closed. Undo the closing (Ctrl+Z) to change it; notes can still be edited in the minutes.</source>
        <translation>Das Lean-Coffee-Board von „{meeting}“ ist abgeschlossen. Machen Sie das Abschließen rückgängig (Strg+Z), um es zu ändern; Notizen lassen sich weiter im Protokoll bearbeiten.</translation>
    </message>
    <message>
        <source>No topic is in Discussing. Select a topic in To discuss and press Ctrl+D to discuss it; its timer starts then.</source>
        <translation>Es ist kein Thema in Besprechung. Wählen Sie ein Thema unter „Zu besprechen“ und drücken Sie Strg+D; dann startet sein Timer.</translation>
    </message>
    <message>
        <source>This topic is not on the board of this meeting.</source>
        <translation>Dieses Thema ist nicht auf dem Board dieses Treffens.</translation>
    </message>
    <message>
        <source>“{title}” belongs to another group&apos;s backlog.</source>
        <translation>„{title}“ gehört zum Themenspeicher einer anderen Gruppe.</translation>
    </message>
    <message>
        <source>“{title}” was merged into another topic; put that one on the board.</source>
        <translation>„{title}“ wurde mit einem anderen Thema zusammengeführt; nehmen Sie jenes aufs Board.</translation>
    </message>
    <message>
        <source>“{title}” has been discussed already. To discuss it again, set it back to open in the backlog first.</source>
        <translation>„{title}“ wurde bereits besprochen. Um es erneut zu besprechen, setzen Sie es zuerst im Themenspeicher wieder auf „offen“.</translation>
    </message>
    <message>
        <source>“{title}” has been discussed already and stays on the board.</source>
        <translation>„{title}“ wurde bereits besprochen und bleibt auf dem Board.</translation>
    </message>
    <message>
        <source>The vote budget must be between 1 and 12 votes per person (or “a third of the topics”).</source>
        <translation>Das Punkte-Budget muss zwischen 1 und 12 Punkten pro Person liegen (oder „ein Drittel der Themen“ sein).</translation>
    </message>
    <message>
        <source>The timebox must be between 1 and 60 minutes.</source>
        <translation>Die Timebox muss zwischen 1 und 60 Minuten lang sein.</translation>
    </message>
    <message>
        <source>An extension must be between 1 and 30 minutes.</source>
        <translation>Eine Verlängerung muss zwischen 1 und 30 Minuten lang sein.</translation>
    </message>
    <message>
        <source>“{title}” has already been discussed. Votes go to topics still to discuss.</source>
        <translation>„{title}“ wurde bereits besprochen. Punkte gehen an Themen, die noch zu besprechen sind.</translation>
    </message>
    <message>
        <source>“{title}” is being discussed right now. Votes go to topics still to discuss.</source>
        <translation>„{title}“ wird gerade besprochen. Punkte gehen an Themen, die noch zu besprechen sind.</translation>
    </message>
    <message>
        <source>{name} is not marked as present. Record who is here first (Ctrl+H).</source>
        <translation>{name} ist nicht als anwesend erfasst. Erfassen Sie zuerst, wer da ist (Strg+H).</translation>
    </message>
    <message>
        <source>{name} has used all {budget} votes. Remove one of their votes first (−).</source>
        <translation>{name} hat alle {budget} Punkte vergeben. Nehmen Sie zuerst einen ihrer Punkte zurück (−).</translation>
    </message>
    <message>
        <source>Record who is here first (Ctrl+H): the vote budget is per participant present.</source>
        <translation>Erfassen Sie zuerst, wer da ist (Strg+H): Das Punkte-Budget gilt pro anwesender Person.</translation>
    </message>
    <message>
        <source>All {capacity} votes are used ({budget} per person × {present} present). Remove a vote first, or record more participants as present.</source>
        <translation>Alle {capacity} Punkte sind vergeben ({budget} pro Person × {present} anwesend). Nehmen Sie zuerst einen Punkt zurück oder erfassen Sie weitere Anwesende.</translation>
    </message>
    <message>
        <source>“{title}” has no counted votes to remove.</source>
        <translation>„{title}“ hat keine gezählten Punkte, die sich zurücknehmen ließen.</translation>
    </message>
    <message>
        <source>{name} has no vote on “{title}” to remove.</source>
        <translation>{name} hat keinen Punkt auf „{title}“, der sich zurücknehmen ließe.</translation>
    </message>
    <message>
        <source>“{title}” has already been discussed.</source>
        <translation>„{title}“ wurde bereits besprochen.</translation>
    </message>
    <message>
        <source>Counts must be between 0 and 999.</source>
        <translation>Die Anzahl muss zwischen 0 und 999 liegen.</translation>
    </message>
    <message>
        <source>Count at least one thumb.</source>
        <translation>Zählen Sie mindestens einen Daumen.</translation>
    </message>
    <message>
        <source>Type the text first, then add it.</source>
        <translation>Tippen Sie zuerst den Text, dann fügen Sie ihn hinzu.</translation>
    </message>
    <message>
        <source>The due date lies before the meeting.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Treffen.</translation>
    </message>
    <message>
        <source>There is no coming meeting to plan the topic into. Plan a meeting on the Meetings page first.</source>
        <translation>Es gibt kein kommendes Treffen, in das sich das Thema einplanen ließe. Planen Sie zuerst auf der Seite „Treffen“ ein Treffen.</translation>
    </message>
    <message>
        <source>This group has no meetings yet. Plan a meeting on the Meetings page first; its Lean Coffee board opens from there or from here.</source>
        <translation>Diese Gruppe hat noch keine Treffen. Planen Sie zuerst auf der Seite „Treffen“ ein Treffen; sein Lean-Coffee-Board öffnet sich von dort oder von hier.</translation>
    </message>
    <message>
        <source>There is nothing left to discuss. Add topics with Ctrl+B or Ctrl+N.</source>
        <translation>Es gibt nichts mehr zu besprechen. Nehmen Sie Themen mit Strg+B oder Strg+N auf.</translation>
    </message>
</context>
</TS>
