<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Relate</source>
        <translation>À propos de Relate</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relate %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Relate %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The shop&apos;s memory of its customers. It runs on this PC and the shop&apos;s own database; nothing leaves the shop&apos;s machines.</source>
        <translation>La mémoire du magasin pour ses clients. Relate tourne sur ce PC et sur la base de données du magasin&#xa0;; rien ne sort des ordinateurs du magasin.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the version and folders, e.g. for a support call</source>
        <translation>Copier la version et les dossiers, par exemple pour l&apos;assistance</translation>
    </message>
    <message>
        <source>Copy the version and folders</source>
        <translation>Copier la version et les dossiers</translation>
    </message>
    <message>
        <source>Puts the version and every folder on the clipboard, to paste into a message to whoever looks after Relate.</source>
        <translation>Copie la version et tous les dossiers dans le presse-papiers, à coller dans un message pour la personne qui s&apos;occupe de Relate.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window (Esc).</source>
        <translation>Ferme cette fenêtre (Échap).</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Fermer cette fenêtre (Échap)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>portable: everything is kept beside the program</source>
        <translation>portable&#xa0;: tout est gardé à côté du programme</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>AuditViewPanel</name>
    <message>
        <source>Relate — Audit trail</source>
        <translation>Relate — Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrer par personne</translation>
    </message>
    <message>
        <source>Who did what, when, on which PC and on what; filter by person, action, words and date.</source>
        <translation>Qui a fait quoi, quand, sur quel PC et sur quoi&#xa0;; filtrez par personne, action, mots et date.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Only what this person did (Alt+W)</source>
        <translation>Seulement ce qu&apos;a fait cette personne (Alt+Q)</translation>
    </message>
    <message>
        <source>Shows only what this person did (Alt+W).</source>
        <translation>Affiche seulement ce qu&apos;a fait cette personne (Alt+Q).</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>Q&amp;uoi</translation>
    </message>
    <message>
        <source>Only this kind of action (Alt+H)</source>
        <translation>Seulement ce type d&apos;action (Alt+U)</translation>
    </message>
    <message>
        <source>Shows only this kind of action (Alt+H).</source>
        <translation>Affiche seulement ce type d&apos;action (Alt+U).</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Only entries whose summary contains these words</source>
        <translation>Seulement les entrées dont le résumé contient ces mots</translation>
    </message>
    <message>
        <source>Type words to show only the entries whose summary contains them.</source>
        <translation>Tapez des mots pour n&apos;afficher que les entrées dont le résumé les contient.</translation>
    </message>
    <message>
        <source>words in the summary</source>
        <translation>mots du résumé</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Filtrer par mots</translation>
    </message>
    <message>
        <source>&amp;since</source>
        <translation>&amp;depuis le</translation>
    </message>
    <message>
        <source>Only what happened on or after this day (Alt+S)</source>
        <translation>Seulement ce qui s&apos;est passé ce jour-là ou après (Alt+D)</translation>
    </message>
    <message>
        <source>Shows only what happened on or after this day (Alt+S).</source>
        <translation>Affiche seulement ce qui s&apos;est passé ce jour-là ou après (Alt+D).</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>One row per change: when, who, on which PC, what was done, on what, and a short before and after.</source>
        <translation>Une ligne par modification&#xa0;: quand, qui, sur quel PC, ce qui a été fait, sur quoi, et un court avant/après.</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entrées du journal, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>anyone</source>
        <extracomment>The families of actions, as the filter offers them (an action is &quot;family.verb&quot;).</extracomment>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what, then its number</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest 500 at most)</source>
        <translation>
            <numerusform>%n entrée (les 500 plus récentes au maximum)</numerusform>
            <numerusform>%n entrées (les 500 plus récentes au maximum)</numerusform>
        </translation>
    </message>
    <message>
        <source>first start</source>
        <translation>premier démarrage</translation>
    </message>
