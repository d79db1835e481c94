<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Relate</source>
        <translation>O programie Relate</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relate %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Relate %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The shop&apos;s memory of its customers. It runs on this PC and the shop&apos;s own database; nothing leaves the shop&apos;s machines.</source>
        <translation>Pamięć sklepu o jego klientach. Działa na tym komputerze i na własnej bazie danych sklepu; nic nie wychodzi poza komputery sklepu.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the version and folders, e.g. for a support call</source>
        <translation>Skopiuj wersję i foldery, np. do zgłoszenia w serwisie</translation>
    </message>
    <message>
        <source>Copy the version and folders</source>
        <translation>Skopiuj wersję i foldery</translation>
    </message>
    <message>
        <source>Puts the version and every folder on the clipboard, to paste into a message to whoever looks after Relate.</source>
        <translation>Kopiuje wersję i wszystkie foldery do schowka, aby wkleić je do wiadomości dla osoby, która opiekuje się programem Relate.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Closes this window (Esc).</source>
        <translation>Zamyka to okno (Esc).</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Zamknij to okno (Esc)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Foldery</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logi</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>portable: everything is kept beside the program</source>
        <translation>przenośny: wszystko jest przechowywane obok programu</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>AuditViewPanel</name>
    <message>
        <source>Relate — Audit trail</source>
        <translation>Relate — Dziennik zmian</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Kto</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtruj według osoby</translation>
    </message>
    <message>
        <source>Who did what, when, on which PC and on what; filter by person, action, words and date.</source>
        <translation>Kto co zrobił, kiedy, na którym komputerze i czego to dotyczyło; filtruj według osoby, czynności, słów i daty.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Dziennik zmian</translation>
    </message>
    <message>
        <source>Only what this person did (Alt+W)</source>
        <translation>Tylko to, co zrobiła ta osoba (Alt+K)</translation>
    </message>
    <message>
        <source>Shows only what this person did (Alt+W).</source>
        <translation>Pokazuje tylko to, co zrobiła ta osoba (Alt+K).</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Co</translation>
    </message>
    <message>
        <source>Only this kind of action (Alt+H)</source>
        <translation>Tylko ten rodzaj czynności (Alt+C)</translation>
    </message>
    <message>
        <source>Shows only this kind of action (Alt+H).</source>
        <translation>Pokazuje tylko ten rodzaj czynności (Alt+C).</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtruj według czynności</translation>
    </message>
    <message>
        <source>Only entries whose summary contains these words</source>
        <translation>Tylko wpisy, których opis zawiera te słowa</translation>
    </message>
    <message>
        <source>Type words to show only the entries whose summary contains them.</source>
        <translation>Wpisz słowa, aby pokazać tylko wpisy, których opis je zawiera.</translation>
    </message>
    <message>
        <source>words in the summary</source>
        <translation>słowa w opisie</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Filtruj według słów</translation>
    </message>
    <message>
        <source>&amp;since</source>
        <translation>&amp;od</translation>
    </message>
    <message>
        <source>Only what happened on or after this day (Alt+S)</source>
        <translation>Tylko to, co wydarzyło się tego dnia lub później (Alt+O)</translation>
    </message>
    <message>
        <source>Shows only what happened on or after this day (Alt+S).</source>
        <translation>Pokazuje tylko to, co wydarzyło się tego dnia lub później (Alt+O).</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>One row per change: when, who, on which PC, what was done, on what, and a short before and after.</source>
        <translation>Jeden wiersz na zmianę: kiedy, kto, na którym komputerze, co zrobiono, czego to dotyczyło oraz krótko: przed i po.</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Wpisy dziennika, od najnowszych</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>anyone</source>
        <extracomment>The families of actions, as the filter offers them (an action is &quot;family.verb&quot;).</extracomment>
        <translation>wszyscy</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>wszystko</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>wiersz poleceń</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what, then its number</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest 500 at most)</source>
        <translation>
            <numerusform>%n wpis (najwyżej 500 najnowszych)</numerusform>
            <numerusform>%n wpisy (najwyżej 500 najnowszych)</numerusform>
            <numerusform>%n wpisów (najwyżej 500 najnowszych)</numerusform>
        </translation>
    </message>
    <message>
        <source>first start</source>
        <translation>pierwsze uruchomienie</translation>
    </message>
