<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
</context>
<context>
    <name>RotationChart</name>
    <message>
        <source>Turns per member</source>
        <translation>Einsätze pro Mitglied</translation>
    </message>
    <message>
        <source>Turns per organisation</source>
        <translation>Einsätze pro Organisation</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Chart of turns</source>
        <translation>Diagramm der Einsätze</translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Roles taken by its members</source>
        <translation>Rollen ihrer Mitglieder</translation>
    </message>
    <message>
        <source>Turns held</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>The chart shows the %1 members with the most and the %1 with the fewest turns, of %2.</source>
        <translation>Das Diagramm zeigt die %1 Mitglieder mit den meisten und die %1 mit den wenigsten Einsätzen, von %2.</translation>
    </message>
    <message>
        <source>The chart shows the %1 organisations with the most and the %1 with the fewest turns, of %2.</source>
        <translation>Das Diagramm zeigt die %1 Organisationen mit den meisten und die %1 mit den wenigsten Einsätzen, von %2.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show yet: no turns and no current members.</source>
        <translation>Noch nichts anzuzeigen: keine Einsätze und keine aktuellen Mitglieder.</translation>
    </message>
    <message>
        <source>Balanced: everyone has held the same number of turns (%1).</source>
        <translation>Ausgeglichen: Alle waren gleich oft dran (%1).</translation>
    </message>
    <message>
        <source>Balanced: every organisation has hosted equally often (%1×).</source>
        <translation>Ausgeglichen: Jede Organisation war gleich oft Gastgeber (%1×).</translation>
    </message>
    <message>
        <source>Fewest turns: %1 (%2). Most: %3 (%4).</source>
        <translation>Am seltensten dran: %1 (%2). Am häufigsten: %3 (%4).</translation>
    </message>
    <message>
        <source>Hosted least: %1 (%2). Most: %3 (%4).</source>
        <translation>Am seltensten Gastgeber: %1 (%2). Am häufigsten: %3 (%4).</translation>
    </message>
</context>
<context>
    <name>RotationOverrideDialog</name>
    <message>
        <source>Swap the turn</source>
        <translation>Einsatz tauschen</translation>
    </message>
    <message>
        <source>Skip somebody this time</source>
        <translation>Jemanden diesmal aussetzen lassen</translation>
    </message>
    <message>
        <source>Somebody volunteers</source>
        <translation>Jemand übernimmt freiwillig</translation>
    </message>
    <message>
        <source>Hand the turn back</source>
        <translation>Einsatz zurückgeben</translation>
    </message>
    <message>
        <source>Who takes over from %1? %1 keeps their place and comes next.</source>
        <translation>Wer übernimmt für %1? %1 behält den Platz in der Reihenfolge und ist als Nächstes dran.</translation>
    </message>
    <message>
        <source>Who is passed over at this meeting? They keep their place and come next.</source>
        <translation>Wer setzt bei diesem Treffen aus? Die Person behält ihren Platz und ist als Nächstes dran.</translation>
    </message>
    <message>
        <source>Who takes this turn? The others keep their places.</source>
        <translation>Wer übernimmt diesen Einsatz? Alle anderen behalten ihren Platz.</translation>
    </message>
    <message>
        <source>%1 gives this turn back; the rotation proposes the next one and %1 keeps their place.</source>
        <translation>%1 gibt den Einsatz zurück; die Rotation schlägt die nächste Person vor, und %1 behält den Platz.</translation>
    </message>
    <message>
        <source>%1 at “%2”</source>
        <translation>%1 bei „%2“</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>%1× so far</source>
        <translation>bisher %1×</translation>
    </message>
    <message>
        <source>has this turn now</source>
        <translation>ist jetzt dran</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>nicht möglich: %1</translation>
    </message>
    <message>
        <source>&amp;Takes over</source>
        <translation>&amp;Übernimmt</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Setzt aus</translation>
    </message>
    <message>
        <source>&amp;Volunteer</source>
        <translation>&amp;Freiwillig</translation>
    </message>
    <message>
        <source>e.g. on leave until March; swapped by agreement</source>
        <translation>z. B. Urlaub bis März; Tausch nach Absprache</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
