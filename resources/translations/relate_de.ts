<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Relate</source>
        <translation>Über Relate</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relate %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Relate %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The shop&apos;s memory of its customers. It runs on this PC and the shop&apos;s own database; nothing leaves the shop&apos;s machines.</source>
        <translation>Das Gedächtnis des Ladens für seine Kunden. Relate läuft auf diesem PC und mit der eigenen Datenbank des Ladens; nichts verlässt die Rechner des Ladens.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the version and folders, e.g. for a support call</source>
        <translation>Version und Ordner kopieren, z. B. für einen Anruf beim Support</translation>
    </message>
    <message>
        <source>Copy the version and folders</source>
        <translation>Version und Ordner kopieren</translation>
    </message>
    <message>
        <source>Puts the version and every folder on the clipboard, to paste into a message to whoever looks after Relate.</source>
        <translation>Legt die Version und alle Ordner in die Zwischenablage, zum Einfügen in eine Nachricht an die Person, die Relate betreut.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes this window (Esc).</source>
        <translation>Schließt dieses Fenster (Esc).</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolldateien</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>portable: everything is kept beside the program</source>
        <translation>portabel: alles liegt neben dem Programm</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>AuditViewPanel</name>
    <message>
        <source>Relate — Audit trail</source>
        <translation>Relate — Protokoll</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <source>Who did what, when, on which PC and on what; filter by person, action, words and date.</source>
        <translation>Wer hat wann, an welchem PC, was woran getan; filtern nach Person, Aktion, Wörtern und Datum.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Only what this person did (Alt+W)</source>
        <translation>Nur, was diese Person getan hat (Alt+W)</translation>
    </message>
    <message>
        <source>Shows only what this person did (Alt+W).</source>
        <translation>Zeigt nur, was diese Person getan hat (Alt+W).</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>W&amp;as</translation>
    </message>
    <message>
        <source>Only this kind of action (Alt+H)</source>
        <translation>Nur diese Art von Aktion (Alt+A)</translation>
    </message>
    <message>
        <source>Shows only this kind of action (Alt+H).</source>
        <translation>Zeigt nur diese Art von Aktion (Alt+A).</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Only entries whose summary contains these words</source>
        <translation>Nur Einträge, deren Zusammenfassung diese Wörter enthält</translation>
    </message>
    <message>
        <source>Type words to show only the entries whose summary contains them.</source>
        <translation>Wörter eingeben, um nur die Einträge zu zeigen, deren Zusammenfassung sie enthält.</translation>
    </message>
    <message>
        <source>words in the summary</source>
        <translation>Wörter in der Zusammenfassung</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Nach Wörtern filtern</translation>
    </message>
    <message>
        <source>&amp;since</source>
        <translation>&amp;seit</translation>
    </message>
    <message>
        <source>Only what happened on or after this day (Alt+S)</source>
        <translation>Nur, was an oder nach diesem Tag geschah (Alt+S)</translation>
    </message>
    <message>
        <source>Shows only what happened on or after this day (Alt+S).</source>
        <translation>Zeigt nur, was an oder nach diesem Tag geschah (Alt+S).</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>One row per change: when, who, on which PC, what was done, on what, and a short before and after.</source>
        <translation>Eine Zeile je Änderung: wann, wer, an welchem PC, was getan wurde, woran, und kurz vorher und nachher.</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Protokolleinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>anyone</source>
        <extracomment>The families of actions, as the filter offers them (an action is &quot;family.verb&quot;).</extracomment>
        <translation>alle</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Woran</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what, then its number</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest 500 at most)</source>
        <translation>
            <numerusform>%n Eintrag (höchstens die neuesten 500)</numerusform>
            <numerusform>%n Einträge (höchstens die neuesten 500)</numerusform>
        </translation>
    </message>
    <message>
        <source>first start</source>
        <translation>erster Start</translation>
    </message>
