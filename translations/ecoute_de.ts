<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Bitte versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Bitte versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Please contact your coordinator.</source>
        <translation>Dieses Konto ist deaktiviert. Bitte wenden Sie sich an die Koordination.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not logged in. Please log in again.</source>
        <translation>Sie sind nicht angemeldet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Are you on shift?</source>
        <translation>Diese Aktion ist für Sie nicht erlaubt. Sind Sie im Dienst?</translation>
    </message>
    <message>
        <source>This contact is no longer available.</source>
        <translation>Dieser Kontakt ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>This is no longer possible: the contact has changed in the meantime.</source>
        <translation>Das ist nicht mehr möglich: Der Kontakt hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>The message is too long.</source>
        <translation>Die Nachricht ist zu lang.</translation>
    </message>
    <message>
        <source>This version of Ecoute is not compatible with the server. Please update Ecoute.</source>
        <translation>Diese Version von Ecoute ist nicht mit dem Server kompatibel. Bitte aktualisieren Sie Ecoute.</translation>
    </message>
    <message>
        <source>The server had a problem. Nothing was changed; please try again.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten. Es wurde nichts geändert; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ecoute and the server did not understand each other. Please report this problem.</source>
        <translation>Ecoute und der Server haben sich nicht verstanden. Bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address or your network; Ecoute keeps trying.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse oder Ihr Netzwerk; Ecoute versucht es weiter.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting… Your text and unsent messages are kept.</source>
        <translation>Verbindung unterbrochen. Neuer Verbindungsversuch… Ihr Text und nicht gesendete Nachrichten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Warning: the security certificate of %1 has changed since you first connected. Someone may be trying to intercept your conversations. Ecoute will not connect. Contact your coordinator before doing anything else.</source>
        <translation>Achtung: Das Sicherheitszertifikat von %1 hat sich seit Ihrer ersten Verbindung geändert. Möglicherweise versucht jemand, Ihre Gespräche abzufangen. Ecoute stellt keine Verbindung her. Wenden Sie sich an die Koordination, bevor Sie irgendetwas anderes tun.</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Check with your coordinator that the certificate fingerprint below is correct before trusting this server.</source>
        <translation>Dies ist die erste Verbindung zu %1. Prüfen Sie gemeinsam mit der Koordination, ob der unten angezeigte Fingerabdruck des Zertifikats stimmt, bevor Sie diesem Server vertrauen.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Off shift</source>
        <translation>Nicht im Dienst</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Busy (in a conversation)</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server address.</source>
        <translation>Bitte geben Sie die Serveradresse ein.</translation>
    </message>
    <message>
        <source>This is not a valid server address.</source>
        <translation>Dies ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>The connection to the server must be encrypted (wss:// or https://).</source>
        <translation>Die Verbindung zum Server muss verschlüsselt sein (wss:// oder https://).</translation>
    </message>
</context>
<context>
    <name>ecoute::models::InboxModel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>%1 (urgent)</source>
        <translation>%1 (dringend)</translation>
    </message>
    <message>
        <source>Marked urgent by the person writing</source>
        <translation>Von der ratsuchenden Person als dringend markiert</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::CertificateDialog</name>
    <message>
        <source>New server certificate</source>
        <translation>Neues Serverzertifikat</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Fingerabdruck des Zertifikats</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>Diesem Server &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Diesem Server vertrauen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>Certificate you trusted:</source>
        <translation>Zertifikat, dem Sie vertraut haben:</translation>
    </message>
    <message>
        <source>Certificate presented now:</source>
        <translation>Jetzt vorgelegtes Zertifikat:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConversationPane</name>
    <message>
        <source>End conversation</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <source>End this conversation? The person will be told that the conversation has ended.</source>
        <translation>Dieses Gespräch beenden? Die Person wird darüber informiert, dass das Gespräch beendet ist.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;End conversation…</source>
        <translation>Gespräch &amp;beenden…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Return sends)</source>
        <translation>Schreiben Sie Ihre Antwort… (Ctrl+Return zum Senden)</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close this conversation</source>
        <translation>Dieses Gespräch schließen</translation>
    </message>
    <message>
        <source>The message is too long: %1 characters, at most %2. Please shorten it.</source>
        <translation>Die Nachricht ist zu lang: %1 Zeichen, höchstens %2. Bitte kürzen Sie sie.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The person has left the conversation.</source>
        <translation>Die Person hat das Gespräch verlassen.</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>Das Gespräch ist beendet.</translation>
    </message>
    <message>
        <source>Offline: your messages will be sent as soon as the connection is back.</source>
        <translation>Offline: Ihre Nachrichten werden gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConversationTabs</name>
    <message>
        <source>Open conversations</source>
        <translation>Offene Gespräche</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neue Nachricht)</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::InboxView</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Niemand wartet.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>People waiting</source>
        <translation>Wartende Personen</translation>
    </message>
    <message>
        <source>Accept the selected contact</source>
        <translation>Ausgewählten Kontakt annehmen</translation>
    </message>
    <message>
        <source>Accept the selected contact (Enter in the list, or Alt+A)</source>
        <translation>Ausgewählten Kontakt annehmen (Eingabetaste in der Liste oder Alt+A)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::LoginDialog</name>
    <message>
        <source>Ecoute – Log in</source>
        <translation>Ecoute – Anmeldung</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>ecoute.example.org:8443</source>
        <translation>ecoute.example.org:8443</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Nicht verbunden: Dem Zertifikat des Servers wurde nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MainWindow</name>
    <message>
        <source>Ecoute</source>
        <translation>Ecoute</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation>Arbeits&amp;platz</translation>
    </message>
    <message>
        <source>Log out and &amp;quit</source>
        <translation>Abmelden und &amp;beenden</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ShiftBar</name>
    <message>
        <source>Set my status to %1</source>
        <translation>Meinen Status auf „%1“ setzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Aktueller Status</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::TranscriptPresentation</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Ecoute</source>
        <translation>Ecoute</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Ratsuchende Person</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source> (sending…)</source>
        <translation> (wird gesendet…)</translation>
    </message>
</context>
</TS>
