<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Relate</source>
        <translation>Acerca de Relate</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relate %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Relate %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The shop&apos;s memory of its customers. It runs on this PC and the shop&apos;s own database; nothing leaves the shop&apos;s machines.</source>
        <translation>La memoria de la tienda sobre sus clientes. Funciona en este PC y con la base de datos de la propia tienda; nada sale de los equipos de la tienda.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the version and folders, e.g. for a support call</source>
        <translation>Copiar la versión y las carpetas, p. ej. para una llamada al soporte técnico</translation>
    </message>
    <message>
        <source>Copy the version and folders</source>
        <translation>Copiar la versión y las carpetas</translation>
    </message>
    <message>
        <source>Puts the version and every folder on the clipboard, to paste into a message to whoever looks after Relate.</source>
        <translation>Copia la versión y todas las carpetas al portapapeles, para pegarlas en un mensaje a quien se ocupa de Relate.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window (Esc).</source>
        <translation>Cierra esta ventana (Esc).</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Cerrar esta ventana (Esc)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>portable: everything is kept beside the program</source>
        <translation>portátil: todo se guarda junto al programa</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>AuditViewPanel</name>
    <message>
        <source>Relate — Audit trail</source>
        <translation>Relate — Registro de actividad</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrar por persona</translation>
    </message>
    <message>
        <source>Who did what, when, on which PC and on what; filter by person, action, words and date.</source>
        <translation>Quién hizo qué, cuándo, en qué PC y sobre qué; filtra por persona, acción, palabras y fecha.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Only what this person did (Alt+W)</source>
        <translation>Solo lo que hizo esta persona (Alt+Q)</translation>
    </message>
    <message>
        <source>Shows only what this person did (Alt+W).</source>
        <translation>Muestra solo lo que hizo esta persona (Alt+Q).</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>Q&amp;ué</translation>
    </message>
    <message>
        <source>Only this kind of action (Alt+H)</source>
        <translation>Solo este tipo de acción (Alt+U)</translation>
    </message>
    <message>
        <source>Shows only this kind of action (Alt+H).</source>
        <translation>Muestra solo este tipo de acción (Alt+U).</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrar por acción</translation>
    </message>
    <message>
        <source>Only entries whose summary contains these words</source>
        <translation>Solo las entradas cuyo resumen contiene estas palabras</translation>
    </message>
    <message>
        <source>Type words to show only the entries whose summary contains them.</source>
        <translation>Escribe palabras para ver solo las entradas cuyo resumen las contiene.</translation>
    </message>
    <message>
        <source>words in the summary</source>
        <translation>palabras del resumen</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Filtrar por palabras</translation>
    </message>
    <message>
        <source>&amp;since</source>
        <translation>&amp;desde</translation>
    </message>
    <message>
        <source>Only what happened on or after this day (Alt+S)</source>
        <translation>Solo lo ocurrido este día o después (Alt+D)</translation>
    </message>
    <message>
        <source>Shows only what happened on or after this day (Alt+S).</source>
        <translation>Muestra solo lo ocurrido este día o después (Alt+D).</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>One row per change: when, who, on which PC, what was done, on what, and a short before and after.</source>
        <translation>Una fila por cambio: cuándo, quién, en qué PC, qué se hizo, sobre qué, y un breve antes y después.</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entradas del registro, las más recientes primero</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>anyone</source>
        <extracomment>The families of actions, as the filter offers them (an action is &quot;family.verb&quot;).</extracomment>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>cualquier cosa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what, then its number</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest 500 at most)</source>
        <translation>
            <numerusform>%n entrada (como máximo las 500 más recientes)</numerusform>
            <numerusform>%n entradas (como máximo las 500 más recientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>first start</source>
        <translation>primer inicio</translation>
    </message>
</context>
<context>
    <name>CallerPop</name>
    <message>
        <source>Open (%1)</source>
        <extracomment>A banner nobody acted on goes away: the call is long over. F8 names the caller&apos;s number on the card of a call this recent. A call that rang while the PC was locked is shown to whoever signs in this soon after.</extracomment>
        <translation>Abrir (%1)</translation>
    </message>
    <message>
        <source>Open the caller&apos;s card (%1)</source>
        <translation>Abrir la ficha de quien llama (%1)</translation>
    </message>
    <message>
        <source>Open the call</source>
        <translation>Abrir la llamada</translation>
    </message>
    <message>
        <source>Opens the card of the caller the banner announces (%1)</source>
        <translation>Abre la ficha de la persona que llama, la que anuncia el aviso (%1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this call banner</source>
        <translation>Ocultar este aviso de llamada</translation>
    </message>
    <message>
        <source>Dismiss the call</source>
        <translation>Descartar la llamada</translation>
    </message>
    <message>
        <source>Hides the banner; the call stays as it is</source>
        <translation>Oculta el aviso; la llamada sigue igual</translation>
    </message>
    <message>
        <source>Incoming call: number withheld</source>
        <translation>Llamada entrante: número oculto</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Llamada entrante de %1</translation>
    </message>
    <message>
        <source>Incoming: %1 — %2 to open</source>
        <translation>Entrante: %1 — %2 para abrir</translation>
    </message>
    <message>
        <source>Incoming call from %1 — %2</source>
        <translation>Llamada entrante de %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 or %n other(s)</source>
        <translation>
            <numerusform>%1 o %n más</numerusform>
            <numerusform>%1 o %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not a customer yet</source>
        <translation>%1, aún no es cliente</translation>
    </message>
    <message>
        <source>Open the caller&apos;s card first: %1 logs the call on it.</source>
        <translation>Abre primero la ficha de quien llama: %1 anota la llamada en ella.</translation>
    </message>
    <message>
        <source>Phone call from %1</source>
        <translation>Llamada de %1</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Call logged on %1&apos;s history</source>
        <translation>Llamada anotada en el historial de %1</translation>
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
        <translation>%1 (confidencial)</translation>
    </message>
    <message>
        <source>Remove “%1” (it can be undone)</source>
        <translation>Quitar «%1» (se puede deshacer)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Removes this little thing from the card; Undo in the message line brings it back.</source>
        <translation>Quita este detalle de la ficha; «Deshacer» en la línea de mensajes lo recupera.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Anotado por %1 el %2</translation>
    </message>
    <message>
        <source>Sensitive: masked in lists and left out of exports.</source>
        <translation>Confidencial: oculto en las listas y fuera de las exportaciones.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connection to the shop server</source>
        <extracomment>How often the outbox tries to send (and, with nothing waiting, looks for the server).</extracomment>
        <translation>Conexión con el servidor de la tienda</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln waiting to send</source>
        <translation>
            <numerusform>Sin conexión — %Ln pendiente de enviar</numerusform>
            <numerusform>Sin conexión — %Ln pendientes de enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — the shop server cannot be reached</source>
        <translation>Sin conexión — no se puede contactar con el servidor de la tienda</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln kept while offline…</source>
        <translation>
            <numerusform>Enviando %Ln guardado sin conexión…</numerusform>
            <numerusform>Enviando %Ln guardados sin conexión…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectRemarkDialog</name>
    <message>
        <source>No corrections yet</source>
        <translation>Aún no hay correcciones</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <source>Save the correction; the earlier version is kept</source>
        <translation>Guardar la corrección; se conserva la versión anterior</translation>
    </message>
    <message>
        <source>Saves the changed text, kind or customer; the earlier version is kept</source>
        <translation>Guarda el texto, el tipo o el cliente cambiados; se conserva la versión anterior</translation>
    </message>
    <message>
        <source>Close without changing the remark (Esc)</source>
        <translation>Cerrar sin cambiar el comentario (Esc)</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Cancelar la corrección</translation>
    </message>
    <message>
        <source>Closes the window without changing the remark (Esc)</source>
        <translation>Cierra la ventana sin cambiar el comentario (Esc)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>when, who: what changed</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>antes: «%1»</translation>
    </message>
    <message>
        <source>Pick the customer to move it to, or clear the field.</source>
        <translation>Elige el cliente al que pasarlo, o vacía el campo.</translation>
    </message>
    <message>
        <source>Relate — Correct a remark</source>
        <translation>Relate — Corregir un comentario</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>The kind of remark: complaint, compliment, request, question, idea or note</source>
        <translation>El tipo de comentario: queja, elogio, petición, pregunta, idea o nota</translation>
    </message>
    <message>
        <source>Kind of remark</source>
        <translation>Tipo de comentario</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>The remark&apos;s text, to correct; Tab moves on</source>
        <translation>El texto del comentario, para corregirlo; Tab pasa al siguiente campo</translation>
    </message>
    <message>
        <source>Remark text</source>
        <translation>Texto del comentario</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Mover a</translation>
    </message>
    <message>
        <source>To move the remark to another customer, type their phone, name, email or card and pick them below; leave empty to keep it here</source>
        <translation>Para pasar el comentario a otro cliente, escribe su teléfono, nombre, email o tarjeta y elígelo abajo; déjalo vacío para mantenerlo aquí</translation>
    </message>
    <message>
        <source>another customer: phone, name, email or card (leave empty to keep)</source>
        <translation>otro cliente: teléfono, nombre, email o tarjeta (vacío para mantenerlo)</translation>
    </message>
    <message>
        <source>Move to another customer</source>
        <translation>Mover a otro cliente</translation>
    </message>
    <message>
        <source>The customers found; the one chosen here gets the remark</source>
        <translation>Los clientes encontrados; el que elijas aquí recibe el comentario</translation>
    </message>
    <message>
        <source>Customers to move it to</source>
        <translation>Clientes a los que moverlo</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Earlier corrections of this remark: when, who and what changed</source>
        <translation>Correcciones anteriores de este comentario: cuándo, quién y qué cambió</translation>
    </message>
    <message>
        <source>Corrections so far</source>
        <translation>Correcciones hasta ahora</translation>
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
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n promesa abierta</numerusform>
            <numerusform>%n promesas abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open escalations</source>
        <translation>
            <numerusform>%n escalado abierto</numerusform>
            <numerusform>%n escalados abiertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashWindow</name>
    <message>
        <source>Relate hit a problem</source>
        <translation>Relate ha tenido un problema</translation>
    </message>
    <message>
        <source>Relate hit a problem — your work is saved.</source>
        <translation>Relate ha tenido un problema — tu trabajo está guardado.</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>Los detalles están en el registro: %1</translation>
    </message>
    <message>
        <source>The details could not be written to a log.</source>
        <translation>No se pudieron escribir los detalles en un registro.</translation>
    </message>
    <message>
        <source>What was being typed is kept as a draft. You can carry on; if Relate misbehaves, close it and start it again.</source>
        <translation>Lo que estabas escribiendo se guarda como borrador. Puedes seguir; si Relate falla, ciérralo y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>“Copy details” puts them on the clipboard for whoever looks after Relate.</source>
        <translation>«Copiar detalles» los copia al portapapeles para quien se ocupa de Relate.</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Detalles del problema</translation>
    </message>
    <message>
        <source>The technical details for whoever looks after Relate; read only.</source>
        <translation>Los detalles técnicos para quien se ocupa de Relate; solo lectura.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Ver detalles</translation>
    </message>
    <message>
        <source>Puts the technical details on the clipboard, to paste into a message.</source>
        <translation>Copia los detalles técnicos al portapapeles, para pegarlos en un mensaje.</translation>
    </message>
    <message>
        <source>Shows or hides the technical details in this window.</source>
        <translation>Muestra u oculta los detalles técnicos en esta ventana.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window and carries on working (Enter or Esc).</source>
        <translation>Cierra esta ventana y sigue trabajando (Intro o Esc).</translation>
    </message>
    <message>
        <source>Close this window and carry on (Enter or Esc)</source>
        <translation>Cerrar esta ventana y seguir (Intro o Esc)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>CustomerCardPanel</name>
    <message>
        <source>Customer card</source>
        <translation>Ficha del cliente</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Cómo se pronuncia el nombre</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>The language the customer prefers to speak; click to change it</source>
        <translation>El idioma en que el cliente prefiere hablar; haz clic para cambiarlo</translation>
    </message>
    <message>
        <source>Phones, emails and cards</source>
        <translation>Teléfonos, emails y tarjetas</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer for marketing or reminders</source>
        <translation>⚠ No contactar con este cliente para publicidad ni recordatorios</translation>
    </message>
    <message>
        <source>Do-not-contact warning</source>
        <translation>Aviso de no contactar</translation>
    </message>
    <message>
        <source>Preferred channel and contact refusals</source>
        <translation>Canal preferido y contactos rechazados</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>What this customer prefers; type in the field and press Enter to add one</source>
        <translation>Lo que prefiere este cliente; escribe en el campo y pulsa Intro para añadir uno</translation>
    </message>
    <message>
        <source>May we contact them?</source>
        <translation>¿Podemos contactarle?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by email; each change is recorded with how they told us</source>
        <translation>Si el cliente aceptó que le contactemos por email; cada cambio se anota con cómo nos lo dijo</translation>
    </message>
    <message>
        <source>Consent to email</source>
        <translation>Consentimiento para email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by SMS; each change is recorded with how they told us</source>
        <translation>Si el cliente aceptó que le contactemos por SMS; cada cambio se anota con cómo nos lo dijo</translation>
    </message>
    <message>
        <source>Consent to SMS</source>
        <translation>Consentimiento para SMS</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by phone calls; each change is recorded with how they told us</source>
        <translation>Si el cliente aceptó que le contactemos por teléfono; cada cambio se anota con cómo nos lo dijo</translation>
    </message>
    <message>
        <source>Consent to phone calls</source>
        <translation>Consentimiento para llamadas</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Whether the customer agreed to be contacted by post; each change is recorded with how they told us</source>
        <translation>Si el cliente aceptó que le contactemos por correo postal; cada cambio se anota con cómo nos lo dijo</translation>
    </message>
    <message>
        <source>Consent to post</source>
        <translation>Consentimiento para correo postal</translation>
    </message>
    <message>
        <source>how</source>
        <translation>cómo</translation>
    </message>
    <message>
        <source>Pick or type how the customer told us; it is recorded with the next change of consent</source>
        <translation>Elige o escribe cómo nos lo dijo el cliente; se anota con el próximo cambio de consentimiento</translation>
    </message>
    <message>
        <source>How the customer told us; recorded with each change of consent</source>
        <translation>Cómo nos lo dijo el cliente; se anota con cada cambio de consentimiento</translation>
    </message>
    <message>
        <source>How consent was given or withdrawn</source>
        <translation>Cómo se dio o retiró el consentimiento</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Habla</translation>
    </message>
    <message>
        <source>The language the customer prefers; pick one or type any language, a change is saved at once</source>
        <translation>El idioma que prefiere el cliente; elige uno o escribe cualquier idioma, el cambio se guarda al momento</translation>
    </message>
    <message>
        <source>Pick a language or type any other; a change is saved at once</source>
        <translation>Elige un idioma o escribe otro; el cambio se guarda al momento</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Prefiere</translation>
    </message>
    <message>
        <source>How the customer prefers to be contacted; a change is saved at once</source>
        <translation>Cómo prefiere el cliente que le contactemos; el cambio se guarda al momento</translation>
    </message>
    <message>
        <source>How the customer prefers to be contacted</source>
        <translation>Cómo prefiere el cliente que le contactemos</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Check when the customer asked not to be contacted for marketing or reminders; saved at once</source>
        <translation>Márcalo si el cliente pidió que no le contactemos para publicidad ni recordatorios; se guarda al momento</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>No marketing or reminders for this customer</source>
        <translation>Nada de publicidad ni recordatorios para este cliente</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>The day the do-not-contact wish ends; the earliest day means no end date</source>
        <translation>El día en que termina el deseo de no ser contactado; el primer día posible significa sin fecha de fin</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Do not contact until</source>
        <translation>No contactar hasta</translation>
    </message>
    <message>
        <source>Open promises, escalations and outcomes to pass on</source>
        <translation>Promesas abiertas, incidencias y resultados que comunicar</translation>
    </message>
    <message>
        <source>Record what was promised to the customer (Ctrl+P opens, Enter records, Esc closes)</source>
        <translation>Anota lo que se prometió al cliente (Ctrl+P abre, Intro anota, Esc cierra)</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Nueva promesa</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Promesa:</translation>
    </message>
    <message>
        <source>Credit, call back, set aside or follow up</source>
        <translation>Saldo a favor, devolver la llamada, reservar o hacer seguimiento</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Tipo de promesa</translation>
    </message>
    <message>
        <source>Type what was promised; Enter records the promise, Esc closes the form</source>
        <translation>Escribe lo que se prometió; Intro anota la promesa, Esc cierra el formulario</translation>
    </message>
    <message>
        <source>What was promised; Enter records the promise, Esc closes (Ctrl+P opens)</source>
        <translation>Lo que se prometió; Intro anota la promesa, Esc cierra (Ctrl+P abre)</translation>
    </message>
    <message>
        <source>what was promised, e.g. £20 credit on next visit</source>
        <translation>lo prometido, p. ej. 20 € de saldo a favor en la próxima visita</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Lo que se prometió</translation>
    </message>
    <message>
        <source>The amount promised, if any; leave at no amount otherwise</source>
        <translation>El importe prometido, si lo hay; si no, déjalo en «sin importe»</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sin importe</translation>
    </message>
    <message>
        <source>due</source>
        <translation>para el</translation>
    </message>
    <message>
        <source>The day the promise is due; it shows as late on the card after that day</source>
        <translation>El día en que vence la promesa; después de ese día aparece como atrasada en la ficha</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Records the promise on the customer&apos;s card (Enter in the text does the same)</source>
        <translation>Anota la promesa en la ficha del cliente (Intro en el texto hace lo mismo)</translation>
    </message>
    <message>
        <source>Record promise</source>
        <translation>Anotar promesa</translation>
    </message>
    <message>
        <source>Record the promise (Enter)</source>
        <translation>Anotar la promesa (Intro)</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Historial, lo más reciente primero</translation>
    </message>
    <message>
        <source>On a remark: the Menu key or Shift+F10 (or a right-click) to correct, escalate or withdraw it</source>
        <translation>En un comentario: la tecla Menú o Mayús+F10 (o clic derecho) para corregirlo, pasarlo al encargado o retirarlo</translation>
    </message>
    <message>
        <source>The customer&apos;s history, newest first; on a remark, the Menu key or a right-click offers to correct, escalate or withdraw it</source>
        <translation>El historial del cliente, lo más reciente primero; en un comentario, la tecla Menú o el clic derecho permiten corregirlo, pasarlo al encargado o retirarlo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Estado de la ficha</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>no preference</source>
        <extracomment>Cards kept in memory to stay readable while the shop server is away.</extracomment>
        <translation>sin preferencia</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotado</translation>
    </message>
    <message>
        <source>asked at the counter</source>
        <translation>preguntado en el mostrador</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>por escrito</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por email</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>Offline — this card is as it was at %1; remarks are kept on this PC and sent when the server is back.</source>
        <translation>Sin conexión — esta ficha está como estaba a las %1; los comentarios se guardan en este PC y se envían cuando vuelva el servidor.</translation>
    </message>
    <message>
        <source>(say: %1)</source>
        <translation>(se dice: %1)</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>tarjeta %1</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer until %1</source>
        <translation>⚠ No contactar con este cliente hasta el %1</translation>
    </message>
    <message>
        <source>⚠ Do not contact this customer for marketing or reminders</source>
        <translation>⚠ No contactar con este cliente para publicidad ni recordatorios</translation>
    </message>
    <message>
        <source>Log what %1 said</source>
        <translation>Anota lo que dijo %1</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Habla %1</translation>
    </message>
    <message>
        <source>%1; press to change it</source>
        <translation>%1; pulsa para cambiarlo</translation>
    </message>
    <message>
        <source>Language not recorded — set</source>
        <translation>Idioma no anotado — anotar</translation>
    </message>
    <message>
        <source>Press to record the language the customer prefers</source>
        <translation>Pulsa para anotar el idioma que prefiere el cliente</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>No channel preference recorded</source>
        <translation>Sin canal preferido anotado</translation>
    </message>
    <message>
        <source>Type the little thing first, e.g. “Receipt: always”.</source>
        <translation>Escribe primero el detalle, p. ej. «Recibo: siempre».</translation>
    </message>
    <message>
        <source>Little thing removed</source>
        <translation>Detalle quitado</translation>
    </message>
    <message>
        <source>correction (undo)</source>
        <translation>corrección (deshacer)</translation>
    </message>
    <message>
        <source>Consent for %1 recorded</source>
        <translation>Consentimiento para %1 anotado</translation>
    </message>
    <message>
        <source>%1 — recorded by %2, %3 (%4). Every change is in the history.</source>
        <translation>%1 — anotado por %2, %3 (%4). Cada cambio queda en el historial.</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Aún no se ha preguntado</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Promesa cumplida</translation>
    </message>
    <message>
        <source>Promise cancelled</source>
        <translation>Promesa cancelada</translation>
    </message>
    <message>
        <source>Follow-up recorded: %1</source>
        <translation>Seguimiento anotado: %1</translation>
    </message>
    <message>
        <source>Marked as told</source>
        <translation>Marcado como avisado</translation>
    </message>
    <message>
        <source>Promise recorded</source>
        <translation>Promesa anotada</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Escalate to the manager</source>
        <translation>Pasar al encargado</translation>
    </message>
    <message>
        <source>Sent to the manager</source>
        <translation>Enviado al encargado</translation>
    </message>
    <message>
        <source>Withdraw this remark</source>
        <translation>Retirar este comentario</translation>
    </message>
    <message>
        <source>Remark withdrawn</source>
        <translation>Comentario retirado</translation>
    </message>
    <message>
        <source>Remark corrected</source>
        <translation>Comentario corregido</translation>
    </message>
</context>
<context>
    <name>CustomerListMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Posibles d&amp;uplicados…</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 fusionado con %2</translation>
    </message>
</context>
<context>
    <name>CustomerRecord</name>
    <message>
        <source>Phones</source>
        <extracomment>The lists of the record, in the order the document shows them (titled by ``_section_titles``). The customer&apos;s own facts at the top of the document.</extracomment>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <source>Loyalty cards</source>
        <translation>Tarjetas de fidelidad</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Consent, every change</source>
        <translation>Consentimiento, todos los cambios</translation>
    </message>
    <message>
        <source>What they told us</source>
        <translation>Lo que nos dijo</translation>
    </message>
    <message>
        <source>Escalations and outcomes</source>
        <translation>Incidencias y resultados</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Cómo se pronuncia el nombre</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Preferred way to be contacted</source>
        <translation>Forma de contacto preferida</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Do not contact until</source>
        <translation>No contactar hasta</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>As given</source>
        <translation>Tal como se dio</translation>
    </message>
    <message>
        <source>International form</source>
        <translation>Formato internacional</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Anotado por</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Cómo se dio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Abierta por</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Atendida por</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Cliente avisado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Prometido por</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What %1 holds about this customer (customer %2).</source>
        <translation>Lo que %1 guarda sobre este cliente (cliente %2).</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nada.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Which words a stored value is worded with, by (section, field).</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DatabaseWorker</name>
    <message>
        <source>Something went wrong talking to the database; nothing you typed was lost. Details are in the log.</source>
        <extracomment>A failure nobody handled: the main window shows it in its message bar.</extracomment>
        <translation>Algo falló al hablar con la base de datos; no se ha perdido nada de lo que escribiste. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How to say it</source>
        <translation>Cómo se pronuncia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Consent (%1)</source>
        <translation>Consentimiento (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Pairs of customers who may be one person, the likeliest first; Up and Down pick a pair to compare.</source>
        <translation>Parejas de clientes que pueden ser la misma persona, las más probables primero; ↑ y ↓ eligen una pareja para compararla.</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Por qué se parecen</translation>
    </message>
    <message>
        <source>The two customers side by side</source>
        <translation>Los dos clientes, uno al lado del otro</translation>
    </message>
    <message>
        <source>Where the two differ, pick the value to keep; the customer on the left is kept and the one on the right merged into it.</source>
        <translation>Donde se diferencian, elige el valor que se queda; se conserva el cliente de la izquierda y el de la derecha se fusiona con él.</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Conservar el otro</translation>
    </message>
    <message>
        <source>Swaps the two, so the customer on the right is the one kept.</source>
        <translation>Intercambia los dos, para conservar el cliente de la derecha.</translation>
    </message>
    <message>
        <source>Merge into the one on the left</source>
        <translation>Fusionar con el de la izquierda</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merges the customer on the right into the one on the left, with the values picked; Undo last merge takes it back.</source>
        <translation>Fusiona el cliente de la derecha con el de la izquierda, con los valores elegidos; «Deshacer la última fusión» lo revierte.</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Deshacer la última fusión</translation>
    </message>
    <message>
        <source>Splits the two customers of the last merge apart again, each with what was theirs.</source>
        <translation>Vuelve a separar los dos clientes de la última fusión, cada uno con lo suyo.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1  ↔  %2
%3</source>
        <translation>%1  ↔  %2
%3</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>No hay duplicados probables.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Keeps: %1 (#%2)</source>
        <translation>Se conserva: %1 (n.º %2)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Merged in: %1 (#%2)</source>
        <translation>Se fusiona: %1 (n.º %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Keep %1: %2</source>
        <translation>Conservar %1: %2</translation>
    </message>
    <message>
        <source>The merged customer keeps the value of the one on the left.</source>
        <translation>El cliente fusionado conserva el valor del de la izquierda.</translation>
    </message>
    <message>
        <source>The merged customer keeps the value of the one on the right.</source>
        <translation>El cliente fusionado conserva el valor del de la derecha.</translation>
    </message>
    <message>
        <source>%1 merged into %2.</source>
        <translation>%1 fusionado con %2.</translation>
    </message>
    <message>
        <source>The merge of %1 into %2 was undone.</source>
        <translation>Se deshizo la fusión de %1 con %2.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>&lt;p&gt;Erase &lt;b&gt;%1&lt;/b&gt; on their request?&lt;/p&gt;&lt;p&gt;Their name, phones, emails, cards, little things, consent and everything they told us are removed for good. What stays is anonymous: that remarks and escalations happened, their kinds, dates and outcomes.&lt;/p&gt;&lt;p&gt;This cannot be undone. Type the customer&apos;s name to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Borrar a &lt;b&gt;%1&lt;/b&gt; a petición suya?&lt;/p&gt;&lt;p&gt;Su nombre, teléfonos, emails, tarjetas, detalles, consentimiento y todo lo que nos dijo se eliminan para siempre. Lo que queda es anónimo: que hubo comentarios e incidencias, sus tipos, fechas y resultados.&lt;/p&gt;&lt;p&gt;No se puede deshacer. Escribe el nombre del cliente para confirmar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erase for ever</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <source>Erases the customer&apos;s personal data; it cannot be undone. Enabled once the name is typed.</source>
        <translation>Borra los datos personales del cliente; no se puede deshacer. Se activa cuando se escribe el nombre.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes this window and erases nothing (Esc).</source>
        <translation>Cierra esta ventana sin borrar nada (Esc).</translation>
    </message>
    <message>
        <source>Close and erase nothing (Esc)</source>
        <translation>Cerrar sin borrar nada (Esc)</translation>
    </message>
    <message>
        <source>Relate — Erase a customer</source>
        <translation>Relate — Borrar un cliente</translation>
    </message>
    <message>
        <source>Type the customer&apos;s full name exactly as on the card; only then can they be erased</source>
        <translation>Escribe el nombre completo del cliente tal como aparece en la ficha; solo entonces se puede borrar</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm</source>
        <translation>Escribe el nombre del cliente para confirmar</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name exactly as shown; the Erase for ever button then becomes available.</source>
        <translation>Escribe el nombre del cliente tal como aparece; entonces se activa el botón «Borrar para siempre».</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <extracomment>The formats ``services.export`` writes, in the order offered; the dialog words them. What can be exported, in the order offered.</extracomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Choose the customers, the remarks, the escalations or the audit trail.</source>
        <translation>Elige los clientes, los comentarios, las incidencias o el registro de actividad.</translation>
    </message>
    <message>
        <source>Excel-friendly CSV (UTF-8 with BOM)</source>
        <translation>CSV para Excel (UTF-8 con BOM)</translation>
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
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Choose the kind of file: CSV for a spreadsheet, JSON for another program.</source>
        <translation>Elige el tipo de archivo: CSV para una hoja de cálculo, JSON para otro programa.</translation>
    </message>
    <message>
        <source>Include little things marked sensitive (a full export, which Relate can import again without loss)</source>
        <translation>Incluir los detalles marcados como confidenciales (una exportación completa, que Relate puede volver a importar sin pérdidas)</translation>
    </message>
    <message>
        <source>Include sensitive little things</source>
        <translation>Incluir detalles confidenciales</translation>
    </message>
    <message>
        <source>When ticked, little things marked sensitive are exported too.</source>
        <translation>Si se marca, también se exportan los detalles marcados como confidenciales.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Asks where to save the file, then writes it (Enter).</source>
        <translation>Pregunta dónde guardar el archivo y luego lo escribe (Intro).</translation>
    </message>
    <message>
        <source>Choose where to save the file (Enter)</source>
        <translation>Elegir dónde guardar el archivo (Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes this window without exporting (Esc).</source>
        <translation>Cierra esta ventana sin exportar (Esc).</translation>
    </message>
    <message>
        <source>Close without exporting (Esc)</source>
        <translation>Cerrar sin exportar (Esc)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exportada %n fila a %1</numerusform>
            <numerusform>Exportadas %n filas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Start</source>
        <extracomment>The sample shop&apos;s name as the tools and tests create it; the dialog stores it translated.</extracomment>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Creates the shop with you as its first manager (Enter).</source>
        <translation>Crea la tienda contigo como primer encargado (Intro).</translation>
    </message>
    <message>
        <source>Create the shop with you as its first manager (Enter)</source>
        <translation>Crear la tienda contigo como primer encargado (Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes Relate without creating anything (Esc).</source>
        <translation>Cierra Relate sin crear nada (Esc).</translation>
    </message>
    <message>
        <source>Close Relate without creating anything (Esc)</source>
        <translation>Cerrar Relate sin crear nada (Esc)</translation>
    </message>
    <message>
        <source>Sample shop (demo data)</source>
        <translation>Tienda de ejemplo (datos de prueba)</translation>
    </message>
    <message>
        <source>Type your name: you will be the shop&apos;s first manager.</source>
        <translation>Escribe tu nombre: serás el primer encargado de la tienda.</translation>
    </message>
    <message>
        <source>Choose a PIN (4–12 digits): you will type it to sign in.</source>
        <translation>Elige un PIN (4–12 dígitos): lo escribirás para entrar.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name.</source>
        <translation>Escribe el nombre de la tienda.</translation>
    </message>
    <message>
        <source>Preparing the sample shop…</source>
        <translation>Preparando la tienda de ejemplo…</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Relate — Welcome</source>
        <translation>Relate — Bienvenida</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Relate&lt;/h2&gt;&lt;p&gt;A few details and you are at the counter.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Relate&lt;/h2&gt;&lt;p&gt;Unos pocos datos y ya estás en el mostrador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Who is working? (your name)</source>
        <translation>¿&amp;Quién trabaja? (tu nombre)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Type your name: you become the shop&apos;s first manager.</source>
        <translation>Escribe tu nombre: serás el primer encargado de la tienda.</translation>
    </message>
    <message>
        <source>Your &amp;PIN (4–12 digits)</source>
        <translation>Tu P&amp;IN (4–12 dígitos)</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Tu PIN</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits, or a passphrase; you type it to sign in.</source>
        <translation>Elige un PIN de 4 a 12 dígitos, o una frase de contraseña; lo escribirás para entrar.</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN &amp;otra vez</translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <translation>Tu PIN otra vez</translation>
    </message>
    <message>
        <source>Type the same PIN again, to be sure of it.</source>
        <translation>Escribe el mismo PIN otra vez, para asegurarte.</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;Nombre de la tienda</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>The shop&apos;s name, as staff and customers know it.</source>
        <translation>El nombre de la tienda, como lo conocen el personal y los clientes.</translation>
    </message>
    <message>
        <source>&amp;Country (for phone numbers)</source>
        <translation>&amp;País (para los teléfonos)</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation>País para los teléfonos</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code; type a letter to jump.</source>
        <translation>El país de los teléfonos escritos sin prefijo internacional; escribe una letra para saltar.</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>e.g. GBP, EUR, USD (the country&apos;s own if left empty)</source>
        <translation>p. ej. EUR, USD, MXN (vacío: la del país)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Three letters such as GBP or EUR; left empty, the country&apos;s own currency.</source>
        <translation>Tres letras, como EUR o MXN; si se deja vacío, la moneda del país.</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop — a few hundred made-up customers to try things on (clearly marked as demo data)</source>
        <translation>Abrir la tienda de &amp;ejemplo — unos cientos de clientes inventados para probar (bien marcados como datos de prueba)</translation>
    </message>
    <message>
        <source>Open the sample shop</source>
        <translation>Abrir la tienda de ejemplo</translation>
    </message>
    <message>
        <source>Starts with a few hundred made-up customers to try things on, clearly marked as demo data (Alt+S).</source>
        <translation>Empieza con unos cientos de clientes inventados para probar, bien marcados como datos de prueba (Alt+E).</translation>
    </message>
    <message>
        <source>A few hundred made-up customers to try things on (Alt+S)</source>
        <translation>Unos cientos de clientes inventados para probar (Alt+E)</translation>
    </message>
    <message>
        <source>Start &amp;empty — my own shop</source>
        <translation>Empezar &amp;vacía — mi propia tienda</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar vacía</translation>
    </message>
    <message>
        <source>Starts your own shop with no customers yet (Alt+E).</source>
        <translation>Empieza tu propia tienda, todavía sin clientes (Alt+V).</translation>
    </message>
    <message>
        <source>Your own shop, with no customers yet (Alt+E)</source>
        <translation>Tu propia tienda, todavía sin clientes (Alt+V)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <extracomment>The preview&apos;s columns: what Relate reads from each row (worded in ``_preview_headings``).</extracomment>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Bring in the customer list the shop already has: a customer export from Shopify, Square or Lightspeed, a vCard file from a phone or address book, any CSV file, or Relate&apos;s own export. Importing the same file again updates, never doubles.</source>
        <translation>Trae la lista de clientes que ya tiene la tienda: una exportación de clientes de Shopify, Square o Lightspeed, un archivo vCard de un móvil o una libreta de direcciones, cualquier archivo CSV o una exportación del propio Relate. Importar otra vez el mismo archivo actualiza, nunca duplica.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Type or paste the path of the customer list; Enter reads it.</source>
        <translation>Escribe o pega la ruta de la lista de clientes; Intro la lee.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Opens a window to pick the customer list.</source>
        <translation>Abre una ventana para elegir la lista de clientes.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>recognise it</source>
        <translation>reconocerlo</translation>
    </message>
    <message>
        <source>any CSV file</source>
        <translation>cualquier archivo CSV</translation>
    </message>
    <message>
        <source>Relate&apos;s own export</source>
        <translation>exportación del propio Relate</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Which program the file comes from; “recognise it” lets Relate tell from its columns.</source>
        <translation>De qué programa viene el archivo; con «reconocerlo», Relate lo deduce por sus columnas.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Country for numbers without one</source>
        <translation>País de los números que no lo indican</translation>
    </message>
    <message>
        <source>Two letters, such as GB or IE: the country of phone numbers written without one. Empty: the shop&apos;s own.</source>
        <translation>Dos letras, como ES o MX: el país de los teléfonos escritos sin prefijo. Vacío: el de la tienda.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next: read the file</source>
        <translation>Siguiente: leer el archivo</translation>
    </message>
    <message>
        <source>Reads the file and shows how its columns will be imported (Enter).</source>
        <translation>Lee el archivo y muestra cómo se importarán sus columnas (Intro).</translation>
    </message>
    <message>
        <source>Read the file and show how it will be imported (Enter)</source>
        <translation>Leer el archivo y mostrar cómo se importará (Intro)</translation>
    </message>
    <message>
        <source>Choose the customer list</source>
        <translation>Elegir la lista de clientes</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Listas de clientes (*.csv *.txt *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elige primero un archivo.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>The file&apos;s columns</source>
        <translation>Las columnas del archivo</translation>
    </message>
    <message>
        <source>Each column of the file and what Relate reads it as; change a row&apos;s choice to read the column differently.</source>
        <translation>Cada columna del archivo y cómo la lee Relate; cambia la elección de una fila para leer la columna de otra forma.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored; the last column says what needs a look.</source>
        <translation>Las primeras filas del archivo tal como se guardarán; la última columna indica qué hay que revisar.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the file</source>
        <translation>Volver al archivo</translation>
    </message>
    <message>
        <source>Returns to choosing the file and its format.</source>
        <translation>Vuelve a la elección del archivo y su formato.</translation>
    </message>
    <message>
        <source>Only check (save nothing)</source>
        <translation>Solo comprobar (no guardar nada)</translation>
    </message>
    <message>
        <source>Only check</source>
        <translation>Solo comprobar</translation>
    </message>
    <message>
        <source>When ticked, the import reads every row and reports, but saves nothing.</source>
        <translation>Si se marca, la importación lee todas las filas e informa, pero no guarda nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the customers</source>
        <translation>Importar los clientes</translation>
    </message>
    <message>
        <source>Starts the import; a progress bar follows and the counter keeps working.</source>
        <translation>Empieza la importación; aparece una barra de progreso y el mostrador sigue funcionando.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Nota y etiquetas</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>vCard file %1</source>
        <translation>Archivo vCard %1</translation>
    </message>
    <message>
        <source>CSV file %1</source>
        <translation>Archivo CSV %1</translation>
    </message>
    <message>
        <source>Relate export %1</source>
        <translation>Exportación de Relate %1</translation>
    </message>
    <message>
        <source>%1 export %2</source>
        <comment>a program&apos;s name, then the file&apos;s</comment>
        <translation>Exportación de %1 %2</translation>
    </message>
    <message>
        <source>their number in the other program</source>
        <translation>su número en el otro programa</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>apodo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>loyalty card</source>
        <translation>tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>aniversario</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>how to say the name</source>
        <translation>cómo se pronuncia el nombre</translation>
    </message>
    <message>
        <source>a little thing</source>
        <translation>un detalle</translation>
    </message>
    <message>
        <source>consent: email</source>
        <translation>consentimiento: email</translation>
    </message>
    <message>
        <source>consent: SMS</source>
        <translation>consentimiento: SMS</translation>
    </message>
    <message>
        <source>consent: phone calls</source>
        <translation>consentimiento: llamadas</translation>
    </message>
    <message>
        <source>consent: post</source>
        <translation>consentimiento: correo postal</translation>
    </message>
    <message>
        <source>no email (opted out)</source>
        <translation>sin email (se dio de baja)</translation>
    </message>
    <message>
        <source>amount spent</source>
        <translation>importe gastado</translation>
    </message>
    <message>
        <source>number of visits</source>
        <translation>número de visitas</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>primera visita</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation>última visita</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>Windows code page 1252</source>
        <translation>Página de códigos 1252 de Windows</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) would be created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>Se crearía %n cliente, %1 actualizados, %2 ya al día.</numerusform>
            <numerusform>Se crearían %n clientes, %1 actualizados, %2 ya al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>%n cliente creado, %1 actualizados, %2 ya al día.</numerusform>
            <numerusform>%n clientes creados, %1 actualizados, %2 ya al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n fila leída.</numerusform>
            <numerusform>%n filas leídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n fila no importada.</numerusform>
            <numerusform>%n filas no importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported with something left out.</source>
        <translation>
            <numerusform>%n fila importada con algo omitido.</numerusform>
            <numerusform>%n filas importadas con algo omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>%n fila vacía omitida.</numerusform>
            <numerusform>%n filas vacías omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a check: nothing was saved.</source>
        <translation>Solo una comprobación: no se guardó nada.</translation>
    </message>
    <message>
        <source>Cancelled: everything up to %1 is saved; run the same import again to finish it (nothing is doubled).</source>
        <translation>Cancelado: todo hasta %1 está guardado; repite la misma importación para terminarla (no se duplica nada).</translation>
    </message>
    <message>
        <source>Cancelled before anything was saved.</source>
        <translation>Cancelado antes de guardar nada.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>tarjeta %1</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>no importado: %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>Recognised as: %1 (%2, %3). The first rows below are shown as they will be stored.</source>
        <comment>file, its encoding, its separator</comment>
        <translation>Reconocido como: %1 (%2, %3). Las primeras filas de abajo se muestran tal como se guardarán.</translation>
    </message>
    <message>
        <source>Recognised as: %1 (%2). The first rows below are shown as they will be stored.</source>
        <comment>file, its encoding</comment>
        <translation>Reconocido como: %1 (%2). Las primeras filas de abajo se muestran tal como se guardarán.</translation>
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation>Leer «%1» como</translation>
    </message>
    <message>
        <source>What Relate reads this column as; “(not imported)” leaves it out.</source>
        <translation>Cómo lee Relate esta columna; «(no importar)» la deja fuera.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Stops after the batch being stored; what was stored stays, and importing the file again finishes it.</source>
        <translation>Se detiene tras el lote que se está guardando; lo guardado se queda, y al importar otra vez el archivo se termina.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 to look at</source>
        <translation>%1 filas leídas: %2 nuevas, %3 actualizadas, %4 por revisar</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>detenido: %1</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Deteniendo tras este lote…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de la importación</translation>
    </message>
    <message>
        <source>One line for each row that was not imported or had something left out; read only.</source>
        <translation>Una línea por cada fila que no se importó o a la que le faltó algo; solo lectura.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the import window.</source>
        <translation>Cierra la ventana de importación.</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Se importaron todas las filas.</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>Informe guardado como %1</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>No se pudo guardar el informe.</translation>
    </message>
</context>
<context>
    <name>LittleThingsPanel</name>
    <message>
        <source>+ little thing: the what, not the why</source>
        <translation>+ detalle: el qué, no el porqué</translation>
    </message>
    <message>
        <source>Add a little thing</source>
        <translation>Añadir un detalle</translation>
    </message>
    <message>
        <source>Type what the customer prefers, e.g. “Receipt: always”, and press Enter to add it</source>
        <translation>Escribe lo que prefiere el cliente, p. ej. «Recibo: siempre», y pulsa Intro para añadirlo</translation>
    </message>
    <message>
        <source>Add a little thing to the card (Enter)</source>
        <translation>Añadir un detalle a la ficha (Intro)</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>confidencial</translation>
    </message>
    <message>
        <source>Shown on the card only: masked in lists, left out of exports</source>
        <translation>Solo se ve en la ficha: oculto en las listas, fuera de las exportaciones</translation>
    </message>
    <message>
        <source>Sensitive little thing</source>
        <translation>Detalle confidencial</translation>
    </message>
    <message>
        <source>Check before adding: the little thing is shown on the card only, masked in lists and left out of exports</source>
        <translation>Márcalo antes de añadir: el detalle solo se ve en la ficha, oculto en las listas y fuera de las exportaciones</translation>
    </message>
</context>
<context>
    <name>LookupController</name>
    <message numerus="yes">
        <source>%n customers have this number: ↑ ↓ to choose, Enter to open</source>
        <extracomment>Coalesces a burst of keys into one search; kept short because the card-scanner filter already holds typed keys back a moment (gui/scanner.py) and the newest text always wins.</extracomment>
        <translation>
            <numerusform>%n cliente tiene este número: ↑ ↓ para elegir, Intro para abrir</numerusform>
            <numerusform>%n clientes tienen este número: ↑ ↓ para elegir, Intro para abrir</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1…</source>
        <translation>Tarjeta %1…</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open</source>
        <translation>↑ ↓ para elegir, Intro para abrir</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Press Enter to add a new customer with it filled in.</source>
        <translation>No se encontró nada para «%1». Pulsa Intro para añadir un cliente nuevo con ese dato ya puesto.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in: %1</source>
        <extracomment>How often another PC&apos;s changes are looked for (a cheap, indexed query).</extracomment>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Type a phone number, the last digits, a name, an email or scan a card. Enter opens the customer; nothing found, Enter adds them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Escribe un teléfono, sus últimas cifras, un nombre, un email o pasa una tarjeta. Intro abre el cliente; si no se encuentra, Intro lo añade.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>Language, theme, &amp;shop server and backups…</source>
        <translation>Idioma, tema, &amp;servidor de la tienda y copias…</translation>
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
        <translation>Cola</translation>
    </message>
    <message>
        <source>Manager&apos;s queue</source>
        <translation>Cola del encargado</translation>
    </message>
    <message numerus="yes">
        <source>Queue · %n urgent</source>
        <translation>
            <numerusform>Cola · %n urgente</numerusform>
            <numerusform>Cola · %n urgentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manager&apos;s queue, %n urgent</source>
        <translation>
            <numerusform>Cola del encargado, %n urgente</numerusform>
            <numerusform>Cola del encargado, %n urgentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: %1 — %2 (raised by %3)</source>
        <translation>Urgente: %1 — %2 (abierta por %3)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>cliente de paso</translation>
    </message>
    <message>
        <source>Relate — urgent escalation</source>
        <translation>Relate — incidencia urgente</translation>
    </message>
    <message>
        <source>%1 resolved the escalation you raised about %2 (“%3”): %4. %5</source>
        <translation>%1 resolvió la incidencia que abriste sobre %2 («%3»): %4. %5</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>un cliente de paso</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Relate</source>
        <translation>Acerca &amp;de Relate</translation>
    </message>
    <message>
        <source>Phone, last 4 digits, name, email or card — Ctrl+F</source>
        <translation>Teléfono, últimas 4 cifras, nombre, email o tarjeta — Ctrl+F</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Find a customer (Ctrl+F; Esc also comes back here)</source>
        <translation>Buscar un cliente (Ctrl+F; Esc también vuelve aquí)</translation>
    </message>
    <message>
        <source>Type a phone number, its last digits, any word of the name, an email or a card number; Up and Down pick, Enter opens, Ctrl+F comes back here</source>
        <translation>Escribe un teléfono, sus últimas cifras, cualquier palabra del nombre, un email o un número de tarjeta; ↑ y ↓ eligen, Intro abre, Ctrl+F vuelve aquí</translation>
    </message>
    <message>
        <source>Starts a new customer&apos;s card with what was typed in the search box filled in (Ctrl+N)</source>
        <translation>Abre la ficha de un cliente nuevo con lo escrito en el buscador ya puesto (Ctrl+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>Cliente nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opens the manager&apos;s queue of escalations; the button says how many are urgent (Ctrl+M)</source>
        <translation>Abre la cola de incidencias del encargado; el botón indica cuántas son urgentes (Ctrl+M)</translation>
    </message>
    <message>
        <source>The manager&apos;s queue of escalations (Ctrl+M)</source>
        <translation>La cola de incidencias del encargado (Ctrl+M)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>SAMPLE SHOP — demo data, not real customers. Start your own shop from an empty data folder.</source>
        <translation>TIENDA DE EJEMPLO — datos de prueba, no son clientes reales. Empieza tu propia tienda con una carpeta de datos vacía.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Opens the card of the customer the notification is about and dismisses it</source>
        <translation>Abre la ficha del cliente al que se refiere la notificación y la descarta</translation>
    </message>
    <message>
        <source>Open the customer&apos;s card</source>
        <translation>Abrir la ficha del cliente</translation>
    </message>
    <message>
        <source>Open the card of the customer this is about</source>
        <translation>Abrir la ficha del cliente al que se refiere</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Abrir ficha</translation>
    </message>
    <message>
        <source>Marks the notification as read and shows the next one, if any</source>
        <translation>Marca la notificación como leída y muestra la siguiente, si la hay</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Descartar la notificación</translation>
    </message>
    <message>
        <source>Dismiss this notification</source>
        <translation>Descartar esta notificación</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Customers matching what was typed; Up and Down in the search box pick one, Enter opens the card</source>
        <translation>Clientes que coinciden con lo escrito; ↑ y ↓ en el buscador eligen uno, Intro abre la ficha</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Takes back what the message beside it says was just done (Ctrl+Z)</source>
        <translation>Deshace lo que el mensaje de al lado dice que se acaba de hacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Deshacer la última acción</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Ctrl+F find · Ctrl+N new · Ctrl+P promise · Ctrl+M queue · Esc back to search · F1 all keys</source>
        <translation>Ctrl+F buscar · Ctrl+N nuevo · Ctrl+P promesa · Ctrl+M cola · Esc volver a buscar · F1 todas las teclas</translation>
    </message>
</context>
<context>
    <name>ManagerQueuePanel</name>
    <message>
        <source>Open escalations on the left, the selected one and its actions on the right. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.</source>
        <translation>Incidencias abiertas a la izquierda; la elegida y sus acciones, a la derecha. Ctrl+T para encargarte, Ctrl+Intro resuelve, Esc cierra la cola.</translation>
    </message>
    <message>
        <source>Relate — Manager queue</source>
        <translation>Relate — Cola del encargado</translation>
    </message>
    <message>
        <source>Manager queue</source>
        <translation>Cola del encargado</translation>
    </message>
    <message>
        <source>How many escalations are open, how many are urgent and how many are past their target time.</source>
        <translation>Cuántas incidencias hay abiertas, cuántas son urgentes y cuántas están fuera de plazo.</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Resumen de la cola</translation>
    </message>
    <message>
        <source>Up and Down pick an escalation; its age says in words when it is overdue or due soon. Ctrl+T takes ownership, Ctrl+Enter resolves, Esc closes the queue.</source>
        <translation>↑ y ↓ eligen una incidencia; su antigüedad dice con palabras si está fuera de plazo o a punto de estarlo. Ctrl+T para encargarte, Ctrl+Intro resuelve, Esc cierra la cola.</translation>
    </message>
    <message>
        <source>Open escalations, urgent and oldest first</source>
        <translation>Incidencias abiertas, urgentes y más antiguas primero</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Lo que dijo el cliente</translation>
    </message>
    <message>
        <source>The customer in short</source>
        <translation>El cliente en breve</translation>
    </message>
    <message>
        <source>Shows this customer&apos;s card in the counter window.</source>
        <translation>Muestra la ficha de este cliente en la ventana del mostrador.</translation>
    </message>
    <message>
        <source>Open the customer&apos;s card</source>
        <translation>Abrir la ficha del cliente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The notes added to this escalation, with who wrote them and when.</source>
        <translation>Las notas añadidas a esta incidencia, con quién las escribió y cuándo.</translation>
    </message>
    <message>
        <source>Add a note to this escalation (Enter)</source>
        <translation>Añadir una nota a esta incidencia (Intro)</translation>
    </message>
    <message>
        <source>Type a note for this escalation and press Enter to add it.</source>
        <translation>Escribe una nota para esta incidencia y pulsa Intro para añadirla.</translation>
    </message>
    <message>
        <source>Add a note, Enter</source>
        <translation>Añade una nota, Intro</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Take ownership of the selected escalation (Ctrl+T)</source>
        <translation>Encargarme de la incidencia elegida (Ctrl+T)</translation>
    </message>
    <message>
        <source>Makes you the owner of the selected escalation (Ctrl+T).</source>
        <translation>Te asigna la incidencia elegida (Ctrl+T).</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>Me encargo</translation>
    </message>
    <message>
        <source>Take ownership (Ctrl+T)</source>
        <translation>Me encargo (Ctrl+T)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>What the shop did for the customer (Alt+O)</source>
        <translation>Lo que hizo la tienda por el cliente (Alt+R)</translation>
    </message>
    <message>
        <source>What the shop did for the customer (Alt+O).</source>
        <translation>Lo que hizo la tienda por el cliente (Alt+R).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>&amp;Qué se hizo</translation>
    </message>
    <message>
        <source>What was done; Enter resolves (Alt+D)</source>
        <translation>Qué se hizo; Intro resuelve (Alt+Q)</translation>
    </message>
    <message>
        <source>What was done, in a few words; Enter resolves the escalation (Alt+D).</source>
        <translation>Qué se hizo, en pocas palabras; Intro resuelve la incidencia (Alt+Q).</translation>
    </message>
    <message>
        <source>e.g. refund issued, called to apologise</source>
        <translation>p. ej. dinero devuelto, llamado para disculparnos</translation>
    </message>
    <message>
        <source>Resolution note</source>
        <translation>Nota de resolución</translation>
    </message>
    <message>
        <source>Records a promise to the customer together with the resolution.</source>
        <translation>Anota una promesa al cliente junto con la resolución.</translation>
    </message>
    <message>
        <source>Promise something to the customer</source>
        <translation>Prometer algo al cliente</translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation>&amp;Promesa</translation>
    </message>
    <message>
        <source>A credit, a call back, an order set aside or a follow-up.</source>
        <translation>Saldo a favor, devolver la llamada, reservar un pedido o un seguimiento.</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Tipo de promesa</translation>
    </message>
    <message>
        <source>The amount of money promised, if any; zero means no amount.</source>
        <translation>El importe prometido, si lo hay; cero significa sin importe.</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sin importe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>The day the promise is due; it is shown as overdue after that.</source>
        <translation>El día en que vence la promesa; después aparece como atrasada.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>What is promised (Alt+P)</source>
        <translation>Lo que se promete (Alt+P)</translation>
    </message>
    <message>
        <source>What is promised, in the words the customer will hear (Alt+P).</source>
        <translation>Lo que se promete, con las palabras que oirá el cliente (Alt+P).</translation>
    </message>
    <message>
        <source>e.g. £20 credit on next visit</source>
        <translation>p. ej. 20 € de saldo a favor en la próxima visita</translation>
    </message>
    <message>
        <source>What is promised</source>
        <translation>Lo que se promete</translation>
    </message>
    <message>
        <source>Schedules a call to check the customer is happy with the outcome (Alt+U).</source>
        <translation>Programa una llamada para comprobar que el cliente está contento con el resultado (Alt+S).</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation>&amp;Seguimiento el</translation>
    </message>
    <message>
        <source>Schedule a call to check the customer is happy with the outcome (Alt+U)</source>
        <translation>Programar una llamada para comprobar que el cliente está contento con el resultado (Alt+S)</translation>
    </message>
    <message>
        <source>The day to call the customer back.</source>
        <translation>El día en que llamar al cliente.</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Resolve the escalation (Ctrl+Enter)</source>
        <translation>Resolver la incidencia (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Resolves the escalation with this outcome; the answer goes to the customer&apos;s card and to whoever raised it (Ctrl+Enter).</source>
        <translation>Resuelve la incidencia con este resultado; la respuesta va a la ficha del cliente y a quien la abrió (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>Resolver (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ManagerQueueWindow</name>
    <message>
        <source>Only a manager can do this.</source>
        <translation>Solo un encargado puede hacer esto.</translation>
    </message>
    <message>
        <source>%1 open · %2 urgent · %3 past their target time</source>
        <translation>%1 abiertas · %2 urgentes · %3 fuera de plazo</translation>
    </message>
    <message>
        <source>Nothing waiting. Well done.</source>
        <translation>Nada pendiente. ¡Buen trabajo!</translation>
    </message>
    <message>
        <source>raised by %1, %2</source>
        <translation>abierta por %1, %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>A walk-in (no customer on file)</source>
        <translation>Un cliente de paso (sin ficha)</translation>
    </message>
    <message>
        <source>🔒 (sensitive)</source>
        <translation>🔒 (confidencial)</translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n promesa abierta</numerusform>
            <numerusform>%n promesas abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other open escalation(s)</source>
        <translation>
            <numerusform>%n incidencia abierta más</numerusform>
            <numerusform>%n incidencias abiertas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Un cliente nuevo necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>NewCustomerPanel</name>
    <message>
        <source>New customer — Enter creates the card, Esc goes back</source>
        <translation>Cliente nuevo — Intro crea la ficha, Esc vuelve</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>The customer&apos;s name, as they like to be called (required); Enter creates the card, Esc goes back</source>
        <translation>El nombre del cliente, como le gusta que le llamen (obligatorio); Intro crea la ficha, Esc vuelve</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How to &amp;say it</source>
        <translation>Cómo se &amp;pronuncia</translation>
    </message>
    <message>
        <source>Optional: how to say the name, e.g. SHIV-awn; Enter creates the card, Esc goes back</source>
        <translation>Opcional: cómo se pronuncia el nombre, p. ej. YÓR-yi; Intro crea la ficha, Esc vuelve</translation>
    </message>
    <message>
        <source>optional, e.g. SHIV-awn</source>
        <translation>opcional, p. ej. YÓR-yi</translation>
    </message>
    <message>
        <source>How to say the name</source>
        <translation>Cómo se pronuncia el nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>A phone number in any format; Enter creates the card, Esc goes back</source>
        <translation>Un teléfono en cualquier formato; Intro crea la ficha, Esc vuelve</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>An email address; Enter creates the card, Esc goes back</source>
        <translation>Una dirección de email; Intro crea la ficha, Esc vuelve</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Loyalty &amp;card</source>
        <translation>Tarjeta de &amp;fidelidad</translation>
    </message>
    <message>
        <source>The loyalty card number, typed or scanned; Enter creates the card, Esc goes back</source>
        <translation>El número de la tarjeta de fidelidad, escrito o escaneado; Intro crea la ficha, Esc vuelve</translation>
    </message>
    <message>
        <source>Loyalty card number</source>
        <translation>Número de tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Speaks (&amp;language)</source>
        <translation>Habla (&amp;idioma)</translation>
    </message>
    <message>
        <source>The language the customer prefers to speak: pick one or type any language; Enter creates the card, Esc goes back</source>
        <translation>El idioma en que el cliente prefiere hablar: elige uno o escribe cualquier idioma; Intro crea la ficha, Esc vuelve</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Goes back to the search box without creating a card (Esc)</source>
        <translation>Vuelve al buscador sin crear ninguna ficha (Esc)</translation>
    </message>
    <message>
        <source>Cancel the new customer</source>
        <translation>Cancelar el cliente nuevo</translation>
    </message>
    <message>
        <source>Back without creating a card (Esc)</source>
        <translation>Volver sin crear la ficha (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Creates the customer&apos;s card and opens it, with the cursor in the remark editor (Enter)</source>
        <translation>Crea la ficha del cliente y la abre, con el cursor en el editor de comentarios (Intro)</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Crear ficha</translation>
    </message>
    <message>
        <source>Create the customer&apos;s card (Enter)</source>
        <translation>Crear la ficha del cliente (Intro)</translation>
    </message>
</context>
<context>
    <name>OpenMatters</name>
    <message>
        <source>Cancel</source>
        <extracomment>A button on a row: its text, what it does, its accessible name, its tooltip/description.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the promise “%1”</source>
        <translation>Cancelar la promesa «%1»</translation>
    </message>
    <message>
        <source>Cancels “%1”; Undo in the message line takes it back.</source>
        <translation>Cancela «%1»; «Deshacer» en la línea de mensajes lo revierte.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfecho</translation>
    </message>
    <message>
        <source>Satisfied with “%1”</source>
        <translation>Satisfecho con «%1»</translation>
    </message>
    <message>
        <source>They are happy with how it was put right</source>
        <translation>Está contento con cómo se solucionó</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>No satisfecho</translation>
    </message>
    <message>
        <source>Not satisfied with “%1”</source>
        <translation>No satisfecho con «%1»</translation>
    </message>
    <message>
        <source>They are still not happy</source>
        <translation>Sigue sin estar contento</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Mark “%1” as kept</source>
        <translation>Marcar «%1» como cumplida</translation>
    </message>
    <message>
        <source>Marks the promise as kept; Undo in the message line takes it back.</source>
        <translation>Marca la promesa como cumplida; «Deshacer» en la línea de mensajes lo revierte.</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Avisado</translation>
    </message>
    <message>
        <source>Told the customer about “%1”</source>
        <translation>Cliente avisado de «%1»</translation>
    </message>
    <message>
        <source>The customer has been told the outcome; the line goes away</source>
        <translation>Ya se avisó al cliente del resultado; la línea desaparece</translation>
    </message>
    <message>
        <source>, LATE — was due %1</source>
        <translation>, CON RETRASO — vencía el %1</translation>
    </message>
    <message>
        <source>, due today</source>
        <translation>, vence hoy</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, vence el %1</translation>
    </message>
    <message>
        <source>PROMISED</source>
        <translation>PROMETIDO</translation>
    </message>
    <message>
        <source>being handled by %1</source>
        <translation>en manos de %1</translation>
    </message>
    <message>
        <source>waiting for a manager</source>
        <translation>esperando a un encargado</translation>
    </message>
    <message>
        <source>URGENT · </source>
        <translation>URGENTE · </translation>
    </message>
    <message>
        <source>WITH MANAGER</source>
        <translation>CON EL ENCARGADO</translation>
    </message>
    <message>
        <source>TELL THEM</source>
        <translation>AVISAR</translation>
    </message>
    <message>
        <source>(about “%1”, %2 by %3)</source>
        <translation>(sobre «%1», %2 por %3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days (%1)</source>
        <translation>
            <numerusform>dentro de %Ln día (%1)</numerusform>
            <numerusform>dentro de %Ln días (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln years</source>
        <translation>
            <numerusform> — %Ln año</numerusform>
            <numerusform> — %Ln años</numerusform>
        </translation>
    </message>
    <message>
        <source> — 1 year</source>
        <translation> — 1 año</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Priority</source>
        <extracomment>Rows read per trip to the database when they scroll into view (a few screens&apos; worth).</extracomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Abierta por</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>sin responsable aún</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — fuera de plazo</translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation>%1 — casi fuera de plazo</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>cliente de paso</translation>
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
        <translation>(sobre nadie en particular)</translation>
    </message>
    <message>
        <source>Log what they said</source>
        <translation>Anota lo que dijo</translation>
    </message>
    <message>
        <source>Walk-in remark (no customer)</source>
        <translation>Comentario de cliente de paso (sin ficha)</translation>
    </message>
    <message>
        <source>Conversation in %1</source>
        <translation>Conversación en %1</translation>
    </message>
    <message>
        <source>Type what the customer said first, then press Enter.</source>
        <translation>Escribe primero lo que dijo el cliente y luego pulsa Intro.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Kept on this PC: the shop server cannot be reached. It is sent by itself when the server is back (%1 waiting).</source>
        <translation>Guardado en este PC: no se puede contactar con el servidor de la tienda. Se envía solo cuando vuelva el servidor (%1 pendientes).</translation>
    </message>
    <message>
        <source>Saved and sent to the manager</source>
        <translation>Guardado y enviado al encargado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone — the text is back in the editor</source>
        <translation>Deshecho — el texto vuelve a estar en el editor</translation>
    </message>
</context>
<context>
    <name>RemarkEditorPanel</name>
    <message>
        <source>Log what they said</source>
        <translation>Anota lo que dijo</translation>
    </message>
    <message>
        <source>Complaint, compliment, request, question, idea or note; Ctrl+1 to Ctrl+6 pick one from anywhere on the card</source>
        <translation>Queja, elogio, petición, pregunta, idea o nota; de Ctrl+1 a Ctrl+6 eligen uno desde cualquier sitio de la ficha</translation>
    </message>
    <message>
        <source>Kind of remark (Ctrl+1 … Ctrl+6)</source>
        <translation>Tipo de comentario (Ctrl+1 … Ctrl+6)</translation>
    </message>
    <message>
        <source>Kind of remark</source>
        <translation>Tipo de comentario</translation>
    </message>
    <message>
        <source>Where the customer said it: at the counter, on the phone, by email, in an online review or in person</source>
        <translation>Dónde lo dijo el cliente: en el mostrador, por teléfono, por email, en una reseña en internet o en persona</translation>
    </message>
    <message>
        <source>Where the customer said it</source>
        <translation>Dónde lo dijo el cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>The language the conversation was in (Ctrl+Shift+L: switch between the customer&apos;s language and the shop&apos;s, or pick another)</source>
        <translation>El idioma de la conversación (Ctrl+Mayús+L: cambia entre el idioma del cliente y el de la tienda, o elige otro)</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Idioma de la conversación</translation>
    </message>
    <message>
        <source>The language the conversation was in, saved with the remark; Ctrl+Shift+L switches it</source>
        <translation>El idioma de la conversación, guardado con el comentario; Ctrl+Mayús+L lo cambia</translation>
    </message>
    <message>
        <source>Optional words to find the remark by later, separated by commas</source>
        <translation>Palabras opcionales para encontrar el comentario más tarde, separadas por comas</translation>
    </message>
    <message>
        <source>Tags for the remark, separated by commas</source>
        <translation>Etiquetas del comentario, separadas por comas</translation>
    </message>
    <message>
        <source>tags, comma-separated</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>For a compliment: the member of staff it is about; they see it when they next sign in</source>
        <translation>Para un elogio: el empleado al que se refiere; lo verá la próxima vez que entre</translation>
    </message>
    <message>
        <source>Who the compliment is about: it reaches them when they sign in</source>
        <translation>A quién se refiere el elogio: le llega cuando entra</translation>
    </message>
    <message>
        <source>Compliment about</source>
        <translation>Elogio para</translation>
    </message>
    <message>
        <source>Save the remark (Enter) · new line (Shift+Enter) · escalate (Ctrl+Enter) · urgent (Ctrl+Shift+Enter)</source>
        <translation>Guardar el comentario (Intro) · nueva línea (Mayús+Intro) · pasar al encargado (Ctrl+Intro) · urgente (Ctrl+Mayús+Intro)</translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation>¿Qué dijo el cliente?</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Type what the customer said. Enter saves, Shift+Enter starts a new line, Ctrl+Enter saves and escalates to the manager, Ctrl+Shift+Enter escalates as urgent, Ctrl+Z takes back the remark just saved</source>
        <translation>Escribe lo que dijo el cliente. Intro guarda, Mayús+Intro empieza una línea nueva, Ctrl+Intro guarda y lo pasa al encargado, Ctrl+Mayús+Intro lo pasa como urgente, Ctrl+Z deshace el comentario recién guardado</translation>
    </message>
    <message>
        <source>Enter save · Shift+Enter new line · Ctrl+Enter escalate · Ctrl+Shift+Enter urgent · Ctrl+Z undo</source>
        <translation>Intro guardar · Mayús+Intro nueva línea · Ctrl+Intro al encargado · Ctrl+Mayús+Intro urgente · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <source>Remark status</source>
        <translation>Estado del comentario</translation>
    </message>
    <message>
        <source>Takes back the remark just saved and puts its text back in the editor (Ctrl+Z)</source>
        <translation>Deshace el comentario recién guardado y devuelve su texto al editor (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the remark just saved</source>
        <translation>Deshacer el comentario recién guardado</translation>
    </message>
    <message>
        <source>Take back the remark just saved (Ctrl+Z)</source>
        <translation>Deshacer el comentario recién guardado (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shop server&lt;/b&gt; (several PCs sharing one database). Leave the server empty to keep this PC&apos;s own database.</source>
        <translation>&lt;b&gt;Servidor de la tienda&lt;/b&gt; (varios PC con una misma base de datos). Deja el servidor vacío para seguir con la base de datos propia de este PC.</translation>
    </message>
    <message>
        <source>e.g. backoffice or 192.168.1.10</source>
        <translation>p. ej. oficina o 192.168.1.10</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt; of this PC&apos;s own database</source>
        <translation>&lt;b&gt;Copias de seguridad&lt;/b&gt; de la base de datos propia de este PC</translation>
    </message>
    <message>
        <source>the data folder&apos;s backups/</source>
        <translation>backups/ de la carpeta de datos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Conservar las últimas</translation>
    </message>
    <message>
        <source>Same as this PC (%1)</source>
        <translation>Igual que este PC (%1)</translation>
    </message>
    <message>
        <source>Relate will use the new language after a restart.</source>
        <translation>Relate usará el nuevo idioma cuando se reinicie.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark windows, or as this PC&apos;s desktop is</source>
        <translation>Ventanas claras u oscuras, o como el escritorio de este PC</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Relate&apos;s windows on this PC; used after a restart</source>
        <translation>El idioma de las ventanas de Relate en este PC; se aplica al reiniciar</translation>
    </message>
    <message>
        <source>The shop server&apos;s name or address; leave it empty to keep this PC&apos;s own database</source>
        <translation>El nombre o la dirección del servidor de la tienda; déjalo vacío para seguir con la base de datos propia de este PC</translation>
    </message>
    <message>
        <source>The shop server&apos;s PostgreSQL port, usually 5432</source>
        <translation>El puerto PostgreSQL del servidor de la tienda, normalmente 5432</translation>
    </message>
    <message>
        <source>The name of Relate&apos;s database on the server</source>
        <translation>El nombre de la base de datos de Relate en el servidor</translation>
    </message>
    <message>
        <source>The user name Relate signs in to the server with</source>
        <translation>El nombre de usuario con el que Relate se conecta al servidor</translation>
    </message>
    <message>
        <source>That user&apos;s password; it is stored on this PC and never shown again</source>
        <translation>La contraseña de ese usuario; se guarda en este PC y no se vuelve a mostrar</translation>
    </message>
    <message>
        <source>Tries the server with these details and says what is wrong, if anything</source>
        <translation>Prueba el servidor con estos datos e indica qué falla, si algo falla</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>What the last connection test found</source>
        <translation>Lo que encontró la última prueba de conexión</translation>
    </message>
    <message>
        <source>Where this PC writes its backups; empty means the data folder&apos;s backups folder</source>
        <translation>Dónde guarda este PC sus copias de seguridad; vacío significa la carpeta backups de la carpeta de datos</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias</translation>
    </message>
    <message>
        <source>Opens a folder picker for the backup folder</source>
        <translation>Abre un selector de carpetas para la carpeta de copias</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Copias que se conservan</translation>
    </message>
    <message>
        <source>How many backups of each kind this PC keeps; older ones are deleted</source>
        <translation>Cuántas copias de cada tipo conserva este PC; las más antiguas se borran</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address first.</source>
        <translation>Escribe primero el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address Relate understands.</source>
        <translation>«%1» no es una dirección de base de datos que Relate entienda.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed on this PC; install Relate with its PostgreSQL extra.</source>
        <translation>El controlador de PostgreSQL no está instalado en este PC; instala Relate con su extra de PostgreSQL.</translation>
    </message>
    <message>
        <source>The shop server %2 cannot be reached. Is the back-office PC on, is PostgreSQL running there, and does its firewall let port %5 through?</source>
        <translation>No se puede contactar con el servidor de la tienda %2. ¿Está encendido el PC de la oficina, funciona PostgreSQL en él y su cortafuegos deja pasar el puerto %5?</translation>
    </message>
    <message>
        <source>The server %2 does not let user &apos;%3&apos; in to &apos;%4&apos; from this PC. See the README (the shop server) for the setting on the server.</source>
        <translation>El servidor %2 no deja entrar al usuario «%3» en «%4» desde este PC. Consulta el README (el servidor de la tienda) para el ajuste del servidor.</translation>
    </message>
    <message>
        <source>The server %2 turned down the user name or password for user &apos;%3&apos;. Check both (the password is case-sensitive).</source>
        <translation>El servidor %2 rechazó el nombre de usuario o la contraseña del usuario «%3». Revisa ambos (la contraseña distingue mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>The server %2 wants a password for user &apos;%3&apos;.</source>
        <translation>El servidor %2 pide una contraseña para el usuario «%3».</translation>
    </message>
    <message>
        <source>The server %2 is there, but has no database called &apos;%4&apos;. Create it on the server (see the README) or correct the name.</source>
        <translation>El servidor %2 responde, pero no tiene ninguna base de datos llamada «%4». Créala en el servidor (consulta el README) o corrige el nombre.</translation>
    </message>
    <message>
        <source>Connected to %1, but it was set up by a newer Relate. Install the newer Relate on this PC.</source>
        <translation>Conectado a %1, pero la preparó un Relate más nuevo. Instala el Relate más nuevo en este PC.</translation>
    </message>
    <message>
        <source>Connected to %1, but it is not a Relate database.</source>
        <translation>Conectado a %1, pero no es una base de datos de Relate.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: it is damaged or not a Relate database.</source>
        <translation>No se puede leer la base de datos %1: está dañada o no es una base de datos de Relate.</translation>
    </message>
    <message>
        <source>Connected to %1. It is empty: Relate sets it up on its first start.</source>
        <translation>Conectado a %1. Está vacía: Relate la prepara en su primer inicio.</translation>
    </message>
    <message>
        <source>Connected to %1. Relate can use this database.</source>
        <translation>Conectado a %1. Relate puede usar esta base de datos.</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>Sample shop: the sample staff&apos;s PIN is %1.</source>
        <extracomment>Minutes without a key or a click before the window locks itself; a per-PC setting.</extracomment>
        <translation>Tienda de ejemplo: el PIN del personal de ejemplo es %1.</translation>
    </message>
    <message>
        <source>Offline: the shop server cannot be reached. Sign in as usual; what you type is kept on this PC and sent when the server is back.</source>
        <translation>Sin conexión: no se puede contactar con el servidor de la tienda. Entra como siempre; lo que escribas se guarda en este PC y se envía cuando vuelva el servidor.</translation>
    </message>
    <message>
        <source>Relate — Sign in</source>
        <translation>Relate — Entrar</translation>
    </message>
</context>
<context>
    <name>ShopInsightsPanel</name>
    <message>
        <source>Relate — What customers are saying</source>
        <translation>Relate — Qué dicen los clientes</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>de&amp;sde</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Digest as P&amp;DF…</source>
        <translation>Resumen en P&amp;DF…</translation>
    </message>
    <message>
        <source>A period&apos;s remarks by kind and tag, escalations, promises kept and follow-ups; Esc closes the window.</source>
        <translation>Los comentarios de un periodo por tipo y etiqueta, las incidencias, las promesas cumplidas y los seguimientos; Esc cierra la ventana.</translation>
    </message>
    <message>
        <source>What customers are saying</source>
        <translation>Qué dicen los clientes</translation>
    </message>
    <message>
        <source>The period to count (Alt+P)</source>
        <translation>El periodo que contar (Alt+P)</translation>
    </message>
    <message>
        <source>This week, last week, this month, last month or days you choose (Alt+P).</source>
        <translation>Esta semana, la semana pasada, este mes, el mes pasado o los días que elijas (Alt+P).</translation>
    </message>
    <message>
        <source>The first day of a custom period (Alt+F)</source>
        <translation>El primer día de un periodo a medida (Alt+S)</translation>
    </message>
    <message>
        <source>The first day of a custom period (Alt+F).</source>
        <translation>El primer día de un periodo a medida (Alt+S).</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>The last day of a custom period (Alt+O)</source>
        <translation>El último día de un periodo a medida (Alt+H)</translation>
    </message>
    <message>
        <source>The last day of a custom period (Alt+O).</source>
        <translation>El último día de un periodo a medida (Alt+H).</translation>
    </message>
    <message>
        <source>Saves a one-page digest of this period as a PDF for the weekly meeting (Alt+D).</source>
        <translation>Guarda un resumen de una página de este periodo en PDF para la reunión semanal (Alt+D).</translation>
    </message>
    <message>
        <source>Digest as PDF</source>
        <translation>Resumen en PDF</translation>
    </message>
    <message>
        <source>A one-page digest of this period for the weekly meeting (Alt+D)</source>
        <translation>Un resumen de una página de este periodo para la reunión semanal (Alt+D)</translation>
    </message>
    <message>
        <source>This period&apos;s figures as a CSV file for a spreadsheet (Alt+C)</source>
        <translation>Las cifras de este periodo como archivo CSV para una hoja de cálculo (Alt+C)</translation>
    </message>
    <message>
        <source>Saves this period&apos;s figures as a CSV file for a spreadsheet (Alt+C).</source>
        <translation>Guarda las cifras de este periodo como archivo CSV para una hoja de cálculo (Alt+C).</translation>
    </message>
    <message>
        <source>Digest as CSV</source>
        <translation>Resumen en CSV</translation>
    </message>
    <message>
        <source>Digest as &amp;CSV…</source>
        <translation>Resumen en &amp;CSV…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What customers said, and how escalations and promises were handled; Ctrl+Tab changes tab.</source>
        <translation>Lo que dijeron los clientes y cómo se atendieron las incidencias y las promesas; Ctrl+Tab cambia de pestaña.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
    <message>
        <source>By &amp;kind — pick one to read what was said</source>
        <translation>Por &amp;tipo — elige uno para leer lo que se dijo</translation>
    </message>
    <message>
        <source>How many remarks of each kind, against the period before; pick a kind to read what was said (Alt+K).</source>
        <translation>Cuántos comentarios de cada tipo, frente al periodo anterior; elige un tipo para leer lo que se dijo (Alt+T).</translation>
    </message>
    <message>
        <source>Remarks by kind</source>
        <translation>Comentarios por tipo</translation>
    </message>
    <message>
        <source>By &amp;tag, against the period before</source>
        <translation>Por &amp;etiqueta, frente al periodo anterior</translation>
    </message>
    <message>
        <source>How many remarks with each tag, against the period before; pick a tag to read what was said (Alt+T).</source>
        <translation>Cuántos comentarios con cada etiqueta, frente al periodo anterior; elige una etiqueta para leer lo que se dijo (Alt+E).</translation>
    </message>
    <message>
        <source>Remarks by tag</source>
        <translation>Comentarios por etiqueta</translation>
    </message>
    <message>
        <source>Most frequent tags in complaints and compliments</source>
        <translation>Etiquetas más frecuentes en quejas y elogios</translation>
    </message>
    <message>
        <source>The remarks picked, newest first; Enter opens the customer&apos;s card.</source>
        <translation>Los comentarios elegidos, los más recientes primero; Intro abre la ficha del cliente.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Escalations and promises</source>
        <translation>Incidencias y promesas</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesas cumplidas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>&amp;Overdue promises (Enter opens the customer&apos;s card)</source>
        <translation>Promesas &amp;atrasadas (Intro abre la ficha del cliente)</translation>
    </message>
    <message>
        <source>Promises past their due day, each saying since when it is overdue; Enter opens the customer&apos;s card (Alt+O).</source>
        <translation>Promesas que pasaron su fecha límite, cada una indicando desde cuándo está atrasada; Intro abre la ficha del cliente (Alt+A).</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Promesas atrasadas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ShopInsightsWindow</name>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>A medida</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Remarks by kind over time</source>
        <translation>Comentarios por tipo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>A bar for each day, week or month, split by kind of remark; click a part of a bar to read those remarks. The same figures are in the table below.</source>
        <translation>Una barra por cada día, semana o mes, dividida por tipo de comentario; haz clic en una parte de una barra para leer esos comentarios. Las mismas cifras están en la tabla de abajo.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 remarks&lt;/b&gt; from %2 to %3 (%4 in the period before, %5 to %6).</source>
        <translation>&lt;b&gt;%1 comentarios&lt;/b&gt; del %2 al %3 (%4 en el periodo anterior, del %5 al %6).</translation>
    </message>
    <message>
        <source>Most said in complaints: %1&lt;br&gt;Most said in compliments: %2</source>
        <translation>Lo más dicho en las quejas: %1&lt;br&gt;Lo más dicho en los elogios: %2</translation>
    </message>
    <message>
        <source>Pick a kind, a tag or a bar to read what was said.</source>
        <translation>Elige un tipo, una etiqueta o una barra para leer lo que se dijo.</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>none resolved</source>
        <translation>ninguna resuelta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Escalations&lt;/h3&gt;&lt;p&gt;%1 opened, %2 resolved · median time to resolve: %3 · &lt;span style=&apos;color:%4&apos;&gt;%5 past their target time&lt;/span&gt;&lt;br&gt;By outcome: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incidencias&lt;/h3&gt;&lt;p&gt;%1 abiertas, %2 resueltas · tiempo mediano de resolución: %3 · &lt;span style=&apos;color:%4&apos;&gt;%5 fuera de plazo&lt;/span&gt;&lt;br&gt;Por resultado: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share in per cent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no promise fell due yet</source>
        <translation>aún no ha vencido ninguna promesa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Promises kept on time: %1&lt;/h3&gt;&lt;p&gt;Of %2 due in the period: %3 kept on time, %4 kept late, %5 overdue, %6 not due yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Promesas cumplidas a tiempo: %1&lt;/h3&gt;&lt;p&gt;De %2 que vencían en el periodo: %3 cumplidas a tiempo, %4 cumplidas tarde, %5 atrasadas, %6 aún sin vencer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Follow-ups&lt;/h3&gt;&lt;p&gt;%1 scheduled: %2 satisfied, %3 not satisfied, %4 waiting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seguimientos&lt;/h3&gt;&lt;p&gt;%1 programados: %2 satisfechos, %3 no satisfechos, %4 pendientes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2: %3, overdue since %4 (promised by %5)</source>
        <translation>%1 — %2: %3, atrasada desde el %4 (prometida por %5)</translation>
    </message>
    <message>
        <source>Escalations and promises (%1 overdue)</source>
        <translation>Incidencias y promesas (%1 atrasadas)</translation>
    </message>
    <message>
        <source>Escalations and promises</source>
        <translation>Incidencias y promesas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, newest first (Enter opens the card)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, los más recientes primero (Intro abre la ficha)</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>un cliente de paso</translation>
    </message>
    <message>
        <source> — about %1</source>
        <translation> — sobre %1</translation>
    </message>
    <message>
        <source>“%1”
%2 · %3 · heard by %4%5</source>
        <translation>«%1»
%2 · %3 · lo oyó %4%5</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nada en este periodo.</translation>
    </message>
    <message>
        <source>The figures are still being counted.</source>
        <translation>Todavía se están contando las cifras.</translation>
    </message>
    <message>
        <source>Save the digest</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>What customers are saying — %1, %2 to %3</source>
        <translation>Qué dicen los clientes — %1, del %2 al %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Digest saved to %1</source>
        <translation>Resumen guardado en %1</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Finding a customer</source>
        <extracomment>The translation context of the sections and descriptions below.</extracomment>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Writing down what they said</source>
        <translation>Anotar lo que dijo</translation>
    </message>
    <message>
        <source>On the customer&apos;s card</source>
        <translation>En la ficha del cliente</translation>
    </message>
    <message>
        <source>The manager&apos;s queue</source>
        <translation>La cola del encargado</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier sitio</translation>
    </message>
    <message>
        <source>Back to the lookup box. Just type there: a phone number in any format or its last 4+ digits, any word of the name, an email, a loyalty card number.</source>
        <translation>Vuelve al buscador. Escribe ahí sin más: un teléfono en cualquier formato o sus 4 o más últimas cifras, cualquier palabra del nombre, un email, un número de tarjeta de fidelidad.</translation>
    </message>
    <message>
        <source>Back to the lookup box, from the card or the new-customer form. In an empty lookup box: a remark for a walk-in with no customer.</source>
        <translation>Vuelve al buscador desde la ficha o el formulario de cliente nuevo. Con el buscador vacío: un comentario de un cliente de paso, sin ficha.</translation>
    </message>
    <message>
        <source>Choose among the customers found, without leaving the lookup box.</source>
        <translation>Elige entre los clientes encontrados, sin salir del buscador.</translation>
    </message>
    <message>
        <source>Open the chosen customer&apos;s card; the cursor goes into the remark. Nothing found: a new customer with what was typed filled in.</source>
        <translation>Abre la ficha del cliente elegido; el cursor va al comentario. Si no se encuentra nada: un cliente nuevo con lo escrito ya puesto.</translation>
    </message>
    <message>
        <source>A new customer, with what was typed already in the right field (phone, email, card or name).</source>
        <translation>Un cliente nuevo, con lo escrito ya en el campo correcto (teléfono, email, tarjeta o nombre).</translation>
    </message>
    <message>
        <source>In the new-customer form: save the customer and open their card.</source>
        <translation>En el formulario de cliente nuevo: guarda el cliente y abre su ficha.</translation>
    </message>
    <message>
        <source>Write a remark: on the open card, or for a walk-in.</source>
        <translation>Escribe un comentario: en la ficha abierta o de un cliente de paso.</translation>
    </message>
    <message>
        <source>Close the card: a remark for a walk-in with no customer, and your day.</source>
        <translation>Cierra la ficha: un comentario de un cliente de paso, sin ficha, y tu día.</translation>
    </message>
    <message>
        <source>Kind: complaint.</source>
        <translation>Tipo: queja.</translation>
    </message>
    <message>
        <source>Kind: compliment (Shift+Tab from the text to say who it is about).</source>
        <translation>Tipo: elogio (Mayús+Tab desde el texto para indicar a quién se refiere).</translation>
    </message>
    <message>
        <source>Kind: request.</source>
        <translation>Tipo: petición.</translation>
    </message>
    <message>
        <source>Kind: question.</source>
        <translation>Tipo: pregunta.</translation>
    </message>
    <message>
        <source>Kind: idea.</source>
        <translation>Tipo: idea.</translation>
    </message>
    <message>
        <source>Kind: note.</source>
        <translation>Tipo: nota.</translation>
    </message>
    <message>
        <source>The language the conversation is in: switch between the customer&apos;s and the shop&apos;s, or pick another from the list.</source>
        <translation>El idioma de la conversación: cambia entre el del cliente y el de la tienda, o elige otro de la lista.</translation>
    </message>
    <message>
        <source>Save the remark; the cursor goes back to the lookup box.</source>
        <translation>Guarda el comentario; el cursor vuelve al buscador.</translation>
    </message>
    <message>
        <source>Start a new line in the remark.</source>
        <translation>Empieza una línea nueva en el comentario.</translation>
    </message>
    <message>
        <source>Save and escalate to the manager.</source>
        <translation>Guarda y pasa al encargado.</translation>
    </message>
    <message>
        <source>Save and escalate to the manager as urgent.</source>
        <translation>Guarda y pasa al encargado como urgente.</translation>
    </message>
    <message>
        <source>Take back the remark just saved; its text comes back into the editor.</source>
        <translation>Deshace el comentario recién guardado; su texto vuelve al editor.</translation>
    </message>
    <message>
        <source>Record a promise (credit, call back, set aside, follow up) with an amount and a due date; Enter records it, Esc closes the form.</source>
        <translation>Anota una promesa (saldo a favor, devolver la llamada, reservar, seguimiento) con un importe y una fecha límite; Intro la anota, Esc cierra el formulario.</translation>
    </message>
    <message>
        <source>On a line of the history: correct the remark, escalate it or withdraw it.</source>
        <translation>En una línea del historial: corrige el comentario, pásalo al encargado o retíralo.</translation>
    </message>
    <message>
        <source>Open the call the “Incoming: …” banner announces.</source>
        <translation>Abre la llamada que anuncia el aviso «Entrante: …».</translation>
    </message>
    <message>
        <source>Log a phone call on the open card&apos;s history; Undo in the message line takes it back.</source>
        <translation>Anota una llamada en el historial de la ficha abierta; «Deshacer» en la línea de mensajes lo revierte.</translation>
    </message>
    <message>
        <source>Open the manager&apos;s queue, the cursor in the list of open escalations.</source>
        <translation>Abre la cola del encargado, con el cursor en la lista de incidencias abiertas.</translation>
    </message>
    <message>
        <source>Take ownership of the selected escalation.</source>
        <translation>Te asigna la incidencia elegida.</translation>
    </message>
    <message>
        <source>In the note box: add the note.</source>
        <translation>En el cuadro de notas: añade la nota.</translation>
    </message>
    <message>
        <source>Resolve the selected escalation with the outcome chosen.</source>
        <translation>Resuelve la incidencia elegida con el resultado escogido.</translation>
    </message>
    <message>
        <source>Close the queue.</source>
        <translation>Cierra la cola.</translation>
    </message>
    <message>
        <source>Lock the screen for the next person (it also locks itself after 10 idle minutes).</source>
        <translation>Bloquea la pantalla para la siguiente persona (también se bloquea sola tras 10 minutos sin uso).</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts (Help → Keyboard shortcuts).</source>
        <translation>Esta lista de atajos de teclado (Ayuda → Atajos de teclado).</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelpWindow</name>
    <message>
        <source>Relate — Keyboard shortcuts</source>
        <translation>Relate — Atajos de teclado</translation>
    </message>
    <message>
        <source>Find a shortcut: a key or a word</source>
        <translation>Busca un atajo: una tecla o una palabra</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Ningún atajo coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Relate — Sign in</source>
        <translation>Relate — Entrar</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>a name (their role)</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Entrar (Intro)</translation>
    </message>
    <message>
        <source>Signs in the person chosen with the PIN typed (Enter)</source>
        <translation>Inicia la sesión de la persona elegida con el PIN escrito (Intro)</translation>
    </message>
    <message>
        <source>Close Relate without signing in (Esc)</source>
        <translation>Cerrar Relate sin entrar (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes Relate without signing in (Esc)</source>
        <translation>Cierra Relate sin entrar (Esc)</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Escribe primero tu PIN.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>No PIN yet: choose one (4–12 digits), type it twice, Enter.</source>
        <translation>Aún no tienes PIN: elige uno (4–12 dígitos), escríbelo dos veces, Intro.</translation>
    </message>
    <message>
        <source>Who is working? Pick your name, type your PIN and press Enter.</source>
        <translation>¿Quién trabaja? Elige tu nombre, escribe tu PIN y pulsa Intro.</translation>
    </message>
    <message>
        <source>Pick your name with Up and Down; Enter moves to the PIN field</source>
        <translation>Elige tu nombre con ↑ y ↓; Intro pasa al campo del PIN</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Type your PIN (4 to 12 digits, or a passphrase) and press Enter to sign in</source>
        <translation>Escribe tu PIN (de 4 a 12 dígitos, o una frase de contraseña) y pulsa Intro para entrar</translation>
    </message>
    <message>
        <source>Your PIN; Enter signs in</source>
        <translation>Tu PIN; Intro para entrar</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>your PIN, then Enter</source>
        <translation>tu PIN y luego Intro</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;otra vez</translation>
    </message>
    <message>
        <source>Type the new PIN a second time and press Enter</source>
        <translation>Escribe el nuevo PIN por segunda vez y pulsa Intro</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>El nuevo PIN otra vez</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <source> — has left</source>
        <translation> — de baja</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <comment>name (role), maybe: has left</comment>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>Select the person first.</source>
        <translation>Elige primero a la persona.</translation>
    </message>
    <message>
        <source>Type the new PIN twice in the form below, then Reset PIN.</source>
        <translation>Escribe el nuevo PIN dos veces en el formulario de abajo y luego «Cambiar PIN».</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Relate — Staff</source>
        <translation>Relate — Personal</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Add someone with a PIN, reset a person&apos;s PIN, or mark someone as having left.</source>
        <translation>Añade a alguien con un PIN, cambia el PIN de una persona o da de baja a alguien.</translation>
    </message>
    <message>
        <source>Everyone who works in the shop, with their role; pick someone to reset their PIN or mark them as having left.</source>
        <translation>Todas las personas que trabajan en la tienda, con su rol; elige a alguien para cambiar su PIN o darle de baja.</translation>
    </message>
    <message>
        <source>Give the selected person the PIN typed twice below (Alt+R)</source>
        <translation>Dar a la persona elegida el PIN escrito dos veces abajo (Alt+C)</translation>
    </message>
    <message>
        <source>Gives the selected person the PIN typed twice below (Alt+R).</source>
        <translation>Da a la persona elegida el PIN escrito dos veces abajo (Alt+C).</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Cambiar PIN</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Cambiar PIN</translation>
    </message>
    <message>
        <source>The selected person can no longer sign in; their history stays (Alt+L)</source>
        <translation>La persona elegida ya no puede entrar; su historial se conserva (Alt+B)</translation>
    </message>
    <message>
        <source>Marks the selected person as having left: they can no longer sign in, their history stays theirs (Alt+L).</source>
        <translation>Da de baja a la persona elegida: ya no puede entrar, su historial sigue siendo suyo (Alt+B).</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Has &amp;left (deactivate)</source>
        <translation>Dar de &amp;baja (desactivar)</translation>
    </message>
    <message>
        <source>Add someone, or set the PIN of the selected person</source>
        <translation>Añade a alguien, o pon el PIN de la persona elegida</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>The new person&apos;s name, as colleagues know them (Alt+N).</source>
        <translation>El nombre de la persona nueva, como la conocen sus compañeros (Alt+N).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Staff, or a manager who may also resolve escalations and manage staff (Alt+O).</source>
        <translation>Empleado, o encargado, que además puede resolver incidencias y gestionar el personal (Alt+R).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits, or a passphrase (Alt+P).</source>
        <translation>De 4 a 12 dígitos, o una frase de contraseña (Alt+P).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN &amp;otra vez</translation>
    </message>
    <message>
        <source>The same PIN once more; Enter adds the person (Alt+G).</source>
        <translation>El mismo PIN una vez más; Intro añade a la persona (Alt+O).</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN otra vez</translation>
    </message>
    <message>
        <source>Add the person with this name, role and PIN (Alt+A)</source>
        <translation>Añadir a la persona con este nombre, rol y PIN (Alt+A)</translation>
    </message>
    <message>
        <source>Adds the person with this name, role and PIN (Alt+A).</source>
        <translation>Añade a la persona con este nombre, rol y PIN (Alt+A).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>1 order</source>
        <translation>1 pedido</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visita</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln visita</numerusform>
            <numerusform>%Ln visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>from the shop&apos;s till: %1</source>
        <translation>según la caja de la tienda: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>still open</source>
        <translation>aún pendiente</translation>
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
        <translation>Lo que tienes pendiente hoy, fechas que recordar y palabras amables que los clientes dijeron de ti.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Today: callbacks, follow-ups, promises and dates due</source>
        <translation>Hoy: llamadas por devolver, seguimientos, promesas y fechas pendientes</translation>
    </message>
    <message>
        <source>Callbacks, follow-ups and promises due (late ones say LATE) and dates to remember; Enter or a click opens the customer&apos;s card.</source>
        <translation>Llamadas por devolver, seguimientos y promesas pendientes (las atrasadas dicen CON RETRASO) y fechas que recordar; Intro o un clic abre la ficha del cliente.</translation>
    </message>
    <message>
        <source>&amp;Kind words about you</source>
        <translation>&amp;Palabras amables sobre ti</translation>
    </message>
    <message>
        <source>Compliments customers paid you in the last 30 days; Enter opens the customer&apos;s card.</source>
        <translation>Elogios que te hicieron los clientes en los últimos 30 días; Intro abre la ficha del cliente.</translation>
    </message>
    <message>
        <source>Compliments customers paid you</source>
        <translation>Elogios que te hicieron los clientes</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Callbacks due</source>
        <translation>Llamadas por devolver</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Promesas pendientes</translation>
    </message>
    <message>
        <source>Dates to remember</source>
        <translation>Fechas que recordar</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nada pendiente para hoy.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Today&lt;/b&gt;, %1</source>
        <translation>&lt;b&gt;&amp;Hoy&lt;/b&gt;, %1</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>un cliente</translation>
    </message>
    <message>
        <source>“%1” — %2, %3 (heard by %4)</source>
        <translation>«%1» — %2, %3 (lo oyó %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Kind words about you&lt;/b&gt; (%1 in the last 30 days)</source>
        <translation>&lt;b&gt;&amp;Palabras amables sobre ti&lt;/b&gt; (%1 en los últimos 30 días)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>LATE — was due %1</source>
        <translation>CON RETRASO — vencía el %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source> (promised by %1)</source>
        <translation> (prometido por %1)</translation>
    </message>
    <message>
        <source>%1 — %2, %3%4</source>
        <translation>%1 — %2, %3%4</translation>
    </message>
    <message numerus="yes">
        <source> (%n years)</source>
        <translation>
            <numerusform> (%n año)</numerusform>
            <numerusform> (%n años)</numerusform>
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
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>What we &amp;hold about them…</source>
        <translation>&amp;Datos que guardamos de este cliente…</translation>
    </message>
    <message>
        <source>&amp;Erase on their request…</source>
        <translation>&amp;Borrar a petición del cliente…</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Tienda</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Registro de actividad…</translation>
    </message>
    <message>
        <source>&amp;What customers are saying…</source>
        <translation>&amp;Qué dicen los clientes…</translation>
    </message>
    <message>
        <source>&amp;Lock (next person)</source>
        <translation>B&amp;loquear (siguiente persona)</translation>
    </message>
    <message>
        <source>Open a customer&apos;s card first.</source>
        <translation>Abre primero la ficha de un cliente.</translation>
    </message>
    <message>
        <source>Save what we hold about this customer</source>
        <translation>Guardar los datos que tenemos de este cliente</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>Se borraron los datos personales del cliente.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Relate cannot open its database</source>
        <extracomment>The Windows taskbar groups windows and pins shortcuts by this; the installer&apos;s Start menu shortcut carries the same (packaging/windows/relate.iss). How often a running Relate checks whether the daily backup is due.</extracomment>
        <translation>Relate no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, from %2?
%3

The damaged file is kept aside, never deleted.</source>
        <translation>%1

¿Restaurar la copia de seguridad buena más reciente, del %2?
%3

El archivo dañado se guarda aparte, nunca se borra.</translation>
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
        <translation>no se pudo escribir nada en %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1 does not exist</source>
        <extracomment>Automatic backups are kept per kind, so many quick exits never push out the daily ones or the copy made before an upgrade.</extracomment>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 está dañado (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Relate database or is damaged (%2)</source>
        <translation>%1 no es una base de datos de Relate o está dañada (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Relate database this version can open</source>
        <translation>%1 no es una base de datos de Relate que esta versión pueda abrir</translation>
    </message>
    <message>
        <source>Not restored: %1. The current database was left alone.</source>
        <translation>No se restauró: %1. La base de datos actual no se ha tocado.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3. The previous file is at %4.</source>
        <translation>Falló la restauración de %1 en %2: %3. El archivo anterior está en %4.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this PC: back up on the server (see the README), or install the PostgreSQL client tools.</source>
        <translation>pg_dump no está instalado en este PC: haz la copia de seguridad en el servidor (consulta el README) o instala las herramientas cliente de PostgreSQL.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump falló: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database address Relate understands. Use postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE or sqlite:///PATH/relate.db.</source>
        <translation>«%1» no es una dirección de base de datos que Relate entienda. Usa postgresql+psycopg://USUARIO:CONTRASEÑA@SERVIDOR/BASEDEDATOS o sqlite:///RUTA/relate.db.</translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed on this PC (%2); install Relate with its PostgreSQL extra.</source>
        <translation>El controlador de base de datos para %1 no está instalado en este PC (%2); instala Relate con su extra de PostgreSQL.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; Relate creates it on its first start.</source>
        <translation>Todavía no hay ninguna base de datos en %1; Relate la crea en su primer inicio.</translation>
    </message>
    <message>
        <source>The database at %1 failed: %2</source>
        <translation>Falló la base de datos de %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1. It is empty: Relate sets it up on its first start.</source>
        <translation>Conectado a %1. Está vacía: Relate la prepara en su primer inicio.</translation>
    </message>
    <message>
        <source>Connected to %1, but it was set up by a newer Relate (schema %2). Install the newer Relate on this PC.</source>
        <translation>Conectado a %1, pero la preparó un Relate más nuevo (esquema %2). Instala el Relate más nuevo en este PC.</translation>
    </message>
    <message>
        <source>Connected to %1. Its schema (%2) will be brought up to date when Relate next starts.</source>
        <translation>Conectado a %1. Su esquema (%2) se actualizará la próxima vez que se inicie Relate.</translation>
    </message>
    <message>
        <source>Connected to %1. Everything is in order.</source>
        <translation>Conectado a %1. Todo está en orden.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: it is damaged or not a Relate database. Restore a backup (relate-desktop restore FILE).</source>
        <translation>No se puede leer el archivo de base de datos %1: está dañado o no es una base de datos de Relate. Restaura una copia de seguridad (relate-desktop restore ARCHIVO).</translation>
    </message>
    <message>
        <source>The server %1 turned down the user name or password for user &apos;%2&apos;. Check both (the password is case-sensitive).</source>
        <translation>El servidor %1 rechazó el nombre de usuario o la contraseña del usuario «%2». Revisa ambos (la contraseña distingue mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>The server %1 wants a password for user &apos;%2&apos;; put it in the address: postgresql+psycopg://USER:PASSWORD@SERVER/DATABASE.</source>
        <translation>El servidor %1 pide una contraseña para el usuario «%2»; ponla en la dirección: postgresql+psycopg://USUARIO:CONTRASEÑA@SERVIDOR/BASEDEDATOS.</translation>
    </message>
    <message>
        <source>The server %1 is there, but has no database called &apos;%2&apos;. Create it on the server (see the README) or correct the name.</source>
        <translation>El servidor %1 responde, pero no tiene ninguna base de datos llamada «%2». Créala en el servidor (consulta el README) o corrige el nombre.</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; may not read Relate&apos;s tables in &apos;%2&apos;. On the server: GRANT ALL ON ALL TABLES IN SCHEMA public TO %1 (or make that user the database&apos;s owner before Relate first sets it up).</source>
        <translation>El usuario «%1» no puede leer las tablas de Relate en «%2». En el servidor: GRANT ALL ON ALL TABLES IN SCHEMA public TO %1 (o haz a ese usuario propietario de la base de datos antes de que Relate la prepare por primera vez).</translation>
    </message>
    <message>
        <source>The server %1 does not let this PC in. Add a line for the shop&apos;s network to pg_hba.conf on the server and reload it (see the README).</source>
        <translation>El servidor %1 no deja entrar a este PC. Añade una línea para la red de la tienda en pg_hba.conf del servidor y recárgalo (consulta el README).</translation>
    </message>
    <message>
        <source>The shop server %1 cannot be reached. Is the back-office PC on, is PostgreSQL running there, and does its firewall let port %2 through?</source>
        <translation>No se puede contactar con el servidor de la tienda %1. ¿Está encendido el PC de la oficina, funciona PostgreSQL en él y su cortafuegos deja pasar el puerto %2?</translation>
    </message>
    <message>
        <source>The database at %1 refused: %2</source>
        <translation>La base de datos de %1 se negó: %2</translation>
    </message>
    <message>
        <source>The database %1 is not a file.</source>
        <extracomment>How long a writer waits for another PC&apos;s or process&apos;s write to finish, in ms. How long to wait for the shop server before calling it unreachable, in seconds. libpq keepalives: a server gone from the network is noticed in about a minute, so a query never hangs for the two hours of the operating system&apos;s default.</extracomment>
        <translation>La base de datos %1 no es un archivo.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Relate. Install the newer version on this PC.</source>
        <translation>La base de datos %1 la escribió un Relate más nuevo. Instala la versión más nueva en este PC.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: it is damaged or not a Relate database. %2</source>
        <translation>No se puede leer el archivo de base de datos %1: está dañado o no es una base de datos de Relate. %2</translation>
    </message>
    <message>
        <source>Move it aside and start Relate again (no good backup was found).</source>
        <translation>Apártalo y vuelve a abrir Relate (no se encontró ninguna copia de seguridad buena).</translation>
    </message>
    <message>
        <source>Restore the newest good backup: relate-desktop restore %1</source>
        <translation>Restaura la copia de seguridad buena más reciente: relate-desktop restore %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>The kinds in the order every figure lists them (the order staff pick them with Ctrl+1…6). A year and a day: enough for an annual digest, small enough to stay a handful of queries. Up to this many days the chart has a point per day; up to WEEKLY_UP_TO one per week.</extracomment>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose a period of %1 days at most.</source>
        <translation>Elige un periodo de %1 días como máximo.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <extracomment>Wrong PINs allowed before the account waits; each further one doubles the wait.</extracomment>
        <translation>Un PIN tiene de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>Use 4 to 12 digits, or a passphrase of at least 8 characters.</source>
        <translation>Usa de 4 a 12 dígitos, o una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>That passphrase is too long.</source>
        <translation>Esa frase de contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>The scan was empty: scan the card again.</source>
        <extracomment>A scanner that types as a US keyboard on a French (AZERTY) layout: the unshifted digit row. &quot;]&quot; + symbology letter + modifier, e.g. &quot;]E0&quot; EAN-13, &quot;]C0&quot; Code 128, &quot;]d2&quot; Data Matrix. The same prefix typed through an AZERTY layout: &quot;]&quot; arrives as &quot;$&quot;, &quot;0&quot; as &quot;à&quot;.</extracomment>
        <translation>La lectura salió vacía: vuelve a pasar la tarjeta.</translation>
    </message>
    <message>
        <source>The scan %1 did not read right (its check digit is wrong): scan the card again.</source>
        <translation>La lectura %1 no salió bien (su dígito de control es incorrecto): vuelve a pasar la tarjeta.</translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos; in %2 (its columns: %3)</source>
        <extracomment>Without one of these mapped, a row cannot say who the customer is.</extracomment>
        <translation>no hay ninguna columna llamada «%1» en %2 (sus columnas: %3)</translation>
    </message>
    <message>
        <source>cannot tell which column of %1 holds the name, email or phone; say so with --map COLUMN=FIELD (its columns: %2)</source>
        <translation>no se sabe qué columna de %1 contiene el nombre, el email o el teléfono; indícalo con --map COLUMN=FIELD (sus columnas: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format Relate reads (%2)</source>
        <translation>«%1» no es un formato que Relate lea (%2)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is not a vCard file (it does not start with BEGIN:VCARD).</source>
        <translation>%1 no es un archivo vCard (no empieza por BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>%1 is a vCard file; import it as vcard (or auto)</source>
        <translation>%1 es un archivo vCard; impórtalo como vcard (o auto)</translation>
    </message>
    <message>
        <source>%1 has no header row Relate can read.</source>
        <translation>%1 no tiene una fila de encabezados que Relate pueda leer.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: too big to be a customer list.</source>
        <extracomment>Bigger than any shop&apos;s customer list; a larger file is almost surely the wrong file. Excel workbooks (xlsx is a zip, xls an OLE file) and PDFs: not a list Relate can read.</extracomment>
        <translation>%1 ocupa %2 MB: demasiado para ser una lista de clientes.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file (a spreadsheet must be saved as CSV first).</source>
        <translation>%1 no es un archivo de texto (una hoja de cálculo hay que guardarla antes como CSV).</translation>
    </message>
    <message>
        <source>Only a manager can see the audit trail.</source>
        <extracomment>Summaries are short: what changed, not a copy of the record.</extracomment>
        <translation>Solo un encargado puede ver el registro de actividad.</translation>
    </message>
    <message>
        <source>Only a manager can export the audit trail.</source>
        <translation>Solo un encargado puede exportar el registro de actividad.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <extracomment>Waits between tries when another PC or process holds the write lock.</extracomment>
        <translation>Ese cliente ya no existe.</translation>
    </message>
    <message>
        <source>That escalation no longer exists.</source>
        <translation>Esa incidencia ya no existe.</translation>
    </message>
    <message>
        <source>That little thing no longer exists.</source>
        <translation>Ese detalle ya no existe.</translation>
    </message>
    <message>
        <source>That merge no longer exists.</source>
        <translation>Esa fusión ya no existe.</translation>
    </message>
    <message>
        <source>That promise no longer exists.</source>
        <translation>Esa promesa ya no existe.</translation>
    </message>
    <message>
        <source>That remark no longer exists.</source>
        <translation>Ese comentario ya no existe.</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>Ese empleado ya no existe.</translation>
    </message>
    <message>
        <source>Someone else changed this customer a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Otra persona cambió este cliente hace un momento, quizá en otro PC. Ahora se ve su cambio; el tuyo no se guardó, así que repítelo si todavía hace falta.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Otra persona cambió esta incidencia hace un momento, quizá en otro PC. Ahora se ve su cambio; el tuyo no se guardó, así que repítelo si todavía hace falta.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 a moment ago, perhaps on another PC. It now shows their change; yours was not saved, so do it again if it is still needed.</source>
        <translation>Otra persona cambió este elemento (%1) hace un momento, quizá en otro PC. Ahora se ve su cambio; el tuyo no se guardó, así que repítelo si todavía hace falta.</translation>
    </message>
    <message>
        <source>That clashes with something saved a moment ago, perhaps on another PC. Nothing was lost: look again and retry.</source>
        <translation>Eso choca con algo guardado hace un momento, quizá en otro PC. No se ha perdido nada: vuelve a mirar e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>The shop server cannot be reached right now (is the back-office PC on, and the network up?).</source>
        <translation>Ahora mismo no se puede contactar con el servidor de la tienda (¿está encendido el PC de la oficina y funciona la red?).</translation>
    </message>
    <message>
        <source>The shop database failed: %1</source>
        <translation>Falló la base de datos de la tienda: %1</translation>
    </message>
    <message>
        <source>The shop database is busy (another PC is writing). Nothing was lost: try again in a moment.</source>
        <translation>La base de datos de la tienda está ocupada (otro PC está escribiendo). No se ha perdido nada: inténtalo otra vez en un momento.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Ese elemento (%1) ya no existe.</translation>
    </message>
    <message>
        <source>Only a manager can erase a customer.</source>
        <translation>Solo un encargado puede borrar un cliente.</translation>
    </message>
    <message>
        <source>This customer was erased already.</source>
        <translation>Este cliente ya se borró.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name exactly as shown to confirm the erasure.</source>
        <translation>Escribe el nombre del cliente tal como aparece para confirmar el borrado.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Un cliente nuevo necesita un nombre.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>Ese nombre es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Un cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>This escalation is not resolved yet.</source>
        <translation>Esta incidencia aún no está resuelta.</translation>
    </message>
    <message>
        <source>That how to say the name is too long (%1 characters at most).</source>
        <translation>La pronunciación del nombre es demasiado larga (%1 caracteres como máximo).</translation>
    </message>
    <message>
        <source>That language is too long (%1 characters at most).</source>
        <translation>Ese idioma es demasiado largo (%1 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits: it cannot be a phone number.</source>
        <translation>«%1» no tiene cifras: no puede ser un teléfono.</translation>
    </message>
    <message>
        <source>That phone number is too long.</source>
        <translation>Ese teléfono es demasiado largo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>«%1» no es una dirección de email.</translation>
    </message>
    <message>
        <source>A loyalty card number must be 1 to 64 characters.</source>
        <translation>Un número de tarjeta de fidelidad debe tener de 1 a 64 caracteres.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to another customer.</source>
        <translation>La tarjeta %1 ya es de otro cliente.</translation>
    </message>
    <message>
        <source>Type the little thing first, e.g. &quot;Receipt: always&quot;.</source>
        <translation>Escribe primero el detalle, p. ej. «Recibo: siempre».</translation>
    </message>
    <message>
        <source>Keep a little thing short (%1 characters at most).</source>
        <translation>Un detalle debe ser breve (%1 caracteres como máximo).</translation>
    </message>
    <message>
        <source>This database already has customers; use an empty data folder for the sample shop.</source>
        <extracomment>Every made-up member of the sample staff signs in with this PIN (said on the sign-in screen). Resolutions newer than this are left &quot;unseen&quot; by the person who raised them, so the loop back to staff has something to show.</extracomment>
        <translation>Esta base de datos ya tiene clientes; usa una carpeta de datos vacía para la tienda de ejemplo.</translation>
    </message>
    <message>
        <source>This remark was withdrawn.</source>
        <translation>Este comentario se retiró.</translation>
    </message>
    <message>
        <source>This remark is already with the manager.</source>
        <translation>Este comentario ya lo tiene el encargado.</translation>
    </message>
    <message>
        <source>Only a manager can take ownership of an escalation.</source>
        <translation>Solo un encargado puede encargarse de una incidencia.</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Escribe primero la nota.</translation>
    </message>
    <message>
        <source>Only a manager can resolve an escalation.</source>
        <translation>Solo un encargado puede resolver una incidencia.</translation>
    </message>
    <message>
        <source>A promise needs a customer; this remark has none.</source>
        <translation>Una promesa necesita un cliente; este comentario no tiene.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now resolved by %1). The queue shows their change; yours was not saved.</source>
        <translation>Otra persona cambió esta incidencia hace un momento (ahora la ha resuelto %1). La cola muestra su cambio; el tuyo no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now taken by %1). The queue shows their change; yours was not saved.</source>
        <translation>Otra persona cambió esta incidencia hace un momento (ahora se encarga %1). La cola muestra su cambio; el tuyo no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now acknowledged). The queue shows their change; yours was not saved.</source>
        <translation>Otra persona cambió esta incidencia hace un momento (ahora está en curso). La cola muestra su cambio; el tuyo no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed this escalation a moment ago (it is now open). The queue shows their change; yours was not saved.</source>
        <translation>Otra persona cambió esta incidencia hace un momento (ahora está abierta). La cola muestra su cambio; el tuyo no se guardó.</translation>
    </message>
    <message>
        <source>This escalation is already resolved.</source>
        <translation>Esta incidencia ya está resuelta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported (choose %2).</source>
        <extracomment>Rows per batch: small enough that memory stays flat at a million customers, and that every &quot;IN (...)&quot; the readers build stays under old SQLite&apos;s 999-parameter limit. What can be exported, and the columns of each, in order. Several values in one cell (tags, phones, little things) are joined with this; a value holding it is escaped (see domain/cells.py), so reading the cell back gives each value. What an export can be written as: the Excel-friendly CSV is UTF-8 with a BOM (Excel then reads accents right) and keeps &quot;+44…&quot; or &quot;=…&quot; as text.</extracomment>
        <translation>«%1» no se puede exportar (elige %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format (choose %2).</source>
        <translation>«%1» no es un formato de exportación (elige %2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Only a manager can export the shop&apos;s data.</source>
        <translation>Solo un encargado puede exportar los datos de la tienda.</translation>
    </message>
    <message>
        <source>Resolve the escalation first, then follow it up.</source>
        <translation>Resuelve primero la incidencia y luego haz el seguimiento.</translation>
    </message>
    <message>
        <source>A walk-in cannot be followed up: there is no customer on file.</source>
        <translation>No se puede hacer seguimiento de un cliente de paso: no tiene ficha.</translation>
    </message>
    <message>
        <source>A follow-up of this escalation is already waiting.</source>
        <translation>Ya hay un seguimiento pendiente de esta incidencia.</translation>
    </message>
    <message>
        <source>Only a manager can schedule a follow-up.</source>
        <translation>Solo un encargado puede programar un seguimiento.</translation>
    </message>
    <message>
        <source>Only a follow-up has a result; mark other promises as kept.</source>
        <translation>Solo un seguimiento tiene resultado; marca las demás promesas como cumplidas.</translation>
    </message>
    <message>
        <source>This follow-up is already kept.</source>
        <translation>Este seguimiento ya está cumplido.</translation>
    </message>
    <message>
        <source>This follow-up is already cancelled.</source>
        <translation>Este seguimiento ya está cancelado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code for phone numbers (try GB, US, FR).</source>
        <extracomment>Rows per transaction: an interrupted import keeps every whole batch, and the next run finds them again (matched, so nothing is doubled). A batch takes a fraction of a second, so the window&apos;s Cancel answers quickly and other work on the database worker gets a turn.</extracomment>
        <translation>«%1» no es un código de país para teléfonos (prueba ES, MX, AR).</translation>
    </message>
    <message>
        <source>Only a manager can import customers.</source>
        <translation>Solo un encargado puede importar clientes.</translation>
    </message>
    <message>
        <source>Only a manager can see what customers are saying.</source>
        <extracomment>How many tags the &quot;by tag&quot; table lists, and how many the complaint/compliment lists. The overdue list is for acting on, not an archive.</extracomment>
        <translation>Solo un encargado puede ver qué dicen los clientes.</translation>
    </message>
    <message>
        <source>Only a manager can merge customers.</source>
        <extracomment>Everything of a customer&apos;s that follows them into the survivor.</extracomment>
        <translation>Solo un encargado puede fusionar clientes.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>Un cliente no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>An erased customer cannot be merged.</source>
        <translation>Un cliente borrado no se puede fusionar.</translation>
    </message>
    <message>
        <source>%1 was merged into another customer already.</source>
        <translation>%1 ya se fusionó con otro cliente.</translation>
    </message>
    <message>
        <source>Choose which %1 to keep.</source>
        <translation>Elige qué valor conservar: %1.</translation>
    </message>
    <message>
        <source>Only a manager can undo a merge.</source>
        <translation>Solo un encargado puede deshacer una fusión.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>Esta fusión ya se deshizo.</translation>
    </message>
    <message>
        <source>%1 was merged again since; undo that merge first.</source>
        <translation>%1 se volvió a fusionar después; deshaz primero esa fusión.</translation>
    </message>
    <message>
        <source>The customer was erased since; the merge cannot be undone.</source>
        <translation>El cliente se borró después; la fusión no se puede deshacer.</translation>
    </message>
    <message>
        <source>Say what was promised, e.g. &quot;$20 credit on next visit&quot;.</source>
        <translation>Indica lo que se prometió, p. ej. «20 € de saldo a favor en la próxima visita».</translation>
    </message>
    <message>
        <source>Keep the promise short (300 characters at most).</source>
        <translation>La promesa debe ser breve (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>This promise is already kept.</source>
        <translation>Esta promesa ya está cumplida.</translation>
    </message>
    <message>
        <source>This promise is already cancelled.</source>
        <translation>Esta promesa ya está cancelada.</translation>
    </message>
    <message>
        <source>Type what the customer said first.</source>
        <extracomment>Long enough for any real remark, short enough to keep the card readable. &quot;Saved — Undo&quot; removes a remark outright only this soon after saving it.</extracomment>
        <translation>Escribe primero lo que dijo el cliente.</translation>
    </message>
    <message>
        <source>That remark is too long (%1 characters at most).</source>
        <translation>Ese comentario es demasiado largo (%1 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Only a compliment can be about a member of staff.</source>
        <translation>Solo un elogio puede referirse a un empleado.</translation>
    </message>
    <message>
        <source>That member of staff is no longer with the shop.</source>
        <translation>Ese empleado ya no está en la tienda.</translation>
    </message>
    <message>
        <source>Only a remark you just saved can be undone; withdraw it instead.</source>
        <translation>Solo se puede deshacer un comentario recién guardado; retíralo en su lugar.</translation>
    </message>
    <message>
        <source>The manager is already handling it; withdraw it instead.</source>
        <translation>El encargado ya se está ocupando; retíralo en su lugar.</translation>
    </message>
    <message>
        <source>This remark is with the manager; it can be withdrawn once they resolve it.</source>
        <translation>Este comentario lo tiene el encargado; se puede retirar cuando lo resuelva.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (try GBP, EUR, USD).</source>
        <translation>«%1» no es un código de moneda (prueba EUR, USD, MXN).</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>La tienda necesita un nombre.</translation>
    </message>
    <message>
        <source>This database already has a shop.</source>
        <translation>Esta base de datos ya tiene una tienda.</translation>
    </message>
    <message>
        <source>Only a manager can change target times.</source>
        <translation>Solo un encargado puede cambiar los plazos.</translation>
    </message>
    <message>
        <source>Target times must be at least one minute.</source>
        <translation>Los plazos deben ser de un minuto como mínimo.</translation>
    </message>
    <message>
        <source>The shop server cannot be reached, and nobody has signed in on this PC before, so there is no list of staff here yet.</source>
        <extracomment>Read from this PC&apos;s copy because the shop server is away.</extracomment>
        <translation>No se puede contactar con el servidor de la tienda y nadie ha entrado antes en este PC, así que todavía no hay aquí ninguna lista del personal.</translation>
    </message>
    <message>
        <source>This person is not on this PC&apos;s copy of the staff list.</source>
        <translation>Esta persona no está en la copia de la lista del personal de este PC.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1.</source>
        <translation>Demasiados PIN incorrectos: inténtalo otra vez dentro de %1.</translation>
    </message>
    <message>
        <source>No PIN is set for this person yet: a manager can set one when the shop server is back.</source>
        <translation>Esta persona aún no tiene PIN: un encargado puede ponérselo cuando vuelva el servidor de la tienda.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Inténtalo otra vez.</translation>
    </message>
    <message>
        <source>A member of staff needs a name.</source>
        <translation>Un empleado necesita un nombre.</translation>
    </message>
    <message>
        <source>That name is too long (120 characters at most).</source>
        <translation>Ese nombre es demasiado largo (120 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Only a manager can add staff.</source>
        <translation>Solo un encargado puede añadir personal.</translation>
    </message>
    <message>
        <source>The first member of staff is the shop&apos;s manager.</source>
        <translation>La primera persona del personal es el encargado de la tienda.</translation>
    </message>
    <message>
        <source>There is already someone called %1.</source>
        <translation>Ya hay alguien que se llama %1.</translation>
    </message>
    <message>
        <source>Only a manager can manage staff.</source>
        <translation>Solo un encargado puede gestionar el personal.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede entrar.</translation>
    </message>
    <message>
        <source>No PIN is set for this person yet: a manager can set one.</source>
        <translation>Esta persona aún no tiene PIN: un encargado puede ponérselo.</translation>
    </message>
    <message>
        <source>Only a manager can reset someone&apos;s PIN.</source>
        <translation>Solo un encargado puede cambiar el PIN de alguien.</translation>
    </message>
    <message>
        <source>This person has a PIN already: a manager can reset it.</source>
        <translation>Esta persona ya tiene PIN: un encargado puede cambiarlo.</translation>
    </message>
    <message>
        <source>Only a manager can deactivate staff.</source>
        <translation>Solo un encargado puede dar de baja al personal.</translation>
    </message>
    <message>
        <source>The shop needs at least one manager: add another first.</source>
        <translation>La tienda necesita al menos un encargado: añade otro primero.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 %2 remark(s) or promise(s) typed on this PC are kept and will be sent when it is back.</source>
        <extracomment>Where this PC keeps work for the shop server while it is away (in the data folder).</extracomment>
        <translation>%1 Los comentarios o promesas escritos en este PC (%2) se guardan y se enviarán cuando vuelva.</translation>
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
        <translation>Queja</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>Reseña en internet</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>prefers email</source>
        <translation>prefiere email</translation>
    </message>
    <message>
        <source>prefers SMS</source>
        <translation>prefiere SMS</translation>
    </message>
    <message>
        <source>prefers phone calls</source>
        <translation>prefiere llamadas</translation>
    </message>
    <message>
        <source>prefers post</source>
        <translation>prefiere correo postal</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>sin email</translation>
    </message>
    <message>
        <source>no SMS</source>
        <translation>sin SMS</translation>
    </message>
    <message>
        <source>no phone calls</source>
        <translation>sin llamadas</translation>
    </message>
    <message>
        <source>no post</source>
        <translation>sin correo postal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>sin preguntar</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Ninguna acción</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfecho</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>no satisfecho</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <comment>%1 is the time of day</comment>
        <translation>ayer %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then the time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>empleado</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Little things</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>La tienda</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>little thing</source>
        <translation>detalle</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>incidencia</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>promesa</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>empleado</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>tienda</translation>
    </message>
    <message>
        <source>customer added</source>
        <translation>cliente añadido</translation>
    </message>
    <message>
        <source>customer changed</source>
        <translation>cliente modificado</translation>
    </message>
    <message>
        <source>phone number added</source>
        <translation>teléfono añadido</translation>
    </message>
    <message>
        <source>email address added</source>
        <translation>email añadido</translation>
    </message>
    <message>
        <source>loyalty card added</source>
        <translation>tarjeta de fidelidad añadida</translation>
    </message>
    <message>
        <source>customer imported</source>
        <translation>cliente importado</translation>
    </message>
    <message>
        <source>customer updated by an import</source>
        <translation>cliente actualizado por una importación</translation>
    </message>
    <message>
        <source>customers merged</source>
        <translation>clientes fusionados</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>fusión deshecha</translation>
    </message>
    <message>
        <source>everything held on the customer gathered</source>
        <translation>reunidos todos los datos del cliente</translation>
    </message>
    <message>
        <source>customer erased</source>
        <translation>cliente borrado</translation>
    </message>
    <message>
        <source>little thing added</source>
        <translation>detalle añadido</translation>
    </message>
    <message>
        <source>little thing removed</source>
        <translation>detalle quitado</translation>
    </message>
    <message>
        <source>little thing restored</source>
        <translation>detalle recuperado</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>consentimiento anotado</translation>
    </message>
    <message>
        <source>remark logged</source>
        <translation>comentario anotado</translation>
    </message>
    <message>
        <source>remark taken back</source>
        <translation>comentario deshecho</translation>
    </message>
    <message>
        <source>remark withdrawn</source>
        <translation>comentario retirado</translation>
    </message>
    <message>
        <source>remark&apos;s text corrected</source>
        <translation>texto del comentario corregido</translation>
    </message>
    <message>
        <source>remark&apos;s kind corrected</source>
        <translation>tipo del comentario corregido</translation>
    </message>
    <message>
        <source>remark moved to another customer</source>
        <translation>comentario movido a otro cliente</translation>
    </message>
    <message>
        <source>escalated to a manager</source>
        <translation>pasado al encargado</translation>
    </message>
    <message>
        <source>escalation taken on</source>
        <translation>incidencia asumida</translation>
    </message>
    <message>
        <source>note added to an escalation</source>
        <translation>nota añadida a una incidencia</translation>
    </message>
    <message>
        <source>escalation resolved</source>
        <translation>incidencia resuelta</translation>
    </message>
    <message>
        <source>resolution seen by whoever raised it</source>
        <translation>resolución vista por quien la abrió</translation>
    </message>
    <message>
        <source>customer told the outcome</source>
        <translation>cliente avisado del resultado</translation>
    </message>
    <message>
        <source>promise recorded</source>
        <translation>promesa anotada</translation>
    </message>
    <message>
        <source>promise kept</source>
        <translation>promesa cumplida</translation>
    </message>
    <message>
        <source>promise cancelled</source>
        <translation>promesa cancelada</translation>
    </message>
    <message>
        <source>promise reopened</source>
        <translation>promesa reabierta</translation>
    </message>
    <message>
        <source>follow-up result recorded</source>
        <translation>resultado del seguimiento anotado</translation>
    </message>
    <message>
        <source>staff member added</source>
        <translation>empleado añadido</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN establecido</translation>
    </message>
    <message>
        <source>staff member marked as having left</source>
        <translation>empleado dado de baja</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>wrong PIN at sign-in</source>
        <translation>PIN incorrecto al entrar</translation>
    </message>
    <message>
        <source>shop created</source>
        <translation>tienda creada</translation>
    </message>
    <message>
        <source>marked as the sample shop</source>
        <translation>marcada como tienda de ejemplo</translation>
    </message>
    <message>
        <source>target times changed</source>
        <translation>plazos cambiados</translation>
    </message>
    <message>
        <source>nearly the same phone %1</source>
        <translation>teléfono casi igual %1</translation>
    </message>
    <message>
        <source>nearly the same email %1</source>
        <translation>email casi igual %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>mismo teléfono %1</translation>
    </message>
    <message>
        <source>same email %1</source>
        <translation>mismo email %1</translation>
    </message>
    <message>
        <source>same card %1</source>
        <translation>misma tarjeta %1</translation>
    </message>
    <message>
        <source>names %1% alike</source>
        <translation>nombres parecidos al %1 %</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
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
        <translation>Resuelta: %1</translation>
    </message>
    <message>
        <source>Promise kept: %1</source>
        <translation>Promesa cumplida: %1</translation>
    </message>
    <message>
        <source>Promise cancelled: %1</source>
        <translation>Promesa cancelada: %1</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>Prometido: %1</translation>
    </message>
    <message>
        <source>Consent: %1 — %2</source>
        <comment>channel — yes, no or not asked</comment>
        <translation>Consentimiento: %1 — %2</translation>
    </message>
    <message>
        <source>text corrected</source>
        <translation>texto corregido</translation>
    </message>
    <message>
        <source>kind changed</source>
        <translation>tipo cambiado</translation>
    </message>
    <message>
        <source>moved to another customer</source>
        <translation>movido a otro cliente</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>afrikáans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanés</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>amárico</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armenio</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>azerbaiyano</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>euskera</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>bielorruso</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>bengalí</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>bosnio</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>búlgaro</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>birmano</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>cantonés</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalán</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croata</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>checo</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danés</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estonio</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>gallego</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>georgiano</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>griego</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>guyaratí</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>hausa</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>húngaro</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>islandés</translation>
    </message>
    <message>
        <source>Igbo</source>
        <translation>igbo</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonesio</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>irlandés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>canarés</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>kazajo</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>jemer</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>kurdo</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>lao</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>letón</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lituano</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>luxemburgués</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>macedonio</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>malayo</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>malayalam</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>maltés</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>maratí</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>mongol</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>nepalí</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>noruego</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>pastún</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persa</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>panyabí</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Scottish Gaelic</source>
        <translation>gaélico escocés</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbio</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>cingalés</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>eslovaco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>esloveno</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somalí</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suajili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>sueco</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>telugu</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tailandés</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigriña</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>uzbeko</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamita</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>galés</translation>
    </message>
    <message>
        <source>Xhosa</source>
        <translation>xhosa</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>yoruba</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>zulú</translation>
    </message>
</context>
</TS>
