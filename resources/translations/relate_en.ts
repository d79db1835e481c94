<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <source>%n entries (the newest 500 at most)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries (the newest 500 at most)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallerPop</name>
    <message numerus="yes">
        <source>%1 or %n other(s)</source>
        <translation>
            <numerusform>%1 or %n other</numerusform>
            <numerusform>%1 or %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message numerus="yes">
        <source>Offline — %Ln waiting to send</source>
        <translation>
            <numerusform>Offline — %Ln waiting to send</numerusform>
            <numerusform>Offline — %Ln waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln kept while offline…</source>
        <translation>
            <numerusform>Sending %Ln kept while offline…</numerusform>
            <numerusform>Sending %Ln kept while offline…</numerusform>
        </translation>
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
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open escalations</source>
        <translation>
            <numerusform>%n open escalation</numerusform>
            <numerusform>%n open escalations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n customer(s) would be created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>%n customer would be created, %1 updated, %2 already up to date.</numerusform>
            <numerusform>%n customers would be created, %1 updated, %2 already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created, %1 updated, %2 already up to date.</source>
        <translation>
            <numerusform>%n customer created, %1 updated, %2 already up to date.</numerusform>
            <numerusform>%n customers created, %1 updated, %2 already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n row not imported.</numerusform>
            <numerusform>%n rows not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported with something left out.</source>
        <translation>
            <numerusform>%n row imported with something left out.</numerusform>
            <numerusform>%n rows imported with something left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>%n empty row skipped.</numerusform>
            <numerusform>%n empty rows skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupController</name>
    <message numerus="yes">
        <source>%n customers have this number: ↑ ↓ to choose, Enter to open</source>
        <extracomment>Coalesces a burst of keys into one search; kept short because the card-scanner filter already holds typed keys back a moment (gui/scanner.py) and the newest text always wins.</extracomment>
        <translation>
            <numerusform>%n customer has this number: Enter to open</numerusform>
            <numerusform>%n customers have this number: ↑ ↓ to choose, Enter to open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Queue · %n urgent</source>
        <translation>
            <numerusform>Queue · %n urgent</numerusform>
            <numerusform>Queue · %n urgent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manager&apos;s queue, %n urgent</source>
        <translation>
            <numerusform>Manager&apos;s queue, %n urgent</numerusform>
            <numerusform>Manager&apos;s queue, %n urgent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagerQueueWindow</name>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other open escalation(s)</source>
        <translation>
            <numerusform>%n other open escalation</numerusform>
            <numerusform>%n other open escalations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenMatters</name>
    <message numerus="yes">
        <source>in %Ln days (%1)</source>
        <translation>
            <numerusform>in %Ln day (%1)</numerusform>
            <numerusform>in %Ln days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln years</source>
        <translation>
            <numerusform> — %Ln year</numerusform>
            <numerusform> — %Ln years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source> (%n years)</source>
        <translation>
            <numerusform> (%n year)</numerusform>
            <numerusform> (%n years)</numerusform>
        </translation>
    </message>
</context>
</TS>
