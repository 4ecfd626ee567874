<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AskTab</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
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
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Show the person, organisation or meeting; open a material&apos;s link</source>
        <translation>Person, Organisation oder Treffen zeigen; den Link eines Materials öffnen</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Nobody offers or presented this subject yet.</source>
        <translation>Zu diesem Thema bietet noch niemand etwas an, und niemand hat es vorgestellt.</translation>
    </message>
    <message>
        <source>Sought by: %1</source>
        <translation>Gesucht von: %1</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>bietet an</translation>
    </message>
    <message numerus="yes">
        <source>presented %n×</source>
        <translation>
            <numerusform>%n× vorgestellt</numerusform>
            <numerusform>%n× vorgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shared %n×</source>
        <translation>
            <numerusform>%n× geteilt</numerusform>
            <numerusform>%n× geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>Presented on %1 in “%2”: %3</source>
        <translation>Vorgestellt am %1 in „%2“: %3</translation>
    </message>
    <message>
        <source>Shared on %1: %2</source>
        <translation>Geteilt am %1: %2</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Geteilt: %1</translation>
    </message>
    <message>
        <source>Double-click to show the meeting</source>
        <translation>Doppelklick zeigt das Treffen</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklick öffnet %1</translation>
    </message>
</context>
<context>
    <name>Introduction</name>
    <message>
        <source>Introduction: %1</source>
        <translation>Vorstellung: %1</translation>
    </message>
    <message>
        <source>Hello %1, hello %2,

%1 (%3) is looking for experience with “%5”, and %2 (%4) offers it. As fellow members of “%6” we would like to introduce you to each other – perhaps a short call is worthwhile for both of you.

Best regards</source>
        <translation>Hallo %1, hallo %2,

%1 (%3) sucht Erfahrungen zum Thema „%5“, und %2 (%4) bietet dazu Erfahrungen an. Als Mitglieder von „%6“ möchten wir Sie miteinander bekannt machen – vielleicht lohnt sich für Sie beide ein kurzes Gespräch.

Viele Grüße</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Who to ask</source>
        <translation>&amp;Wer kann was</translation>
    </message>
    <message>
        <source>Ma&amp;tches</source>
        <translation>Passende &amp;Paare</translation>
    </message>