</context>
<context>
    <name>CallerPop</name>
    <message>
        <source>Open (%1)</source>
        <extracomment>A banner nobody acted on goes away: the call is long over. F8 names the caller&apos;s number on the card of a call this recent. A call that rang while the PC was locked is shown to whoever signs in this soon after.</extracomment>
        <translation>Ouvrir (%1)</translation>
    </message>
    <message>
        <source>Open the caller&apos;s card (%1)</source>
        <translation>Ouvrir la fiche de l&apos;appelant (%1)</translation>
    </message>
    <message>
        <source>Open the call</source>
        <translation>Ouvrir l&apos;appel</translation>
    </message>
    <message>
        <source>Opens the card of the caller the banner announces (%1)</source>
        <translation>Ouvre la fiche de l&apos;appelant annoncé par le bandeau (%1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Hide this call banner</source>
        <translation>Masquer ce bandeau d&apos;appel</translation>
    </message>
    <message>
        <source>Dismiss the call</source>
        <translation>Ignorer l&apos;appel</translation>
    </message>
    <message>
        <source>Hides the banner; the call stays as it is</source>
        <translation>Masque le bandeau&#xa0;; l&apos;appel continue normalement</translation>
    </message>
    <message>
        <source>Incoming call: number withheld</source>
        <translation>Appel entrant&#xa0;: numéro masqué</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Appel entrant de %1</translation>
    </message>
    <message>
        <source>Incoming: %1 — %2 to open</source>
        <translation>Appel&#xa0;: %1 — %2 pour ouvrir</translation>
    </message>
    <message>
        <source>Incoming call from %1 — %2</source>
        <translation>Appel entrant de %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 or %n other(s)</source>
        <translation>
            <numerusform>%1 ou %n autre</numerusform>
            <numerusform>%1 ou %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not a customer yet</source>
        <translation>%1, pas encore client</translation>
    </message>
    <message>
        <source>Open the caller&apos;s card first: %1 logs the call on it.</source>
        <translation>Ouvrez d&apos;abord la fiche de l&apos;appelant&#xa0;: %1 y note l&apos;appel.</translation>
    </message>
    <message>
        <source>Phone call from %1</source>
        <translation>Appel de %1</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Call logged on %1&apos;s history</source>
        <translation>Appel noté dans l&apos;historique de %1</translation>
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
        <translation>%1 (sensible)</translation>
    </message>
    <message>
        <source>Remove “%1” (it can be undone)</source>
        <translation>Retirer «&#xa0;%1&#xa0;» (on peut l&apos;annuler)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Removes this little thing from the card; Undo in the message line brings it back.</source>
        <translation>Retire cette petite habitude de la fiche&#xa0;; Annuler, dans la ligne de message, la remet.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Noté par %1 le %2</translation>
    </message>
    <message>
        <source>Sensitive: masked in lists and left out of exports.</source>
        <translation>Sensible&#xa0;: masquée dans les listes et exclue des exports.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connection to the shop server</source>
        <extracomment>How often the outbox tries to send (and, with nothing waiting, looks for the server).</extracomment>
        <translation>Connexion au serveur du magasin</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln waiting to send</source>
        <translation>
            <numerusform>Hors ligne — %Ln en attente d&apos;envoi</numerusform>
            <numerusform>Hors ligne — %Ln en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — the shop server cannot be reached</source>
        <translation>Hors ligne — le serveur du magasin est injoignable</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln kept while offline…</source>
        <translation>
            <numerusform>Envoi de %Ln élément gardé hors ligne…</numerusform>
            <numerusform>Envoi de %Ln éléments gardés hors ligne…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectRemarkDialog</name>
    <message>
        <source>No corrections yet</source>
        <translation>Aucune correction pour l&apos;instant</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the correction; the earlier version is kept</source>
        <translation>Enregistrer la correction&#xa0;; la version précédente est conservée</translation>
    </message>
    <message>
        <source>Saves the changed text, kind or customer; the earlier version is kept</source>
        <translation>Enregistre le texte, le type ou le client modifié&#xa0;; la version précédente est conservée</translation>
    </message>
    <message>
        <source>Close without changing the remark (Esc)</source>
        <translation>Fermer sans modifier la remarque (Échap)</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Closes the window without changing the remark (Esc)</source>
        <translation>Ferme la fenêtre sans modifier la remarque (Échap)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>when, who: what changed</comment>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>avant&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pick the customer to move it to, or clear the field.</source>
        <translation>Choisissez le client vers qui la déplacer, ou videz le champ.</translation>
    </message>
    <message>
        <source>Relate — Correct a remark</source>
        <translation>Relate — Corriger une remarque</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>The kind of remark: complaint, compliment, request, question, idea or note</source>
        <translation>Le type de remarque&#xa0;: réclamation, compliment, demande, question, idée ou note</translation>
    </message>
    <message>
        <source>Kind of remark</source>
        <translation>Type de remarque</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>The remark&apos;s text, to correct; Tab moves on</source>
        <translation>Le texte de la remarque, à corriger&#xa0;; Tab passe au champ suivant</translation>
    </message>
    <message>
        <source>Remark text</source>
        <translation>Texte de la remarque</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>To move the remark to another customer, type their phone, name, email or card and pick them below; leave empty to keep it here</source>
        <translation>Pour déplacer la remarque vers un autre client, tapez son téléphone, son nom, son e-mail ou sa carte et choisissez-le ci-dessous&#xa0;; laissez vide pour la garder ici</translation>
    </message>
    <message>
        <source>another customer: phone, name, email or card (leave empty to keep)</source>
        <translation>autre client&#xa0;: téléphone, nom, e-mail ou carte (vide = ne pas déplacer)</translation>
    </message>
    <message>
        <source>Move to another customer</source>
        <translation>Déplacer vers un autre client</translation>
    </message>
    <message>
        <source>The customers found; the one chosen here gets the remark</source>
        <translation>Les clients trouvés&#xa0;; celui choisi ici reçoit la remarque</translation>
    </message>
    <message>
        <source>Customers to move it to</source>
        <translation>Clients vers qui la déplacer</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>Earlier corrections of this remark: when, who and what changed</source>
        <translation>Corrections précédentes de cette remarque&#xa0;: quand, qui et ce qui a changé</translation>
    </message>
    <message>
        <source>Corrections so far</source>
        <translation>Corrections déjà faites</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n promesse en cours</numerusform>
            <numerusform>%n promesses en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open escalations</source>
        <translation>
            <numerusform>%n signalement en cours</numerusform>
            <numerusform>%n signalements en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashWindow</name>
    <message>
        <source>Relate hit a problem</source>
        <translation>Relate a rencontré un problème</translation>
    </message>
    <message>
        <source>Relate hit a problem — your work is saved.</source>
        <translation>Relate a rencontré un problème — votre travail est enregistré.</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>Les détails sont dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The details could not be written to a log.</source>
        <translation>Les détails n&apos;ont pas pu être écrits dans un journal.</translation>
    </message>
    <message>
        <source>What was being typed is kept as a draft. You can carry on; if Relate misbehaves, close it and start it again.</source>
        <translation>Ce qui était en cours de saisie est gardé comme brouillon. Vous pouvez continuer&#xa0;; si Relate se comporte mal, fermez-le et relancez-le.</translation>
    </message>
    <message>
        <source>“Copy details” puts them on the clipboard for whoever looks after Relate.</source>
        <translation>«&#xa0;Copier les détails&#xa0;» les met dans le presse-papiers pour la personne qui s&apos;occupe de Relate.</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Détails du problème</translation>
    </message>
    <message>
        <source>The technical details for whoever looks after Relate; read only.</source>
        <translation>Les détails techniques pour la personne qui s&apos;occupe de Relate&#xa0;; en lecture seule.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Puts the technical details on the clipboard, to paste into a message.</source>
        <translation>Copie les détails techniques dans le presse-papiers, à coller dans un message.</translation>
    </message>
    <message>
        <source>Shows or hides the technical details in this window.</source>
        <translation>Affiche ou masque les détails techniques dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window and carries on working (Enter or Esc).</source>
        <translation>Ferme cette fenêtre et reprend le travail (Entrée ou Échap).</translation>
    </message>
    <message>
        <source>Close this window and carry on (Enter or Esc)</source>
        <translation>Fermer cette fenêtre et continuer (Entrée ou Échap)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>CustomerCardPanel</name>
    <message>
        <source>Customer card</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Prononciation du nom</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>The language the customer prefers to speak; click to change it</source>
        <translation>La langue que le client préfère parler&#xa0;; cliquez pour la changer</translation>
    </message>
    <message>
        <source>Phones, emails and cards</source>
        <translation>Téléphones, e-mails et cartes</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer for marketing or reminders</source>
        <translation>⚠ Ne pas contacter ce client pour de la publicité ou des rappels</translation>
    </message>
    <message>
        <source>Do-not-contact warning</source>
        <translation>Avertissement «&#xa0;ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>Preferred channel and contact refusals</source>
        <translation>Moyen de contact préféré et refus</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Petites habitudes</translation>
    </message>
    <message>
        <source>What this customer prefers; type in the field and press Enter to add one</source>
        <translation>Ce que ce client préfère&#xa0;; tapez dans le champ et appuyez sur Entrée pour en ajouter une</translation>
    </message>
    <message>
        <source>May we contact them?</source>
        <translation>Peut-on le contacter&#xa0;?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by email; each change is recorded with how they told us</source>
        <translation>Si le client accepte d&apos;être contacté par e-mail&#xa0;; chaque changement est noté avec la façon dont il nous l&apos;a dit</translation>
    </message>
    <message>
        <source>Consent to email</source>
        <translation>Accord pour l&apos;e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by SMS; each change is recorded with how they told us</source>
        <translation>Si le client accepte d&apos;être contacté par SMS&#xa0;; chaque changement est noté avec la façon dont il nous l&apos;a dit</translation>
    </message>
    <message>
        <source>Consent to SMS</source>
        <translation>Accord pour les SMS</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by phone calls; each change is recorded with how they told us</source>
        <translation>Si le client accepte d&apos;être appelé au téléphone&#xa0;; chaque changement est noté avec la façon dont il nous l&apos;a dit</translation>
    </message>
    <message>
        <source>Consent to phone calls</source>
        <translation>Accord pour les appels</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by post; each change is recorded with how they told us</source>
        <translation>Si le client accepte d&apos;être contacté par courrier&#xa0;; chaque changement est noté avec la façon dont il nous l&apos;a dit</translation>
    </message>
    <message>
        <source>Consent to post</source>
        <translation>Accord pour le courrier</translation>
    </message>
    <message>
        <source>how</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>Pick or type how the customer told us; it is recorded with the next change of consent</source>
        <translation>Choisissez ou tapez comment le client nous l&apos;a dit&#xa0;; c&apos;est noté avec le prochain changement d&apos;accord</translation>
    </message>
    <message>
        <source>How the customer told us; recorded with each change of consent</source>
        <translation>Comment le client nous l&apos;a dit&#xa0;; noté avec chaque changement d&apos;accord</translation>
    </message>
    <message>
        <source>How consent was given or withdrawn</source>
        <translation>Comment l&apos;accord a été donné ou retiré</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Parle</translation>
    </message>
    <message>
        <source>The language the customer prefers; pick one or type any language, a change is saved at once</source>
        <translation>La langue préférée du client&#xa0;; choisissez-en une ou tapez n&apos;importe quelle langue, le changement est enregistré tout de suite</translation>
    </message>
    <message>
        <source>Pick a language or type any other; a change is saved at once</source>
        <translation>Choisissez une langue ou tapez-en une autre&#xa0;; le changement est enregistré tout de suite</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Préfère</translation>
    </message>
    <message>
        <source>How the customer prefers to be contacted; a change is saved at once</source>
        <translation>Comment le client préfère être contacté&#xa0;; le changement est enregistré tout de suite</translation>
    </message>
    <message>
        <source>How the customer prefers to be contacted</source>
        <translation>Comment le client préfère être contacté</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Moyen de contact préféré</translation>
    </message>
    <message>
        <source>Check when the customer asked not to be contacted for marketing or reminders; saved at once</source>
        <translation>Cochez si le client a demandé à ne pas être contacté pour de la publicité ou des rappels&#xa0;; enregistré tout de suite</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>No marketing or reminders for this customer</source>
        <translation>Ni publicité ni rappels pour ce client</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>The day the do-not-contact wish ends; the earliest day means no end date</source>
        <translation>Le jour où prend fin le souhait de ne pas être contacté&#xa0;; le premier jour possible signifie «&#xa0;sans date de fin&#xa0;»</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>Do not contact until</source>
        <translation>Ne pas contacter jusqu&apos;au</translation>
    </message>
    <message>
        <source>Open promises, escalations and outcomes to pass on</source>
        <translation>Promesses en cours, signalements et réponses à transmettre</translation>
    </message>
    <message>
        <source>Record what was promised to the customer (Ctrl+P opens, Enter records, Esc closes)</source>
        <translation>Noter ce qui a été promis au client (Ctrl+P ouvre, Entrée enregistre, Échap ferme)</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Nouvelle promesse</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Promesse&#xa0;:</translation>
    </message>
    <message>
        <source>Credit, call back, set aside or follow up</source>
        <translation>Avoir, rappel, mise de côté ou suivi</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Type de promesse</translation>
    </message>
    <message>
        <source>Type what was promised; Enter records the promise, Esc closes the form</source>
        <translation>Tapez ce qui a été promis&#xa0;; Entrée enregistre la promesse, Échap ferme le formulaire</translation>
    </message>
    <message>
        <source>What was promised; Enter records the promise, Esc closes (Ctrl+P opens)</source>
        <translation>Ce qui a été promis&#xa0;; Entrée enregistre la promesse, Échap ferme (Ctrl+P ouvre)</translation>
    </message>
    <message>
        <source>what was promised, e.g. £20 credit on next visit</source>
        <translation>ce qui a été promis, ex. avoir de 20 € au prochain passage</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Ce qui a été promis</translation>
    </message>
    <message>
        <source>The amount promised, if any; leave at no amount otherwise</source>
        <translation>Le montant promis, s&apos;il y en a un&#xa0;; sinon laissez «&#xa0;sans montant&#xa0;»</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sans montant</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pour le</translation>
    </message>
    <message>
        <source>The day the promise is due; it shows as late on the card after that day</source>
        <translation>Le jour où la promesse doit être tenue&#xa0;; passé ce jour, elle apparaît en retard sur la fiche</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Records the promise on the customer&apos;s card (Enter in the text does the same)</source>
        <translation>Enregistre la promesse sur la fiche du client (Entrée dans le texte fait de même)</translation>
    </message>
    <message>
        <source>Record promise</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record the promise (Enter)</source>
        <translation>Enregistrer la promesse (Entrée)</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Historique, le plus récent d&apos;abord</translation>
    </message>
    <message>
        <source>On a remark: the Menu key or Shift+F10 (or a right-click) to correct, escalate or withdraw it</source>
        <translation>Sur une remarque&#xa0;: la touche Menu ou Maj+F10 (ou un clic droit) pour la corriger, la signaler au responsable ou la retirer</translation>
    </message>
    <message>
        <source>The customer&apos;s history, newest first; on a remark, the Menu key or a right-click offers to correct, escalate or withdraw it</source>
        <translation>L&apos;historique du client, le plus récent d&apos;abord&#xa0;; sur une remarque, la touche Menu ou un clic droit permet de la corriger, la signaler au responsable ou la retirer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>État de la fiche</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>no preference</source>
        <extracomment>Cards kept in memory to stay readable while the shop server is away.</extracomment>
        <translation>aucune préférence</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>asked at the counter</source>
        <translation>demandé au comptoir</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>par écrit</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>Offline — this card is as it was at %1; remarks are kept on this PC and sent when the server is back.</source>
        <translation>Hors ligne — cette fiche est telle qu&apos;elle était à %1&#xa0;; les remarques sont gardées sur ce PC et envoyées quand le serveur revient.</translation>
    </message>
    <message>
        <source>(say: %1)</source>
        <translation>(prononcer&#xa0;: %1)</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>carte %1</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer until %1</source>
        <translation>⚠ Ne pas contacter ce client jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer for marketing or reminders</source>
        <translation>⚠ Ne pas contacter ce client pour de la publicité ou des rappels</translation>
    </message>
    <message>
        <source>Log what %1 said</source>
        <translation>Noter ce que %1 a dit</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; press to change it</source>
        <translation>%1&#xa0;; appuyez pour la changer</translation>
    </message>
    <message>
        <source>Language not recorded — set</source>
        <translation>Langue non renseignée — indiquer</translation>
    </message>
    <message>
        <source>Press to record the language the customer prefers</source>
        <translation>Appuyez pour noter la langue que le client préfère</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No channel preference recorded</source>
        <translation>Aucun moyen de contact préféré</translation>
    </message>
    <message>
        <source>Type the little thing first, e.g. “Receipt: always”.</source>
        <translation>Tapez d&apos;abord la petite habitude, ex. «&#xa0;Ticket&#xa0;: toujours&#xa0;».</translation>
    </message>
    <message>
        <source>Little thing removed</source>
        <translation>Petite habitude retirée</translation>
    </message>
    <message>
        <source>correction (undo)</source>
        <translation>correction (annulation)</translation>
    </message>
    <message>
        <source>Consent for %1 recorded</source>
        <translation>Accord pour %1 noté</translation>
    </message>
    <message>
        <source>%1 — recorded by %2, %3 (%4). Every change is in the history.</source>
        <translation>%1 — noté par %2, %3 (%4). Chaque changement est dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Promesse tenue</translation>
    </message>
    <message>
        <source>Promise cancelled</source>
        <translation>Promesse annulée</translation>
    </message>
    <message>
        <source>Follow-up recorded: %1</source>
        <translation>Suivi noté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marked as told</source>
        <translation>Marqué comme dit au client</translation>
    </message>
    <message>
        <source>Promise recorded</source>
        <translation>Promesse enregistrée</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Escalate to the manager</source>
        <translation>Signaler au responsable</translation>
    </message>
    <message>
        <source>Sent to the manager</source>
        <translation>Transmis au responsable</translation>
    </message>
    <message>
        <source>Withdraw this remark</source>
        <translation>Retirer cette remarque</translation>
    </message>
    <message>
        <source>Remark withdrawn</source>
        <translation>Remarque retirée</translation>
    </message>
    <message>
        <source>Remark corrected</source>
        <translation>Remarque corrigée</translation>
    </message>
</context>
<context>
    <name>CustomerListMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Doublons &amp;possibles…</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 fusionné avec %2</translation>
    </message>
</context>
<context>
    <name>CustomerRecord</name>
    <message>
        <source>Phones</source>
        <extracomment>The lists of the record, in the order the document shows them (titled by ``_section_titles``). The customer&apos;s own facts at the top of the document.</extracomment>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Loyalty cards</source>
        <translation>Cartes de fidélité</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Petites habitudes</translation>
    </message>
    <message>
        <source>Consent, every change</source>
        <translation>Accords, tous les changements</translation>
    </message>
    <message>
        <source>What they told us</source>
        <translation>Ce qu&apos;il nous a dit</translation>
    </message>
    <message>
        <source>Escalations and outcomes</source>
        <translation>Signalements et suites données</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Prononciation du nom</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Preferred way to be contacted</source>
        <translation>Moyen de contact préféré</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Do not contact until</source>
        <translation>Ne pas contacter jusqu&apos;au</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>As given</source>
        <translation>Tel que donné</translation>
    </message>
    <message>
        <source>International form</source>
        <translation>Format international</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Noté par</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Noté le</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Comment il a été donné</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Réglé le</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Client informé le</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promis par</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promis le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos le</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What %1 holds about this customer (customer %2).</source>
        <translation>Ce que %1 détient sur ce client (client n° %2).</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Which words a stored value is worded with, by (section, field).</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>DatabaseWorker</name>
    <message>
        <source>Something went wrong talking to the database; nothing you typed was lost. Details are in the log.</source>
        <extracomment>A failure nobody handled: the main window shows it in its message bar.</extracomment>
        <translation>Un problème est survenu avec la base de données&#xa0;; rien de ce que vous avez tapé n&apos;est perdu. Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>How to say it</source>
        <translation>Prononciation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Moyen de contact préféré</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Petites habitudes</translation>
    </message>
    <message>
        <source>Consent (%1)</source>
        <translation>Accord (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Pairs of customers who may be one person, the likeliest first; Up and Down pick a pair to compare.</source>
        <translation>Paires de clients qui sont peut-être la même personne, les plus probables d&apos;abord&#xa0;; les flèches haut et bas choisissent une paire à comparer.</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Pourquoi ils se ressemblent</translation>
    </message>
    <message>
        <source>The two customers side by side</source>
        <translation>Les deux clients côte à côte</translation>
    </message>
    <message>
        <source>Where the two differ, pick the value to keep; the customer on the left is kept and the one on the right merged into it.</source>
        <translation>Là où ils diffèrent, choisissez la valeur à garder&#xa0;; le client de gauche est conservé et celui de droite est fusionné avec lui.</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <source>Swaps the two, so the customer on the right is the one kept.</source>
        <translation>Inverse les deux&#xa0;: le client de droite devient celui qui est conservé.</translation>
    </message>
    <message>
        <source>Merge into the one on the left</source>
        <translation>Fusionner avec celui de gauche</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merges the customer on the right into the one on the left, with the values picked; Undo last merge takes it back.</source>
        <translation>Fusionne le client de droite avec celui de gauche, avec les valeurs choisies&#xa0;; «&#xa0;Annuler la fusion&#xa0;» revient en arrière.</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Splits the two customers of the last merge apart again, each with what was theirs.</source>
        <translation>Sépare à nouveau les deux clients de la dernière fusion, chacun avec ce qui était à lui.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1  ↔  %2
%3</source>
        <translation>%1  ↔  %2
%3</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keeps: %1 (#%2)</source>
        <translation>Conservé&#xa0;: %1 (n° %2)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Merged in: %1 (#%2)</source>
        <translation>Fusionné&#xa0;: %1 (n° %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Keep %1: %2</source>
        <translation>Garder %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The merged customer keeps the value of the one on the left.</source>
        <translation>Le client fusionné garde la valeur de celui de gauche.</translation>
    </message>
    <message>
        <source>The merged customer keeps the value of the one on the right.</source>
        <translation>Le client fusionné garde la valeur de celui de droite.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 fusionné avec %2.</translation>
    </message>
    <message>
        <source>The merge of %1 into %2 was undone.</source>
        <translation>La fusion de %1 avec %2 a été annulée.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>&lt;p&gt;Erase &lt;b&gt;%1&lt;/b&gt; on their request?&lt;/p&gt;&lt;p&gt;Their name, phones, emails, cards, little things, consent and everything they told us are removed for good. What stays is anonymous: that remarks and escalations happened, their kinds, dates and outcomes.&lt;/p&gt;&lt;p&gt;This cannot be undone. Type the customer&apos;s name to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Effacer &lt;b&gt;%1&lt;/b&gt; à sa demande&#xa0;?&lt;/p&gt;&lt;p&gt;Son nom, ses téléphones, e-mails, cartes, petites habitudes, accords et tout ce qu&apos;il nous a dit sont supprimés définitivement. Ce qui reste est anonyme&#xa0;: le fait que des remarques et des signalements ont eu lieu, leurs types, leurs dates et les suites données.&lt;/p&gt;&lt;p&gt;C&apos;est irréversible. Tapez le nom du client pour confirmer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase for ever</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erases the customer&apos;s personal data; it cannot be undone. Enabled once the name is typed.</source>
        <translation>Efface les données personnelles du client&#xa0;; c&apos;est irréversible. Disponible une fois le nom tapé.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes this window and erases nothing (Esc).</source>
        <translation>Ferme cette fenêtre sans rien effacer (Échap).</translation>
    </message>
    <message>
        <source>Close and erase nothing (Esc)</source>
        <translation>Fermer sans rien effacer (Échap)</translation>
    </message>
    <message>
        <source>Relate — Erase a customer</source>
        <translation>Relate — Effacer un client</translation>
    </message>
    <message>
        <source>Type the customer&apos;s full name exactly as on the card; only then can they be erased</source>
        <translation>Tapez le nom complet du client exactement comme sur la fiche&#xa0;; alors seulement il peut être effacé</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm</source>
        <translation>Tapez le nom du client pour confirmer</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name exactly as shown; the Erase for ever button then becomes available.</source>
        <translation>Tapez le nom du client exactement comme affiché&#xa0;; le bouton «&#xa0;Effacer définitivement&#xa0;» devient alors disponible.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <extracomment>The formats ``services.export`` writes, in the order offered; the dialog words them. What can be exported, in the order offered.</extracomment>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>Choose the customers, the remarks, the escalations or the audit trail.</source>
        <translation>Choisissez les clients, les remarques, les signalements ou le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Excel-friendly CSV (UTF-8 with BOM)</source>
        <translation>CSV pour Excel (UTF-8 avec BOM)</translation>
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
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Choose the kind of file: CSV for a spreadsheet, JSON for another program.</source>
        <translation>Choisissez le type de fichier&#xa0;: CSV pour un tableur, JSON pour un autre programme.</translation>
    </message>
    <message>
        <source>Include little things marked sensitive (a full export, which Relate can import again without loss)</source>
        <translation>Inclure les petites habitudes sensibles (export complet, que Relate peut réimporter sans perte)</translation>
    </message>
    <message>
        <source>Include sensitive little things</source>
        <translation>Inclure les petites habitudes sensibles</translation>
    </message>
    <message>
        <source>When ticked, little things marked sensitive are exported too.</source>
        <translation>Si coché, les petites habitudes sensibles sont aussi exportées.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
    <message>
        <source>Asks where to save the file, then writes it (Enter).</source>
        <translation>Demande où enregistrer le fichier, puis l&apos;écrit (Entrée).</translation>
    </message>
    <message>
        <source>Choose where to save the file (Enter)</source>
        <translation>Choisir où enregistrer le fichier (Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes this window without exporting (Esc).</source>
        <translation>Ferme cette fenêtre sans exporter (Échap).</translation>
    </message>
    <message>
        <source>Close without exporting (Esc)</source>
        <translation>Fermer sans exporter (Échap)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Start</source>
        <extracomment>The sample shop&apos;s name as the tools and tests create it; the dialog stores it translated.</extracomment>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Creates the shop with you as its first manager (Enter).</source>
        <translation>Crée le magasin avec vous comme premier responsable (Entrée).</translation>
    </message>
    <message>
        <source>Create the shop with you as its first manager (Enter)</source>
        <translation>Créer le magasin avec vous comme premier responsable (Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes Relate without creating anything (Esc).</source>
        <translation>Ferme Relate sans rien créer (Échap).</translation>
    </message>
    <message>
        <source>Close Relate without creating anything (Esc)</source>
        <translation>Fermer Relate sans rien créer (Échap)</translation>
    </message>
    <message>
        <source>Sample shop (demo data)</source>
        <translation>Magasin d&apos;exemple (données de démonstration)</translation>
    </message>
    <message>
        <source>Type your name: you will be the shop&apos;s first manager.</source>
        <translation>Tapez votre nom&#xa0;: vous serez le premier responsable du magasin.</translation>
    </message>
    <message>
        <source>Choose a PIN (4–12 digits): you will type it to sign in.</source>
        <translation>Choisissez un code PIN (4 à 12 chiffres)&#xa0;: vous le taperez pour vous connecter.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN sont différents. Tapez deux fois le même code.</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name.</source>
        <translation>Tapez le nom du magasin.</translation>
    </message>
    <message>
        <source>Preparing the sample shop…</source>
        <translation>Préparation du magasin d&apos;exemple…</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Mise en place…</translation>
    </message>
    <message>
        <source>Relate — Welcome</source>
        <translation>Relate — Bienvenue</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Relate&lt;/h2&gt;&lt;p&gt;A few details and you are at the counter.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Relate&lt;/h2&gt;&lt;p&gt;Quelques informations et vous êtes au comptoir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Who is working? (your name)</source>
        <translation>&amp;Qui travaille&#xa0;? (votre nom)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Type your name: you become the shop&apos;s first manager.</source>
        <translation>Tapez votre nom&#xa0;: vous devenez le premier responsable du magasin.</translation>
    </message>
    <message>
        <source>Your &amp;PIN (4–12 digits)</source>
        <translation>Votre code P&amp;IN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Votre code PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits, or a passphrase; you type it to sign in.</source>
        <translation>Choisissez un code PIN de 4 à 12 chiffres, ou une phrase secrète&#xa0;; vous le taperez pour vous connecter.</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>Re&amp;taper le code PIN</translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <translation>Votre code PIN, une seconde fois</translation>
    </message>
    <message>
        <source>Type the same PIN again, to be sure of it.</source>
        <translation>Retapez le même code PIN, pour être sûr.</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;Nom du magasin</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <source>The shop&apos;s name, as staff and customers know it.</source>
        <translation>Le nom du magasin, tel que le personnel et les clients le connaissent.</translation>
    </message>
    <message>
        <source>&amp;Country (for phone numbers)</source>
        <translation>&amp;Pays (pour les numéros de téléphone)</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation>Pays des numéros de téléphone</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code; type a letter to jump.</source>
        <translation>Le pays des numéros de téléphone écrits sans indicatif&#xa0;; tapez une lettre pour y aller directement.</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>e.g. GBP, EUR, USD (the country&apos;s own if left empty)</source>
        <translation>ex. EUR, CHF, CAD (celle du pays si vide)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Three letters such as GBP or EUR; left empty, the country&apos;s own currency.</source>
        <translation>Trois lettres, comme EUR ou CHF&#xa0;; si vide, la devise du pays.</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop — a few hundred made-up customers to try things on (clearly marked as demo data)</source>
        <translation>Ouvrir le magasin d&apos;&amp;exemple — quelques centaines de clients fictifs pour essayer (clairement marqués comme données de démonstration)</translation>
    </message>
    <message>
        <source>Open the sample shop</source>
        <translation>Ouvrir le magasin d&apos;exemple</translation>
    </message>
    <message>
        <source>Starts with a few hundred made-up customers to try things on, clearly marked as demo data (Alt+S).</source>
        <translation>Démarre avec quelques centaines de clients fictifs pour essayer, clairement marqués comme données de démonstration (Alt+E).</translation>
    </message>
    <message>
        <source>A few hundred made-up customers to try things on (Alt+S)</source>
        <translation>Quelques centaines de clients fictifs pour essayer (Alt+E)</translation>
    </message>
    <message>
        <source>Start &amp;empty — my own shop</source>
        <translation>Commencer &amp;vide — mon propre magasin</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer vide</translation>
    </message>
    <message>
        <source>Starts your own shop with no customers yet (Alt+E).</source>
        <translation>Démarre votre propre magasin, encore sans clients (Alt+V).</translation>
    </message>
    <message>
        <source>Your own shop, with no customers yet (Alt+E)</source>
        <translation>Votre propre magasin, encore sans clients (Alt+V)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <extracomment>The preview&apos;s columns: what Relate reads from each row (worded in ``_preview_headings``).</extracomment>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Bring in the customer list the shop already has: a customer export from Shopify, Square or Lightspeed, a vCard file from a phone or address book, any CSV file, or Relate&apos;s own export. Importing the same file again updates, never doubles.</source>
        <translation>Reprenez la liste de clients que le magasin a déjà&#xa0;: un export clients de Shopify, Square ou Lightspeed, un fichier vCard d&apos;un téléphone ou d&apos;un carnet d&apos;adresses, n&apos;importe quel fichier CSV, ou un export de Relate. Réimporter le même fichier met à jour, sans jamais créer de doublons.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Type or paste the path of the customer list; Enter reads it.</source>
        <translation>Tapez ou collez le chemin de la liste de clients&#xa0;; Entrée la lit.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Opens a window to pick the customer list.</source>
        <translation>Ouvre une fenêtre pour choisir la liste de clients.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>recognise it</source>
        <translation>reconnaître automatiquement</translation>
    </message>
    <message>
        <source>any CSV file</source>
        <translation>n&apos;importe quel fichier CSV</translation>
    </message>
    <message>
        <source>Relate&apos;s own export</source>
        <translation>export de Relate</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Which program the file comes from; “recognise it” lets Relate tell from its columns.</source>
        <translation>De quel programme vient le fichier&#xa0;; «&#xa0;reconnaître automatiquement&#xa0;» laisse Relate le deviner d&apos;après ses colonnes.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Country for numbers without one</source>
        <translation>Pays des numéros sans indicatif</translation>
    </message>
    <message>
        <source>Two letters, such as GB or IE: the country of phone numbers written without one. Empty: the shop&apos;s own.</source>
        <translation>Deux lettres, comme FR ou BE&#xa0;: le pays des numéros de téléphone écrits sans indicatif. Vide&#xa0;: celui du magasin.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next: read the file</source>
        <translation>Suivant&#xa0;: lire le fichier</translation>
    </message>
    <message>
        <source>Reads the file and shows how its columns will be imported (Enter).</source>
        <translation>Lit le fichier et montre comment ses colonnes seront importées (Entrée).</translation>
    </message>
    <message>
        <source>Read the file and show how it will be imported (Enter)</source>
        <translation>Lire le fichier et montrer comment il sera importé (Entrée)</translation>
    </message>
    <message>
        <source>Choose the customer list</source>
        <translation>Choisir la liste de clients</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Listes de clients (*.csv *.txt *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>The file&apos;s columns</source>
        <translation>Les colonnes du fichier</translation>
    </message>
    <message>
        <source>Each column of the file and what Relate reads it as; change a row&apos;s choice to read the column differently.</source>
        <translation>Chaque colonne du fichier et comment Relate la lit&#xa0;; changez le choix d&apos;une ligne pour lire la colonne autrement.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored; the last column says what needs a look.</source>
        <translation>Les premières lignes du fichier telles qu&apos;elles seront enregistrées&#xa0;; la dernière colonne indique ce qui est à vérifier.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the file</source>
        <translation>Retour au fichier</translation>
    </message>
    <message>
        <source>Returns to choosing the file and its format.</source>
        <translation>Revient au choix du fichier et de son format.</translation>
    </message>
    <message>
        <source>Only check (save nothing)</source>
        <translation>Vérifier seulement (ne rien enregistrer)</translation>
    </message>
    <message>
        <source>Only check</source>
        <translation>Vérifier seulement</translation>
    </message>
    <message>
        <source>When ticked, the import reads every row and reports, but saves nothing.</source>
        <translation>Si coché, l&apos;import lit toutes les lignes et fait son rapport, mais n&apos;enregistre rien.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the customers</source>
        <translation>Importer les clients</translation>
    </message>
    <message>
        <source>Starts the import; a progress bar follows and the counter keeps working.</source>
        <translation>Lance l&apos;import&#xa0;; une barre de progression suit et le comptoir continue de fonctionner.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Note et mots-clés</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>vCard file %1</source>
        <translation>Fichier vCard %1</translation>
    </message>
    <message>
        <source>CSV file %1</source>
        <translation>Fichier CSV %1</translation>
    </message>
    <message>
        <source>Relate export %1</source>
        <translation>Export Relate %1</translation>
    </message>
    <message>
        <source>%1 export %2</source>
        <comment>a program&apos;s name, then the file&apos;s</comment>
        <translation>Export %1 %2</translation>
    </message>
    <message>
        <source>their number in the other program</source>
        <translation>son numéro dans l&apos;autre programme</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>surnom</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation>carte de fidélité</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>anniversaire</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>anniversaire de mariage</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>how to say the name</source>
        <translation>prononciation du nom</translation>
    </message>
    <message>
        <source>a little thing</source>
        <translation>une petite habitude</translation>
    </message>
    <message>
        <source>consent: email</source>
        <translation>accord&#xa0;: e-mail</translation>
    </message>
    <message>
        <source>consent: SMS</source>
        <translation>accord&#xa0;: SMS</translation>
    </message>
    <message>
        <source>consent: phone calls</source>
        <translation>accord&#xa0;: appels</translation>
    </message>
    <message>
        <source>consent: post</source>
        <translation>accord&#xa0;: courrier</translation>
    </message>
    <message>
        <source>no email (opted out)</source>
        <translation>pas d&apos;e-mail (désinscrit)</translation>
    </message>
    <message>
        <source>amount spent</source>
        <translation>montant dépensé</translation>
    </message>
    <message>
        <source>number of visits</source>
        <translation>nombre de visites</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>première visite</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation>dernière visite</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Windows code page 1252</source>
        <translation>Windows page de code 1252</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) would be created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>%n client serait créé, %1 mis à jour, %2 déjà à jour.</numerusform>
            <numerusform>%n clients seraient créés, %1 mis à jour, %2 déjà à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>%n client créé, %1 mis à jour, %2 déjà à jour.</numerusform>
            <numerusform>%n clients créés, %1 mis à jour, %2 déjà à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n ligne non importée.</numerusform>
            <numerusform>%n lignes non importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported with something left out.</source>
        <translation>
            <numerusform>%n ligne importée en partie.</numerusform>
            <numerusform>%n lignes importées en partie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne vide ignorée.</numerusform>
            <numerusform>%n lignes vides ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a check: nothing was saved.</source>
        <translation>Simple vérification&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cancelled: everything up to %1 is saved; run the same import again to finish it (nothing is doubled).</source>
        <translation>Annulé&#xa0;: tout jusqu&apos;à %1 est enregistré&#xa0;; relancez le même import pour le terminer (rien n&apos;est importé deux fois).</translation>
    </message>
    <message>
        <source>Cancelled before anything was saved.</source>
        <translation>Annulé avant tout enregistrement.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>carte %1</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Recognised as: %1 (%2, %3). The first rows below are shown as they will be stored.</source>
        <comment>file, its encoding, its separator</comment>
        <translation>Reconnu comme&#xa0;: %1 (%2, %3). Les premières lignes ci-dessous sont affichées telles qu&apos;elles seront enregistrées.</translation>
    </message>
    <message>
        <source>Recognised as: %1 (%2). The first rows below are shown as they will be stored.</source>
        <comment>file, its encoding</comment>
        <translation>Reconnu comme&#xa0;: %1 (%2). Les premières lignes ci-dessous sont affichées telles qu&apos;elles seront enregistrées.</translation>
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation>Lire «&#xa0;%1&#xa0;» comme</translation>
    </message>
    <message>
        <source>What Relate reads this column as; “(not imported)” leaves it out.</source>
        <translation>Comment Relate lit cette colonne&#xa0;; «&#xa0;(non importée)&#xa0;» la laisse de côté.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Stops after the batch being stored; what was stored stays, and importing the file again finishes it.</source>
        <translation>S&apos;arrête après le lot en cours d&apos;enregistrement&#xa0;; ce qui est enregistré reste, et réimporter le fichier termine le travail.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 to look at</source>
        <translation>%1 lignes lues&#xa0;: %2 nouvelles, %3 mises à jour, %4 à vérifier</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Arrêt après ce lot…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>One line for each row that was not imported or had something left out; read only.</source>
        <translation>Une ligne pour chaque ligne non importée ou importée en partie&#xa0;; en lecture seule.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the import window.</source>
        <translation>Ferme la fenêtre d&apos;import.</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Toutes les lignes ont été importées.</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>Rapport enregistré sous %1</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>LittleThingsPanel</name>
    <message>
        <source>+ little thing: the what, not the why</source>
        <translation>+ petite habitude&#xa0;: le quoi, pas le pourquoi</translation>
    </message>
    <message>
        <source>Add a little thing</source>
        <translation>Ajouter une petite habitude</translation>
    </message>
    <message>
        <source>Type what the customer prefers, e.g. “Receipt: always”, and press Enter to add it</source>
        <translation>Tapez ce que le client préfère, ex. «&#xa0;Ticket&#xa0;: toujours&#xa0;», et appuyez sur Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>Add a little thing to the card (Enter)</source>
        <translation>Ajouter une petite habitude à la fiche (Entrée)</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message>
        <source>Shown on the card only: masked in lists, left out of exports</source>
        <translation>Affichée seulement sur la fiche&#xa0;: masquée dans les listes, exclue des exports</translation>
    </message>
    <message>
        <source>Sensitive little thing</source>
        <translation>Petite habitude sensible</translation>
    </message>
    <message>
        <source>Check before adding: the little thing is shown on the card only, masked in lists and left out of exports</source>
        <translation>Cochez avant d&apos;ajouter&#xa0;: la petite habitude n&apos;est affichée que sur la fiche, masquée dans les listes et exclue des exports</translation>
    </message>
</context>
<context>
    <name>LookupController</name>
    <message numerus="yes">
        <source>%n customers have this number: ↑ ↓ to choose, Enter to open</source>
        <extracomment>Coalesces a burst of keys into one search; kept short because the card-scanner filter already holds typed keys back a moment (gui/scanner.py) and the newest text always wins.</extracomment>
        <translation>
            <numerusform>%n client a ce numéro&#xa0;: ↑ ↓ pour choisir, Entrée pour ouvrir</numerusform>
            <numerusform>%n clients ont ce numéro&#xa0;: ↑ ↓ pour choisir, Entrée pour ouvrir</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1…</source>
        <translation>Carte %1…</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open</source>
        <translation>↑ ↓ pour choisir, Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Press Enter to add a new customer with it filled in.</source>
        <translation>Rien trouvé pour «&#xa0;%1&#xa0;». Appuyez sur Entrée pour créer un nouveau client avec ces informations.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in: %1</source>
        <extracomment>How often another PC&apos;s changes are looked for (a cheap, indexed query).</extracomment>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Type a phone number, the last digits, a name, an email or scan a card. Enter opens the customer; nothing found, Enter adds them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Tapez un numéro de téléphone, ses derniers chiffres, un nom, un e-mail, ou scannez une carte. Entrée ouvre le client&#xa0;; si rien n&apos;est trouvé, Entrée le crée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Language, theme, &amp;shop server and backups…</source>
        <translation>Langue, thème, &amp;serveur du magasin et sauvegardes…</translation>
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
        <translation>File</translation>
    </message>
    <message>
        <source>Manager&apos;s queue</source>
        <translation>File du responsable</translation>
    </message>
    <message numerus="yes">
        <source>Queue · %n urgent</source>
        <translation>
            <numerusform>File · %n urgent</numerusform>
            <numerusform>File · %n urgents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manager&apos;s queue, %n urgent</source>
        <translation>
            <numerusform>File du responsable, %n urgent</numerusform>
            <numerusform>File du responsable, %n urgents</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: %1 — %2 (raised by %3)</source>
        <translation>Urgent&#xa0;: %1 — %2 (signalé par %3)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>client de passage</translation>
    </message>
    <message>
        <source>Relate — urgent escalation</source>
        <translation>Relate — signalement urgent</translation>
    </message>
    <message>
        <source>%1 resolved the escalation you raised about %2 (“%3”): %4. %5</source>
        <translation>%1 a réglé le signalement que vous aviez fait pour %2 («&#xa0;%3&#xa0;»)&#xa0;: %4. %5</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>un client de passage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Relate</source>
        <translation>À &amp;propos de Relate</translation>
    </message>
    <message>
        <source>Phone, last 4 digits, name, email or card — Ctrl+F</source>
        <translation>Téléphone, 4 derniers chiffres, nom, e-mail ou carte — Ctrl+F</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Find a customer (Ctrl+F; Esc also comes back here)</source>
        <translation>Trouver un client (Ctrl+F&#xa0;; Échap revient aussi ici)</translation>
    </message>
    <message>
        <source>Type a phone number, its last digits, any word of the name, an email or a card number; Up and Down pick, Enter opens, Ctrl+F comes back here</source>
        <translation>Tapez un numéro de téléphone, ses derniers chiffres, un mot du nom, un e-mail ou un numéro de carte&#xa0;; les flèches haut et bas choisissent, Entrée ouvre, Ctrl+F revient ici</translation>
    </message>
    <message>
        <source>Starts a new customer&apos;s card with what was typed in the search box filled in (Ctrl+N)</source>
        <translation>Crée une nouvelle fiche client, pré-remplie avec ce qui a été tapé dans la recherche (Ctrl+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>Nouveau client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opens the manager&apos;s queue of escalations; the button says how many are urgent (Ctrl+M)</source>
        <translation>Ouvre la file des signalements du responsable&#xa0;; le bouton indique combien sont urgents (Ctrl+M)</translation>
    </message>
    <message>
        <source>The manager&apos;s queue of escalations (Ctrl+M)</source>
        <translation>La file des signalements du responsable (Ctrl+M)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>SAMPLE SHOP — demo data, not real customers. Start your own shop from an empty data folder.</source>
        <translation>MAGASIN D&apos;EXEMPLE — données de démonstration, pas de vrais clients. Démarrez votre propre magasin avec un dossier de données vide.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Opens the card of the customer the notification is about and dismisses it</source>
        <translation>Ouvre la fiche du client concerné par la notification et ferme celle-ci</translation>
    </message>
    <message>
        <source>Open the customer&apos;s card</source>
        <translation>Ouvrir la fiche du client</translation>
    </message>
    <message>
        <source>Open the card of the customer this is about</source>
        <translation>Ouvrir la fiche du client concerné</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Marks the notification as read and shows the next one, if any</source>
        <translation>Marque la notification comme lue et affiche la suivante, s&apos;il y en a une</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Fermer la notification</translation>
    </message>
    <message>
        <source>Dismiss this notification</source>
        <translation>Fermer cette notification</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Customers matching what was typed; Up and Down in the search box pick one, Enter opens the card</source>
        <translation>Les clients qui correspondent à la recherche&#xa0;; les flèches haut et bas dans la recherche en choisissent un, Entrée ouvre la fiche</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Takes back what the message beside it says was just done (Ctrl+Z)</source>
        <translation>Annule ce que le message à côté dit qui vient d&apos;être fait (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Annuler la dernière action</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ctrl+F find · Ctrl+N new · Ctrl+P promise · Ctrl+M queue · Esc back to search · F1 all keys</source>
        <translation>Ctrl+F chercher · Ctrl+N nouveau · Ctrl+P promesse · Ctrl+M file · Échap retour à la recherche · F1 tous les raccourcis</translation>
    </message>
</context>
<context>
    <name>ManagerQueuePanel</name>
    <message>
        <source>Open escalations on the left, the selected one and its actions on the right. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.</source>
        <translation>Les signalements en cours à gauche, celui sélectionné et ses actions à droite. Ctrl+T le prend en charge, Ctrl+Entrée le règle, Échap ferme la file.</translation>
    </message>
    <message>
        <source>Relate — Manager queue</source>
        <translation>Relate — File du responsable</translation>
    </message>
    <message>
        <source>Manager queue</source>
        <translation>File du responsable</translation>
    </message>
    <message>
        <source>How many escalations are open, how many are urgent and how many are past their target time.</source>
        <translation>Combien de signalements sont en cours, combien sont urgents et combien ont dépassé leur délai.</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Résumé de la file</translation>
    </message>
    <message>
        <source>Up and Down pick an escalation; its age says in words when it is overdue or due soon. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.</source>
        <translation>Les flèches haut et bas choisissent un signalement&#xa0;; son ancienneté indique en toutes lettres s&apos;il est en retard ou bientôt à échéance. Ctrl+T le prend en charge, Ctrl+Entrée le règle, Échap ferme la file.</translation>
    </message>
    <message>
        <source>Open escalations, urgent and oldest first</source>
        <translation>Signalements en cours, urgents et plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Ce que le client a dit</translation>
    </message>
    <message>
        <source>The customer in short</source>
        <translation>Le client en bref</translation>
    </message>
    <message>
        <source>Shows this customer&apos;s card in the counter window.</source>
        <translation>Affiche la fiche de ce client dans la fenêtre du comptoir.</translation>
    </message>
    <message>
        <source>Open the customer&apos;s card</source>
        <translation>Ouvrir la fiche du client</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The notes added to this escalation, with who wrote them and when.</source>
        <translation>Les notes ajoutées à ce signalement, avec leur auteur et leur date.</translation>
    </message>
    <message>
        <source>Add a note to this escalation (Enter)</source>
        <translation>Ajouter une note à ce signalement (Entrée)</translation>
    </message>
    <message>
        <source>Type a note for this escalation and press Enter to add it.</source>
        <translation>Tapez une note pour ce signalement et appuyez sur Entrée pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Add a note, Enter</source>
        <translation>Ajouter une note, Entrée</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Take ownership of the selected escalation (Ctrl+T)</source>
        <translation>Prendre en charge le signalement sélectionné (Ctrl+T)</translation>
    </message>
    <message>
        <source>Makes you the owner of the selected escalation (Ctrl+T).</source>
        <translation>Vous confie le signalement sélectionné (Ctrl+T).</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Take ownership (Ctrl+T)</source>
        <translation>Prendre en charge (Ctrl+T)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Régler</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Suite &amp;donnée</translation>
    </message>
    <message>
        <source>What the shop did for the customer (Alt+O)</source>
        <translation>Ce que le magasin a fait pour le client (Alt+D)</translation>
    </message>
    <message>
        <source>What the shop did for the customer (Alt+O).</source>
        <translation>Ce que le magasin a fait pour le client (Alt+D).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>Ce qui a été &amp;fait</translation>
    </message>
    <message>
        <source>What was done; Enter resolves (Alt+D)</source>
        <translation>Ce qui a été fait&#xa0;; Entrée règle le signalement (Alt+F)</translation>
    </message>
    <message>
        <source>What was done, in a few words; Enter resolves the escalation (Alt+D).</source>
        <translation>Ce qui a été fait, en quelques mots&#xa0;; Entrée règle le signalement (Alt+F).</translation>
    </message>
    <message>
        <source>e.g. refund issued, called to apologise</source>
        <translation>ex. remboursement fait, appelé pour s&apos;excuser</translation>
    </message>
    <message>
        <source>Resolution note</source>
        <translation>Solution apportée</translation>
    </message>
    <message>
        <source>Records a promise to the customer together with the resolution.</source>
        <translation>Enregistre une promesse au client en même temps que le règlement.</translation>
    </message>
    <message>
        <source>Promise something to the customer</source>
        <translation>Promettre quelque chose au client</translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation>&amp;Promesse</translation>
    </message>
    <message>
        <source>A credit, a call back, an order set aside or a follow-up.</source>
        <translation>Un avoir, un rappel, une commande mise de côté ou un suivi.</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Type de promesse</translation>
    </message>
    <message>
        <source>The amount of money promised, if any; zero means no amount.</source>
        <translation>La somme promise, s&apos;il y en a une&#xa0;; zéro signifie sans montant.</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sans montant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>The day the promise is due; it is shown as overdue after that.</source>
        <translation>Le jour où la promesse doit être tenue&#xa0;; passé ce jour, elle apparaît en retard.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What is promised (Alt+P)</source>
        <translation>Ce qui est promis (Alt+P)</translation>
    </message>
    <message>
        <source>What is promised, in the words the customer will hear (Alt+P).</source>
        <translation>Ce qui est promis, avec les mots que le client entendra (Alt+P).</translation>
    </message>
    <message>
        <source>e.g. £20 credit on next visit</source>
        <translation>ex. avoir de 20 € au prochain passage</translation>
    </message>
    <message>
        <source>What is promised</source>
        <translation>Ce qui est promis</translation>
    </message>
    <message>
        <source>Schedules a call to check the customer is happy with the outcome (Alt+U).</source>
        <translation>Prévoit un appel pour vérifier que le client est satisfait de la suite donnée (Alt+S).</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation>Prévoir un &amp;suivi le</translation>
    </message>
    <message>
        <source>Schedule a call to check the customer is happy with the outcome (Alt+U)</source>
        <translation>Prévoir un appel pour vérifier que le client est satisfait de la suite donnée (Alt+S)</translation>
    </message>
    <message>
        <source>The day to call the customer back.</source>
        <translation>Le jour où rappeler le client.</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <source>Resolve the escalation (Ctrl+Enter)</source>
        <translation>Régler le signalement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Resolves the escalation with this outcome; the answer goes to the customer&apos;s card and to whoever raised it (Ctrl+Enter).</source>
        <translation>Règle le signalement avec cette suite&#xa0;; la réponse va sur la fiche du client et à la personne qui l&apos;a signalé (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>Régler (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ManagerQueueWindow</name>
    <message>
        <source>Only a manager can do this.</source>
        <translation>Seul un responsable peut faire cela.</translation>
    </message>
    <message>
        <source>%1 open · %2 urgent · %3 past their target time</source>
        <translation>%1 en cours · %2 urgents · %3 hors délai</translation>
    </message>
    <message>
        <source>Nothing waiting. Well done.</source>
        <translation>Rien en attente. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>raised by %1, %2</source>
        <translation>signalé par %1, %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>A walk-in (no customer on file)</source>
        <translation>Un client de passage (sans fiche)</translation>
    </message>
    <message>
        <source>🔒 (sensitive)</source>
        <translation>🔒 (sensible)</translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n promesse en cours</numerusform>
            <numerusform>%n promesses en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other open escalation(s)</source>
        <translation>
            <numerusform>%n autre signalement en cours</numerusform>
            <numerusform>%n autres signalements en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Un nouveau client doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>NewCustomerPanel</name>
    <message>
        <source>New customer — Enter creates the card, Esc goes back</source>
        <translation>Nouveau client — Entrée crée la fiche, Échap revient en arrière</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>The customer&apos;s name, as they like to be called (required); Enter creates the card, Esc goes back</source>
        <translation>Le nom du client, comme il aime être appelé (obligatoire)&#xa0;; Entrée crée la fiche, Échap revient en arrière</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>How to &amp;say it</source>
        <translation>&amp;Prononciation</translation>
    </message>
    <message>
        <source>Optional: how to say the name, e.g. SHIV-awn; Enter creates the card, Esc goes back</source>
        <translation>Facultatif&#xa0;: comment prononcer le nom, ex. CHI-vonne&#xa0;; Entrée crée la fiche, Échap revient en arrière</translation>
    </message>
    <message>
        <source>optional, e.g. SHIV-awn</source>
        <translation>facultatif, ex. CHI-vonne</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Prononciation du nom</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>A phone number in any format; Enter creates the card, Esc goes back</source>
        <translation>Un numéro de téléphone, dans n&apos;importe quel format&#xa0;; Entrée crée la fiche, Échap revient en arrière</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>An email address; Enter creates the card, Esc goes back</source>
        <translation>Une adresse e-mail&#xa0;; Entrée crée la fiche, Échap revient en arrière</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Loyalty &amp;card</source>
        <translation>&amp;Carte de fidélité</translation>
    </message>
    <message>
        <source>The loyalty card number, typed or scanned; Enter creates the card, Esc goes back</source>
        <translation>Le numéro de carte de fidélité, tapé ou scanné&#xa0;; Entrée crée la fiche, Échap revient en arrière</translation>
    </message>
    <message>
        <source>Loyalty card number</source>
        <translation>Numéro de carte de fidélité</translation>
    </message>
    <message>
        <source>Speaks (&amp;language)</source>
        <translation>&amp;Langue parlée</translation>
    </message>
    <message>
        <source>The language the customer prefers to speak: pick one or type any language; Enter creates the card, Esc goes back</source>
        <translation>La langue que le client préfère parler&#xa0;: choisissez-en une ou tapez n&apos;importe quelle langue&#xa0;; Entrée crée la fiche, Échap revient en arrière</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Goes back to the search box without creating a card (Esc)</source>
        <translation>Revient à la recherche sans créer de fiche (Échap)</translation>
    </message>
    <message>
        <source>Cancel the new customer</source>
        <translation>Annuler le nouveau client</translation>
    </message>
    <message>
        <source>Back without creating a card (Esc)</source>
        <translation>Retour sans créer de fiche (Échap)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Creates the customer&apos;s card and opens it, with the cursor in the remark editor (Enter)</source>
        <translation>Crée la fiche du client et l&apos;ouvre, le curseur dans la zone de remarque (Entrée)</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Créer la fiche</translation>
    </message>
    <message>
        <source>Create the customer&apos;s card (Enter)</source>
        <translation>Créer la fiche du client (Entrée)</translation>
    </message>
</context>
<context>
    <name>OpenMatters</name>
    <message>
        <source>Cancel</source>
        <extracomment>A button on a row: its text, what it does, its accessible name, its tooltip/description.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the promise “%1”</source>
        <translation>Annuler la promesse «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cancels “%1”; Undo in the message line takes it back.</source>
        <translation>Annule «&#xa0;%1&#xa0;»&#xa0;; Annuler, dans la ligne de message, revient en arrière.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Satisfied with “%1”</source>
        <translation>Satisfait de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>They are happy with how it was put right</source>
        <translation>Le client est content de la façon dont cela a été réparé</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Pas satisfait</translation>
    </message>
    <message>
        <source>Not satisfied with “%1”</source>
        <translation>Pas satisfait de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>They are still not happy</source>
        <translation>Le client n&apos;est toujours pas content</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mark “%1” as kept</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme tenue</translation>
    </message>
    <message>
        <source>Marks the promise as kept; Undo in the message line takes it back.</source>
        <translation>Marque la promesse comme tenue&#xa0;; Annuler, dans la ligne de message, revient en arrière.</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>C&apos;est dit</translation>
    </message>
    <message>
        <source>Told the customer about “%1”</source>
        <translation>Client informé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The customer has been told the outcome; the line goes away</source>
        <translation>Le client a été informé de la suite donnée&#xa0;; la ligne disparaît</translation>
    </message>
    <message>
        <source>, LATE — was due %1</source>
        <translation>, EN RETARD — prévue le %1</translation>
    </message>
    <message>
        <source>, due today</source>
        <translation>, pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, pour le %1</translation>
    </message>
    <message>
        <source>PROMISED</source>
        <translation>PROMIS</translation>
    </message>
    <message>
        <source>being handled by %1</source>
        <translation>pris en charge par %1</translation>
    </message>
    <message>
        <source>waiting for a manager</source>
        <translation>attend un responsable</translation>
    </message>
    <message>
        <source>URGENT · </source>
        <translation>URGENT · </translation>
    </message>
    <message>
        <source>WITH MANAGER</source>
        <translation>CHEZ LE RESPONSABLE</translation>
    </message>
    <message>
        <source>TELL THEM</source>
        <translation>À DIRE AU CLIENT</translation>
    </message>
    <message>
        <source>(about “%1”, %2 by %3)</source>
        <translation>(pour «&#xa0;%1&#xa0;», %2 par %3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days (%1)</source>
        <translation>
            <numerusform>dans %Ln jour (%1)</numerusform>
            <numerusform>dans %Ln jours (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln years</source>
        <translation>
            <numerusform> — %Ln an</numerusform>
            <numerusform> — %Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <source> — 1 year</source>
        <translation> — 1 an</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Priority</source>
        <extracomment>Rows read per trip to the database when they scroll into view (a few screens&apos; worth).</extracomment>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation>%1 — bientôt à échéance</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>client de passage</translation>
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
        <translation>(sans client particulier)</translation>
    </message>
    <message>
        <source>Log what they said</source>
        <translation>Noter ce que dit le client</translation>
    </message>
    <message>
        <source>Walk-in remark (no customer)</source>
        <translation>Remarque d&apos;un client de passage (sans fiche)</translation>
    </message>
    <message>
        <source>Conversation in %1</source>
        <translation>Langue de la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type what the customer said first, then press Enter.</source>
        <translation>Tapez d&apos;abord ce que le client a dit, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Kept on this PC: the shop server cannot be reached. It is sent by itself when the server is back (%1 waiting).</source>
        <translation>Gardé sur ce PC&#xa0;: le serveur du magasin est injoignable. L&apos;envoi se fera tout seul quand le serveur reviendra (%1 en attente).</translation>
    </message>
    <message>
        <source>Saved and sent to the manager</source>
        <translation>Enregistré et transmis au responsable</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone — the text is back in the editor</source>
        <translation>Annulé — le texte est revenu dans la zone de saisie</translation>
    </message>
</context>
<context>
    <name>RemarkEditorPanel</name>
    <message>
        <source>Log what they said</source>
        <translation>Noter ce que dit le client</translation>
    </message>
    <message>
        <source>Complaint, compliment, request, question, idea or note; Ctrl+1 to Ctrl+6 pick one from anywhere on the card</source>
        <translation>Réclamation, compliment, demande, question, idée ou note&#xa0;; Ctrl+1 à Ctrl+6 en choisissent un depuis n&apos;importe où sur la fiche</translation>
    </message>
    <message>
        <source>Kind of remark (Ctrl+1 … Ctrl+6)</source>
        <translation>Type de remarque (Ctrl+1 … Ctrl+6)</translation>
    </message>
    <message>
        <source>Kind of remark</source>
        <translation>Type de remarque</translation>
    </message>
    <message>
        <source>Where the customer said it: at the counter, on the phone, by email, in an online review or in person</source>
        <translation>Où le client l&apos;a dit&#xa0;: au comptoir, au téléphone, par e-mail, dans un avis en ligne ou en personne</translation>
    </message>
    <message>
        <source>Where the customer said it</source>
        <translation>Où le client l&apos;a dit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>The language the conversation was in (Ctrl+Shift+L: switch between the customer&apos;s language and the shop&apos;s, or pick another)</source>
        <translation>La langue de la conversation (Ctrl+Maj+L&#xa0;: passer de la langue du client à celle du magasin, ou en choisir une autre)</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Langue de la conversation</translation>
    </message>
    <message>
        <source>The language the conversation was in, saved with the remark; Ctrl+Shift+L switches it</source>
        <translation>La langue de la conversation, enregistrée avec la remarque&#xa0;; Ctrl+Maj+L la change</translation>
    </message>
    <message>
        <source>Optional words to find the remark by later, separated by commas</source>
        <translation>Mots facultatifs pour retrouver la remarque plus tard, séparés par des virgules</translation>
    </message>
    <message>
        <source>Tags for the remark, separated by commas</source>
        <translation>Mots-clés de la remarque, séparés par des virgules</translation>
    </message>
    <message>
        <source>tags, comma-separated</source>
        <translation>mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>For a compliment: the member of staff it is about; they see it when they next sign in</source>
        <translation>Pour un compliment&#xa0;: le membre du personnel concerné&#xa0;; il le verra à sa prochaine connexion</translation>
    </message>
    <message>
        <source>Who the compliment is about: it reaches them when they sign in</source>
        <translation>À qui s&apos;adresse le compliment&#xa0;: la personne le reçoit à sa connexion</translation>
    </message>
    <message>
        <source>Compliment about</source>
        <translation>Compliment pour</translation>
    </message>
    <message>
        <source>Save the remark (Enter) · new line (Shift+Enter) · escalate (Ctrl+Enter) · urgent (Ctrl+Shift+Enter)</source>
        <translation>Enregistrer la remarque (Entrée) · nouvelle ligne (Maj+Entrée) · signaler (Ctrl+Entrée) · urgent (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation>Qu&apos;a dit le client&#xa0;?</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Type what the customer said. Enter saves, Shift+Enter starts a new line, Ctrl+Enter saves and escalates to the manager, Ctrl+Shift+Enter escalates as urgent, Ctrl+Z takes back the remark just saved</source>
        <translation>Tapez ce que le client a dit. Entrée enregistre, Maj+Entrée passe à la ligne, Ctrl+Entrée enregistre et signale au responsable, Ctrl+Maj+Entrée signale en urgent, Ctrl+Z reprend la remarque qui vient d&apos;être enregistrée</translation>
    </message>
    <message>
        <source>Enter save · Shift+Enter new line · Ctrl+Enter escalate · Ctrl+Shift+Enter urgent · Ctrl+Z undo</source>
        <translation>Entrée enregistrer · Maj+Entrée nouvelle ligne · Ctrl+Entrée signaler · Ctrl+Maj+Entrée urgent · Ctrl+Z annuler</translation>
    </message>
    <message>
        <source>Remark status</source>
        <translation>État de la remarque</translation>
    </message>
    <message>
        <source>Takes back the remark just saved and puts its text back in the editor (Ctrl+Z)</source>
        <translation>Reprend la remarque qui vient d&apos;être enregistrée et remet son texte dans la zone de saisie (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the remark just saved</source>
        <translation>Annuler la remarque qui vient d&apos;être enregistrée</translation>
    </message>
    <message>
        <source>Take back the remark just saved (Ctrl+Z)</source>
        <translation>Reprendre la remarque qui vient d&apos;être enregistrée (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shop server&lt;/b&gt; (several PCs sharing one database). Leave the server empty to keep this PC&apos;s own database.</source>
        <translation>&lt;b&gt;Serveur du magasin&lt;/b&gt; (plusieurs PC partagent une même base de données). Laissez le serveur vide pour garder la base de données de ce PC.</translation>
    </message>
    <message>
        <source>e.g. backoffice or 192.168.1.10</source>
        <translation>ex. backoffice ou 192.168.1.10</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt; of this PC&apos;s own database</source>
        <translation>&lt;b&gt;Sauvegardes&lt;/b&gt; de la base de données de ce PC</translation>
    </message>
    <message>
        <source>the data folder&apos;s backups/</source>
        <translation>backups/ du dossier de données</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Garder les dernières</translation>
    </message>
    <message>
        <source>Same as this PC (%1)</source>
        <translation>Comme ce PC (%1)</translation>
    </message>
    <message>
        <source>Relate will use the new language after a restart.</source>
        <translation>Relate utilisera la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light or dark windows, or as this PC&apos;s desktop is</source>
        <translation>Fenêtres claires ou sombres, ou comme le bureau de ce PC</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Relate&apos;s windows on this PC; used after a restart</source>
        <translation>La langue des fenêtres de Relate sur ce PC&#xa0;; utilisée après un redémarrage</translation>
    </message>
    <message>
        <source>The shop server&apos;s name or address; leave it empty to keep this PC&apos;s own database</source>
        <translation>Le nom ou l&apos;adresse du serveur du magasin&#xa0;; laissez vide pour garder la base de données de ce PC</translation>
    </message>
    <message>
        <source>The shop server&apos;s PostgreSQL port, usually 5432</source>
        <translation>Le port PostgreSQL du serveur du magasin, en général 5432</translation>
    </message>
    <message>
        <source>The name of Relate&apos;s database on the server</source>
        <translation>Le nom de la base de données de Relate sur le serveur</translation>
    </message>
    <message>
        <source>The user name Relate signs in to the server with</source>
        <translation>Le nom d&apos;utilisateur avec lequel Relate se connecte au serveur</translation>
    </message>
    <message>
        <source>That user&apos;s password; it is stored on this PC and never shown again</source>
        <translation>Le mot de passe de cet utilisateur&#xa0;; il est gardé sur ce PC et n&apos;est plus jamais affiché</translation>
    </message>
    <message>
        <source>Tries the server with these details and says what is wrong, if anything</source>
        <translation>Essaie le serveur avec ces informations et indique ce qui ne va pas, le cas échéant</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>What the last connection test found</source>
        <translation>Ce qu&apos;a trouvé le dernier test de connexion</translation>
    </message>
    <message>
        <source>Where this PC writes its backups; empty means the data folder&apos;s backups folder</source>
        <translation>Où ce PC écrit ses sauvegardes&#xa0;; vide = le dossier backups du dossier de données</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Opens a folder picker for the backup folder</source>
        <translation>Ouvre une fenêtre pour choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source>How many backups of each kind this PC keeps; older ones are deleted</source>
        <translation>Combien de sauvegardes de chaque sorte ce PC conserve&#xa0;; les plus anciennes sont supprimées</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address first.</source>
        <translation>Tapez d&apos;abord le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address Relate understands.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de base de données que Relate comprend.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed on this PC; install Relate with its PostgreSQL extra.</source>
        <translation>Le pilote PostgreSQL n&apos;est pas installé sur ce PC&#xa0;; installez Relate avec son option PostgreSQL.</translation>
    </message>
    <message>
        <source>The shop server %2 cannot be reached. Is the back-office PC on, is PostgreSQL running there, and does its firewall let port %5 through?</source>
        <translation>Le serveur du magasin %2 est injoignable. Le PC du bureau est-il allumé, PostgreSQL y tourne-t-il, et son pare-feu laisse-t-il passer le port %5&#xa0;?</translation>
    </message>
    <message>
        <source>The server %2 does not let user &apos;%3&apos; in to &apos;%4&apos; from this PC. See the README (the shop server) for the setting on the server.</source>
        <translation>Le serveur %2 refuse l&apos;accès de l&apos;utilisateur «&#xa0;%3&#xa0;» à «&#xa0;%4&#xa0;» depuis ce PC. Voir le README (le serveur du magasin) pour le réglage à faire sur le serveur.</translation>
    </message>
    <message>
        <source>The server %2 turned down the user name or password for user &apos;%3&apos;. Check both (the password is case-sensitive).</source>
        <translation>Le serveur %2 a refusé le nom d&apos;utilisateur ou le mot de passe de l&apos;utilisateur «&#xa0;%3&#xa0;». Vérifiez les deux (le mot de passe distingue majuscules et minuscules).</translation>
    </message>
    <message>
        <source>The server %2 wants a password for user &apos;%3&apos;.</source>
        <translation>Le serveur %2 demande un mot de passe pour l&apos;utilisateur «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The server %2 is there, but has no database called &apos;%4&apos;. Create it on the server (see the README) or correct the name.</source>
        <translation>Le serveur %2 répond, mais n&apos;a pas de base de données nommée «&#xa0;%4&#xa0;». Créez-la sur le serveur (voir le README) ou corrigez le nom.</translation>
    </message>
    <message>
        <source>Connected to %1, but it was set up by a newer Relate. Install the newer Relate on this PC.</source>
        <translation>Connecté à %1, mais elle a été créée par une version plus récente de Relate. Installez cette version sur ce PC.</translation>
    </message>
    <message>
        <source>Connected to %1, but it is not a Relate database.</source>
        <translation>Connecté à %1, mais ce n&apos;est pas une base de données Relate.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: it is damaged or not a Relate database.</source>
        <translation>La base de données %1 est illisible&#xa0;: elle est endommagée ou ce n&apos;est pas une base Relate.</translation>
    </message>
    <message>
        <source>Connected to %1. It is empty: Relate sets it up on its first start.</source>
        <translation>Connecté à %1. Elle est vide&#xa0;: Relate la prépare à son premier démarrage.</translation>
    </message>
    <message>
        <source>Connected to %1. Relate can use this database.</source>
        <translation>Connecté à %1. Relate peut utiliser cette base de données.</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>Sample shop: the sample staff&apos;s PIN is %1.</source>
        <extracomment>Minutes without a key or a click before the window locks itself; a per-PC setting.</extracomment>
        <translation>Magasin d&apos;exemple&#xa0;: le code PIN du personnel d&apos;exemple est %1.</translation>
    </message>
    <message>
        <source>Offline: the shop server cannot be reached. Sign in as usual; what you type is kept on this PC and sent when the server is back.</source>
        <translation>Hors ligne&#xa0;: le serveur du magasin est injoignable. Connectez-vous comme d&apos;habitude&#xa0;; ce que vous tapez est gardé sur ce PC et envoyé quand le serveur reviendra.</translation>
    </message>
    <message>
        <source>Relate — Sign in</source>
        <translation>Relate — Connexion</translation>
    </message>
</context>
<context>
    <name>ShopInsightsPanel</name>
    <message>
        <source>Relate — What customers are saying</source>
        <translation>Relate — Ce que disent les clients</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>d&amp;u</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Digest as P&amp;DF…</source>
        <translation>Synthèse en P&amp;DF…</translation>
    </message>
    <message>
        <source>A period&apos;s remarks by kind and tag, escalations, promises kept and follow-ups; Esc closes the window.</source>
        <translation>Les remarques d&apos;une période par type et par mot-clé, les signalements, les promesses tenues et les suivis&#xa0;; Échap ferme la fenêtre.</translation>
    </message>
    <message>
        <source>What customers are saying</source>
        <translation>Ce que disent les clients</translation>
    </message>
    <message>
        <source>The period to count (Alt+P)</source>
        <translation>La période à compter (Alt+P)</translation>
    </message>
    <message>
        <source>This week, last week, this month, last month or days you choose (Alt+P).</source>
        <translation>Cette semaine, la semaine dernière, ce mois-ci, le mois dernier ou les jours de votre choix (Alt+P).</translation>
    </message>
    <message>
        <source>The first day of a custom period (Alt+F)</source>
        <translation>Le premier jour d&apos;une période personnalisée (Alt+U)</translation>
    </message>
    <message>
        <source>The first day of a custom period (Alt+F).</source>
        <translation>Le premier jour d&apos;une période personnalisée (Alt+U).</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>The last day of a custom period (Alt+O)</source>
        <translation>Le dernier jour d&apos;une période personnalisée (Alt+A)</translation>
    </message>
    <message>
        <source>The last day of a custom period (Alt+O).</source>
        <translation>Le dernier jour d&apos;une période personnalisée (Alt+A).</translation>
    </message>
    <message>
        <source>Saves a one-page digest of this period as a PDF for the weekly meeting (Alt+D).</source>
        <translation>Enregistre une synthèse d&apos;une page de cette période en PDF pour la réunion de la semaine (Alt+D).</translation>
    </message>
    <message>
        <source>Digest as PDF</source>
        <translation>Synthèse en PDF</translation>
    </message>
    <message>
        <source>A one-page digest of this period for the weekly meeting (Alt+D)</source>
        <translation>Une synthèse d&apos;une page de cette période pour la réunion de la semaine (Alt+D)</translation>
    </message>
    <message>
        <source>This period&apos;s figures as a CSV file for a spreadsheet (Alt+C)</source>
        <translation>Les chiffres de cette période en fichier CSV pour un tableur (Alt+C)</translation>
    </message>
    <message>
        <source>Saves this period&apos;s figures as a CSV file for a spreadsheet (Alt+C).</source>
        <translation>Enregistre les chiffres de cette période en fichier CSV pour un tableur (Alt+C).</translation>
    </message>
    <message>
        <source>Digest as CSV</source>
        <translation>Synthèse en CSV</translation>
    </message>
    <message>
        <source>Digest as &amp;CSV…</source>
        <translation>Synthèse en &amp;CSV…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What customers said, and how escalations and promises were handled; Ctrl+Tab changes tab.</source>
        <translation>Ce que les clients ont dit, et comment les signalements et les promesses ont été traités&#xa0;; Ctrl+Tab change d&apos;onglet.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Ce qu&apos;ils ont dit</translation>
    </message>
    <message>
        <source>By &amp;kind — pick one to read what was said</source>
        <translation>Par &amp;type — choisissez-en un pour lire ce qui a été dit</translation>
    </message>
    <message>
        <source>How many remarks of each kind, against the period before; pick a kind to read what was said (Alt+K).</source>
        <translation>Le nombre de remarques de chaque type, comparé à la période précédente&#xa0;; choisissez un type pour lire ce qui a été dit (Alt+T).</translation>
    </message>
    <message>
        <source>Remarks by kind</source>
        <translation>Remarques par type</translation>
    </message>
    <message>
        <source>By &amp;tag, against the period before</source>
        <translation>Par &amp;mot-clé, comparé à la période précédente</translation>
    </message>
    <message>
        <source>How many remarks with each tag, against the period before; pick a tag to read what was said (Alt+T).</source>
        <translation>Le nombre de remarques par mot-clé, comparé à la période précédente&#xa0;; choisissez un mot-clé pour lire ce qui a été dit (Alt+M).</translation>
    </message>
    <message>
        <source>Remarks by tag</source>
        <translation>Remarques par mot-clé</translation>
    </message>
    <message>
        <source>Most frequent tags in complaints and compliments</source>
        <translation>Mots-clés les plus fréquents dans les réclamations et les compliments</translation>
    </message>
    <message>
        <source>The remarks picked, newest first; Enter opens the customer&apos;s card.</source>
        <translation>Les remarques choisies, les plus récentes d&apos;abord&#xa0;; Entrée ouvre la fiche du client.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Escalations and promises</source>
        <translation>Signalements et promesses</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesses tenues</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>&amp;Overdue promises (Enter opens the customer&apos;s card)</source>
        <translation>Promesses en &amp;retard (Entrée ouvre la fiche du client)</translation>
    </message>
    <message>
        <source>Promises past their due day, each saying since when it is overdue; Enter opens the customer&apos;s card (Alt+O).</source>
        <translation>Les promesses qui ont dépassé leur échéance, chacune avec la date depuis laquelle elle est en retard&#xa0;; Entrée ouvre la fiche du client (Alt+R).</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Promesses en retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ShopInsightsWindow</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Remarks by kind over time</source>
        <translation>Remarques par type au fil du temps</translation>
    </message>
    <message>
        <source>A bar for each day, week or month, split by kind of remark; click a part of a bar to read those remarks. The same figures are in the table below.</source>
        <translation>Une barre par jour, semaine ou mois, découpée par type de remarque&#xa0;; cliquez sur une partie d&apos;une barre pour lire ces remarques. Les mêmes chiffres sont dans le tableau ci-dessous.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 remarks&lt;/b&gt; from %2 to %3 (%4 in the period before, %5 to %6).</source>
        <translation>&lt;b&gt;%1 remarques&lt;/b&gt; du %2 au %3 (%4 sur la période précédente, du %5 au %6).</translation>
    </message>
    <message>
        <source>Most said in complaints: %1&lt;br&gt;Most said in compliments: %2</source>
        <translation>Le plus souvent dans les réclamations&#xa0;: %1&lt;br&gt;Le plus souvent dans les compliments&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pick a kind, a tag or a bar to read what was said.</source>
        <translation>Choisissez un type, un mot-clé ou une barre pour lire ce qui a été dit.</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>aucun mot-clé</translation>
    </message>
    <message>
        <source>none resolved</source>
        <translation>aucun réglé</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Escalations&lt;/h3&gt;&lt;p&gt;%1 opened, %2 resolved · median time to resolve: %3 · &lt;span style=&apos;color:%4&apos;&gt;%5 past their target time&lt;/span&gt;&lt;br&gt;By outcome: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signalements&lt;/h3&gt;&lt;p&gt;%1 ouverts, %2 réglés · délai médian de règlement&#xa0;: %3 · &lt;span style=&apos;color:%4&apos;&gt;%5 hors délai&lt;/span&gt;&lt;br&gt;Par suite donnée&#xa0;: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share in per cent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no promise fell due yet</source>
        <translation>aucune promesse arrivée à échéance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Promises kept on time: %1&lt;/h3&gt;&lt;p&gt;Of %2 due in the period: %3 kept on time, %4 kept late, %5 overdue, %6 not due yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Promesses tenues à temps&#xa0;: %1&lt;/h3&gt;&lt;p&gt;Sur %2 à échéance dans la période&#xa0;: %3 tenues à temps, %4 tenues en retard, %5 en retard, %6 pas encore à échéance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Follow-ups&lt;/h3&gt;&lt;p&gt;%1 scheduled: %2 satisfied, %3 not satisfied, %4 waiting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Suivis&lt;/h3&gt;&lt;p&gt;%1 prévus&#xa0;: %2 satisfaits, %3 pas satisfaits, %4 en attente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2: %3, overdue since %4 (promised by %5)</source>
        <translation>%1 — %2&#xa0;: %3, en retard depuis le %4 (promis par %5)</translation>
    </message>
    <message>
        <source>Escalations and promises (%1 overdue)</source>
        <translation>Signalements et promesses (%1 en retard)</translation>
    </message>
    <message>
        <source>Escalations and promises</source>
        <translation>Signalements et promesses</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, newest first (Enter opens the card)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, les plus récentes d&apos;abord (Entrée ouvre la fiche)</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>un client de passage</translation>
    </message>
    <message>
        <source> — about %1</source>
        <translation> — pour %1</translation>
    </message>
    <message>
        <source>“%1”
%2 · %3 · heard by %4%5</source>
        <translation>«&#xa0;%1&#xa0;»
%2 · %3 · entendu par %4%5</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>The figures are still being counted.</source>
        <translation>Les chiffres sont encore en cours de calcul.</translation>
    </message>
    <message>
        <source>Save the digest</source>
        <translation>Enregistrer la synthèse</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>What customers are saying — %1, %2 to %3</source>
        <translation>Ce que disent les clients — %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Digest saved to %1</source>
        <translation>Synthèse enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Finding a customer</source>
        <extracomment>The translation context of the sections and descriptions below.</extracomment>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Writing down what they said</source>
        <translation>Noter ce que dit le client</translation>
    </message>
    <message>
        <source>On the customer&apos;s card</source>
        <translation>Sur la fiche du client</translation>
    </message>
    <message>
        <source>The manager&apos;s queue</source>
        <translation>La file du responsable</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Back to the lookup box. Just type there: a phone number in any format or its last 4+ digits, any word of the name, an email, a loyalty card number.</source>
        <translation>Retour à la recherche. Tapez-y simplement&#xa0;: un numéro de téléphone dans n&apos;importe quel format ou ses 4 derniers chiffres (ou plus), un mot du nom, un e-mail, un numéro de carte de fidélité.</translation>
    </message>
    <message>
        <source>Back to the lookup box, from the card or the new-customer form. In an empty lookup box: a remark for a walk-in with no customer.</source>
        <translation>Retour à la recherche, depuis la fiche ou le formulaire de nouveau client. Dans une recherche vide&#xa0;: une remarque d&apos;un client de passage, sans fiche.</translation>
    </message>
    <message>
        <source>Choose among the customers found, without leaving the lookup box.</source>
        <translation>Choisir parmi les clients trouvés, sans quitter la recherche.</translation>
    </message>
    <message>
        <source>Open the chosen customer&apos;s card; the cursor goes into the remark. Nothing found: a new customer with what was typed filled in.</source>
        <translation>Ouvrir la fiche du client choisi&#xa0;; le curseur va dans la remarque. Rien trouvé&#xa0;: un nouveau client, pré-rempli avec ce qui a été tapé.</translation>
    </message>
    <message>
        <source>A new customer, with what was typed already in the right field (phone, email, card or name).</source>
        <translation>Un nouveau client, avec ce qui a été tapé déjà dans le bon champ (téléphone, e-mail, carte ou nom).</translation>
    </message>
    <message>
        <source>In the new-customer form: save the customer and open their card.</source>
        <translation>Dans le formulaire de nouveau client&#xa0;: enregistrer le client et ouvrir sa fiche.</translation>
    </message>
    <message>
        <source>Write a remark: on the open card, or for a walk-in.</source>
        <translation>Écrire une remarque&#xa0;: sur la fiche ouverte, ou pour un client de passage.</translation>
    </message>
    <message>
        <source>Close the card: a remark for a walk-in with no customer, and your day.</source>
        <translation>Fermer la fiche&#xa0;: une remarque d&apos;un client de passage sans fiche, et votre journée.</translation>
    </message>
    <message>
        <source>Kind: complaint.</source>
        <translation>Type&#xa0;: réclamation.</translation>
    </message>
    <message>
        <source>Kind: compliment (Shift+Tab from the text to say who it is about).</source>
        <translation>Type&#xa0;: compliment (Maj+Tab depuis le texte pour dire à qui il s&apos;adresse).</translation>
    </message>
    <message>
        <source>Kind: request.</source>
        <translation>Type&#xa0;: demande.</translation>
    </message>
    <message>
        <source>Kind: question.</source>
        <translation>Type&#xa0;: question.</translation>
    </message>
    <message>
        <source>Kind: idea.</source>
        <translation>Type&#xa0;: idée.</translation>
    </message>
    <message>
        <source>Kind: note.</source>
        <translation>Type&#xa0;: note.</translation>
    </message>
    <message>
        <source>The language the conversation is in: switch between the customer&apos;s and the shop&apos;s, or pick another from the list.</source>
        <translation>La langue de la conversation&#xa0;: passer de celle du client à celle du magasin, ou en choisir une autre dans la liste.</translation>
    </message>
    <message>
        <source>Save the remark; the cursor goes back to the lookup box.</source>
        <translation>Enregistrer la remarque&#xa0;; le curseur revient à la recherche.</translation>
    </message>
    <message>
        <source>Start a new line in the remark.</source>
        <translation>Passer à la ligne dans la remarque.</translation>
    </message>
    <message>
        <source>Save and escalate to the manager.</source>
        <translation>Enregistrer et signaler au responsable.</translation>
    </message>
    <message>
        <source>Save and escalate to the manager as urgent.</source>
        <translation>Enregistrer et signaler au responsable en urgent.</translation>
    </message>
    <message>
        <source>Take back the remark just saved; its text comes back into the editor.</source>
        <translation>Reprendre la remarque qui vient d&apos;être enregistrée&#xa0;; son texte revient dans la zone de saisie.</translation>
    </message>
    <message>
        <source>Record a promise (credit, call back, set aside, follow up) with an amount and a due date; Enter records it, Esc closes the form.</source>
        <translation>Noter une promesse (avoir, rappel, mise de côté, suivi) avec un montant et une échéance&#xa0;; Entrée l&apos;enregistre, Échap ferme le formulaire.</translation>
    </message>
    <message>
        <source>On a line of the history: correct the remark, escalate it or withdraw it.</source>
        <translation>Sur une ligne de l&apos;historique&#xa0;: corriger la remarque, la signaler au responsable ou la retirer.</translation>
    </message>
    <message>
        <source>Open the call the “Incoming: …” banner announces.</source>
        <translation>Ouvrir l&apos;appel annoncé par le bandeau «&#xa0;Appel&#xa0;: …&#xa0;».</translation>
    </message>
    <message>
        <source>Log a phone call on the open card&apos;s history; Undo in the message line takes it back.</source>
        <translation>Noter un appel dans l&apos;historique de la fiche ouverte&#xa0;; Annuler, dans la ligne de message, revient en arrière.</translation>
    </message>
    <message>
        <source>Open the manager&apos;s queue, the cursor in the list of open escalations.</source>
        <translation>Ouvrir la file du responsable, le curseur dans la liste des signalements en cours.</translation>
    </message>
    <message>
        <source>Take ownership of the selected escalation.</source>
        <translation>Prendre en charge le signalement sélectionné.</translation>
    </message>
    <message>
        <source>In the note box: add the note.</source>
        <translation>Dans la zone de note&#xa0;: ajouter la note.</translation>
    </message>
    <message>
        <source>Resolve the selected escalation with the outcome chosen.</source>
        <translation>Régler le signalement sélectionné avec la suite choisie.</translation>
    </message>
    <message>
        <source>Close the queue.</source>
        <translation>Fermer la file.</translation>
    </message>
    <message>
        <source>Lock the screen for the next person (it also locks itself after 10 idle minutes).</source>
        <translation>Verrouiller l&apos;écran pour la personne suivante (il se verrouille aussi tout seul après 10 minutes d&apos;inactivité).</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts (Help → Keyboard shortcuts).</source>
        <translation>Cette liste de raccourcis clavier (Aide → Raccourcis clavier).</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelpWindow</name>
    <message>
        <source>Relate — Keyboard shortcuts</source>
        <translation>Relate — Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find a shortcut: a key or a word</source>
        <translation>Chercher un raccourci&#xa0;: une touche ou un mot</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Chercher un raccourci</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Aucun raccourci ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Relate — Sign in</source>
        <translation>Relate — Connexion</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>a name (their role)</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Se connecter (Entrée)</translation>
    </message>
    <message>
        <source>Signs in the person chosen with the PIN typed (Enter)</source>
        <translation>Connecte la personne choisie avec le code PIN tapé (Entrée)</translation>
    </message>
    <message>
        <source>Close Relate without signing in (Esc)</source>
        <translation>Fermer Relate sans se connecter (Échap)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes Relate without signing in (Esc)</source>
        <translation>Ferme Relate sans se connecter (Échap)</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Tapez d&apos;abord votre code PIN.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN sont différents. Tapez deux fois le même code.</translation>
    </message>
    <message>
        <source>No PIN yet: choose one (4–12 digits), type it twice, Enter.</source>
        <translation>Pas encore de code PIN&#xa0;: choisissez-en un (4 à 12 chiffres), tapez-le deux fois, Entrée.</translation>
    </message>
    <message>
        <source>Who is working? Pick your name, type your PIN and press Enter.</source>
        <translation>Qui travaille&#xa0;? Choisissez votre nom, tapez votre code PIN et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Pick your name with Up and Down; Enter moves to the PIN field</source>
        <translation>Choisissez votre nom avec les flèches haut et bas&#xa0;; Entrée passe au code PIN</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>Type your PIN (4 to 12 digits, or a passphrase) and press Enter to sign in</source>
        <translation>Tapez votre code PIN (4 à 12 chiffres, ou une phrase secrète) et appuyez sur Entrée pour vous connecter</translation>
    </message>
    <message>
        <source>Your PIN; Enter signs in</source>
        <translation>Votre code PIN&#xa0;; Entrée vous connecte</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>your PIN, then Enter</source>
        <translation>votre code PIN, puis Entrée</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Re&amp;taper le code PIN</translation>
    </message>
    <message>
        <source>Type the new PIN a second time and press Enter</source>
        <translation>Tapez le nouveau code PIN une seconde fois et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Le nouveau code PIN, une seconde fois</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <source> — has left</source>
        <translation> — a quitté le magasin</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <comment>name (role), maybe: has left</comment>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN sont différents. Tapez deux fois le même code.</translation>
    </message>
    <message>
        <source>Select the person first.</source>
        <translation>Sélectionnez d&apos;abord la personne.</translation>
    </message>
    <message>
        <source>Type the new PIN twice in the form below, then Reset PIN.</source>
        <translation>Tapez deux fois le nouveau code PIN dans le formulaire ci-dessous, puis «&#xa0;Changer le code PIN&#xa0;».</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>C&apos;est fait.</translation>
    </message>
    <message>
        <source>Relate — Staff</source>
        <translation>Relate — Personnel</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Add someone with a PIN, reset a person&apos;s PIN, or mark someone as having left.</source>
        <translation>Ajouter quelqu&apos;un avec un code PIN, changer le code PIN d&apos;une personne, ou indiquer qu&apos;une personne a quitté le magasin.</translation>
    </message>
    <message>
        <source>Everyone who works in the shop, with their role; pick someone to reset their PIN or mark them as having left.</source>
        <translation>Toutes les personnes qui travaillent au magasin, avec leur rôle&#xa0;; choisissez quelqu&apos;un pour changer son code PIN ou indiquer qu&apos;il a quitté le magasin.</translation>
    </message>
    <message>
        <source>Give the selected person the PIN typed twice below (Alt+R)</source>
        <translation>Donner à la personne sélectionnée le code PIN tapé deux fois ci-dessous (Alt+C)</translation>
    </message>
    <message>
        <source>Gives the selected person the PIN typed twice below (Alt+R).</source>
        <translation>Donne à la personne sélectionnée le code PIN tapé deux fois ci-dessous (Alt+C).</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Changer le code PIN</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Changer le code PIN</translation>
    </message>
    <message>
        <source>The selected person can no longer sign in; their history stays (Alt+L)</source>
        <translation>La personne sélectionnée ne peut plus se connecter&#xa0;; son historique reste (Alt+Q)</translation>
    </message>
    <message>
        <source>Marks the selected person as having left: they can no longer sign in, their history stays theirs (Alt+L).</source>
        <translation>Indique que la personne sélectionnée a quitté le magasin&#xa0;: elle ne peut plus se connecter, son historique reste le sien (Alt+Q).</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>A quitté le magasin</translation>
    </message>
    <message>
        <source>Has &amp;left (deactivate)</source>
        <translation>A &amp;quitté le magasin (désactiver)</translation>
    </message>
    <message>
        <source>Add someone, or set the PIN of the selected person</source>
        <translation>Ajouter quelqu&apos;un, ou définir le code PIN de la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>The new person&apos;s name, as colleagues know them (Alt+N).</source>
        <translation>Le nom de la nouvelle personne, tel que les collègues le connaissent (Alt+N).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Staff, or a manager who may also resolve escalations and manage staff (Alt+O).</source>
        <translation>Employé, ou responsable qui peut aussi régler les signalements et gérer le personnel (Alt+R).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits, or a passphrase (Alt+P).</source>
        <translation>4 à 12 chiffres, ou une phrase secrète (Alt+P).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>Re&amp;taper le code PIN</translation>
    </message>
    <message>
        <source>The same PIN once more; Enter adds the person (Alt+G).</source>
        <translation>Le même code PIN une seconde fois&#xa0;; Entrée ajoute la personne (Alt+T).</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Code PIN, une seconde fois</translation>
    </message>
    <message>
        <source>Add the person with this name, role and PIN (Alt+A)</source>
        <translation>Ajouter la personne avec ce nom, ce rôle et ce code PIN (Alt+A)</translation>
    </message>
    <message>
        <source>Adds the person with this name, role and PIN (Alt+A).</source>
        <translation>Ajoute la personne avec ce nom, ce rôle et ce code PIN (Alt+A).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visite</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln visite</numerusform>
            <numerusform>%Ln visites</numerusform>
        </translation>
    </message>
    <message>
        <source>from the shop&apos;s till: %1</source>
        <translation>d&apos;après la caisse du magasin&#xa0;: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>still open</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>What you have due today, dates to remember and kind words customers said about you.</source>
        <translation>Ce que vous avez à faire aujourd&apos;hui, les dates à retenir et les compliments des clients à votre sujet.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Today: callbacks, follow-ups, promises and dates due</source>
        <translation>Aujourd&apos;hui&#xa0;: rappels, suivis, promesses et dates à échéance</translation>
    </message>
    <message>
        <source>Callbacks, follow-ups and promises due (late ones say LATE) and dates to remember; Enter or a click opens the customer&apos;s card.</source>
        <translation>Rappels, suivis et promesses à échéance (ceux en retard disent EN RETARD) et dates à retenir&#xa0;; Entrée ou un clic ouvre la fiche du client.</translation>
    </message>
    <message>
        <source>&amp;Kind words about you</source>
        <translation>Compliments pour &amp;vous</translation>
    </message>
    <message>
        <source>Compliments customers paid you in the last 30 days; Enter opens the customer&apos;s card.</source>
        <translation>Les compliments que les clients vous ont faits ces 30 derniers jours&#xa0;; Entrée ouvre la fiche du client.</translation>
    </message>
    <message>
        <source>Compliments customers paid you</source>
        <translation>Les compliments des clients pour vous</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Callbacks due</source>
        <translation>Rappels à faire</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Promesses à tenir</translation>
    </message>
    <message>
        <source>Dates to remember</source>
        <translation>Dates à retenir</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Rien à faire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Today&lt;/b&gt;, %1</source>
        <translation>&lt;b&gt;Au&amp;jourd&apos;hui&lt;/b&gt;, %1</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>un client</translation>
    </message>
    <message>
        <source>“%1” — %2, %3 (heard by %4)</source>
        <translation>«&#xa0;%1&#xa0;» — %2, %3 (entendu par %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Kind words about you&lt;/b&gt; (%1 in the last 30 days)</source>
        <translation>&lt;b&gt;Compliments pour &amp;vous&lt;/b&gt; (%1 ces 30 derniers jours)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>LATE — was due %1</source>
        <translation>EN RETARD — prévu le %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source> (promised by %1)</source>
        <translation> (promis par %1)</translation>
    </message>
    <message>
        <source>%1 — %2, %3%4</source>
        <translation>%1 — %2, %3%4</translation>
    </message>
    <message numerus="yes">
        <source> (%n years)</source>
        <translation>
            <numerusform> (%n an)</numerusform>
            <numerusform> (%n ans)</numerusform>
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
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>What we &amp;hold about them…</source>
        <translation>Ce que nous &amp;détenons sur ce client…</translation>
    </message>
    <message>
        <source>&amp;Erase on their request…</source>
        <translation>&amp;Effacer à sa demande…</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Magasin</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Personnel…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;What customers are saying…</source>
        <translation>Ce que disent les &amp;clients…</translation>
    </message>
    <message>
        <source>&amp;Lock (next person)</source>
        <translation>&amp;Verrouiller (personne suivante)</translation>
    </message>
    <message>
        <source>Open a customer&apos;s card first.</source>
        <translation>Ouvrez d&apos;abord la fiche d&apos;un client.</translation>
    </message>
    <message>
        <source>Save what we hold about this customer</source>
        <translation>Enregistrer ce que nous détenons sur ce client</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>Les données personnelles du client ont été effacées.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Relate cannot open its database</source>
        <extracomment>The Windows taskbar groups windows and pins shortcuts by this; the installer&apos;s Start menu shortcut carries the same (packaging/windows/relate.iss). How often a running Relate checks whether the daily backup is due.</extracomment>
        <translation>Relate ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, from %2?
%3

The damaged file is kept aside, never deleted.</source>
        <translation>%1

Restaurer la sauvegarde valide la plus récente, du %2&#xa0;?
%3

Le fichier endommagé est mis de côté, jamais supprimé.</translation>
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
        <translation>rien n&apos;a pu être écrit dans %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1 does not exist</source>
        <extracomment>Automatic backups are kept per kind, so many quick exits never push out the daily ones or the copy made before an upgrade.</extracomment>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Relate database or is damaged (%2)</source>
        <translation>%1 n&apos;est pas une base de données Relate ou est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Relate database this version can open</source>
        <translation>%1 n&apos;est pas une base de données Relate que cette version peut ouvrir</translation>
    </message>
    <message>
        <source>Not restored: %1. The current database was left alone.</source>
        <translation>Non restauré&#xa0;: %1. La base de données actuelle n&apos;a pas été touchée.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3. The previous file is at %4.</source>
        <translation>La restauration de %1 dans %2 a échoué&#xa0;: %3. L&apos;ancien fichier se trouve dans %4.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this PC: back up on the server (see the README), or install the PostgreSQL client tools.</source>
        <translation>pg_dump n&apos;est pas installé sur ce PC&#xa0;: faites la sauvegarde sur le serveur (voir le README), ou installez les outils client de PostgreSQL.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address Relate understands. Use postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE or sqlite:///PATH/relate.db.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de base de données que Relate comprend. Utilisez postgresql+psycopg://UTILISATEUR:MOT_DE_PASSE@SERVEUR/BASE ou sqlite:///CHEMIN/relate.db.</translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed on this PC (%2); install Relate with its PostgreSQL extra.</source>
        <translation>Le pilote de base de données pour %1 n&apos;est pas installé sur ce PC (%2)&#xa0;; installez Relate avec son option PostgreSQL.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; Relate creates it on its first start.</source>
        <translation>Il n&apos;y a pas encore de base de données à %1&#xa0;; Relate la crée à son premier démarrage.</translation>
    </message>
    <message>
        <source>The database at %1 failed: %2</source>
        <translation>La base de données à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected to %1. It is empty: Relate sets it up on its first start.</source>
        <translation>Connecté à %1. Elle est vide&#xa0;: Relate la prépare à son premier démarrage.</translation>
    </message>
    <message>
        <source>Connected to %1, but it was set up by a newer Relate (schema %2). Install the newer Relate on this PC.</source>
        <translation>Connecté à %1, mais elle a été créée par une version plus récente de Relate (schéma %2). Installez cette version sur ce PC.</translation>
    </message>
    <message>
        <source>Connected to %1. Its schema (%2) will be brought up to date when Relate next starts.</source>
        <translation>Connecté à %1. Son schéma (%2) sera mis à jour au prochain démarrage de Relate.</translation>
    </message>
    <message>
        <source>Connected to %1. Everything is in order.</source>
        <translation>Connecté à %1. Tout est en ordre.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: it is damaged or not a Relate database. Restore a backup (relate-desktop restore FILE).</source>
        <translation>Le fichier de base de données %1 est illisible&#xa0;: il est endommagé ou ce n&apos;est pas une base Relate. Restaurez une sauvegarde (relate-desktop restore FICHIER).</translation>
    </message>
    <message>
        <source>The server %1 turned down the user name or password for user &apos;%2&apos;. Check both (the password is case-sensitive).</source>
        <translation>Le serveur %1 a refusé le nom d&apos;utilisateur ou le mot de passe de l&apos;utilisateur «&#xa0;%2&#xa0;». Vérifiez les deux (le mot de passe distingue majuscules et minuscules).</translation>
    </message>
    <message>
        <source>The server %1 wants a password for user &apos;%2&apos;; put it in the address: postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE.</source>
        <translation>Le serveur %1 demande un mot de passe pour l&apos;utilisateur «&#xa0;%2&#xa0;»&#xa0;; mettez-le dans l&apos;adresse&#xa0;: postgresql+psycopg://UTILISATEUR:MOT_DE_PASSE@SERVEUR/BASE.</translation>
    </message>
    <message>
        <source>The server %1 is there, but has no database called &apos;%2&apos;. Create it on the server (see the README) or correct the name.</source>
        <translation>Le serveur %1 répond, mais n&apos;a pas de base de données nommée «&#xa0;%2&#xa0;». Créez-la sur le serveur (voir le README) ou corrigez le nom.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not read Relate&apos;s tables in &apos;%2&apos;. On the server: GRANT ALL ON ALL TABLES IN SCHEMA public TO %1 (or make that user the database&apos;s owner before Relate first sets it up).</source>
        <translation>L&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;a pas le droit de lire les tables de Relate dans «&#xa0;%2&#xa0;». Sur le serveur&#xa0;: GRANT ALL ON ALL TABLES IN SCHEMA public TO %1 (ou faites de cet utilisateur le propriétaire de la base avant que Relate ne la prépare).</translation>
    </message>
    <message>
        <source>The server %1 does not let this PC in. Add a line for the shop&apos;s network to pg_hba.conf on the server and reload it (see the README).</source>
        <translation>Le serveur %1 refuse ce PC. Ajoutez une ligne pour le réseau du magasin dans pg_hba.conf sur le serveur et rechargez-le (voir le README).</translation>
    </message>
    <message>
        <source>The shop server %1 cannot be reached. Is the back-office PC on, is PostgreSQL running there, and does its firewall let port %2 through?</source>
        <translation>Le serveur du magasin %1 est injoignable. Le PC du bureau est-il allumé, PostgreSQL y tourne-t-il, et son pare-feu laisse-t-il passer le port %2&#xa0;?</translation>
    </message>
    <message>
        <source>The database at %1 refused: %2</source>
        <translation>La base de données à %1 a refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 is not a file.</source>
        <extracomment>How long a writer waits for another PC&apos;s or process&apos;s write to finish, in ms. How long to wait for the shop server before calling it unreachable, in seconds. libpq keepalives: a server gone from the network is noticed in about a minute, so a query never hangs for the two hours of the operating system&apos;s default.</extracomment>
        <translation>La base de données %1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Relate. Install the newer version on this PC.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Relate. Installez cette version sur ce PC.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: it is damaged or not a Relate database. %2</source>
        <translation>Le fichier de base de données %1 est illisible&#xa0;: il est endommagé ou ce n&apos;est pas une base Relate. %2</translation>
    </message>
    <message>
        <source>Move it aside and start Relate again (no good backup was found).</source>
        <translation>Mettez-le de côté et relancez Relate (aucune sauvegarde valide n&apos;a été trouvée).</translation>
    </message>
    <message>
        <source>Restore the newest good backup: relate-desktop restore %1</source>
        <translation>Restaurez la sauvegarde valide la plus récente&#xa0;: relate-desktop restore %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>The kinds in the order every figure lists them (the order staff pick them with Ctrl+1…6). A year and a day: enough for an annual digest, small enough to stay a handful of queries. Up to this many days the chart has a point per day; up to WEEKLY_UP_TO one per week.</extracomment>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose a period of %1 days at most.</source>
        <translation>Choisissez une période de %1 jours au maximum.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <extracomment>Wrong PINs allowed before the account waits; each further one doubles the wait.</extracomment>
        <translation>Un code PIN a 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>Use 4 to 12 digits, or a passphrase of at least 8 characters.</source>
        <translation>Utilisez 4 à 12 chiffres, ou une phrase secrète d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>That passphrase is too long.</source>
        <translation>Cette phrase secrète est trop longue.</translation>
    </message>
    <message>
        <source>The scan was empty: scan the card again.</source>
        <extracomment>A scanner that types as a US keyboard on a French (AZERTY) layout: the unshifted digit row. &quot;]&quot; + symbology letter + modifier, e.g. &quot;]E0&quot; EAN-13, &quot;]C0&quot; Code 128, &quot;]d2&quot; Data Matrix. The same prefix typed through an AZERTY layout: &quot;]&quot; arrives as &quot;$&quot;, &quot;0&quot; as &quot;à&quot;.</extracomment>
        <translation>Le scan est vide&#xa0;: scannez de nouveau la carte.</translation>
    </message>
    <message>
        <source>The scan %1 did not read right (its check digit is wrong): scan the card again.</source>
        <translation>Le scan %1 a été mal lu (sa clé de contrôle est fausse)&#xa0;: scannez de nouveau la carte.</translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos; in %2 (its columns: %3)</source>
        <extracomment>Without one of these mapped, a row cannot say who the customer is.</extracomment>
        <translation>pas de colonne nommée «&#xa0;%1&#xa0;» dans %2 (ses colonnes&#xa0;: %3)</translation>
    </message>
    <message>
        <source>cannot tell which column of %1 holds the name, email or phone; say so with --map COLUMN=FIELD (its columns: %2)</source>
        <translation>impossible de savoir quelle colonne de %1 contient le nom, l&apos;e-mail ou le téléphone&#xa0;; indiquez-le avec --map COLONNE=CHAMP (ses colonnes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format Relate reads (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format que Relate sait lire (%2)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not a vCard file (it does not start with BEGIN:VCARD).</source>
        <translation>%1 n&apos;est pas un fichier vCard (il ne commence pas par BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>%1 is a vCard file; import it as vcard (or auto)</source>
        <translation>%1 est un fichier vCard&#xa0;; importez-le comme vcard (ou auto)</translation>
    </message>
    <message>
        <source>%1 has no header row Relate can read.</source>
        <translation>%1 n&apos;a pas de ligne d&apos;en-tête que Relate sait lire.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: too big to be a customer list.</source>
        <extracomment>Bigger than any shop&apos;s customer list; a larger file is almost surely the wrong file. Excel workbooks (xlsx is a zip, xls an OLE file) and PDFs: not a list Relate can read.</extracomment>
        <translation>%1 fait %2 Mo&#xa0;: trop gros pour une liste de clients.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file (a spreadsheet must be saved as CSV first).</source>
        <translation>%1 n&apos;est pas un fichier texte (un tableur doit d&apos;abord être enregistré en CSV).</translation>
    </message>
    <message>
        <source>Only a manager can see the audit trail.</source>
        <extracomment>Summaries are short: what changed, not a copy of the record.</extracomment>
        <translation>Seul un responsable peut voir le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Only a manager can export the audit trail.</source>
        <translation>Seul un responsable peut exporter le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <extracomment>Waits between tries when another PC or process holds the write lock.</extracomment>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That escalation no longer exists.</source>
        <translation>Ce signalement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That little thing no longer exists.</source>
        <translation>Cette petite habitude n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That merge no longer exists.</source>
        <translation>Cette fusion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That promise no longer exists.</source>
        <translation>Cette promesse n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That remark no longer exists.</source>
        <translation>Cette remarque n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>Ce membre du personnel n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed this customer a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier ce client, peut-être sur un autre PC. Sa modification est maintenant affichée&#xa0;; la vôtre n&apos;a pas été enregistrée, refaites-la si elle est toujours utile.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier ce signalement, peut-être sur un autre PC. Sa modification est maintenant affichée&#xa0;; la vôtre n&apos;a pas été enregistrée, refaites-la si elle est toujours utile.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier cet élément (%1), peut-être sur un autre PC. Sa modification est maintenant affichée&#xa0;; la vôtre n&apos;a pas été enregistrée, refaites-la si elle est toujours utile.</translation>
    </message>
    <message>
        <source>That clashes with something saved a moment ago, perhaps on another PC. Nothing was lost: look again and retry.</source>
        <translation>Cela entre en conflit avec un enregistrement fait à l&apos;instant, peut-être sur un autre PC. Rien n&apos;est perdu&#xa0;: vérifiez et réessayez.</translation>
    </message>
    <message>
        <source>The shop server cannot be reached right now (is the back-office PC on, and the network up?).</source>
        <translation>Le serveur du magasin est injoignable pour l&apos;instant (le PC du bureau est-il allumé, et le réseau fonctionne-t-il&#xa0;?).</translation>
    </message>
    <message>
        <source>The shop database failed: %1</source>
        <translation>La base de données du magasin a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The shop database is busy (another PC is writing). Nothing was lost: try again in a moment.</source>
        <translation>La base de données du magasin est occupée (un autre PC écrit). Rien n&apos;est perdu&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Cet élément (%1) n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Only a manager can erase a customer.</source>
        <translation>Seul un responsable peut effacer un client.</translation>
    </message>
    <message>
        <source>This customer was erased already.</source>
        <translation>Ce client a déjà été effacé.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name exactly as shown to confirm the erasure.</source>
        <translation>Tapez le nom du client exactement comme affiché pour confirmer l&apos;effacement.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Un nouveau client doit avoir un nom.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>Ce nom est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Un client doit avoir un nom.</translation>
    </message>
    <message>
        <source>This escalation is not resolved yet.</source>
        <translation>Ce signalement n&apos;est pas encore réglé.</translation>
    </message>
    <message>
        <source>That how to say the name is too long (%1 characters at most).</source>
        <translation>Cette prononciation du nom est trop longue (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>That language is too long (%1 characters at most).</source>
        <translation>Ce nom de langue est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits: it cannot be a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucun chiffre&#xa0;: ce ne peut pas être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>That phone number is too long.</source>
        <translation>Ce numéro de téléphone est trop long.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A loyalty card number must be 1 to 64 characters.</source>
        <translation>Un numéro de carte de fidélité doit avoir de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to another customer.</source>
        <translation>La carte %1 appartient déjà à un autre client.</translation>
    </message>
    <message>
        <source>Type the little thing first, e.g. &quot;Receipt: always&quot;.</source>
        <translation>Tapez d&apos;abord la petite habitude, ex. «&#xa0;Ticket&#xa0;: toujours&#xa0;».</translation>
    </message>
    <message>
        <source>Keep a little thing short (%1 characters at most).</source>
        <translation>Une petite habitude doit rester courte (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>This database already has customers; use an empty data folder for the sample shop.</source>
        <extracomment>Every made-up member of the sample staff signs in with this PIN (said on the sign-in screen). Resolutions newer than this are left &quot;unseen&quot; by the person who raised them, so the loop back to staff has something to show.</extracomment>
        <translation>Cette base de données a déjà des clients&#xa0;; utilisez un dossier de données vide pour le magasin d&apos;exemple.</translation>
    </message>
    <message>
        <source>This remark was withdrawn.</source>
        <translation>Cette remarque a été retirée.</translation>
    </message>
    <message>
        <source>This remark is already with the manager.</source>
        <translation>Cette remarque est déjà chez le responsable.</translation>
    </message>
    <message>
        <source>Only a manager can take ownership of an escalation.</source>
        <translation>Seul un responsable peut prendre en charge un signalement.</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Tapez d&apos;abord la note.</translation>
    </message>
    <message>
        <source>Only a manager can resolve an escalation.</source>
        <translation>Seul un responsable peut régler un signalement.</translation>
    </message>
    <message>
        <source>A promise needs a customer; this remark has none.</source>
        <translation>Une promesse doit concerner un client&#xa0;; cette remarque n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now resolved by %1). The queue shows their change; yours was not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier ce signalement (il est maintenant réglé par %1). La file affiche sa modification&#xa0;; la vôtre n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now taken by %1). The queue shows their change; yours was not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier ce signalement (il est maintenant pris en charge par %1). La file affiche sa modification&#xa0;; la vôtre n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now acknowledged). The queue shows their change; yours was not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier ce signalement (il est maintenant pris en charge). La file affiche sa modification&#xa0;; la vôtre n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now open). The queue shows their change; yours was not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier ce signalement (il est maintenant rouvert). La file affiche sa modification&#xa0;; la vôtre n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>This escalation is already resolved.</source>
        <translation>Ce signalement est déjà réglé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported (choose %2).</source>
        <extracomment>Rows per batch: small enough that memory stays flat at a million customers, and that every &quot;IN (...)&quot; the readers build stays under old SQLite&apos;s 999-parameter limit. What can be exported, and the columns of each, in order. Several values in one cell (tags, phones, little things) are joined with this; a value holding it is escaped (see domain/cells.py), so reading the cell back gives each value. What an export can be written as: the Excel-friendly CSV is UTF-8 with a BOM (Excel then reads accents right) and keeps &quot;+44…&quot; or &quot;=…&quot; as text.</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être exporté (choisissez %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format (choose %2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format d&apos;export (choisissez %2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only a manager can export the shop&apos;s data.</source>
        <translation>Seul un responsable peut exporter les données du magasin.</translation>
    </message>
    <message>
        <source>Resolve the escalation first, then follow it up.</source>
        <translation>Réglez d&apos;abord le signalement, puis prévoyez le suivi.</translation>
    </message>
    <message>
        <source>A walk-in cannot be followed up: there is no customer on file.</source>
        <translation>Pas de suivi possible pour un client de passage&#xa0;: il n&apos;a pas de fiche.</translation>
    </message>
    <message>
        <source>A follow-up of this escalation is already waiting.</source>
        <translation>Un suivi de ce signalement est déjà prévu.</translation>
    </message>
    <message>
        <source>Only a manager can schedule a follow-up.</source>
        <translation>Seul un responsable peut prévoir un suivi.</translation>
    </message>
    <message>
        <source>Only a follow-up has a result; mark other promises as kept.</source>
        <translation>Seul un suivi a un résultat&#xa0;; marquez les autres promesses comme tenues.</translation>
    </message>
    <message>
        <source>This follow-up is already kept.</source>
        <translation>Ce suivi est déjà fait.</translation>
    </message>
    <message>
        <source>This follow-up is already cancelled.</source>
        <translation>Ce suivi est déjà annulé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code for phone numbers (try GB, US, FR).</source>
        <extracomment>Rows per transaction: an interrupted import keeps every whole batch, and the next run finds them again (matched, so nothing is doubled). A batch takes a fraction of a second, so the window&apos;s Cancel answers quickly and other work on the database worker gets a turn.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays pour les numéros de téléphone (essayez FR, BE, CH).</translation>
    </message>
    <message>
        <source>Only a manager can import customers.</source>
        <translation>Seul un responsable peut importer des clients.</translation>
    </message>
    <message>
        <source>Only a manager can see what customers are saying.</source>
        <extracomment>How many tags the &quot;by tag&quot; table lists, and how many the complaint/compliment lists. The overdue list is for acting on, not an archive.</extracomment>
        <translation>Seul un responsable peut voir ce que disent les clients.</translation>
    </message>
    <message>
        <source>Only a manager can merge customers.</source>
        <extracomment>Everything of a customer&apos;s that follows them into the survivor.</extracomment>
        <translation>Seul un responsable peut fusionner des clients.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>Un client ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>An erased customer cannot be merged.</source>
        <translation>Un client effacé ne peut pas être fusionné.</translation>
    </message>
    <message>
        <source>%1 was merged into another customer already.</source>
        <translation>%1 a déjà été fusionné avec un autre client.</translation>
    </message>
    <message>
        <source>Choose which %1 to keep.</source>
        <translation>Choisissez la valeur à garder&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only a manager can undo a merge.</source>
        <translation>Seul un responsable peut annuler une fusion.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>Cette fusion a déjà été annulée.</translation>
    </message>
    <message>
        <source>%1 was merged again since; undo that merge first.</source>
        <translation>%1 a été fusionné à nouveau depuis&#xa0;; annulez d&apos;abord cette fusion.</translation>
    </message>
    <message>
        <source>The customer was erased since; the merge cannot be undone.</source>
        <translation>Le client a été effacé depuis&#xa0;; la fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Say what was promised, e.g. &quot;$20 credit on next visit&quot;.</source>
        <translation>Dites ce qui a été promis, ex. «&#xa0;avoir de 20 € au prochain passage&#xa0;».</translation>
    </message>
    <message>
        <source>Keep the promise short (300 characters at most).</source>
        <translation>La promesse doit rester courte (300 caractères au maximum).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This promise is already kept.</source>
        <translation>Cette promesse est déjà tenue.</translation>
    </message>
    <message>
        <source>This promise is already cancelled.</source>
        <translation>Cette promesse est déjà annulée.</translation>
    </message>
    <message>
        <source>Type what the customer said first.</source>
        <extracomment>Long enough for any real remark, short enough to keep the card readable. &quot;Saved — Undo&quot; removes a remark outright only this soon after saving it.</extracomment>
        <translation>Tapez d&apos;abord ce que le client a dit.</translation>
    </message>
    <message>
        <source>That remark is too long (%1 characters at most).</source>
        <translation>Cette remarque est trop longue (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>Only a compliment can be about a member of staff.</source>
        <translation>Seul un compliment peut concerner un membre du personnel.</translation>
    </message>
    <message>
        <source>That member of staff is no longer with the shop.</source>
        <translation>Ce membre du personnel ne fait plus partie du magasin.</translation>
    </message>
    <message>
        <source>Only a remark you just saved can be undone; withdraw it instead.</source>
        <translation>Seule une remarque que vous venez d&apos;enregistrer peut être annulée&#xa0;; retirez-la plutôt.</translation>
    </message>
    <message>
        <source>The manager is already handling it; withdraw it instead.</source>
        <translation>Le responsable s&apos;en occupe déjà&#xa0;; retirez-la plutôt.</translation>
    </message>
    <message>
        <source>This remark is with the manager; it can be withdrawn once they resolve it.</source>
        <translation>Cette remarque est chez le responsable&#xa0;; elle pourra être retirée une fois le signalement réglé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (try GBP, EUR, USD).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise (essayez EUR, CHF, CAD).</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Le magasin doit avoir un nom.</translation>
    </message>
    <message>
        <source>This database already has a shop.</source>
        <translation>Cette base de données a déjà un magasin.</translation>
    </message>
    <message>
        <source>Only a manager can change target times.</source>
        <translation>Seul un responsable peut modifier les délais.</translation>
    </message>
    <message>
        <source>Target times must be at least one minute.</source>
        <translation>Les délais doivent être d&apos;au moins une minute.</translation>
    </message>
    <message>
        <source>The shop server cannot be reached, and nobody has signed in on this PC before, so there is no list of staff here yet.</source>
        <extracomment>Read from this PC&apos;s copy because the shop server is away.</extracomment>
        <translation>Le serveur du magasin est injoignable et personne ne s&apos;est encore connecté sur ce PC&#xa0;: il n&apos;y a donc pas encore de liste du personnel ici.</translation>
    </message>
    <message>
        <source>This person is not on this PC&apos;s copy of the staff list.</source>
        <translation>Cette personne n&apos;est pas dans la copie de la liste du personnel de ce PC.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1.</source>
        <translation>Trop de codes PIN erronés&#xa0;: réessayez dans %1.</translation>
    </message>
    <message>
        <source>No PIN is set for this person yet: a manager can set one when the shop server is back.</source>
        <translation>Cette personne n&apos;a pas encore de code PIN&#xa0;: un responsable pourra en définir un quand le serveur du magasin reviendra.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Réessayez.</translation>
    </message>
    <message>
        <source>A member of staff needs a name.</source>
        <translation>Un membre du personnel doit avoir un nom.</translation>
    </message>
    <message>
        <source>That name is too long (120 characters at most).</source>
        <translation>Ce nom est trop long (120 caractères au maximum).</translation>
    </message>
    <message>
        <source>Only a manager can add staff.</source>
        <translation>Seul un responsable peut ajouter du personnel.</translation>
    </message>
    <message>
        <source>The first member of staff is the shop&apos;s manager.</source>
        <translation>Le premier membre du personnel est le responsable du magasin.</translation>
    </message>
    <message>
        <source>There is already someone called %1.</source>
        <translation>Il y a déjà quelqu&apos;un qui s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>Only a manager can manage staff.</source>
        <translation>Seul un responsable peut gérer le personnel.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>No PIN is set for this person yet: a manager can set one.</source>
        <translation>Cette personne n&apos;a pas encore de code PIN&#xa0;: un responsable peut en définir un.</translation>
    </message>
    <message>
        <source>Only a manager can reset someone&apos;s PIN.</source>
        <translation>Seul un responsable peut changer le code PIN de quelqu&apos;un.</translation>
    </message>
    <message>
        <source>This person has a PIN already: a manager can reset it.</source>
        <translation>Cette personne a déjà un code PIN&#xa0;: un responsable peut le changer.</translation>
    </message>
    <message>
        <source>Only a manager can deactivate staff.</source>
        <translation>Seul un responsable peut désactiver un membre du personnel.</translation>
    </message>
    <message>
        <source>The shop needs at least one manager: add another first.</source>
        <translation>Le magasin doit avoir au moins un responsable&#xa0;: ajoutez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 %2 remark(s) or promise(s) typed on this PC are kept and will be sent when it is back.</source>
        <extracomment>Where this PC keeps work for the shop server while it is away (in the data folder).</extracomment>
        <translation>%1 Les remarques ou promesses tapées sur ce PC (%2) sont gardées et seront envoyées à son retour.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Entries the server refused (e.g. their customer was erased meanwhile): kept, with why.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>Avis en ligne</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>prefers email</source>
        <translation>préfère l&apos;e-mail</translation>
    </message>
    <message>
        <source>prefers SMS</source>
        <translation>préfère les SMS</translation>
    </message>
    <message>
        <source>prefers phone calls</source>
        <translation>préfère les appels</translation>
    </message>
    <message>
        <source>prefers post</source>
        <translation>préfère le courrier</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>pas d&apos;e-mail</translation>
    </message>
    <message>
        <source>no SMS</source>
        <translation>pas de SMS</translation>
    </message>
    <message>
        <source>no phone calls</source>
        <translation>pas d&apos;appels</translation>
    </message>
    <message>
        <source>no post</source>
        <translation>pas de courrier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>pas demandé</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Excuses</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Sans suite</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>pas satisfait</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <comment>%1 is the time of day</comment>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then the time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>employé</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Petites habitudes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>Le magasin</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>little thing</source>
        <translation>petite habitude</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>accord</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>signalement</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>promesse</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>membre du personnel</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>magasin</translation>
    </message>
    <message>
        <source>customer added</source>
        <translation>client ajouté</translation>
    </message>
    <message>
        <source>customer changed</source>
        <translation>client modifié</translation>
    </message>
    <message>
        <source>phone number added</source>
        <translation>numéro de téléphone ajouté</translation>
    </message>
    <message>
        <source>email address added</source>
        <translation>adresse e-mail ajoutée</translation>
    </message>
    <message>
        <source>loyalty card added</source>
        <translation>carte de fidélité ajoutée</translation>
    </message>
    <message>
        <source>customer imported</source>
        <translation>client importé</translation>
    </message>
    <message>
        <source>customer updated by an import</source>
        <translation>client mis à jour par un import</translation>
    </message>
    <message>
        <source>customers merged</source>
        <translation>clients fusionnés</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>fusion annulée</translation>
    </message>
    <message>
        <source>everything held on the customer gathered</source>
        <translation>toutes les données du client rassemblées</translation>
    </message>
    <message>
        <source>customer erased</source>
        <translation>client effacé</translation>
    </message>
    <message>
        <source>little thing added</source>
        <translation>petite habitude ajoutée</translation>
    </message>
    <message>
        <source>little thing removed</source>
        <translation>petite habitude retirée</translation>
    </message>
    <message>
        <source>little thing restored</source>
        <translation>petite habitude remise</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>accord noté</translation>
    </message>
    <message>
        <source>remark logged</source>
        <translation>remarque notée</translation>
    </message>
    <message>
        <source>remark taken back</source>
        <translation>remarque reprise</translation>
    </message>
    <message>
        <source>remark withdrawn</source>
        <translation>remarque retirée</translation>
    </message>
    <message>
        <source>remark&apos;s text corrected</source>
        <translation>texte de la remarque corrigé</translation>
    </message>
    <message>
        <source>remark&apos;s kind corrected</source>
        <translation>type de la remarque corrigé</translation>
    </message>
    <message>
        <source>remark moved to another customer</source>
        <translation>remarque déplacée vers un autre client</translation>
    </message>
    <message>
        <source>escalated to a manager</source>
        <translation>signalé à un responsable</translation>
    </message>
    <message>
        <source>escalation taken on</source>
        <translation>signalement pris en charge</translation>
    </message>
    <message>
        <source>note added to an escalation</source>
        <translation>note ajoutée à un signalement</translation>
    </message>
    <message>
        <source>escalation resolved</source>
        <translation>signalement réglé</translation>
    </message>
    <message>
        <source>resolution seen by whoever raised it</source>
        <translation>solution vue par la personne qui l&apos;avait signalé</translation>
    </message>
    <message>
        <source>customer told the outcome</source>
        <translation>client informé de la suite donnée</translation>
    </message>
    <message>
        <source>promise recorded</source>
        <translation>promesse enregistrée</translation>
    </message>
    <message>
        <source>promise kept</source>
        <translation>promesse tenue</translation>
    </message>
    <message>
        <source>promise cancelled</source>
        <translation>promesse annulée</translation>
    </message>
    <message>
        <source>promise reopened</source>
        <translation>promesse rouverte</translation>
    </message>
    <message>
        <source>follow-up result recorded</source>
        <translation>résultat du suivi noté</translation>
    </message>
    <message>
        <source>staff member added</source>
        <translation>membre du personnel ajouté</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>code PIN défini</translation>
    </message>
    <message>
        <source>staff member marked as having left</source>
        <translation>membre du personnel marqué comme parti</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>wrong PIN at sign-in</source>
        <translation>mauvais code PIN à la connexion</translation>
    </message>
    <message>
        <source>shop created</source>
        <translation>magasin créé</translation>
    </message>
    <message>
        <source>marked as the sample shop</source>
        <translation>marqué comme magasin d&apos;exemple</translation>
    </message>
    <message>
        <source>target times changed</source>
        <translation>délais modifiés</translation>
    </message>
    <message>
        <source>nearly the same phone %1</source>
        <translation>téléphone presque identique %1</translation>
    </message>
    <message>
        <source>nearly the same email %1</source>
        <translation>e-mail presque identique %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>même téléphone %1</translation>
    </message>
    <message>
        <source>same email %1</source>
        <translation>même e-mail %1</translation>
    </message>
    <message>
        <source>same card %1</source>
        <translation>même carte %1</translation>
    </message>
    <message>
        <source>names %1% alike</source>
        <translation>noms semblables à %1&#xa0;%</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
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
        <translation>Réglé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Promise kept: %1</source>
        <translation>Promesse tenue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Promise cancelled: %1</source>
        <translation>Promesse annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>Promis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consent: %1 — %2</source>
        <comment>channel — yes, no or not asked</comment>
        <translation>Accord&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>text corrected</source>
        <translation>texte corrigé</translation>
    </message>
    <message>
        <source>kind changed</source>
        <translation>type modifié</translation>
    </message>
    <message>
        <source>moved to another customer</source>
        <translation>déplacée vers un autre client</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
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
        <translation>Albanais</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharique</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Arménien</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azerbaïdjanais</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Basque</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Biélorusse</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>Bosnien</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Birman</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Cantonais</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croate</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonien</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>Galicien</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Géorgien</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Haoussa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongrois</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandais</translation>
    </message>
    <message>
        <source>Igbo</source>
        <translation>Igbo</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésien</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irlandais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurde</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Lao</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letton</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituanien</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Luxembourgeois</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macédonien</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malais</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>Maltais</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marathi</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Népalais</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pachto</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persan</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Pendjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Scottish Gaelic</source>
        <translation>Gaélique écossais</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbe</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>Cingalais</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovène</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamoul</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Télougou</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrigna</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Ouzbek</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Gallois</translation>
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
        <translation>Zoulou</translation>
    </message>
</context>
</TS>