</context>
<context>
    <name>CallerPop</name>
    <message>
        <source>Open (%1)</source>
        <extracomment>A banner nobody acted on goes away: the call is long over. F8 names the caller&apos;s number on the card of a call this recent. A call that rang while the PC was locked is shown to whoever signs in this soon after.</extracomment>
        <translation>Öffnen (%1)</translation>
    </message>
    <message>
        <source>Open the caller&apos;s card (%1)</source>
        <translation>Karteikarte des Anrufers öffnen (%1)</translation>
    </message>
    <message>
        <source>Open the call</source>
        <translation>Anruf öffnen</translation>
    </message>
    <message>
        <source>Opens the card of the caller the banner announces (%1)</source>
        <translation>Öffnet die Karteikarte des angekündigten Anrufers (%1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this call banner</source>
        <translation>Diesen Anrufhinweis ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the call</source>
        <translation>Anrufhinweis ausblenden</translation>
    </message>
    <message>
        <source>Hides the banner; the call stays as it is</source>
        <translation>Blendet den Hinweis aus; am Anruf ändert sich nichts</translation>
    </message>
    <message>
        <source>Incoming call: number withheld</source>
        <translation>Eingehender Anruf: Nummer unterdrückt</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Eingehender Anruf von %1</translation>
    </message>
    <message>
        <source>Incoming: %1 — %2 to open</source>
        <translation>Anruf: %1 — %2 zum Öffnen</translation>
    </message>
    <message>
        <source>Incoming call from %1 — %2</source>
        <translation>Eingehender Anruf von %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 or %n other(s)</source>
        <translation>
            <numerusform>%1 oder %n weiterer</numerusform>
            <numerusform>%1 oder %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not a customer yet</source>
        <translation>%1, noch kein Kunde</translation>
    </message>
    <message>
        <source>Open the caller&apos;s card first: %1 logs the call on it.</source>
        <translation>Zuerst die Karteikarte des Anrufers öffnen: %1 trägt den Anruf dort ein.</translation>
    </message>
    <message>
        <source>Phone call from %1</source>
        <translation>Anruf von %1</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Call logged on %1&apos;s history</source>
        <translation>Anruf im Verlauf von %1 eingetragen</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation>%1 (vertraulich)</translation>
    </message>
    <message>
        <source>Remove “%1” (it can be undone)</source>
        <translation>„%1“ entfernen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Removes this little thing from the card; Undo in the message line brings it back.</source>
        <translation>Entfernt diese Vorliebe von der Karteikarte; „Rückgängig“ in der Meldungszeile holt sie zurück.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Erfasst von %1, %2</translation>
    </message>
    <message>
        <source>Sensitive: masked in lists and left out of exports.</source>
        <translation>Vertraulich: in Listen verdeckt und nicht exportiert.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connection to the shop server</source>
        <extracomment>How often the outbox tries to send (and, with nothing waiting, looks for the server).</extracomment>
        <translation>Verbindung zum Ladenserver</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln waiting to send</source>
        <translation>
            <numerusform>Offline — %Ln Eintrag wartet auf Versand</numerusform>
            <numerusform>Offline — %Ln Einträge warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — the shop server cannot be reached</source>
        <translation>Offline — der Ladenserver ist nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln kept while offline…</source>
        <translation>
            <numerusform>Sende %Ln offline gespeicherten Eintrag…</numerusform>
            <numerusform>Sende %Ln offline gespeicherte Einträge…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectRemarkDialog</name>
    <message>
        <source>No corrections yet</source>
        <translation>Noch keine Korrekturen</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>Save the correction; the earlier version is kept</source>
        <translation>Korrektur speichern; die frühere Fassung bleibt erhalten</translation>
    </message>
    <message>
        <source>Saves the changed text, kind or customer; the earlier version is kept</source>
        <translation>Speichert den geänderten Text, die Art oder den Kunden; die frühere Fassung bleibt erhalten</translation>
    </message>
    <message>
        <source>Close without changing the remark (Esc)</source>
        <translation>Schließen, ohne die Anmerkung zu ändern (Esc)</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Korrektur abbrechen</translation>
    </message>
    <message>
        <source>Closes the window without changing the remark (Esc)</source>
        <translation>Schließt das Fenster, ohne die Anmerkung zu ändern (Esc)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>when, who: what changed</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>war „%1“</translation>
    </message>
    <message>
        <source>Pick the customer to move it to, or clear the field.</source>
        <translation>Den Kunden wählen, zu dem sie soll, oder das Feld leeren.</translation>
    </message>
    <message>
        <source>Relate — Correct a remark</source>
        <translation>Relate — Anmerkung korrigieren</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>The kind of remark: complaint, compliment, request, question, idea or note</source>
        <translation>Die Art der Anmerkung: Beschwerde, Lob, Wunsch, Frage, Idee oder Notiz</translation>
    </message>
    <message>
        <source>Kind of remark</source>
        <translation>Art der Anmerkung</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>The remark&apos;s text, to correct; Tab moves on</source>
        <translation>Der Text der Anmerkung, zum Korrigieren; Tab geht weiter</translation>
    </message>
    <message>
        <source>Remark text</source>
        <translation>Text der Anmerkung</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben zu</translation>
    </message>
    <message>
        <source>To move the remark to another customer, type their phone, name, email or card and pick them below; leave empty to keep it here</source>
        <translation>Um die Anmerkung zu einem anderen Kunden zu verschieben, Telefon, Name, E-Mail oder Kundenkarte eingeben und unten auswählen; leer lassen, damit sie hier bleibt</translation>
    </message>
    <message>
        <source>another customer: phone, name, email or card (leave empty to keep)</source>
        <translation>anderer Kunde: Telefon, Name, E-Mail oder Kundenkarte (leer: bleibt hier)</translation>
    </message>
    <message>
        <source>Move to another customer</source>
        <translation>Zu anderem Kunden verschieben</translation>
    </message>
    <message>
        <source>The customers found; the one chosen here gets the remark</source>
        <translation>Die gefundenen Kunden; der hier gewählte erhält die Anmerkung</translation>
    </message>
    <message>
        <source>Customers to move it to</source>
        <translation>Kunden, zu denen verschoben werden kann</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Fassungen</translation>
    </message>
    <message>
        <source>Earlier corrections of this remark: when, who and what changed</source>
        <translation>Frühere Korrekturen dieser Anmerkung: wann, wer und was geändert wurde</translation>
    </message>
    <message>
        <source>Corrections so far</source>
        <translation>Bisherige Korrekturen</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln Std.</numerusform>
            <numerusform>%Ln Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n offene Zusage</numerusform>
            <numerusform>%n offene Zusagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open escalations</source>
        <translation>
            <numerusform>%n offene Eskalation</numerusform>
            <numerusform>%n offene Eskalationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashWindow</name>
    <message>
        <source>Relate hit a problem</source>
        <translation>Relate hatte ein Problem</translation>
    </message>
    <message>
        <source>Relate hit a problem — your work is saved.</source>
        <translation>Relate hatte ein Problem — Ihre Arbeit ist gespeichert.</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei: %1</translation>
    </message>
    <message>
        <source>The details could not be written to a log.</source>
        <translation>Die Einzelheiten konnten nicht in eine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>What was being typed is kept as a draft. You can carry on; if Relate misbehaves, close it and start it again.</source>
        <translation>Was gerade eingegeben wurde, ist als Entwurf aufbewahrt. Sie können weiterarbeiten; wenn Relate sich seltsam verhält, schließen und neu starten.</translation>
    </message>
    <message>
        <source>“Copy details” puts them on the clipboard for whoever looks after Relate.</source>
        <translation>„Details kopieren“ legt sie in die Zwischenablage, für die Person, die Relate betreut.</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Details zum Problem</translation>
    </message>
    <message>
        <source>The technical details for whoever looks after Relate; read only.</source>
        <translation>Die technischen Details für die Person, die Relate betreut; nur lesbar.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <source>Puts the technical details on the clipboard, to paste into a message.</source>
        <translation>Legt die technischen Details in die Zwischenablage, zum Einfügen in eine Nachricht.</translation>
    </message>
    <message>
        <source>Shows or hides the technical details in this window.</source>
        <translation>Zeigt oder verbirgt die technischen Details in diesem Fenster.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes this window and carries on working (Enter or Esc).</source>
        <translation>Schließt dieses Fenster, und die Arbeit geht weiter (Eingabe oder Esc).</translation>
    </message>
    <message>
        <source>Close this window and carry on (Enter or Esc)</source>
        <translation>Fenster schließen und weiterarbeiten (Eingabe oder Esc)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>CustomerCardPanel</name>
    <message>
        <source>Customer card</source>
        <translation>Karteikarte</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Aussprache des Namens</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>The language the customer prefers to speak; click to change it</source>
        <translation>Die Sprache, die der Kunde am liebsten spricht; zum Ändern klicken</translation>
    </message>
    <message>
        <source>Phones, emails and cards</source>
        <translation>Telefone, E-Mails und Kundenkarten</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer for marketing or reminders</source>
        <translation>⚠ Diesen Kunden nicht für Werbung oder Erinnerungen kontaktieren</translation>
    </message>
    <message>
        <source>Do-not-contact warning</source>
        <translation>Warnung: nicht kontaktieren</translation>
    </message>
    <message>
        <source>Preferred channel and contact refusals</source>
        <translation>Bevorzugter Kontaktweg und abgelehnte Kontaktwege</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>What this customer prefers; type in the field and press Enter to add one</source>
        <translation>Was dieser Kunde mag; ins Feld schreiben und Eingabe drücken, um eine Vorliebe hinzuzufügen</translation>
    </message>
    <message>
        <source>May we contact them?</source>
        <translation>Dürfen wir Kontakt aufnehmen?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by email; each change is recorded with how they told us</source>
        <translation>Ob der Kunde in Kontakt per E-Mail eingewilligt hat; jede Änderung wird mit der Art der Mitteilung erfasst</translation>
    </message>
    <message>
        <source>Consent to email</source>
        <translation>Einwilligung in E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by SMS; each change is recorded with how they told us</source>
        <translation>Ob der Kunde in Kontakt per SMS eingewilligt hat; jede Änderung wird mit der Art der Mitteilung erfasst</translation>
    </message>
    <message>
        <source>Consent to SMS</source>
        <translation>Einwilligung in SMS</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by phone calls; each change is recorded with how they told us</source>
        <translation>Ob der Kunde in Kontakt per Anruf eingewilligt hat; jede Änderung wird mit der Art der Mitteilung erfasst</translation>
    </message>
    <message>
        <source>Consent to phone calls</source>
        <translation>Einwilligung in Anrufe</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by post; each change is recorded with how they told us</source>
        <translation>Ob der Kunde in Kontakt per Post eingewilligt hat; jede Änderung wird mit der Art der Mitteilung erfasst</translation>
    </message>
    <message>
        <source>Consent to post</source>
        <translation>Einwilligung in Post</translation>
    </message>
    <message>
        <source>how</source>
        <translation>wie</translation>
    </message>
    <message>
        <source>Pick or type how the customer told us; it is recorded with the next change of consent</source>
        <translation>Wählen oder eingeben, wie der Kunde es uns gesagt hat; wird mit der nächsten Änderung der Einwilligung erfasst</translation>
    </message>
    <message>
        <source>How the customer told us; recorded with each change of consent</source>
        <translation>Wie der Kunde es uns gesagt hat; wird mit jeder Änderung der Einwilligung erfasst</translation>
    </message>
    <message>
        <source>How consent was given or withdrawn</source>
        <translation>Wie die Einwilligung erteilt oder widerrufen wurde</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Spricht</translation>
    </message>
    <message>
        <source>The language the customer prefers; pick one or type any language, a change is saved at once</source>
        <translation>Die bevorzugte Sprache des Kunden; eine wählen oder eine beliebige eingeben, eine Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>Pick a language or type any other; a change is saved at once</source>
        <translation>Eine Sprache wählen oder eine andere eingeben; eine Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>How the customer prefers to be contacted; a change is saved at once</source>
        <translation>Wie der Kunde am liebsten kontaktiert wird; eine Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>How the customer prefers to be contacted</source>
        <translation>Wie der Kunde am liebsten kontaktiert wird</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Check when the customer asked not to be contacted for marketing or reminders; saved at once</source>
        <translation>Ankreuzen, wenn der Kunde keine Werbung oder Erinnerungen wünscht; wird sofort gespeichert</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>No marketing or reminders for this customer</source>
        <translation>Keine Werbung oder Erinnerungen für diesen Kunden</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The day the do-not-contact wish ends; the earliest day means no end date</source>
        <translation>Der Tag, an dem der Wunsch „nicht kontaktieren“ endet; der früheste Tag bedeutet: ohne Enddatum</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <source>Do not contact until</source>
        <translation>Nicht kontaktieren bis</translation>
    </message>
    <message>
        <source>Open promises, escalations and outcomes to pass on</source>
        <translation>Offene Zusagen, Eskalationen und Ergebnisse zum Weitersagen</translation>
    </message>
    <message>
        <source>Record what was promised to the customer (Ctrl+P opens, Enter records, Esc closes)</source>
        <translation>Festhalten, was dem Kunden zugesagt wurde (Strg+P öffnet, Eingabe speichert, Esc schließt)</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Neue Zusage</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Zusage:</translation>
    </message>
    <message>
        <source>Credit, call back, set aside or follow up</source>
        <translation>Gutschrift, Rückruf, Zurücklegen oder Nachfrage</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Art der Zusage</translation>
    </message>
    <message>
        <source>Type what was promised; Enter records the promise, Esc closes the form</source>
        <translation>Eingeben, was zugesagt wurde; Eingabe speichert die Zusage, Esc schließt das Formular</translation>
    </message>
    <message>
        <source>What was promised; Enter records the promise, Esc closes (Ctrl+P opens)</source>
        <translation>Was zugesagt wurde; Eingabe speichert die Zusage, Esc schließt (Strg+P öffnet)</translation>
    </message>
    <message>
        <source>what was promised, e.g. £20 credit on next visit</source>
        <translation>was zugesagt wurde, z. B. 20 € Gutschrift beim nächsten Einkauf</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Was zugesagt wurde</translation>
    </message>
    <message>
        <source>The amount promised, if any; leave at no amount otherwise</source>
        <translation>Der zugesagte Betrag, falls es einen gibt; sonst auf „kein Betrag“ lassen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>The day the promise is due; it shows as late on the card after that day</source>
        <translation>Der Tag, an dem die Zusage fällig ist; danach erscheint sie auf der Karteikarte als verspätet</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Records the promise on the customer&apos;s card (Enter in the text does the same)</source>
        <translation>Trägt die Zusage auf der Karteikarte des Kunden ein (Eingabe im Text tut dasselbe)</translation>
    </message>
    <message>
        <source>Record promise</source>
        <translation>Zusage eintragen</translation>
    </message>
    <message>
        <source>Record the promise (Enter)</source>
        <translation>Zusage eintragen (Eingabe)</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Verlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>On a remark: the Menu key or Shift+F10 (or a right-click) to correct, escalate or withdraw it</source>
        <translation>Auf einer Anmerkung: Menütaste oder Umschalt+F10 (oder Rechtsklick), um sie zu korrigieren, zu eskalieren oder zurückzuziehen</translation>
    </message>
    <message>
        <source>The customer&apos;s history, newest first; on a remark, the Menu key or a right-click offers to correct, escalate or withdraw it</source>
        <translation>Der Verlauf des Kunden, neueste zuerst; auf einer Anmerkung bieten Menütaste oder Rechtsklick Korrigieren, Eskalieren oder Zurückziehen an</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Status der Karteikarte</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>no preference</source>
        <extracomment>Cards kept in memory to stay readable while the shop server is away.</extracomment>
        <translation>keine Vorgabe</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>asked at the counter</source>
        <translation>an der Kasse gefragt</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>schriftlich</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Offline — this card is as it was at %1; remarks are kept on this PC and sent when the server is back.</source>
        <translation>Offline — diese Karteikarte zeigt den Stand von %1; Anmerkungen werden auf diesem PC aufbewahrt und gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>(say: %1)</source>
        <translation>(sprich: %1)</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Kundenkarte %1</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer until %1</source>
        <translation>⚠ Diesen Kunden bis %1 nicht kontaktieren</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer for marketing or reminders</source>
        <translation>⚠ Diesen Kunden nicht für Werbung oder Erinnerungen kontaktieren</translation>
    </message>
    <message>
        <source>Log what %1 said</source>
        <translation>Festhalten, was %1 gesagt hat</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Spricht %1</translation>
    </message>
    <message>
        <source>%1; press to change it</source>
        <translation>%1; zum Ändern drücken</translation>
    </message>
    <message>
        <source>Language not recorded — set</source>
        <translation>Sprache nicht erfasst — festlegen</translation>
    </message>
    <message>
        <source>Press to record the language the customer prefers</source>
        <translation>Drücken, um die bevorzugte Sprache des Kunden zu erfassen</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>No channel preference recorded</source>
        <translation>Kein bevorzugter Kontaktweg erfasst</translation>
    </message>
    <message>
        <source>Type the little thing first, e.g. “Receipt: always”.</source>
        <translation>Zuerst die Vorliebe eingeben, z. B. „Kassenbon: immer“.</translation>
    </message>
    <message>
        <source>Little thing removed</source>
        <translation>Vorliebe entfernt</translation>
    </message>
    <message>
        <source>correction (undo)</source>
        <translation>Korrektur (rückgängig)</translation>
    </message>
    <message>
        <source>Consent for %1 recorded</source>
        <translation>Einwilligung für %1 erfasst</translation>
    </message>
    <message>
        <source>%1 — recorded by %2, %3 (%4). Every change is in the history.</source>
        <translation>%1 — erfasst von %2, %3 (%4). Jede Änderung steht im Verlauf.</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Zusage eingehalten</translation>
    </message>
    <message>
        <source>Promise cancelled</source>
        <translation>Zusage gestrichen</translation>
    </message>
    <message>
        <source>Follow-up recorded: %1</source>
        <translation>Nachfrage erfasst: %1</translation>
    </message>
    <message>
        <source>Marked as told</source>
        <translation>Als mitgeteilt markiert</translation>
    </message>
    <message>
        <source>Promise recorded</source>
        <translation>Zusage eingetragen</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>Escalate to the manager</source>
        <translation>An die Ladenleitung eskalieren</translation>
    </message>
    <message>
        <source>Sent to the manager</source>
        <translation>An die Ladenleitung geschickt</translation>
    </message>
    <message>
        <source>Withdraw this remark</source>
        <translation>Diese Anmerkung zurückziehen</translation>
    </message>
    <message>
        <source>Remark withdrawn</source>
        <translation>Anmerkung zurückgezogen</translation>
    </message>
    <message>
        <source>Remark corrected</source>
        <translation>Anmerkung korrigiert</translation>
    </message>
</context>
<context>
    <name>CustomerListMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Mögliche &amp;Doppeleinträge…</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 in %2 zusammengeführt</translation>
    </message>
</context>
<context>
    <name>CustomerRecord</name>
    <message>
        <source>Phones</source>
        <extracomment>The lists of the record, in the order the document shows them (titled by ``_section_titles``). The customer&apos;s own facts at the top of the document.</extracomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Loyalty cards</source>
        <translation>Kundenkarten</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Consent, every change</source>
        <translation>Einwilligung, jede Änderung</translation>
    </message>
    <message>
        <source>What they told us</source>
        <translation>Was der Kunde uns gesagt hat</translation>
    </message>
    <message>
        <source>Escalations and outcomes</source>
        <translation>Eskalationen und Ergebnisse</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Aussprache des Namens</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Preferred way to be contacted</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>Do not contact until</source>
        <translation>Nicht kontaktieren bis</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>As given</source>
        <translation>Wie angegeben</translation>
    </message>
    <message>
        <source>International form</source>
        <translation>Internationale Schreibweise</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Wie sie erteilt wurde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Erledigung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Kunde informiert</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Zugesagt von</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What %1 holds about this customer (customer %2).</source>
        <translation>Was %1 über diesen Kunden gespeichert hat (Kunde %2).</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Which words a stored value is worded with, by (section, field).</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>DatabaseWorker</name>
    <message>
        <source>Something went wrong talking to the database; nothing you typed was lost. Details are in the log.</source>
        <extracomment>A failure nobody handled: the main window shows it in its message bar.</extracomment>
        <translation>Bei der Verbindung zur Datenbank ist etwas schiefgegangen; nichts von Ihrer Eingabe ging verloren. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How to say it</source>
        <translation>Aussprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kundenkarten</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Consent (%1)</source>
        <translation>Einwilligung (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Doppeleinträge</translation>
    </message>
    <message>
        <source>Pairs of customers who may be one person, the likeliest first; Up and Down pick a pair to compare.</source>
        <translation>Kundenpaare, die dieselbe Person sein könnten, die wahrscheinlichsten zuerst; ↑ und ↓ wählen ein Paar zum Vergleichen.</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Warum sie sich ähneln</translation>
    </message>
    <message>
        <source>The two customers side by side</source>
        <translation>Die beiden Kunden nebeneinander</translation>
    </message>
    <message>
        <source>Where the two differ, pick the value to keep; the customer on the left is kept and the one on the right merged into it.</source>
        <translation>Wo die beiden sich unterscheiden, den Wert wählen, der bleiben soll; der linke Kunde bleibt, der rechte wird in ihn übernommen.</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Den anderen behalten</translation>
    </message>
    <message>
        <source>Swaps the two, so the customer on the right is the one kept.</source>
        <translation>Tauscht die beiden, sodass der rechte Kunde bleibt.</translation>
    </message>
    <message>
        <source>Merge into the one on the left</source>
        <translation>Mit dem linken zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merges the customer on the right into the one on the left, with the values picked; Undo last merge takes it back.</source>
        <translation>Führt den rechten Kunden mit den gewählten Werten in den linken zusammen; „Letzte Zusammenführung rückgängig“ nimmt das zurück.</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Letzte Zusammenführung rückgängig</translation>
    </message>
    <message>
        <source>Splits the two customers of the last merge apart again, each with what was theirs.</source>
        <translation>Trennt die beiden Kunden der letzten Zusammenführung wieder, jeder mit dem, was ihm gehörte.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1  ↔  %2
%3</source>
        <translation>%1  ↔  %2
%3</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Keine wahrscheinlichen Doppeleinträge.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Keeps: %1 (#%2)</source>
        <translation>Bleibt: %1 (#%2)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Merged in: %1 (#%2)</source>
        <translation>Wird übernommen: %1 (#%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Keep %1: %2</source>
        <translation>%1 behalten: %2</translation>
    </message>
    <message>
        <source>The merged customer keeps the value of the one on the left.</source>
        <translation>Der zusammengeführte Kunde behält den Wert des linken.</translation>
    </message>
    <message>
        <source>The merged customer keeps the value of the one on the right.</source>
        <translation>Der zusammengeführte Kunde behält den Wert des rechten.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 in %2 zusammengeführt.</translation>
    </message>
    <message>
        <source>The merge of %1 into %2 was undone.</source>
        <translation>Die Zusammenführung von %1 in %2 wurde rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>&lt;p&gt;Erase &lt;b&gt;%1&lt;/b&gt; on their request?&lt;/p&gt;&lt;p&gt;Their name, phones, emails, cards, little things, consent and everything they told us are removed for good. What stays is anonymous: that remarks and escalations happened, their kinds, dates and outcomes.&lt;/p&gt;&lt;p&gt;This cannot be undone. Type the customer&apos;s name to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; auf eigenen Wunsch löschen?&lt;/p&gt;&lt;p&gt;Name, Telefone, E-Mails, Kundenkarten, Vorlieben, Einwilligungen und alles, was uns der Kunde gesagt hat, werden endgültig entfernt. Was bleibt, ist anonym: dass es Anmerkungen und Eskalationen gab, ihre Art, Daten und Ergebnisse.&lt;/p&gt;&lt;p&gt;Das lässt sich nicht rückgängig machen. Zur Bestätigung den Namen des Kunden eingeben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase for ever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erases the customer&apos;s personal data; it cannot be undone. Enabled once the name is typed.</source>
        <translation>Löscht die persönlichen Daten des Kunden; lässt sich nicht rückgängig machen. Erst verfügbar, wenn der Name eingegeben ist.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes this window and erases nothing (Esc).</source>
        <translation>Schließt dieses Fenster und löscht nichts (Esc).</translation>
    </message>
    <message>
        <source>Close and erase nothing (Esc)</source>
        <translation>Schließen und nichts löschen (Esc)</translation>
    </message>
    <message>
        <source>Relate — Erase a customer</source>
        <translation>Relate — Kunden löschen</translation>
    </message>
    <message>
        <source>Type the customer&apos;s full name exactly as on the card; only then can they be erased</source>
        <translation>Den vollständigen Namen des Kunden genau wie auf der Karteikarte eingeben; erst dann kann gelöscht werden</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen des Kunden eingeben</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name exactly as shown; the Erase for ever button then becomes available.</source>
        <translation>Den Namen des Kunden genau wie angezeigt eingeben; dann wird die Schaltfläche „Endgültig löschen“ verfügbar.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <extracomment>The formats ``services.export`` writes, in the order offered; the dialog words them. What can be exported, in the order offered.</extracomment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert werden soll</translation>
    </message>
    <message>
        <source>Choose the customers, the remarks, the escalations or the audit trail.</source>
        <translation>Kunden, Anmerkungen, Eskalationen oder das Protokoll wählen.</translation>
    </message>
    <message>
        <source>Excel-friendly CSV (UTF-8 with BOM)</source>
        <translation>CSV für Excel (UTF-8 mit BOM)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Choose the kind of file: CSV for a spreadsheet, JSON for another program.</source>
        <translation>Die Art der Datei wählen: CSV für eine Tabellenkalkulation, JSON für ein anderes Programm.</translation>
    </message>
    <message>
        <source>Include little things marked sensitive (a full export, which Relate can import again without loss)</source>
        <translation>Vertrauliche Vorlieben einschließen (vollständiger Export, den Relate verlustfrei wieder importieren kann)</translation>
    </message>
    <message>
        <source>Include sensitive little things</source>
        <translation>Vertrauliche Vorlieben einschließen</translation>
    </message>
    <message>
        <source>When ticked, little things marked sensitive are exported too.</source>
        <translation>Wenn angekreuzt, werden auch vertrauliche Vorlieben exportiert.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Asks where to save the file, then writes it (Enter).</source>
        <translation>Fragt, wo die Datei gespeichert werden soll, und schreibt sie dann (Eingabe).</translation>
    </message>
    <message>
        <source>Choose where to save the file (Enter)</source>
        <translation>Speicherort der Datei wählen (Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes this window without exporting (Esc).</source>
        <translation>Schließt dieses Fenster ohne Export (Esc).</translation>
    </message>
    <message>
        <source>Close without exporting (Esc)</source>
        <translation>Ohne Export schließen (Esc)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Start</source>
        <extracomment>The sample shop&apos;s name as the tools and tests create it; the dialog stores it translated.</extracomment>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Creates the shop with you as its first manager (Enter).</source>
        <translation>Legt den Laden an, mit Ihnen als erster Ladenleitung (Eingabe).</translation>
    </message>
    <message>
        <source>Create the shop with you as its first manager (Enter)</source>
        <translation>Laden anlegen, mit Ihnen als erster Ladenleitung (Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes Relate without creating anything (Esc).</source>
        <translation>Schließt Relate, ohne etwas anzulegen (Esc).</translation>
    </message>
    <message>
        <source>Close Relate without creating anything (Esc)</source>
        <translation>Relate schließen, ohne etwas anzulegen (Esc)</translation>
    </message>
    <message>
        <source>Sample shop (demo data)</source>
        <translation>Beispielladen (Demodaten)</translation>
    </message>
    <message>
        <source>Type your name: you will be the shop&apos;s first manager.</source>
        <translation>Ihren Namen eingeben: Sie werden die erste Ladenleitung.</translation>
    </message>
    <message>
        <source>Choose a PIN (4–12 digits): you will type it to sign in.</source>
        <translation>Eine PIN wählen (4–12 Ziffern): Sie geben sie beim Anmelden ein.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden PINs sind verschieden. Zweimal dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name.</source>
        <translation>Den Namen des Ladens eingeben.</translation>
    </message>
    <message>
        <source>Preparing the sample shop…</source>
        <translation>Beispielladen wird vorbereitet…</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Wird eingerichtet…</translation>
    </message>
    <message>
        <source>Relate — Welcome</source>
        <translation>Relate — Willkommen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Relate&lt;/h2&gt;&lt;p&gt;A few details and you are at the counter.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Relate&lt;/h2&gt;&lt;p&gt;Ein paar Angaben, und schon geht’s an die Kasse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Who is working? (your name)</source>
        <translation>&amp;Wer arbeitet? (Ihr Name)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Type your name: you become the shop&apos;s first manager.</source>
        <translation>Ihren Namen eingeben: Sie werden die erste Ladenleitung.</translation>
    </message>
    <message>
        <source>Your &amp;PIN (4–12 digits)</source>
        <translation>Ihre &amp;PIN (4–12 Ziffern)</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Ihre PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits, or a passphrase; you type it to sign in.</source>
        <translation>Eine PIN aus 4 bis 12 Ziffern oder ein Kennwort wählen; Sie geben sie beim Anmelden ein.</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN no&amp;chmal</translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <translation>Ihre PIN noch einmal</translation>
    </message>
    <message>
        <source>Type the same PIN again, to be sure of it.</source>
        <translation>Dieselbe PIN noch einmal eingeben, zur Sicherheit.</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>Laden&amp;name</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Ladens</translation>
    </message>
    <message>
        <source>The shop&apos;s name, as staff and customers know it.</source>
        <translation>Der Name des Ladens, wie Mitarbeiter und Kunden ihn kennen.</translation>
    </message>
    <message>
        <source>&amp;Country (for phone numbers)</source>
        <translation>&amp;Land (für Telefonnummern)</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation>Land für Telefonnummern</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code; type a letter to jump.</source>
        <translation>Das Land für Telefonnummern ohne Ländervorwahl; einen Buchstaben tippen, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>e.g. GBP, EUR, USD (the country&apos;s own if left empty)</source>
        <translation>z. B. EUR, CHF, GBP (leer: die Währung des Landes)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Three letters such as GBP or EUR; left empty, the country&apos;s own currency.</source>
        <translation>Drei Buchstaben wie EUR oder CHF; leer gelassen gilt die Währung des Landes.</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop — a few hundred made-up customers to try things on (clearly marked as demo data)</source>
        <translation>&amp;Beispielladen öffnen — einige hundert erfundene Kunden zum Ausprobieren (deutlich als Demodaten gekennzeichnet)</translation>
    </message>
    <message>
        <source>Open the sample shop</source>
        <translation>Beispielladen öffnen</translation>
    </message>
    <message>
        <source>Starts with a few hundred made-up customers to try things on, clearly marked as demo data (Alt+S).</source>
        <translation>Startet mit einigen hundert erfundenen Kunden zum Ausprobieren, deutlich als Demodaten gekennzeichnet (Alt+B).</translation>
    </message>
    <message>
        <source>A few hundred made-up customers to try things on (Alt+S)</source>
        <translation>Einige hundert erfundene Kunden zum Ausprobieren (Alt+B)</translation>
    </message>
    <message>
        <source>Start &amp;empty — my own shop</source>
        <translation>Leer &amp;starten — mein eigener Laden</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer starten</translation>
    </message>
    <message>
        <source>Starts your own shop with no customers yet (Alt+E).</source>
        <translation>Startet Ihren eigenen Laden, noch ohne Kunden (Alt+S).</translation>
    </message>
    <message>
        <source>Your own shop, with no customers yet (Alt+E)</source>
        <translation>Ihr eigener Laden, noch ohne Kunden (Alt+S)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <extracomment>The preview&apos;s columns: what Relate reads from each row (worded in ``_preview_headings``).</extracomment>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Bring in the customer list the shop already has: a customer export from Shopify, Square or Lightspeed, a vCard file from a phone or address book, any CSV file, or Relate&apos;s own export. Importing the same file again updates, never doubles.</source>
        <translation>Die Kundenliste übernehmen, die der Laden schon hat: einen Kundenexport aus Shopify, Square oder Lightspeed, eine vCard-Datei aus einem Telefon oder Adressbuch, eine beliebige CSV-Datei oder einen Export von Relate selbst. Ein erneuter Import derselben Datei aktualisiert, verdoppelt aber nie.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Type or paste the path of the customer list; Enter reads it.</source>
        <translation>Den Pfad der Kundenliste eingeben oder einfügen; Eingabe liest sie ein.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Opens a window to pick the customer list.</source>
        <translation>Öffnet ein Fenster zur Auswahl der Kundenliste.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>recognise it</source>
        <translation>automatisch erkennen</translation>
    </message>
    <message>
        <source>any CSV file</source>
        <translation>beliebige CSV-Datei</translation>
    </message>
    <message>
        <source>Relate&apos;s own export</source>
        <translation>Export von Relate</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Which program the file comes from; “recognise it” lets Relate tell from its columns.</source>
        <translation>Aus welchem Programm die Datei stammt; bei „automatisch erkennen“ liest Relate es an den Spalten ab.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Country for numbers without one</source>
        <translation>Land für Nummern ohne Vorwahl</translation>
    </message>
    <message>
        <source>Two letters, such as GB or IE: the country of phone numbers written without one. Empty: the shop&apos;s own.</source>
        <translation>Zwei Buchstaben, z. B. DE oder AT: das Land für Telefonnummern ohne Ländervorwahl. Leer: das Land des Ladens.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next: read the file</source>
        <translation>Weiter: Datei einlesen</translation>
    </message>
    <message>
        <source>Reads the file and shows how its columns will be imported (Enter).</source>
        <translation>Liest die Datei ein und zeigt, wie ihre Spalten importiert werden (Eingabe).</translation>
    </message>
    <message>
        <source>Read the file and show how it will be imported (Enter)</source>
        <translation>Datei einlesen und zeigen, wie sie importiert wird (Eingabe)</translation>
    </message>
    <message>
        <source>Choose the customer list</source>
        <translation>Kundenliste auswählen</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Kundenlisten (*.csv *.txt *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Zuerst eine Datei auswählen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>The file&apos;s columns</source>
        <translation>Die Spalten der Datei</translation>
    </message>
    <message>
        <source>Each column of the file and what Relate reads it as; change a row&apos;s choice to read the column differently.</source>
        <translation>Jede Spalte der Datei und als was Relate sie liest; die Auswahl einer Zeile ändern, um die Spalte anders zu lesen.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored; the last column says what needs a look.</source>
        <translation>Die ersten Zeilen der Datei, wie sie gespeichert werden; die letzte Spalte sagt, was geprüft werden sollte.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the file</source>
        <translation>Zurück zur Datei</translation>
    </message>
    <message>
        <source>Returns to choosing the file and its format.</source>
        <translation>Zurück zur Auswahl der Datei und ihres Formats.</translation>
    </message>
    <message>
        <source>Only check (save nothing)</source>
        <translation>Nur prüfen (nichts speichern)</translation>
    </message>
    <message>
        <source>Only check</source>
        <translation>Nur prüfen</translation>
    </message>
    <message>
        <source>When ticked, the import reads every row and reports, but saves nothing.</source>
        <translation>Wenn angekreuzt, liest der Import jede Zeile und berichtet, speichert aber nichts.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import the customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Starts the import; a progress bar follows and the counter keeps working.</source>
        <translation>Startet den Import; ein Fortschrittsbalken zeigt den Stand, an der Kasse geht die Arbeit weiter.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kundenkarten</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Notiz und Stichwörter</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>vCard file %1</source>
        <translation>vCard-Datei %1</translation>
    </message>
    <message>
        <source>CSV file %1</source>
        <translation>CSV-Datei %1</translation>
    </message>
    <message>
        <source>Relate export %1</source>
        <translation>Relate-Export %1</translation>
    </message>
    <message>
        <source>%1 export %2</source>
        <comment>a program&apos;s name, then the file&apos;s</comment>
        <translation>%1-Export %2</translation>
    </message>
    <message>
        <source>their number in the other program</source>
        <translation>Kundennummer im anderen Programm</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>how to say the name</source>
        <translation>Aussprache des Namens</translation>
    </message>
    <message>
        <source>a little thing</source>
        <translation>eine Vorliebe</translation>
    </message>
    <message>
        <source>consent: email</source>
        <translation>Einwilligung: E-Mail</translation>
    </message>
    <message>
        <source>consent: SMS</source>
        <translation>Einwilligung: SMS</translation>
    </message>
    <message>
        <source>consent: phone calls</source>
        <translation>Einwilligung: Anrufe</translation>
    </message>
    <message>
        <source>consent: post</source>
        <translation>Einwilligung: Post</translation>
    </message>
    <message>
        <source>no email (opted out)</source>
        <translation>keine E-Mail (abgemeldet)</translation>
    </message>
    <message>
        <source>amount spent</source>
        <translation>ausgegebener Betrag</translation>
    </message>
    <message>
        <source>number of visits</source>
        <translation>Anzahl der Besuche</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>erster Besuch</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation>letzter Besuch</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>Windows code page 1252</source>
        <translation>Windows-Codepage 1252</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) would be created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>%n Kunde würde angelegt, %1 aktualisiert, %2 schon aktuell.</numerusform>
            <numerusform>%n Kunden würden angelegt, %1 aktualisiert, %2 schon aktuell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>%n Kunde angelegt, %1 aktualisiert, %2 schon aktuell.</numerusform>
            <numerusform>%n Kunden angelegt, %1 aktualisiert, %2 schon aktuell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n Zeile nicht importiert.</numerusform>
            <numerusform>%n Zeilen nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported with something left out.</source>
        <translation>
            <numerusform>%n Zeile importiert, dabei etwas ausgelassen.</numerusform>
            <numerusform>%n Zeilen importiert, dabei etwas ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>%n leere Zeile übersprungen.</numerusform>
            <numerusform>%n leere Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a check: nothing was saved.</source>
        <translation>Nur eine Prüfung: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled: everything up to %1 is saved; run the same import again to finish it (nothing is doubled).</source>
        <translation>Abgebrochen: alles bis %1 ist gespeichert; denselben Import noch einmal starten, um ihn abzuschließen (nichts wird verdoppelt).</translation>
    </message>
    <message>
        <source>Cancelled before anything was saved.</source>
        <translation>Abgebrochen, bevor etwas gespeichert wurde.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Kundenkarte %1</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Recognised as: %1 (%2, %3). The first rows below are shown as they will be stored.</source>
        <comment>file, its encoding, its separator</comment>
        <translation>Erkannt als: %1 (%2, %3). Die ersten Zeilen unten werden so gezeigt, wie sie gespeichert werden.</translation>
    </message>
    <message>
        <source>Recognised as: %1 (%2). The first rows below are shown as they will be stored.</source>
        <comment>file, its encoding</comment>
        <translation>Erkannt als: %1 (%2). Die ersten Zeilen unten werden so gezeigt, wie sie gespeichert werden.</translation>
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation>„%1“ lesen als</translation>
    </message>
    <message>
        <source>What Relate reads this column as; “(not imported)” leaves it out.</source>
        <translation>Als was Relate diese Spalte liest; „(nicht importiert)“ lässt sie aus.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stops after the batch being stored; what was stored stays, and importing the file again finishes it.</source>
        <translation>Hält nach dem gerade gespeicherten Stapel an; Gespeichertes bleibt, ein erneuter Import der Datei schließt ihn ab.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 to look at</source>
        <translation>%1 Zeilen gelesen: %2 neu, %3 aktualisiert, %4 zu prüfen</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Halte nach diesem Stapel an…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>One line for each row that was not imported or had something left out; read only.</source>
        <translation>Eine Zeile für jede Zeile, die nicht importiert oder bei der etwas ausgelassen wurde; nur lesbar.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes the import window.</source>
        <translation>Schließt das Importfenster.</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Alle Zeilen wurden importiert.</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>Bericht gespeichert als %1</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Der Bericht konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LittleThingsPanel</name>
    <message>
        <source>+ little thing: the what, not the why</source>
        <translation>+ Vorliebe: das Was, nicht das Warum</translation>
    </message>
    <message>
        <source>Add a little thing</source>
        <translation>Vorliebe hinzufügen</translation>
    </message>
    <message>
        <source>Type what the customer prefers, e.g. “Receipt: always”, and press Enter to add it</source>
        <translation>Eingeben, was der Kunde mag, z. B. „Kassenbon: immer“, und mit Eingabe hinzufügen</translation>
    </message>
    <message>
        <source>Add a little thing to the card (Enter)</source>
        <translation>Vorliebe zur Karteikarte hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <source>Shown on the card only: masked in lists, left out of exports</source>
        <translation>Nur auf der Karteikarte sichtbar: in Listen verdeckt, nicht exportiert</translation>
    </message>
    <message>
        <source>Sensitive little thing</source>
        <translation>Vertrauliche Vorliebe</translation>
    </message>
    <message>
        <source>Check before adding: the little thing is shown on the card only, masked in lists and left out of exports</source>
        <translation>Vor dem Hinzufügen ankreuzen: Die Vorliebe erscheint nur auf der Karteikarte, wird in Listen verdeckt und nicht exportiert</translation>
    </message>
</context>
<context>
    <name>LookupController</name>
    <message numerus="yes">
        <source>%n customers have this number: ↑ ↓ to choose, Enter to open</source>
        <extracomment>Coalesces a burst of keys into one search; kept short because the card-scanner filter already holds typed keys back a moment (gui/scanner.py) and the newest text always wins.</extracomment>
        <translation>
            <numerusform>%n Kunde hat diese Nummer: ↑ ↓ zum Wählen, Eingabe zum Öffnen</numerusform>
            <numerusform>%n Kunden haben diese Nummer: ↑ ↓ zum Wählen, Eingabe zum Öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1…</source>
        <translation>Kundenkarte %1…</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open</source>
        <translation>↑ ↓ zum Wählen, Eingabe zum Öffnen</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Press Enter to add a new customer with it filled in.</source>
        <translation>Nichts gefunden für „%1“. Eingabe legt einen neuen Kunden damit an.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in: %1</source>
        <extracomment>How often another PC&apos;s changes are looked for (a cheap, indexed query).</extracomment>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Type a phone number, the last digits, a name, an email or scan a card. Enter opens the customer; nothing found, Enter adds them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Telefonnummer, die letzten Ziffern, einen Namen oder eine E-Mail eingeben oder eine Kundenkarte scannen. Eingabe öffnet den Kunden; wird nichts gefunden, legt Eingabe ihn neu an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Language, theme, &amp;shop server and backups…</source>
        <translation>Sprache, Design, &amp;Ladenserver und Sicherungen…</translation>
    </message>
    <message>
        <source>Relate</source>
        <translation>Relate</translation>
    </message>
    <message>
        <source>Relate — %1</source>
        <translation>Relate — %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Manager&apos;s queue</source>
        <translation>Warteschlange der Ladenleitung</translation>
    </message>
    <message numerus="yes">
        <source>Queue · %n urgent</source>
        <translation>
            <numerusform>Warteschlange · %n dringend</numerusform>
            <numerusform>Warteschlange · %n dringend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manager&apos;s queue, %n urgent</source>
        <translation>
            <numerusform>Warteschlange der Ladenleitung, %n dringend</numerusform>
            <numerusform>Warteschlange der Ladenleitung, %n dringend</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: %1 — %2 (raised by %3)</source>
        <translation>Dringend: %1 — %2 (gemeldet von %3)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>Laufkunde</translation>
    </message>
    <message>
        <source>Relate — urgent escalation</source>
        <translation>Relate — dringende Eskalation</translation>
    </message>
    <message>
        <source>%1 resolved the escalation you raised about %2 (“%3”): %4. %5</source>
        <translation>%1 hat Ihre Eskalation zu %2 („%3“) erledigt: %4. %5</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>ein Laufkunde</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Relate</source>
        <translation>Über &amp;Relate</translation>
    </message>
    <message>
        <source>Phone, last 4 digits, name, email or card — Ctrl+F</source>
        <translation>Telefon, letzte 4 Ziffern, Name, E-Mail oder Kundenkarte — Strg+F</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Find a customer (Ctrl+F; Esc also comes back here)</source>
        <translation>Kunden suchen (Strg+F; auch Esc führt hierher zurück)</translation>
    </message>
    <message>
        <source>Type a phone number, its last digits, any word of the name, an email or a card number; Up and Down pick, Enter opens, Ctrl+F comes back here</source>
        <translation>Eine Telefonnummer, ihre letzten Ziffern, ein Wort des Namens, eine E-Mail oder eine Kundenkartennummer eingeben; ↑ und ↓ wählen, Eingabe öffnet, Strg+F führt hierher zurück</translation>
    </message>
    <message>
        <source>Starts a new customer&apos;s card with what was typed in the search box filled in (Ctrl+N)</source>
        <translation>Legt eine neue Karteikarte an, mit dem, was im Suchfeld steht, schon ausgefüllt (Strg+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>Neuer Kunde (Strg+N)</translation>
    </message>
    <message>
        <source>Opens the manager&apos;s queue of escalations; the button says how many are urgent (Ctrl+M)</source>
        <translation>Öffnet die Warteschlange der Ladenleitung mit den Eskalationen; die Schaltfläche zeigt, wie viele dringend sind (Strg+M)</translation>
    </message>
    <message>
        <source>The manager&apos;s queue of escalations (Ctrl+M)</source>
        <translation>Die Warteschlange der Ladenleitung mit den Eskalationen (Strg+M)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>SAMPLE SHOP — demo data, not real customers. Start your own shop from an empty data folder.</source>
        <translation>BEISPIELLADEN — Demodaten, keine echten Kunden. Ihren eigenen Laden starten Sie mit einem leeren Datenordner.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Opens the card of the customer the notification is about and dismisses it</source>
        <translation>Öffnet die Karteikarte des Kunden, um den es geht, und blendet die Benachrichtigung aus</translation>
    </message>
    <message>
        <source>Open the customer&apos;s card</source>
        <translation>Karteikarte des Kunden öffnen</translation>
    </message>
    <message>
        <source>Open the card of the customer this is about</source>
        <translation>Karteikarte des Kunden öffnen, um den es geht</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Karteikarte öffnen</translation>
    </message>
    <message>
        <source>Marks the notification as read and shows the next one, if any</source>
        <translation>Markiert die Benachrichtigung als gelesen und zeigt die nächste, falls vorhanden</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Benachrichtigung ausblenden</translation>
    </message>
    <message>
        <source>Dismiss this notification</source>
        <translation>Diese Benachrichtigung ausblenden</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Customers matching what was typed; Up and Down in the search box pick one, Enter opens the card</source>
        <translation>Kunden, die zur Eingabe passen; ↑ und ↓ im Suchfeld wählen einen, Eingabe öffnet die Karteikarte</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Takes back what the message beside it says was just done (Ctrl+Z)</source>
        <translation>Nimmt zurück, was laut der Meldung daneben gerade getan wurde (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Letzte Aktion rückgängig machen</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+F find · Ctrl+N new · Ctrl+P promise · Ctrl+M queue · Esc back to search · F1 all keys</source>
        <translation>Strg+F Suchen · Strg+N Neu · Strg+P Zusage · Strg+M Warteschlange · Esc zur Suche · F1 alle Tasten</translation>
    </message>
</context>
<context>
    <name>ManagerQueuePanel</name>
    <message>
        <source>Open escalations on the left, the selected one and its actions on the right. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.</source>
        <translation>Links die offenen Eskalationen, rechts die gewählte mit ihren Aktionen. Strg+T übernimmt, Strg+Eingabe erledigt, Esc schließt die Warteschlange.</translation>
    </message>
    <message>
        <source>Relate — Manager queue</source>
        <translation>Relate — Warteschlange der Ladenleitung</translation>
    </message>
    <message>
        <source>Manager queue</source>
        <translation>Warteschlange der Ladenleitung</translation>
    </message>
    <message>
        <source>How many escalations are open, how many are urgent and how many are past their target time.</source>
        <translation>Wie viele Eskalationen offen sind, wie viele dringend und wie viele ihre Zielzeit überschritten haben.</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Überblick über die Warteschlange</translation>
    </message>
    <message>
        <source>Up and Down pick an escalation; its age says in words when it is overdue or due soon. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.</source>
        <translation>↑ und ↓ wählen eine Eskalation; ihr Alter sagt in Worten, wenn sie überfällig oder bald fällig ist. Strg+T übernimmt, Strg+Eingabe erledigt, Esc schließt die Warteschlange.</translation>
    </message>
    <message>
        <source>Open escalations, urgent and oldest first</source>
        <translation>Offene Eskalationen, dringende und älteste zuerst</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Was der Kunde gesagt hat</translation>
    </message>
    <message>
        <source>The customer in short</source>
        <translation>Der Kunde in Kürze</translation>
    </message>
    <message>
        <source>Shows this customer&apos;s card in the counter window.</source>
        <translation>Zeigt die Karteikarte dieses Kunden im Hauptfenster.</translation>
    </message>
    <message>
        <source>Open the customer&apos;s card</source>
        <translation>Karteikarte des Kunden öffnen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The notes added to this escalation, with who wrote them and when.</source>
        <translation>Die Notizen zu dieser Eskalation, mit Verfasser und Zeitpunkt.</translation>
    </message>
    <message>
        <source>Add a note to this escalation (Enter)</source>
        <translation>Notiz zu dieser Eskalation hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Type a note for this escalation and press Enter to add it.</source>
        <translation>Eine Notiz zu dieser Eskalation eingeben und mit Eingabe hinzufügen.</translation>
    </message>
    <message>
        <source>Add a note, Enter</source>
        <translation>Notiz hinzufügen, Eingabe</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Take ownership of the selected escalation (Ctrl+T)</source>
        <translation>Die gewählte Eskalation übernehmen (Strg+T)</translation>
    </message>
    <message>
        <source>Makes you the owner of the selected escalation (Ctrl+T).</source>
        <translation>Macht Sie für die gewählte Eskalation zuständig (Strg+T).</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Take ownership (Ctrl+T)</source>
        <translation>Übernehmen (Strg+T)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>What the shop did for the customer (Alt+O)</source>
        <translation>Was der Laden für den Kunden getan hat (Alt+E)</translation>
    </message>
    <message>
        <source>What the shop did for the customer (Alt+O).</source>
        <translation>Was der Laden für den Kunden getan hat (Alt+E).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>&amp;Was getan wurde</translation>
    </message>
    <message>
        <source>What was done; Enter resolves (Alt+D)</source>
        <translation>Was getan wurde; Eingabe erledigt (Alt+W)</translation>
    </message>
    <message>
        <source>What was done, in a few words; Enter resolves the escalation (Alt+D).</source>
        <translation>Was getan wurde, in wenigen Worten; Eingabe erledigt die Eskalation (Alt+W).</translation>
    </message>
    <message>
        <source>e.g. refund issued, called to apologise</source>
        <translation>z. B. Geld erstattet, angerufen und entschuldigt</translation>
    </message>
    <message>
        <source>Resolution note</source>
        <translation>Notiz zur Erledigung</translation>
    </message>
    <message>
        <source>Records a promise to the customer together with the resolution.</source>
        <translation>Trägt zusammen mit der Erledigung eine Zusage an den Kunden ein.</translation>
    </message>
    <message>
        <source>Promise something to the customer</source>
        <translation>Dem Kunden etwas zusagen</translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation>&amp;Zusage</translation>
    </message>
    <message>
        <source>A credit, a call back, an order set aside or a follow-up.</source>
        <translation>Eine Gutschrift, ein Rückruf, eine zurückgelegte Bestellung oder eine Nachfrage.</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Art der Zusage</translation>
    </message>
    <message>
        <source>The amount of money promised, if any; zero means no amount.</source>
        <translation>Der zugesagte Geldbetrag, falls es einen gibt; null heißt: kein Betrag.</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>The day the promise is due; it is shown as overdue after that.</source>
        <translation>Der Tag, an dem die Zusage fällig ist; danach wird sie als überfällig gezeigt.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>What is promised (Alt+P)</source>
        <translation>Was zugesagt wird (Alt+Z)</translation>
    </message>
    <message>
        <source>What is promised, in the words the customer will hear (Alt+P).</source>
        <translation>Was zugesagt wird, in den Worten, die der Kunde hören wird (Alt+Z).</translation>
    </message>
    <message>
        <source>e.g. £20 credit on next visit</source>
        <translation>z. B. 20 € Gutschrift beim nächsten Einkauf</translation>
    </message>
    <message>
        <source>What is promised</source>
        <translation>Was zugesagt wird</translation>
    </message>
    <message>
        <source>Schedules a call to check the customer is happy with the outcome (Alt+U).</source>
        <translation>Plant einen Anruf, um nachzufragen, ob der Kunde mit dem Ergebnis zufrieden ist (Alt+F).</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation>Nach&amp;fragen am</translation>
    </message>
    <message>
        <source>Schedule a call to check the customer is happy with the outcome (Alt+U)</source>
        <translation>Anruf planen, um nachzufragen, ob der Kunde mit dem Ergebnis zufrieden ist (Alt+F)</translation>
    </message>
    <message>
        <source>The day to call the customer back.</source>
        <translation>Der Tag, an dem der Kunde angerufen wird.</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum der Nachfrage</translation>
    </message>
    <message>
        <source>Resolve the escalation (Ctrl+Enter)</source>
        <translation>Eskalation erledigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Resolves the escalation with this outcome; the answer goes to the customer&apos;s card and to whoever raised it (Ctrl+Enter).</source>
        <translation>Erledigt die Eskalation mit diesem Ergebnis; die Antwort geht auf die Karteikarte des Kunden und an die Person, die sie gemeldet hat (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>Erledigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ManagerQueueWindow</name>
    <message>
        <source>Only a manager can do this.</source>
        <translation>Das darf nur die Ladenleitung.</translation>
    </message>
    <message>
        <source>%1 open · %2 urgent · %3 past their target time</source>
        <translation>%1 offen · %2 dringend · %3 über der Zielzeit</translation>
    </message>
    <message>
        <source>Nothing waiting. Well done.</source>
        <translation>Nichts wartet. Gut gemacht!</translation>
    </message>
    <message>
        <source>raised by %1, %2</source>
        <translation>gemeldet von %1, %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>A walk-in (no customer on file)</source>
        <translation>Ein Laufkunde (ohne Karteikarte)</translation>
    </message>
    <message>
        <source>🔒 (sensitive)</source>
        <translation>🔒 (vertraulich)</translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n offene Zusage</numerusform>
            <numerusform>%n offene Zusagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other open escalation(s)</source>
        <translation>
            <numerusform>%n weitere offene Eskalation</numerusform>
            <numerusform>%n weitere offene Eskalationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Ein neuer Kunde braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>NewCustomerPanel</name>
    <message>
        <source>New customer — Enter creates the card, Esc goes back</source>
        <translation>Neuer Kunde — Eingabe legt die Karteikarte an, Esc geht zurück</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>The customer&apos;s name, as they like to be called (required); Enter creates the card, Esc goes back</source>
        <translation>Der Name des Kunden, so wie er angesprochen werden möchte (Pflichtfeld); Eingabe legt die Karteikarte an, Esc geht zurück</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How to &amp;say it</source>
        <translation>&amp;Aussprache</translation>
    </message>
    <message>
        <source>Optional: how to say the name, e.g. SHIV-awn; Enter creates the card, Esc goes back</source>
        <translation>Freiwillig: wie der Name ausgesprochen wird, z. B. SCHI-wahn; Eingabe legt die Karteikarte an, Esc geht zurück</translation>
    </message>
    <message>
        <source>optional, e.g. SHIV-awn</source>
        <translation>freiwillig, z. B. SCHI-wahn</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Aussprache des Namens</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>A phone number in any format; Enter creates the card, Esc goes back</source>
        <translation>Eine Telefonnummer in beliebiger Schreibweise; Eingabe legt die Karteikarte an, Esc geht zurück</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>An email address; Enter creates the card, Esc goes back</source>
        <translation>Eine E-Mail-Adresse; Eingabe legt die Karteikarte an, Esc geht zurück</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Loyalty &amp;card</source>
        <translation>Kundenka&amp;rte</translation>
    </message>
    <message>
        <source>The loyalty card number, typed or scanned; Enter creates the card, Esc goes back</source>
        <translation>Die Nummer der Kundenkarte, eingetippt oder gescannt; Eingabe legt die Karteikarte an, Esc geht zurück</translation>
    </message>
    <message>
        <source>Loyalty card number</source>
        <translation>Kundenkartennummer</translation>
    </message>
    <message>
        <source>Speaks (&amp;language)</source>
        <translation>Spricht (&amp;Sprache)</translation>
    </message>
    <message>
        <source>The language the customer prefers to speak: pick one or type any language; Enter creates the card, Esc goes back</source>
        <translation>Die Sprache, die der Kunde am liebsten spricht: eine wählen oder eine beliebige eingeben; Eingabe legt die Karteikarte an, Esc geht zurück</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Goes back to the search box without creating a card (Esc)</source>
        <translation>Zurück zum Suchfeld, ohne eine Karteikarte anzulegen (Esc)</translation>
    </message>
    <message>
        <source>Cancel the new customer</source>
        <translation>Neuen Kunden verwerfen</translation>
    </message>
    <message>
        <source>Back without creating a card (Esc)</source>
        <translation>Zurück, ohne Karteikarte anzulegen (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Creates the customer&apos;s card and opens it, with the cursor in the remark editor (Enter)</source>
        <translation>Legt die Karteikarte an und öffnet sie, mit dem Cursor im Anmerkungsfeld (Eingabe)</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Karteikarte anlegen</translation>
    </message>
    <message>
        <source>Create the customer&apos;s card (Enter)</source>
        <translation>Karteikarte des Kunden anlegen (Eingabe)</translation>
    </message>
</context>
<context>
    <name>OpenMatters</name>
    <message>
        <source>Cancel</source>
        <extracomment>A button on a row: its text, what it does, its accessible name, its tooltip/description.</extracomment>
        <translation>Streichen</translation>
    </message>
    <message>
        <source>Cancel the promise “%1”</source>
        <translation>Zusage „%1“ streichen</translation>
    </message>
    <message>
        <source>Cancels “%1”; Undo in the message line takes it back.</source>
        <translation>Streicht „%1“; „Rückgängig“ in der Meldungszeile nimmt es zurück.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Satisfied with “%1”</source>
        <translation>Zufrieden mit „%1“</translation>
    </message>
    <message>
        <source>They are happy with how it was put right</source>
        <translation>Der Kunde ist zufrieden damit, wie es in Ordnung gebracht wurde</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Nicht zufrieden</translation>
    </message>
    <message>
        <source>Not satisfied with “%1”</source>
        <translation>Nicht zufrieden mit „%1“</translation>
    </message>
    <message>
        <source>They are still not happy</source>
        <translation>Der Kunde ist immer noch nicht zufrieden</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Mark “%1” as kept</source>
        <translation>„%1“ als eingehalten markieren</translation>
    </message>
    <message>
        <source>Marks the promise as kept; Undo in the message line takes it back.</source>
        <translation>Markiert die Zusage als eingehalten; „Rückgängig“ in der Meldungszeile nimmt es zurück.</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Mitgeteilt</translation>
    </message>
    <message>
        <source>Told the customer about “%1”</source>
        <translation>Dem Kunden „%1“ mitgeteilt</translation>
    </message>
    <message>
        <source>The customer has been told the outcome; the line goes away</source>
        <translation>Dem Kunden wurde das Ergebnis mitgeteilt; die Zeile verschwindet</translation>
    </message>
    <message>
        <source>, LATE — was due %1</source>
        <translation>, ÜBERFÄLLIG — war fällig am %1</translation>
    </message>
    <message>
        <source>, due today</source>
        <translation>, heute fällig</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, fällig am %1</translation>
    </message>
    <message>
        <source>PROMISED</source>
        <translation>ZUGESAGT</translation>
    </message>
    <message>
        <source>being handled by %1</source>
        <translation>in Bearbeitung bei %1</translation>
    </message>
    <message>
        <source>waiting for a manager</source>
        <translation>wartet auf die Ladenleitung</translation>
    </message>
    <message>
        <source>URGENT · </source>
        <translation>DRINGEND · </translation>
    </message>
    <message>
        <source>WITH MANAGER</source>
        <translation>BEI LADENLEITUNG</translation>
    </message>
    <message>
        <source>TELL THEM</source>
        <translation>MITTEILEN</translation>
    </message>
    <message>
        <source>(about “%1”, %2 by %3)</source>
        <translation>(zu „%1“, %2 von %3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days (%1)</source>
        <translation>
            <numerusform>in %Ln Tag (%1)</numerusform>
            <numerusform>in %Ln Tagen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln years</source>
        <translation>
            <numerusform> — %Ln Jahr</numerusform>
            <numerusform> — %Ln Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source> — 1 year</source>
        <translation> — 1 Jahr</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Priority</source>
        <extracomment>Rows read per trip to the database when they scroll into view (a few screens&apos; worth).</extracomment>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>noch niemand zuständig</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — überfällig</translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation>%1 — bald fällig</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>Laufkunde</translation>
    </message>
</context>
<context>
    <name>RemarkEditor</name>
    <message>
        <source>%1  (%2)</source>
        <extracomment>How long &quot;Saved — Undo&quot; stays offered. Switches the conversation&apos;s language (Ctrl+L locks the screen, Ctrl+1 … 6 pick the kind).</extracomment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>(about nobody in particular)</source>
        <translation>(zu niemand Bestimmtem)</translation>
    </message>
    <message>
        <source>Log what they said</source>
        <translation>Festhalten, was gesagt wurde</translation>
    </message>
    <message>
        <source>Walk-in remark (no customer)</source>
        <translation>Anmerkung eines Laufkunden (ohne Karteikarte)</translation>
    </message>
    <message>
        <source>Conversation in %1</source>
        <translation>Gespräch auf %1</translation>
    </message>
    <message>
        <source>Type what the customer said first, then press Enter.</source>
        <translation>Zuerst eingeben, was der Kunde gesagt hat, dann Eingabe drücken.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>Kept on this PC: the shop server cannot be reached. It is sent by itself when the server is back (%1 waiting).</source>
        <translation>Auf diesem PC aufbewahrt: Der Ladenserver ist nicht erreichbar. Sobald er wieder da ist, wird automatisch gesendet (%1 warten).</translation>
    </message>
    <message>
        <source>Saved and sent to the manager</source>
        <translation>Gespeichert und an die Ladenleitung geschickt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undone — the text is back in the editor</source>
        <translation>Rückgängig gemacht — der Text steht wieder im Eingabefeld</translation>
    </message>
</context>
<context>
    <name>RemarkEditorPanel</name>
    <message>
        <source>Log what they said</source>
        <translation>Festhalten, was gesagt wurde</translation>
    </message>
    <message>
        <source>Complaint, compliment, request, question, idea or note; Ctrl+1 to Ctrl+6 pick one from anywhere on the card</source>
        <translation>Beschwerde, Lob, Wunsch, Frage, Idee oder Notiz; Strg+1 bis Strg+6 wählen überall auf der Karteikarte</translation>
    </message>
    <message>
        <source>Kind of remark (Ctrl+1 … Ctrl+6)</source>
        <translation>Art der Anmerkung (Strg+1 … Strg+6)</translation>
    </message>
    <message>
        <source>Kind of remark</source>
        <translation>Art der Anmerkung</translation>
    </message>
    <message>
        <source>Where the customer said it: at the counter, on the phone, by email, in an online review or in person</source>
        <translation>Wo der Kunde es gesagt hat: an der Kasse, am Telefon, per E-Mail, in einer Online-Bewertung oder persönlich</translation>
    </message>
    <message>
        <source>Where the customer said it</source>
        <translation>Wo der Kunde es gesagt hat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>The language the conversation was in (Ctrl+Shift+L: switch between the customer&apos;s language and the shop&apos;s, or pick another)</source>
        <translation>Die Sprache des Gesprächs (Strg+Umschalt+L: zwischen der Sprache des Kunden und der des Ladens wechseln oder eine andere wählen)</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Gesprächssprache</translation>
    </message>
    <message>
        <source>The language the conversation was in, saved with the remark; Ctrl+Shift+L switches it</source>
        <translation>Die Sprache des Gesprächs, wird mit der Anmerkung gespeichert; Strg+Umschalt+L wechselt sie</translation>
    </message>
    <message>
        <source>Optional words to find the remark by later, separated by commas</source>
        <translation>Freiwillige Stichwörter, um die Anmerkung später wiederzufinden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags for the remark, separated by commas</source>
        <translation>Stichwörter zur Anmerkung, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>tags, comma-separated</source>
        <translation>Stichwörter, mit Komma getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>For a compliment: the member of staff it is about; they see it when they next sign in</source>
        <translation>Bei Lob: der Mitarbeiter, um den es geht; er sieht es bei der nächsten Anmeldung</translation>
    </message>
    <message>
        <source>Who the compliment is about: it reaches them when they sign in</source>
        <translation>Wen das Lob betrifft: es erreicht die Person bei der Anmeldung</translation>
    </message>
    <message>
        <source>Compliment about</source>
        <translation>Lob für</translation>
    </message>
    <message>
        <source>Save the remark (Enter) · new line (Shift+Enter) · escalate (Ctrl+Enter) · urgent (Ctrl+Shift+Enter)</source>
        <translation>Anmerkung speichern (Eingabe) · neue Zeile (Umschalt+Eingabe) · eskalieren (Strg+Eingabe) · dringend (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation>Was hat der Kunde gesagt?</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Type what the customer said. Enter saves, Shift+Enter starts a new line, Ctrl+Enter saves and escalates to the manager, Ctrl+Shift+Enter escalates as urgent, Ctrl+Z takes back the remark just saved</source>
        <translation>Eingeben, was der Kunde gesagt hat. Eingabe speichert, Umschalt+Eingabe beginnt eine neue Zeile, Strg+Eingabe speichert und eskaliert an die Ladenleitung, Strg+Umschalt+Eingabe eskaliert als dringend, Strg+Z nimmt die eben gespeicherte Anmerkung zurück</translation>
    </message>
    <message>
        <source>Enter save · Shift+Enter new line · Ctrl+Enter escalate · Ctrl+Shift+Enter urgent · Ctrl+Z undo</source>
        <translation>Eingabe speichert · Umschalt+Eingabe neue Zeile · Strg+Eingabe eskaliert · Strg+Umschalt+Eingabe dringend · Strg+Z rückgängig</translation>
    </message>
    <message>
        <source>Remark status</source>
        <translation>Status der Anmerkung</translation>
    </message>
    <message>
        <source>Takes back the remark just saved and puts its text back in the editor (Ctrl+Z)</source>
        <translation>Nimmt die eben gespeicherte Anmerkung zurück und stellt ihren Text wieder ins Eingabefeld (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo the remark just saved</source>
        <translation>Eben gespeicherte Anmerkung zurücknehmen</translation>
    </message>
    <message>
        <source>Take back the remark just saved (Ctrl+Z)</source>
        <translation>Eben gespeicherte Anmerkung zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shop server&lt;/b&gt; (several PCs sharing one database). Leave the server empty to keep this PC&apos;s own database.</source>
        <translation>&lt;b&gt;Ladenserver&lt;/b&gt; (mehrere PCs teilen sich eine Datenbank). Server leer lassen, um die eigene Datenbank dieses PCs zu behalten.</translation>
    </message>
    <message>
        <source>e.g. backoffice or 192.168.1.10</source>
        <translation>z. B. buero oder 192.168.1.10</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt; of this PC&apos;s own database</source>
        <translation>&lt;b&gt;Sicherungen&lt;/b&gt; der eigenen Datenbank dieses PCs</translation>
    </message>
    <message>
        <source>the data folder&apos;s backups/</source>
        <translation>backups/ im Datenordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Aufbewahren (Anzahl)</translation>
    </message>
    <message>
        <source>Same as this PC (%1)</source>
        <translation>Wie dieser PC (%1)</translation>
    </message>
    <message>
        <source>Relate will use the new language after a restart.</source>
        <translation>Relate verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light or dark windows, or as this PC&apos;s desktop is</source>
        <translation>Helle oder dunkle Fenster, oder wie der Desktop dieses PCs</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Relate&apos;s windows on this PC; used after a restart</source>
        <translation>Die Sprache der Relate-Fenster auf diesem PC; gilt nach einem Neustart</translation>
    </message>
    <message>
        <source>The shop server&apos;s name or address; leave it empty to keep this PC&apos;s own database</source>
        <translation>Name oder Adresse des Ladenservers; leer lassen, um die eigene Datenbank dieses PCs zu behalten</translation>
    </message>
    <message>
        <source>The shop server&apos;s PostgreSQL port, usually 5432</source>
        <translation>Der PostgreSQL-Port des Ladenservers, meist 5432</translation>
    </message>
    <message>
        <source>The name of Relate&apos;s database on the server</source>
        <translation>Der Name der Relate-Datenbank auf dem Server</translation>
    </message>
    <message>
        <source>The user name Relate signs in to the server with</source>
        <translation>Der Benutzername, mit dem sich Relate am Server anmeldet</translation>
    </message>
    <message>
        <source>That user&apos;s password; it is stored on this PC and never shown again</source>
        <translation>Das Passwort dieses Benutzers; es wird auf diesem PC gespeichert und nie wieder angezeigt</translation>
    </message>
    <message>
        <source>Tries the server with these details and says what is wrong, if anything</source>
        <translation>Probiert den Server mit diesen Angaben aus und sagt, was gegebenenfalls nicht stimmt</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>What the last connection test found</source>
        <translation>Was der letzte Verbindungstest ergeben hat</translation>
    </message>
    <message>
        <source>Where this PC writes its backups; empty means the data folder&apos;s backups folder</source>
        <translation>Wohin dieser PC seine Sicherungen schreibt; leer heißt: der Ordner backups im Datenordner</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Opens a folder picker for the backup folder</source>
        <translation>Öffnet eine Ordnerauswahl für den Sicherungsordner</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source>How many backups of each kind this PC keeps; older ones are deleted</source>
        <translation>Wie viele Sicherungen jeder Art dieser PC aufbewahrt; ältere werden gelöscht</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address first.</source>
        <translation>Zuerst Name oder Adresse des Servers eingeben.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address Relate understands.</source>
        <translation>„%1“ ist keine Datenbankadresse, die Relate versteht.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed on this PC; install Relate with its PostgreSQL extra.</source>
        <translation>Der PostgreSQL-Treiber ist auf diesem PC nicht installiert; Relate mit der PostgreSQL-Erweiterung (Extra) installieren.</translation>
    </message>
    <message>
        <source>The shop server %2 cannot be reached. Is the back-office PC on, is PostgreSQL running there, and does its firewall let port %5 through?</source>
        <translation>Der Ladenserver %2 ist nicht erreichbar. Ist der PC im Büro eingeschaltet, läuft dort PostgreSQL, und lässt seine Firewall Port %5 durch?</translation>
    </message>
    <message>
        <source>The server %2 does not let user &apos;%3&apos; in to &apos;%4&apos; from this PC. See the README (the shop server) for the setting on the server.</source>
        <translation>Der Server %2 lässt den Benutzer „%3“ von diesem PC aus nicht in „%4“. Die Einstellung auf dem Server steht in der README (Abschnitt zum Ladenserver).</translation>
    </message>
    <message>
        <source>The server %2 turned down the user name or password for user &apos;%3&apos;. Check both (the password is case-sensitive).</source>
        <translation>Der Server %2 hat Benutzername oder Passwort für den Benutzer „%3“ abgelehnt. Beides prüfen (beim Passwort zählt Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>The server %2 wants a password for user &apos;%3&apos;.</source>
        <translation>Der Server %2 verlangt ein Passwort für den Benutzer „%3“.</translation>
    </message>
    <message>
        <source>The server %2 is there, but has no database called &apos;%4&apos;. Create it on the server (see the README) or correct the name.</source>
        <translation>Der Server %2 ist erreichbar, hat aber keine Datenbank namens „%4“. Sie auf dem Server anlegen (siehe README) oder den Namen korrigieren.</translation>
    </message>
    <message>
        <source>Connected to %1, but it was set up by a newer Relate. Install the newer Relate on this PC.</source>
        <translation>Mit %1 verbunden, aber sie wurde von einer neueren Relate-Version eingerichtet. Die neuere Relate-Version auf diesem PC installieren.</translation>
    </message>
    <message>
        <source>Connected to %1, but it is not a Relate database.</source>
        <translation>Mit %1 verbunden, aber das ist keine Relate-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: it is damaged or not a Relate database.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: Sie ist beschädigt oder keine Relate-Datenbank.</translation>
    </message>
    <message>
        <source>Connected to %1. It is empty: Relate sets it up on its first start.</source>
        <translation>Mit %1 verbunden. Sie ist leer: Relate richtet sie beim ersten Start ein.</translation>
    </message>
    <message>
        <source>Connected to %1. Relate can use this database.</source>
        <translation>Mit %1 verbunden. Relate kann diese Datenbank verwenden.</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>Sample shop: the sample staff&apos;s PIN is %1.</source>
        <extracomment>Minutes without a key or a click before the window locks itself; a per-PC setting.</extracomment>
        <translation>Beispielladen: Die PIN der Beispiel-Mitarbeiter ist %1.</translation>
    </message>
    <message>
        <source>Offline: the shop server cannot be reached. Sign in as usual; what you type is kept on this PC and sent when the server is back.</source>
        <translation>Offline: Der Ladenserver ist nicht erreichbar. Wie gewohnt anmelden; Eingaben werden auf diesem PC aufbewahrt und gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Relate — Sign in</source>
        <translation>Relate — Anmelden</translation>
    </message>
</context>
<context>
    <name>ShopInsightsPanel</name>
    <message>
        <source>Relate — What customers are saying</source>
        <translation>Relate — Was Kunden sagen</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Digest as P&amp;DF…</source>
        <translation>Übersicht als P&amp;DF…</translation>
    </message>
    <message>
        <source>A period&apos;s remarks by kind and tag, escalations, promises kept and follow-ups; Esc closes the window.</source>
        <translation>Die Anmerkungen eines Zeitraums nach Art und Stichwort, Eskalationen, eingehaltene Zusagen und Nachfragen; Esc schließt das Fenster.</translation>
    </message>
    <message>
        <source>What customers are saying</source>
        <translation>Was Kunden sagen</translation>
    </message>
    <message>
        <source>The period to count (Alt+P)</source>
        <translation>Der Zeitraum für die Zählung (Alt+Z)</translation>
    </message>
    <message>
        <source>This week, last week, this month, last month or days you choose (Alt+P).</source>
        <translation>Diese Woche, letzte Woche, dieser Monat, letzter Monat oder selbst gewählte Tage (Alt+Z).</translation>
    </message>
    <message>
        <source>The first day of a custom period (Alt+F)</source>
        <translation>Der erste Tag eines eigenen Zeitraums (Alt+V)</translation>
    </message>
    <message>
        <source>The first day of a custom period (Alt+F).</source>
        <translation>Der erste Tag eines eigenen Zeitraums (Alt+V).</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>The last day of a custom period (Alt+O)</source>
        <translation>Der letzte Tag eines eigenen Zeitraums (Alt+B)</translation>
    </message>
    <message>
        <source>The last day of a custom period (Alt+O).</source>
        <translation>Der letzte Tag eines eigenen Zeitraums (Alt+B).</translation>
    </message>
    <message>
        <source>Saves a one-page digest of this period as a PDF for the weekly meeting (Alt+D).</source>
        <translation>Speichert eine einseitige Übersicht dieses Zeitraums als PDF für die Wochenbesprechung (Alt+D).</translation>
    </message>
    <message>
        <source>Digest as PDF</source>
        <translation>Übersicht als PDF</translation>
    </message>
    <message>
        <source>A one-page digest of this period for the weekly meeting (Alt+D)</source>
        <translation>Eine einseitige Übersicht dieses Zeitraums für die Wochenbesprechung (Alt+D)</translation>
    </message>
    <message>
        <source>This period&apos;s figures as a CSV file for a spreadsheet (Alt+C)</source>
        <translation>Die Zahlen dieses Zeitraums als CSV-Datei für eine Tabellenkalkulation (Alt+C)</translation>
    </message>
    <message>
        <source>Saves this period&apos;s figures as a CSV file for a spreadsheet (Alt+C).</source>
        <translation>Speichert die Zahlen dieses Zeitraums als CSV-Datei für eine Tabellenkalkulation (Alt+C).</translation>
    </message>
    <message>
        <source>Digest as CSV</source>
        <translation>Übersicht als CSV</translation>
    </message>
    <message>
        <source>Digest as &amp;CSV…</source>
        <translation>Übersicht als &amp;CSV…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What customers said, and how escalations and promises were handled; Ctrl+Tab changes tab.</source>
        <translation>Was Kunden gesagt haben und wie mit Eskalationen und Zusagen umgegangen wurde; Strg+Tab wechselt den Reiter.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>By &amp;kind — pick one to read what was said</source>
        <translation>Nach &amp;Art — eine wählen, um zu lesen, was gesagt wurde</translation>
    </message>
    <message>
        <source>How many remarks of each kind, against the period before; pick a kind to read what was said (Alt+K).</source>
        <translation>Wie viele Anmerkungen jeder Art, verglichen mit dem Zeitraum davor; eine Art wählen, um zu lesen, was gesagt wurde (Alt+A).</translation>
    </message>
    <message>
        <source>Remarks by kind</source>
        <translation>Anmerkungen nach Art</translation>
    </message>
    <message>
        <source>By &amp;tag, against the period before</source>
        <translation>Nach &amp;Stichwort, verglichen mit dem Zeitraum davor</translation>
    </message>
    <message>
        <source>How many remarks with each tag, against the period before; pick a tag to read what was said (Alt+T).</source>
        <translation>Wie viele Anmerkungen mit jedem Stichwort, verglichen mit dem Zeitraum davor; ein Stichwort wählen, um zu lesen, was gesagt wurde (Alt+S).</translation>
    </message>
    <message>
        <source>Remarks by tag</source>
        <translation>Anmerkungen nach Stichwort</translation>
    </message>
    <message>
        <source>Most frequent tags in complaints and compliments</source>
        <translation>Häufigste Stichwörter bei Beschwerden und Lob</translation>
    </message>
    <message>
        <source>The remarks picked, newest first; Enter opens the customer&apos;s card.</source>
        <translation>Die gewählten Anmerkungen, neueste zuerst; Eingabe öffnet die Karteikarte des Kunden.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Escalations and promises</source>
        <translation>Eskalationen und Zusagen</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Eingehaltene Zusagen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>&amp;Overdue promises (Enter opens the customer&apos;s card)</source>
        <translation>Über&amp;fällige Zusagen (Eingabe öffnet die Karteikarte)</translation>
    </message>
    <message>
        <source>Promises past their due day, each saying since when it is overdue; Enter opens the customer&apos;s card (Alt+O).</source>
        <translation>Zusagen nach ihrem Fälligkeitstag, jeweils mit dem Datum, seit dem sie überfällig sind; Eingabe öffnet die Karteikarte des Kunden (Alt+F).</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Überfällige Zusagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ShopInsightsWindow</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>Remarks by kind over time</source>
        <translation>Anmerkungen nach Art im Zeitverlauf</translation>
    </message>
    <message>
        <source>A bar for each day, week or month, split by kind of remark; click a part of a bar to read those remarks. The same figures are in the table below.</source>
        <translation>Ein Balken je Tag, Woche oder Monat, aufgeteilt nach Art der Anmerkung; auf einen Teil eines Balkens klicken, um diese Anmerkungen zu lesen. Dieselben Zahlen stehen in der Tabelle darunter.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Zeitraum davor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 remarks&lt;/b&gt; from %2 to %3 (%4 in the period before, %5 to %6).</source>
        <translation>&lt;b&gt;%1 Anmerkungen&lt;/b&gt; vom %2 bis %3 (%4 im Zeitraum davor, %5 bis %6).</translation>
    </message>
    <message>
        <source>Most said in complaints: %1&lt;br&gt;Most said in compliments: %2</source>
        <translation>Am häufigsten in Beschwerden: %1&lt;br&gt;Am häufigsten bei Lob: %2</translation>
    </message>
    <message>
        <source>Pick a kind, a tag or a bar to read what was said.</source>
        <translation>Eine Art, ein Stichwort oder einen Balken wählen, um zu lesen, was gesagt wurde.</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Stichwörter</translation>
    </message>
    <message>
        <source>none resolved</source>
        <translation>keine erledigt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Escalations&lt;/h3&gt;&lt;p&gt;%1 opened, %2 resolved · median time to resolve: %3 · &lt;span style=&apos;color:%4&apos;&gt;%5 past their target time&lt;/span&gt;&lt;br&gt;By outcome: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eskalationen&lt;/h3&gt;&lt;p&gt;%1 eröffnet, %2 erledigt · mittlere Dauer bis zur Erledigung: %3 · &lt;span style=&apos;color:%4&apos;&gt;%5 über der Zielzeit&lt;/span&gt;&lt;br&gt;Nach Ergebnis: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share in per cent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no promise fell due yet</source>
        <translation>noch keine Zusage fällig geworden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Promises kept on time: %1&lt;/h3&gt;&lt;p&gt;Of %2 due in the period: %3 kept on time, %4 kept late, %5 overdue, %6 not due yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pünktlich eingehaltene Zusagen: %1&lt;/h3&gt;&lt;p&gt;Von %2 im Zeitraum fälligen: %3 pünktlich eingehalten, %4 verspätet eingehalten, %5 überfällig, %6 noch nicht fällig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Follow-ups&lt;/h3&gt;&lt;p&gt;%1 scheduled: %2 satisfied, %3 not satisfied, %4 waiting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nachfragen&lt;/h3&gt;&lt;p&gt;%1 geplant: %2 zufrieden, %3 nicht zufrieden, %4 ausstehend.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2: %3, overdue since %4 (promised by %5)</source>
        <translation>%1 — %2: %3, überfällig seit %4 (zugesagt von %5)</translation>
    </message>
    <message>
        <source>Escalations and promises (%1 overdue)</source>
        <translation>Eskalationen und Zusagen (%1 überfällig)</translation>
    </message>
    <message>
        <source>Escalations and promises</source>
        <translation>Eskalationen und Zusagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, newest first (Enter opens the card)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, neueste zuerst (Eingabe öffnet die Karteikarte)</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>ein Laufkunde</translation>
    </message>
    <message>
        <source> — about %1</source>
        <translation> — zu %1</translation>
    </message>
    <message>
        <source>“%1”
%2 · %3 · heard by %4%5</source>
        <translation>„%1“
%2 · %3 · gehört von %4%5</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The figures are still being counted.</source>
        <translation>Die Zahlen werden noch gezählt.</translation>
    </message>
    <message>
        <source>Save the digest</source>
        <translation>Übersicht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>What customers are saying — %1, %2 to %3</source>
        <translation>Was Kunden sagen — %1, %2 bis %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Digest saved to %1</source>
        <translation>Übersicht gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Finding a customer</source>
        <extracomment>The translation context of the sections and descriptions below.</extracomment>
        <translation>Kunden finden</translation>
    </message>
    <message>
        <source>Writing down what they said</source>
        <translation>Festhalten, was gesagt wurde</translation>
    </message>
    <message>
        <source>On the customer&apos;s card</source>
        <translation>Auf der Karteikarte</translation>
    </message>
    <message>
        <source>The manager&apos;s queue</source>
        <translation>Die Warteschlange der Ladenleitung</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Back to the lookup box. Just type there: a phone number in any format or its last 4+ digits, any word of the name, an email, a loyalty card number.</source>
        <translation>Zurück zum Suchfeld. Dort einfach tippen: eine Telefonnummer in beliebiger Schreibweise oder ihre letzten 4+ Ziffern, ein Wort des Namens, eine E-Mail, eine Kundenkartennummer.</translation>
    </message>
    <message>
        <source>Back to the lookup box, from the card or the new-customer form. In an empty lookup box: a remark for a walk-in with no customer.</source>
        <translation>Zurück zum Suchfeld, von der Karteikarte oder dem Formular für neue Kunden. Im leeren Suchfeld: eine Anmerkung für einen Laufkunden.</translation>
    </message>
    <message>
        <source>Choose among the customers found, without leaving the lookup box.</source>
        <translation>Unter den gefundenen Kunden wählen, ohne das Suchfeld zu verlassen.</translation>
    </message>
    <message>
        <source>Open the chosen customer&apos;s card; the cursor goes into the remark. Nothing found: a new customer with what was typed filled in.</source>
        <translation>Die Karteikarte des gewählten Kunden öffnen; der Cursor steht im Anmerkungsfeld. Nichts gefunden: ein neuer Kunde, mit der Eingabe schon ausgefüllt.</translation>
    </message>
    <message>
        <source>A new customer, with what was typed already in the right field (phone, email, card or name).</source>
        <translation>Ein neuer Kunde, die Eingabe steht schon im richtigen Feld (Telefon, E-Mail, Kundenkarte oder Name).</translation>
    </message>
    <message>
        <source>In the new-customer form: save the customer and open their card.</source>
        <translation>Im Formular für neue Kunden: den Kunden speichern und seine Karteikarte öffnen.</translation>
    </message>
    <message>
        <source>Write a remark: on the open card, or for a walk-in.</source>
        <translation>Eine Anmerkung schreiben: auf der offenen Karteikarte oder für einen Laufkunden.</translation>
    </message>
    <message>
        <source>Close the card: a remark for a walk-in with no customer, and your day.</source>
        <translation>Die Karteikarte schließen: eine Anmerkung für einen Laufkunden und Ihr Tagesüberblick.</translation>
    </message>
    <message>
        <source>Kind: complaint.</source>
        <translation>Art: Beschwerde.</translation>
    </message>
    <message>
        <source>Kind: compliment (Shift+Tab from the text to say who it is about).</source>
        <translation>Art: Lob (Umschalt+Tab vom Text aus, um zu sagen, wen es betrifft).</translation>
    </message>
    <message>
        <source>Kind: request.</source>
        <translation>Art: Wunsch.</translation>
    </message>
    <message>
        <source>Kind: question.</source>
        <translation>Art: Frage.</translation>
    </message>
    <message>
        <source>Kind: idea.</source>
        <translation>Art: Idee.</translation>
    </message>
    <message>
        <source>Kind: note.</source>
        <translation>Art: Notiz.</translation>
    </message>
    <message>
        <source>The language the conversation is in: switch between the customer&apos;s and the shop&apos;s, or pick another from the list.</source>
        <translation>Die Sprache des Gesprächs: zwischen der des Kunden und der des Ladens wechseln oder eine andere aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Save the remark; the cursor goes back to the lookup box.</source>
        <translation>Die Anmerkung speichern; der Cursor geht zurück ins Suchfeld.</translation>
    </message>
    <message>
        <source>Start a new line in the remark.</source>
        <translation>Eine neue Zeile in der Anmerkung beginnen.</translation>
    </message>
    <message>
        <source>Save and escalate to the manager.</source>
        <translation>Speichern und an die Ladenleitung eskalieren.</translation>
    </message>
    <message>
        <source>Save and escalate to the manager as urgent.</source>
        <translation>Speichern und als dringend an die Ladenleitung eskalieren.</translation>
    </message>
    <message>
        <source>Take back the remark just saved; its text comes back into the editor.</source>
        <translation>Die eben gespeicherte Anmerkung zurücknehmen; ihr Text kommt zurück ins Eingabefeld.</translation>
    </message>
    <message>
        <source>Record a promise (credit, call back, set aside, follow up) with an amount and a due date; Enter records it, Esc closes the form.</source>
        <translation>Eine Zusage eintragen (Gutschrift, Rückruf, Zurücklegen, Nachfrage) mit Betrag und Fälligkeitsdatum; Eingabe trägt sie ein, Esc schließt das Formular.</translation>
    </message>
    <message>
        <source>On a line of the history: correct the remark, escalate it or withdraw it.</source>
        <translation>Auf einer Zeile des Verlaufs: die Anmerkung korrigieren, eskalieren oder zurückziehen.</translation>
    </message>
    <message>
        <source>Open the call the “Incoming: …” banner announces.</source>
        <translation>Den Anruf öffnen, den der Hinweis „Anruf: …“ ankündigt.</translation>
    </message>
    <message>
        <source>Log a phone call on the open card&apos;s history; Undo in the message line takes it back.</source>
        <translation>Einen Anruf im Verlauf der offenen Karteikarte eintragen; „Rückgängig“ in der Meldungszeile nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Open the manager&apos;s queue, the cursor in the list of open escalations.</source>
        <translation>Die Warteschlange der Ladenleitung öffnen, mit dem Cursor in der Liste der offenen Eskalationen.</translation>
    </message>
    <message>
        <source>Take ownership of the selected escalation.</source>
        <translation>Die gewählte Eskalation übernehmen.</translation>
    </message>
    <message>
        <source>In the note box: add the note.</source>
        <translation>Im Notizfeld: die Notiz hinzufügen.</translation>
    </message>
    <message>
        <source>Resolve the selected escalation with the outcome chosen.</source>
        <translation>Die gewählte Eskalation mit dem gewählten Ergebnis erledigen.</translation>
    </message>
    <message>
        <source>Close the queue.</source>
        <translation>Die Warteschlange schließen.</translation>
    </message>
    <message>
        <source>Lock the screen for the next person (it also locks itself after 10 idle minutes).</source>
        <translation>Den Bildschirm für die nächste Person sperren (er sperrt sich auch nach 10 Minuten ohne Eingabe).</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts (Help → Keyboard shortcuts).</source>
        <translation>Diese Liste der Tastenkürzel (Hilfe → Tastenkürzel).</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelpWindow</name>
    <message>
        <source>Relate — Keyboard shortcuts</source>
        <translation>Relate — Tastenkürzel</translation>
    </message>
    <message>
        <source>Find a shortcut: a key or a word</source>
        <translation>Tastenkürzel suchen: eine Taste oder ein Wort</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Kein Tastenkürzel passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Relate — Sign in</source>
        <translation>Relate — Anmelden</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>a name (their role)</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Anmelden (Eingabe)</translation>
    </message>
    <message>
        <source>Signs in the person chosen with the PIN typed (Enter)</source>
        <translation>Meldet die gewählte Person mit der eingegebenen PIN an (Eingabe)</translation>
    </message>
    <message>
        <source>Close Relate without signing in (Esc)</source>
        <translation>Relate schließen, ohne anzumelden (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes Relate without signing in (Esc)</source>
        <translation>Schließt Relate, ohne anzumelden (Esc)</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Zuerst Ihre PIN eingeben.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden PINs sind verschieden. Zweimal dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <source>No PIN yet: choose one (4–12 digits), type it twice, Enter.</source>
        <translation>Noch keine PIN: eine wählen (4–12 Ziffern), zweimal eingeben, Eingabe.</translation>
    </message>
    <message>
        <source>Who is working? Pick your name, type your PIN and press Enter.</source>
        <translation>Wer arbeitet? Namen wählen, PIN eingeben und Eingabe drücken.</translation>
    </message>
    <message>
        <source>Pick your name with Up and Down; Enter moves to the PIN field</source>
        <translation>Ihren Namen mit ↑ und ↓ wählen; Eingabe springt ins PIN-Feld</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Type your PIN (4 to 12 digits, or a passphrase) and press Enter to sign in</source>
        <translation>Ihre PIN eingeben (4 bis 12 Ziffern oder ein Kennwort) und zum Anmelden Eingabe drücken</translation>
    </message>
    <message>
        <source>Your PIN; Enter signs in</source>
        <translation>Ihre PIN; Eingabe meldet an</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>your PIN, then Enter</source>
        <translation>Ihre PIN, dann Eingabe</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <source>Type the new PIN a second time and press Enter</source>
        <translation>Die neue PIN ein zweites Mal eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Die neue PIN noch einmal</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <source> — has left</source>
        <translation> — ausgeschieden</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <comment>name (role), maybe: has left</comment>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden PINs sind verschieden. Zweimal dieselbe PIN eingeben.</translation>
    </message>
    <message>
        <source>Select the person first.</source>
        <translation>Zuerst die Person auswählen.</translation>
    </message>
    <message>
        <source>Type the new PIN twice in the form below, then Reset PIN.</source>
        <translation>Die neue PIN zweimal im Formular unten eingeben, dann „PIN zurücksetzen“.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Relate — Staff</source>
        <translation>Relate — Mitarbeiter</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Add someone with a PIN, reset a person&apos;s PIN, or mark someone as having left.</source>
        <translation>Jemanden mit PIN hinzufügen, die PIN einer Person zurücksetzen oder jemanden als ausgeschieden markieren.</translation>
    </message>
    <message>
        <source>Everyone who works in the shop, with their role; pick someone to reset their PIN or mark them as having left.</source>
        <translation>Alle, die im Laden arbeiten, mit ihrer Rolle; jemanden wählen, um die PIN zurückzusetzen oder ihn als ausgeschieden zu markieren.</translation>
    </message>
    <message>
        <source>Give the selected person the PIN typed twice below (Alt+R)</source>
        <translation>Der gewählten Person die unten zweimal eingegebene PIN geben (Alt+Z)</translation>
    </message>
    <message>
        <source>Gives the selected person the PIN typed twice below (Alt+R).</source>
        <translation>Gibt der gewählten Person die unten zweimal eingegebene PIN (Alt+Z).</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>PIN &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The selected person can no longer sign in; their history stays (Alt+L)</source>
        <translation>Die gewählte Person kann sich nicht mehr anmelden; ihr Verlauf bleibt (Alt+A)</translation>
    </message>
    <message>
        <source>Marks the selected person as having left: they can no longer sign in, their history stays theirs (Alt+L).</source>
        <translation>Markiert die gewählte Person als ausgeschieden: Sie kann sich nicht mehr anmelden, ihr Verlauf bleibt ihr zugeordnet (Alt+A).</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Has &amp;left (deactivate)</source>
        <translation>&amp;Ausgeschieden (deaktivieren)</translation>
    </message>
    <message>
        <source>Add someone, or set the PIN of the selected person</source>
        <translation>Jemanden hinzufügen oder die PIN der gewählten Person setzen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>The new person&apos;s name, as colleagues know them (Alt+N).</source>
        <translation>Der Name der neuen Person, wie die Kollegen sie kennen (Alt+N).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Staff, or a manager who may also resolve escalations and manage staff (Alt+O).</source>
        <translation>Mitarbeiter oder Ladenleitung, die auch Eskalationen erledigen und Mitarbeiter verwalten darf (Alt+R).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits, or a passphrase (Alt+P).</source>
        <translation>4 bis 12 Ziffern oder ein Kennwort (Alt+P).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <source>The same PIN once more; Enter adds the person (Alt+G).</source>
        <translation>Dieselbe PIN noch einmal; Eingabe fügt die Person hinzu (Alt+W).</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Add the person with this name, role and PIN (Alt+A)</source>
        <translation>Die Person mit diesem Namen, dieser Rolle und PIN hinzufügen (Alt+H)</translation>
    </message>
    <message>
        <source>Adds the person with this name, role and PIN (Alt+A).</source>
        <translation>Fügt die Person mit diesem Namen, dieser Rolle und PIN hinzu (Alt+H).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 Besuch</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln Besuch</numerusform>
            <numerusform>%Ln Besuche</numerusform>
        </translation>
    </message>
    <message>
        <source>from the shop&apos;s till: %1</source>
        <translation>laut Kasse: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>auf %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>What you have due today, dates to remember and kind words customers said about you.</source>
        <translation>Was heute bei Ihnen fällig ist, wichtige Tage und nette Worte von Kunden über Sie.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <source>Today: callbacks, follow-ups, promises and dates due</source>
        <translation>Heute: fällige Rückrufe, Nachfragen, Zusagen und Termine</translation>
    </message>
    <message>
        <source>Callbacks, follow-ups and promises due (late ones say LATE) and dates to remember; Enter or a click opens the customer&apos;s card.</source>
        <translation>Fällige Rückrufe, Nachfragen und Zusagen (verspätete mit ÜBERFÄLLIG) und wichtige Tage; Eingabe oder ein Klick öffnet die Karteikarte des Kunden.</translation>
    </message>
    <message>
        <source>&amp;Kind words about you</source>
        <translation>Nette &amp;Worte über Sie</translation>
    </message>
    <message>
        <source>Compliments customers paid you in the last 30 days; Enter opens the customer&apos;s card.</source>
        <translation>Lob, das Kunden Ihnen in den letzten 30 Tagen ausgesprochen haben; Eingabe öffnet die Karteikarte des Kunden.</translation>
    </message>
    <message>
        <source>Compliments customers paid you</source>
        <translation>Lob von Kunden für Sie</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Callbacks due</source>
        <translation>Fällige Rückrufe</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Nachfragen</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Fällige Zusagen</translation>
    </message>
    <message>
        <source>Dates to remember</source>
        <translation>Wichtige Tage</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Today&lt;/b&gt;, %1</source>
        <translation>&lt;b&gt;He&amp;ute&lt;/b&gt;, %1</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>ein Kunde</translation>
    </message>
    <message>
        <source>“%1” — %2, %3 (heard by %4)</source>
        <translation>„%1“ — %2, %3 (gehört von %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Kind words about you&lt;/b&gt; (%1 in the last 30 days)</source>
        <translation>&lt;b&gt;Nette &amp;Worte über Sie&lt;/b&gt; (%1 in den letzten 30 Tagen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>LATE — was due %1</source>
        <translation>ÜBERFÄLLIG — war fällig am %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source> (promised by %1)</source>
        <translation> (zugesagt von %1)</translation>
    </message>
    <message>
        <source>%1 — %2, %3%4</source>
        <translation>%1 — %2, %3%4</translation>
    </message>
    <message numerus="yes">
        <source> (%n years)</source>
        <translation>
            <numerusform> (%n Jahr)</numerusform>
            <numerusform> (%n Jahre)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2%3 · %4</source>
        <translation>%1 — %2%3 · %4</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>What we &amp;hold about them…</source>
        <translation>&amp;Gespeicherte Daten…</translation>
    </message>
    <message>
        <source>&amp;Erase on their request…</source>
        <translation>Auf Wunsch &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Mitarbeiter…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <source>&amp;What customers are saying…</source>
        <translation>&amp;Was Kunden sagen…</translation>
    </message>
    <message>
        <source>&amp;Lock (next person)</source>
        <translation>&amp;Sperren (nächste Person)</translation>
    </message>
    <message>
        <source>Open a customer&apos;s card first.</source>
        <translation>Zuerst die Karteikarte eines Kunden öffnen.</translation>
    </message>
    <message>
        <source>Save what we hold about this customer</source>
        <translation>Gespeicherte Daten zu diesem Kunden sichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>Die persönlichen Daten des Kunden wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Relate cannot open its database</source>
        <extracomment>The Windows taskbar groups windows and pins shortcuts by this; the installer&apos;s Start menu shortcut carries the same (packaging/windows/relate.iss). How often a running Relate checks whether the daily backup is due.</extracomment>
        <translation>Relate kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, from %2?
%3

The damaged file is kept aside, never deleted.</source>
        <translation>%1

Die neueste intakte Sicherung vom %2 wiederherstellen?
%3

Die beschädigte Datei wird beiseitegelegt, nie gelöscht.</translation>
    </message>
    <message>
        <source>Relate</source>
        <translation>Relate</translation>
    </message>
</context>
<context>
    <name>digest</name>
    <message>
        <source>nothing could be written to %1</source>
        <extracomment>Small enough for every figure to fit one A4 page, large enough to read across a table.</extracomment>
        <translation>nach %1 konnte nichts geschrieben werden</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1 does not exist</source>
        <extracomment>Automatic backups are kept per kind, so many quick exits never push out the daily ones or the copy made before an upgrade.</extracomment>
        <translation>%1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Relate database or is damaged (%2)</source>
        <translation>%1 ist keine Relate-Datenbank oder beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Relate database this version can open</source>
        <translation>%1 ist keine Relate-Datenbank, die diese Version öffnen kann</translation>
    </message>
    <message>
        <source>Not restored: %1. The current database was left alone.</source>
        <translation>Nicht wiederhergestellt: %1. Die aktuelle Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3. The previous file is at %4.</source>
        <translation>Wiederherstellen von %1 nach %2 fehlgeschlagen: %3. Die vorherige Datei liegt unter %4.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this PC: back up on the server (see the README), or install the PostgreSQL client tools.</source>
        <translation>pg_dump ist auf diesem PC nicht installiert: auf dem Server sichern (siehe README) oder die PostgreSQL-Client-Programme installieren.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address Relate understands. Use postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE or sqlite:///PATH/relate.db.</source>
        <translation>„%1“ ist keine Datenbankadresse, die Relate versteht. postgresql+psycopg://BENUTZER:PASSWORT@SERVER/DATENBANK oder sqlite:///PFAD/relate.db verwenden.</translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed on this PC (%2); install Relate with its PostgreSQL extra.</source>
        <translation>Der Datenbanktreiber für %1 ist auf diesem PC nicht installiert (%2); Relate mit der PostgreSQL-Erweiterung (Extra) installieren.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; Relate creates it on its first start.</source>
        <translation>Unter %1 gibt es noch keine Datenbank; Relate legt sie beim ersten Start an.</translation>
    </message>
    <message>
        <source>The database at %1 failed: %2</source>
        <translation>Die Datenbank unter %1 hat einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>Connected to %1. It is empty: Relate sets it up on its first start.</source>
        <translation>Mit %1 verbunden. Sie ist leer: Relate richtet sie beim ersten Start ein.</translation>
    </message>
    <message>
        <source>Connected to %1, but it was set up by a newer Relate (schema %2). Install the newer Relate on this PC.</source>
        <translation>Mit %1 verbunden, aber sie wurde von einer neueren Relate-Version eingerichtet (Schema %2). Die neuere Relate-Version auf diesem PC installieren.</translation>
    </message>
    <message>
        <source>Connected to %1. Its schema (%2) will be brought up to date when Relate next starts.</source>
        <translation>Mit %1 verbunden. Ihr Schema (%2) wird beim nächsten Start von Relate aktualisiert.</translation>
    </message>
    <message>
        <source>Connected to %1. Everything is in order.</source>
        <translation>Mit %1 verbunden. Alles in Ordnung.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: it is damaged or not a Relate database. Restore a backup (relate-desktop restore FILE).</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden: Sie ist beschädigt oder keine Relate-Datenbank. Eine Sicherung wiederherstellen (relate-desktop restore DATEI).</translation>
    </message>
    <message>
        <source>The server %1 turned down the user name or password for user &apos;%2&apos;. Check both (the password is case-sensitive).</source>
        <translation>Der Server %1 hat Benutzername oder Passwort für den Benutzer „%2“ abgelehnt. Beides prüfen (beim Passwort zählt Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>The server %1 wants a password for user &apos;%2&apos;; put it in the address: postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE.</source>
        <translation>Der Server %1 verlangt ein Passwort für den Benutzer „%2“; es gehört in die Adresse: postgresql+psycopg://BENUTZER:PASSWORT@SERVER/DATENBANK.</translation>
    </message>
    <message>
        <source>The server %1 is there, but has no database called &apos;%2&apos;. Create it on the server (see the README) or correct the name.</source>
        <translation>Der Server %1 ist erreichbar, hat aber keine Datenbank namens „%2“. Sie auf dem Server anlegen (siehe README) oder den Namen korrigieren.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not read Relate&apos;s tables in &apos;%2&apos;. On the server: GRANT ALL ON ALL TABLES IN SCHEMA public TO %1 (or make that user the database&apos;s owner before Relate first sets it up).</source>
        <translation>Der Benutzer „%1“ darf die Tabellen von Relate in „%2“ nicht lesen. Auf dem Server: GRANT ALL ON ALL TABLES IN SCHEMA public TO %1 (oder diesen Benutzer zum Eigentümer der Datenbank machen, bevor Relate sie zum ersten Mal einrichtet).</translation>
    </message>
    <message>
        <source>The server %1 does not let this PC in. Add a line for the shop&apos;s network to pg_hba.conf on the server and reload it (see the README).</source>
        <translation>Der Server %1 lässt diesen PC nicht herein. Auf dem Server eine Zeile für das Netzwerk des Ladens in pg_hba.conf eintragen und neu laden (siehe README).</translation>
    </message>
    <message>
        <source>The shop server %1 cannot be reached. Is the back-office PC on, is PostgreSQL running there, and does its firewall let port %2 through?</source>
        <translation>Der Ladenserver %1 ist nicht erreichbar. Ist der PC im Büro eingeschaltet, läuft dort PostgreSQL, und lässt seine Firewall Port %2 durch?</translation>
    </message>
    <message>
        <source>The database at %1 refused: %2</source>
        <translation>Die Datenbank unter %1 hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>The database %1 is not a file.</source>
        <extracomment>How long a writer waits for another PC&apos;s or process&apos;s write to finish, in ms. How long to wait for the shop server before calling it unreachable, in seconds. libpq keepalives: a server gone from the network is noticed in about a minute, so a query never hangs for the two hours of the operating system&apos;s default.</extracomment>
        <translation>Die Datenbank %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Relate. Install the newer version on this PC.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Relate-Version geschrieben. Die neuere Version auf diesem PC installieren.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: it is damaged or not a Relate database. %2</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden: Sie ist beschädigt oder keine Relate-Datenbank. %2</translation>
    </message>
    <message>
        <source>Move it aside and start Relate again (no good backup was found).</source>
        <translation>Die Datei beiseitelegen und Relate neu starten (es wurde keine intakte Sicherung gefunden).</translation>
    </message>
    <message>
        <source>Restore the newest good backup: relate-desktop restore %1</source>
        <translation>Die neueste intakte Sicherung wiederherstellen: relate-desktop restore %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>The kinds in the order every figure lists them (the order staff pick them with Ctrl+1…6). A year and a day: enough for an annual digest, small enough to stay a handful of queries. Up to this many days the chart has a point per day; up to WEEKLY_UP_TO one per week.</extracomment>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Choose a period of %1 days at most.</source>
        <translation>Einen Zeitraum von höchstens %1 Tagen wählen.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <extracomment>Wrong PINs allowed before the account waits; each further one doubles the wait.</extracomment>
        <translation>Eine PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>Use 4 to 12 digits, or a passphrase of at least 8 characters.</source>
        <translation>4 bis 12 Ziffern verwenden oder ein Kennwort aus mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>That passphrase is too long.</source>
        <translation>Dieses Kennwort ist zu lang.</translation>
    </message>
    <message>
        <source>The scan was empty: scan the card again.</source>
        <extracomment>A scanner that types as a US keyboard on a French (AZERTY) layout: the unshifted digit row. &quot;]&quot; + symbology letter + modifier, e.g. &quot;]E0&quot; EAN-13, &quot;]C0&quot; Code 128, &quot;]d2&quot; Data Matrix. The same prefix typed through an AZERTY layout: &quot;]&quot; arrives as &quot;$&quot;, &quot;0&quot; as &quot;à&quot;.</extracomment>
        <translation>Der Scan war leer: die Kundenkarte noch einmal scannen.</translation>
    </message>
    <message>
        <source>The scan %1 did not read right (its check digit is wrong): scan the card again.</source>
        <translation>Der Scan %1 wurde nicht richtig gelesen (falsche Prüfziffer): die Kundenkarte noch einmal scannen.</translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos; in %2 (its columns: %3)</source>
        <extracomment>Without one of these mapped, a row cannot say who the customer is.</extracomment>
        <translation>keine Spalte namens „%1“ in %2 (ihre Spalten: %3)</translation>
    </message>
    <message>
        <source>cannot tell which column of %1 holds the name, email or phone; say so with --map COLUMN=FIELD (its columns: %2)</source>
        <translation>nicht erkennbar, welche Spalte von %1 Name, E-Mail oder Telefon enthält; mit --map COLUMN=FIELD angeben (ihre Spalten: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format Relate reads (%2)</source>
        <translation>„%1“ ist kein Format, das Relate liest (%2)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a vCard file (it does not start with BEGIN:VCARD).</source>
        <translation>%1 ist keine vCard-Datei (sie beginnt nicht mit BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>%1 is a vCard file; import it as vcard (or auto)</source>
        <translation>%1 ist eine vCard-Datei; als vcard (oder auto) importieren</translation>
    </message>
    <message>
        <source>%1 has no header row Relate can read.</source>
        <translation>%1 hat keine Kopfzeile, die Relate lesen kann.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: too big to be a customer list.</source>
        <extracomment>Bigger than any shop&apos;s customer list; a larger file is almost surely the wrong file. Excel workbooks (xlsx is a zip, xls an OLE file) and PDFs: not a list Relate can read.</extracomment>
        <translation>%1 ist %2 MB groß: zu groß für eine Kundenliste.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file (a spreadsheet must be saved as CSV first).</source>
        <translation>%1 ist keine Textdatei (eine Tabelle muss zuerst als CSV gespeichert werden).</translation>
    </message>
    <message>
        <source>Only a manager can see the audit trail.</source>
        <extracomment>Summaries are short: what changed, not a copy of the record.</extracomment>
        <translation>Nur die Ladenleitung kann das Protokoll sehen.</translation>
    </message>
    <message>
        <source>Only a manager can export the audit trail.</source>
        <translation>Nur die Ladenleitung kann das Protokoll exportieren.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <extracomment>Waits between tries when another PC or process holds the write lock.</extracomment>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That escalation no longer exists.</source>
        <translation>Diese Eskalation gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That little thing no longer exists.</source>
        <translation>Diese Vorliebe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That merge no longer exists.</source>
        <translation>Diese Zusammenführung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That promise no longer exists.</source>
        <translation>Diese Zusage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That remark no longer exists.</source>
        <translation>Diese Anmerkung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>Diesen Mitarbeiter gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Someone else changed this customer a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Jemand anderes hat diesen Kunden gerade geändert, vielleicht an einem anderen PC. Jetzt wird diese Änderung gezeigt; Ihre wurde nicht gespeichert, also bei Bedarf noch einmal machen.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Jemand anderes hat diese Eskalation gerade geändert, vielleicht an einem anderen PC. Jetzt wird diese Änderung gezeigt; Ihre wurde nicht gespeichert, also bei Bedarf noch einmal machen.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Jemand anderes hat diesen Eintrag (%1) gerade geändert, vielleicht an einem anderen PC. Jetzt wird diese Änderung gezeigt; Ihre wurde nicht gespeichert, also bei Bedarf noch einmal machen.</translation>
    </message>
    <message>
        <source>That clashes with something saved a moment ago, perhaps on another PC. Nothing was lost: look again and retry.</source>
        <translation>Das kollidiert mit etwas, das gerade gespeichert wurde, vielleicht an einem anderen PC. Nichts ging verloren: noch einmal nachsehen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The shop server cannot be reached right now (is the back-office PC on, and the network up?).</source>
        <translation>Der Ladenserver ist gerade nicht erreichbar (ist der PC im Büro eingeschaltet und das Netzwerk in Ordnung?).</translation>
    </message>
    <message>
        <source>The shop database failed: %1</source>
        <translation>Die Datenbank des Ladens hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The shop database is busy (another PC is writing). Nothing was lost: try again in a moment.</source>
        <translation>Die Datenbank des Ladens ist beschäftigt (ein anderer PC schreibt gerade). Nichts ging verloren: gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Diesen Eintrag (%1) gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only a manager can erase a customer.</source>
        <translation>Nur die Ladenleitung kann einen Kunden löschen.</translation>
    </message>
    <message>
        <source>This customer was erased already.</source>
        <translation>Dieser Kunde wurde bereits gelöscht.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name exactly as shown to confirm the erasure.</source>
        <translation>Zur Bestätigung des Löschens den Namen des Kunden genau wie angezeigt eingeben.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Ein neuer Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>Dieser Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>This escalation is not resolved yet.</source>
        <translation>Diese Eskalation ist noch nicht erledigt.</translation>
    </message>
    <message>
        <source>That how to say the name is too long (%1 characters at most).</source>
        <translation>Diese Aussprache ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>That language is too long (%1 characters at most).</source>
        <translation>Diese Sprache ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits: it cannot be a phone number.</source>
        <translation>„%1“ enthält keine Ziffern: Das kann keine Telefonnummer sein.</translation>
    </message>
    <message>
        <source>That phone number is too long.</source>
        <translation>Diese Telefonnummer ist zu lang.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A loyalty card number must be 1 to 64 characters.</source>
        <translation>Eine Kundenkartennummer muss 1 bis 64 Zeichen haben.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to another customer.</source>
        <translation>Die Kundenkarte %1 gehört bereits einem anderen Kunden.</translation>
    </message>
    <message>
        <source>Type the little thing first, e.g. &quot;Receipt: always&quot;.</source>
        <translation>Zuerst die Vorliebe eingeben, z. B. „Kassenbon: immer“.</translation>
    </message>
    <message>
        <source>Keep a little thing short (%1 characters at most).</source>
        <translation>Eine Vorliebe bitte kurz halten (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>This database already has customers; use an empty data folder for the sample shop.</source>
        <extracomment>Every made-up member of the sample staff signs in with this PIN (said on the sign-in screen). Resolutions newer than this are left &quot;unseen&quot; by the person who raised them, so the loop back to staff has something to show.</extracomment>
        <translation>Diese Datenbank enthält bereits Kunden; für den Beispielladen einen leeren Datenordner verwenden.</translation>
    </message>
    <message>
        <source>This remark was withdrawn.</source>
        <translation>Diese Anmerkung wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>This remark is already with the manager.</source>
        <translation>Diese Anmerkung liegt bereits bei der Ladenleitung.</translation>
    </message>
    <message>
        <source>Only a manager can take ownership of an escalation.</source>
        <translation>Nur die Ladenleitung kann eine Eskalation übernehmen.</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Zuerst die Notiz eingeben.</translation>
    </message>
    <message>
        <source>Only a manager can resolve an escalation.</source>
        <translation>Nur die Ladenleitung kann eine Eskalation erledigen.</translation>
    </message>
    <message>
        <source>A promise needs a customer; this remark has none.</source>
        <translation>Eine Zusage braucht einen Kunden; diese Anmerkung hat keinen.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now resolved by %1). The queue shows their change; yours was not saved.</source>
        <translation>Jemand anderes hat diese Eskalation gerade geändert (jetzt von %1 erledigt). Die Warteschlange zeigt diese Änderung; Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now taken by %1). The queue shows their change; yours was not saved.</source>
        <translation>Jemand anderes hat diese Eskalation gerade geändert (jetzt von %1 übernommen). Die Warteschlange zeigt diese Änderung; Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now acknowledged). The queue shows their change; yours was not saved.</source>
        <translation>Jemand anderes hat diese Eskalation gerade geändert (jetzt in Bearbeitung). Die Warteschlange zeigt diese Änderung; Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now open). The queue shows their change; yours was not saved.</source>
        <translation>Jemand anderes hat diese Eskalation gerade geändert (jetzt wieder offen). Die Warteschlange zeigt diese Änderung; Ihre wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>This escalation is already resolved.</source>
        <translation>Diese Eskalation ist bereits erledigt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported (choose %2).</source>
        <extracomment>Rows per batch: small enough that memory stays flat at a million customers, and that every &quot;IN (...)&quot; the readers build stays under old SQLite&apos;s 999-parameter limit. What can be exported, and the columns of each, in order. Several values in one cell (tags, phones, little things) are joined with this; a value holding it is escaped (see domain/cells.py), so reading the cell back gives each value. What an export can be written as: the Excel-friendly CSV is UTF-8 with a BOM (Excel then reads accents right) and keeps &quot;+44…&quot; or &quot;=…&quot; as text.</extracomment>
        <translation>„%1“ kann nicht exportiert werden (%2 wählen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format (choose %2).</source>
        <translation>„%1“ ist kein Exportformat (%2 wählen).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Only a manager can export the shop&apos;s data.</source>
        <translation>Nur die Ladenleitung kann die Daten des Ladens exportieren.</translation>
    </message>
    <message>
        <source>Resolve the escalation first, then follow it up.</source>
        <translation>Zuerst die Eskalation erledigen, dann nachfragen.</translation>
    </message>
    <message>
        <source>A walk-in cannot be followed up: there is no customer on file.</source>
        <translation>Bei einem Laufkunden kann nicht nachgefragt werden: Es gibt keine Karteikarte.</translation>
    </message>
    <message>
        <source>A follow-up of this escalation is already waiting.</source>
        <translation>Zu dieser Eskalation steht bereits eine Nachfrage aus.</translation>
    </message>
    <message>
        <source>Only a manager can schedule a follow-up.</source>
        <translation>Nur die Ladenleitung kann eine Nachfrage planen.</translation>
    </message>
    <message>
        <source>Only a follow-up has a result; mark other promises as kept.</source>
        <translation>Nur eine Nachfrage hat ein Ergebnis; andere Zusagen als eingehalten markieren.</translation>
    </message>
    <message>
        <source>This follow-up is already kept.</source>
        <translation>Diese Nachfrage ist bereits erledigt.</translation>
    </message>
    <message>
        <source>This follow-up is already cancelled.</source>
        <translation>Diese Nachfrage ist bereits gestrichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code for phone numbers (try GB, US, FR).</source>
        <extracomment>Rows per transaction: an interrupted import keeps every whole batch, and the next run finds them again (matched, so nothing is doubled). A batch takes a fraction of a second, so the window&apos;s Cancel answers quickly and other work on the database worker gets a turn.</extracomment>
        <translation>„%1“ ist keine Länderkennung für Telefonnummern (z. B. DE, AT, CH).</translation>
    </message>
    <message>
        <source>Only a manager can import customers.</source>
        <translation>Nur die Ladenleitung kann Kunden importieren.</translation>
    </message>
    <message>
        <source>Only a manager can see what customers are saying.</source>
        <extracomment>How many tags the &quot;by tag&quot; table lists, and how many the complaint/compliment lists. The overdue list is for acting on, not an archive.</extracomment>
        <translation>Nur die Ladenleitung kann sehen, was Kunden sagen.</translation>
    </message>
    <message>
        <source>Only a manager can merge customers.</source>
        <extracomment>Everything of a customer&apos;s that follows them into the survivor.</extracomment>
        <translation>Nur die Ladenleitung kann Kunden zusammenführen.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>An erased customer cannot be merged.</source>
        <translation>Ein gelöschter Kunde kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>%1 was merged into another customer already.</source>
        <translation>%1 wurde bereits mit einem anderen Kunden zusammengeführt.</translation>
    </message>
    <message>
        <source>Choose which %1 to keep.</source>
        <translation>Bitte wählen, welcher Wert für „%1“ bleiben soll.</translation>
    </message>
    <message>
        <source>Only a manager can undo a merge.</source>
        <translation>Nur die Ladenleitung kann eine Zusammenführung rückgängig machen.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>Diese Zusammenführung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 was merged again since; undo that merge first.</source>
        <translation>%1 wurde seitdem erneut zusammengeführt; zuerst diese Zusammenführung rückgängig machen.</translation>
    </message>
    <message>
        <source>The customer was erased since; the merge cannot be undone.</source>
        <translation>Der Kunde wurde inzwischen gelöscht; die Zusammenführung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Say what was promised, e.g. &quot;$20 credit on next visit&quot;.</source>
        <translation>Eingeben, was zugesagt wurde, z. B. „20 € Gutschrift beim nächsten Einkauf“.</translation>
    </message>
    <message>
        <source>Keep the promise short (300 characters at most).</source>
        <translation>Die Zusage bitte kurz halten (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Ein Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>This promise is already kept.</source>
        <translation>Diese Zusage ist bereits eingehalten.</translation>
    </message>
    <message>
        <source>This promise is already cancelled.</source>
        <translation>Diese Zusage ist bereits gestrichen.</translation>
    </message>
    <message>
        <source>Type what the customer said first.</source>
        <extracomment>Long enough for any real remark, short enough to keep the card readable. &quot;Saved — Undo&quot; removes a remark outright only this soon after saving it.</extracomment>
        <translation>Zuerst eingeben, was der Kunde gesagt hat.</translation>
    </message>
    <message>
        <source>That remark is too long (%1 characters at most).</source>
        <translation>Diese Anmerkung ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Only a compliment can be about a member of staff.</source>
        <translation>Nur ein Lob kann einen Mitarbeiter betreffen.</translation>
    </message>
    <message>
        <source>That member of staff is no longer with the shop.</source>
        <translation>Dieser Mitarbeiter ist nicht mehr im Laden.</translation>
    </message>
    <message>
        <source>Only a remark you just saved can be undone; withdraw it instead.</source>
        <translation>Nur eine eben gespeicherte Anmerkung lässt sich rückgängig machen; stattdessen zurückziehen.</translation>
    </message>
    <message>
        <source>The manager is already handling it; withdraw it instead.</source>
        <translation>Die Ladenleitung bearbeitet sie bereits; stattdessen zurückziehen.</translation>
    </message>
    <message>
        <source>This remark is with the manager; it can be withdrawn once they resolve it.</source>
        <translation>Diese Anmerkung liegt bei der Ladenleitung; sie kann zurückgezogen werden, sobald sie erledigt ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (try GBP, EUR, USD).</source>
        <translation>„%1“ ist kein Währungscode (z. B. EUR, CHF, GBP).</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Der Laden braucht einen Namen.</translation>
    </message>
    <message>
        <source>This database already has a shop.</source>
        <translation>Diese Datenbank hat bereits einen Laden.</translation>
    </message>
    <message>
        <source>Only a manager can change target times.</source>
        <translation>Nur die Ladenleitung kann Zielzeiten ändern.</translation>
    </message>
    <message>
        <source>Target times must be at least one minute.</source>
        <translation>Zielzeiten müssen mindestens eine Minute betragen.</translation>
    </message>
    <message>
        <source>The shop server cannot be reached, and nobody has signed in on this PC before, so there is no list of staff here yet.</source>
        <extracomment>Read from this PC&apos;s copy because the shop server is away.</extracomment>
        <translation>Der Ladenserver ist nicht erreichbar, und an diesem PC hat sich noch niemand angemeldet; daher gibt es hier noch keine Mitarbeiterliste.</translation>
    </message>
    <message>
        <source>This person is not on this PC&apos;s copy of the staff list.</source>
        <translation>Diese Person steht nicht in der Kopie der Mitarbeiterliste auf diesem PC.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1.</source>
        <translation>Zu viele falsche PINs: in %1 erneut versuchen.</translation>
    </message>
    <message>
        <source>No PIN is set for this person yet: a manager can set one when the shop server is back.</source>
        <translation>Für diese Person ist noch keine PIN gesetzt: Die Ladenleitung kann eine setzen, sobald der Ladenserver wieder da ist.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Diese PIN stimmt nicht. Bitte noch einmal.</translation>
    </message>
    <message>
        <source>A member of staff needs a name.</source>
        <translation>Ein Mitarbeiter braucht einen Namen.</translation>
    </message>
    <message>
        <source>That name is too long (120 characters at most).</source>
        <translation>Dieser Name ist zu lang (höchstens 120 Zeichen).</translation>
    </message>
    <message>
        <source>Only a manager can add staff.</source>
        <translation>Nur die Ladenleitung kann Mitarbeiter hinzufügen.</translation>
    </message>
    <message>
        <source>The first member of staff is the shop&apos;s manager.</source>
        <translation>Die erste Person im Team ist die Ladenleitung.</translation>
    </message>
    <message>
        <source>There is already someone called %1.</source>
        <translation>Es gibt bereits jemanden namens %1.</translation>
    </message>
    <message>
        <source>Only a manager can manage staff.</source>
        <translation>Nur die Ladenleitung kann Mitarbeiter verwalten.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>No PIN is set for this person yet: a manager can set one.</source>
        <translation>Für diese Person ist noch keine PIN gesetzt: Die Ladenleitung kann eine setzen.</translation>
    </message>
    <message>
        <source>Only a manager can reset someone&apos;s PIN.</source>
        <translation>Nur die Ladenleitung kann die PIN einer Person zurücksetzen.</translation>
    </message>
    <message>
        <source>This person has a PIN already: a manager can reset it.</source>
        <translation>Diese Person hat bereits eine PIN: Die Ladenleitung kann sie zurücksetzen.</translation>
    </message>
    <message>
        <source>Only a manager can deactivate staff.</source>
        <translation>Nur die Ladenleitung kann Mitarbeiter deaktivieren.</translation>
    </message>
    <message>
        <source>The shop needs at least one manager: add another first.</source>
        <translation>Der Laden braucht mindestens eine Ladenleitung: zuerst eine weitere hinzufügen.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 %2 remark(s) or promise(s) typed on this PC are kept and will be sent when it is back.</source>
        <extracomment>Where this PC keeps work for the shop server while it is away (in the data folder).</extracomment>
        <translation>%1 Auf diesem PC eingegebene Anmerkungen oder Zusagen (%2) bleiben erhalten und werden gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Entries the server refused (e.g. their customer was erased meanwhile): kept, with why.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>Online-Bewertung</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>prefers email</source>
        <translation>bevorzugt E-Mail</translation>
    </message>
    <message>
        <source>prefers SMS</source>
        <translation>bevorzugt SMS</translation>
    </message>
    <message>
        <source>prefers phone calls</source>
        <translation>bevorzugt Anrufe</translation>
    </message>
    <message>
        <source>prefers post</source>
        <translation>bevorzugt Post</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>keine E-Mail</translation>
    </message>
    <message>
        <source>no SMS</source>
        <translation>keine SMS</translation>
    </message>
    <message>
        <source>no phone calls</source>
        <translation>keine Anrufe</translation>
    </message>
    <message>
        <source>no post</source>
        <translation>keine Post</translation>
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
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Keine Maßnahme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurücklegen</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>nicht zufrieden</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <comment>%1 is the time of day</comment>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then the time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Ladenleitung</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>Der Laden</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>little thing</source>
        <translation>Vorliebe</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>customer added</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <source>customer changed</source>
        <translation>Kunde geändert</translation>
    </message>
    <message>
        <source>phone number added</source>
        <translation>Telefonnummer hinzugefügt</translation>
    </message>
    <message>
        <source>email address added</source>
        <translation>E-Mail-Adresse hinzugefügt</translation>
    </message>
    <message>
        <source>loyalty card added</source>
        <translation>Kundenkarte hinzugefügt</translation>
    </message>
    <message>
        <source>customer imported</source>
        <translation>Kunde importiert</translation>
    </message>
    <message>
        <source>customer updated by an import</source>
        <translation>Kunde durch Import aktualisiert</translation>
    </message>
    <message>
        <source>customers merged</source>
        <translation>Kunden zusammengeführt</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>Zusammenführung rückgängig gemacht</translation>
    </message>
    <message>
        <source>everything held on the customer gathered</source>
        <translation>alle gespeicherten Daten des Kunden zusammengestellt</translation>
    </message>
    <message>
        <source>customer erased</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <source>little thing added</source>
        <translation>Vorliebe hinzugefügt</translation>
    </message>
    <message>
        <source>little thing removed</source>
        <translation>Vorliebe entfernt</translation>
    </message>
    <message>
        <source>little thing restored</source>
        <translation>Vorliebe wiederhergestellt</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>Einwilligung erfasst</translation>
    </message>
    <message>
        <source>remark logged</source>
        <translation>Anmerkung festgehalten</translation>
    </message>
    <message>
        <source>remark taken back</source>
        <translation>Anmerkung zurückgenommen</translation>
    </message>
    <message>
        <source>remark withdrawn</source>
        <translation>Anmerkung zurückgezogen</translation>
    </message>
    <message>
        <source>remark&apos;s text corrected</source>
        <translation>Text der Anmerkung korrigiert</translation>
    </message>
    <message>
        <source>remark&apos;s kind corrected</source>
        <translation>Art der Anmerkung korrigiert</translation>
    </message>
    <message>
        <source>remark moved to another customer</source>
        <translation>Anmerkung zu anderem Kunden verschoben</translation>
    </message>
    <message>
        <source>escalated to a manager</source>
        <translation>an die Ladenleitung eskaliert</translation>
    </message>
    <message>
        <source>escalation taken on</source>
        <translation>Eskalation übernommen</translation>
    </message>
    <message>
        <source>note added to an escalation</source>
        <translation>Notiz zu einer Eskalation hinzugefügt</translation>
    </message>
    <message>
        <source>escalation resolved</source>
        <translation>Eskalation erledigt</translation>
    </message>
    <message>
        <source>resolution seen by whoever raised it</source>
        <translation>Erledigung von der meldenden Person gesehen</translation>
    </message>
    <message>
        <source>customer told the outcome</source>
        <translation>Kunde über das Ergebnis informiert</translation>
    </message>
    <message>
        <source>promise recorded</source>
        <translation>Zusage eingetragen</translation>
    </message>
    <message>
        <source>promise kept</source>
        <translation>Zusage eingehalten</translation>
    </message>
    <message>
        <source>promise cancelled</source>
        <translation>Zusage gestrichen</translation>
    </message>
    <message>
        <source>promise reopened</source>
        <translation>Zusage wieder geöffnet</translation>
    </message>
    <message>
        <source>follow-up result recorded</source>
        <translation>Ergebnis der Nachfrage erfasst</translation>
    </message>
    <message>
        <source>staff member added</source>
        <translation>Mitarbeiter hinzugefügt</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN gesetzt</translation>
    </message>
    <message>
        <source>staff member marked as having left</source>
        <translation>Mitarbeiter als ausgeschieden markiert</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>wrong PIN at sign-in</source>
        <translation>falsche PIN bei der Anmeldung</translation>
    </message>
    <message>
        <source>shop created</source>
        <translation>Laden angelegt</translation>
    </message>
    <message>
        <source>marked as the sample shop</source>
        <translation>als Beispielladen markiert</translation>
    </message>
    <message>
        <source>target times changed</source>
        <translation>Zielzeiten geändert</translation>
    </message>
    <message>
        <source>nearly the same phone %1</source>
        <translation>fast gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <source>nearly the same email %1</source>
        <translation>fast gleiche E-Mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <source>same email %1</source>
        <translation>gleiche E-Mail %1</translation>
    </message>
    <message>
        <source>same card %1</source>
        <translation>gleiche Kundenkarte %1</translation>
    </message>
    <message>
        <source>names %1% alike</source>
        <translation>Namen zu %1 % ähnlich</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>gestrichen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kind of remark (where it was heard)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>remark → its escalation&apos;s status</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Promise kept: %1</source>
        <translation>Zusage eingehalten: %1</translation>
    </message>
    <message>
        <source>Promise cancelled: %1</source>
        <translation>Zusage gestrichen: %1</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>Zugesagt: %1</translation>
    </message>
    <message>
        <source>Consent: %1 — %2</source>
        <comment>channel — yes, no or not asked</comment>
        <translation>Einwilligung: %1 — %2</translation>
    </message>
    <message>
        <source>text corrected</source>
        <translation>Text korrigiert</translation>
    </message>
    <message>
        <source>kind changed</source>
        <translation>Art geändert</translation>
    </message>
    <message>
        <source>moved to another customer</source>
        <translation>zu anderem Kunden verschoben</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenisch</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Aserbaidschanisch</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Baskisch</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Belarussisch</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>Bosnisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Birmanisch</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Kantonesisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>Galicisch</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Georgisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Hausa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Isländisch</translation>
    </message>
    <message>
        <source>Igbo</source>
        <translation>Igbo</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kasachisch</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdisch</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Laotisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Luxemburgisch</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Mazedonisch</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malaiisch</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>Maltesisch</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marathi</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Mongolisch</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Nepalesisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Paschtu</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Panjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Scottish Gaelic</source>
        <translation>Schottisch-Gälisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>Singhalesisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaheli</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Usbekisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Walisisch</translation>
    </message>
    <message>
        <source>Xhosa</source>
        <translation>Xhosa</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>Yoruba</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Zulu</translation>
    </message>
</context>
</TS>