</context>
<context>
    <name>MatchesTab</name>
    <message>
        <source>Someone looks for what another organisation offers. Propose the pair as a topic for the backlog, or write both an introduction e-mail.</source>
        <translation>Jemand sucht, was eine andere Organisation anbietet. Schlagen Sie das Paar als Thema für den Themenspeicher vor, oder schreiben Sie beiden eine Vorstellungs-E-Mail.</translation>
    </message>
    <message>
        <source>Filter by subject, person or organisation…</source>
        <translation>Nach Thema, Person oder Organisation filtern…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Seeks</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Bietet an</translation>
    </message>
    <message>
        <source>&amp;Propose as topic</source>
        <translation>Als Thema &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Add “Exchange: subject (…)” to the backlog, proposed by the seeking person</source>
        <translation>„Austausch: Thema (…)“ in den Themenspeicher aufnehmen, vorgeschlagen von der suchenden Person</translation>
    </message>
    <message>
        <source>Introduction &amp;e-mail…</source>
        <translation>Vorstellungs-&amp;E-Mail…</translation>
    </message>
    <message>
        <source>Save an unsent e-mail to both people (.eml, opens in Outlook)</source>
        <translation>Eine nicht gesendete E-Mail an beide Personen speichern (.eml, öffnet sich in Outlook)</translation>
    </message>
    <message>
        <source>No matches: nobody seeks a subject that another organisation offers.</source>
        <translation>Keine passenden Paare: Niemand sucht ein Thema, das eine andere Organisation anbietet.</translation>
    </message>
    <message>
        <source>The first %1 of %2 matches; type in the filter to narrow them down.</source>
        <translation>Die ersten %1 von %2 passenden Paaren; grenzen Sie sie mit dem Filter ein.</translation>
    </message>
    <message>
        <source>Propose “%1” as topic</source>
        <translation>„%1“ als Thema vorschlagen</translation>
    </message>
    <message>
        <source>Exchange: {subject} ({seeker} ↔ {offerer})</source>
        <extracomment>{subject}, {seeker} and {offerer} stay as they are: the subject&apos;s and the organisations&apos; names go there</extracomment>
        <translation>Austausch: {subject} ({seeker} ↔ {offerer})</translation>
    </message>
    <message>
        <source>Proposed on the knowledge page: {seeker_person} ({seeker}) looks for experience that {offerer_person} ({offerer}) offers.</source>
        <extracomment>{seeker_person}, {offerer_person}, {seeker}, {offerer} stay as they are</extracomment>
        <translation>Vorgeschlagen auf der Seite „Wissen“: {seeker_person} ({seeker}) sucht Erfahrungen, die {offerer_person} ({offerer}) anbietet.</translation>
    </message>
    <message>
        <source>Topic added to the backlog – undo with Ctrl+Z</source>
        <translation>Thema in den Themenspeicher aufgenommen – rückgängig mit Strg+Z</translation>
    </message>
    <message>
        <source>Introduction e-mail</source>
        <translation>Vorstellungs-E-Mail</translation>
    </message>
    <message>
        <source>Neither person has an e-mail address.</source>
        <translation>Keine der beiden Personen hat eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Save introduction e-mail</source>
        <translation>Vorstellungs-E-Mail speichern</translation>
    </message>
    <message>
        <source>E-mail draft (*.eml)</source>
        <translation>E-Mail-Entwurf (*.eml)</translation>
    </message>
    <message>
        <source>Introduction e-mail saved to %1</source>
        <translation>Vorstellungs-E-Mail gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Filter subjects… (Enter: who to ask)</source>
        <translation>Themen filtern… (Eingabe: wer kann was)</translation>
    </message>
    <message>
        <source>▲ offers   ▼ seeks   ● presented in a meeting   ■ material shared   · the last date; point at a cell for who and when</source>
        <translation>▲ bietet an   ▼ sucht   ● in einem Treffen vorgestellt   ■ Material geteilt   · das letzte Datum; auf eine Zelle zeigen für wer und wann</translation>
    </message>
    <message>
        <source>No subjects yet. Members and organisations name the subjects they offer and seek on their forms; presentations and materials carry subjects too.</source>
        <translation>Noch keine Themen. Mitglieder und Organisationen nennen in ihren Formularen die Themen, die sie anbieten und suchen; auch Vorträge und Materialien tragen Themen.</translation>
    </message>
    <message>
        <source>▲ Offers: %1</source>
        <translation>▲ Bietet an: %1</translation>
    </message>
    <message>
        <source>▼ Seeks: %1</source>
        <translation>▼ Sucht: %1</translation>
    </message>
    <message>
        <source>● Presented on %1 in “%2”: %3</source>
        <translation>● Vorgestellt am %1 in „%2“: %3</translation>
    </message>
    <message>
        <source>■ Shared: %1</source>
        <translation>■ Geteilt: %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>cli_knowledge</name>
    <message>
        <source>who offers, seeks and presented which subject</source>
        <translation>wer welches Thema anbietet, sucht und vorgestellt hat</translation>
    </message>
    <message>
        <source>Per subject: who offers it, who seeks it, who presented it in which meeting and when, and the material shared on it. Only current members are named.</source>
        <translation>Je Thema: wer es anbietet, wer es sucht, wer es wann in welchem Treffen vorgestellt hat und welches Material dazu geteilt wurde. Genannt werden nur aktuelle Mitglieder.</translation>
    </message>
    <message>
        <source>only this subject (or the subjects whose name contains NAME)</source>
        <translation>nur dieses Thema (oder die Themen, deren Name NAME enthält)</translation>
    </message>
    <message>
        <source>print who seeks what another organisation offers</source>
        <translation>ausgeben, wer sucht, was eine andere Organisation anbietet</translation>
    </message>
    <message>
        <source>offers:</source>
        <translation>bietet an:</translation>
    </message>
    <message>
        <source>seeks:</source>
        <translation>sucht:</translation>
    </message>
    <message>
        <source>presented:</source>
        <translation>vorgestellt:</translation>
    </message>
    <message>
        <source>shared:</source>
        <translation>geteilt:</translation>
    </message>
    <message>
        <source>No subject is called “%1”.</source>
        <translation>Kein Thema heißt „%1“.</translation>
    </message>
    <message>
        <source>No subjects yet: nobody offers, seeks, presented or shared anything.</source>
        <translation>Noch keine Themen: Niemand bietet etwas an, sucht etwas, hat etwas vorgestellt oder geteilt.</translation>
    </message>
    <message>
        <source>No matches: nobody seeks a subject that another organisation offers.</source>
        <translation>Keine passenden Paare: Niemand sucht ein Thema, das eine andere Organisation anbietet.</translation>
    </message>
    <message>
        <source>%1: %2 seeks, %3 offers</source>
        <translation>%1: %2 sucht, %3 bietet an</translation>
    </message>
</context>
</TS>