</context>
<context>
    <name>RotationPage</name>
    <message>
        <source>Number of meetings</source>
        <translation>Anzahl der Treffen</translation>
    </message>
    <message>
        <source>&amp;Meetings shown:</source>
        <translation>&amp;Treffen anzeigen:</translation>
    </message>
    <message>
        <source>Meeting / role</source>
        <translation>Treffen / Rolle</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ve&amp;rlauf</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Write the proposal to the meeting and the rotation history (Ctrl+Enter)</source>
        <translation>Den Vorschlag in das Treffen und den Rotationsverlauf übernehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>S&amp;wap…</source>
        <translation>&amp;Tauschen…</translation>
    </message>
    <message>
        <source>Somebody else takes this turn; the one due comes next (Ctrl+T)</source>
        <translation>Jemand anderes übernimmt diesen Einsatz; wer dran war, kommt als Nächstes (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Skip…</source>
        <translation>Aus&amp;setzen…</translation>
    </message>
    <message>
        <source>Pass somebody over at this meeting (Ctrl+K)</source>
        <translation>Jemanden bei diesem Treffen aussetzen lassen (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Volunteer…</source>
        <translation>&amp;Freiwillig übernehmen…</translation>
    </message>
    <message>
        <source>Somebody takes this turn of their own accord (Ctrl+Shift+V)</source>
        <translation>Jemand übernimmt diesen Einsatz von sich aus (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>&amp;Hand back…</source>
        <translation>&amp;Zurückgeben…</translation>
    </message>
    <message>
        <source>The holder gives the turn back; the rotation proposes the next one (Ctrl+B)</source>
        <translation>Wer dran ist, gibt den Einsatz zurück; die Rotation schlägt die nächste Person vor (Strg+B)</translation>
    </message>
    <message>
        <source>Rotation se&amp;ttings…</source>
        <translation>Rotations&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Which roles rotate and who takes part (Ctrl+Shift+T)</source>
        <translation>Welche Rollen rotieren und wer teilnimmt (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Who is next – %1</source>
        <translation>Wer ist als Nächstes dran? – %1</translation>
    </message>
    <message>
        <source>not planned yet</source>
        <translation>noch nicht geplant</translation>
    </message>
    <message>
        <source>all roles confirmed</source>
        <translation>alle Rollen bestätigt</translation>
    </message>
    <message>
        <source>%1 of %2 roles confirmed</source>
        <translation>%1 von %2 Rollen bestätigt</translation>
    </message>
    <message>
        <source>Date estimated from the cadence; not planned yet</source>
        <translation>Termin aus dem Rhythmus geschätzt; noch nicht geplant</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>(geplant)</translation>
    </message>
    <message>
        <source>instead of %1: %2</source>
        <translation>statt %1: %2</translation>
    </message>
    <message>
        <source>instead of %1</source>
        <translation>statt %1</translation>
    </message>
    <message>
        <source>This date is estimated from the cadence. Plan the meeting on the Meetings page first; then its turns can be confirmed or changed here.</source>
        <translation>Dieser Termin ist aus dem Rhythmus geschätzt. Planen Sie das Treffen zuerst auf der Seite „Treffen“; dann können Sie seine Einsätze hier bestätigen oder ändern.</translation>
    </message>
    <message>
        <source>Select a role to swap, skip, volunteer or hand back a turn.</source>
        <translation>Wählen Sie eine Rolle, um einen Einsatz zu tauschen, aussetzen zu lassen, freiwillig zu übernehmen oder zurückzugeben.</translation>
    </message>
    <message>
        <source>Confirm rotation for %1</source>
        <translation>Rotation für %1 bestätigen</translation>
    </message>
    <message>
        <source>Confirm %1 for %2</source>
        <translation>%1 für %2 bestätigen</translation>
    </message>
    <message>
        <source>Confirmed for %1. Undo with Ctrl+Z.</source>
        <translation>Für %1 bestätigt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Swap: %1 takes the turn</source>
        <translation>Tausch: %1 übernimmt</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>%1 setzt aus</translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation>%1 übernimmt freiwillig</translation>
    </message>
    <message>
        <source>%1 hands back</source>
        <translation>%1 gibt zurück</translation>
    </message>
    <message>
        <source>Recorded in the rotation history. Undo with Ctrl+Z.</source>
        <translation>Im Rotationsverlauf vermerkt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Change rotation settings</source>
        <translation>Rotationseinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>RotationRulesDialog</name>
    <message>
        <source>Rotation settings – %1</source>
        <translation>Rotationseinstellungen – %1</translation>
    </message>
    <message>
        <source>Which roles rotate in this group, and who takes part. Members who joined after the group&apos;s first meeting take turns once they have attended the number of meetings set here.</source>
        <translation>Welche Rollen in dieser Gruppe rotieren und wer teilnimmt. Mitglieder, die nach dem ersten Treffen der Gruppe dazugekommen sind, sind an der Reihe, sobald sie so viele Treffen besucht haben wie hier eingestellt.</translation>
    </message>
    <message>
        <source>This role &amp;rotates in this group</source>
        <translation>Diese Rolle &amp;rotiert in dieser Gruppe</translation>
    </message>
    <message>
        <source>Meetings to attend first</source>
        <translation>Zuerst zu besuchende Treffen</translation>
    </message>
    <message>
        <source>&amp;Meetings a newcomer attends first</source>
        <translation>&amp;Treffen, die Neue zuerst besuchen</translation>
    </message>
    <message>
        <source>Never propose these &amp;organisations:</source>
        <translation>Diese Organisationen &amp;nie vorschlagen:</translation>
    </message>
    <message>
        <source>Never propose these &amp;people:</source>
        <translation>Diese Personen &amp;nie vorschlagen:</translation>
    </message>
</context>
<context>
    <name>RotationSuggester</name>
    <message>
        <source>S&amp;uggest from rotation</source>
        <translation>&amp;Aus der Rotation vorschlagen</translation>
    </message>
    <message>
        <source>Fill in host and roles as the rotation proposes them for this date, with the reasons</source>
        <translation>Gastgeber und Rollen so eintragen, wie die Rotation sie für diesen Termin vorschlägt – mit Begründung</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>“{title}” is over or cancelled: its roles belong to the history, which is never rewritten.</source>
        <translation>„{title}“ ist vorbei oder abgesagt: Seine Rollen gehören zum Verlauf, und der wird nie umgeschrieben.</translation>
    </message>
    <message>
        <source>The role “{role}” does not rotate in this group. Switch it on in the rotation settings first.</source>
        <translation>Die Rolle „{role}“ rotiert in dieser Gruppe nicht. Schalten Sie sie zuerst in den Rotationseinstellungen ein.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the rotation history.</source>
        <translation>Geben Sie einen Grund an: Er bleibt im Rotationsverlauf erhalten.</translation>
    </message>
    <message>
        <source>The forecast for “{title}” has changed in the meantime. Check it again, then confirm; nothing was written.</source>
        <translation>Die Vorschau für „{title}“ hat sich inzwischen geändert. Prüfen Sie sie erneut und bestätigen Sie dann; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nobody can be proposed for the role “{role}” at “{title}”: {why} Nothing was confirmed; switch the role off or change the date or the settings.</source>
        <translation>Für die Rolle „{role}“ bei „{title}“ kann niemand vorgeschlagen werden: {why} Es wurde nichts bestätigt; schalten Sie die Rolle ab oder ändern Sie den Termin oder die Einstellungen.</translation>
    </message>
    <message>
        <source>Nobody holds the role “{role}” at “{title}” yet, so there is nothing to swap or hand back. Use “Volunteer” instead.</source>
        <translation>Die Rolle „{role}“ bei „{title}“ hat noch niemand; es gibt also nichts zu tauschen oder zurückzugeben. Nutzen Sie stattdessen „Freiwillig übernehmen“.</translation>
    </message>
    <message>
        <source>{name} already has this turn. Choose somebody else.</source>
        <translation>{name} ist bereits dran. Wählen Sie jemand anderen.</translation>
    </message>
    <message>
        <source>{name} is not a current member of this group and cannot take the turn.</source>
        <translation>{name} ist kein aktuelles Mitglied dieser Gruppe und kann den Einsatz nicht übernehmen.</translation>
    </message>
    <message>
        <source>{name} is excluded from this role in the rotation settings.</source>
        <translation>{name} ist in den Rotationseinstellungen von dieser Rolle ausgenommen.</translation>
    </message>
    <message>
        <source>{name} has not attended enough meetings of this group yet for this role ({attended} of {required}).</source>
        <translation>{name} hat für diese Rolle noch nicht genug Treffen dieser Gruppe besucht ({attended} von {required}).</translation>
    </message>
    <message>
        <source>{name} is absent on the date of this meeting.</source>
        <translation>{name} ist am Tag dieses Treffens abwesend.</translation>
    </message>
    <message>
        <source>{name} has declined this meeting.</source>
        <translation>{name} hat für dieses Treffen abgesagt.</translation>
    </message>
    <message>
        <source>{name} already has another role in this meeting.</source>
        <translation>{name} hat in diesem Treffen schon eine andere Rolle.</translation>
    </message>
    <message>
        <source>{name} has no member in this group who could host on that date.</source>
        <translation>{name} hat in dieser Gruppe niemanden, der an dem Tag Gastgeber sein könnte.</translation>
    </message>
    <message>
        <source>Choose who takes the turn.</source>
        <translation>Wählen Sie, wer den Einsatz übernimmt.</translation>
    </message>
    <message>
        <source>Enter a number of meetings from 0 to {max}.</source>
        <translation>Geben Sie eine Anzahl von Treffen zwischen 0 und {max} ein.</translation>
    </message>
</context>
<context>
    <name>rotation</name>
    <message>
        <source>the number must be between 1 and %1</source>
        <translation>die Zahl muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>show who hosts and moderates the next meetings, and why</source>
        <translation>zeigen, wer die nächsten Treffen ausrichtet und moderiert – und warum</translation>
    </message>
    <message>
        <source>Print the rotation forecast of a group: for each of the next meetings who hosts, moderates, co-moderates and writes the protocol, each with a one-line explanation.</source>
        <translation>Die Rotationsvorschau einer Gruppe ausgeben: für jedes der nächsten Treffen, wer Gastgeber ist, moderiert, co-moderiert und Protokoll führt, jeweils mit einer Begründung in einer Zeile.</translation>
    </message>
    <message>
        <source>the group (default: the community itself)</source>
        <translation>die Gruppe (Standard: die Community selbst)</translation>
    </message>
    <message>
        <source>how many meetings (default 4)</source>
        <translation>wie viele Treffen (Standard: 4)</translation>
    </message>
    <message>
        <source>only this role</source>
        <translation>nur diese Rolle</translation>
    </message>
    <message numerus="yes">
        <source>Rotation of %1 – the next %n meeting(s)</source>
        <translation>
            <numerusform>Rotation von %1 – das nächste Treffen</numerusform>
            <numerusform>Rotation von %1 – die nächsten %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>The role “%1” does not rotate in this group.</source>
        <translation>Die Rolle „%1“ rotiert in dieser Gruppe nicht.</translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation>Hinweise:</translation>
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
        <source>Turn</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tausch</translation>
    </message>
    <message>
        <source>Volunteered</source>
        <translation>Freiwillig übernommen</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>does not rotate</source>
        <translation>rotiert nicht</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>von Hand eingetragen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>proposed anew</source>
        <translation>neu vorgeschlagen</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>{name}: hosted {count}×, last on {date}</source>
        <translation>{name}: {count}× Gastgeber, zuletzt am {date}</translation>
    </message>
    <message>
        <source>{name}: moderated {count}×, last on {date}</source>
        <translation>{name}: {count}× moderiert, zuletzt am {date}</translation>
    </message>
    <message>
        <source>{name}: co-moderated {count}×, last on {date}</source>
        <translation>{name}: {count}× co-moderiert, zuletzt am {date}</translation>
    </message>
    <message>
        <source>{name}: wrote the protocol {count}×, last on {date}</source>
        <translation>{name}: {count}× Protokoll geführt, zuletzt am {date}</translation>
    </message>
    <message>
        <source>{name}: has not hosted yet</source>
        <translation>{name}: war noch nie Gastgeber</translation>
    </message>
    <message>
        <source>{name}: has not moderated yet</source>
        <translation>{name}: hat noch nie moderiert</translation>
    </message>
    <message>
        <source>{name}: has not co-moderated yet</source>
        <translation>{name}: hat noch nie co-moderiert</translation>
    </message>
    <message>
        <source>{name}: has not written the protocol yet</source>
        <translation>{name}: hat noch nie Protokoll geführt</translation>
    </message>
    <message>
        <source>{name} hosted the previous meeting</source>
        <translation>{name} war beim letzten Treffen Gastgeber</translation>
    </message>
    <message>
        <source>{name} moderated the previous meeting</source>
        <translation>{name} hat das letzte Treffen moderiert</translation>
    </message>
    <message>
        <source>No other organisation can host: {name} hosts twice in a row.</source>
        <translation>Keine andere Organisation kann Gastgeber sein: {name} ist zweimal hintereinander dran.</translation>
    </message>
    <message>
        <source>Nobody else is available: {name} moderates twice in a row.</source>
        <translation>Niemand sonst ist verfügbar: {name} moderiert zweimal hintereinander.</translation>
    </message>
    <message>
        <source>fewest turns of all available</source>
        <translation>die wenigsten Einsätze aller Verfügbaren</translation>
    </message>
    <message>
        <source>as many turns as {other}, but longer ago</source>
        <translation>gleich oft dran wie {other}, aber länger her</translation>
    </message>
    <message>
        <source>as many turns as {other}, and a member for longer</source>
        <translation>gleich oft dran wie {other}, aber länger dabei</translation>
    </message>
    <message>
        <source>as many turns as {other}; alphabetical order</source>
        <translation>gleich oft dran wie {other}; alphabetische Reihenfolge</translation>
    </message>
    <message>
        <source>the only one available</source>
        <translation>sonst ist niemand verfügbar</translation>
    </message>
    <message>
        <source>by the rotation alone it would be {name}</source>
        <translation>nach der Rotation allein wäre {name} dran</translation>
    </message>
    <message>
        <source>confirmed on {date}</source>
        <translation>bestätigt am {date}</translation>
    </message>
    <message>
        <source>entered in the meeting, not yet confirmed</source>
        <translation>im Treffen eingetragen, noch nicht bestätigt</translation>
    </message>
    <message>
        <source>volunteered: {reason}</source>
        <translation>freiwillig: {reason}</translation>
    </message>
    <message>
        <source>takes over from {other} (swap): {reason}</source>
        <translation>übernimmt von {other} (Tausch): {reason}</translation>
    </message>
    <message>
        <source>{name} is absent ({note})</source>
        <translation>{name} ist abwesend ({note})</translation>
    </message>
    <message>
        <source>{name} is absent</source>
        <translation>{name} ist abwesend</translation>
    </message>
    <message>
        <source>{name} has declined this meeting</source>
        <translation>{name} hat für dieses Treffen abgesagt</translation>
    </message>
    <message>
        <source>{name} is skipped this time: {reason}</source>
        <translation>{name} setzt diesmal aus: {reason}</translation>
    </message>
    <message>
        <source>{name} handed the turn back: {reason}</source>
        <translation>{name} hat den Einsatz zurückgegeben: {reason}</translation>
    </message>
    <message>
        <source>{name} has attended {attended} of the {required} meetings required</source>
        <translation>{name} hat erst {attended} der {required} nötigen Treffen besucht</translation>
    </message>
    <message>
        <source>nobody from {name} is available</source>
        <translation>niemand von {name} ist verfügbar</translation>
    </message>
    <message>
        <source>{name} already has a role in this meeting</source>
        <translation>{name} hat in diesem Treffen schon eine Rolle</translation>
    </message>
    <message>
        <source>{name} is from the same organisation as the other moderator</source>
        <translation>{name} ist aus derselben Organisation wie die Moderation</translation>
    </message>
    <message>
        <source>Nobody from another organisation is available: both moderators are from {org}.</source>
        <translation>Niemand aus einer anderen Organisation ist verfügbar: Moderation und Co-Moderation kommen beide von {org}.</translation>
    </message>
    <message>
        <source>Not enough people available: {name} takes two roles.</source>
        <translation>Zu wenige Personen verfügbar: {name} übernimmt zwei Rollen.</translation>
    </message>
    <message>
        <source>{name} had this turn but is no longer a member; the rotation moves on.</source>
        <translation>{name} war dran, ist aber kein Mitglied mehr; die Rotation geht weiter.</translation>
    </message>
    <message>
        <source>{name} had this turn but is absent on this date; the rotation moves on.</source>
        <translation>{name} war dran, ist an dem Tag aber abwesend; die Rotation geht weiter.</translation>
    </message>
    <message>
        <source>{name} had this turn but has declined; the rotation moves on.</source>
        <translation>{name} war dran, hat aber abgesagt; die Rotation geht weiter.</translation>
    </message>
    <message>
        <source>The person who had this turn was deleted; the rotation moves on.</source>
        <translation>Die Person, die dran war, wurde gelöscht; die Rotation geht weiter.</translation>
    </message>
    <message>
        <source>{name} was to host but has no members in the group any more; the rotation moves on.</source>
        <translation>{name} sollte Gastgeber sein, hat aber keine Mitglieder mehr in der Gruppe; die Rotation geht weiter.</translation>
    </message>
    <message>
        <source>Nobody is eligible for this role. Check the rotation settings.</source>
        <translation>Niemand kommt für diese Rolle infrage. Prüfen Sie die Rotationseinstellungen.</translation>
    </message>
    <message>
        <source>No organisation has members who are eligible to host. Check the rotation settings.</source>
        <translation>Keine Organisation hat Mitglieder, die Gastgeber sein können. Prüfen Sie die Rotationseinstellungen.</translation>
    </message>
    <message>
        <source>Nobody has attended enough meetings yet for this role.</source>
        <translation>Noch niemand hat genug Treffen für diese Rolle besucht.</translation>
    </message>
    <message>
        <source>Everyone eligible is absent, has declined or is skipped on this date.</source>
        <translation>Alle, die infrage kommen, sind an dem Tag abwesend, haben abgesagt oder setzen aus.</translation>
    </message>
    <message>
        <source>{name} has not hosted for over {years} years (last on {date}).</source>
        <translation>{name} war seit über {years} Jahren nicht Gastgeber (zuletzt am {date}).</translation>
    </message>
    <message>
        <source>{name} has never hosted (in the group since {date}).</source>
        <translation>{name} war noch nie Gastgeber (in der Gruppe seit {date}).</translation>
    </message>
    <message>
        <source>Uneven moderation: {most} moderated {max}×, {least} {min}×. The rotation proposes those with the fewest turns first.</source>
        <translation>Ungleich verteilte Moderation: {most} hat {max}× moderiert, {least} {min}×. Die Rotation schlägt zuerst vor, wer am seltensten dran war.</translation>
    </message>
    <message>
        <source>Meetings after {date} are not planned yet: their dates are estimated from the cadence ({cadence}).</source>
        <translation>Treffen nach dem {date} sind noch nicht geplant: Ihre Termine sind aus dem Rhythmus geschätzt ({cadence}).</translation>
    </message>
    <message>
        <source>every {n} months</source>
        <translation>alle {n} Monate</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>alle {n} Wochen</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>next meeting, date estimated</source>
        <translation>nächstes Treffen, Termin geschätzt</translation>
    </message>
</context>
</TS>