</context>
<context>
    <name>CallerPop</name>
    <message>
        <source>Open (%1)</source>
        <extracomment>A banner nobody acted on goes away: the call is long over. F8 names the caller&apos;s number on the card of a call this recent. A call that rang while the PC was locked is shown to whoever signs in this soon after.</extracomment>
        <translation>Otwórz (%1)</translation>
    </message>
    <message>
        <source>Open the caller&apos;s card (%1)</source>
        <translation>Otwórz kartotekę dzwoniącego (%1)</translation>
    </message>
    <message>
        <source>Open the call</source>
        <translation>Otwórz rozmowę</translation>
    </message>
    <message>
        <source>Opens the card of the caller the banner announces (%1)</source>
        <translation>Otwiera kartotekę dzwoniącego, o którym informuje pasek (%1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Hide this call banner</source>
        <translation>Ukryj ten pasek połączenia</translation>
    </message>
    <message>
        <source>Dismiss the call</source>
        <translation>Ukryj połączenie</translation>
    </message>
    <message>
        <source>Hides the banner; the call stays as it is</source>
        <translation>Ukrywa pasek; połączenie pozostaje bez zmian</translation>
    </message>
    <message>
        <source>Incoming call: number withheld</source>
        <translation>Połączenie przychodzące: numer zastrzeżony</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Połączenie przychodzące od %1</translation>
    </message>
    <message>
        <source>Incoming: %1 — %2 to open</source>
        <translation>Dzwoni: %1 — %2 otwiera</translation>
    </message>
    <message>
        <source>Incoming call from %1 — %2</source>
        <translation>Połączenie przychodzące od %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 or %n other(s)</source>
        <translation>
            <numerusform>%1 lub %n inna osoba</numerusform>
            <numerusform>%1 lub %n inne osoby</numerusform>
            <numerusform>%1 lub %n innych osób</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not a customer yet</source>
        <translation>%1, jeszcze nie klient</translation>
    </message>
    <message>
        <source>Open the caller&apos;s card first: %1 logs the call on it.</source>
        <translation>Najpierw otwórz kartotekę dzwoniącego: %1 zapisze w niej rozmowę.</translation>
    </message>
    <message>
        <source>Phone call from %1</source>
        <translation>Rozmowa telefoniczna z numeru %1</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <source>Call logged on %1&apos;s history</source>
        <translation>Rozmowę zapisano w historii: %1</translation>
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
        <translation>%1 (poufne)</translation>
    </message>
    <message>
        <source>Remove “%1” (it can be undone)</source>
        <translation>Usuń „%1” (można cofnąć)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Usuń: %1</translation>
    </message>
    <message>
        <source>Removes this little thing from the card; Undo in the message line brings it back.</source>
        <translation>Usuwa to upodobanie z kartoteki; „Cofnij” w wierszu komunikatów przywraca je.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Zapisał(a): %1, %2</translation>
    </message>
    <message>
        <source>Sensitive: masked in lists and left out of exports.</source>
        <translation>Poufne: ukryte na listach i pomijane przy eksporcie.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connection to the shop server</source>
        <extracomment>How often the outbox tries to send (and, with nothing waiting, looks for the server).</extracomment>
        <translation>Połączenie z serwerem sklepu</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln waiting to send</source>
        <translation>
            <numerusform>Bez połączenia — %Ln czeka na wysłanie</numerusform>
            <numerusform>Bez połączenia — %Ln czekają na wysłanie</numerusform>
            <numerusform>Bez połączenia — %Ln czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — the shop server cannot be reached</source>
        <translation>Bez połączenia — brak dostępu do serwera sklepu</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln kept while offline…</source>
        <translation>
            <numerusform>Wysyłanie %Ln wpisu zapisanego bez połączenia…</numerusform>
            <numerusform>Wysyłanie %Ln wpisów zapisanych bez połączenia…</numerusform>
            <numerusform>Wysyłanie %Ln wpisów zapisanych bez połączenia…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectRemarkDialog</name>
    <message>
        <source>No corrections yet</source>
        <translation>Jeszcze bez poprawek</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Zapisz poprawkę</translation>
    </message>
    <message>
        <source>Save the correction; the earlier version is kept</source>
        <translation>Zapisz poprawkę; poprzednia wersja zostaje zachowana</translation>
    </message>
    <message>
        <source>Saves the changed text, kind or customer; the earlier version is kept</source>
        <translation>Zapisuje zmieniony tekst, rodzaj lub klienta; poprzednia wersja zostaje zachowana</translation>
    </message>
    <message>
        <source>Close without changing the remark (Esc)</source>
        <translation>Zamknij bez zmiany uwagi (Esc)</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Anuluj poprawkę</translation>
    </message>
    <message>
        <source>Closes the window without changing the remark (Esc)</source>
        <translation>Zamyka okno bez zmiany uwagi (Esc)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>when, who: what changed</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>było: „%1”</translation>
    </message>
    <message>
        <source>Pick the customer to move it to, or clear the field.</source>
        <translation>Wybierz klienta, do którego przenieść uwagę, albo wyczyść pole.</translation>
    </message>
    <message>
        <source>Relate — Correct a remark</source>
        <translation>Relate — Popraw uwagę</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>The kind of remark: complaint, compliment, request, question, idea or note</source>
        <translation>Rodzaj uwagi: skarga, pochwała, prośba, pytanie, pomysł lub notatka</translation>
    </message>
    <message>
        <source>Kind of remark</source>
        <translation>Rodzaj uwagi</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>The remark&apos;s text, to correct; Tab moves on</source>
        <translation>Tekst uwagi do poprawienia; Tab przechodzi dalej</translation>
    </message>
    <message>
        <source>Remark text</source>
        <translation>Tekst uwagi</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Przenieś do</translation>
    </message>
    <message>
        <source>To move the remark to another customer, type their phone, name, email or card and pick them below; leave empty to keep it here</source>
        <translation>Aby przenieść uwagę do innego klienta, wpisz jego telefon, nazwisko, e-mail lub kartę i wybierz go poniżej; zostaw puste, aby uwaga została tutaj</translation>
    </message>
    <message>
        <source>another customer: phone, name, email or card (leave empty to keep)</source>
        <translation>inny klient: telefon, nazwisko, e-mail lub karta (puste = bez zmiany)</translation>
    </message>
    <message>
        <source>Move to another customer</source>
        <translation>Przenieś do innego klienta</translation>
    </message>
    <message>
        <source>The customers found; the one chosen here gets the remark</source>
        <translation>Znalezieni klienci; uwagę otrzyma ten, którego tu wybierzesz</translation>
    </message>
    <message>
        <source>Customers to move it to</source>
        <translation>Klienci, do których można przenieść</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Poprzednie wersje</translation>
    </message>
    <message>
        <source>Earlier corrections of this remark: when, who and what changed</source>
        <translation>Wcześniejsze poprawki tej uwagi: kiedy, kto i co zmienił</translation>
    </message>
    <message>
        <source>Corrections so far</source>
        <translation>Dotychczasowe poprawki</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln godz.</numerusform>
            <numerusform>%Ln godz.</numerusform>
            <numerusform>%Ln godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n otwarta obietnica</numerusform>
            <numerusform>%n otwarte obietnice</numerusform>
            <numerusform>%n otwartych obietnic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open escalations</source>
        <translation>
            <numerusform>%n otwarta eskalacja</numerusform>
            <numerusform>%n otwarte eskalacje</numerusform>
            <numerusform>%n otwartych eskalacji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashWindow</name>
    <message>
        <source>Relate hit a problem</source>
        <translation>Relate napotkał problem</translation>
    </message>
    <message>
        <source>Relate hit a problem — your work is saved.</source>
        <translation>Relate napotkał problem — Twoja praca jest zapisana.</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>Szczegóły są w logu: %1</translation>
    </message>
    <message>
        <source>The details could not be written to a log.</source>
        <translation>Nie udało się zapisać szczegółów w logu.</translation>
    </message>
    <message>
        <source>What was being typed is kept as a draft. You can carry on; if Relate misbehaves, close it and start it again.</source>
        <translation>To, co było wpisywane, zachowano jako szkic. Możesz pracować dalej; jeśli Relate działa dziwnie, zamknij go i uruchom ponownie.</translation>
    </message>
    <message>
        <source>“Copy details” puts them on the clipboard for whoever looks after Relate.</source>
        <translation>„Kopiuj szczegóły” kopiuje je do schowka dla osoby, która opiekuje się programem Relate.</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Szczegóły problemu</translation>
    </message>
    <message>
        <source>The technical details for whoever looks after Relate; read only.</source>
        <translation>Szczegóły techniczne dla osoby, która opiekuje się programem Relate; tylko do odczytu.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Pokaż szczegóły</translation>
    </message>
    <message>
        <source>Puts the technical details on the clipboard, to paste into a message.</source>
        <translation>Kopiuje szczegóły techniczne do schowka, aby wkleić je do wiadomości.</translation>
    </message>
    <message>
        <source>Shows or hides the technical details in this window.</source>
        <translation>Pokazuje lub ukrywa szczegóły techniczne w tym oknie.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Closes this window and carries on working (Enter or Esc).</source>
        <translation>Zamyka to okno i pozwala pracować dalej (Enter lub Esc).</translation>
    </message>
    <message>
        <source>Close this window and carry on (Enter or Esc)</source>
        <translation>Zamknij to okno i pracuj dalej (Enter lub Esc)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ukryj szczegóły</translation>
    </message>
</context>
<context>
    <name>CustomerCardPanel</name>
    <message>
        <source>Customer card</source>
        <translation>Kartoteka klienta</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Imię i nazwisko klienta</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Wymowa imienia i nazwiska</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferowany język</translation>
    </message>
    <message>
        <source>The language the customer prefers to speak; click to change it</source>
        <translation>Język, w którym klient woli rozmawiać; kliknij, aby zmienić</translation>
    </message>
    <message>
        <source>Phones, emails and cards</source>
        <translation>Telefony, e-maile i karty</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer for marketing or reminders</source>
        <translation>⚠ Nie kontaktować się z tym klientem w sprawie reklam ani przypomnień</translation>
    </message>
    <message>
        <source>Do-not-contact warning</source>
        <translation>Ostrzeżenie: bez kontaktu</translation>
    </message>
    <message>
        <source>Preferred channel and contact refusals</source>
        <translation>Preferowany kanał i odmowy kontaktu</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Upodobania</translation>
    </message>
    <message>
        <source>What this customer prefers; type in the field and press Enter to add one</source>
        <translation>Co ten klient lubi; wpisz w polu i naciśnij Enter, aby dodać</translation>
    </message>
    <message>
        <source>May we contact them?</source>
        <translation>Czy możemy się kontaktować?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by email; each change is recorded with how they told us</source>
        <translation>Czy klient zgodził się na kontakt e-mailem; każda zmiana jest zapisywana razem z tym, jak nam to przekazał</translation>
    </message>
    <message>
        <source>Consent to email</source>
        <translation>Zgoda na e-maile</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by SMS; each change is recorded with how they told us</source>
        <translation>Czy klient zgodził się na kontakt SMS-em; każda zmiana jest zapisywana razem z tym, jak nam to przekazał</translation>
    </message>
    <message>
        <source>Consent to SMS</source>
        <translation>Zgoda na SMS-y</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by phone calls; each change is recorded with how they told us</source>
        <translation>Czy klient zgodził się na kontakt telefoniczny; każda zmiana jest zapisywana razem z tym, jak nam to przekazał</translation>
    </message>
    <message>
        <source>Consent to phone calls</source>
        <translation>Zgoda na połączenia telefoniczne</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by post; each change is recorded with how they told us</source>
        <translation>Czy klient zgodził się na kontakt listowny; każda zmiana jest zapisywana razem z tym, jak nam to przekazał</translation>
    </message>
    <message>
        <source>Consent to post</source>
        <translation>Zgoda na listy</translation>
    </message>
    <message>
        <source>how</source>
        <translation>jak</translation>
    </message>
    <message>
        <source>Pick or type how the customer told us; it is recorded with the next change of consent</source>
        <translation>Wybierz lub wpisz, jak klient nam to przekazał; zostanie zapisane przy następnej zmianie zgody</translation>
    </message>
    <message>
        <source>How the customer told us; recorded with each change of consent</source>
        <translation>Jak klient nam to przekazał; zapisywane przy każdej zmianie zgody</translation>
    </message>
    <message>
        <source>How consent was given or withdrawn</source>
        <translation>Jak zgodę wyrażono lub wycofano</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language the customer prefers; pick one or type any language, a change is saved at once</source>
        <translation>Język, który klient woli; wybierz lub wpisz dowolny język, zmiana zapisuje się od razu</translation>
    </message>
    <message>
        <source>Pick a language or type any other; a change is saved at once</source>
        <translation>Wybierz język lub wpisz inny; zmiana zapisuje się od razu</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Woli</translation>
    </message>
    <message>
        <source>How the customer prefers to be contacted; a change is saved at once</source>
        <translation>Jak klient woli być informowany; zmiana zapisuje się od razu</translation>
    </message>
    <message>
        <source>How the customer prefers to be contacted</source>
        <translation>Jak klient woli być informowany</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <source>Check when the customer asked not to be contacted for marketing or reminders; saved at once</source>
        <translation>Zaznacz, gdy klient prosił, by nie kontaktować się z nim w sprawie reklam ani przypomnień; zapisuje się od razu</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Bez kontaktu</translation>
    </message>
    <message>
        <source>No marketing or reminders for this customer</source>
        <translation>Żadnych reklam ani przypomnień dla tego klienta</translation>
    </message>
    <message>
        <source>until</source>
        <translation>do</translation>
    </message>
    <message>
        <source>The day the do-not-contact wish ends; the earliest day means no end date</source>
        <translation>Dzień, w którym kończy się prośba o brak kontaktu; najwcześniejsza data oznacza bez daty końcowej</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>bez daty końcowej</translation>
    </message>
    <message>
        <source>Do not contact until</source>
        <translation>Bez kontaktu do</translation>
    </message>
    <message>
        <source>Open promises, escalations and outcomes to pass on</source>
        <translation>Otwarte obietnice, zgłoszenia i rozwiązania do przekazania</translation>
    </message>
    <message>
        <source>Record what was promised to the customer (Ctrl+P opens, Enter records, Esc closes)</source>
        <translation>Zapisz, co obiecano klientowi (Ctrl+P otwiera, Enter zapisuje, Esc zamyka)</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Nowa obietnica</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Obietnica:</translation>
    </message>
    <message>
        <source>Credit, call back, set aside or follow up</source>
        <translation>Bon, oddzwonienie, odłożenie towaru lub ponowny kontakt</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Rodzaj obietnicy</translation>
    </message>
    <message>
        <source>Type what was promised; Enter records the promise, Esc closes the form</source>
        <translation>Wpisz, co obiecano; Enter zapisuje obietnicę, Esc zamyka formularz</translation>
    </message>
    <message>
        <source>What was promised; Enter records the promise, Esc closes (Ctrl+P opens)</source>
        <translation>Co obiecano; Enter zapisuje obietnicę, Esc zamyka (Ctrl+P otwiera)</translation>
    </message>
    <message>
        <source>what was promised, e.g. £20 credit on next visit</source>
        <translation>co obiecano, np. bon 20 zł na następne zakupy</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Co obiecano</translation>
    </message>
    <message>
        <source>The amount promised, if any; leave at no amount otherwise</source>
        <translation>Obiecana kwota, jeśli jest; w przeciwnym razie zostaw „bez kwoty”</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>bez kwoty</translation>
    </message>
    <message>
        <source>due</source>
        <translation>termin</translation>
    </message>
    <message>
        <source>The day the promise is due; it shows as late on the card after that day</source>
        <translation>Termin obietnicy; po tym dniu kartoteka pokazuje ją jako spóźnioną</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Records the promise on the customer&apos;s card (Enter in the text does the same)</source>
        <translation>Zapisuje obietnicę w kartotece klienta (Enter w polu tekstu robi to samo)</translation>
    </message>
    <message>
        <source>Record promise</source>
        <translation>Zapisz obietnicę</translation>
    </message>
    <message>
        <source>Record the promise (Enter)</source>
        <translation>Zapisz obietnicę (Enter)</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Historia, od najnowszych</translation>
    </message>
    <message>
        <source>On a remark: the Menu key or Shift+F10 (or a right-click) to correct, escalate or withdraw it</source>
        <translation>Na uwadze: klawisz menu lub Shift+F10 (albo prawy przycisk myszy), aby ją poprawić, przekazać kierownikowi lub wycofać</translation>
    </message>
    <message>
        <source>The customer&apos;s history, newest first; on a remark, the Menu key or a right-click offers to correct, escalate or withdraw it</source>
        <translation>Historia klienta, od najnowszych; na uwadze klawisz menu lub prawy przycisk myszy pozwala ją poprawić, przekazać kierownikowi lub wycofać</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Stan kartoteki</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>no preference</source>
        <extracomment>Cards kept in memory to stay readable while the shop server is away.</extracomment>
        <translation>bez preferencji</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>asked at the counter</source>
        <translation>na pytanie przy kasie</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonicznie</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>na piśmie</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>e-mailem</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>z importu</translation>
    </message>
    <message>
        <source>Offline — this card is as it was at %1; remarks are kept on this PC and sent when the server is back.</source>
        <translation>Bez połączenia — kartoteka w stanie z %1; uwagi są zachowywane na tym komputerze i zostaną wysłane, gdy serwer wróci.</translation>
    </message>
    <message>
        <source>(say: %1)</source>
        <translation>(wymowa: %1)</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>karta %1</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer until %1</source>
        <translation>⚠ Nie kontaktować się z tym klientem do %1</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer for marketing or reminders</source>
        <translation>⚠ Nie kontaktować się z tym klientem w sprawie reklam ani przypomnień</translation>
    </message>
    <message>
        <source>Log what %1 said</source>
        <translation>Zapisz, co powiedział(a) %1</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>%1; press to change it</source>
        <translation>%1; naciśnij, aby zmienić</translation>
    </message>
    <message>
        <source>Language not recorded — set</source>
        <translation>Język nie zapisany — ustaw</translation>
    </message>
    <message>
        <source>Press to record the language the customer prefers</source>
        <translation>Naciśnij, aby zapisać język, który klient woli</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>No channel preference recorded</source>
        <translation>Brak zapisanego preferowanego kanału</translation>
    </message>
    <message>
        <source>Type the little thing first, e.g. “Receipt: always”.</source>
        <translation>Najpierw wpisz upodobanie, np. „Paragon: zawsze”.</translation>
    </message>
    <message>
        <source>Little thing removed</source>
        <translation>Usunięto upodobanie</translation>
    </message>
    <message>
        <source>correction (undo)</source>
        <translation>poprawka (cofnięcie)</translation>
    </message>
    <message>
        <source>Consent for %1 recorded</source>
        <translation>Zapisano zgodę: %1</translation>
    </message>
    <message>
        <source>%1 — recorded by %2, %3 (%4). Every change is in the history.</source>
        <translation>%1 — zapisał(a) %2, %3 (%4). Każda zmiana jest w historii.</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Jeszcze nie pytano</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Obietnica dotrzymana</translation>
    </message>
    <message>
        <source>Promise cancelled</source>
        <translation>Obietnica anulowana</translation>
    </message>
    <message>
        <source>Follow-up recorded: %1</source>
        <translation>Zapisano ponowny kontakt: %1</translation>
    </message>
    <message>
        <source>Marked as told</source>
        <translation>Oznaczono jako przekazane</translation>
    </message>
    <message>
        <source>Promise recorded</source>
        <translation>Zapisano obietnicę</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Popraw…</translation>
    </message>
    <message>
        <source>Escalate to the manager</source>
        <translation>Przekaż kierownikowi</translation>
    </message>
    <message>
        <source>Sent to the manager</source>
        <translation>Przekazano kierownikowi</translation>
    </message>
    <message>
        <source>Withdraw this remark</source>
        <translation>Wycofaj tę uwagę</translation>
    </message>
    <message>
        <source>Remark withdrawn</source>
        <translation>Uwaga wycofana</translation>
    </message>
    <message>
        <source>Remark corrected</source>
        <translation>Uwaga poprawiona</translation>
    </message>
</context>
<context>
    <name>CustomerListMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importuj klientów…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Możliwe &amp;duplikaty…</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 połączono z %2</translation>
    </message>
</context>
<context>
    <name>CustomerRecord</name>
    <message>
        <source>Phones</source>
        <extracomment>The lists of the record, in the order the document shows them (titled by ``_section_titles``). The customer&apos;s own facts at the top of the document.</extracomment>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Loyalty cards</source>
        <translation>Karty stałego klienta</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Upodobania</translation>
    </message>
    <message>
        <source>Consent, every change</source>
        <translation>Zgody, każda zmiana</translation>
    </message>
    <message>
        <source>What they told us</source>
        <translation>Co nam powiedzieli</translation>
    </message>
    <message>
        <source>Escalations and outcomes</source>
        <translation>Zgłoszenia i rozwiązania</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Obietnice</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Wymowa imienia i nazwiska</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferowany język</translation>
    </message>
    <message>
        <source>Preferred way to be contacted</source>
        <translation>Preferowany sposób kontaktu</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Bez kontaktu</translation>
    </message>
    <message>
        <source>Do not contact until</source>
        <translation>Bez kontaktu do</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Klient od</translation>
    </message>
    <message>
        <source>As given</source>
        <translation>Tak jak podano</translation>
    </message>
    <message>
        <source>International form</source>
        <translation>Zapis międzynarodowy</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Poufne</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Jak ją wyrażono</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofano</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Zgłosił(a)</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Zgłoszono</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Zajmuje się</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Załatwiono</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Klient poinformowany</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Obiecał(a)</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Obiecano</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Poprawka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>What %1 holds about this customer (customer %2).</source>
        <translation>Co %1 przechowuje o tym kliencie (klient nr %2).</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Which words a stored value is worded with, by (section, field).</extracomment>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>DatabaseWorker</name>
    <message>
        <source>Something went wrong talking to the database; nothing you typed was lost. Details are in the log.</source>
        <extracomment>A failure nobody handled: the main window shows it in its message bar.</extracomment>
        <translation>Coś poszło nie tak w komunikacji z bazą danych; nic z tego, co wpisano, nie przepadło. Szczegóły są w logu.</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>How to say it</source>
        <translation>Wymowa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Bez kontaktu</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Upodobania</translation>
    </message>
    <message>
        <source>Consent (%1)</source>
        <translation>Zgoda (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <source>Pairs of customers who may be one person, the likeliest first; Up and Down pick a pair to compare.</source>
        <translation>Pary klientów, którzy mogą być jedną osobą, od najbardziej prawdopodobnych; strzałki w górę i w dół wybierają parę do porównania.</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Dlaczego są podobni</translation>
    </message>
    <message>
        <source>The two customers side by side</source>
        <translation>Obaj klienci obok siebie</translation>
    </message>
    <message>
        <source>Where the two differ, pick the value to keep; the customer on the left is kept and the one on the right merged into it.</source>
        <translation>Tam, gdzie się różnią, wybierz wartość do zachowania; klient po lewej zostaje, a klient po prawej zostaje z nim połączony.</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Zachowaj drugiego</translation>
    </message>
    <message>
        <source>Swaps the two, so the customer on the right is the one kept.</source>
        <translation>Zamienia ich miejscami, aby został klient po prawej.</translation>
    </message>
    <message>
        <source>Merge into the one on the left</source>
        <translation>Połącz z klientem po lewej</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Merges the customer on the right into the one on the left, with the values picked; Undo last merge takes it back.</source>
        <translation>Łączy klienta po prawej z klientem po lewej, z wybranymi wartościami; „Cofnij ostatnie łączenie” to odwraca.</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Cofnij ostatnie łączenie</translation>
    </message>
    <message>
        <source>Splits the two customers of the last merge apart again, each with what was theirs.</source>
        <translation>Rozdziela z powrotem klientów z ostatniego łączenia, każdemu z tym, co było jego.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>%1  ↔  %2
%3</source>
        <translation>%1  ↔  %2
%3</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Brak prawdopodobnych duplikatów.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <source>Keeps: %1 (#%2)</source>
        <translation>Zostaje: %1 (nr %2)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegół</translation>
    </message>
    <message>
        <source>Merged in: %1 (#%2)</source>
        <translation>Dołączony: %1 (nr %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Keep %1: %2</source>
        <translation>Zachowaj %1: %2</translation>
    </message>
    <message>
        <source>The merged customer keeps the value of the one on the left.</source>
        <translation>Połączony klient zachowa wartość klienta po lewej.</translation>
    </message>
    <message>
        <source>The merged customer keeps the value of the one on the right.</source>
        <translation>Połączony klient zachowa wartość klienta po prawej.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 połączono z %2.</translation>
    </message>
    <message>
        <source>The merge of %1 into %2 was undone.</source>
        <translation>Cofnięto połączenie %1 z %2.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>&lt;p&gt;Erase &lt;b&gt;%1&lt;/b&gt; on their request?&lt;/p&gt;&lt;p&gt;Their name, phones, emails, cards, little things, consent and everything they told us are removed for good. What stays is anonymous: that remarks and escalations happened, their kinds, dates and outcomes.&lt;/p&gt;&lt;p&gt;This cannot be undone. Type the customer&apos;s name to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Usunąć dane klienta &lt;b&gt;%1&lt;/b&gt; na jego prośbę?&lt;/p&gt;&lt;p&gt;Imię i nazwisko, telefony, e-maile, karty, upodobania, zgody i wszystko, co nam powiedział, zostaną usunięte na zawsze. Zostaje tylko anonimowa informacja: że były uwagi i zgłoszenia, ich rodzaje, daty i rozwiązania.&lt;/p&gt;&lt;p&gt;Tego nie da się cofnąć. Wpisz imię i nazwisko klienta, aby potwierdzić.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase for ever</source>
        <translation>Usuń na zawsze</translation>
    </message>
    <message>
        <source>Erases the customer&apos;s personal data; it cannot be undone. Enabled once the name is typed.</source>
        <translation>Usuwa dane osobowe klienta; nie da się tego cofnąć. Dostępne po wpisaniu imienia i nazwiska.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Closes this window and erases nothing (Esc).</source>
        <translation>Zamyka to okno i niczego nie usuwa (Esc).</translation>
    </message>
    <message>
        <source>Close and erase nothing (Esc)</source>
        <translation>Zamknij i niczego nie usuwaj (Esc)</translation>
    </message>
    <message>
        <source>Relate — Erase a customer</source>
        <translation>Relate — Usuń dane klienta</translation>
    </message>
    <message>
        <source>Type the customer&apos;s full name exactly as on the card; only then can they be erased</source>
        <translation>Wpisz pełne imię i nazwisko klienta dokładnie tak jak w kartotece; dopiero wtedy można usunąć jego dane</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm</source>
        <translation>Wpisz imię i nazwisko klienta, aby potwierdzić</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name exactly as shown; the Erase for ever button then becomes available.</source>
        <translation>Wpisz imię i nazwisko klienta dokładnie tak, jak je widać; wtedy przycisk „Usuń na zawsze” stanie się dostępny.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <extracomment>The formats ``services.export`` writes, in the order offered; the dialog words them. What can be exported, in the order offered.</extracomment>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Dziennik zmian</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Co eksportować</translation>
    </message>
    <message>
        <source>Choose the customers, the remarks, the escalations or the audit trail.</source>
        <translation>Wybierz klientów, uwagi, zgłoszenia lub dziennik zmian.</translation>
    </message>
    <message>
        <source>Excel-friendly CSV (UTF-8 with BOM)</source>
        <translation>CSV dla Excela (UTF-8 z BOM)</translation>
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
        <translation>Format pliku</translation>
    </message>
    <message>
        <source>Choose the kind of file: CSV for a spreadsheet, JSON for another program.</source>
        <translation>Wybierz rodzaj pliku: CSV do arkusza kalkulacyjnego, JSON dla innego programu.</translation>
    </message>
    <message>
        <source>Include little things marked sensitive (a full export, which Relate can import again without loss)</source>
        <translation>Dołącz upodobania oznaczone jako poufne (pełny eksport, który Relate może zaimportować ponownie bez strat)</translation>
    </message>
    <message>
        <source>Include sensitive little things</source>
        <translation>Dołącz poufne upodobania</translation>
    </message>
    <message>
        <source>When ticked, little things marked sensitive are exported too.</source>
        <translation>Gdy zaznaczone, eksportowane są także upodobania oznaczone jako poufne.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Jako</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Zapisz eksport</translation>
    </message>
    <message>
        <source>Asks where to save the file, then writes it (Enter).</source>
        <translation>Pyta, gdzie zapisać plik, a potem go zapisuje (Enter).</translation>
    </message>
    <message>
        <source>Choose where to save the file (Enter)</source>
        <translation>Wybierz, gdzie zapisać plik (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Closes this window without exporting (Esc).</source>
        <translation>Zamyka to okno bez eksportu (Esc).</translation>
    </message>
    <message>
        <source>Close without exporting (Esc)</source>
        <translation>Zamknij bez eksportu (Esc)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Wyeksportowano %n wiersz do pliku %1</numerusform>
            <numerusform>Wyeksportowano %n wiersze do pliku %1</numerusform>
            <numerusform>Wyeksportowano %n wierszy do pliku %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Start</source>
        <extracomment>The sample shop&apos;s name as the tools and tests create it; the dialog stores it translated.</extracomment>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Creates the shop with you as its first manager (Enter).</source>
        <translation>Zakłada sklep, a Ty zostajesz jego pierwszym kierownikiem (Enter).</translation>
    </message>
    <message>
        <source>Create the shop with you as its first manager (Enter)</source>
        <translation>Załóż sklep, w którym zostaniesz pierwszym kierownikiem (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Closes Relate without creating anything (Esc).</source>
        <translation>Zamyka Relate i niczego nie tworzy (Esc).</translation>
    </message>
    <message>
        <source>Close Relate without creating anything (Esc)</source>
        <translation>Zamknij Relate i niczego nie twórz (Esc)</translation>
    </message>
    <message>
        <source>Sample shop (demo data)</source>
        <translation>Sklep przykładowy (dane demonstracyjne)</translation>
    </message>
    <message>
        <source>Type your name: you will be the shop&apos;s first manager.</source>
        <translation>Wpisz swoje imię i nazwisko: zostaniesz pierwszym kierownikiem sklepu.</translation>
    </message>
    <message>
        <source>Choose a PIN (4–12 digits): you will type it to sign in.</source>
        <translation>Wybierz PIN (4–12 cyfr): będziesz go wpisywać przy logowaniu.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Oba PIN-y się różnią. Wpisz dwa razy ten sam PIN.</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name.</source>
        <translation>Wpisz nazwę sklepu.</translation>
    </message>
    <message>
        <source>Preparing the sample shop…</source>
        <translation>Przygotowywanie sklepu przykładowego…</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Konfigurowanie…</translation>
    </message>
    <message>
        <source>Relate — Welcome</source>
        <translation>Relate — Witamy</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Relate&lt;/h2&gt;&lt;p&gt;A few details and you are at the counter.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Witamy w Relate&lt;/h2&gt;&lt;p&gt;Kilka szczegółów i możesz zaczynać pracę przy kasie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Who is working? (your name)</source>
        <translation>&amp;Kto pracuje? (Twoje imię i nazwisko)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Type your name: you become the shop&apos;s first manager.</source>
        <translation>Wpisz swoje imię i nazwisko: zostaniesz pierwszym kierownikiem sklepu.</translation>
    </message>
    <message>
        <source>Your &amp;PIN (4–12 digits)</source>
        <translation>Twój &amp;PIN (4–12 cyfr)</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Twój PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits, or a passphrase; you type it to sign in.</source>
        <translation>Wybierz PIN z 4 do 12 cyfr albo hasło; wpisujesz go przy logowaniu.</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN &amp;jeszcze raz</translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <translation>Twój PIN jeszcze raz</translation>
    </message>
    <message>
        <source>Type the same PIN again, to be sure of it.</source>
        <translation>Wpisz ten sam PIN jeszcze raz, dla pewności.</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;Nazwa sklepu</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nazwa sklepu</translation>
    </message>
    <message>
        <source>The shop&apos;s name, as staff and customers know it.</source>
        <translation>Nazwa sklepu, pod którą znają go pracownicy i klienci.</translation>
    </message>
    <message>
        <source>&amp;Country (for phone numbers)</source>
        <translation>K&amp;raj (dla numerów telefonów)</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation>Kraj dla numerów telefonów</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code; type a letter to jump.</source>
        <translation>Kraj numerów telefonów zapisanych bez kierunkowego kraju; wpisz literę, aby przeskoczyć.</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wal&amp;uta</translation>
    </message>
    <message>
        <source>e.g. GBP, EUR, USD (the country&apos;s own if left empty)</source>
        <translation>np. PLN, EUR, GBP (puste = waluta kraju)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Three letters such as GBP or EUR; left empty, the country&apos;s own currency.</source>
        <translation>Trzy litery, np. PLN lub EUR; gdy puste — waluta danego kraju.</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop — a few hundred made-up customers to try things on (clearly marked as demo data)</source>
        <translation>Otwórz &amp;sklep przykładowy — kilkuset zmyślonych klientów do wypróbowania (wyraźnie oznaczone jako dane demonstracyjne)</translation>
    </message>
    <message>
        <source>Open the sample shop</source>
        <translation>Otwórz sklep przykładowy</translation>
    </message>
    <message>
        <source>Starts with a few hundred made-up customers to try things on, clearly marked as demo data (Alt+S).</source>
        <translation>Zaczyna z kilkuset zmyślonymi klientami do wypróbowania, wyraźnie oznaczonymi jako dane demonstracyjne (Alt+S).</translation>
    </message>
    <message>
        <source>A few hundred made-up customers to try things on (Alt+S)</source>
        <translation>Kilkuset zmyślonych klientów do wypróbowania (Alt+S)</translation>
    </message>
    <message>
        <source>Start &amp;empty — my own shop</source>
        <translation>Zacznij od &amp;zera — mój własny sklep</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Zacznij od zera</translation>
    </message>
    <message>
        <source>Starts your own shop with no customers yet (Alt+E).</source>
        <translation>Zakłada Twój własny sklep, jeszcze bez klientów (Alt+Z).</translation>
    </message>
    <message>
        <source>Your own shop, with no customers yet (Alt+E)</source>
        <translation>Twój własny sklep, jeszcze bez klientów (Alt+Z)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <extracomment>The preview&apos;s columns: what Relate reads from each row (worded in ``_preview_headings``).</extracomment>
        <translation>Importuj klientów</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Bring in the customer list the shop already has: a customer export from Shopify, Square or Lightspeed, a vCard file from a phone or address book, any CSV file, or Relate&apos;s own export. Importing the same file again updates, never doubles.</source>
        <translation>Wczytaj listę klientów, którą sklep już ma: eksport klientów z Shopify, Square lub Lightspeed, plik vCard z telefonu lub książki adresowej, dowolny plik CSV albo eksport z samego Relate. Ponowny import tego samego pliku aktualizuje dane, nigdy ich nie dubluje.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Plik do importu</translation>
    </message>
    <message>
        <source>Type or paste the path of the customer list; Enter reads it.</source>
        <translation>Wpisz lub wklej ścieżkę do listy klientów; Enter ją wczytuje.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>Opens a window to pick the customer list.</source>
        <translation>Otwiera okno wyboru listy klientów.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>recognise it</source>
        <translation>rozpoznaj sam</translation>
    </message>
    <message>
        <source>any CSV file</source>
        <translation>dowolny plik CSV</translation>
    </message>
    <message>
        <source>Relate&apos;s own export</source>
        <translation>eksport z Relate</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format pliku</translation>
    </message>
    <message>
        <source>Which program the file comes from; “recognise it” lets Relate tell from its columns.</source>
        <translation>Z jakiego programu pochodzi plik; „rozpoznaj sam” pozwala Relate rozpoznać go po kolumnach.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Country for numbers without one</source>
        <translation>Kraj dla numerów bez kierunkowego</translation>
    </message>
    <message>
        <source>Two letters, such as GB or IE: the country of phone numbers written without one. Empty: the shop&apos;s own.</source>
        <translation>Dwie litery, np. PL lub DE: kraj numerów telefonów zapisanych bez kierunkowego. Puste: kraj sklepu.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Next: read the file</source>
        <translation>Dalej: wczytaj plik</translation>
    </message>
    <message>
        <source>Reads the file and shows how its columns will be imported (Enter).</source>
        <translation>Wczytuje plik i pokazuje, jak zostaną zaimportowane jego kolumny (Enter).</translation>
    </message>
    <message>
        <source>Read the file and show how it will be imported (Enter)</source>
        <translation>Wczytaj plik i pokaż, jak zostanie zaimportowany (Enter)</translation>
    </message>
    <message>
        <source>Choose the customer list</source>
        <translation>Wybierz listę klientów</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Listy klientów (*.csv *.txt *.vcf *.vcard);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Najpierw wybierz plik.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Wczytaj jako</translation>
    </message>
    <message>
        <source>The file&apos;s columns</source>
        <translation>Kolumny pliku</translation>
    </message>
    <message>
        <source>Each column of the file and what Relate reads it as; change a row&apos;s choice to read the column differently.</source>
        <translation>Każda kolumna pliku i to, jak Relate ją odczytuje; zmień wybór w wierszu, aby odczytać kolumnę inaczej.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Podgląd pierwszych wierszy</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored; the last column says what needs a look.</source>
        <translation>Pierwsze wiersze pliku w takiej postaci, w jakiej zostaną zapisane; ostatnia kolumna mówi, co trzeba sprawdzić.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Back to the file</source>
        <translation>Wróć do pliku</translation>
    </message>
    <message>
        <source>Returns to choosing the file and its format.</source>
        <translation>Wraca do wyboru pliku i jego formatu.</translation>
    </message>
    <message>
        <source>Only check (save nothing)</source>
        <translation>Tylko sprawdź (nic nie zapisuj)</translation>
    </message>
    <message>
        <source>Only check</source>
        <translation>Tylko sprawdź</translation>
    </message>
    <message>
        <source>When ticked, the import reads every row and reports, but saves nothing.</source>
        <translation>Gdy zaznaczone, import czyta każdy wiersz i składa raport, ale niczego nie zapisuje.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Import the customers</source>
        <translation>Importuj klientów</translation>
    </message>
    <message>
        <source>Starts the import; a progress bar follows and the counter keeps working.</source>
        <translation>Rozpoczyna import; pokazuje się pasek postępu, a przy kasie można dalej pracować.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Notatka i tagi</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <source>vCard file %1</source>
        <translation>plik vCard %1</translation>
    </message>
    <message>
        <source>CSV file %1</source>
        <translation>plik CSV %1</translation>
    </message>
    <message>
        <source>Relate export %1</source>
        <translation>eksport z Relate %1</translation>
    </message>
    <message>
        <source>%1 export %2</source>
        <comment>a program&apos;s name, then the file&apos;s</comment>
        <translation>eksport z %1: %2</translation>
    </message>
    <message>
        <source>their number in the other program</source>
        <translation>numer klienta w innym programie</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>pseudonim</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation>karta stałego klienta</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tagi</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>urodziny</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>rocznica</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>how to say the name</source>
        <translation>wymowa imienia i nazwiska</translation>
    </message>
    <message>
        <source>a little thing</source>
        <translation>upodobanie</translation>
    </message>
    <message>
        <source>consent: email</source>
        <translation>zgoda: e-mail</translation>
    </message>
    <message>
        <source>consent: SMS</source>
        <translation>zgoda: SMS</translation>
    </message>
    <message>
        <source>consent: phone calls</source>
        <translation>zgoda: połączenia telefoniczne</translation>
    </message>
    <message>
        <source>consent: post</source>
        <translation>zgoda: poczta</translation>
    </message>
    <message>
        <source>no email (opted out)</source>
        <translation>bez e-maili (rezygnacja)</translation>
    </message>
    <message>
        <source>amount spent</source>
        <translation>wydana kwota</translation>
    </message>
    <message>
        <source>number of visits</source>
        <translation>liczba wizyt</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>pierwsza wizyta</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation>ostatnia wizyta</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source>Windows code page 1252</source>
        <translation>strona kodowa Windows 1252</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>przecinki</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>średniki</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulatory</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) would be created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>Zostałby utworzony %n klient, zaktualizowanych: %1, już aktualnych: %2.</numerusform>
            <numerusform>Zostałoby utworzonych %n klientów, zaktualizowanych: %1, już aktualnych: %2.</numerusform>
            <numerusform>Zostałoby utworzonych %n klientów, zaktualizowanych: %1, już aktualnych: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>Utworzono %n klienta, zaktualizowanych: %1, już aktualnych: %2.</numerusform>
            <numerusform>Utworzono %n klientów, zaktualizowanych: %1, już aktualnych: %2.</numerusform>
            <numerusform>Utworzono %n klientów, zaktualizowanych: %1, już aktualnych: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>Wczytano %n wiersz.</numerusform>
            <numerusform>Wczytano %n wiersze.</numerusform>
            <numerusform>Wczytano %n wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n wiersz nie został zaimportowany.</numerusform>
            <numerusform>%n wiersze nie zostały zaimportowane.</numerusform>
            <numerusform>%n wierszy nie zostało zaimportowanych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported with something left out.</source>
        <translation>
            <numerusform>%n wiersz zaimportowano z pominięciem części danych.</numerusform>
            <numerusform>%n wiersze zaimportowano z pominięciem części danych.</numerusform>
            <numerusform>%n wierszy zaimportowano z pominięciem części danych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>Pominięto %n pusty wiersz.</numerusform>
            <numerusform>Pominięto %n puste wiersze.</numerusform>
            <numerusform>Pominięto %n pustych wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a check: nothing was saved.</source>
        <translation>Tylko sprawdzenie: nic nie zapisano.</translation>
    </message>
    <message>
        <source>Cancelled: everything up to %1 is saved; run the same import again to finish it (nothing is doubled).</source>
        <translation>Anulowano: wszystko do tej pory jest zapisane (ostatnia zapisana pozycja: %1); uruchom ten sam import ponownie, aby go dokończyć (nic się nie zdubluje).</translation>
    </message>
    <message>
        <source>Cancelled before anything was saved.</source>
        <translation>Anulowano, zanim cokolwiek zapisano.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>wizytówka %1</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nie zaimportowano: %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nie importuj)</translation>
    </message>
    <message>
        <source>Recognised as: %1 (%2, %3). The first rows below are shown as they will be stored.</source>
        <comment>file, its encoding, its separator</comment>
        <translation>Rozpoznano: %1 (%2, %3). Poniżej pierwsze wiersze w takiej postaci, w jakiej zostaną zapisane.</translation>
    </message>
    <message>
        <source>Recognised as: %1 (%2). The first rows below are shown as they will be stored.</source>
        <comment>file, its encoding</comment>
        <translation>Rozpoznano: %1 (%2). Poniżej pierwsze wiersze w takiej postaci, w jakiej zostaną zapisane.</translation>
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation>Wczytaj „%1” jako</translation>
    </message>
    <message>
        <source>What Relate reads this column as; “(not imported)” leaves it out.</source>
        <translation>Jak Relate odczytuje tę kolumnę; „(nie importuj)” ją pomija.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <source>Stops after the batch being stored; what was stored stays, and importing the file again finishes it.</source>
        <translation>Zatrzymuje się po zapisaniu bieżącej partii; to, co zapisano, zostaje, a ponowny import pliku go dokończy.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 to look at</source>
        <translation>Wczytane wiersze: %1; nowe: %2, zaktualizowane: %3, do sprawdzenia: %4</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>zatrzymano: %1</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Zatrzymywanie po tej partii…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Raport z importu</translation>
    </message>
    <message>
        <source>One line for each row that was not imported or had something left out; read only.</source>
        <translation>Jeden wiersz na każdy wiersz pliku, który nie został zaimportowany lub zaimportowano go z pominięciem części danych; tylko do odczytu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Closes the import window.</source>
        <translation>Zamyka okno importu.</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Zaimportowano wszystkie wiersze.</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>Raport zapisano jako %1</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Nie udało się zapisać raportu.</translation>
    </message>
</context>
<context>
    <name>LittleThingsPanel</name>
    <message>
        <source>+ little thing: the what, not the why</source>
        <translation>+ upodobanie: co, a nie dlaczego</translation>
    </message>
    <message>
        <source>Add a little thing</source>
        <translation>Dodaj upodobanie</translation>
    </message>
    <message>
        <source>Type what the customer prefers, e.g. “Receipt: always”, and press Enter to add it</source>
        <translation>Wpisz, co klient lubi, np. „Paragon: zawsze”, i naciśnij Enter, aby dodać</translation>
    </message>
    <message>
        <source>Add a little thing to the card (Enter)</source>
        <translation>Dodaj upodobanie do kartoteki (Enter)</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>poufne</translation>
    </message>
    <message>
        <source>Shown on the card only: masked in lists, left out of exports</source>
        <translation>Widoczne tylko w kartotece: ukryte na listach, pomijane przy eksporcie</translation>
    </message>
    <message>
        <source>Sensitive little thing</source>
        <translation>Poufne upodobanie</translation>
    </message>
    <message>
        <source>Check before adding: the little thing is shown on the card only, masked in lists and left out of exports</source>
        <translation>Zaznacz przed dodaniem: upodobanie będzie widoczne tylko w kartotece, ukryte na listach i pomijane przy eksporcie</translation>
    </message>
</context>
<context>
    <name>LookupController</name>
    <message numerus="yes">
        <source>%n customers have this number: ↑ ↓ to choose, Enter to open</source>
        <extracomment>Coalesces a burst of keys into one search; kept short because the card-scanner filter already holds typed keys back a moment (gui/scanner.py) and the newest text always wins.</extracomment>
        <translation>
            <numerusform>Ten numer ma %n klienta: ↑ ↓ wybierz, Enter otwiera</numerusform>
            <numerusform>Ten numer ma %n klientów: ↑ ↓ wybierz, Enter otwiera</numerusform>
            <numerusform>Ten numer ma %n klientów: ↑ ↓ wybierz, Enter otwiera</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1…</source>
        <translation>Karta %1…</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open</source>
        <translation>↑ ↓ wybierz, Enter otwiera</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Press Enter to add a new customer with it filled in.</source>
        <translation>Nic nie znaleziono dla „%1”. Naciśnij Enter, aby dodać nowego klienta z tymi danymi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in: %1</source>
        <extracomment>How often another PC&apos;s changes are looked for (a cheap, indexed query).</extracomment>
        <translation>Zalogowano: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Type a phone number, the last digits, a name, an email or scan a card. Enter opens the customer; nothing found, Enter adds them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Wpisz numer telefonu, jego ostatnie cyfry, imię lub nazwisko, e-mail albo zeskanuj kartę. Enter otwiera klienta; gdy nic nie znaleziono, Enter go dodaje.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>Language, theme, &amp;shop server and backups…</source>
        <translation>Język, motyw, &amp;serwer sklepu i kopie zapasowe…</translation>
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
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Manager&apos;s queue</source>
        <translation>Kolejka kierownika</translation>
    </message>
    <message numerus="yes">
        <source>Queue · %n urgent</source>
        <translation>
            <numerusform>Kolejka · %n pilne</numerusform>
            <numerusform>Kolejka · %n pilne</numerusform>
            <numerusform>Kolejka · %n pilnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manager&apos;s queue, %n urgent</source>
        <translation>
            <numerusform>Kolejka kierownika, %n pilne</numerusform>
            <numerusform>Kolejka kierownika, %n pilne</numerusform>
            <numerusform>Kolejka kierownika, %n pilnych</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: %1 — %2 (raised by %3)</source>
        <translation>Pilne: %1 — %2 (zgłosił(a): %3)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>anonimowy klient</translation>
    </message>
    <message>
        <source>Relate — urgent escalation</source>
        <translation>Relate — pilne zgłoszenie</translation>
    </message>
    <message>
        <source>%1 resolved the escalation you raised about %2 (“%3”): %4. %5</source>
        <translation>%1 załatwił(a) Twoje zgłoszenie (klient: %2, „%3”): %4. %5</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>anonimowy klient</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Relate</source>
        <translation>&amp;O programie Relate</translation>
    </message>
    <message>
        <source>Phone, last 4 digits, name, email or card — Ctrl+F</source>
        <translation>Telefon, ostatnie 4 cyfry, nazwisko, e-mail lub karta — Ctrl+F</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Znajdź klienta</translation>
    </message>
    <message>
        <source>Find a customer (Ctrl+F; Esc also comes back here)</source>
        <translation>Znajdź klienta (Ctrl+F; Esc też tu wraca)</translation>
    </message>
    <message>
        <source>Type a phone number, its last digits, any word of the name, an email or a card number; Up and Down pick, Enter opens, Ctrl+F comes back here</source>
        <translation>Wpisz numer telefonu, jego ostatnie cyfry, dowolną część imienia lub nazwiska, e-mail albo numer karty; strzałki w górę i w dół wybierają, Enter otwiera, Ctrl+F tu wraca</translation>
    </message>
    <message>
        <source>Starts a new customer&apos;s card with what was typed in the search box filled in (Ctrl+N)</source>
        <translation>Zakłada kartotekę nowego klienta z tym, co wpisano w polu wyszukiwania (Ctrl+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>Nowy klient (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opens the manager&apos;s queue of escalations; the button says how many are urgent (Ctrl+M)</source>
        <translation>Otwiera kolejkę zgłoszeń kierownika; przycisk pokazuje, ile jest pilnych (Ctrl+M)</translation>
    </message>
    <message>
        <source>The manager&apos;s queue of escalations (Ctrl+M)</source>
        <translation>Kolejka zgłoszeń kierownika (Ctrl+M)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Zalogowano jako</translation>
    </message>
    <message>
        <source>SAMPLE SHOP — demo data, not real customers. Start your own shop from an empty data folder.</source>
        <translation>SKLEP PRZYKŁADOWY — dane demonstracyjne, nie prawdziwi klienci. Własny sklep załóż w pustym folderze danych.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <source>Opens the card of the customer the notification is about and dismisses it</source>
        <translation>Otwiera kartotekę klienta, którego dotyczy powiadomienie, i ukrywa powiadomienie</translation>
    </message>
    <message>
        <source>Open the customer&apos;s card</source>
        <translation>Otwórz kartotekę klienta</translation>
    </message>
    <message>
        <source>Open the card of the customer this is about</source>
        <translation>Otwórz kartotekę klienta, którego to dotyczy</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Otwórz kartotekę</translation>
    </message>
    <message>
        <source>Marks the notification as read and shows the next one, if any</source>
        <translation>Oznacza powiadomienie jako przeczytane i pokazuje następne, jeśli jest</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Ukryj powiadomienie</translation>
    </message>
    <message>
        <source>Dismiss this notification</source>
        <translation>Ukryj to powiadomienie</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Customers matching what was typed; Up and Down in the search box pick one, Enter opens the card</source>
        <translation>Klienci pasujący do wpisanego tekstu; strzałki w górę i w dół w polu wyszukiwania wybierają, Enter otwiera kartotekę</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Znalezieni klienci</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Ostatnia czynność</translation>
    </message>
    <message>
        <source>Takes back what the message beside it says was just done (Ctrl+Z)</source>
        <translation>Cofa to, co według komunikatu obok właśnie zrobiono (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Cofnij ostatnią czynność</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Cofnij (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Ctrl+F find · Ctrl+N new · Ctrl+P promise · Ctrl+M queue · Esc back to search · F1 all keys</source>
        <translation>Ctrl+F szukaj · Ctrl+N nowy · Ctrl+P obietnica · Ctrl+M kolejka · Esc powrót do wyszukiwania · F1 wszystkie skróty</translation>
    </message>
</context>
<context>
    <name>ManagerQueuePanel</name>
    <message>
        <source>Open escalations on the left, the selected one and its actions on the right. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.</source>
        <translation>Otwarte zgłoszenia po lewej, wybrane zgłoszenie i czynności po prawej. Ctrl+T — biorę to na siebie, Ctrl+Enter — załatwione, Esc zamyka kolejkę.</translation>
    </message>
    <message>
        <source>Relate — Manager queue</source>
        <translation>Relate — Kolejka kierownika</translation>
    </message>
    <message>
        <source>Manager queue</source>
        <translation>Kolejka kierownika</translation>
    </message>
    <message>
        <source>How many escalations are open, how many are urgent and how many are past their target time.</source>
        <translation>Ile zgłoszeń jest otwartych, ile pilnych, a ile po czasie docelowym.</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Podsumowanie kolejki</translation>
    </message>
    <message>
        <source>Up and Down pick an escalation; its age says in words when it is overdue or due soon. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.</source>
        <translation>Strzałki w górę i w dół wybierają zgłoszenie; przy czasie oczekiwania widać słownie, czy jest po terminie, czy termin się zbliża. Ctrl+T — biorę to na siebie, Ctrl+Enter — załatwione, Esc zamyka kolejkę.</translation>
    </message>
    <message>
        <source>Open escalations, urgent and oldest first</source>
        <translation>Otwarte zgłoszenia, najpierw pilne i najstarsze</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Co powiedział klient</translation>
    </message>
    <message>
        <source>The customer in short</source>
        <translation>Klient w skrócie</translation>
    </message>
    <message>
        <source>Shows this customer&apos;s card in the counter window.</source>
        <translation>Pokazuje kartotekę tego klienta w oknie przy kasie.</translation>
    </message>
    <message>
        <source>Open the customer&apos;s card</source>
        <translation>Otwórz kartotekę klienta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>The notes added to this escalation, with who wrote them and when.</source>
        <translation>Notatki dodane do tego zgłoszenia, z informacją, kto i kiedy je napisał.</translation>
    </message>
    <message>
        <source>Add a note to this escalation (Enter)</source>
        <translation>Dodaj notatkę do tego zgłoszenia (Enter)</translation>
    </message>
    <message>
        <source>Type a note for this escalation and press Enter to add it.</source>
        <translation>Wpisz notatkę do tego zgłoszenia i naciśnij Enter, aby ją dodać.</translation>
    </message>
    <message>
        <source>Add a note, Enter</source>
        <translation>Dodaj notatkę, Enter</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nowa notatka</translation>
    </message>
    <message>
        <source>Take ownership of the selected escalation (Ctrl+T)</source>
        <translation>Weź na siebie wybrane zgłoszenie (Ctrl+T)</translation>
    </message>
    <message>
        <source>Makes you the owner of the selected escalation (Ctrl+T).</source>
        <translation>Przypisuje Ci wybrane zgłoszenie (Ctrl+T).</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>Biorę to</translation>
    </message>
    <message>
        <source>Take ownership (Ctrl+T)</source>
        <translation>Biorę to (Ctrl+T)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Załatwienie sprawy</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Rozwiązanie</translation>
    </message>
    <message>
        <source>What the shop did for the customer (Alt+O)</source>
        <translation>Co sklep zrobił dla klienta (Alt+R)</translation>
    </message>
    <message>
        <source>What the shop did for the customer (Alt+O).</source>
        <translation>Co sklep zrobił dla klienta (Alt+R).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>&amp;Co zrobiono</translation>
    </message>
    <message>
        <source>What was done; Enter resolves (Alt+D)</source>
        <translation>Co zrobiono; Enter zamyka jako załatwione (Alt+C)</translation>
    </message>
    <message>
        <source>What was done, in a few words; Enter resolves the escalation (Alt+D).</source>
        <translation>Co zrobiono, w kilku słowach; Enter zamyka zgłoszenie jako załatwione (Alt+C).</translation>
    </message>
    <message>
        <source>e.g. refund issued, called to apologise</source>
        <translation>np. zwrócono pieniądze, zadzwoniono z przeprosinami</translation>
    </message>
    <message>
        <source>Resolution note</source>
        <translation>Opis załatwienia</translation>
    </message>
    <message>
        <source>Records a promise to the customer together with the resolution.</source>
        <translation>Zapisuje obietnicę dla klienta razem z załatwieniem sprawy.</translation>
    </message>
    <message>
        <source>Promise something to the customer</source>
        <translation>Obiecaj coś klientowi</translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation>&amp;Obietnica</translation>
    </message>
    <message>
        <source>A credit, a call back, an order set aside or a follow-up.</source>
        <translation>Bon, oddzwonienie, odłożenie towaru lub ponowny kontakt.</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Rodzaj obietnicy</translation>
    </message>
    <message>
        <source>The amount of money promised, if any; zero means no amount.</source>
        <translation>Obiecana kwota, jeśli jest; zero oznacza brak kwoty.</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>bez kwoty</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>The day the promise is due; it is shown as overdue after that.</source>
        <translation>Termin obietnicy; po nim jest pokazywana jako zaległa.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>What is promised (Alt+P)</source>
        <translation>Co obiecano (Alt+O)</translation>
    </message>
    <message>
        <source>What is promised, in the words the customer will hear (Alt+P).</source>
        <translation>Co obiecano, słowami, które usłyszy klient (Alt+O).</translation>
    </message>
    <message>
        <source>e.g. £20 credit on next visit</source>
        <translation>np. bon 20 zł na następne zakupy</translation>
    </message>
    <message>
        <source>What is promised</source>
        <translation>Co obiecano</translation>
    </message>
    <message>
        <source>Schedules a call to check the customer is happy with the outcome (Alt+U).</source>
        <translation>Planuje telefon, by sprawdzić, czy klient jest zadowolony z rozwiązania (Alt+P).</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation>&amp;Ponowny kontakt dnia</translation>
    </message>
    <message>
        <source>Schedule a call to check the customer is happy with the outcome (Alt+U)</source>
        <translation>Zaplanuj telefon, by sprawdzić, czy klient jest zadowolony z rozwiązania (Alt+P)</translation>
    </message>
    <message>
        <source>The day to call the customer back.</source>
        <translation>Dzień, w którym trzeba zadzwonić do klienta.</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data ponownego kontaktu</translation>
    </message>
    <message>
        <source>Resolve the escalation (Ctrl+Enter)</source>
        <translation>Zamknij zgłoszenie jako załatwione (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Resolves the escalation with this outcome; the answer goes to the customer&apos;s card and to whoever raised it (Ctrl+Enter).</source>
        <translation>Zamyka zgłoszenie z tym rozwiązaniem; odpowiedź trafia do kartoteki klienta i do osoby, która je zgłosiła (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>Załatwione (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>ManagerQueueWindow</name>
    <message>
        <source>Only a manager can do this.</source>
        <translation>Tylko kierownik może to zrobić.</translation>
    </message>
    <message>
        <source>%1 open · %2 urgent · %3 past their target time</source>
        <translation>otwarte: %1 · pilne: %2 · po czasie docelowym: %3</translation>
    </message>
    <message>
        <source>Nothing waiting. Well done.</source>
        <translation>Nic nie czeka. Dobra robota.</translation>
    </message>
    <message>
        <source>raised by %1, %2</source>
        <translation>zgłosił(a) %1, %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>A walk-in (no customer on file)</source>
        <translation>Anonimowy klient (bez kartoteki)</translation>
    </message>
    <message>
        <source>🔒 (sensitive)</source>
        <translation>🔒 (poufne)</translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n otwarta obietnica</numerusform>
            <numerusform>%n otwarte obietnice</numerusform>
            <numerusform>%n otwartych obietnic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other open escalation(s)</source>
        <translation>
            <numerusform>%n inne otwarte zgłoszenie</numerusform>
            <numerusform>%n inne otwarte zgłoszenia</numerusform>
            <numerusform>%n innych otwartych zgłoszeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Nowy klient musi mieć imię i nazwisko.</translation>
    </message>
</context>
<context>
    <name>NewCustomerPanel</name>
    <message>
        <source>New customer — Enter creates the card, Esc goes back</source>
        <translation>Nowy klient — Enter zakłada kartotekę, Esc wraca</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>The customer&apos;s name, as they like to be called (required); Enter creates the card, Esc goes back</source>
        <translation>Imię i nazwisko klienta, tak jak lubi być nazywany (wymagane); Enter zakłada kartotekę, Esc wraca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>How to &amp;say it</source>
        <translation>&amp;Wymowa</translation>
    </message>
    <message>
        <source>Optional: how to say the name, e.g. SHIV-awn; Enter creates the card, Esc goes back</source>
        <translation>Opcjonalnie: jak wymawiać imię i nazwisko, np. szi-WON; Enter zakłada kartotekę, Esc wraca</translation>
    </message>
    <message>
        <source>optional, e.g. SHIV-awn</source>
        <translation>opcjonalnie, np. szi-WON</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Wymowa imienia i nazwiska</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>A phone number in any format; Enter creates the card, Esc goes back</source>
        <translation>Numer telefonu w dowolnym formacie; Enter zakłada kartotekę, Esc wraca</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>An email address; Enter creates the card, Esc goes back</source>
        <translation>Adres e-mail; Enter zakłada kartotekę, Esc wraca</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Loyalty &amp;card</source>
        <translation>K&amp;arta stałego klienta</translation>
    </message>
    <message>
        <source>The loyalty card number, typed or scanned; Enter creates the card, Esc goes back</source>
        <translation>Numer karty stałego klienta, wpisany lub zeskanowany; Enter zakłada kartotekę, Esc wraca</translation>
    </message>
    <message>
        <source>Loyalty card number</source>
        <translation>Numer karty stałego klienta</translation>
    </message>
    <message>
        <source>Speaks (&amp;language)</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>The language the customer prefers to speak: pick one or type any language; Enter creates the card, Esc goes back</source>
        <translation>Język, w którym klient woli rozmawiać: wybierz lub wpisz dowolny język; Enter zakłada kartotekę, Esc wraca</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferowany język</translation>
    </message>
    <message>
        <source>Goes back to the search box without creating a card (Esc)</source>
        <translation>Wraca do pola wyszukiwania bez zakładania kartoteki (Esc)</translation>
    </message>
    <message>
        <source>Cancel the new customer</source>
        <translation>Anuluj nowego klienta</translation>
    </message>
    <message>
        <source>Back without creating a card (Esc)</source>
        <translation>Wróć bez zakładania kartoteki (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Creates the customer&apos;s card and opens it, with the cursor in the remark editor (Enter)</source>
        <translation>Zakłada kartotekę klienta i ją otwiera, z kursorem w polu uwagi (Enter)</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Załóż kartotekę</translation>
    </message>
    <message>
        <source>Create the customer&apos;s card (Enter)</source>
        <translation>Załóż kartotekę klienta (Enter)</translation>
    </message>
</context>
<context>
    <name>OpenMatters</name>
    <message>
        <source>Cancel</source>
        <extracomment>A button on a row: its text, what it does, its accessible name, its tooltip/description.</extracomment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel the promise “%1”</source>
        <translation>Anuluj obietnicę „%1”</translation>
    </message>
    <message>
        <source>Cancels “%1”; Undo in the message line takes it back.</source>
        <translation>Anuluje „%1”; „Cofnij” w wierszu komunikatów to odwraca.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Zadowolony</translation>
    </message>
    <message>
        <source>Satisfied with “%1”</source>
        <translation>Zadowolony z „%1”</translation>
    </message>
    <message>
        <source>They are happy with how it was put right</source>
        <translation>Klient jest zadowolony z tego, jak sprawę naprawiono</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Niezadowolony</translation>
    </message>
    <message>
        <source>Not satisfied with “%1”</source>
        <translation>Niezadowolony z „%1”</translation>
    </message>
    <message>
        <source>They are still not happy</source>
        <translation>Klient nadal nie jest zadowolony</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Dotrzymana</translation>
    </message>
    <message>
        <source>Mark “%1” as kept</source>
        <translation>Oznacz „%1” jako dotrzymaną</translation>
    </message>
    <message>
        <source>Marks the promise as kept; Undo in the message line takes it back.</source>
        <translation>Oznacza obietnicę jako dotrzymaną; „Cofnij” w wierszu komunikatów to odwraca.</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Przekazano</translation>
    </message>
    <message>
        <source>Told the customer about “%1”</source>
        <translation>Przekazano klientowi: „%1”</translation>
    </message>
    <message>
        <source>The customer has been told the outcome; the line goes away</source>
        <translation>Klient zna już rozwiązanie; ten wiersz zniknie</translation>
    </message>
    <message>
        <source>, LATE — was due %1</source>
        <translation>, SPÓŹNIONE — termin minął %1</translation>
    </message>
    <message>
        <source>, due today</source>
        <translation>, termin dziś</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, termin %1</translation>
    </message>
    <message>
        <source>PROMISED</source>
        <translation>OBIECANO</translation>
    </message>
    <message>
        <source>being handled by %1</source>
        <translation>zajmuje się: %1</translation>
    </message>
    <message>
        <source>waiting for a manager</source>
        <translation>czeka na kierownika</translation>
    </message>
    <message>
        <source>URGENT · </source>
        <translation>PILNE · </translation>
    </message>
    <message>
        <source>WITH MANAGER</source>
        <translation>U KIEROWNIKA</translation>
    </message>
    <message>
        <source>TELL THEM</source>
        <translation>PRZEKAŻ KLIENTOWI</translation>
    </message>
    <message>
        <source>(about “%1”, %2 by %3)</source>
        <translation>(w sprawie „%1”, %2, załatwił(a) %3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>jutro</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days (%1)</source>
        <translation>
            <numerusform>za %Ln dzień (%1)</numerusform>
            <numerusform>za %Ln dni (%1)</numerusform>
            <numerusform>za %Ln dni (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln years</source>
        <translation>
            <numerusform> — %Ln rok</numerusform>
            <numerusform> — %Ln lata</numerusform>
            <numerusform> — %Ln lat</numerusform>
        </translation>
    </message>
    <message>
        <source> — 1 year</source>
        <translation> — 1 rok</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Priority</source>
        <extracomment>Rows read per trip to the database when they scroll into view (a few screens&apos; worth).</extracomment>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Zgłosił(a)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zajmuje się</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>jeszcze nikt</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — po terminie</translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation>%1 — termin się zbliża</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>anonimowy klient</translation>
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
        <translation>(o nikim konkretnym)</translation>
    </message>
    <message>
        <source>Log what they said</source>
        <translation>Zapisz, co powiedział klient</translation>
    </message>
    <message>
        <source>Walk-in remark (no customer)</source>
        <translation>Uwaga anonimowego klienta (bez kartoteki)</translation>
    </message>
    <message>
        <source>Conversation in %1</source>
        <translation>Język rozmowy: %1</translation>
    </message>
    <message>
        <source>Type what the customer said first, then press Enter.</source>
        <translation>Najpierw wpisz, co powiedział klient, potem naciśnij Enter.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Kept on this PC: the shop server cannot be reached. It is sent by itself when the server is back (%1 waiting).</source>
        <translation>Zachowano na tym komputerze: brak połączenia z serwerem sklepu. Zostanie wysłane samo, gdy serwer wróci (czeka: %1).</translation>
    </message>
    <message>
        <source>Saved and sent to the manager</source>
        <translation>Zapisano i przekazano kierownikowi</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Cofnij (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone — the text is back in the editor</source>
        <translation>Cofnięto — tekst wrócił do pola uwagi</translation>
    </message>
</context>
<context>
    <name>RemarkEditorPanel</name>
    <message>
        <source>Log what they said</source>
        <translation>Zapisz, co powiedział klient</translation>
    </message>
    <message>
        <source>Complaint, compliment, request, question, idea or note; Ctrl+1 to Ctrl+6 pick one from anywhere on the card</source>
        <translation>Skarga, pochwała, prośba, pytanie, pomysł lub notatka; Ctrl+1 do Ctrl+6 wybierają rodzaj z dowolnego miejsca kartoteki</translation>
    </message>
    <message>
        <source>Kind of remark (Ctrl+1 … Ctrl+6)</source>
        <translation>Rodzaj uwagi (Ctrl+1 … Ctrl+6)</translation>
    </message>
    <message>
        <source>Kind of remark</source>
        <translation>Rodzaj uwagi</translation>
    </message>
    <message>
        <source>Where the customer said it: at the counter, on the phone, by email, in an online review or in person</source>
        <translation>Gdzie klient to powiedział: przy kasie, przez telefon, e-mailem, w opinii w internecie lub osobiście</translation>
    </message>
    <message>
        <source>Where the customer said it</source>
        <translation>Gdzie klient to powiedział</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>The language the conversation was in (Ctrl+Shift+L: switch between the customer&apos;s language and the shop&apos;s, or pick another)</source>
        <translation>Język rozmowy (Ctrl+Shift+L: przełącza między językiem klienta a językiem sklepu; można też wybrać inny)</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Język rozmowy</translation>
    </message>
    <message>
        <source>The language the conversation was in, saved with the remark; Ctrl+Shift+L switches it</source>
        <translation>Język rozmowy, zapisywany razem z uwagą; Ctrl+Shift+L go przełącza</translation>
    </message>
    <message>
        <source>Optional words to find the remark by later, separated by commas</source>
        <translation>Opcjonalne słowa, po których można później znaleźć uwagę, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Tags for the remark, separated by commas</source>
        <translation>Tagi uwagi, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>tags, comma-separated</source>
        <translation>tagi, po przecinku</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>For a compliment: the member of staff it is about; they see it when they next sign in</source>
        <translation>Przy pochwale: pracownik, którego dotyczy; zobaczy ją przy następnym logowaniu</translation>
    </message>
    <message>
        <source>Who the compliment is about: it reaches them when they sign in</source>
        <translation>Kogo dotyczy pochwała: dotrze do tej osoby, gdy się zaloguje</translation>
    </message>
    <message>
        <source>Compliment about</source>
        <translation>Pochwała dla</translation>
    </message>
    <message>
        <source>Save the remark (Enter) · new line (Shift+Enter) · escalate (Ctrl+Enter) · urgent (Ctrl+Shift+Enter)</source>
        <translation>Zapisz uwagę (Enter) · nowy wiersz (Shift+Enter) · do kierownika (Ctrl+Enter) · pilne (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation>Co powiedział klient?</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Type what the customer said. Enter saves, Shift+Enter starts a new line, Ctrl+Enter saves and escalates to the manager, Ctrl+Shift+Enter escalates as urgent, Ctrl+Z takes back the remark just saved</source>
        <translation>Wpisz, co powiedział klient. Enter zapisuje, Shift+Enter zaczyna nowy wiersz, Ctrl+Enter zapisuje i przekazuje kierownikowi, Ctrl+Shift+Enter przekazuje jako pilne, Ctrl+Z cofa właśnie zapisaną uwagę</translation>
    </message>
    <message>
        <source>Enter save · Shift+Enter new line · Ctrl+Enter escalate · Ctrl+Shift+Enter urgent · Ctrl+Z undo</source>
        <translation>Enter zapisz · Shift+Enter nowy wiersz · Ctrl+Enter do kierownika · Ctrl+Shift+Enter pilne · Ctrl+Z cofnij</translation>
    </message>
    <message>
        <source>Remark status</source>
        <translation>Stan uwagi</translation>
    </message>
    <message>
        <source>Takes back the remark just saved and puts its text back in the editor (Ctrl+Z)</source>
        <translation>Cofa właśnie zapisaną uwagę i przywraca jej tekst do pola uwagi (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the remark just saved</source>
        <translation>Cofnij właśnie zapisaną uwagę</translation>
    </message>
    <message>
        <source>Take back the remark just saved (Ctrl+Z)</source>
        <translation>Cofnij właśnie zapisaną uwagę (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shop server&lt;/b&gt; (several PCs sharing one database). Leave the server empty to keep this PC&apos;s own database.</source>
        <translation>&lt;b&gt;Serwer sklepu&lt;/b&gt; (kilka komputerów na jednej bazie danych). Zostaw pole serwera puste, aby używać własnej bazy danych tego komputera.</translation>
    </message>
    <message>
        <source>e.g. backoffice or 192.168.1.10</source>
        <translation>np. zaplecze lub 192.168.1.10</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt; of this PC&apos;s own database</source>
        <translation>&lt;b&gt;Kopie zapasowe&lt;/b&gt; własnej bazy danych tego komputera</translation>
    </message>
    <message>
        <source>the data folder&apos;s backups/</source>
        <translation>backups/ w folderze danych</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Zachowuj ostatnie</translation>
    </message>
    <message>
        <source>Same as this PC (%1)</source>
        <translation>Jak na tym komputerze (%1)</translation>
    </message>
    <message>
        <source>Relate will use the new language after a restart.</source>
        <translation>Relate użyje nowego języka po ponownym uruchomieniu.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>Light or dark windows, or as this PC&apos;s desktop is</source>
        <translation>Jasne lub ciemne okna albo takie jak pulpit tego komputera</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language of Relate&apos;s windows on this PC; used after a restart</source>
        <translation>Język okien Relate na tym komputerze; obowiązuje po ponownym uruchomieniu</translation>
    </message>
    <message>
        <source>The shop server&apos;s name or address; leave it empty to keep this PC&apos;s own database</source>
        <translation>Nazwa lub adres serwera sklepu; zostaw puste, aby używać własnej bazy danych tego komputera</translation>
    </message>
    <message>
        <source>The shop server&apos;s PostgreSQL port, usually 5432</source>
        <translation>Port PostgreSQL serwera sklepu, zwykle 5432</translation>
    </message>
    <message>
        <source>The name of Relate&apos;s database on the server</source>
        <translation>Nazwa bazy danych Relate na serwerze</translation>
    </message>
    <message>
        <source>The user name Relate signs in to the server with</source>
        <translation>Nazwa użytkownika, którą Relate loguje się do serwera</translation>
    </message>
    <message>
        <source>That user&apos;s password; it is stored on this PC and never shown again</source>
        <translation>Hasło tego użytkownika; jest przechowywane na tym komputerze i nigdy więcej nie jest pokazywane</translation>
    </message>
    <message>
        <source>Tries the server with these details and says what is wrong, if anything</source>
        <translation>Próbuje połączyć się z serwerem z tymi danymi i mówi, co jest nie tak, jeśli coś jest</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Wynik sprawdzenia połączenia</translation>
    </message>
    <message>
        <source>What the last connection test found</source>
        <translation>Co wykazało ostatnie sprawdzenie połączenia</translation>
    </message>
    <message>
        <source>Where this PC writes its backups; empty means the data folder&apos;s backups folder</source>
        <translation>Gdzie ten komputer zapisuje kopie zapasowe; puste oznacza folder backups w folderze danych</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Wybierz folder kopii zapasowych</translation>
    </message>
    <message>
        <source>Opens a folder picker for the backup folder</source>
        <translation>Otwiera okno wyboru folderu kopii zapasowych</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Zachowywane kopie zapasowe</translation>
    </message>
    <message>
        <source>How many backups of each kind this PC keeps; older ones are deleted</source>
        <translation>Ile kopii zapasowych każdego rodzaju zachowuje ten komputer; starsze są usuwane</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address first.</source>
        <translation>Najpierw wpisz nazwę lub adres serwera.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address Relate understands.</source>
        <translation>„%1” nie jest adresem bazy danych zrozumiałym dla Relate.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed on this PC; install Relate with its PostgreSQL extra.</source>
        <translation>Sterownik PostgreSQL nie jest zainstalowany na tym komputerze; zainstaluj Relate z dodatkiem PostgreSQL.</translation>
    </message>
    <message>
        <source>The shop server %2 cannot be reached. Is the back-office PC on, is PostgreSQL running there, and does its firewall let port %5 through?</source>
        <translation>Brak połączenia z serwerem sklepu %2. Czy komputer na zapleczu jest włączony, czy działa na nim PostgreSQL i czy zapora przepuszcza port %5?</translation>
    </message>
    <message>
        <source>The server %2 does not let user &apos;%3&apos; in to &apos;%4&apos; from this PC. See the README (the shop server) for the setting on the server.</source>
        <translation>Serwer %2 nie wpuszcza użytkownika „%3” do bazy „%4” z tego komputera. Ustawienie na serwerze opisuje README (rozdział o serwerze sklepu).</translation>
    </message>
    <message>
        <source>The server %2 turned down the user name or password for user &apos;%3&apos;. Check both (the password is case-sensitive).</source>
        <translation>Serwer %2 odrzucił nazwę użytkownika lub hasło użytkownika „%3”. Sprawdź oba (w haśle liczy się wielkość liter).</translation>
    </message>
    <message>
        <source>The server %2 wants a password for user &apos;%3&apos;.</source>
        <translation>Serwer %2 wymaga hasła dla użytkownika „%3”.</translation>
    </message>
    <message>
        <source>The server %2 is there, but has no database called &apos;%4&apos;. Create it on the server (see the README) or correct the name.</source>
        <translation>Serwer %2 działa, ale nie ma bazy danych o nazwie „%4”. Utwórz ją na serwerze (patrz README) lub popraw nazwę.</translation>
    </message>
    <message>
        <source>Connected to %1, but it was set up by a newer Relate. Install the newer Relate on this PC.</source>
        <translation>Połączono z %1, ale bazę założyła nowsza wersja Relate. Zainstaluj nowszą wersję Relate na tym komputerze.</translation>
    </message>
    <message>
        <source>Connected to %1, but it is not a Relate database.</source>
        <translation>Połączono z %1, ale to nie jest baza danych Relate.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: it is damaged or not a Relate database.</source>
        <translation>Nie można odczytać bazy danych %1: jest uszkodzona lub nie jest bazą Relate.</translation>
    </message>
    <message>
        <source>Connected to %1. It is empty: Relate sets it up on its first start.</source>
        <translation>Połączono z %1. Baza jest pusta: Relate przygotuje ją przy pierwszym uruchomieniu.</translation>
    </message>
    <message>
        <source>Connected to %1. Relate can use this database.</source>
        <translation>Połączono z %1. Relate może używać tej bazy danych.</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>Sample shop: the sample staff&apos;s PIN is %1.</source>
        <extracomment>Minutes without a key or a click before the window locks itself; a per-PC setting.</extracomment>
        <translation>Sklep przykładowy: PIN przykładowych pracowników to %1.</translation>
    </message>
    <message>
        <source>Offline: the shop server cannot be reached. Sign in as usual; what you type is kept on this PC and sent when the server is back.</source>
        <translation>Bez połączenia: brak dostępu do serwera sklepu. Zaloguj się jak zwykle; to, co wpiszesz, zostanie zachowane na tym komputerze i wysłane, gdy serwer wróci.</translation>
    </message>
    <message>
        <source>Relate — Sign in</source>
        <translation>Relate — Logowanie</translation>
    </message>
</context>
<context>
    <name>ShopInsightsPanel</name>
    <message>
        <source>Relate — What customers are saying</source>
        <translation>Relate — Co mówią klienci</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>O&amp;kres</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;od</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Digest as P&amp;DF…</source>
        <translation>Raport jako &amp;PDF…</translation>
    </message>
    <message>
        <source>A period&apos;s remarks by kind and tag, escalations, promises kept and follow-ups; Esc closes the window.</source>
        <translation>Uwagi z okresu według rodzaju i tagu, zgłoszenia, dotrzymane obietnice i ponowne kontakty; Esc zamyka okno.</translation>
    </message>
    <message>
        <source>What customers are saying</source>
        <translation>Co mówią klienci</translation>
    </message>
    <message>
        <source>The period to count (Alt+P)</source>
        <translation>Okres do podsumowania (Alt+K)</translation>
    </message>
    <message>
        <source>This week, last week, this month, last month or days you choose (Alt+P).</source>
        <translation>Ten tydzień, poprzedni tydzień, ten miesiąc, poprzedni miesiąc lub wybrane dni (Alt+K).</translation>
    </message>
    <message>
        <source>The first day of a custom period (Alt+F)</source>
        <translation>Pierwszy dzień własnego okresu (Alt+O)</translation>
    </message>
    <message>
        <source>The first day of a custom period (Alt+F).</source>
        <translation>Pierwszy dzień własnego okresu (Alt+O).</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;do</translation>
    </message>
    <message>
        <source>The last day of a custom period (Alt+O)</source>
        <translation>Ostatni dzień własnego okresu (Alt+D)</translation>
    </message>
    <message>
        <source>The last day of a custom period (Alt+O).</source>
        <translation>Ostatni dzień własnego okresu (Alt+D).</translation>
    </message>
    <message>
        <source>Saves a one-page digest of this period as a PDF for the weekly meeting (Alt+D).</source>
        <translation>Zapisuje jednostronicowy raport z tego okresu jako PDF na cotygodniowe zebranie (Alt+P).</translation>
    </message>
    <message>
        <source>Digest as PDF</source>
        <translation>Raport jako PDF</translation>
    </message>
    <message>
        <source>A one-page digest of this period for the weekly meeting (Alt+D)</source>
        <translation>Jednostronicowy raport z tego okresu na cotygodniowe zebranie (Alt+P)</translation>
    </message>
    <message>
        <source>This period&apos;s figures as a CSV file for a spreadsheet (Alt+C)</source>
        <translation>Liczby z tego okresu jako plik CSV do arkusza kalkulacyjnego (Alt+C)</translation>
    </message>
    <message>
        <source>Saves this period&apos;s figures as a CSV file for a spreadsheet (Alt+C).</source>
        <translation>Zapisuje liczby z tego okresu jako plik CSV do arkusza kalkulacyjnego (Alt+C).</translation>
    </message>
    <message>
        <source>Digest as CSV</source>
        <translation>Raport jako CSV</translation>
    </message>
    <message>
        <source>Digest as &amp;CSV…</source>
        <translation>Raport jako &amp;CSV…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>What customers said, and how escalations and promises were handled; Ctrl+Tab changes tab.</source>
        <translation>Co mówili klienci i jak załatwiano zgłoszenia i obietnice; Ctrl+Tab zmienia kartę.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Liczby</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Co mówili</translation>
    </message>
    <message>
        <source>By &amp;kind — pick one to read what was said</source>
        <translation>Według &amp;rodzaju — wybierz, aby przeczytać, co mówili</translation>
    </message>
    <message>
        <source>How many remarks of each kind, against the period before; pick a kind to read what was said (Alt+K).</source>
        <translation>Ile uwag każdego rodzaju, w porównaniu z poprzednim okresem; wybierz rodzaj, aby przeczytać, co mówili (Alt+R).</translation>
    </message>
    <message>
        <source>Remarks by kind</source>
        <translation>Uwagi według rodzaju</translation>
    </message>
    <message>
        <source>By &amp;tag, against the period before</source>
        <translation>Według &amp;tagu, w porównaniu z poprzednim okresem</translation>
    </message>
    <message>
        <source>How many remarks with each tag, against the period before; pick a tag to read what was said (Alt+T).</source>
        <translation>Ile uwag z każdym tagiem, w porównaniu z poprzednim okresem; wybierz tag, aby przeczytać, co mówili (Alt+T).</translation>
    </message>
    <message>
        <source>Remarks by tag</source>
        <translation>Uwagi według tagu</translation>
    </message>
    <message>
        <source>Most frequent tags in complaints and compliments</source>
        <translation>Najczęstsze tagi w skargach i pochwałach</translation>
    </message>
    <message>
        <source>The remarks picked, newest first; Enter opens the customer&apos;s card.</source>
        <translation>Wybrane uwagi, od najnowszych; Enter otwiera kartotekę klienta.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Co powiedziano</translation>
    </message>
    <message>
        <source>Escalations and promises</source>
        <translation>Zgłoszenia i obietnice</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Dotrzymane obietnice</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Ponowne kontakty</translation>
    </message>
    <message>
        <source>&amp;Overdue promises (Enter opens the customer&apos;s card)</source>
        <translation>&amp;Zaległe obietnice (Enter otwiera kartotekę klienta)</translation>
    </message>
    <message>
        <source>Promises past their due day, each saying since when it is overdue; Enter opens the customer&apos;s card (Alt+O).</source>
        <translation>Obietnice po terminie, każda z informacją, od kiedy jest zaległa; Enter otwiera kartotekę klienta (Alt+Z).</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Zaległe obietnice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>ShopInsightsWindow</name>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Poprzedni tydzień</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Remarks by kind over time</source>
        <translation>Uwagi według rodzaju w czasie</translation>
    </message>
    <message>
        <source>A bar for each day, week or month, split by kind of remark; click a part of a bar to read those remarks. The same figures are in the table below.</source>
        <translation>Słupek dla każdego dnia, tygodnia lub miesiąca, podzielony według rodzaju uwagi; kliknij część słupka, aby przeczytać te uwagi. Te same liczby są w tabeli poniżej.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Ten okres</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 remarks&lt;/b&gt; from %2 to %3 (%4 in the period before, %5 to %6).</source>
        <translation>&lt;b&gt;Uwagi: %1&lt;/b&gt; od %2 do %3 (w poprzednim okresie: %4, od %5 do %6).</translation>
    </message>
    <message>
        <source>Most said in complaints: %1&lt;br&gt;Most said in compliments: %2</source>
        <translation>Najczęściej w skargach: %1&lt;br&gt;Najczęściej w pochwałach: %2</translation>
    </message>
    <message>
        <source>Pick a kind, a tag or a bar to read what was said.</source>
        <translation>Wybierz rodzaj, tag lub słupek, aby przeczytać, co mówili klienci.</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>brak tagów</translation>
    </message>
    <message>
        <source>none resolved</source>
        <translation>żadne nie załatwione</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Escalations&lt;/h3&gt;&lt;p&gt;%1 opened, %2 resolved · median time to resolve: %3 · &lt;span style=&apos;color:%4&apos;&gt;%5 past their target time&lt;/span&gt;&lt;br&gt;By outcome: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zgłoszenia&lt;/h3&gt;&lt;p&gt;otwarte: %1, załatwione: %2 · mediana czasu załatwienia: %3 · &lt;span style=&apos;color:%4&apos;&gt;po czasie docelowym: %5&lt;/span&gt;&lt;br&gt;Według rozwiązania: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share in per cent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no promise fell due yet</source>
        <translation>żadna obietnica nie miała jeszcze terminu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Promises kept on time: %1&lt;/h3&gt;&lt;p&gt;Of %2 due in the period: %3 kept on time, %4 kept late, %5 overdue, %6 not due yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Obietnice dotrzymane w terminie: %1&lt;/h3&gt;&lt;p&gt;Z obietnic z terminem w tym okresie (%2): dotrzymane w terminie: %3, dotrzymane po terminie: %4, zaległe: %5, jeszcze przed terminem: %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Follow-ups&lt;/h3&gt;&lt;p&gt;%1 scheduled: %2 satisfied, %3 not satisfied, %4 waiting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ponowne kontakty&lt;/h3&gt;&lt;p&gt;zaplanowane: %1; zadowoleni: %2, niezadowoleni: %3, czekają: %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2: %3, overdue since %4 (promised by %5)</source>
        <translation>%1 — %2: %3, zaległe od %4 (obiecał(a): %5)</translation>
    </message>
    <message>
        <source>Escalations and promises (%1 overdue)</source>
        <translation>Zgłoszenia i obietnice (zaległe: %1)</translation>
    </message>
    <message>
        <source>Escalations and promises</source>
        <translation>Zgłoszenia i obietnice</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, newest first (Enter opens the card)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, od najnowszych (Enter otwiera kartotekę)</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>anonimowy klient</translation>
    </message>
    <message>
        <source> — about %1</source>
        <translation> — o: %1</translation>
    </message>
    <message>
        <source>“%1”
%2 · %3 · heard by %4%5</source>
        <translation>„%1”
%2 · %3 · usłyszał(a): %4%5</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nic w tym okresie.</translation>
    </message>
    <message>
        <source>The figures are still being counted.</source>
        <translation>Liczby są jeszcze liczone.</translation>
    </message>
    <message>
        <source>Save the digest</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>What customers are saying — %1, %2 to %3</source>
        <translation>Co mówią klienci — %1, od %2 do %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <source>Digest saved to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Finding a customer</source>
        <extracomment>The translation context of the sections and descriptions below.</extracomment>
        <translation>Szukanie klienta</translation>
    </message>
    <message>
        <source>Writing down what they said</source>
        <translation>Zapisywanie, co powiedział klient</translation>
    </message>
    <message>
        <source>On the customer&apos;s card</source>
        <translation>W kartotece klienta</translation>
    </message>
    <message>
        <source>The manager&apos;s queue</source>
        <translation>Kolejka kierownika</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Rozmowy telefoniczne</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Wszędzie</translation>
    </message>
    <message>
        <source>Back to the lookup box. Just type there: a phone number in any format or its last 4+ digits, any word of the name, an email, a loyalty card number.</source>
        <translation>Powrót do pola wyszukiwania. Po prostu pisz: numer telefonu w dowolnym formacie lub co najmniej 4 ostatnie cyfry, dowolną część imienia lub nazwiska, e-mail, numer karty stałego klienta.</translation>
    </message>
    <message>
        <source>Back to the lookup box, from the card or the new-customer form. In an empty lookup box: a remark for a walk-in with no customer.</source>
        <translation>Powrót do pola wyszukiwania z kartoteki lub formularza nowego klienta. W pustym polu wyszukiwania: uwaga anonimowego klienta, bez kartoteki.</translation>
    </message>
    <message>
        <source>Choose among the customers found, without leaving the lookup box.</source>
        <translation>Wybór spośród znalezionych klientów bez wychodzenia z pola wyszukiwania.</translation>
    </message>
    <message>
        <source>Open the chosen customer&apos;s card; the cursor goes into the remark. Nothing found: a new customer with what was typed filled in.</source>
        <translation>Otwarcie kartoteki wybranego klienta; kursor trafia do pola uwagi. Gdy nic nie znaleziono: nowy klient z wypełnionymi wpisanymi danymi.</translation>
    </message>
    <message>
        <source>A new customer, with what was typed already in the right field (phone, email, card or name).</source>
        <translation>Nowy klient, z wpisanym tekstem już we właściwym polu (telefon, e-mail, karta lub imię i nazwisko).</translation>
    </message>
    <message>
        <source>In the new-customer form: save the customer and open their card.</source>
        <translation>W formularzu nowego klienta: zapisanie klienta i otwarcie jego kartoteki.</translation>
    </message>
    <message>
        <source>Write a remark: on the open card, or for a walk-in.</source>
        <translation>Zapisanie uwagi: w otwartej kartotece lub dla anonimowego klienta.</translation>
    </message>
    <message>
        <source>Close the card: a remark for a walk-in with no customer, and your day.</source>
        <translation>Zamknięcie kartoteki: uwaga anonimowego klienta, bez kartoteki, i Twój dzień.</translation>
    </message>
    <message>
        <source>Kind: complaint.</source>
        <translation>Rodzaj: skarga.</translation>
    </message>
    <message>
        <source>Kind: compliment (Shift+Tab from the text to say who it is about).</source>
        <translation>Rodzaj: pochwała (Shift+Tab z pola tekstu, aby wskazać, kogo dotyczy).</translation>
    </message>
    <message>
        <source>Kind: request.</source>
        <translation>Rodzaj: prośba.</translation>
    </message>
    <message>
        <source>Kind: question.</source>
        <translation>Rodzaj: pytanie.</translation>
    </message>
    <message>
        <source>Kind: idea.</source>
        <translation>Rodzaj: pomysł.</translation>
    </message>
    <message>
        <source>Kind: note.</source>
        <translation>Rodzaj: notatka.</translation>
    </message>
    <message>
        <source>The language the conversation is in: switch between the customer&apos;s and the shop&apos;s, or pick another from the list.</source>
        <translation>Język rozmowy: przełączanie między językiem klienta a językiem sklepu albo wybór innego z listy.</translation>
    </message>
    <message>
        <source>Save the remark; the cursor goes back to the lookup box.</source>
        <translation>Zapisanie uwagi; kursor wraca do pola wyszukiwania.</translation>
    </message>
    <message>
        <source>Start a new line in the remark.</source>
        <translation>Nowy wiersz w uwadze.</translation>
    </message>
    <message>
        <source>Save and escalate to the manager.</source>
        <translation>Zapisanie i przekazanie kierownikowi.</translation>
    </message>
    <message>
        <source>Save and escalate to the manager as urgent.</source>
        <translation>Zapisanie i przekazanie kierownikowi jako pilne.</translation>
    </message>
    <message>
        <source>Take back the remark just saved; its text comes back into the editor.</source>
        <translation>Cofnięcie właśnie zapisanej uwagi; jej tekst wraca do pola uwagi.</translation>
    </message>
    <message>
        <source>Record a promise (credit, call back, set aside, follow up) with an amount and a due date; Enter records it, Esc closes the form.</source>
        <translation>Zapisanie obietnicy (bon, oddzwonienie, odłożenie towaru, ponowny kontakt) z kwotą i terminem; Enter zapisuje, Esc zamyka formularz.</translation>
    </message>
    <message>
        <source>On a line of the history: correct the remark, escalate it or withdraw it.</source>
        <translation>Na wierszu historii: poprawienie uwagi, przekazanie jej kierownikowi lub wycofanie.</translation>
    </message>
    <message>
        <source>Open the call the “Incoming: …” banner announces.</source>
        <translation>Otwarcie rozmowy, o której informuje pasek „Dzwoni: …”.</translation>
    </message>
    <message>
        <source>Log a phone call on the open card&apos;s history; Undo in the message line takes it back.</source>
        <translation>Zapisanie rozmowy telefonicznej w historii otwartej kartoteki; „Cofnij” w wierszu komunikatów to odwraca.</translation>
    </message>
    <message>
        <source>Open the manager&apos;s queue, the cursor in the list of open escalations.</source>
        <translation>Otwarcie kolejki kierownika, z kursorem na liście otwartych zgłoszeń.</translation>
    </message>
    <message>
        <source>Take ownership of the selected escalation.</source>
        <translation>Wzięcie na siebie wybranego zgłoszenia.</translation>
    </message>
    <message>
        <source>In the note box: add the note.</source>
        <translation>W polu notatki: dodanie notatki.</translation>
    </message>
    <message>
        <source>Resolve the selected escalation with the outcome chosen.</source>
        <translation>Załatwienie wybranego zgłoszenia z wybranym rozwiązaniem.</translation>
    </message>
    <message>
        <source>Close the queue.</source>
        <translation>Zamknięcie kolejki.</translation>
    </message>
    <message>
        <source>Lock the screen for the next person (it also locks itself after 10 idle minutes).</source>
        <translation>Zablokowanie ekranu dla następnej osoby (blokuje się też sam po 10 minutach bezczynności).</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts (Help → Keyboard shortcuts).</source>
        <translation>Ta lista skrótów klawiszowych (Pomoc → Skróty klawiszowe).</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelpWindow</name>
    <message>
        <source>Relate — Keyboard shortcuts</source>
        <translation>Relate — Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Find a shortcut: a key or a word</source>
        <translation>Znajdź skrót: klawisz lub słowo</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Znajdź skrót</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Co się dzieje</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Żaden skrót nie pasuje do „%1”.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Relate — Sign in</source>
        <translation>Relate — Logowanie</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>a name (their role)</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Zaloguj (Enter)</translation>
    </message>
    <message>
        <source>Signs in the person chosen with the PIN typed (Enter)</source>
        <translation>Loguje wybraną osobę wpisanym PIN-em (Enter)</translation>
    </message>
    <message>
        <source>Close Relate without signing in (Esc)</source>
        <translation>Zamknij Relate bez logowania (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Closes Relate without signing in (Esc)</source>
        <translation>Zamyka Relate bez logowania (Esc)</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Najpierw wpisz PIN.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Oba PIN-y się różnią. Wpisz dwa razy ten sam PIN.</translation>
    </message>
    <message>
        <source>No PIN yet: choose one (4–12 digits), type it twice, Enter.</source>
        <translation>Nie masz jeszcze PIN-u: wybierz go (4–12 cyfr), wpisz dwa razy, Enter.</translation>
    </message>
    <message>
        <source>Who is working? Pick your name, type your PIN and press Enter.</source>
        <translation>Kto pracuje? Wybierz swoje imię i nazwisko, wpisz PIN i naciśnij Enter.</translation>
    </message>
    <message>
        <source>Pick your name with Up and Down; Enter moves to the PIN field</source>
        <translation>Wybierz swoje imię i nazwisko strzałkami w górę i w dół; Enter przechodzi do pola PIN</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Type your PIN (4 to 12 digits, or a passphrase) and press Enter to sign in</source>
        <translation>Wpisz PIN (od 4 do 12 cyfr albo hasło) i naciśnij Enter, aby się zalogować</translation>
    </message>
    <message>
        <source>Your PIN; Enter signs in</source>
        <translation>Twój PIN; Enter loguje</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>your PIN, then Enter</source>
        <translation>Twój PIN, potem Enter</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;jeszcze raz</translation>
    </message>
    <message>
        <source>Type the new PIN a second time and press Enter</source>
        <translation>Wpisz nowy PIN drugi raz i naciśnij Enter</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Nowy PIN jeszcze raz</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Komunikat logowania</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <source> — has left</source>
        <translation> — już nie pracuje</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <comment>name (role), maybe: has left</comment>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Oba PIN-y się różnią. Wpisz dwa razy ten sam PIN.</translation>
    </message>
    <message>
        <source>Select the person first.</source>
        <translation>Najpierw wybierz osobę.</translation>
    </message>
    <message>
        <source>Type the new PIN twice in the form below, then Reset PIN.</source>
        <translation>Wpisz nowy PIN dwa razy w formularzu poniżej, potem „Zmień PIN”.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <source>Relate — Staff</source>
        <translation>Relate — Pracownicy</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Add someone with a PIN, reset a person&apos;s PIN, or mark someone as having left.</source>
        <translation>Dodaj osobę z PIN-em, zmień komuś PIN lub oznacz, że ktoś już nie pracuje.</translation>
    </message>
    <message>
        <source>Everyone who works in the shop, with their role; pick someone to reset their PIN or mark them as having left.</source>
        <translation>Wszyscy, którzy pracują w sklepie, z rolami; wybierz osobę, aby zmienić jej PIN lub oznaczyć, że już nie pracuje.</translation>
    </message>
    <message>
        <source>Give the selected person the PIN typed twice below (Alt+R)</source>
        <translation>Nadaj wybranej osobie PIN wpisany dwa razy poniżej (Alt+Z)</translation>
    </message>
    <message>
        <source>Gives the selected person the PIN typed twice below (Alt+R).</source>
        <translation>Nadaje wybranej osobie PIN wpisany dwa razy poniżej (Alt+Z).</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Zmień PIN</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Zmień PIN</translation>
    </message>
    <message>
        <source>The selected person can no longer sign in; their history stays (Alt+L)</source>
        <translation>Wybrana osoba nie będzie mogła się logować; jej historia zostaje (Alt+N)</translation>
    </message>
    <message>
        <source>Marks the selected person as having left: they can no longer sign in, their history stays theirs (Alt+L).</source>
        <translation>Oznacza, że wybrana osoba już nie pracuje: nie może się logować, a jej historia zostaje przy niej (Alt+N).</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Nie pracuje</translation>
    </message>
    <message>
        <source>Has &amp;left (deactivate)</source>
        <translation>&amp;Nie pracuje (wyłącz konto)</translation>
    </message>
    <message>
        <source>Add someone, or set the PIN of the selected person</source>
        <translation>Dodaj osobę lub ustaw PIN wybranej osoby</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>The new person&apos;s name, as colleagues know them (Alt+N).</source>
        <translation>Imię i nazwisko nowej osoby, tak jak znają ją współpracownicy (Alt+I).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>Staff, or a manager who may also resolve escalations and manage staff (Alt+O).</source>
        <translation>Pracownik albo kierownik, który może też załatwiać zgłoszenia i zarządzać pracownikami (Alt+R).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits, or a passphrase (Alt+P).</source>
        <translation>Od 4 do 12 cyfr albo hasło (Alt+P).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN &amp;jeszcze raz</translation>
    </message>
    <message>
        <source>The same PIN once more; Enter adds the person (Alt+G).</source>
        <translation>Ten sam PIN jeszcze raz; Enter dodaje osobę (Alt+J).</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN jeszcze raz</translation>
    </message>
    <message>
        <source>Add the person with this name, role and PIN (Alt+A)</source>
        <translation>Dodaj osobę z tym imieniem i nazwiskiem, rolą i PIN-em (Alt+D)</translation>
    </message>
    <message>
        <source>Adds the person with this name, role and PIN (Alt+A).</source>
        <translation>Dodaje osobę z tym imieniem i nazwiskiem, rolą i PIN-em (Alt+D).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>1 order</source>
        <translation>1 zamówienie</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 wizyta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln zamówienie</numerusform>
            <numerusform>%Ln zamówienia</numerusform>
            <numerusform>%Ln zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln wizyta</numerusform>
            <numerusform>%Ln wizyty</numerusform>
            <numerusform>%Ln wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>from the shop&apos;s till: %1</source>
        <translation>z kasy sklepu: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>still open</source>
        <translation>nadal otwarte</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>język: %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>What you have due today, dates to remember and kind words customers said about you.</source>
        <translation>Co masz dziś do zrobienia, daty do zapamiętania i miłe słowa klientów o Tobie.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>Today: callbacks, follow-ups, promises and dates due</source>
        <translation>Dziś: oddzwonienia, ponowne kontakty, obietnice i daty</translation>
    </message>
    <message>
        <source>Callbacks, follow-ups and promises due (late ones say LATE) and dates to remember; Enter or a click opens the customer&apos;s card.</source>
        <translation>Oddzwonienia, ponowne kontakty i obietnice na dziś (spóźnione mają dopisek SPÓŹNIONE) oraz daty do zapamiętania; Enter lub kliknięcie otwiera kartotekę klienta.</translation>
    </message>
    <message>
        <source>&amp;Kind words about you</source>
        <translation>&amp;Miłe słowa o Tobie</translation>
    </message>
    <message>
        <source>Compliments customers paid you in the last 30 days; Enter opens the customer&apos;s card.</source>
        <translation>Pochwały, które dostałeś(-aś) od klientów w ostatnich 30 dniach; Enter otwiera kartotekę klienta.</translation>
    </message>
    <message>
        <source>Compliments customers paid you</source>
        <translation>Pochwały od klientów dla Ciebie</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Callbacks due</source>
        <translation>Do oddzwonienia</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Do ponownego kontaktu</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Obietnice do dotrzymania</translation>
    </message>
    <message>
        <source>Dates to remember</source>
        <translation>Daty do zapamiętania</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Na dziś nic.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Today&lt;/b&gt;, %1</source>
        <translation>&lt;b&gt;&amp;Dziś&lt;/b&gt;, %1</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>“%1” — %2, %3 (heard by %4)</source>
        <translation>„%1” — %2, %3 (usłyszał(a): %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Kind words about you&lt;/b&gt; (%1 in the last 30 days)</source>
        <translation>&lt;b&gt;&amp;Miłe słowa o Tobie&lt;/b&gt; (w ostatnich 30 dniach: %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>LATE — was due %1</source>
        <translation>SPÓŹNIONE — termin minął %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source> (promised by %1)</source>
        <translation> (obiecał(a): %1)</translation>
    </message>
    <message>
        <source>%1 — %2, %3%4</source>
        <translation>%1 — %2, %3%4</translation>
    </message>
    <message numerus="yes">
        <source> (%n years)</source>
        <translation>
            <numerusform> (%n rok)</numerusform>
            <numerusform> (%n lata)</numerusform>
            <numerusform> (%n lat)</numerusform>
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
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>What we &amp;hold about them…</source>
        <translation>&amp;Co o nim przechowujemy…</translation>
    </message>
    <message>
        <source>&amp;Erase on their request…</source>
        <translation>&amp;Usuń dane na jego prośbę…</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Sklep</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Pracownicy…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Dziennik zmian…</translation>
    </message>
    <message>
        <source>&amp;What customers are saying…</source>
        <translation>&amp;Co mówią klienci…</translation>
    </message>
    <message>
        <source>&amp;Lock (next person)</source>
        <translation>&amp;Zablokuj (następna osoba)</translation>
    </message>
    <message>
        <source>Open a customer&apos;s card first.</source>
        <translation>Najpierw otwórz kartotekę klienta.</translation>
    </message>
    <message>
        <source>Save what we hold about this customer</source>
        <translation>Zapisz, co przechowujemy o tym kliencie</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Zapisano w %1</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>Dane osobowe klienta zostały usunięte.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Relate cannot open its database</source>
        <extracomment>The Windows taskbar groups windows and pins shortcuts by this; the installer&apos;s Start menu shortcut carries the same (packaging/windows/relate.iss). How often a running Relate checks whether the daily backup is due.</extracomment>
        <translation>Relate nie może otworzyć swojej bazy danych</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, from %2?
%3

The damaged file is kept aside, never deleted.</source>
        <translation>%1

Przywrócić najnowszą dobrą kopię zapasową z %2?
%3

Uszkodzony plik zostanie odłożony na bok, nigdy usunięty.</translation>
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
        <translation>nie udało się nic zapisać w %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1 does not exist</source>
        <extracomment>Automatic backups are kept per kind, so many quick exits never push out the daily ones or the copy made before an upgrade.</extracomment>
        <translation>%1 nie istnieje</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 jest uszkodzony (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Relate database or is damaged (%2)</source>
        <translation>%1 nie jest bazą danych Relate lub jest uszkodzony (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Relate database this version can open</source>
        <translation>%1 nie jest bazą danych Relate, którą ta wersja potrafi otworzyć</translation>
    </message>
    <message>
        <source>Not restored: %1. The current database was left alone.</source>
        <translation>Nie przywrócono: %1. Obecna baza danych pozostała bez zmian.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3. The previous file is at %4.</source>
        <translation>Przywracanie %1 do %2 nie powiodło się: %3. Poprzedni plik jest w %4.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this PC: back up on the server (see the README), or install the PostgreSQL client tools.</source>
        <translation>pg_dump nie jest zainstalowany na tym komputerze: zrób kopię zapasową na serwerze (patrz README) albo zainstaluj narzędzia klienckie PostgreSQL.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump nie powiódł się: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address Relate understands. Use postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE or sqlite:///PATH/relate.db.</source>
        <translation>„%1” nie jest adresem bazy danych zrozumiałym dla Relate. Użyj postgresql+psycopg://UŻYTKOWNIK:HASŁO@SERWER/BAZA lub sqlite:///ŚCIEŻKA/relate.db.</translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed on this PC (%2); install Relate with its PostgreSQL extra.</source>
        <translation>Sterownik bazy danych dla %1 nie jest zainstalowany na tym komputerze (%2); zainstaluj Relate z dodatkiem PostgreSQL.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; Relate creates it on its first start.</source>
        <translation>Pod adresem %1 nie ma jeszcze bazy danych; Relate utworzy ją przy pierwszym uruchomieniu.</translation>
    </message>
    <message>
        <source>The database at %1 failed: %2</source>
        <translation>Błąd bazy danych %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1. It is empty: Relate sets it up on its first start.</source>
        <translation>Połączono z %1. Baza jest pusta: Relate przygotuje ją przy pierwszym uruchomieniu.</translation>
    </message>
    <message>
        <source>Connected to %1, but it was set up by a newer Relate (schema %2). Install the newer Relate on this PC.</source>
        <translation>Połączono z %1, ale bazę założyła nowsza wersja Relate (schemat %2). Zainstaluj nowszą wersję Relate na tym komputerze.</translation>
    </message>
    <message>
        <source>Connected to %1. Its schema (%2) will be brought up to date when Relate next starts.</source>
        <translation>Połączono z %1. Jej schemat (%2) zostanie zaktualizowany przy następnym uruchomieniu Relate.</translation>
    </message>
    <message>
        <source>Connected to %1. Everything is in order.</source>
        <translation>Połączono z %1. Wszystko w porządku.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: it is damaged or not a Relate database. Restore a backup (relate-desktop restore FILE).</source>
        <translation>Nie można odczytać pliku bazy danych %1: jest uszkodzony lub nie jest bazą Relate. Przywróć kopię zapasową (relate-desktop restore PLIK).</translation>
    </message>
    <message>
        <source>The server %1 turned down the user name or password for user &apos;%2&apos;. Check both (the password is case-sensitive).</source>
        <translation>Serwer %1 odrzucił nazwę użytkownika lub hasło użytkownika „%2”. Sprawdź oba (w haśle liczy się wielkość liter).</translation>
    </message>
    <message>
        <source>The server %1 wants a password for user &apos;%2&apos;; put it in the address: postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE.</source>
        <translation>Serwer %1 wymaga hasła dla użytkownika „%2”; wpisz je w adresie: postgresql+psycopg://UŻYTKOWNIK:HASŁO@SERWER/BAZA.</translation>
    </message>
    <message>
        <source>The server %1 is there, but has no database called &apos;%2&apos;. Create it on the server (see the README) or correct the name.</source>
        <translation>Serwer %1 działa, ale nie ma bazy danych o nazwie „%2”. Utwórz ją na serwerze (patrz README) lub popraw nazwę.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not read Relate&apos;s tables in &apos;%2&apos;. On the server: GRANT ALL ON ALL TABLES IN SCHEMA public TO %1 (or make that user the database&apos;s owner before Relate first sets it up).</source>
        <translation>Użytkownik „%1” nie może czytać tabel Relate w bazie „%2”. Na serwerze: GRANT ALL ON ALL TABLES IN SCHEMA public TO %1 (albo uczyń tego użytkownika właścicielem bazy, zanim Relate ją przygotuje).</translation>
    </message>
    <message>
        <source>The server %1 does not let this PC in. Add a line for the shop&apos;s network to pg_hba.conf on the server and reload it (see the README).</source>
        <translation>Serwer %1 nie wpuszcza tego komputera. Dodaj wiersz dla sieci sklepu do pg_hba.conf na serwerze i wczytaj konfigurację ponownie (patrz README).</translation>
    </message>
    <message>
        <source>The shop server %1 cannot be reached. Is the back-office PC on, is PostgreSQL running there, and does its firewall let port %2 through?</source>
        <translation>Brak połączenia z serwerem sklepu %1. Czy komputer na zapleczu jest włączony, czy działa na nim PostgreSQL i czy zapora przepuszcza port %2?</translation>
    </message>
    <message>
        <source>The database at %1 refused: %2</source>
        <translation>Baza danych %1 odmówiła: %2</translation>
    </message>
    <message>
        <source>The database %1 is not a file.</source>
        <extracomment>How long a writer waits for another PC&apos;s or process&apos;s write to finish, in ms. How long to wait for the shop server before calling it unreachable, in seconds. libpq keepalives: a server gone from the network is noticed in about a minute, so a query never hangs for the two hours of the operating system&apos;s default.</extracomment>
        <translation>Baza danych %1 nie jest plikiem.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Relate. Install the newer version on this PC.</source>
        <translation>Bazę danych %1 zapisała nowsza wersja Relate. Zainstaluj nowszą wersję na tym komputerze.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: it is damaged or not a Relate database. %2</source>
        <translation>Nie można odczytać pliku bazy danych %1: jest uszkodzony lub nie jest bazą Relate. %2</translation>
    </message>
    <message>
        <source>Move it aside and start Relate again (no good backup was found).</source>
        <translation>Przenieś go w inne miejsce i uruchom Relate ponownie (nie znaleziono dobrej kopii zapasowej).</translation>
    </message>
    <message>
        <source>Restore the newest good backup: relate-desktop restore %1</source>
        <translation>Przywróć najnowszą dobrą kopię zapasową: relate-desktop restore %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>The kinds in the order every figure lists them (the order staff pick them with Ctrl+1…6). A year and a day: enough for an annual digest, small enough to stay a handful of queries. Up to this many days the chart has a point per day; up to WEEKLY_UP_TO one per week.</extracomment>
        <translation>Okres kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>Choose a period of %1 days at most.</source>
        <translation>Wybierz okres najwyżej %1 dni.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <extracomment>Wrong PINs allowed before the account waits; each further one doubles the wait.</extracomment>
        <translation>PIN ma od 4 do 12 cyfr.</translation>
    </message>
    <message>
        <source>Use 4 to 12 digits, or a passphrase of at least 8 characters.</source>
        <translation>Użyj od 4 do 12 cyfr albo hasła z co najmniej 8 znaków.</translation>
    </message>
    <message>
        <source>That passphrase is too long.</source>
        <translation>To hasło jest za długie.</translation>
    </message>
    <message>
        <source>The scan was empty: scan the card again.</source>
        <extracomment>A scanner that types as a US keyboard on a French (AZERTY) layout: the unshifted digit row. &quot;]&quot; + symbology letter + modifier, e.g. &quot;]E0&quot; EAN-13, &quot;]C0&quot; Code 128, &quot;]d2&quot; Data Matrix. The same prefix typed through an AZERTY layout: &quot;]&quot; arrives as &quot;$&quot;, &quot;0&quot; as &quot;à&quot;.</extracomment>
        <translation>Skan był pusty: zeskanuj kartę ponownie.</translation>
    </message>
    <message>
        <source>The scan %1 did not read right (its check digit is wrong): scan the card again.</source>
        <translation>Skan %1 nie odczytał się poprawnie (zła cyfra kontrolna): zeskanuj kartę ponownie.</translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos; in %2 (its columns: %3)</source>
        <extracomment>Without one of these mapped, a row cannot say who the customer is.</extracomment>
        <translation>brak kolumny „%1” w %2 (jego kolumny: %3)</translation>
    </message>
    <message>
        <source>cannot tell which column of %1 holds the name, email or phone; say so with --map COLUMN=FIELD (its columns: %2)</source>
        <translation>nie wiadomo, która kolumna %1 zawiera imię i nazwisko, e-mail lub telefon; wskaż to przez --map COLUMN=FIELD (jego kolumny: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format Relate reads (%2)</source>
        <translation>„%1” nie jest formatem, który Relate odczytuje (%2)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 jest pusty.</translation>
    </message>
    <message>
        <source>%1 is not a vCard file (it does not start with BEGIN:VCARD).</source>
        <translation>%1 nie jest plikiem vCard (nie zaczyna się od BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>%1 is a vCard file; import it as vcard (or auto)</source>
        <translation>%1 jest plikiem vCard; importuj go jako vcard (lub auto)</translation>
    </message>
    <message>
        <source>%1 has no header row Relate can read.</source>
        <translation>%1 nie ma wiersza nagłówka, który Relate potrafi odczytać.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: too big to be a customer list.</source>
        <extracomment>Bigger than any shop&apos;s customer list; a larger file is almost surely the wrong file. Excel workbooks (xlsx is a zip, xls an OLE file) and PDFs: not a list Relate can read.</extracomment>
        <translation>%1 ma %2 MB: za dużo jak na listę klientów.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 jest folderem, a nie plikiem.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file (a spreadsheet must be saved as CSV first).</source>
        <translation>%1 nie jest plikiem tekstowym (arkusz kalkulacyjny trzeba najpierw zapisać jako CSV).</translation>
    </message>
    <message>
        <source>Only a manager can see the audit trail.</source>
        <extracomment>Summaries are short: what changed, not a copy of the record.</extracomment>
        <translation>Tylko kierownik może przeglądać dziennik zmian.</translation>
    </message>
    <message>
        <source>Only a manager can export the audit trail.</source>
        <translation>Tylko kierownik może eksportować dziennik zmian.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <extracomment>Waits between tries when another PC or process holds the write lock.</extracomment>
        <translation>Ten klient już nie istnieje.</translation>
    </message>
    <message>
        <source>That escalation no longer exists.</source>
        <translation>To zgłoszenie już nie istnieje.</translation>
    </message>
    <message>
        <source>That little thing no longer exists.</source>
        <translation>To upodobanie już nie istnieje.</translation>
    </message>
    <message>
        <source>That merge no longer exists.</source>
        <translation>To połączenie już nie istnieje.</translation>
    </message>
    <message>
        <source>That promise no longer exists.</source>
        <translation>Ta obietnica już nie istnieje.</translation>
    </message>
    <message>
        <source>That remark no longer exists.</source>
        <translation>Ta uwaga już nie istnieje.</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>Ten pracownik już nie istnieje.</translation>
    </message>
    <message>
        <source>Someone else changed this customer a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Ktoś inny przed chwilą zmienił dane tego klienta, może na innym komputerze. Teraz widać jego zmianę; Twoja nie została zapisana, więc powtórz ją, jeśli nadal jest potrzebna.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Ktoś inny przed chwilą zmienił to zgłoszenie, może na innym komputerze. Teraz widać jego zmianę; Twoja nie została zapisana, więc powtórz ją, jeśli nadal jest potrzebna.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Ktoś inny przed chwilą zmienił ten element (%1), może na innym komputerze. Teraz widać jego zmianę; Twoja nie została zapisana, więc powtórz ją, jeśli nadal jest potrzebna.</translation>
    </message>
    <message>
        <source>That clashes with something saved a moment ago, perhaps on another PC. Nothing was lost: look again and retry.</source>
        <translation>To koliduje z czymś zapisanym przed chwilą, może na innym komputerze. Nic nie przepadło: sprawdź jeszcze raz i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The shop server cannot be reached right now (is the back-office PC on, and the network up?).</source>
        <translation>W tej chwili brak połączenia z serwerem sklepu (czy komputer na zapleczu jest włączony, a sieć działa?).</translation>
    </message>
    <message>
        <source>The shop database failed: %1</source>
        <translation>Błąd bazy danych sklepu: %1</translation>
    </message>
    <message>
        <source>The shop database is busy (another PC is writing). Nothing was lost: try again in a moment.</source>
        <translation>Baza danych sklepu jest zajęta (inny komputer zapisuje dane). Nic nie przepadło: spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Ten element (%1) już nie istnieje.</translation>
    </message>
    <message>
        <source>Only a manager can erase a customer.</source>
        <translation>Tylko kierownik może usunąć dane klienta.</translation>
    </message>
    <message>
        <source>This customer was erased already.</source>
        <translation>Dane tego klienta zostały już usunięte.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name exactly as shown to confirm the erasure.</source>
        <translation>Wpisz imię i nazwisko klienta dokładnie tak, jak je widać, aby potwierdzić usunięcie.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Nowy klient musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>To imię i nazwisko jest za długie (najwyżej 200 znaków).</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Klient musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <source>This escalation is not resolved yet.</source>
        <translation>To zgłoszenie nie jest jeszcze załatwione.</translation>
    </message>
    <message>
        <source>That how to say the name is too long (%1 characters at most).</source>
        <translation>Ta wymowa jest za długa (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>That language is too long (%1 characters at most).</source>
        <translation>Ta nazwa języka jest za długa (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits: it cannot be a phone number.</source>
        <translation>„%1” nie zawiera cyfr: to nie może być numer telefonu.</translation>
    </message>
    <message>
        <source>That phone number is too long.</source>
        <translation>Ten numer telefonu jest za długi.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>„%1” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>A loyalty card number must be 1 to 64 characters.</source>
        <translation>Numer karty stałego klienta musi mieć od 1 do 64 znaków.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to another customer.</source>
        <translation>Karta %1 należy już do innego klienta.</translation>
    </message>
    <message>
        <source>Type the little thing first, e.g. &quot;Receipt: always&quot;.</source>
        <translation>Najpierw wpisz upodobanie, np. „Paragon: zawsze”.</translation>
    </message>
    <message>
        <source>Keep a little thing short (%1 characters at most).</source>
        <translation>Upodobanie musi być krótkie (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>This database already has customers; use an empty data folder for the sample shop.</source>
        <extracomment>Every made-up member of the sample staff signs in with this PIN (said on the sign-in screen). Resolutions newer than this are left &quot;unseen&quot; by the person who raised them, so the loop back to staff has something to show.</extracomment>
        <translation>Ta baza danych ma już klientów; do sklepu przykładowego użyj pustego folderu danych.</translation>
    </message>
    <message>
        <source>This remark was withdrawn.</source>
        <translation>Ta uwaga została wycofana.</translation>
    </message>
    <message>
        <source>This remark is already with the manager.</source>
        <translation>Ta uwaga jest już u kierownika.</translation>
    </message>
    <message>
        <source>Only a manager can take ownership of an escalation.</source>
        <translation>Tylko kierownik może wziąć zgłoszenie na siebie.</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Najpierw wpisz notatkę.</translation>
    </message>
    <message>
        <source>Only a manager can resolve an escalation.</source>
        <translation>Tylko kierownik może załatwić zgłoszenie.</translation>
    </message>
    <message>
        <source>A promise needs a customer; this remark has none.</source>
        <translation>Obietnica wymaga klienta; ta uwaga nie ma przypisanego klienta.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now resolved by %1). The queue shows their change; yours was not saved.</source>
        <translation>Ktoś inny przed chwilą zmienił to zgłoszenie (załatwił(a) je już %1). Kolejka pokazuje tę zmianę; Twoja nie została zapisana.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now taken by %1). The queue shows their change; yours was not saved.</source>
        <translation>Ktoś inny przed chwilą zmienił to zgłoszenie (zajmuje się nim teraz %1). Kolejka pokazuje tę zmianę; Twoja nie została zapisana.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now acknowledged). The queue shows their change; yours was not saved.</source>
        <translation>Ktoś inny przed chwilą zmienił to zgłoszenie (jest teraz w toku). Kolejka pokazuje tę zmianę; Twoja nie została zapisana.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now open). The queue shows their change; yours was not saved.</source>
        <translation>Ktoś inny przed chwilą zmienił to zgłoszenie (jest teraz otwarte). Kolejka pokazuje tę zmianę; Twoja nie została zapisana.</translation>
    </message>
    <message>
        <source>This escalation is already resolved.</source>
        <translation>To zgłoszenie jest już załatwione.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported (choose %2).</source>
        <extracomment>Rows per batch: small enough that memory stays flat at a million customers, and that every &quot;IN (...)&quot; the readers build stays under old SQLite&apos;s 999-parameter limit. What can be exported, and the columns of each, in order. Several values in one cell (tags, phones, little things) are joined with this; a value holding it is escaped (see domain/cells.py), so reading the cell back gives each value. What an export can be written as: the Excel-friendly CSV is UTF-8 with a BOM (Excel then reads accents right) and keeps &quot;+44…&quot; or &quot;=…&quot; as text.</extracomment>
        <translation>Nie można eksportować „%1” (wybierz %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format (choose %2).</source>
        <translation>„%1” nie jest formatem eksportu (wybierz %2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Only a manager can export the shop&apos;s data.</source>
        <translation>Tylko kierownik może eksportować dane sklepu.</translation>
    </message>
    <message>
        <source>Resolve the escalation first, then follow it up.</source>
        <translation>Najpierw załatw zgłoszenie, potem zaplanuj ponowny kontakt.</translation>
    </message>
    <message>
        <source>A walk-in cannot be followed up: there is no customer on file.</source>
        <translation>Z anonimowym klientem nie da się ponownie skontaktować: nie ma jego kartoteki.</translation>
    </message>
    <message>
        <source>A follow-up of this escalation is already waiting.</source>
        <translation>Ponowny kontakt w sprawie tego zgłoszenia już czeka.</translation>
    </message>
    <message>
        <source>Only a manager can schedule a follow-up.</source>
        <translation>Tylko kierownik może zaplanować ponowny kontakt.</translation>
    </message>
    <message>
        <source>Only a follow-up has a result; mark other promises as kept.</source>
        <translation>Wynik ma tylko ponowny kontakt; inne obietnice oznacz jako dotrzymane.</translation>
    </message>
    <message>
        <source>This follow-up is already kept.</source>
        <translation>Ten ponowny kontakt jest już wykonany.</translation>
    </message>
    <message>
        <source>This follow-up is already cancelled.</source>
        <translation>Ten ponowny kontakt jest już anulowany.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code for phone numbers (try GB, US, FR).</source>
        <extracomment>Rows per transaction: an interrupted import keeps every whole batch, and the next run finds them again (matched, so nothing is doubled). A batch takes a fraction of a second, so the window&apos;s Cancel answers quickly and other work on the database worker gets a turn.</extracomment>
        <translation>„%1” nie jest kodem kraju dla numerów telefonów (spróbuj PL, DE, GB).</translation>
    </message>
    <message>
        <source>Only a manager can import customers.</source>
        <translation>Tylko kierownik może importować klientów.</translation>
    </message>
    <message>
        <source>Only a manager can see what customers are saying.</source>
        <extracomment>How many tags the &quot;by tag&quot; table lists, and how many the complaint/compliment lists. The overdue list is for acting on, not an archive.</extracomment>
        <translation>Tylko kierownik może przeglądać, co mówią klienci.</translation>
    </message>
    <message>
        <source>Only a manager can merge customers.</source>
        <extracomment>Everything of a customer&apos;s that follows them into the survivor.</extracomment>
        <translation>Tylko kierownik może łączyć klientów.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>Nie można połączyć klienta z nim samym.</translation>
    </message>
    <message>
        <source>An erased customer cannot be merged.</source>
        <translation>Nie można połączyć klienta, którego dane usunięto.</translation>
    </message>
    <message>
        <source>%1 was merged into another customer already.</source>
        <translation>%1 został(a) już połączony(-a) z innym klientem.</translation>
    </message>
    <message>
        <source>Choose which %1 to keep.</source>
        <translation>Wybierz, którą wartość zachować: %1.</translation>
    </message>
    <message>
        <source>Only a manager can undo a merge.</source>
        <translation>Tylko kierownik może cofnąć połączenie.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>To połączenie zostało już cofnięte.</translation>
    </message>
    <message>
        <source>%1 was merged again since; undo that merge first.</source>
        <translation>%1 połączono od tego czasu ponownie; najpierw cofnij tamto połączenie.</translation>
    </message>
    <message>
        <source>The customer was erased since; the merge cannot be undone.</source>
        <translation>Dane klienta zostały od tego czasu usunięte; nie można cofnąć połączenia.</translation>
    </message>
    <message>
        <source>Say what was promised, e.g. &quot;$20 credit on next visit&quot;.</source>
        <translation>Napisz, co obiecano, np. „bon 20 zł na następne zakupy”.</translation>
    </message>
    <message>
        <source>Keep the promise short (300 characters at most).</source>
        <translation>Obietnica musi być krótka (najwyżej 300 znaków).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>This promise is already kept.</source>
        <translation>Ta obietnica jest już dotrzymana.</translation>
    </message>
    <message>
        <source>This promise is already cancelled.</source>
        <translation>Ta obietnica jest już anulowana.</translation>
    </message>
    <message>
        <source>Type what the customer said first.</source>
        <extracomment>Long enough for any real remark, short enough to keep the card readable. &quot;Saved — Undo&quot; removes a remark outright only this soon after saving it.</extracomment>
        <translation>Najpierw wpisz, co powiedział klient.</translation>
    </message>
    <message>
        <source>That remark is too long (%1 characters at most).</source>
        <translation>Ta uwaga jest za długa (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>Only a compliment can be about a member of staff.</source>
        <translation>Tylko pochwała może dotyczyć pracownika.</translation>
    </message>
    <message>
        <source>That member of staff is no longer with the shop.</source>
        <translation>Ten pracownik już nie pracuje w sklepie.</translation>
    </message>
    <message>
        <source>Only a remark you just saved can be undone; withdraw it instead.</source>
        <translation>Cofnąć można tylko właśnie zapisaną uwagę; tę zamiast tego wycofaj.</translation>
    </message>
    <message>
        <source>The manager is already handling it; withdraw it instead.</source>
        <translation>Kierownik już się tym zajmuje; zamiast tego wycofaj uwagę.</translation>
    </message>
    <message>
        <source>This remark is with the manager; it can be withdrawn once they resolve it.</source>
        <translation>Ta uwaga jest u kierownika; można ją wycofać, gdy kierownik załatwi sprawę.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (try GBP, EUR, USD).</source>
        <translation>„%1” nie jest kodem waluty (spróbuj PLN, EUR, GBP).</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Sklep musi mieć nazwę.</translation>
    </message>
    <message>
        <source>This database already has a shop.</source>
        <translation>Ta baza danych ma już sklep.</translation>
    </message>
    <message>
        <source>Only a manager can change target times.</source>
        <translation>Tylko kierownik może zmieniać czasy docelowe.</translation>
    </message>
    <message>
        <source>Target times must be at least one minute.</source>
        <translation>Czasy docelowe muszą wynosić co najmniej minutę.</translation>
    </message>
    <message>
        <source>The shop server cannot be reached, and nobody has signed in on this PC before, so there is no list of staff here yet.</source>
        <extracomment>Read from this PC&apos;s copy because the shop server is away.</extracomment>
        <translation>Brak połączenia z serwerem sklepu, a nikt wcześniej nie logował się na tym komputerze, więc nie ma tu jeszcze listy pracowników.</translation>
    </message>
    <message>
        <source>This person is not on this PC&apos;s copy of the staff list.</source>
        <translation>Tej osoby nie ma na liście pracowników zapisanej na tym komputerze.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1.</source>
        <translation>Za dużo błędnych PIN-ów: spróbuj ponownie za %1.</translation>
    </message>
    <message>
        <source>No PIN is set for this person yet: a manager can set one when the shop server is back.</source>
        <translation>Ta osoba nie ma jeszcze PIN-u: kierownik może go ustawić, gdy serwer sklepu wróci.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Błędny PIN. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>A member of staff needs a name.</source>
        <translation>Pracownik musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <source>That name is too long (120 characters at most).</source>
        <translation>To imię i nazwisko jest za długie (najwyżej 120 znaków).</translation>
    </message>
    <message>
        <source>Only a manager can add staff.</source>
        <translation>Tylko kierownik może dodawać pracowników.</translation>
    </message>
    <message>
        <source>The first member of staff is the shop&apos;s manager.</source>
        <translation>Pierwszy pracownik jest kierownikiem sklepu.</translation>
    </message>
    <message>
        <source>There is already someone called %1.</source>
        <translation>Jest już osoba o imieniu i nazwisku %1.</translation>
    </message>
    <message>
        <source>Only a manager can manage staff.</source>
        <translation>Tylko kierownik może zarządzać pracownikami.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 nie może się już logować.</translation>
    </message>
    <message>
        <source>No PIN is set for this person yet: a manager can set one.</source>
        <translation>Ta osoba nie ma jeszcze PIN-u: kierownik może go ustawić.</translation>
    </message>
    <message>
        <source>Only a manager can reset someone&apos;s PIN.</source>
        <translation>Tylko kierownik może zmienić komuś PIN.</translation>
    </message>
    <message>
        <source>This person has a PIN already: a manager can reset it.</source>
        <translation>Ta osoba ma już PIN: kierownik może go zmienić.</translation>
    </message>
    <message>
        <source>Only a manager can deactivate staff.</source>
        <translation>Tylko kierownik może wyłączać konta pracowników.</translation>
    </message>
    <message>
        <source>The shop needs at least one manager: add another first.</source>
        <translation>Sklep potrzebuje co najmniej jednego kierownika: najpierw dodaj innego.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %2 remark(s) or promise(s) typed on this PC are kept and will be sent when it is back.</source>
        <extracomment>Where this PC keeps work for the shop server while it is away (in the data folder).</extracomment>
        <translation>%1 Wpisy zachowane na tym komputerze (uwagi lub obietnice: %2) zostaną wysłane, gdy serwer wróci.</translation>
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
        <translation>Skarga</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Pochwała</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Prośba</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>Opinia w internecie</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Połączenia telefoniczne</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <source>prefers email</source>
        <translation>woli e-mail</translation>
    </message>
    <message>
        <source>prefers SMS</source>
        <translation>woli SMS</translation>
    </message>
    <message>
        <source>prefers phone calls</source>
        <translation>woli telefon</translation>
    </message>
    <message>
        <source>prefers post</source>
        <translation>woli list</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>bez e-maili</translation>
    </message>
    <message>
        <source>no SMS</source>
        <translation>bez SMS-ów</translation>
    </message>
    <message>
        <source>no phone calls</source>
        <translation>bez telefonów</translation>
    </message>
    <message>
        <source>no post</source>
        <translation>bez listów</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nie pytano</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Pilne</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Zwykłe</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Załatwione</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Wymiana</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Przeprosiny</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Wyjaśnienie</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Bez działań</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Oddzwonienie</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Odłożenie towaru</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Ponowny kontakt</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>zadowolony</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>niezadowolony</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Rocznica</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Klient od</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <comment>%1 is the time of day</comment>
        <translation>wczoraj %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then the time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Upodobania</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Obietnice</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>little thing</source>
        <translation>upodobanie</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>zgoda</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>uwaga</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>zgłoszenie</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>obietnica</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>sklep</translation>
    </message>
    <message>
        <source>customer added</source>
        <translation>dodano klienta</translation>
    </message>
    <message>
        <source>customer changed</source>
        <translation>zmieniono dane klienta</translation>
    </message>
    <message>
        <source>phone number added</source>
        <translation>dodano numer telefonu</translation>
    </message>
    <message>
        <source>email address added</source>
        <translation>dodano adres e-mail</translation>
    </message>
    <message>
        <source>loyalty card added</source>
        <translation>dodano kartę stałego klienta</translation>
    </message>
    <message>
        <source>customer imported</source>
        <translation>zaimportowano klienta</translation>
    </message>
    <message>
        <source>customer updated by an import</source>
        <translation>zaktualizowano klienta przez import</translation>
    </message>
    <message>
        <source>customers merged</source>
        <translation>połączono klientów</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>cofnięto połączenie</translation>
    </message>
    <message>
        <source>everything held on the customer gathered</source>
        <translation>zebrano wszystkie dane o kliencie</translation>
    </message>
    <message>
        <source>customer erased</source>
        <translation>usunięto dane klienta</translation>
    </message>
    <message>
        <source>little thing added</source>
        <translation>dodano upodobanie</translation>
    </message>
    <message>
        <source>little thing removed</source>
        <translation>usunięto upodobanie</translation>
    </message>
    <message>
        <source>little thing restored</source>
        <translation>przywrócono upodobanie</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>zapisano zgodę</translation>
    </message>
    <message>
        <source>remark logged</source>
        <translation>zapisano uwagę</translation>
    </message>
    <message>
        <source>remark taken back</source>
        <translation>cofnięto uwagę</translation>
    </message>
    <message>
        <source>remark withdrawn</source>
        <translation>wycofano uwagę</translation>
    </message>
    <message>
        <source>remark&apos;s text corrected</source>
        <translation>poprawiono tekst uwagi</translation>
    </message>
    <message>
        <source>remark&apos;s kind corrected</source>
        <translation>poprawiono rodzaj uwagi</translation>
    </message>
    <message>
        <source>remark moved to another customer</source>
        <translation>przeniesiono uwagę do innego klienta</translation>
    </message>
    <message>
        <source>escalated to a manager</source>
        <translation>przekazano kierownikowi</translation>
    </message>
    <message>
        <source>escalation taken on</source>
        <translation>zgłoszenie wzięte na siebie</translation>
    </message>
    <message>
        <source>note added to an escalation</source>
        <translation>dodano notatkę do zgłoszenia</translation>
    </message>
    <message>
        <source>escalation resolved</source>
        <translation>zgłoszenie załatwione</translation>
    </message>
    <message>
        <source>resolution seen by whoever raised it</source>
        <translation>zgłaszający zobaczył rozwiązanie</translation>
    </message>
    <message>
        <source>customer told the outcome</source>
        <translation>klientowi przekazano rozwiązanie</translation>
    </message>
    <message>
        <source>promise recorded</source>
        <translation>zapisano obietnicę</translation>
    </message>
    <message>
        <source>promise kept</source>
        <translation>obietnica dotrzymana</translation>
    </message>
    <message>
        <source>promise cancelled</source>
        <translation>obietnica anulowana</translation>
    </message>
    <message>
        <source>promise reopened</source>
        <translation>obietnica ponownie otwarta</translation>
    </message>
    <message>
        <source>follow-up result recorded</source>
        <translation>zapisano wynik ponownego kontaktu</translation>
    </message>
    <message>
        <source>staff member added</source>
        <translation>dodano pracownika</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>ustawiono PIN</translation>
    </message>
    <message>
        <source>staff member marked as having left</source>
        <translation>oznaczono, że pracownik już nie pracuje</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>zalogowano</translation>
    </message>
    <message>
        <source>wrong PIN at sign-in</source>
        <translation>błędny PIN przy logowaniu</translation>
    </message>
    <message>
        <source>shop created</source>
        <translation>założono sklep</translation>
    </message>
    <message>
        <source>marked as the sample shop</source>
        <translation>oznaczono jako sklep przykładowy</translation>
    </message>
    <message>
        <source>target times changed</source>
        <translation>zmieniono czasy docelowe</translation>
    </message>
    <message>
        <source>nearly the same phone %1</source>
        <translation>prawie ten sam telefon %1</translation>
    </message>
    <message>
        <source>nearly the same email %1</source>
        <translation>prawie ten sam e-mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>ten sam telefon %1</translation>
    </message>
    <message>
        <source>same email %1</source>
        <translation>ten sam e-mail %1</translation>
    </message>
    <message>
        <source>same card %1</source>
        <translation>ta sama karta %1</translation>
    </message>
    <message>
        <source>names %1% alike</source>
        <translation>nazwiska podobne w %1%</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>dotrzymana</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowana</translation>
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
        <translation>Załatwione: %1</translation>
    </message>
    <message>
        <source>Promise kept: %1</source>
        <translation>Obietnica dotrzymana: %1</translation>
    </message>
    <message>
        <source>Promise cancelled: %1</source>
        <translation>Obietnica anulowana: %1</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>Obiecano: %1</translation>
    </message>
    <message>
        <source>Consent: %1 — %2</source>
        <comment>channel — yes, no or not asked</comment>
        <translation>Zgoda: %1 — %2</translation>
    </message>
    <message>
        <source>text corrected</source>
        <translation>poprawiono tekst</translation>
    </message>
    <message>
        <source>kind changed</source>
        <translation>zmieniono rodzaj</translation>
    </message>
    <message>
        <source>moved to another customer</source>
        <translation>przeniesiono do innego klienta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wycofano</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>afrikaans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albański</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>amharski</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabski</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>ormiański</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>azerski</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>baskijski</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>białoruski</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>bengalski</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>bośniacki</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bułgarski</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>birmański</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>kantoński</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>kataloński</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chiński</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>chorwacki</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>czeski</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>duński</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>niderlandzki</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estoński</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>filipiński</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>fiński</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francuski</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>galicyjski</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>gruziński</translation>
    </message>
    <message>
        <source>German</source>
        <translation>niemiecki</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grecki</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>gudźarati</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>hausa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebrajski</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>węgierski</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>islandzki</translation>
    </message>
    <message>
        <source>Igbo</source>
        <translation>igbo</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonezyjski</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>irlandzki</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>włoski</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japoński</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>kannada</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>kazachski</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>khmerski</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>koreański</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>kurdyjski</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>laotański</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>łotewski</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>litewski</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>luksemburski</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>macedoński</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>malajski</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>malajalam</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>maltański</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>marathi</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>mongolski</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>nepalski</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norweski</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>paszto</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>perski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugalski</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>pendżabski</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumuński</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <source>Scottish Gaelic</source>
        <translation>szkocki gaelicki</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbski</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>syngaleski</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>słowacki</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>słoweński</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somalijski</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>hiszpański</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suahili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>szwedzki</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamilski</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>telugu</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tajski</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrinia</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turecki</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>uzbecki</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>wietnamski</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>walijski</translation>
    </message>
    <message>
        <source>Xhosa</source>
        <translation>khosa</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>joruba</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>zulu</translation>
    </message>
</context>
</TS>
