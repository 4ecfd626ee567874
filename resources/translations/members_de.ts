<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Mitglied bearbeiten</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>name@stadt.de</source>
        <translation>name@stadt.de</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Active member</source>
        <translation>&amp;Aktives Mitglied</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beitritt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>e.g. personnel development, digitalisation</source>
        <translation>z. B. Personalentwicklung, Digitalisierung</translation>
    </message>
    <message>
        <source>&amp;Date known</source>
        <translation>&amp;Datum bekannt</translation>
    </message>
    <message>
        <source>Le&amp;ft on</source>
        <translation>Ausgeschieden a&amp;m</translation>
    </message>
    <message>
        <source>Consent to storage</source>
        <translation>Einwilligung zur Speicherung</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>E&amp;rteilt am</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Gue&amp;st of this sub-group (not a member of the community)</source>
        <translation>&amp;Gast dieser Teilgruppe (nicht Mitglied der Community)</translation>
    </message>
    <message>
        <source>%1: the person takes part there but is not listed in the community</source>
        <translation>%1: Die Person nimmt dort teil, steht aber nicht in der Liste der Community</translation>
    </message>
    <message>
        <source>Topics this member can offer to the others</source>
        <translation>Themen, die dieses Mitglied den anderen anbieten kann</translation>
    </message>
    <message>
        <source>Topics this member is looking for</source>
        <translation>Themen, nach denen dieses Mitglied sucht</translation>
    </message>
    <message>
        <source>%1 (the community)</source>
        <translation>%1 (die Community)</translation>
    </message>
    <message>
        <source>%1 – left on %2</source>
        <translation>%1 – ausgetreten am %2</translation>
    </message>
    <message>
        <source>Ticked: belongs to the group now. Without the community ticked, the person is a guest of the ticked sub-groups. Unticking a group in which they took part marks them as left.</source>
        <translation>Angehakt: gehört jetzt zur Gruppe. Ist die Community nicht angehakt, ist die Person Gast der angehakten Teilgruppen. Wer in einer Gruppe schon teilgenommen hat, wird beim Abhaken als ausgetreten vermerkt.</translation>
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
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Enter a name (first or last name).</source>
        <translation>Bitte geben Sie einen Namen ein (Vor- oder Nachname).</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: name@stadt.de).</source>
        <translation>Das ist keine gültige E-Mail-Adresse (Beispiel: name@stadt.de).</translation>
    </message>
    <message>
        <source>{name} already uses this e-mail address.</source>
        <translation>{name} verwendet diese E-Mail-Adresse bereits.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
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
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beitritt</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Guest of sub-groups, not a member of the community</source>
        <translation>Gast in Teilgruppen, nicht Mitglied der Community</translation>
    </message>
    <message>
        <source>Search: name, organisation, e-mail … (Ctrl+F)</source>
        <translation>Suchen: Name, Organisation, E-Mail … (Strg+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktive Mitglieder</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <source>Inactive members</source>
        <translation>Inaktive Mitglieder</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Neues Mitglied…</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation>Mitglied hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>Mitglied &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected member (Enter)</source>
        <translation>Ausgewähltes Mitglied bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation>Als &amp;inaktiv markieren</translation>
    </message>
    <message>
        <source>Inactive members stay in the records but are no longer invited</source>
        <translation>Inaktive Mitglieder bleiben in den Unterlagen erhalten, werden aber nicht mehr eingeladen</translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation>Mitglied &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected member (Del)</source>
        <translation>Ausgewähltes Mitglied löschen (Entf)</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>Zu &amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Add the selected members to a group (Ctrl+Shift+G)</source>
        <translation>Die ausgewählten Mitglieder zu einer Gruppe hinzufügen (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>Remove from gro&amp;up…</source>
        <translation>Aus Gr&amp;uppe entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected members from a group; who took part is marked as left</source>
        <translation>Die ausgewählten Mitglieder aus einer Gruppe entfernen; wer teilgenommen hat, wird als ausgetreten vermerkt</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
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
        <source>No members yet.
Add the first one with “New member” (Ctrl+N), or import them from an Outlook contacts export.</source>
        <translation>Noch keine Mitglieder.
Legen Sie das erste mit „Neues Mitglied“ (Strg+N) an oder importieren Sie die Mitglieder aus einem Outlook-Kontaktexport.</translation>
    </message>
    <message>
        <source>Mark &amp;active</source>
        <translation>Als &amp;aktiv markieren</translation>
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
        <source>Joined: %1</source>
        <translation>Beitritt: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Austritt: %1</translation>
    </message>
    <message>
        <source>Consent to storage: %1</source>
        <translation>Einwilligung zur Speicherung: %1</translation>
    </message>
    <message>
        <source>⚠ not recorded</source>
        <translation>⚠ nicht erfasst</translation>
    </message>
    <message>
        <source>Meetings (invited or attended): %1</source>
        <translation>Treffen (eingeladen oder teilgenommen): %1</translation>
    </message>
    <message>
        <source>Roles held: %1</source>
        <translation>Übernommene Rollen: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 (the community)</source>
        <translation>%1 (die Community)</translation>
    </message>
    <message>
        <source>%1: left on %2</source>
        <translation>%1: ausgetreten am %2</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Mitglied %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Mitglied %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to %1</source>
        <translation>
            <numerusform>1 Mitglied zu %1 hinzufügen</numerusform>
            <numerusform>%n Mitglieder zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1</source>
        <translation>
            <numerusform>1 Mitglied aus %1 entfernen</numerusform>
            <numerusform>%n Mitglieder aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>undo with Ctrl+Z.</source>
        <translation>rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Mark %1 inactive</source>
        <translation>%1 als inaktiv markieren</translation>
    </message>
    <message>
        <source>Mark %1 active</source>
        <translation>%1 als aktiv markieren</translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation>Mitglied %1 löschen</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Mitglied löschen</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Stadt Heidelberg</source>
        <translation>z. B. Stadt Heidelberg</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Federal &amp;state</source>
        <translation>&amp;Bundesland</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Used to avoid public holidays when suggesting dates</source>
        <translation>Damit bei Terminvorschlägen Feiertage vermieden werden</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Video tool</source>
        <translation>&amp;Video-Tool</translation>
    </message>
    <message>
        <source>Default &amp;join link</source>
        <translation>Standard-Einwahl&amp;link</translation>
    </message>
    <message>
        <source>&amp;Dial-in</source>
        <translation>&amp;Telefoneinwahl</translation>
    </message>
    <message>
        <source>&amp;Invitation text</source>
        <translation>&amp;Einladungstext</translation>
    </message>
    <message>
        <source>Text for invitations, e.g. how to join and who to call if it fails</source>
        <translation>Text für Einladungen, z. B. wie die Teilnahme funktioniert und wen man bei Problemen anrufen kann</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Bitte geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <source>The join link must start with https:// (or http://).</source>
        <translation>Der Einwahllink muss mit https:// (oder http://) beginnen.</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Federal state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Video tool</source>
        <translation>Video-Tool</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Search organisations (Ctrl+F)</source>
        <translation>Organisationen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisationen suchen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Neue Organisation…</translation>
    </message>
    <message>
        <source>Add an organisation (Ctrl+N)</source>
        <translation>Organisation hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit organisation…</source>
        <translation>Organisation &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected organisation (Enter)</source>
        <translation>Ausgewählte Organisation bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Delete organisation</source>
        <translation>Organisation &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected organisation (Del)</source>
        <translation>Ausgewählte Organisation löschen (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
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
        <source>No organisations yet.
Add the municipalities and utilities of your community with “New organisation” (Ctrl+N).</source>
        <translation>Noch keine Organisationen.
Legen Sie die Kommunen und Versorger Ihrer Community mit „Neue Organisation“ (Strg+N) an.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Video conference</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>Organisation %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>Organisation %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation>Organisation %1 löschen</translation>
    </message>
    <message>
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>cli_members</name>
    <message>
        <source>list the community and its sub-groups</source>
        <translation>die Community und ihre Teilgruppen auflisten</translation>
    </message>
    <message>
        <source>List id, name, parent, number of members, cadence and status (active or archived) of every group: the community first, then its sub-groups by name.</source>
        <translation>ID, Name, übergeordnete Gruppe, Zahl der Mitglieder, Rhythmus und Status (aktiv oder archiviert) jeder Gruppe auflisten: zuerst die Community, dann ihre Teilgruppen nach Namen.</translation>
    </message>
    <message>
        <source>list the members of the community or of a group</source>
        <translation>die Mitglieder der Community oder einer Gruppe auflisten</translation>
    </message>
    <message>
        <source>List id, name, organisation, e-mail and status (active or inactive) of every member, by last name; with --group only that group&apos;s current members.</source>
        <translation>ID, Name, Organisation, E-Mail und Status (aktiv oder inaktiv) jedes Mitglieds nach Nachnamen auflisten; mit --group nur die aktuellen Mitglieder dieser Gruppe.</translation>
    </message>
    <message>
        <source>the group (default: the community itself)</source>
        <translation>die Gruppe (Standard: die Community selbst)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n Mitglied</numerusform>
            <numerusform>%1: %n Mitglieder</numerusform>
        </translation>
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
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{name} cannot be deleted: the minutes and the rotation history refer to them (invited to or attended {attendances} meetings, {roles} roles, {actions} action items, {topics} topics). Mark them inactive instead: they stay in the minutes and lists but are no longer invited or suggested.</source>
        <translation>{name} kann nicht gelöscht werden: Protokolle und Rotationsverlauf verweisen auf diese Person (zu {attendances} Treffen eingeladen oder dabei, {roles} Rollen, {actions} Aufgaben, {topics} Themen). Markieren Sie das Mitglied stattdessen als inaktiv: Es bleibt in Protokollen und Listen erhalten, wird aber nicht mehr eingeladen oder vorgeschlagen.</translation>
    </message>
    <message>
        <source>Enter a name (first or last name).</source>
        <translation>Bitte geben Sie einen Namen ein (Vor- oder Nachname).</translation>
    </message>
    <message>
        <source>The leaving date is before the joining date.</source>
        <translation>Das Austrittsdatum liegt vor dem Beitrittsdatum.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {members} members belong to it and {meetings} meetings name it as host. Assign its members to another organisation and choose another host for these meetings first.</source>
        <translation>{name} kann nicht gelöscht werden: {members} Mitglieder gehören dazu und {meetings} Treffen nennen sie als Gastgeber-Organisation. Ordnen Sie die Mitglieder zuerst einer anderen Organisation zu und wählen Sie für diese Treffen eine andere Gastgeber-Organisation.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Bitte geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <source>An organisation named “{name}” already exists.</source>
        <translation>Eine Organisation namens „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Choose a federal state from the list.</source>
        <translation>Bitte wählen Sie ein Bundesland aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a kind from the list.</source>
        <translation>Bitte wählen Sie eine Art aus der Liste.</translation>
    </message>
    <message>
        <source>The join link must start with https:// (or http://).</source>
        <translation>Der Einwahllink muss mit https:// (oder http://) beginnen.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Public utility</source>
        <translation>Versorger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
</context>
</TS>
