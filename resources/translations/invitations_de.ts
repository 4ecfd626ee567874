<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>InviteDialog</name>
    <message>
        <source>Send cancellation</source>
        <translation>Absage senden</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>&amp;Withdraw their invitation…</source>
        <translation>Einladung für sie &amp;zurücknehmen…</translation>
    </message>
    <message>
        <source>&amp;Whole series (one recurring entry)</source>
        <translation>&amp;Ganze Serie (ein Serientermin)</translation>
    </message>
    <message>
        <source>This session &amp;only (an exception)</source>
        <translation>Nur diese Sit&amp;zung (als Ausnahme)</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Empfangende</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfangende</translation>
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
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;All / none</source>
        <translation>&amp;Alle / keine</translation>
    </message>
    <message>
        <source>Choose everybody, or nobody if everybody is chosen</source>
        <translation>Alle auswählen – oder niemanden, wenn schon alle ausgewählt sind</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Withdrawal &amp;file for the people taken off the list (.ics)</source>
        <translation>Rücknahme-&amp;Datei für die von der Liste Genommenen (.ics)</translation>
    </message>
    <message>
        <source>&amp;E-mail draft with the withdrawal (.eml)</source>
        <translation>&amp;E-Mail-Entwurf mit der Rücknahme (.eml)</translation>
    </message>
    <message>
        <source>Copy the withdrawal &amp;text</source>
        <translation>Rücknahme&amp;text kopieren</translation>
    </message>
    <message>
        <source>Cancellation &amp;file for the recipients (.ics)</source>
        <translation>Absage-&amp;Datei für die Empfangenden (.ics)</translation>
    </message>
    <message>
        <source>&amp;E-mail draft with the cancellation (.eml)</source>
        <translation>E-Mail-Ent&amp;wurf mit der Absage (.eml)</translation>
    </message>
    <message>
        <source>Copy the cancellation &amp;text</source>
        <translation>Absage&amp;text kopieren</translation>
    </message>
    <message>
        <source>&amp;Invitation for the recipients (.ics)</source>
        <translation>E&amp;inladung für die Empfangenden (.ics)</translation>
    </message>
    <message>
        <source>Entry for my own &amp;calendar (.ics)</source>
        <translation>Eintrag für meinen eigenen &amp;Kalender (.ics)</translation>
    </message>
    <message>
        <source>&amp;E-mail draft for Outlook (.eml)</source>
        <translation>E-Mail-Ent&amp;wurf für Outlook (.eml)</translation>
    </message>
    <message>
        <source>Copy the invitation &amp;text</source>
        <translation>Einladungs&amp;text kopieren</translation>
    </message>
    <message>
        <source>What the recipients will see change</source>
        <translation>Was sich für die Empfangenden ändert</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Einladung von</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>name@stadt.de</source>
        <translation>name@stadt.de</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>&amp;Your e-mail</source>
        <translation>Ihre E-&amp;Mail-Adresse</translation>
    </message>
    <message>
        <source>Invitations are sent in your name. This is asked once and kept in the settings.</source>
        <translation>Einladungen werden in Ihrem Namen verschickt. Das wird nur einmal gefragt und in den Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Show a re&amp;minder</source>
        <translation>E&amp;rinnerung anzeigen</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>Minutes before the start</source>
        <translation>Minuten vor Beginn</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>File &amp;path</source>
        <translation>Datei&amp;pfad</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Send the whole series first; then single sessions can be changed.</source>
        <translation>Senden Sie zuerst die ganze Serie; danach lassen sich einzelne Sitzungen ändern.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n person(s) taken off the list still have the meeting in their calendars: %1.</source>
        <translation>
            <numerusform>⚠ %n Person, die von der Liste genommen wurde, hat das Treffen noch im Kalender: %1.</numerusform>
            <numerusform>⚠ %n Personen, die von der Liste genommen wurden, haben das Treffen noch im Kalender: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht verschickt.</translation>
    </message>
    <message>
        <source>Last sent on %1 at %2: %3 (sequence %4).</source>
        <translation>Zuletzt verschickt am %1 um %2 Uhr: %3 (Versionsnummer %4).</translation>
    </message>
    <message>
        <source>⚠ The meeting changed since: an update is due (sequence %1).</source>
        <translation>⚠ Das Treffen wurde seitdem geändert: Eine Aktualisierung steht aus (Versionsnummer %1).</translation>
    </message>
    <message>
        <source>⚠ The meeting is cancelled: the recipients still need the cancellation.</source>
        <translation>⚠ Das Treffen ist abgesagt: Die Empfangenden brauchen noch die Absage.</translation>
    </message>
    <message>
        <source>The cancellation was sent.</source>
        <translation>Die Absage wurde verschickt.</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>own calendar entry</source>
        <translation>Eintrag im eigenen Kalender</translation>
    </message>
    <message>
        <source>e-mail draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>you, the organiser</source>
        <translation>Sie selbst (Einladung von Ihnen)</translation>
    </message>
    <message>
        <source>guest, optional</source>
        <translation>Gast, optional</translation>
    </message>
    <message>
        <source>&amp;Recipients (taken off the list after they got the invitation)</source>
        <translation>&amp;Empfangende (nach der Einladung von der Liste genommen)</translation>
    </message>
    <message>
        <source>&amp;Recipients (everyone who was invited)</source>
        <translation>&amp;Empfangende (alle, die eingeladen wurden)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave out the %n recipient(s) without a usable e-mail address</source>
        <translation>
            <numerusform>Die %n Person ohne gültige E-Mail-Adresse weg&amp;lassen</numerusform>
            <numerusform>Die %n Personen ohne gültige E-Mail-Adresse weg&amp;lassen</numerusform>
        </translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>invalid e-mail address</source>
        <translation>ungültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@stadt.de).</source>
        <translation>Das ist keine gültige E-Mail-Adresse (Beispiel: name@stadt.de).</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%1 von %2 ausgewählt</translation>
    </message>
    <message>
        <source>Their entry is removed; the meeting takes place for the others: %1</source>
        <translation>Ihr Eintrag wird entfernt; für die anderen findet das Treffen statt: %1</translation>
    </message>
    <message>
        <source>The recipients&apos; entry is removed: %1</source>
        <translation>Der Termin verschwindet aus den Kalendern der Empfangenden: %1</translation>
    </message>
    <message>
        <source>E-mail draft (*.eml)</source>
        <translation>E-Mail-Entwurf (*.eml)</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Enter where to save the file.</source>
        <translation>Geben Sie an, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The text is on the clipboard: paste it into an e-mail or a document.</source>
        <translation>Der Text ist in der Zwischenablage: Fügen Sie ihn in eine E-Mail oder ein Dokument ein.</translation>
    </message>
    <message>
        <source>Open it to add the entry to your own calendar.</source>
        <translation>Öffnen Sie die Datei, um den Termin in Ihren eigenen Kalender zu übernehmen.</translation>
    </message>
    <message>
        <source>Open it in Outlook, check it, and send it.</source>
        <translation>Öffnen Sie ihn in Outlook, prüfen Sie ihn und senden Sie ihn ab.</translation>
    </message>
    <message>
        <source>Attach it to an e-mail to the recipients, or open it in Outlook and forward it.</source>
        <translation>Hängen Sie die Datei an eine E-Mail an die Empfangenden an, oder öffnen Sie sie in Outlook und leiten Sie sie weiter.</translation>
    </message>
    <message>
        <source>Saved “%1” (sequence %2). %3</source>
        <translation>„%1“ gespeichert (Versionsnummer %2). %3</translation>
    </message>
    <message>
        <source>Withdraw invitation for %1</source>
        <translation>Einladung zurücknehmen für %1</translation>
    </message>
    <message>
        <source>Send cancellation for %1</source>
        <translation>Absage für %1 senden</translation>
    </message>
    <message>
        <source>Save calendar entry for %1</source>
        <translation>Kalendereintrag für %1 speichern</translation>
    </message>
    <message>
        <source>Send invitation for %1</source>
        <translation>Einladung für %1 senden</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Einladung zurücknehmen</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>Invitation, update or e-mail draft for Outlook (Ctrl+Shift+I)</source>
        <translation>Einladung, Aktualisierung oder E-Mail-Entwurf für Outlook (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Send cancellati&amp;on…</source>
        <translation>Absage sen&amp;den…</translation>
    </message>
    <message>
        <source>Remove the meeting from everyone&apos;s calendar (Outlook cancellation)</source>
        <translation>Das Treffen aus allen Kalendern entfernen (Absage für Outlook)</translation>
    </message>
</context>
<context>
    <name>cli_invite</name>
    <message>
        <source>write an invitation, update or cancellation (.ics / .eml)</source>
        <translation>eine Einladung, Aktualisierung oder Absage schreiben (.ics / .eml)</translation>
    </message>
    <message>
        <source>Write an Outlook invitation for a meeting and record it. A second invitation after a change is an update of the same calendar entry.</source>
        <translation>Schreibt eine Outlook-Einladung für ein Treffen und vermerkt sie. Eine zweite Einladung nach einer Änderung aktualisiert denselben Kalendereintrag.</translation>
    </message>
    <message>
        <source>the meeting&apos;s id</source>
        <translation>die Nummer (ID) des Treffens</translation>
    </message>
    <message>
        <source>request: invitation or update for the recipients; publish: entry for your own calendar; cancel: cancellation; eml: e-mail draft</source>
        <translation>request: Einladung oder Aktualisierung für die Empfangenden; publish: Eintrag für den eigenen Kalender; cancel: Absage; eml: E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>zu schreibende Datei</translation>
    </message>
    <message>
        <source>your e-mail address (default: from the settings)</source>
        <translation>Ihre E-Mail-Adresse (sonst aus den Einstellungen)</translation>
    </message>
    <message>
        <source>your name (default: from the settings)</source>
        <translation>Ihr Name (sonst aus den Einstellungen)</translation>
    </message>
    <message>
        <source>the whole series of this session as one recurring invitation</source>
        <translation>die ganze Serie dieser Sitzung als einen Serientermin</translation>
    </message>
    <message>
        <source>leave out members without a usable e-mail address (they are listed)</source>
        <translation>Mitglieder ohne gültige E-Mail-Adresse weglassen (sie werden aufgelistet)</translation>
    </message>
    <message>
        <source>a cancellation only for the people taken off the list after they got the invitation (as .ics, or with --kind eml as an e-mail draft)</source>
        <translation>eine Absage nur für die Personen, die nach der Einladung von der Liste genommen wurden (als .ics oder mit --kind eml als E-Mail-Entwurf)</translation>
    </message>
    <message>
        <source>add a reminder this many minutes before</source>
        <translation>eine Erinnerung so viele Minuten vorher hinzufügen</translation>
    </message>
    <message>
        <source>Written: %1 (UID %2, sequence %3, %4 recipient(s))</source>
        <translation>Geschrieben: %1 (UID %2, Versionsnummer %3, Empfangende: %4)</translation>
    </message>
    <message>
        <source>Skipped (no usable e-mail address): %1</source>
        <translation>Weggelassen (keine gültige E-Mail-Adresse): %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>--withdraw writes a cancellation: use it with --kind cancel or eml.</source>
        <translation>--withdraw schreibt eine Absage: Verwenden Sie es mit --kind cancel oder eml.</translation>
    </message>
    <message>
        <source>No organiser e-mail address: pass --organiser-email (and --organiser-name), or enter yours once in the settings of CoP Desk (File, Settings).</source>
        <translation>Keine E-Mail-Adresse für die Einladung: Geben Sie --organiser-email (und --organiser-name) an oder tragen Sie Ihre Adresse einmal in den Einstellungen von CoP Desk ein (Datei, Einstellungen).</translation>
    </message>
    <message>
        <source>“{path}” cannot be written: you have no permission to write in this folder, or it is read-only. Choose another folder, for example your documents.</source>
        <translation>„{path}“ kann nicht geschrieben werden: Sie haben keine Schreibrechte in diesem Ordner, oder er ist schreibgeschützt. Wählen Sie einen anderen Ordner, zum Beispiel Ihre Dokumente.</translation>
    </message>
    <message>
        <source>The folder for “{path}” does not exist. Choose an existing folder.</source>
        <translation>Der Ordner für „{path}“ existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>“{path}” is a folder. Enter a file name.</source>
        <translation>„{path}“ ist ein Ordner. Geben Sie einen Dateinamen ein.</translation>
    </message>
    <message>
        <source>Enter your e-mail address as the organiser first: invitations are sent in your name, and Outlook shows Accept / Decline only when the organiser has an address.</source>
        <translation>Geben Sie zuerst Ihre E-Mail-Adresse an: Einladungen werden in Ihrem Namen verschickt, und Outlook zeigt „Zusagen / Ablehnen“ nur an, wenn die einladende Person eine Adresse hat.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address for the organiser (example: name@stadt.de).</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse für die Einladung (Beispiel: name@stadt.de).</translation>
    </message>
    <message>
        <source>These recipients cannot be invited: without an e-mail address: {missing}; with an invalid e-mail address: {invalid}. Correct them on the Members page, or leave them out (they are then listed as skipped).</source>
        <translation>Diese Personen können nicht eingeladen werden – ohne E-Mail-Adresse: {missing}; mit ungültiger E-Mail-Adresse: {invalid}. Korrigieren Sie die Angaben auf der Seite „Mitglieder“ oder lassen Sie die Personen weg (sie werden dann als weggelassen aufgeführt).</translation>
    </message>
    <message>
        <source>These recipients have no e-mail address: {missing}. Add it on the Members page, or leave them out (they are then listed as skipped).</source>
        <translation>Diese Personen haben keine E-Mail-Adresse: {missing}. Ergänzen Sie sie auf der Seite „Mitglieder“ oder lassen Sie die Personen weg (sie werden dann als weggelassen aufgeführt).</translation>
    </message>
    <message>
        <source>These recipients have an invalid e-mail address: {invalid}. Correct it on the Members page, or leave them out (they are then listed as skipped).</source>
        <translation>Diese Personen haben eine ungültige E-Mail-Adresse: {invalid}. Korrigieren Sie sie auf der Seite „Mitglieder“ oder lassen Sie die Personen weg (sie werden dann als weggelassen aufgeführt).</translation>
    </message>
    <message>
        <source>Nobody to invite: choose at least one recipient with an e-mail address (other than yourself as the organiser).</source>
        <translation>Niemand zum Einladen: Wählen Sie mindestens eine Person mit E-Mail-Adresse aus (außer Ihnen selbst als einladender Person).</translation>
    </message>
    <message>
        <source>“{title}” has no valid date and time (it must end after it starts). Set them on the Meetings page first.</source>
        <translation>„{title}“ hat kein gültiges Datum mit Uhrzeit (das Ende muss nach dem Beginn liegen). Legen Sie beides zuerst auf der Seite „Treffen“ fest.</translation>
    </message>
    <message>
        <source>No invitation for “{title}” was ever sent, so there is no cancellation to send. Nobody has it in their calendar; mark it cancelled on the Meetings page.</source>
        <translation>Für „{title}“ wurde nie eine Einladung verschickt, daher gibt es keine Absage zu senden. Niemand hat den Termin im Kalender; markieren Sie das Treffen auf der Seite „Treffen“ als abgesagt.</translation>
    </message>
    <message>
        <source>“{title}” is cancelled. Send the cancellation instead, or set the meeting back to planned on the Meetings page before inviting again.</source>
        <translation>„{title}“ ist abgesagt. Senden Sie stattdessen die Absage, oder setzen Sie das Treffen auf der Seite „Treffen“ wieder auf „geplant“, bevor Sie erneut einladen.</translation>
    </message>
    <message>
        <source>“{title}” has already taken place, so it cannot be cancelled any more.</source>
        <translation>„{title}“ hat bereits stattgefunden und kann nicht mehr abgesagt werden.</translation>
    </message>
    <message>
        <source>The series “{title}” has not been sent yet. Send the whole series first; a single session can then be changed or cancelled on its own.</source>
        <translation>Die Serie „{title}“ wurde noch nicht verschickt. Senden Sie zuerst die ganze Serie; danach lässt sich eine einzelne Sitzung für sich ändern oder absagen.</translation>
    </message>
    <message>
        <source>This meeting does not belong to a series.</source>
        <translation>Dieses Treffen gehört zu keiner Serie.</translation>
    </message>
    <message>
        <source>Nobody has to be told about “{title}”: everyone who got the invitation is still on the list (or was told already). People taken off the list are told after the update for the others was sent.</source>
        <translation>Zu „{title}“ muss niemand benachrichtigt werden: Alle, die die Einladung erhalten haben, stehen noch auf der Liste (oder wurden schon benachrichtigt). Wer von der Liste genommen wurde, wird benachrichtigt, nachdem die Aktualisierung für die anderen verschickt ist.</translation>
    </message>
    <message>
        <source>Unknown kind of invitation: “{kind}”.</source>
        <translation>Unbekannte Art der Einladung: „{kind}“.</translation>
    </message>
</context>
<context>
    <name>invitations</name>
    <message>
        <source>Reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>video conference</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in Präsenz</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>jeden %1</translation>
    </message>
    <message>
        <source>every %1 weeks on %2</source>
        <translation>alle %1 Wochen am %2</translation>
    </message>
    <message>
        <source>%1, %2, %3 sessions from %4</source>
        <translation>%1, %2, %3 Termine ab %4</translation>
    </message>
    <message>
        <source>%1 and online via %2</source>
        <translation>%1 und online über %2</translation>
    </message>
    <message>
        <source>hybrid: on site and online via %1</source>
        <translation>hybrid: vor Ort und online über %1</translation>
    </message>
    <message>
        <source>online via %1</source>
        <translation>online über %1</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Termin verschoben von %1 auf %2</translation>
    </message>
    <message>
        <source>Duration changed from %1 to %2 minutes (now %3)</source>
        <translation>Dauer geändert von %1 auf %2 Minuten (jetzt %3)</translation>
    </message>
    <message>
        <source>Title changed from “%1” to “%2”</source>
        <translation>Titel geändert von „%1“ auf „%2“</translation>
    </message>
    <message>
        <source>Format changed from %1 to %2</source>
        <translation>Format geändert von %1 auf %2</translation>
    </message>
    <message>
        <source>Place changed from “%1” to “%2”</source>
        <translation>Ort geändert von „%1“ auf „%2“</translation>
    </message>
    <message>
        <source>Place added: %1</source>
        <translation>Ort hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Place removed (was “%1”)</source>
        <translation>Ort entfällt (bisher „%1“)</translation>
    </message>
    <message>
        <source>New join link: %1</source>
        <translation>Neuer Einwahllink: %1</translation>
    </message>
    <message>
        <source>The join link was removed</source>
        <translation>Der Einwahllink entfällt</translation>
    </message>
    <message>
        <source>New whiteboard link: %1</source>
        <translation>Neuer Whiteboard-Link: %1</translation>
    </message>
    <message>
        <source>The whiteboard link was removed</source>
        <translation>Der Whiteboard-Link wurde entfernt</translation>
    </message>
    <message>
        <source>Meeting ID, passcode or dial-in changed</source>
        <translation>Besprechungs-ID, Kenncode oder Telefoneinwahl geändert</translation>
    </message>
    <message>
        <source>Newly invited: %1</source>
        <translation>Neu eingeladen: %1</translation>
    </message>
    <message>
        <source>No longer invited: %1</source>
        <translation>Nicht mehr eingeladen: %1</translation>
    </message>
    <message>
        <source>Cancelled (was %1)</source>
        <translation>Abgesagt (war %1)</translation>
    </message>
    <message>
        <source>Takes place again after it was cancelled</source>
        <translation>Findet nach der Absage doch statt</translation>
    </message>
    <message>
        <source>Session moved from %1 to %2</source>
        <translation>Sitzung verschoben von %1 auf %2</translation>
    </message>
    <message>
        <source>Session on %1 cancelled</source>
        <translation>Sitzung am %1 entfällt</translation>
    </message>
    <message>
        <source>Session on %1 takes place again</source>
        <translation>Sitzung am %1 findet wieder statt</translation>
    </message>
    <message>
        <source>Series changed: now %1 sessions (before: %2)</source>
        <translation>Serie geändert: jetzt %1 Termine (bisher %2)</translation>
    </message>
    <message>
        <source>What was sent last time was not recorded; the update repeats all details.</source>
        <translation>Was zuletzt verschickt wurde, ist nicht gespeichert; die Aktualisierung enthält alle Angaben.</translation>
    </message>
    <message>
        <source>Invitation withdrawn: %1</source>
        <translation>Einladung zurückgenommen: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>Updated invitation: %1</source>
        <translation>Aktualisierte Einladung: %1</translation>
    </message>
    <message>
        <source>Invitation: %1</source>
        <translation>Einladung: %1</translation>
    </message>
    <message>
        <source>Invitation withdrawn: %1 – %2</source>
        <translation>Einladung zurückgenommen: %1 – %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 – %2</source>
        <translation>Abgesagt: %1 – %2</translation>
    </message>
    <message>
        <source>Updated: %1 – %2</source>
        <translation>Aktualisiert: %1 – %2</translation>
    </message>
    <message>
        <source>Invitation: %1 – %2</source>
        <translation>Einladung: %1 – %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>moved: %1 → %2</source>
        <translation>verschoben: %1 → %2</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>entfällt: %1</translation>
    </message>
    <message>
        <source>You are no longer on the invitation list of this meeting; the entry is removed from your calendar. The meeting itself takes place.</source>
        <translation>Sie stehen nicht mehr auf der Einladungsliste dieses Treffens; der Eintrag wird aus Ihrem Kalender entfernt. Das Treffen selbst findet statt.</translation>
    </message>
    <message>
        <source>This meeting is cancelled and will not take place.</source>
        <translation>Dieses Treffen ist abgesagt und findet nicht statt.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>This changes one session of the series (originally %1).</source>
        <translation>Dies ändert eine Sitzung der Serie (ursprünglich %1).</translation>
    </message>
    <message>
        <source>Only this session of the series is cancelled (originally %1).</source>
        <translation>Nur diese Sitzung der Serie entfällt (ursprünglich %1).</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Whiteboard: %1</source>
        <translation>Whiteboard: %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Gastgeber-Organisation: %1</translation>
    </message>
    <message>
        <source>Moderation: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation>Teilnehmen: %1</translation>
    </message>
    <message>
        <source>Meeting ID: %1</source>
        <translation>Besprechungs-ID: %1</translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <translation>Kenncode: %1</translation>
    </message>
    <message>
        <source>Dial-in:</source>
        <translation>Telefoneinwahl:</translation>
    </message>
    <message>
        <source>Join online (%1)</source>
        <translation>Online teilnehmen (%1)</translation>
    </message>
    <message>
        <source>From the host organisation</source>
        <translation>Hinweise der Gastgeber-Organisation</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>%1 (proposed by %2)</source>
        <translation>%1 (vorgeschlagen von %2)</translation>
    </message>
    <message>
        <source>… and %1 more in the topic backlog</source>
        <translation>… und %1 weitere im Themenspeicher</translation>
    </message>
    <message>
        <source>Topics proposed so far</source>
        <translation>Bisher vorgeschlagene Themen</translation>
    </message>
    <message>
        <source>Invitation sent by %1</source>
        <translation>Einladung von %1</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>calendar entry</source>
        <translation>Kalendereintrag</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>Einladung</translation>
    </message>
</context>
</TS>
