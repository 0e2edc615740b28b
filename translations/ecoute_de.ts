<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Ecoute</source>
        <translation>Ecoute</translation>
    </message>
</context>
<context>
    <name>BubblePainter</name>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>Internal — only staff see this</source>
        <translation>Intern – nur für das Team sichtbar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CallText</name>
    <message>
        <source>The call has ended.</source>
        <translation>Der Anruf ist beendet.</translation>
    </message>
    <message>
        <source>The call ended: your line was disconnected.</source>
        <translation>Der Anruf ist beendet: Ihre Leitung wurde getrennt.</translation>
    </message>
    <message>
        <source>The call ended: the phone line reported a failure.</source>
        <translation>Der Anruf ist beendet: Die Telefonleitung hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The call ended: the phone line stopped responding.</source>
        <translation>Der Anruf ist beendet: Die Telefonleitung antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The call ended: the phone bridge restarted.</source>
        <translation>Der Anruf ist beendet: Die Telefonbrücke wurde neu gestartet.</translation>
    </message>
    <message>
        <source>No microphone was found. Plug in your headset and choose it under Preferences, Headset.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie Ihr Headset an und wählen Sie es unter Einstellungen, Headset, aus.</translation>
    </message>
    <message>
        <source>No speaker or headphones were found. Plug in your headset and choose it under Preferences, Headset.</source>
        <translation>Es wurden kein Lautsprecher und kein Kopfhörer gefunden. Schließen Sie Ihr Headset an und wählen Sie es unter Einstellungen, Headset, aus.</translation>
    </message>
    <message>
        <source>The phone line could not be reached. Check your network; if it keeps happening, tell your administrator.</source>
        <translation>Die Telefonleitung war nicht erreichbar. Prüfen Sie Ihr Netzwerk; wenn das wieder vorkommt, wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>The phone line refused the call: its invitation had expired or was already used.</source>
        <translation>Die Telefonleitung hat den Anruf abgelehnt: Die Einladung war abgelaufen oder schon verwendet.</translation>
    </message>
    <message>
        <source>The call failed for a technical reason.</source>
        <translation>Der Anruf ist aus technischen Gründen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Calls cannot be made from this workstation: its phone engine is not available.</source>
        <translation>Von diesem Arbeitsplatz aus sind keine Anrufe möglich: Die Telefonkomponente ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The call was not placed: the server&apos;s certificate is not known on this workstation.</source>
        <translation>Der Anruf wurde nicht aufgebaut: Das Zertifikat des Servers ist an diesem Arbeitsplatz nicht bekannt.</translation>
    </message>
    <message>
        <source>The call ended: you joined another call.</source>
        <translation>Der Anruf ist beendet: Sie sind einem anderen Anruf beigetreten.</translation>
    </message>
    <message>
        <source>This call cannot be put on hold from here: it is no longer yours.</source>
        <translation>Dieser Anruf kann von hier aus nicht gehalten werden: Er gehört nicht mehr zu Ihnen.</translation>
    </message>
    <message>
        <source>You are no longer on this call.</source>
        <translation>Sie sind nicht mehr in diesem Anruf.</translation>
    </message>
    <message>
        <source>You can no longer take part in this call. Join it again to listen.</source>
        <translation>Sie können an diesem Anruf nicht mehr teilnehmen. Treten Sie ihm erneut bei, um zuzuhören.</translation>
    </message>
    <message>
        <source>Your line is not connected yet. Try again in a moment.</source>
        <translation>Ihre Leitung ist noch nicht verbunden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
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
    <name>FirstSteps</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Ecoute is reconnecting to the server. Your conversations and what you typed stay here.</source>
        <translation>Ecoute verbindet sich wieder mit dem Server. Ihre Gespräche und alles, was Sie geschrieben haben, bleiben erhalten.</translation>
    </message>
    <message>
        <source>No practice session running</source>
        <translation>Keine laufende Übungssitzung</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Kein Gespräch geöffnet</translation>
    </message>
    <message>
        <source>Accounts are managed with the ecoute-server command.</source>
        <translation>Konten werden mit dem Befehl ecoute-server verwaltet.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for supervision waiting</source>
        <translation>
            <numerusform>%n Supervisionsanfrage wartet</numerusform>
            <numerusform>%n Supervisionsanfragen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>No request for supervision</source>
        <translation>Keine Supervisionsanfrage</translation>
    </message>
    <message>
        <source>You are off shift</source>
        <translation>Sie sind nicht im Dienst</translation>
    </message>
    <message>
        <source>Time to wrap up</source>
        <translation>Zeit für die Nachbereitung</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting</source>
        <translation>
            <numerusform>%n Person wartet</numerusform>
            <numerusform>%n Personen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>You are available</source>
        <translation>Sie sind verfügbar</translation>
    </message>
    <message>
        <source>Start a practice session with %1, or choose a scenario in the practice scenarios on the left.</source>
        <translation>Starten Sie eine Übungssitzung mit %1, oder wählen Sie links in den Übungsszenarien ein Szenario aus.</translation>
    </message>
    <message>
        <source>Open the first one in the supervision queue on the left (%1) to listen or debrief.</source>
        <translation>Öffnen Sie die erste links in der Warteschlange der Supervision (%1), um mitzuhören oder eine Nachbesprechung zu führen.</translation>
    </message>
    <message>
        <source>Requests appear in the supervision queue on the left, urgent ones first; you will hear them. To answer contacts yourself, press %1.</source>
        <translation>Anfragen erscheinen links in der Warteschlange der Supervision, dringende zuerst; ein Ton kündigt sie an. Um selbst Kontakte anzunehmen, drücken Sie %1.</translation>
    </message>
    <message>
        <source>Press %1 to become available and take contacts.</source>
        <translation>Drücken Sie %1, um verfügbar zu sein und Kontakte anzunehmen.</translation>
    </message>
    <message>
        <source>You are on a break</source>
        <translation>Sie machen Pause</translation>
    </message>
    <message>
        <source>No contact is offered to you now. Press %1 when you are ready to take contacts again.</source>
        <translation>Ihnen werden jetzt keine Kontakte angeboten. Drücken Sie %1, sobald Sie wieder Kontakte annehmen möchten.</translation>
    </message>
    <message>
        <source>Take a moment before the next contact: write your notes, breathe. %1 ends the wrap-up now.</source>
        <translation>Nehmen Sie sich vor dem nächsten Kontakt einen Moment: Notizen schreiben, durchatmen. %1 beendet die Nachbereitung sofort.</translation>
    </message>
    <message>
        <source>Choose someone in the inbox on the left and press %1 to answer, or wait for an offer (%2 accepts it).</source>
        <translation>Wählen Sie links im Eingang eine Person aus und drücken Sie %1, um zu antworten, oder warten Sie auf ein Angebot (%2 nimmt es an).</translation>
    </message>
    <message>
        <source>Nobody is waiting right now. When someone writes you hear a sound and an offer appears at the top (%1 accepts it).</source>
        <translation>Gerade wartet niemand. Wenn jemand schreibt, hören Sie einen Ton, und oben erscheint ein Angebot (%1 nimmt es an).</translation>
    </message>
</context>
<context>
    <name>InboxRowText</name>
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
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <source>waiting &lt; 1 min</source>
        <translation>wartet seit &lt; 1 Min.</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>wartet seit %1 Min.</translation>
    </message>
    <message>
        <source>waiting %1 h %2 min</source>
        <translation>wartet seit %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Ihnen angeboten</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <comment>inbox badge of a training exercise</comment>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>Email from %1, %2, waiting %3</source>
        <translation>E-Mail von %1, %2, wartet seit %3</translation>
    </message>
    <message>
        <source>Call from %1, %2, waiting %3</source>
        <translation>Anruf von %1, %2, wartet seit %3</translation>
    </message>
    <message>
        <source>Chat from %1, %2, waiting %3</source>
        <translation>Chat von %1, %2, wartet seit %3</translation>
    </message>
    <message>
        <source>%1, offered to you</source>
        <translation>%1, Ihnen angeboten</translation>
    </message>
    <message>
        <source>%1, urgent</source>
        <translation>%1, dringend</translation>
    </message>
    <message>
        <source>%1, practice exercise, not a real person</source>
        <translation>%1, Übung, keine echte Person</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a row&apos;s sentence and one more detail</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>MailText</name>
    <message>
        <source>Sending soon</source>
        <translation>Wird gleich gesendet</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s review</source>
        <translation>Wartet auf die Durchsicht der Supervision</translation>
    </message>
    <message>
        <source>Returned by a supervisor</source>
        <translation>Von der Supervision zurückgegeben</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Could not be delivered</source>
        <translation>Konnte nicht zugestellt werden</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Sending in %1:%2</source>
        <translation>Senden in %1:%2</translation>
    </message>
    <message>
        <source>Returned by a supervisor.</source>
        <translation>Von der Supervision zurückgegeben.</translation>
    </message>
    <message>
        <source>Returned by a supervisor: %1</source>
        <translation>Von der Supervision zurückgegeben: %1</translation>
    </message>
    <message>
        <source>Your answer could not be delivered.</source>
        <translation>Ihre Antwort konnte nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>A letter arrived that could not be read safely; it is not shown.</source>
        <translation>Ein Brief ist angekommen, konnte aber nicht sicher gelesen werden; er wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>This thread was given to another volunteer.</source>
        <translation>Dieser Briefwechsel wurde einer anderen freiwilligen Person übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>answer within %n h</source>
        <translation>
            <numerusform>Antwort innerhalb von %n Std.</numerusform>
            <numerusform>Antwort innerhalb von %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answer within %n min</source>
        <translation>
            <numerusform>Antwort innerhalb von %n Min.</numerusform>
            <numerusform>Antwort innerhalb von %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n h</source>
        <translation>
            <numerusform>%n Std. überfällig</numerusform>
            <numerusform>%n Std. überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>%n Min. überfällig</numerusform>
            <numerusform>%n Min. überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n Brief</numerusform>
            <numerusform>%n Briefe</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>📎 %1 — %2, %3, kept by the server</source>
        <translation>📎 %1 — %2, %3, vom Server verwahrt</translation>
    </message>
    <message>
        <source>%1 answers %2: %3</source>
        <translation>%1 antwortet %2: %3</translation>
    </message>
    <message>
        <source>%1 (nobody yet): %2</source>
        <translation>%1 (noch niemand): %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>thread %1…</source>
        <translation>Briefwechsel %1…</translation>
    </message>
</context>
<context>
    <name>PracticeText</name>
    <message>
        <source>PRACTICE · %1</source>
        <translation>ÜBUNG · %1</translation>
    </message>
    <message>
        <source>Practice — this is a training exercise, not a real person in distress.</source>
        <translation>Übung – dies ist eine Trainingssituation, keine echte Person in Not.</translation>
    </message>
    <message>
        <source>PRACTICE · %1 — %2</source>
        <translation>ÜBUNG · %1 – %2</translation>
    </message>
    <message>
        <source>Only trainers can read and edit whole scenarios.</source>
        <translation>Nur die Ausbildung kann Szenarien vollständig lesen und bearbeiten.</translation>
    </message>
    <message>
        <source>Only trainers can run practice sessions.</source>
        <translation>Nur die Ausbildung kann Übungssitzungen leiten.</translation>
    </message>
    <message>
        <source>The session was not started: the scenario, or one of the people named, does not exist or cannot take part.</source>
        <translation>Die Sitzung wurde nicht gestartet: Das Szenario oder eine der genannten Personen existiert nicht oder kann nicht teilnehmen.</translation>
    </message>
    <message>
        <source>There is no practice history you may see for this person.</source>
        <translation>Für diese Person gibt es keinen Übungsverlauf, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>This scenario no longer exists.</source>
        <translation>Dieses Szenario gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This exercise is not one you run.</source>
        <translation>Diese Übung wird nicht von Ihnen geleitet.</translation>
    </message>
    <message>
        <source>This exercise has already ended.</source>
        <translation>Diese Übung ist bereits beendet.</translation>
    </message>
    <message>
        <source>The server refused the scenario: check every field and try again.</source>
        <translation>Der Server hat das Szenario abgelehnt: Prüfen Sie alle Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the feedback: every goal needs a rating, and texts must be shorter.</source>
        <translation>Der Server hat die Rückmeldung abgelehnt: Jedes Lernziel braucht eine Bewertung, und die Texte müssen kürzer sein.</translation>
    </message>
    <message>
        <source>Choose at least one trainee.</source>
        <translation>Wählen Sie mindestens eine Person in Ausbildung.</translation>
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
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Busy (at capacity)</source>
        <translation>Im Gespräch (ausgelastet)</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>Pause: %1</source>
        <translation>Pause: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1 left</source>
        <translation>Nachbereitung: noch %1</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>You could contact %1</source>
        <translation>Sie könnten sich an %1 wenden</translation>
    </message>
    <message>
        <source>They help with: %1</source>
        <translation>Dort gibt es Hilfe bei: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Öffnungszeiten: %1</translation>
    </message>
    <message>
        <source>Invented example service</source>
        <translation>Erfundenes Beispielangebot</translation>
    </message>
    <message>
        <source>Helps with: %1</source>
        <translation>Hilft bei: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Give the service a name of 1 to 120 characters.</source>
        <translation>Geben Sie dem Angebot einen Namen mit 1 bis 120 Zeichen.</translation>
    </message>
    <message>
        <source>Say what the service helps with in at most 500 characters.</source>
        <translation>Beschreiben Sie in höchstens 500 Zeichen, wobei das Angebot hilft.</translation>
    </message>
    <message>
        <source>The phone number may have at most 40 characters.</source>
        <translation>Die Telefonnummer darf höchstens 40 Zeichen haben.</translation>
    </message>
    <message>
        <source>The web address must start with https:// or http:// and have at most 200 characters.</source>
        <translation>Die Webadresse muss mit https:// oder http:// beginnen und darf höchstens 200 Zeichen haben.</translation>
    </message>
    <message>
        <source>The opening hours may have at most 200 characters.</source>
        <translation>Die Öffnungszeiten dürfen höchstens 200 Zeichen haben.</translation>
    </message>
    <message>
        <source>The region may have at most 120 characters.</source>
        <translation>Die Region darf höchstens 120 Zeichen haben.</translation>
    </message>
    <message>
        <source>Choose at most 5 of the line&apos;s languages.</source>
        <translation>Wählen Sie höchstens 5 der Sprachen aus, die Ihr Zentrum anbietet.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Dieses Angebot steht nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>The server refused this service: check its fields.</source>
        <translation>Der Server hat dieses Angebot abgelehnt: Prüfen Sie seine Felder.</translation>
    </message>
    <message>
        <source>The directory is full: remove a service you no longer need, or shorten some descriptions, then save again.</source>
        <translation>Das Verzeichnis ist voll: Entfernen Sie ein Angebot, das Sie nicht mehr brauchen, oder kürzen Sie einige Beschreibungen, und speichern Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Thoughts of suicide</source>
        <translation>Suizidgedanken</translation>
    </message>
    <message>
        <source>A plan</source>
        <translation>Ein Plan</translation>
    </message>
    <message>
        <source>Access to means</source>
        <translation>Zugang zu Mitteln</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht genannt</translation>
    </message>
    <message>
        <source>Under 13</source>
        <translation>Unter 13</translation>
    </message>
    <message>
        <source>13 to 17</source>
        <translation>13 bis 17</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18 bis 24</translation>
    </message>
    <message>
        <source>25 to 39</source>
        <translation>25 bis 39</translation>
    </message>
    <message>
        <source>40 to 64</source>
        <translation>40 bis 64</translation>
    </message>
    <message>
        <source>65 or older</source>
        <translation>65 oder älter</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mann</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Has contacted the line before</source>
        <translation>Hat sich schon früher gemeldet</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Zugehört</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informationen gegeben</translation>
    </message>
    <message>
        <source>Referred to a service</source>
        <translation>An ein Angebot weitervermittelt</translation>
    </message>
    <message>
        <source>Supervisor consulted</source>
        <translation>Supervision hinzugezogen</translation>
    </message>
    <message>
        <source>Emergency services involved</source>
        <translation>Rettungskräfte hinzugezogen</translation>
    </message>
    <message>
        <source>Imminent risk noted</source>
        <translation>Akute Gefahr festgestellt</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Einschätzen</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>Consult a supervisor</source>
        <translation>Supervision hinzuziehen</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Rettungskräfte</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>The case is open: stay with the person.</source>
        <translation>Der Fall ist eröffnet: Bleiben Sie bei der Person.</translation>
    </message>
    <message>
        <source>Stay with the person, listen actively and keep the conversation going.</source>
        <translation>Bleiben Sie bei der Person, hören Sie aktiv zu und halten Sie das Gespräch aufrecht.</translation>
    </message>
    <message>
        <source>Ask directly about thoughts, plan, means and timing.</source>
        <translation>Fragen Sie direkt nach Suizidgedanken, Plan, Mitteln und Zeitpunkt.</translation>
    </message>
    <message>
        <source>Agree on the least invasive next step together: distance from means, someone to be with.</source>
        <translation>Vereinbaren Sie gemeinsam den am wenigsten eingreifenden nächsten Schritt: Abstand zu den Mitteln, jemand, der bei der Person ist.</translation>
    </message>
    <message>
        <source>Consult a supervisor before any intervention without the person&apos;s agreement.</source>
        <translation>Ziehen Sie die Supervision hinzu, bevor Sie ohne Einverständnis der Person eingreifen.</translation>
    </message>
    <message>
        <source>Involve emergency services only when the person cannot keep safe otherwise.</source>
        <translation>Ziehen Sie Rettungskräfte nur hinzu, wenn die Person sich nicht anders schützen kann.</translation>
    </message>
    <message>
        <source>Agree on a follow-up contact or a service to reach next.</source>
        <translation>Vereinbaren Sie einen weiteren Kontakt oder ein Angebot, an das sich die Person als Nächstes wendet.</translation>
    </message>
    <message>
        <source>The person is safe for now or the contact has ended: close the case.</source>
        <translation>Die Person ist vorerst in Sicherheit oder der Kontakt ist beendet: Schließen Sie den Fall ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 Sek.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 · %2 · ended %3 · %4</source>
        <translation>%1 · %2 · beendet um %3 · %4</translation>
    </message>
    <message>
        <source>%1 (practice)</source>
        <translation>%1 (Übung)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) left to report</source>
        <translation>
            <numerusform>%n Kontaktbericht offen</numerusform>
            <numerusform>%n Kontaktberichte offen</numerusform>
        </translation>
    </message>
    <message>
        <source>This contact has been reported already; the first report stands.</source>
        <translation>Zu diesem Kontakt gibt es bereits einen Bericht; der erste Bericht bleibt gültig.</translation>
    </message>
    <message>
        <source>This contact is not yours to report.</source>
        <translation>Dieser Kontakt gehört nicht zu Ihnen: Sie können keinen Bericht dazu senden.</translation>
    </message>
    <message>
        <source>A topic is no longer in the centre&apos;s list. Untick it and send again.</source>
        <translation>Ein Thema steht nicht mehr in der Liste Ihres Zentrums. Entfernen Sie das Häkchen und senden Sie erneut.</translation>
    </message>
    <message>
        <source>A referred service is no longer in the directory, or none was chosen.</source>
        <translation>Ein Angebot, an das weitervermittelt wurde, steht nicht mehr im Verzeichnis, oder es wurde keines gewählt.</translation>
    </message>
    <message>
        <source>Choose what the contact led to; &quot;referred&quot; needs a service from the directory.</source>
        <translation>Wählen Sie das Ergebnis des Kontakts; „weitervermittelt“ braucht ein Angebot aus dem Verzeichnis.</translation>
    </message>
    <message>
        <source>The report could not be saved: a choice is not valid.</source>
        <translation>Der Bericht konnte nicht gespeichert werden: Eine Auswahl ist ungültig.</translation>
    </message>
</context>
<context>
    <name>RoutingText</name>
    <message>
        <source>Offer passed to another volunteer (no answer in time).</source>
        <translation>Kontakt an andere Freiwillige weitergegeben (keine Antwort rechtzeitig).</translation>
    </message>
    <message>
        <source>Offer declined: it goes to another volunteer.</source>
        <translation>Angebot abgelehnt: Der Kontakt geht an andere Freiwillige.</translation>
    </message>
    <message>
        <source>Offer withdrawn: another volunteer took this contact.</source>
        <translation>Angebot zurückgezogen: Jemand anderes aus dem Team hat den Kontakt angenommen.</translation>
    </message>
    <message>
        <source>Offer withdrawn: the person left before being answered.</source>
        <translation>Angebot zurückgezogen: Die ratsuchende Person ist gegangen, bevor jemand antworten konnte.</translation>
    </message>
    <message>
        <source>Offer withdrawn: you are no longer available.</source>
        <translation>Angebot zurückgezogen: Sie sind nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Offer withdrawn.</source>
        <translation>Angebot zurückgezogen.</translation>
    </message>
    <message>
        <source>This conversation was transferred to a colleague. It is no longer on your workstation.</source>
        <translation>Dieses Gespräch wurde an jemanden aus dem Team übergeben. Es ist nicht mehr an Ihrem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>This conversation was transferred to %1. It is no longer on your workstation.</source>
        <translation>Dieses Gespräch wurde an %1 übergeben. Es ist nicht mehr an Ihrem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>This conversation was handed back to the queue: another volunteer will continue it.</source>
        <translation>Dieses Gespräch wurde in den Eingang zurückgegeben: Andere Freiwillige führen es weiter.</translation>
    </message>
    <message>
        <source>You were disconnected for too long: this conversation went back to the queue so that someone else can continue it.</source>
        <translation>Ihre Verbindung war zu lange unterbrochen: Dieses Gespräch ist in den Eingang zurückgegangen, damit jemand anderes es weiterführen kann.</translation>
    </message>
    <message>
        <source>This conversation is no longer on your workstation.</source>
        <translation>Dieses Gespräch ist nicht mehr an Ihrem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>The transfer did not happen: this colleague cannot take the conversation right now. The conversation stays with you.</source>
        <translation>Die Übergabe hat nicht stattgefunden: Diese Person kann das Gespräch gerade nicht übernehmen. Das Gespräch bleibt bei Ihnen.</translation>
    </message>
    <message>
        <source>The transfer did not happen: this colleague or this conversation is no longer available. The conversation stays with you.</source>
        <translation>Die Übergabe hat nicht stattgefunden: Diese Person oder dieses Gespräch ist nicht mehr verfügbar. Das Gespräch bleibt bei Ihnen.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor:in</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer:in</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator:in</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Freiwillige:r</translation>
    </message>
    <message>
        <source>A supervisor has taken over this conversation. It is no longer on your workstation.</source>
        <translation>Die Supervision hat dieses Gespräch übernommen. Es ist nicht mehr an Ihrem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>Supervisor %1 has taken over this conversation. It is no longer on your workstation.</source>
        <translation>%1 (Supervision) hat dieses Gespräch übernommen. Es ist nicht mehr an Ihrem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>You have left this conversation; the volunteer continues it.</source>
        <translation>Sie haben dieses Gespräch verlassen; die freiwillige Person führt es weiter.</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a scenario&apos;s name uses 1-64 lowercase letters, digits and &apos;-&apos;</source>
        <translation>der Kurzname eines Szenarios besteht aus 1 bis 64 Kleinbuchstaben, Ziffern und „-“</translation>
    </message>
    <message>
        <source>the text is longer than %1 bytes</source>
        <translation>der Text ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>unknown section [%1]; the sections are [opening], [evolution], [guidance] and [goals]</source>
        <translation>unbekannter Abschnitt [%1]; die Abschnitte sind [opening], [evolution], [guidance] und [goals]</translation>
    </message>
    <message>
        <source>section [%1] appears twice (first at line %2)</source>
        <translation>Abschnitt [%1] kommt zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; or a section line such as [opening]</source>
        <translation>erwartet wird „Schlüssel = Wert“ oder eine Abschnittszeile wie [opening]</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; the keys are %2</source>
        <translation>unbekannter Schlüssel „%1“; die Schlüssel sind %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice (first at line %2)</source>
        <translation>„%1“ ist zweimal angegeben (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>empty goal</source>
        <translation>leeres Lernziel</translation>
    </message>
    <message>
        <source>each goal starts with &quot;- &quot; (a long goal goes on over indented lines)</source>
        <translation>jedes Lernziel beginnt mit „- “ (ein langes Lernziel geht in eingerückten Zeilen weiter)</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot; (a line &quot;%1 = ...&quot; before the first section)</source>
        <translation>Pflichtfeld „%1“ fehlt (eine Zeile „%1 = …“ vor dem ersten Abschnitt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>the title has %1 characters; at most %2</source>
        <translation>der Titel hat %1 Zeichen; höchstens %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of %3</source>
        <translation>unbekannter Wert „%2“ für %1; möglich sind %3</translation>
    </message>
    <message>
        <source>persona.age must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>persona.age muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>persona.situation has %1 characters; at most %2</source>
        <translation>persona.situation hat %1 Zeichen; höchstens %2</translation>
    </message>
    <message>
        <source>section [%1] has %2 characters; at most %3</source>
        <translation>Abschnitt [%1] hat %2 Zeichen; höchstens %3</translation>
    </message>
    <message>
        <source>the [opening] section is missing or empty: it holds the help-seeker&apos;s first message</source>
        <translation>der Abschnitt [opening] fehlt oder ist leer: Er enthält die erste Nachricht der ratsuchenden Person</translation>
    </message>
    <message>
        <source>the [goals] section needs at least one goal (a line starting with &quot;- &quot;)</source>
        <translation>der Abschnitt [goals] braucht mindestens ein Lernziel (eine Zeile, die mit „- “ beginnt)</translation>
    </message>
    <message>
        <source>%1 goals; at most %2</source>
        <translation>%1 Lernziele; höchstens %2</translation>
    </message>
    <message>
        <source>this goal has %1 characters; at most %2</source>
        <translation>dieses Lernziel hat %1 Zeichen; höchstens %2</translation>
    </message>
    <message>
        <source>this goal is already listed</source>
        <translation>dieses Lernziel steht schon in der Liste</translation>
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
    <name>StatisticsCharts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Kontakte pro Monat</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Answered and unanswered contacts per month, with the wait</source>
        <translation>Beantwortete und unbeantwortete Kontakte pro Monat, mit Wartezeit</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source>wait (minutes)</source>
        <translation>Wartezeit (Minuten)</translation>
    </message>
    <message>
        <source>wait p50</source>
        <translation>Wartezeit p50</translation>
    </message>
    <message>
        <source>wait p90</source>
        <translation>Wartezeit p90</translation>
    </message>
    <message>
        <source>First and repeat contacts</source>
        <translation>Erst- und Wiederholungskontakte</translation>
    </message>
    <message>
        <source>%1: %2 answered, %3 unanswered, wait p50 %4, p90 %5</source>
        <translation>%1: %2 beantwortet, %3 unbeantwortet, Wartezeit p50 %4, p90 %5</translation>
    </message>
</context>
<context>
    <name>StatisticsCsv</name>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <source>hard contacts</source>
        <translation>schwere Kontakte</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>answered note</source>
        <translation>Hinweis beantwortet</translation>
    </message>
    <message>
        <source>unanswered note</source>
        <translation>Hinweis unbeantwortet</translation>
    </message>
    <message>
        <source>wait p50 (seconds)</source>
        <translation>Wartezeit p50 (Sekunden)</translation>
    </message>
    <message>
        <source>p50 note</source>
        <translation>Hinweis p50</translation>
    </message>
    <message>
        <source>wait p90 (seconds)</source>
        <translation>Wartezeit p90 (Sekunden)</translation>
    </message>
    <message>
        <source>p90 note</source>
        <translation>Hinweis p90</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>Hinweis %1</translation>
    </message>
</context>
<context>
    <name>StatisticsText</name>
    <message>
        <source>no report</source>
        <translation>kein Bericht</translation>
    </message>
    <message>
        <source>no risk</source>
        <translation>kein Risiko</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>imminent</source>
        <translation>akut</translation>
    </message>
    <message>
        <source>listened</source>
        <translation>zugehört</translation>
    </message>
    <message>
        <source>gave information</source>
        <translation>informiert</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>weitervermittelt</translation>
    </message>
    <message>
        <source>supervisor involved</source>
        <translation>Supervision hinzugezogen</translation>
    </message>
    <message>
        <source>emergency services</source>
        <translation>Rettungskräfte</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>Wiederholungskontakt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>ended by the volunteer</source>
        <translation>von der freiwilligen Person beendet</translation>
    </message>
    <message>
        <source>ended by the person</source>
        <translation>von der ratsuchenden Person beendet</translation>
    </message>
    <message>
        <source>ended otherwise</source>
        <translation>anders beendet</translation>
    </message>
    <message>
        <source>left while waiting</source>
        <translation>während des Wartens gegangen</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>under 5 min</source>
        <translation>unter 5 Min.</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 Min.</translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation>15–30 Min.</translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation>30–60 Min.</translation>
    </message>
    <message>
        <source>over 60 min</source>
        <translation>über 60 Min.</translation>
    </message>
    <message>
        <source>other languages</source>
        <translation>andere Sprachen</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Kontakte nach Kanal</translation>
    </message>
    <message>
        <source>Contacts by language</source>
        <translation>Kontakte nach Sprache</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Kontakte pro Monat</translation>
    </message>
    <message>
        <source>How contacts ended</source>
        <translation>Wie Kontakte endeten</translation>
    </message>
    <message>
        <source>Length of answered contacts</source>
        <translation>Dauer der beantworteten Kontakte</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Suicide risk assessed</source>
        <translation>Eingeschätztes Suizidrisiko</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>First and repeat contacts</source>
        <translation>Erst- und Wiederholungskontakte</translation>
    </message>
    <message>
        <source>hidden (&lt;%1)</source>
        <translation>ausgeblendet (&lt;%1)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format for the first and last day of a statistics period (German: &quot;d. MMMM yyyy&quot;).</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <source>Urgent, now</source>
        <translation>Dringend, sofort</translation>
    </message>
    <message>
        <source>When possible</source>
        <translation>Sobald möglich</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>wartet seit %1</translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation>angenommen von %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · about %2</source>
        <translation>%1 · zu %2</translation>
    </message>
    <message>
        <source>%1 · about a conversation</source>
        <translation>%1 · zu einem Gespräch</translation>
    </message>
    <message>
        <source>%1
“%2”</source>
        <translation>%1
„%2“</translation>
    </message>
    <message>
        <source>Supervisor %1 has taken over this conversation. You keep reading it, but you can no longer write to the person.</source>
        <translation>%1 (Supervision) hat dieses Gespräch übernommen. Sie können es weiter lesen, der Person aber nicht mehr schreiben.</translation>
    </message>
    <message>
        <source>Supervisor %1 is listening to this conversation.</source>
        <translation>%1 (Supervision) hört bei diesem Gespräch mit.</translation>
    </message>
    <message>
        <source>Supervisor %1 has taken over the conversation with %2.</source>
        <translation>%1 (Supervision) hat das Gespräch mit %2 übernommen.</translation>
    </message>
    <message>
        <source>Supervisor %1 has left the conversation with %2.</source>
        <translation>%1 (Supervision) hat das Gespräch mit %2 verlassen.</translation>
    </message>
    <message>
        <source>Supervisor %1 is listening to the conversation with %2.</source>
        <translation>%1 (Supervision) hört beim Gespräch mit %2 mit.</translation>
    </message>
    <message>
        <source>Your role cannot ask for supervision.</source>
        <translation>Mit Ihrer Rolle können Sie keine Supervision anfragen.</translation>
    </message>
    <message>
        <source>You may join this conversation only after accepting a request about it, or if it is marked urgent.</source>
        <translation>Sie können diesem Gespräch nur beitreten, wenn Sie eine Anfrage dazu angenommen haben oder wenn es als dringend markiert ist.</translation>
    </message>
    <message>
        <source>Only supervisors can do this.</source>
        <translation>Das kann nur die Supervision.</translation>
    </message>
    <message>
        <source>This conversation is no longer yours: the request was not sent.</source>
        <translation>Dieses Gespräch ist nicht mehr Ihres: Die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>Diese Anfrage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This conversation is no longer going on.</source>
        <translation>Dieses Gespräch läuft nicht mehr.</translation>
    </message>
    <message>
        <source>This request is no longer waiting: another supervisor may have accepted it.</source>
        <translation>Diese Anfrage wartet nicht mehr: Vielleicht hat eine andere Person der Supervision sie angenommen.</translation>
    </message>
    <message>
        <source>The debrief has not been accepted yet, or it is over.</source>
        <translation>Die Nachbesprechung wurde noch nicht angenommen oder ist beendet.</translation>
    </message>
    <message>
        <source>This request is already over.</source>
        <translation>Diese Anfrage ist bereits beendet.</translation>
    </message>
    <message>
        <source>You cannot join your own conversation.</source>
        <translation>Sie können Ihrem eigenen Gespräch nicht beitreten.</translation>
    </message>
    <message>
        <source>You are not in this conversation any more.</source>
        <translation>Sie sind nicht mehr in diesem Gespräch.</translation>
    </message>
    <message>
        <source>Your request for supervision was accepted by %1.</source>
        <translation>Ihre Supervisionsanfrage wurde von %1 angenommen.</translation>
    </message>
    <message>
        <source>Your request for supervision is closed.</source>
        <translation>Ihre Supervisionsanfrage ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Your request for supervision is cancelled.</source>
        <translation>Ihre Supervisionsanfrage ist zurückgezogen.</translation>
    </message>
    <message>
        <source>Trainer %1 plays the person in this exercise and reads your answers.</source>
        <translation>%1 (Ausbildung) spielt die Person dieser Übung und liest Ihre Antworten.</translation>
    </message>
    <message>
        <source>%1 observes this exercise silently.</source>
        <translation>%1 beobachtet diese Übung still.</translation>
    </message>
</context>
<context>
    <name>VocabularyText</name>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Luxemburgisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
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
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>YearlyReportPdf</name>
    <message>
        <source>%1 to %2 by month</source>
        <translation>%1 bis %2 je nach Monat</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Kontakte nach Kanal</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Hard contacts</source>
        <translation>Schwere Kontakte</translation>
    </message>
    <message>
        <source>Contacts about suicidality</source>
        <translation>Kontakte zum Thema Suizidalität</translation>
    </message>
    <message>
        <source>High suicide risk</source>
        <translation>Hohes Suizidrisiko</translation>
    </message>
    <message>
        <source>Imminent suicide risk</source>
        <translation>Akutes Suizidrisiko</translation>
    </message>
    <message>
        <source>Repeat contacts (of those known)</source>
        <translation>Wiederholungskontakte (unter den bekannten)</translation>
    </message>
    <message>
        <source>Wait before an answer, median (p50)</source>
        <translation>Wartezeit bis zur Antwort, Median (p50)</translation>
    </message>
    <message>
        <source>Wait before an answer, 90th percentile (p90)</source>
        <translation>Wartezeit bis zur Antwort, 90. Perzentil (p90)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Yearly report %1</source>
        <translation>Jahresbericht (%1)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Jahresbericht</translation>
    </message>
    <message>
        <source>Yearly report — %1</source>
        <translation>Jahresbericht – %1</translation>
    </message>
    <message>
        <source>Counts above 0 but under %1 are hidden to keep the figures anonymous (shown as &quot;%2&quot;). Practice contacts are never counted. Topics, risk and outcomes come from the volunteers&apos; reports.</source>
        <translation>Zahlen über 0, aber unter %1 werden ausgeblendet, damit die Angaben anonym bleiben (sie erscheinen als „%2“). Übungskontakte werden nie gezählt. Themen, Risiko und Ergebnisse stammen aus den Kontaktberichten der Freiwilligen.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
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
        <source>Channel</source>
        <translation>Kanal</translation>
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
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message numerus="yes">
        <source>Offered to you: accept or decline it within %n second(s).</source>
        <translation>
            <numerusform>Ihnen angeboten: Nehmen Sie ihn innerhalb von %n Sekunde an oder lehnen Sie ab.</numerusform>
            <numerusform>Ihnen angeboten: Nehmen Sie ihn innerhalb von %n Sekunden an oder lehnen Sie ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked urgent</source>
        <translation>Als dringend markiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 · offered to you, %n second(s) left</source>
        <translation>
            <numerusform>%1 · Ihnen angeboten, noch %n Sekunde</numerusform>
            <numerusform>%1 · Ihnen angeboten, noch %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoute::models::NotesSearchModel</name>
    <message>
        <source>Personal note</source>
        <translation>Persönliche Notiz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
</context>
<context>
    <name>ecoute::models::NotesWorkspace</name>
    <message>
        <source>A problem occurred with the notes file: %1</source>
        <translation>Bei der Notizdatei ist ein Problem aufgetreten: %1</translation>
    </message>
    <message>
        <source>A note could not be saved. Ecoute keeps trying; check the free disk space.</source>
        <translation>Eine Notiz konnte nicht gespeichert werden. Ecoute versucht es weiter; prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Log in first: the notes belong to your account.</source>
        <translation>Bitte melden Sie sich zuerst an: Die Notizen gehören zu Ihrem Konto.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Bitte geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Unlock the notes first.</source>
        <translation>Bitte entsperren Sie zuerst die Notizen.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Please type them again.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein. Bitte geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The notes passphrase has been changed.</source>
        <translation>Die Passphrase der Notizen wurde geändert.</translation>
    </message>
    <message>
        <source>An old notes file that could not be opened any more was set aside, unchanged, as %1.</source>
        <translation>Eine alte Notizdatei, die sich nicht mehr öffnen ließ, wurde unverändert unter %1 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Falsche Passphrase. Bitte warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Falsche Passphrase. Bitte warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Falsche Passphrase. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Zu viele falsche Passphrasen. Bitte warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Zu viele falsche Passphrasen. Bitte warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes file is damaged or has been tampered with, so it cannot be trusted. It was set aside, unchanged, as %1. You can set up new notes; please tell your coordinator.</source>
        <translation>Die Notizdatei ist beschädigt oder wurde manipuliert und ist deshalb nicht vertrauenswürdig. Sie wurde unverändert unter %1 aufbewahrt. Sie können neue Notizen einrichten; bitte informieren Sie die Koordination.</translation>
    </message>
    <message>
        <source>The notes file was written by a newer version of Ecoute and cannot be opened with this one. It was left untouched. Please update Ecoute.</source>
        <translation>Die Notizdatei wurde von einer neueren Version von Ecoute geschrieben und kann mit dieser Version nicht geöffnet werden. Sie wurde nicht verändert. Bitte aktualisieren Sie Ecoute.</translation>
    </message>
    <message>
        <source>A change of passphrase was interrupted. Please unlock with your new passphrase.</source>
        <translation>Eine Änderung der Passphrase wurde unterbrochen. Bitte entsperren Sie mit Ihrer neuen Passphrase.</translation>
    </message>
    <message>
        <source>A change of passphrase was interrupted. Please unlock with your previous passphrase.</source>
        <translation>Eine Änderung der Passphrase wurde unterbrochen. Bitte entsperren Sie mit Ihrer bisherigen Passphrase.</translation>
    </message>
    <message>
        <source>The notes are already set up on this computer.</source>
        <translation>Die Notizen sind auf diesem Computer bereits eingerichtet.</translation>
    </message>
    <message>
        <source>No notes are set up on this computer yet.</source>
        <translation>Auf diesem Computer sind noch keine Notizen eingerichtet.</translation>
    </message>
    <message>
        <source>The notes file could not be read or written. Check the free disk space and the permissions of your user folder.</source>
        <translation>Die Notizdatei konnte nicht gelesen oder geschrieben werden. Prüfen Sie den freien Speicherplatz und die Zugriffsrechte Ihres Benutzerordners.</translation>
    </message>
    <message>
        <source>Something went wrong with the notes.</source>
        <translation>Bei den Notizen ist ein Fehler aufgetreten.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlocking was stopped: the notes stay locked.</source>
        <translation>Entsperren abgebrochen: Die Notizen bleiben gesperrt.</translation>
    </message>
</context>
<context>
    <name>ecoute::models::PracticeHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer:in</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>No feedback yet</source>
        <translation>Noch keine Rückmeldung</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Rückmeldung liegt vor</translation>
    </message>
    <message>
        <source>Feedback given, average %1 / %2</source>
        <translation>Rückmeldung liegt vor, Durchschnitt %1 / %2</translation>
    </message>
</context>
<context>
    <name>ecoute::models::RiskCaseList</name>
    <message>
        <source>Open: %1 (%2) with %3 · last step: %4</source>
        <translation>Offen: %1 (%2) mit %3 · letzter Schritt: %4</translation>
    </message>
    <message>
        <source>Closed: %1 (%2) with %3</source>
        <translation>Abgeschlossen: %1 (%2) mit %3</translation>
    </message>
</context>
<context>
    <name>ecoute::models::ScenarioListModel</name>
    <message>
        <source>%1 (%2): %3, risk %4</source>
        <translation>%1 (%2): %3, Risiko %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ecoute::models::TeamBoardModel</name>
    <message numerus="yes">
        <source>%1 (%2) · %3 · %n conversation(s)</source>
        <translation>
            <numerusform>%1 (%2) · %3 · %n Gespräch</numerusform>
            <numerusform>%1 (%2) · %3 · %n Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message numerus="yes">
        <source> · %n contact(s) to report</source>
        <translation>
            <numerusform> · %n Kontaktbericht offen</numerusform>
            <numerusform> · %n Kontaktberichte offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n hard contact(s) in the last 12 hours</source>
        <translation>
            <numerusform> · %n schwerer Kontakt in den letzten 12 Stunden</numerusform>
            <numerusform> · %n schwere Kontakte in den letzten 12 Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts marked hard, reported at high or imminent risk, or with an imminent-risk case, in the last 12 hours</source>
        <translation>Kontakte der letzten 12 Stunden, die als schwer markiert, mit hohem oder akutem Risiko berichtet wurden oder zu denen ein Fall akuter Gefahr eröffnet wurde</translation>
    </message>
    <message>
        <source>To report</source>
        <translation>Berichte offen</translation>
    </message>
    <message>
        <source>Hard (12 h)</source>
        <translation>Schwer (12 Std.)</translation>
    </message>
</context>
<context>
    <name>ecoute::models::TeamModel</name>
    <message numerus="yes">
        <source>%1 (%2) · %3 · %n conversation(s)</source>
        <translation>
            <numerusform>%1 (%2) · %3 · %n Gespräch</numerusform>
            <numerusform>%1 (%2) · %3 · %n Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot take a conversation right now.</source>
        <translation>Kann gerade kein Gespräch übernehmen.</translation>
    </message>
</context>
<context>
    <name>ecoute::notes::NotesVault</name>
    <message>
        <source>The notes could not be converted to the current SQLCipher format.</source>
        <extracomment>Shown after &quot;A problem occurred with the notes file:&quot;.</extracomment>
        <translation>Die Notizen konnten nicht in das aktuelle SQLCipher-Format umgewandelt werden.</translation>
    </message>
    <message>
        <source>Expired notes could not be deleted.</source>
        <extracomment>Shown after &quot;A problem occurred with the notes file:&quot;.</extracomment>
        <translation>Abgelaufene Notizen konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Unsaved changes could not be written and were discarded on locking.</source>
        <extracomment>Shown after &quot;A problem occurred with the notes file:&quot;.</extracomment>
        <translation>Nicht gespeicherte Änderungen konnten nicht geschrieben werden und wurden beim Sperren verworfen.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::CallBar</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Speaker level</source>
        <translation>Lautsprecherpegel</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonanruf</translation>
    </message>
    <message>
        <source>Where the call stands</source>
        <translation>Stand des Anrufs</translation>
    </message>
    <message>
        <source>Time on the call</source>
        <translation>Dauer des Anrufs</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Put the caller on hold: they hear the hold message</source>
        <translation>Die anrufende Person halten: Sie hört die Wartemeldung</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Nobody on the call hears your microphone</source>
        <translation>Niemand im Anruf hört Ihr Mikrofon</translation>
    </message>
    <message>
        <source>End call…</source>
        <translation>Anruf beenden…</translation>
    </message>
    <message>
        <source>Hang up and end this contact</source>
        <translation>Auflegen und diesen Kontakt beenden</translation>
    </message>
    <message>
        <source>Your part in the call</source>
        <translation>Ihre Rolle im Anruf</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>Hear the call; nobody hears you</source>
        <translation>Den Anruf hören; niemand hört Sie</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Einflüstern</translation>
    </message>
    <message>
        <source>Speak to the volunteer only; the caller does not hear you</source>
        <translation>Nur mit der freiwilligen Person sprechen; die anrufende Person hört Sie nicht</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Eingreifen</translation>
    </message>
    <message>
        <source>Speak to the caller and the volunteer</source>
        <translation>Mit der anrufenden und der freiwilligen Person sprechen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>Der Anruf ist beendet.</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Es klingelt…</translation>
    </message>
    <message>
        <source>On the call (your microphone is muted)</source>
        <translation>Im Gespräch (Ihr Mikrofon ist stummgeschaltet)</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gespräch gehalten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Take the caller off hold</source>
        <translation>Das Halten beenden: Die anrufende Person hört Sie wieder</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Let the call hear your microphone again</source>
        <translation>Der Anruf hört Ihr Mikrofon wieder</translation>
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
        <source>&amp;Trust this server</source>
        <translation>Diesem Server &amp;vertrauen</translation>
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
</context>
<context>
    <name>ecoute::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connection to the server restored.</source>
        <translation>Verbindung zum Server wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConversationPane</name>
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
        <source>Close this conversation</source>
        <translation>Dieses Gespräch schließen</translation>
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
    <message>
        <source>Write your reply… (%1 sends)</source>
        <translation>Schreiben Sie Ihre Antwort… (%1 zum Senden)</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Senden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The message is too long: %n characters, at most %1. Please shorten it.</source>
        <translation>
            <numerusform>Die Nachricht ist zu lang: %n Zeichen, höchstens %1. Bitte kürzen Sie sie.</numerusform>
            <numerusform>Die Nachricht ist zu lang: %n Zeichen, höchstens %1. Bitte kürzen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Übergeben…</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Internal handover note from a colleague</source>
        <translation>Interne Übergabenotiz aus dem Team</translation>
    </message>
    <message>
        <source>Transfer this conversation to a colleague</source>
        <translation>Dieses Gespräch an jemanden aus dem Team übergeben</translation>
    </message>
    <message>
        <source>Transfer this conversation to a colleague (%1)</source>
        <translation>Dieses Gespräch an jemanden aus dem Team übergeben (%1)</translation>
    </message>
    <message>
        <source>Mark this contact urgent</source>
        <translation>Diesen Kontakt als dringend markieren</translation>
    </message>
    <message>
        <source>Mark this contact urgent, or not urgent any more (%1)</source>
        <translation>Diesen Kontakt als dringend oder nicht mehr dringend markieren (%1)</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>Internal note from %1 (%2), never shown to the person:
%3</source>
        <translation>Interne Notiz von %1 (%2), wird der ratsuchenden Person nie gezeigt:
%3</translation>
    </message>
    <message>
        <source>%1 · %2 · urgent</source>
        <translation>%1 · %2 · dringend</translation>
    </message>
    <message numerus="yes">
        <source>%n of your messages did not reach the server before that; they were not sent.</source>
        <translation>
            <numerusform>%n Ihrer Nachrichten hatte den Server vorher nicht erreicht; sie wurde nicht gesendet.</numerusform>
            <numerusform>%n Ihrer Nachrichten hatten den Server vorher nicht erreicht; sie wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsent draft stays below so you can copy it.</source>
        <translation>Ihr nicht gesendeter Entwurf bleibt unten stehen, damit Sie ihn kopieren können.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Supervision of this conversation</source>
        <translation>Supervision dieses Gesprächs</translation>
    </message>
    <message>
        <source>Take over this conversation from the volunteer</source>
        <translation>Dieses Gespräch von der freiwilligen Person übernehmen</translation>
    </message>
    <message>
        <source>Answer the person yourself; the volunteer keeps reading (%1)</source>
        <translation>Der Person selbst antworten; die freiwillige Person liest weiter mit (%1)</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Dieses Gespräch verlassen</translation>
    </message>
    <message>
        <source>Stop listening to this conversation (%1)</source>
        <translation>Nicht mehr bei diesem Gespräch mithören (%1)</translation>
    </message>
    <message>
        <source>You are listening to this conversation: you read it but cannot write to the person. The volunteer sees that you are here; you can whisper to them below.</source>
        <translation>Sie hören bei diesem Gespräch mit: Sie lesen es, können der Person aber nicht schreiben. Die freiwillige Person sieht, dass Sie da sind; unten können Sie ihr etwas einflüstern.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Freiwillige:r</translation>
    </message>
    <message>
        <source>Practice exercise</source>
        <translation>Trainingsübung</translation>
    </message>
    <message>
        <source>You, as %1</source>
        <translation>Sie als %1</translation>
    </message>
    <message>
        <source>What the person you play writes</source>
        <translation>Was die von Ihnen gespielte Person schreibt</translation>
    </message>
    <message>
        <source>Write as %1, the person you play… (%2 sends)</source>
        <translation>Schreiben Sie als %1, die Person, die Sie spielen… (%2 zum Senden)</translation>
    </message>
    <message>
        <source>&amp;End the exercise</source>
        <translation>Übung &amp;beenden</translation>
    </message>
    <message>
        <source>Trainee %1</source>
        <translation>%1 (in Ausbildung)</translation>
    </message>
    <message>
        <source>You play the person of this exercise: what you write reaches %1 as the person&apos;s messages. Whisper below to coach them.</source>
        <translation>Sie spielen die Person dieser Übung: Was Sie schreiben, kommt bei %1 als Nachricht der Person an. Unten können Sie %1 Hinweise einflüstern.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Person in Ausbildung</translation>
    </message>
    <message>
        <source>You observe this exercise silently: you read it, and the trainee sees that you are here.</source>
        <translation>Sie beobachten diese Übung still: Sie lesen mit, und die Person in Ausbildung sieht, dass Sie da sind.</translation>
    </message>
    <message>
        <source>Messages, the newest last; whispers are internal. %1 copies the selected messages.</source>
        <translation>Nachrichten, die neueste zuletzt; Eingeflüstertes ist intern. %1 kopiert die ausgewählten Nachrichten.</translation>
    </message>
    <message>
        <source>Send what you wrote</source>
        <translation>Senden, was Sie geschrieben haben</translation>
    </message>
    <message>
        <source>End this conversation</source>
        <translation>Dieses Gespräch beenden</translation>
    </message>
    <message>
        <source>End the exercise for you and the trainee</source>
        <translation>Die Übung für Sie und die Person in Ausbildung beenden</translation>
    </message>
    <message>
        <source>Mail from %1 no longer reaches the line.</source>
        <translation>E-Mails von %1 erreichen uns nicht mehr.</translation>
    </message>
    <message>
        <source>Mail from %1 reaches the line.</source>
        <translation>E-Mails von %1 erreichen uns.</translation>
    </message>
    <message>
        <source>Block this writer?</source>
        <translation>Diese Person blockieren?</translation>
    </message>
    <message>
        <source>Unblock this writer?</source>
        <translation>Blockierung dieser Person aufheben?</translation>
    </message>
    <message>
        <source>Mail from this person will no longer reach the line. You can undo this.</source>
        <translation>E-Mails dieser Person erreichen uns dann nicht mehr. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Mail from this person will reach the line again.</source>
        <translation>E-Mails dieser Person erreichen uns dann wieder.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Let mail from this person reach the line again</source>
        <translation>E-Mails dieser Person wieder annehmen</translation>
    </message>
    <message>
        <source>Stop mail from this person reaching the line; you can undo it</source>
        <translation>E-Mails dieser Person nicht mehr annehmen; Sie können das rückgängig machen</translation>
    </message>
    <message>
        <source>Unblock this writer…</source>
        <translation>Blockierung dieser Person aufheben…</translation>
    </message>
    <message>
        <source>Block this writer…</source>
        <translation>Diese Person blockieren…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imminent risk…</source>
        <translation>Akute Gefahr…</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Weitervermitteln…</translation>
    </message>
    <message>
        <source>Open the guided imminent-risk steps beside the conversation</source>
        <translation>Die geführten Schritte bei akuter Gefahr neben dem Gespräch öffnen</translation>
    </message>
    <message>
        <source>The person is in danger now: the guided steps (%1)</source>
        <translation>Die Person ist jetzt in Gefahr: die geführten Schritte (%1)</translation>
    </message>
    <message>
        <source>Find a service in the referral directory and insert it in your reply</source>
        <translation>Ein Angebot im Verzeichnis der Hilfsangebote suchen und in Ihre Antwort einfügen</translation>
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
    <message>
        <source>%1 (passed on)</source>
        <translation>%1 (weitergegeben)</translation>
    </message>
    <message>
        <source>%1 (urgent)</source>
        <translation>%1 (dringend)</translation>
    </message>
    <message>
        <source>%1 (taken over)</source>
        <translation>%1 (übernommen)</translation>
    </message>
    <message>
        <source>%1 (listening)</source>
        <translation>%1 (Mithören)</translation>
    </message>
    <message>
        <source>%1 (urgent, supervisor listening)</source>
        <translation>%1 (dringend, Supervision hört mit)</translation>
    </message>
    <message>
        <source>%1 (supervisor listening)</source>
        <translation>%1 (Supervision hört mit)</translation>
    </message>
    <message>
        <source>%1 (you play, for %2)</source>
        <translation>%1 (Sie spielen, für %2)</translation>
    </message>
    <message>
        <source>%1 (observing)</source>
        <translation>%1 (Beobachtung)</translation>
    </message>
    <message>
        <source>%1 (followed by the trainer)</source>
        <translation>%1 (von der Ausbildung begleitet)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::DebriefView</name>
    <message>
        <source>&amp;Send</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Debrief with %1</source>
        <translation>Nachbesprechung mit %1</translation>
    </message>
    <message>
        <source>A private conversation between the volunteer and the supervisor. It is never part of a conversation with a person.</source>
        <translation>Ein privater Austausch zwischen der freiwilligen Person und der Supervision. Er ist nie Teil eines Gesprächs mit einer ratsuchenden Person.</translation>
    </message>
    <message>
        <source>Debrief messages</source>
        <translation>Nachrichten der Nachbesprechung</translation>
    </message>
    <message>
        <source>Your debrief message</source>
        <translation>Ihre Nachricht zur Nachbesprechung</translation>
    </message>
    <message>
        <source>Write… (%1 sends)</source>
        <translation>Schreiben… (%1 sendet)</translation>
    </message>
    <message>
        <source>Send the debrief message</source>
        <translation>Nachricht der Nachbesprechung senden</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Senden (%1)</translation>
    </message>
    <message>
        <source>This debrief is over or not accepted yet: nothing can be sent.</source>
        <translation>Diese Nachbesprechung ist beendet oder noch nicht angenommen: Es kann nichts gesendet werden.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::DirectoryEditorDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>Verzeichnis der Hilfsangebote</translation>
    </message>
    <message>
        <source>Referral directory editor</source>
        <translation>Editor für das Verzeichnis der Hilfsangebote</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Hilft bei</translation>
    </message>
    <message>
        <source>Up to 500 characters. Tab moves on to the next field.</source>
        <translation>Bis zu 500 Zeichen. Die Tabulatortaste springt zum nächsten Feld.</translation>
    </message>
    <message>
        <source>Starts with https:// or http://</source>
        <translation>Beginnt mit https:// oder http://</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesprochene Sprachen</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Helps with:</source>
        <translation>Hilft &amp;bei:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>&amp;Öffnungszeiten:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>S&amp;prachen:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>Neues &amp;Angebot</translation>
    </message>
    <message>
        <source>Empties the form for a new service (%1)</source>
        <translation>Leert das Formular für ein neues Angebot (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Sends the service to the server (%1)</source>
        <translation>Sendet das Angebot an den Server (%1)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Removes the selected service from the directory (%1 in the list)</source>
        <translation>Entfernt das ausgewählte Angebot aus dem Verzeichnis (%1 in der Liste)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Remove a service</source>
        <translation>Angebot entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the referral directory? Volunteers will no longer find it.</source>
        <translation>„%1“ aus dem Verzeichnis der Hilfsangebote entfernen? Freiwillige finden es dann nicht mehr.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::DirectoryView</name>
    <message>
        <source>Referral directory</source>
        <translation>Verzeichnis der Hilfsangebote</translation>
    </message>
    <message>
        <source>Sear&amp;ch services:</source>
        <translation>Hil&amp;fsangebote suchen:</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Hilfsangebote suchen</translation>
    </message>
    <message>
        <source>Words of the name, what the service helps with, its region or language. Down goes to the results.</source>
        <translation>Wörter aus dem Namen, aus „Hilft bei“, der Region oder der Sprache. Die Pfeiltaste nach unten führt zu den Ergebnissen.</translation>
    </message>
    <message>
        <source>e.g. debts, youth, German</source>
        <translation>z. B. Schulden, Jugend, Deutsch</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Gefundene Angebote</translation>
    </message>
    <message>
        <source>%1 or %2 inserts the selected service into the reply</source>
        <translation>%1 oder %2 fügt das ausgewählte Angebot in die Antwort ein</translation>
    </message>
    <message>
        <source>&amp;Update the directory</source>
        <translation>&amp;Verzeichnis laden</translation>
    </message>
    <message>
        <source>Ask the server for the referral directory again</source>
        <translation>Das Verzeichnis der Hilfsangebote erneut vom Server abrufen</translation>
    </message>
    <message>
        <source>Selected service</source>
        <translation>Ausgewähltes Angebot</translation>
    </message>
    <message>
        <source>Insert into &amp;my reply</source>
        <translation>In die Antwort einf&amp;ügen</translation>
    </message>
    <message>
        <source>Adds a sentence naming the selected service to your reply (%1)</source>
        <translation>Fügt Ihrer Antwort einen Satz mit dem ausgewählten Angebot hinzu (%1)</translation>
    </message>
    <message>
        <source>Invented example service</source>
        <translation>Erfundenes Beispielangebot</translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation>Hilft bei:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Öffnungszeiten:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Loading the referral directory…</source>
        <translation>Verzeichnis der Hilfsangebote wird geladen…</translation>
    </message>
    <message>
        <source>The referral directory has not been loaded. Choose Update the directory.</source>
        <translation>Das Verzeichnis der Hilfsangebote wurde nicht geladen. Wählen Sie „Verzeichnis laden“.</translation>
    </message>
    <message>
        <source>The referral directory is empty. Ask an administrator to add the services your line refers people to.</source>
        <translation>Das Verzeichnis der Hilfsangebote ist leer. Bitten Sie die Administration, die Angebote einzutragen, an die Ihr Zentrum Menschen weitervermittelt.</translation>
    </message>
    <message>
        <source>No service matches &quot;%1&quot;. Try fewer or shorter words, a region or a language.</source>
        <translation>Kein Angebot passt zu „%1“. Versuchen Sie es mit weniger oder kürzeren Wörtern, einer Region oder einer Sprache.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::EndConversationDialog</name>
    <message>
        <source>This was a &amp;hard contact for me</source>
        <translation>Dieser Kontakt war &amp;schwer für mich</translation>
    </message>
    <message>
        <source>End conversation</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <source>End this conversation? The person will be told that the conversation has ended.</source>
        <translation>Dieses Gespräch beenden? Die ratsuchende Person erfährt, dass das Gespräch beendet ist.</translation>
    </message>
    <message>
        <source>Mark as a hard contact</source>
        <translation>Als schweren Kontakt markieren</translation>
    </message>
    <message>
        <source>Ecoute will then suggest a pause, and a debrief with a supervisor.</source>
        <translation>Ecoute schlägt Ihnen dann eine Pause und eine Nachbesprechung mit der Supervision vor.</translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation>Gespräch &amp;beenden</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Das Gespräch beenden</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::HardContactDialog</name>
    <message>
        <source>After a hard contact</source>
        <translation>Nach einem schweren Kontakt</translation>
    </message>
    <message>
        <source>Ask for a &amp;debrief</source>
        <translation>&amp;Nachbesprechung anfragen</translation>
    </message>
    <message>
        <source>That conversation was hard. Take a moment for yourself before the next contact: a pause stops new offers until you are available again.

You can also ask a supervisor for a debrief.</source>
        <translation>Dieses Gespräch war schwer. Nehmen Sie sich vor dem nächsten Kontakt einen Moment für sich: Während einer Pause werden Ihnen keine Kontakte angeboten, bis Sie wieder verfügbar sind.

Sie können auch die Supervision um eine Nachbesprechung bitten.</translation>
    </message>
    <message>
        <source>Reason for the pause</source>
        <translation>Grund der Pause</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Take a &amp;pause</source>
        <translation>&amp;Pause machen</translation>
    </message>
    <message>
        <source>Take a pause</source>
        <translation>Pause machen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <source>No pause now</source>
        <translation>Jetzt keine Pause</translation>
    </message>
    <message>
        <source>Ask a supervisor for a debrief</source>
        <translation>Die Supervision um eine Nachbesprechung bitten</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::HeatmapChart</name>
    <message>
        <source>Contacts by weekday and hour</source>
        <translation>Kontakte nach Wochentag und Uhrzeit</translation>
    </message>
    <message>
        <source>Offered (people reaching the line)</source>
        <translation>Eingehend (Menschen, die uns erreichen)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>The server sent no figures for this.</source>
        <translation>Der Server hat dazu keine Zahlen gesendet.</translation>
    </message>
    <message>
        <source>%1: no figures</source>
        <translation>%1: keine Zahlen</translation>
    </message>
    <message numerus="yes">
        <source>%1: busiest %2 %3:00–%4:00 (%n contact(s))</source>
        <translation>
            <numerusform>%1: am meisten los am %2 von %3 bis %4 Uhr (%n Kontakt)</numerusform>
            <numerusform>%1: am meisten los am %2 von %3 bis %4 Uhr (%n Kontakte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no contacts counted</source>
        <translation>%1: keine Kontakte gezählt</translation>
    </message>
    <message numerus="yes">
        <source>, %n hour(s) hidden (&lt;%1)</source>
        <translation>
            <numerusform>, %n Stunde ausgeblendet (&lt;%1)</numerusform>
            <numerusform>, %n Stunden ausgeblendet (&lt;%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No statistics loaded yet.</source>
        <translation>Noch keine Statistik geladen.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Eingehend</translation>
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
        <source>Accept the selected contact (%1 in the list, or %2)</source>
        <translation>Ausgewählten Kontakt annehmen (%1 in der Liste oder %2)</translation>
    </message>
    <message>
        <source>Accept the selected contact (%1 in the list)</source>
        <translation>Ausgewählten Kontakt annehmen (%1 in der Liste)</translation>
    </message>
    <message>
        <source>You are off shift — press %1 to take contacts</source>
        <translation>Sie sind nicht im Dienst – drücken Sie %1, um Kontakte anzunehmen</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::LevelMeter</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
    <name>ecoute::ui::MailComposer</name>
    <message>
        <source>Your answer to %1</source>
        <translation>Ihre Antwort an %1</translation>
    </message>
    <message>
        <source>Write your answer… (%1 sends)</source>
        <translation>Schreiben Sie Ihre Antwort… (%1 sendet)</translation>
    </message>
    <message>
        <source>&amp;First name to sign with:</source>
        <translation>Vor&amp;name für die Unterschrift:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>A first name you choose, never your account name</source>
        <translation>Ein Vorname Ihrer Wahl, nie Ihr Kontoname</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>&amp;Antwort senden</translation>
    </message>
    <message>
        <source>Send this answer</source>
        <translation>Diese Antwort senden</translation>
    </message>
    <message>
        <source>Send this answer (%1); you can still undo it for a moment</source>
        <translation>Diese Antwort senden (%1); Sie können sie noch einen Moment lang zurücknehmen</translation>
    </message>
    <message>
        <source>Take the answer back (%1)</source>
        <translation>Antwort zurücknehmen (%1)</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>The answer is too long: %n characters, at most %1. Please shorten it.</source>
        <translation>
            <numerusform>Die Antwort ist zu lang: %n Zeichen, höchstens %1. Bitte kürzen Sie sie.</numerusform>
            <numerusform>Die Antwort ist zu lang: %n Zeichen, höchstens %1. Bitte kürzen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your previous answer is still on its way; take it back first to change it.</source>
        <translation>Ihre vorherige Antwort ist noch unterwegs; nehmen Sie sie zuerst zurück, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Not connected: your answer stays here as a draft; send it again once the connection is back.</source>
        <translation>Keine Verbindung: Ihre Antwort bleibt hier als Entwurf; senden Sie sie erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Taken back: your answer is in the editor again.</source>
        <translation>Zurückgenommen: Ihre Antwort steht wieder im Eingabefeld.</translation>
    </message>
    <message>
        <source>This thread is no longer yours to answer.</source>
        <translation>Dieser Briefwechsel wird nicht mehr von Ihnen beantwortet.</translation>
    </message>
    <message>
        <source>Offline: your draft is kept; send it once the connection is back.</source>
        <translation>Offline: Ihr Entwurf bleibt erhalten; senden Sie ihn, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Take the answer back; its text comes back here</source>
        <translation>Antwort zurücknehmen; ihr Text kommt hierher zurück</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MailDeskView</name>
    <message>
        <source>Answers waiting for review:</source>
        <translation>Antworten, die auf Durchsicht warten:</translation>
    </message>
    <message>
        <source>Answers waiting for review</source>
        <translation>Antworten, die auf Durchsicht warten</translation>
    </message>
    <message>
        <source>Answer (&amp;you may edit it before approving):</source>
        <translation>Antwort (Sie können sie vor der Freigabe &amp;bearbeiten):</translation>
    </message>
    <message>
        <source>The answer under review</source>
        <translation>Die Antwort in Durchsicht</translation>
    </message>
    <message>
        <source>Co&amp;mment for the volunteer (to return it):</source>
        <translation>Ko&amp;mmentar für die freiwillige Person (zum Zurückgeben):</translation>
    </message>
    <message>
        <source>Comment for the volunteer</source>
        <translation>Kommentar für die freiwillige Person</translation>
    </message>
    <message>
        <source>Approve and sen&amp;d</source>
        <translation>Freigeben und sen&amp;den</translation>
    </message>
    <message>
        <source>Approve this answer as shown; it is sent</source>
        <translation>Diese Antwort wie angezeigt freigeben; sie wird gesendet</translation>
    </message>
    <message>
        <source>Return with &amp;comment</source>
        <translation>Mit &amp;Kommentar zurückgeben</translation>
    </message>
    <message>
        <source>Give the answer back to its author with your comment</source>
        <translation>Die Antwort mit Ihrem Kommentar an die verfassende Person zurückgeben</translation>
    </message>
    <message>
        <source>Threads near or past t&amp;heir deadline:</source>
        <translation>Briefwechsel kurz vor oder nach ihrer &amp;Frist:</translation>
    </message>
    <message>
        <source>Threads near or past their deadline</source>
        <translation>Briefwechsel kurz vor oder nach ihrer Frist</translation>
    </message>
    <message>
        <source>Give to another vol&amp;unteer…</source>
        <translation>An eine andere freiwillige Person &amp;übergeben…</translation>
    </message>
    <message>
        <source>Give the selected thread to another volunteer with a note</source>
        <translation>Den gewählten Briefwechsel mit einer Notiz an eine andere freiwillige Person übergeben</translation>
    </message>
    <message>
        <source>No answer waits for review and no thread is late.</source>
        <translation>Keine Antwort wartet auf Durchsicht, und kein Briefwechsel ist überfällig.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MailReassignDialog</name>
    <message>
        <source>Give the thread %1 to another volunteer</source>
        <translation>Briefwechsel %1 an eine andere freiwillige Person übergeben</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Freiwillige Person:</translation>
    </message>
    <message>
        <source>Volunteers on shift</source>
        <translation>Freiwillige im Dienst</translation>
    </message>
    <message>
        <source>&amp;Handover note (internal, never shown to the person):</source>
        <translation>&amp;Übergabenotiz (intern, wird der Person nie gezeigt):</translation>
    </message>
    <message>
        <source>Internal handover note</source>
        <translation>Interne Übergabenotiz</translation>
    </message>
    <message>
        <source>&amp;Give the thread</source>
        <translation>Briefwechsel ü&amp;bergeben</translation>
    </message>
    <message>
        <source>Give the thread to the selected volunteer</source>
        <translation>Den Briefwechsel an die gewählte freiwillige Person übergeben</translation>
    </message>
    <message>
        <source>Asking who is on shift…</source>
        <translation>Es wird gefragt, wer im Dienst ist…</translation>
    </message>
    <message>
        <source>Nobody else is on shift right now.</source>
        <translation>Gerade ist sonst niemand im Dienst.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MailThreadView</name>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Letters with %1</source>
        <translation>Briefwechsel mit %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You (not yet confirmed)</source>
        <translation>Ihnen (noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>The volunteer</source>
        <translation>der freiwilligen Person</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>Von %1, %2</translation>
    </message>
    <message>
        <source>No letters yet.</source>
        <translation>Noch keine Briefe.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MainWindow</name>
    <message>
        <source>Ecoute</source>
        <translation>Ecoute</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation>Arbei&amp;tsplatz</translation>
    </message>
    <message>
        <source>Log out and &amp;quit</source>
        <translation>Abmelden und &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Lock notes</source>
        <translation>Notizen &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Unlock notes…</source>
        <translation>Notizen &amp;entsperren…</translation>
    </message>
    <message>
        <source>Change notes &amp;passphrase…</source>
        <translation>&amp;Passphrase der Notizen ändern…</translation>
    </message>
    <message>
        <source>&amp;New personal note</source>
        <translation>&amp;Neue persönliche Notiz</translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation>Notizen &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Show &amp;all notes</source>
        <translation>&amp;Alle Notizen anzeigen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Set &amp;up notes…</source>
        <translation>Notizen &amp;einrichten…</translation>
    </message>
    <message>
        <source>Superv&amp;ision</source>
        <translation>Superv&amp;ision</translation>
    </message>
    <message>
        <source>Ask for supervision now (urgent)</source>
        <translation>Jetzt Supervision anfragen (dringend)</translation>
    </message>
    <message>
        <source>Show the supervision queue</source>
        <translation>Warteschlange der Supervision anzeigen</translation>
    </message>
    <message>
        <source>Show the team board</source>
        <translation>Teamübersicht anzeigen</translation>
    </message>
    <message>
        <source>Supervision queue</source>
        <translation>Warteschlange der Supervision</translation>
    </message>
    <message>
        <source>Team on shift</source>
        <translation>Team im Dienst</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ask for supervision…</source>
        <translation>Supervision anfragen…</translation>
    </message>
    <message>
        <source>Ask a supervisor for help about this conversation (%1)</source>
        <translation>Die Supervision zu diesem Gespräch um Hilfe bitten (%1)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <source>Show the &amp;inbox</source>
        <translation>&amp;Eingang anzeigen</translation>
    </message>
    <message>
        <source>Go to the inbo&amp;x</source>
        <translation>Zum Eingang &amp;springen</translation>
    </message>
    <message>
        <source>Go to the &amp;reply box</source>
        <translation>Zum &amp;Antwortfeld springen</translation>
    </message>
    <message>
        <source>&amp;Notes beside the conversation</source>
        <translation>&amp;Notizen neben dem Gespräch</translation>
    </message>
    <message>
        <source>My requests for supervision</source>
        <translation>Meine Supervisionsanfragen</translation>
    </message>
    <message>
        <source>Show my requests for supervision</source>
        <translation>Meine Supervisionsanfragen anzeigen</translation>
    </message>
    <message>
        <source>E-mail desk</source>
        <translation>E-Mail-Pult</translation>
    </message>
    <message>
        <source>Show the e-mail desk</source>
        <translation>E-Mail-Pult anzeigen</translation>
    </message>
    <message>
        <source>Imminent risk</source>
        <translation>Akute Gefahr</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>Verzeichnis der Hilfsangebote</translation>
    </message>
    <message>
        <source>Show the referral &amp;directory</source>
        <translation>&amp;Verzeichnis der Hilfsangebote anzeigen</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MessageAnnouncer</name>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 schreibt: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <source>Whisper from %1 (staff only): %2</source>
        <translation>Eingeflüstert von %1 (nur für das Team): %2</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::NoConversationView</name>
    <message>
        <source>Ecoute</source>
        <translation>Ecoute</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Write your notes here; they are saved as you type.</source>
        <translation>Schreiben Sie hier Ihre Notizen; sie werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Tags of the note</source>
        <translation>Schlagwörter der Notiz</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Note save status</source>
        <translation>Speicherstatus der Notiz</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved: the notes file cannot be written.</source>
        <translation>Nicht gespeichert: Die Notizdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Tags, separated by commas; saved when you press %1 or leave the field.</source>
        <translation>Schlagwörter, durch Kommas getrennt; sie werden gespeichert, wenn Sie %1 drücken oder das Feld verlassen.</translation>
    </message>
    <message>
        <source>Keep this note longer</source>
        <translation>Diese Notiz länger behalten</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep this note for %n day(s)</source>
        <translation>
            <numerusform>Diese Notiz %n Tag be&amp;halten</numerusform>
            <numerusform>Diese Notiz %n Tage be&amp;halten</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes are deleted after the period your organisation sets; a kept note is deleted later.</source>
        <translation>Notizen werden nach der von Ihrer Organisation festgelegten Frist gelöscht; eine behaltene Notiz erst später.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::NotesLockedPlaceholder</name>
    <message>
        <source>Your notes are available once you are logged in.</source>
        <translation>Ihre Notizen sind verfügbar, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Keep private notes about your conversations, encrypted on this computer. Choose a notes passphrase to start.</source>
        <translation>Führen Sie private Notizen zu Ihren Gesprächen, verschlüsselt auf diesem Computer. Wählen Sie zu Beginn eine Passphrase für die Notizen.</translation>
    </message>
    <message>
        <source>Set up notes…</source>
        <translation>Notizen einrichten…</translation>
    </message>
    <message>
        <source>Set up the notes passphrase</source>
        <translation>Passphrase der Notizen festlegen</translation>
    </message>
    <message>
        <source>Notes locked.</source>
        <translation>Notizen gesperrt.</translation>
    </message>
    <message>
        <source>Unlock the notes</source>
        <translation>Notizen entsperren</translation>
    </message>
    <message>
        <source>Unlock notes… (%1)</source>
        <translation>Notizen entsperren… (%1)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::NotesPane</name>
    <message>
        <source>Notes about %1</source>
        <translation>Notizen zu %1</translation>
    </message>
    <message>
        <source>Notes a&amp;bout %1</source>
        <translation>Notizen &amp;zu %1</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::NotesView</name>
    <message>
        <source>Personal note</source>
        <translation>Persönliche Notiz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New &amp;personal note</source>
        <translation>N&amp;eue persönliche Notiz</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Search all notes</source>
        <translation>Alle Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Show only notes with this tag</source>
        <translation>Nur Notizen mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Gefundene Notizen</translation>
    </message>
    <message>
        <source>A note about no particular contact</source>
        <translation>Eine Notiz, die keinem bestimmten Kontakt zugeordnet ist</translation>
    </message>
    <message>
        <source>No note open: choose one in the list, or create a personal note.</source>
        <translation>Keine Notiz geöffnet: Wählen Sie eine in der Liste aus oder erstellen Sie eine persönliche Notiz.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <source>Words to find in your notes (%1)</source>
        <translation>Suchbegriffe für Ihre Notizen (%1)</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Schlagw&amp;ort:</translation>
    </message>
    <message>
        <source>N&amp;ote about %1</source>
        <translation>Notiz z&amp;u %1</translation>
    </message>
    <message>
        <source>Pers&amp;onal note</source>
        <translation>&amp;Persönliche Notiz</translation>
    </message>
    <message>
        <source>New pers&amp;onal note</source>
        <translation>Neue &amp;persönliche Notiz</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::OffShiftDialog</name>
    <message>
        <source>Go off shift</source>
        <translation>Dienst beenden</translation>
    </message>
    <message numerus="yes">
        <source>You still have %n conversation(s) going on. What should happen to them?</source>
        <translation>
            <numerusform>Sie führen noch %n Gespräch. Was soll damit geschehen?</numerusform>
            <numerusform>Sie führen noch %n Gespräche. Was soll damit geschehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish them myself</source>
        <translation>Selbst &amp;beenden</translation>
    </message>
    <message>
        <source>Finish my conversations, then stop: no new contacts meanwhile</source>
        <translation>Meine Gespräche zu Ende führen, dann aufhören: bis dahin keine neuen Kontakte</translation>
    </message>
    <message>
        <source>&amp;Hand them back to the queue</source>
        <translation>In den Eingang &amp;zurückgeben</translation>
    </message>
    <message>
        <source>Hand my conversations back to the queue and go off shift now</source>
        <translation>Meine Gespräche in den Eingang zurückgeben und den Dienst jetzt beenden</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::OfferAlert</name>
    <message>
        <source>Contact offered to you</source>
        <translation>Kontakt für Sie</translation>
    </message>
    <message numerus="yes">
        <source>%1 (urgent) is waiting. Accept or decline within %n second(s).</source>
        <translation>
            <numerusform>%1 (dringend) wartet. Nehmen Sie innerhalb von %n Sekunde an oder lehnen Sie ab.</numerusform>
            <numerusform>%1 (dringend) wartet. Nehmen Sie innerhalb von %n Sekunden an oder lehnen Sie ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is waiting. Accept or decline within %n second(s).</source>
        <translation>
            <numerusform>%1 wartet. Nehmen Sie innerhalb von %n Sekunde an oder lehnen Sie ab.</numerusform>
            <numerusform>%1 wartet. Nehmen Sie innerhalb von %n Sekunden an oder lehnen Sie ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ecoute</source>
        <translation>Ecoute</translation>
    </message>
    <message>
        <source>Practice contact offered to you</source>
        <translation>Übungskontakt für Sie</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>New email offered: %1</source>
        <translation>Neue E-Mail für Sie: %1</translation>
    </message>
    <message>
        <source>New call offered: %1</source>
        <translation>Neuer Anruf für Sie: %1</translation>
    </message>
    <message>
        <source>New chat offered: %1</source>
        <translation>Neuer Chat für Sie: %1</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::OfferBar</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Contact offered to you</source>
        <translation>Kontakt für Sie</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accept the offered contact</source>
        <translation>Den angebotenen Kontakt annehmen</translation>
    </message>
    <message>
        <source>Accept the offered contact (%1)</source>
        <translation>Den angebotenen Kontakt annehmen (%1)</translation>
    </message>
    <message>
        <source>Decline: the contact is offered to another volunteer (%1)</source>
        <translation>Ablehnen: Der Kontakt geht an andere Freiwillige (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3) is offered to you: %n second(s) left to answer.</source>
        <translation>
            <numerusform>%1 (%2, %3) wird Ihnen angeboten: noch %n Sekunde zum Antworten.</numerusform>
            <numerusform>%1 (%2, %3) wird Ihnen angeboten: noch %n Sekunden zum Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Dringend: %1</translation>
    </message>
    <message>
        <source>Decline: the contact is offered to another volunteer</source>
        <translation>Ablehnen: Der Kontakt geht an andere Freiwillige</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PassphraseDialog</name>
    <message>
        <source>Current notes passphrase</source>
        <translation>Aktuelle Passphrase der Notizen</translation>
    </message>
    <message>
        <source>New notes passphrase</source>
        <translation>Neue Passphrase der Notizen</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Repeat the new notes passphrase</source>
        <translation>Neue Passphrase der Notizen wiederholen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remember this passphrase.&lt;/b&gt; Nobody can recover it: if you forget it, your notes on this computer are gone for good. It is not your server password and should be different from it.</source>
        <translation>&lt;b&gt;Merken Sie sich diese Passphrase gut.&lt;/b&gt; Niemand kann sie wiederherstellen: Wenn Sie sie vergessen, sind Ihre Notizen auf diesem Computer endgültig verloren. Sie ist nicht Ihr Server-Passwort und sollte sich davon unterscheiden.</translation>
    </message>
    <message>
        <source>Set up your notes</source>
        <translation>Ihre Notizen einrichten</translation>
    </message>
    <message>
        <source>&amp;Notes passphrase:</source>
        <translation>&amp;Passphrase der Notizen:</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>Set up the notes</source>
        <translation>Notizen einrichten</translation>
    </message>
    <message>
        <source>Unlock your notes</source>
        <translation>Ihre Notizen entsperren</translation>
    </message>
    <message>
        <source>Your notes are locked. Type your notes passphrase to unlock them.</source>
        <translation>Ihre Notizen sind gesperrt. Geben Sie die Passphrase der Notizen ein, um sie zu entsperren.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock the notes</source>
        <translation>Notizen entsperren</translation>
    </message>
    <message>
        <source>Change the notes passphrase</source>
        <translation>Passphrase der Notizen ändern</translation>
    </message>
    <message>
        <source>Your notes will be encrypted again with the new passphrase.</source>
        <translation>Ihre Notizen werden mit der neuen Passphrase neu verschlüsselt.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>A&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Preparing the encryption key…</source>
        <translation>Schlüssel für die Verschlüsselung wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Bitte %n Sekunde warten</numerusform>
            <numerusform>Bitte %n Sekunden warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your notes are encrypted on this computer with a passphrase of your choice (at least %n characters). You will type it to unlock them.</source>
        <translation>
            <numerusform>Ihre Notizen werden auf diesem Computer mit einer Passphrase Ihrer Wahl verschlüsselt (mindestens %n Zeichen). Sie geben sie ein, um die Notizen zu entsperren.</numerusform>
            <numerusform>Ihre Notizen werden auf diesem Computer mit einer Passphrase Ihrer Wahl verschlüsselt (mindestens %n Zeichen). Sie geben sie ein, um die Notizen zu entsperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Än&amp;dern</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeDesk</name>
    <message>
        <source>Practice scenarios</source>
        <translation>Übungsszenarien</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>Übun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Start a practice session…</source>
        <translation>Übungssitzung &amp;starten…</translation>
    </message>
    <message>
        <source>Show the &amp;scenarios</source>
        <translation>S&amp;zenarien anzeigen</translation>
    </message>
    <message>
        <source>&amp;New scenario…</source>
        <translation>&amp;Neues Szenario…</translation>
    </message>
    <message>
        <source>Practice &amp;history…</source>
        <translation>Übungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>Scenario “%1” saved.</source>
        <translation>Szenario „%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Practice session “%1” running with %n trainee(s).</source>
        <translation>
            <numerusform>Übungssitzung „%1“ läuft mit %n Person in Ausbildung.</numerusform>
            <numerusform>Übungssitzung „%1“ läuft mit %n Personen in Ausbildung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback sent.</source>
        <translation>Rückmeldung gesendet.</translation>
    </message>
    <message>
        <source>Feedback on your practice exercise</source>
        <translation>Rückmeldung zu Ihrer Übung</translation>
    </message>
    <message>
        <source>Feedback on your practice exercise has arrived.</source>
        <translation>Eine Rückmeldung zu Ihrer Übung ist eingegangen.</translation>
    </message>
    <message>
        <source>Practice history</source>
        <translation>Übungsverlauf</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeFeedbackDialog</name>
    <message>
        <source>Feedback for %1</source>
        <translation>Rückmeldung für %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>This scenario has no learning goals: write your feedback below. %1 will see it.</source>
        <translation>Dieses Szenario hat keine Lernziele: Schreiben Sie Ihre Rückmeldung unten. %1 wird sie sehen.</translation>
    </message>
    <message>
        <source>Rate each learning goal (arrow keys or 1 to 4); comments are optional. %1 will see this feedback.</source>
        <translation>Bewerten Sie jedes Lernziel (Pfeiltasten oder 1 bis 4); Kommentare sind freiwillig. %1 wird diese Rückmeldung sehen.</translation>
    </message>
    <message>
        <source>&amp;General feedback (optional):</source>
        <translation>Allgemeine &amp;Rückmeldung (optional):</translation>
    </message>
    <message>
        <source>&amp;General feedback:</source>
        <translation>Allgemeine &amp;Rückmeldung:</translation>
    </message>
    <message>
        <source>General feedback</source>
        <translation>Allgemeine Rückmeldung</translation>
    </message>
    <message>
        <source>What went well, what to work on next…</source>
        <translation>Was gut gelaufen ist, woran als Nächstes zu arbeiten ist…</translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation>Rückmeldung &amp;senden</translation>
    </message>
    <message>
        <source>Send the feedback to %1</source>
        <translation>Die Rückmeldung an %1 senden</translation>
    </message>
    <message>
        <source>Cancel without sending</source>
        <translation>Abbrechen, ohne zu senden</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Senden (%1)</translation>
    </message>
    <message>
        <source>Goal %1 of %2</source>
        <translation>Lernziel %1 von %2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Lernziel %1: %2</translation>
    </message>
    <message>
        <source>%1 — key %2</source>
        <translation>%1 – Taste %2</translation>
    </message>
    <message>
        <source>Comment on goal %1</source>
        <translation>Kommentar zu Lernziel %1</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message numerus="yes">
        <source>All %n goal(s) rated.</source>
        <translation>
            <numerusform>%n Lernziel bewertet.</numerusform>
            <numerusform>Alle %n Lernziele bewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n goal(s) rated.</source>
        <translation>
            <numerusform>%1 von %n Lernziel bewertet.</numerusform>
            <numerusform>%1 von %n Lernzielen bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeFeedbackView</name>
    <message>
        <source>Practice feedback</source>
        <translation>Rückmeldung zur Übung</translation>
    </message>
    <message>
        <source>Feedback from the trainer</source>
        <translation>Rückmeldung der Trainer:in</translation>
    </message>
    <message>
        <source>No feedback to show.</source>
        <translation>Keine Rückmeldung anzuzeigen.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>Überwiegend</translation>
    </message>
    <message>
        <source>Fully</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>A rating of a learning goal: &quot;Mostly (3 of 4)&quot;.</extracomment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Rückmeldung: %1</translation>
    </message>
    <message>
        <source>Trainer: %1</source>
        <translation>Von %1 (Ausbildung)</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Gegeben am %1</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Lernziele</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>The trainer gave no details.</source>
        <translation>Die Trainer:in hat keine Einzelheiten angegeben.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeGuidancePane</name>
    <message>
        <source>Write the &amp;opening</source>
        <translation>Erste Nachricht ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Feedback…</source>
        <translation>Rück&amp;meldung…</translation>
    </message>
    <message>
        <source>Scenario you play</source>
        <translation>Szenario, das Sie spielen</translation>
    </message>
    <message>
        <source>Scenario and guidance for the trainer</source>
        <translation>Szenario und Hinweise für die Trainer:in</translation>
    </message>
    <message>
        <source>Put the scenario&apos;s opening message in the composer</source>
        <translation>Die erste Nachricht des Szenarios ins Eingabefeld übernehmen</translation>
    </message>
    <message>
        <source>Give the trainee feedback on this exercise</source>
        <translation>Der Person in Ausbildung eine Rückmeldung zu dieser Übung geben</translation>
    </message>
    <message>
        <source>Feedback per learning goal, once the exercise is over</source>
        <translation>Rückmeldung je Lernziel, sobald die Übung beendet ist</translation>
    </message>
    <message>
        <source>%1 · %2 · risk: %3</source>
        <translation>%1 · %2 · Risiko: %3</translation>
    </message>
    <message numerus="yes">
        <source>The person (%n years old)</source>
        <translation>
            <numerusform>Die Person (%n Jahr alt)</numerusform>
            <numerusform>Die Person (%n Jahre alt)</numerusform>
        </translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>Opening message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <source>How it evolves</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise für die Trainer:in</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Lernziele</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeHistoryView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Practice history</source>
        <translation>Übungsverlauf</translation>
    </message>
    <message>
        <source>T&amp;rainee:</source>
        <translation>&amp;Person in Ausbildung:</translation>
    </message>
    <message>
        <source>User name of the trainee</source>
        <translation>Benutzername der Person in Ausbildung</translation>
    </message>
    <message>
        <source>User name (empty: your own history)</source>
        <translation>Benutzername (leer: Ihr eigener Verlauf)</translation>
    </message>
    <message>
        <source>Show the practice history of this trainee</source>
        <translation>Übungsverlauf dieser Person in Ausbildung anzeigen</translation>
    </message>
    <message>
        <source>Practice exercises, newest first</source>
        <translation>Übungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Select an exercise to see its feedback.</source>
        <translation>Wählen Sie eine Übung aus, um die Rückmeldung dazu zu sehen.</translation>
    </message>
    <message>
        <source>No feedback yet for this exercise.</source>
        <translation>Zu dieser Übung gibt es noch keine Rückmeldung.</translation>
    </message>
    <message>
        <source>Your practice history</source>
        <translation>Ihr Übungsverlauf</translation>
    </message>
    <message>
        <source>Practice history of %1</source>
        <translation>Übungsverlauf von %1</translation>
    </message>
    <message>
        <source>Asking for the practice history…</source>
        <translation>Übungsverlauf wird abgerufen…</translation>
    </message>
    <message>
        <source>No practice yet.</source>
        <translation>Noch keine Übung.</translation>
    </message>
    <message>
        <source>No practice yet for %1.</source>
        <translation>Noch keine Übung für %1.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeStartDialog</name>
    <message>
        <source>Start a practice session</source>
        <translation>Übungssitzung starten</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Personen in Ausbildung</translation>
    </message>
    <message>
        <source>User names, separated by commas</source>
        <translation>Benutzernamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Beobachter:innen</translation>
    </message>
    <message>
        <source>Optional: user names, separated by commas</source>
        <translation>Optional: Benutzernamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Each trainee receives a practice contact, marked PRACTICE, in their inbox. You play the person from your own workstation; observers follow silently and everyone sees who is listening.</source>
        <translation>Jede Person in Ausbildung erhält in ihrem Eingang einen Übungskontakt, gekennzeichnet mit ÜBUNG. Sie spielen die ratsuchende Person von Ihrem eigenen Arbeitsplatz aus; Beobachter:innen verfolgen das Gespräch still, und alle sehen, wer mithört.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;Trainees:</source>
        <translation>&amp;Personen in Ausbildung:</translation>
    </message>
    <message>
        <source>&amp;Observers:</source>
        <translation>&amp;Beobachter:innen:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>No scenario to choose from yet.</source>
        <translation>Noch kein Szenario zur Auswahl.</translation>
    </message>
    <message>
        <source>Name at least one trainee.</source>
        <translation>Nennen Sie mindestens eine Person in Ausbildung.</translation>
    </message>
    <message>
        <source>%1 cannot be trainee and observer at once.</source>
        <translation>%1 kann nicht zugleich Person in Ausbildung und Beobachter:in sein.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PreferencesDialog</name>
    <message>
        <source>Play a sound when a &amp;message arrives</source>
        <translation>Ton abspielen, wenn eine &amp;Nachricht eingeht</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>&amp;Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>The new language shows the next time you start Ecoute.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Ecoute.</translation>
    </message>
    <message>
        <source>System size (%1 pt)</source>
        <translation>Systemgröße (%1 pt)</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix of the idle-lock minutes: &quot;5 min&quot;.</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes without using the keyboard or mouse. The notes also lock when the screen locks.</source>
        <translation>Minuten ohne Eingabe über Tastatur oder Maus. Die Notizen werden auch gesperrt, wenn der Bildschirm gesperrt wird.</translation>
    </message>
    <message>
        <source>Rings again every few seconds until you answer</source>
        <translation>Klingelt alle paar Sekunden erneut, bis Sie antworten</translation>
    </message>
    <message>
        <source>A message from the desktop when a contact is offered</source>
        <translation>Eine Meldung des Desktops, wenn ein Kontakt angeboten wird</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Lock the &amp;notes after:</source>
        <translation>Notizen s&amp;perren nach:</translation>
    </message>
    <message>
        <source>Sounds and notifications:</source>
        <translation>Töne und Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Never (set by your administrator)</source>
        <translation>Nie (von der Administration festgelegt)</translation>
    </message>
    <message>
        <source>Play a &amp;sound when a contact is offered to me</source>
        <translation>Ton abspielen, wenn mir ein &amp;Kontakt angeboten wird</translation>
    </message>
    <message>
        <source>The device chosen before (not connected)</source>
        <translation>Das zuvor gewählte Gerät (nicht angeschlossen)</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Headset</translation>
    </message>
    <message>
        <source>Micro&amp;phone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>Spea&amp;ker or earphones:</source>
        <translation>&amp;Lautsprecher oder Kopfhörer:</translation>
    </message>
    <message>
        <source>Used for phone calls, from the next call on.</source>
        <translation>Für Telefonanrufe, ab dem nächsten Anruf.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ReportPane</name>
    <message>
        <source>Age, if the person said it</source>
        <translation>Alter, falls die Person es genannt hat</translation>
    </message>
    <message>
        <source>Gender, if the person said it</source>
        <translation>Geschlecht, falls die Person es genannt hat</translation>
    </message>
    <message>
        <source>First or repeat contact</source>
        <translation>Erst- oder Wiederholungskontakt</translation>
    </message>
    <message>
        <source>Report on the contact</source>
        <translation>Kontaktbericht</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Thema suchen</translation>
    </message>
    <message>
        <source>Type to find a topic; %1 ticks it, %2 goes to the list</source>
        <translation>Tippen Sie, um ein Thema zu suchen; %1 kreuzt es an, %2 führt zur Liste</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Space ticks a topic; several may apply</source>
        <translation>Die Leertaste kreuzt ein Thema an; mehrere sind möglich</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Asked about:</source>
        <translation>Gefragt nach:</translation>
    </message>
    <message>
        <source>The volunteer asked about this</source>
        <translation>Die freiwillige Person hat danach gefragt</translation>
    </message>
    <message>
        <source>What the contact led to</source>
        <translation>Ergebnis des Kontakts</translation>
    </message>
    <message>
        <source>No free text in the report: what you want to remember goes in your encrypted notes.</source>
        <translation>Kein freier Text im Bericht: Was Sie sich merken möchten, gehört in Ihre verschlüsselten Notizen.</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Bericht senden</translation>
    </message>
    <message>
        <source>Send the report (%1)</source>
        <translation>Bericht senden (%1)</translation>
    </message>
    <message>
        <source>Contact to report</source>
        <translation>Kontakt für den Bericht</translation>
    </message>
    <message>
        <source>Age (in &amp;years):</source>
        <translation>Alte&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Gesc&amp;hlecht:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>Bisherige &amp;Kontakte:</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>%1 angekreuzt</translation>
    </message>
    <message>
        <source>%1 unticked</source>
        <translation>%1 nicht mehr angekreuzt</translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation>Weitervermittelt an: %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n topics.</source>
        <translation>
            <numerusform>Höchstens %n Thema.</numerusform>
            <numerusform>Höchstens %n Themen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Tick at least one outcome.</source>
        <translation>Kreuzen Sie mindestens ein Ergebnis an.</translation>
    </message>
    <message>
        <source>&quot;Referred to a service&quot; needs a service from the referral directory.</source>
        <translation>„An ein Angebot weitervermittelt“ braucht ein Angebot aus dem Verzeichnis der Hilfsangebote.</translation>
    </message>
    <message>
        <source>Sending the report…</source>
        <translation>Bericht wird gesendet…</translation>
    </message>
    <message>
        <source>Report sent. %1: choose the next one below.</source>
        <translation>Bericht gesendet. %1: Wählen Sie unten den nächsten.</translation>
    </message>
    <message>
        <source>Report sent. No contacts left to report.</source>
        <translation>Bericht gesendet. Keine Kontaktberichte mehr offen.</translation>
    </message>
    <message>
        <source>Report on %1 (%2)</source>
        <translation>Kontaktbericht: %1 (%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Bericht gesendet</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Suizidrisiko</translation>
    </message>
    <message>
        <source>Suicide risk (keys 0–4):</source>
        <translation>Suizidrisiko (Tasten 0–4):</translation>
    </message>
    <message>
        <source>Risk level, key %1</source>
        <translation>Risikostufe, Taste %1</translation>
    </message>
    <message>
        <source>Led to:</source>
        <translation>Ergebnis:</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ReportWiring</name>
    <message>
        <source>&amp;Report the contacts left…</source>
        <translation>Offene &amp;Kontaktberichte ausfüllen…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistik…</translation>
    </message>
    <message>
        <source>Edit the referral &amp;directory…</source>
        <translation>&amp;Verzeichnis der Hilfsangebote bearbeiten…</translation>
    </message>
    <message>
        <source>Imminent-risk cases, open ones first</source>
        <translation>Fälle akuter Gefahr, offene zuerst</translation>
    </message>
    <message>
        <source>Open a conversation to insert a referral.</source>
        <translation>Öffnen Sie ein Gespräch, um eine Weitervermittlung einzufügen.</translation>
    </message>
    <message>
        <source>No contacts left to report.</source>
        <translation>Keine Kontaktberichte offen.</translation>
    </message>
    <message>
        <source>Contacts left to report</source>
        <translation>Offene Kontaktberichte</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::RiskPanel</name>
    <message>
        <source>Imminent risk</source>
        <translation>Akute Gefahr</translation>
    </message>
    <message>
        <source>Imminent risk: step by step</source>
        <translation>Akute Gefahr: Schritt für Schritt</translation>
    </message>
    <message>
        <source>Ask a supervisor now</source>
        <translation>Jetzt Supervision anfragen</translation>
    </message>
    <message>
        <source>An urgent request for supervision about this contact (%1)</source>
        <translation>Eine dringende Supervisionsanfrage zu diesem Kontakt (%1)</translation>
    </message>
    <message>
        <source>Where the person sai&amp;d they are:</source>
        <translation>Ort laut Angabe &amp;der Person:</translation>
    </message>
    <message>
        <source>Where the person said they are</source>
        <translation>Ort laut Angabe der Person</translation>
    </message>
    <message>
        <source>Send to the supervisor</source>
        <translation>An die Supervision senden</translation>
    </message>
    <message>
        <source>Send the location to the supervisors only</source>
        <translation>Den Ort nur an die Supervision senden</translation>
    </message>
    <message>
        <source>Only if the person gave it. It goes to the supervisor only and is deleted with the contact&apos;s transcript. Nothing is gathered automatically.</source>
        <translation>Nur, wenn die Person ihn genannt hat. Er geht nur an die Supervision und wird mit dem Protokoll des Kontakts gelöscht. Nichts wird automatisch erfasst.</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>Sent to the supervisor: %1</source>
        <translation>An die Supervision gesendet: %1</translation>
    </message>
    <message>
        <source>Start with the first step: stay with the person.</source>
        <translation>Beginnen Sie mit dem ersten Schritt: Bleiben Sie bei der Person.</translation>
    </message>
    <message>
        <source>Case open since %1.</source>
        <translation>Fall offen seit %1.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Fall abgeschlossen.</translation>
    </message>
    <message>
        <source>Where the person said they are: %1</source>
        <translation>Ort laut Angabe der Person: %1</translation>
    </message>
    <message>
        <source>No location given.</source>
        <translation>Kein Ort angegeben.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ScenarioEditorDialog</name>
    <message>
        <source>Practice scenario editor</source>
        <translation>Editor für Übungsszenarien</translation>
    </message>
    <message>
        <source>Parts of the scenario</source>
        <translation>Teile des Szenarios</translation>
    </message>
    <message>
        <source>The help-seeker&apos;s first message, sent to the trainee exactly as written: for an email the whole email, for a call the first words.</source>
        <translation>Die erste Nachricht der ratsuchenden Person, genau so an die Person in Ausbildung gesendet, wie sie hier steht: bei einer E-Mail die ganze E-Mail, bei einem Anruf die ersten Worte.</translation>
    </message>
    <message>
        <source>Opening message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <source>&amp;Opening</source>
        <translation>&amp;Erste Nachricht</translation>
    </message>
    <message>
        <source>How the situation develops: numbered stages and, for each, what makes the person react (&quot;→ If the volunteer …: …&quot;). A line may not start with &quot;#&quot;.</source>
        <translation>Wie sich die Situation entwickelt: nummerierte Phasen und zu jeder, was die Person reagieren lässt („→ Wenn die freiwillige Person …: …“). Eine Zeile darf nicht mit „#“ beginnen.</translation>
    </message>
    <message>
        <source>Evolution of the situation</source>
        <translation>Verlauf der Situation</translation>
    </message>
    <message>
        <source>E&amp;volution</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>For the trainer only, never shown to trainees: how to play the role, what to watch, when to stop, what to prepare.</source>
        <translation>Nur für die Trainer:in, nie für Personen in Ausbildung sichtbar: wie die Rolle zu spielen ist, worauf zu achten ist, wann aufzuhören ist, was vorzubereiten ist.</translation>
    </message>
    <message>
        <source>Guidance for the trainer</source>
        <translation>Hinweise für die Trainer:in</translation>
    </message>
    <message>
        <source>G&amp;uidance</source>
        <translation>Hin&amp;weise</translation>
    </message>
    <message>
        <source>What keeps the scenario from being saved</source>
        <translation>Was das Speichern des Szenarios verhindert</translation>
    </message>
    <message>
        <source>Go to the problem</source>
        <translation>Zum Problem springen</translation>
    </message>
    <message>
        <source>Go to the field that keeps the scenario from being saved</source>
        <translation>Zum Feld springen, das das Speichern des Szenarios verhindert</translation>
    </message>
    <message>
        <source>Go to the field that keeps the scenario from being saved (%1)</source>
        <translation>Zum Feld springen, das das Speichern des Szenarios verhindert (%1)</translation>
    </message>
    <message>
        <source>Why the server refused the scenario</source>
        <translation>Warum der Server das Szenario abgelehnt hat</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Save the scenario (%1)</source>
        <translation>Szenario speichern (%1)</translation>
    </message>
    <message>
        <source>Short name: the scenario&apos;s identifier</source>
        <translation>Kurzname: die Kennung des Szenarios</translation>
    </message>
    <message>
        <source>e.g. panic-attack</source>
        <translation>z. B. panic-attack</translation>
    </message>
    <message>
        <source>Short &amp;name:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The name trainers see in the list</source>
        <translation>Der Name, den Trainer:innen in der Liste sehen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Channel: how the person reaches the line</source>
        <translation>Kanal: wie die Person Kontakt aufnimmt</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>Risk: the highest the basic version reaches</source>
        <translation>Risiko: die höchste Stufe, die die Grundversion erreicht</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High: life may be in danger</source>
        <translation>Hoch: Lebensgefahr möglich</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>Age of the person the trainer plays</source>
        <translation>Alter der Person, die die Trainer:in spielt</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Person&apos;s ag&amp;e:</source>
        <translation>Alter &amp;der Person:</translation>
    </message>
    <message>
        <source>Situation of the person the trainer plays</source>
        <translation>Situation der Person, die die Trainer:in spielt</translation>
    </message>
    <message>
        <source>Who the person is and where they stand when they make contact: what the trainer must know to play them. One paragraph.</source>
        <translation>Wer die Person ist und wo sie steht, wenn sie Kontakt aufnimmt: was die Trainer:in wissen muss, um sie zu spielen. Ein Absatz.</translation>
    </message>
    <message>
        <source>Person&apos;s s&amp;ituation:</source>
        <translation>S&amp;ituation der Person:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>Short, observable goals starting with a verb, one per line: they become the items of the feedback form, in this order (at most %1)</source>
        <translation>Kurze, beobachtbare Lernziele, als Handlung formuliert, eines pro Zeile: Sie werden in dieser Reihenfolge zu den Punkten des Rückmeldeformulars (höchstens %1)</translation>
    </message>
    <message>
        <source>Goals in feedbac&amp;k order:</source>
        <translation>Lernziele in der Reihenfolge der Rück&amp;meldung:</translation>
    </message>
    <message>
        <source>Learning goals, in the order of the feedback form</source>
        <translation>Lernziele in der Reihenfolge des Rückmeldeformulars</translation>
    </message>
    <message>
        <source>F2 edits the selected goal</source>
        <translation>F2 bearbeitet das ausgewählte Lernziel</translation>
    </message>
    <message>
        <source>Ne&amp;w goal:</source>
        <translation>Neues Lern&amp;ziel:</translation>
    </message>
    <message>
        <source>Text of a new goal</source>
        <translation>Text eines neuen Lernziels</translation>
    </message>
    <message>
        <source>e.g. Ask directly about thoughts of suicide</source>
        <translation>z. B. Direkt nach Suizidgedanken fragen</translation>
    </message>
    <message>
        <source>A&amp;dd goal</source>
        <translation>Lernziel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the new goal</source>
        <translation>Das neue Lernziel hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move goal</source>
        <translation>Lernziel ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected goal</source>
        <translation>Das ausgewählte Lernziel entfernen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected goal up</source>
        <translation>Das ausgewählte Lernziel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected goal down</source>
        <translation>Das ausgewählte Lernziel nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the selected goal up (%1)</source>
        <translation>Das ausgewählte Lernziel nach oben verschieben (%1)</translation>
    </message>
    <message>
        <source>Move the selected goal down (%1)</source>
        <translation>Das ausgewählte Lernziel nach unten verschieben (%1)</translation>
    </message>
    <message>
        <source>Remove the selected goal (%1)</source>
        <translation>Das ausgewählte Lernziel entfernen (%1)</translation>
    </message>
    <message>
        <source>Goa&amp;ls</source>
        <translation>&amp;Lernziele</translation>
    </message>
    <message>
        <source>Lowercase letters a-z, digits and &quot;-&quot;. It cannot be changed later: practice histories refer to it.</source>
        <translation>Kleinbuchstaben a-z, Ziffern und „-“. Der Kurzname lässt sich später nicht ändern: Übungsverläufe verweisen darauf.</translation>
    </message>
    <message>
        <source>The identifier of the scenario; it cannot be changed.</source>
        <translation>Die Kennung des Szenarios; sie lässt sich nicht ändern.</translation>
    </message>
    <message>
        <source>Practice scenario: %1 (%2)</source>
        <translation>Übungsszenario: %1 (%2)</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; already exists in %2: choose another short name, or edit that one from the library.</source>
        <translation>Ein Szenario mit dem Kurznamen „%1“ gibt es auf %2 bereits: Wählen Sie einen anderen Kurznamen, oder bearbeiten Sie das vorhandene über die Liste der Übungsszenarien.</translation>
    </message>
    <message>
        <source>%1: a line starting with &quot;#&quot; would be lost (it is read as a comment); start it with another character.</source>
        <translation>%1: Eine Zeile, die mit „#“ beginnt, ginge verloren (sie gilt als Kommentar); beginnen Sie sie mit einem anderen Zeichen.</translation>
    </message>
    <message>
        <source>%1 of at most %2 goals</source>
        <translation>%1 von höchstens %2 Lernzielen</translation>
    </message>
    <message>
        <source>New practice scenario</source>
        <translation>Neues Übungsszenario</translation>
    </message>
    <message>
        <source>New practice scenario: %1</source>
        <translation>Neues Übungsszenario: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Lernziel %1: %2</translation>
    </message>
    <message>
        <source>%1: use 1 to 64 lowercase letters a-z, digits and &quot;-&quot; (e.g. panic-attack).</source>
        <translation>%1: Verwenden Sie 1 bis 64 Kleinbuchstaben a-z, Ziffern und „-“ (z. B. panic-attack).</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Person&apos;s age</source>
        <translation>Alter der Person</translation>
    </message>
    <message>
        <source>Person&apos;s situation</source>
        <translation>Situation der Person</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Lernziele</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The server did not save the scenario: %1</source>
        <translation>Der Server hat das Szenario nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes to this scenario are not saved.</source>
        <translation>Die Änderungen an diesem Szenario sind nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ScenarioLibraryView</name>
    <message>
        <source>Practice scenarios</source>
        <translation>Übungsszenarien</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Show scenarios in this language</source>
        <translation>Szenarien in dieser Sprache anzeigen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Fin&amp;den:</translation>
    </message>
    <message>
        <source>Find scenarios by title</source>
        <translation>Szenarien nach Titel finden</translation>
    </message>
    <message>
        <source>Words of the title</source>
        <translation>Wörter aus dem Titel</translation>
    </message>
    <message>
        <source>Practice scenarios, by title</source>
        <translation>Übungsszenarien, nach Titel</translation>
    </message>
    <message>
        <source>The selected scenario</source>
        <translation>Das ausgewählte Szenario</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Neu &amp;verfassen…</translation>
    </message>
    <message>
        <source>Write a new scenario</source>
        <translation>Ein neues Szenario verfassen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Edit the selected scenario</source>
        <translation>Das ausgewählte Szenario bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Start practice…</source>
        <translation>&amp;Übung starten…</translation>
    </message>
    <message>
        <source>Start a practice session with the selected scenario</source>
        <translation>Eine Übungssitzung mit dem ausgewählten Szenario starten</translation>
    </message>
    <message>
        <source>Enter edits the selected scenario</source>
        <translation>Die Eingabetaste öffnet das ausgewählte Szenario zum Bearbeiten</translation>
    </message>
    <message>
        <source>Asking the server for the scenarios…</source>
        <translation>Szenarien werden vom Server abgerufen…</translation>
    </message>
    <message>
        <source>No practice scenario yet.</source>
        <translation>Noch kein Übungsszenario.</translation>
    </message>
    <message>
        <source>No scenario matches the filter.</source>
        <translation>Kein Szenario passt zum Filter.</translation>
    </message>
    <message>
        <source>%1 · %2 · risk %3</source>
        <translation>%1 · %2 · Risiko %3</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ShiftBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>Reason for the pause (optional)</source>
        <translation>Grund der Pause (optional)</translation>
    </message>
    <message>
        <source>Reason for the pause (optional); %1 starts the pause</source>
        <translation>Grund der Pause (optional); %1 startet die Pause</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>Mein Status</translation>
    </message>
    <message>
        <source>Sets your status</source>
        <translation>Legt Ihren Status fest</translation>
    </message>
    <message>
        <source>Your status: %1</source>
        <translation>Ihr Status: %1</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ShiftSummaryDialog</name>
    <message>
        <source>Ask for a &amp;debrief</source>
        <translation>&amp;Nachbesprechung anfragen</translation>
    </message>
    <message>
        <source>&amp;Report them now</source>
        <translation>Berichte jetzt &amp;ausfüllen</translation>
    </message>
    <message>
        <source>Your shift</source>
        <translation>Ihr Dienst</translation>
    </message>
    <message>
        <source>Thank you for your shift.</source>
        <translation>Danke für Ihren Dienst.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n contact(s).</source>
        <translation>
            <numerusform>Sie hatten %n Kontakt.</numerusform>
            <numerusform>Sie hatten %n Kontakte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were hard.</source>
        <translation>
            <numerusform>%n davon war schwer.</numerusform>
            <numerusform>%n davon waren schwer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n involved an imminent risk.</source>
        <translation>
            <numerusform>Bei %n bestand akute Gefahr.</numerusform>
            <numerusform>Bei %n bestand akute Gefahr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the time you need before you go. A supervisor can go through it with you.</source>
        <translation>Nehmen Sie sich die Zeit, die Sie brauchen, bevor Sie gehen. Die Supervision kann das mit Ihnen durchgehen.</translation>
    </message>
    <message>
        <source>%1: please report them before you leave.</source>
        <translation>%1: Bitte erledigen Sie das, bevor Sie gehen.</translation>
    </message>
    <message>
        <source>Ask a supervisor for a debrief of your shift</source>
        <translation>Die Supervision um eine Nachbesprechung Ihres Dienstes bitten</translation>
    </message>
    <message>
        <source>Open the contacts left to report</source>
        <translation>Die offenen Kontaktberichte öffnen</translation>
    </message>
    <message>
        <source>Debrief requested</source>
        <translation>Nachbesprechung angefragt</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::StaffMessagePresentation</name>
    <message>
        <source>%1  Your whisper: %2</source>
        <translation>%1  Ihr Einflüstern: %2</translation>
    </message>
    <message>
        <source>%1  Whisper from %2: %3</source>
        <translation>%1  Eingeflüstert von %2: %3</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>Status der Statistik</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Kontakte pro Monat</translation>
    </message>
    <message>
        <source>Contacts per month chart</source>
        <translation>Diagramm: Kontakte pro Monat</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Kontakte nach Kanal</translation>
    </message>
    <message>
        <source>Contacts by channel chart</source>
        <translation>Diagramm: Kontakte nach Kanal</translation>
    </message>
    <message>
        <source>Answered, unanswered and the wait</source>
        <translation>Beantwortet, unbeantwortet und Wartezeit</translation>
    </message>
    <message>
        <source>Answered and unanswered per month chart</source>
        <translation>Diagramm: beantwortet und unbeantwortet pro Monat</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Topics chart</source>
        <translation>Diagramm: Themen</translation>
    </message>
    <message>
        <source>Suicide risk assessed</source>
        <translation>Eingeschätztes Suizidrisiko</translation>
    </message>
    <message>
        <source>Suicide risk chart</source>
        <translation>Diagramm: Suizidrisiko</translation>
    </message>
    <message>
        <source>First and repeat contacts</source>
        <translation>Erst- und Wiederholungskontakte</translation>
    </message>
    <message>
        <source>First and repeat contacts chart</source>
        <translation>Diagramm: Erst- und Wiederholungskontakte</translation>
    </message>
    <message>
        <source>When people reached the line</source>
        <translation>Wann Menschen uns erreicht haben</translation>
    </message>
    <message>
        <source>Statistics figures</source>
        <translation>Zahlen der Statistik</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>&amp;Chosen dates</source>
        <translation>Eigener &amp;Zeitraum</translation>
    </message>
    <message>
        <source>Choose the dates instead of a year</source>
        <translation>Daten statt eines Jahres wählen</translation>
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
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Statistik aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server for the figures of this period (%1)</source>
        <translation>Die Zahlen dieses Zeitraums vom Server abrufen (%1)</translation>
    </message>
    <message>
        <source>Export yearly report (&amp;PDF)…</source>
        <translation>Jahresbericht exportieren (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Export the yearly report as a PDF</source>
        <translation>Den Jahresbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Save these figures and charts as a PDF report (%1)</source>
        <translation>Diese Zahlen und Diagramme als PDF-Bericht speichern (%1)</translation>
    </message>
    <message>
        <source>Period counted</source>
        <translation>Gezählter Zeitraum</translation>
    </message>
    <message>
        <source>Export wait CSV…</source>
        <translation>Wartezeit als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the wait of %1 as CSV</source>
        <translation>Die Wartezeit von „%1“ als CSV exportieren</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>„%1“ als CSV exportieren</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>No figures yet: choose a period and refresh.</source>
        <translation>Noch keine Zahlen: Wählen Sie einen Zeitraum und aktualisieren Sie.</translation>
    </message>
    <message>
        <source>Statistics for %1 shown.</source>
        <translation>Statistik für %1 angezeigt.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>Der letzte Tag darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>Asking the server for the statistics…</source>
        <translation>Statistik wird vom Server abgerufen…</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Es gibt noch keine Zahlen zum Exportieren.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be saved.</source>
        <translation>Die CSV-Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Export yearly report</source>
        <translation>Jahresbericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::StatusIndicators</name>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection lost, retrying…</source>
        <translation>Verbindung unterbrochen, neuer Versuch…</translation>
    </message>
    <message>
        <source>Server certificate not trusted</source>
        <translation>Dem Serverzertifikat wird nicht vertraut</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::SupervisionPanel</name>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage zurückziehen</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Anfrage abschließen</translation>
    </message>
    <message>
        <source>Open debrief</source>
        <translation>Nachbesprechung öffnen</translation>
    </message>
    <message>
        <source>Cancel the selected request</source>
        <translation>Ausgewählte Anfrage zurückziehen</translation>
    </message>
    <message>
        <source>Close the selected request: the supervision is done</source>
        <translation>Ausgewählte Anfrage abschließen: Die Supervision ist erledigt</translation>
    </message>
    <message>
        <source>Open the debrief of the selected request</source>
        <translation>Nachbesprechung der ausgewählten Anfrage öffnen</translation>
    </message>
    <message>
        <source>Request sent: %1. A supervisor of your centre will answer.</source>
        <translation>Anfrage gesendet: %1. Die Supervision Ihres Zentrums wird antworten.</translation>
    </message>
    <message>
        <source>Urgent request sent: the supervisors of your centre see it now.</source>
        <translation>Dringende Anfrage gesendet: Die Supervision Ihres Zentrums sieht sie jetzt.</translation>
    </message>
    <message>
        <source>Request for a debrief sent. You will find it here once a supervisor accepts it.</source>
        <translation>Anfrage zur Nachbesprechung gesendet. Sie finden sie hier, sobald die Supervision sie angenommen hat.</translation>
    </message>
    <message>
        <source>My requests for supervision</source>
        <translation>Meine Supervisionsanfragen</translation>
    </message>
    <message>
        <source>No open request for supervision.</source>
        <translation>Keine offene Supervisionsanfrage.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::SupervisionQueueView</name>
    <message>
        <source>Supervision queue</source>
        <translation>Warteschlange der Supervision</translation>
    </message>
    <message>
        <source>Requests for supervision, urgent first</source>
        <translation>Supervisionsanfragen, dringende zuerst</translation>
    </message>
    <message>
        <source>No request for supervision right now.</source>
        <translation>Zurzeit keine Supervisionsanfrage.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected request</source>
        <translation>Ausgewählte Anfrage annehmen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Join the conversation of the selected request to listen</source>
        <translation>Dem Gespräch der ausgewählten Anfrage zum Mithören beitreten</translation>
    </message>
    <message>
        <source>Open debrief</source>
        <translation>Nachbesprechung öffnen</translation>
    </message>
    <message>
        <source>Open the debrief of the selected request</source>
        <translation>Nachbesprechung der ausgewählten Anfrage öffnen</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Anfrage abschließen</translation>
    </message>
    <message>
        <source>Close the selected request: the supervision is done</source>
        <translation>Ausgewählte Anfrage abschließen: Die Supervision ist erledigt</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::SupervisionRequestDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Ask for supervision</source>
        <translation>Supervision anfragen</translation>
    </message>
    <message>
        <source>The supervisors of your centre see your request at once. In an emergency, choose “%1”.</source>
        <translation>Die Supervision Ihres Zentrums sieht Ihre Anfrage sofort. Wählen Sie im Notfall „%1“.</translation>
    </message>
    <message>
        <source>The conversation the request is about</source>
        <translation>Das Gespräch, um das es in der Anfrage geht</translation>
    </message>
    <message>
        <source>A short message for the supervisor, optional</source>
        <translation>Eine kurze Nachricht an die Supervision, optional</translation>
    </message>
    <message numerus="yes">
        <source>Optional, at most %n characters</source>
        <translation>
            <numerusform>Optional, höchstens %n Zeichen</numerusform>
            <numerusform>Optional, höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Zeitpun&amp;kt:</translation>
    </message>
    <message>
        <source>Abo&amp;ut:</source>
        <translation>Bet&amp;rifft:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Nac&amp;hricht:</translation>
    </message>
    <message>
        <source>Send the request for supervision</source>
        <translation>Supervisionsanfrage senden</translation>
    </message>
    <message>
        <source>Close without asking</source>
        <translation>Schließen, ohne anzufragen</translation>
    </message>
    <message>
        <source>No particular conversation</source>
        <translation>Kein bestimmtes Gespräch</translation>
    </message>
    <message>
        <source>Not sent: the workstation is not connected to the server right now. It reconnects by itself; try again in a moment.</source>
        <translation>Nicht gesendet: Der Arbeitsplatz ist gerade nicht mit dem Server verbunden. Die Verbindung wird automatisch wiederhergestellt; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::TeamBoard</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Team on shift</source>
        <translation>Team im Dienst</translation>
    </message>
    <message>
        <source>Team on shift: name, role, status, conversations</source>
        <translation>Team im Dienst: Name, Rolle, Status, Gespräche</translation>
    </message>
    <message>
        <source>Refresh the team board</source>
        <translation>Teamübersicht aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the team board (%1)</source>
        <translation>Teamübersicht aktualisieren (%1)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Teamübersicht</translation>
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
        <source>Help-seeker</source>
        <translation>Ratsuchende Person</translation>
    </message>
    <message>
        <source>Your whisper</source>
        <translation>Ihr Einflüstern</translation>
    </message>
    <message>
        <source>Whisper from %1</source>
        <translation>Eingeflüstert von %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2, sending: %3</source>
        <translation>%1, %2, wird gesendet: %3</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::TranscriptView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected messages; the clipboard is cleared after a minute</source>
        <translation>Ausgewählte Nachrichten kopieren; die Zwischenablage wird nach einer Minute geleert</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::TransferDialog</name>
    <message>
        <source>Transfer the conversation with %1</source>
        <translation>Gespräch mit %1 übergeben</translation>
    </message>
    <message>
        <source>Co&amp;lleague:</source>
        <translation>&amp;Teammitglied:</translation>
    </message>
    <message>
        <source>Colleagues on shift</source>
        <translation>Teammitglieder im Dienst</translation>
    </message>
    <message>
        <source>&amp;Handover note (internal, never shown to the person):</source>
        <translation>&amp;Übergabenotiz (intern, wird der ratsuchenden Person nie gezeigt):</translation>
    </message>
    <message>
        <source>Internal handover note</source>
        <translation>Interne Übergabenotiz</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>Ü&amp;bergeben</translation>
    </message>
    <message>
        <source>Transfer to the selected colleague</source>
        <translation>An das ausgewählte Teammitglied übergeben</translation>
    </message>
    <message>
        <source>Asking who is on shift…</source>
        <translation>Wer ist im Dienst? Wird abgefragt…</translation>
    </message>
    <message>
        <source>Nobody else on shift can take a conversation right now.</source>
        <translation>Im Moment kann niemand anderes im Dienst ein Gespräch übernehmen.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::WhisperView</name>
    <message>
        <source>Whisper</source>
        <translation>Einflüstern</translation>
    </message>
    <message>
        <source>Internal whisper:</source>
        <translation>Internes Einflüstern:</translation>
    </message>
    <message>
        <source>Internal whisper</source>
        <translation>Internes Einflüstern</translation>
    </message>
    <message>
        <source>Only staff see whispers, never the person.</source>
        <translation>Eingeflüstertes sieht nur das Team, nie die ratsuchende Person.</translation>
    </message>
    <message>
        <source>Whisper to the volunteer — only staff see this (%1 sends)</source>
        <translation>Der freiwilligen Person einflüstern – nur für das Team sichtbar (%1 zum Senden)</translation>
    </message>
    <message>
        <source>Send the whisper to the volunteer; only staff see it</source>
        <translation>Eingeflüstertes an die freiwillige Person senden; nur für das Team sichtbar</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::WrapupBar</name>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>Wrap-up time left</source>
        <translation>Verbleibende Nachbereitungszeit</translation>
    </message>
    <message>
        <source>End wrap-up</source>
        <translation>Nachbereitung beenden</translation>
    </message>
    <message>
        <source>End the wrap-up now and receive contacts again</source>
        <translation>Die Nachbereitung jetzt beenden und wieder Kontakte erhalten</translation>
    </message>
    <message>
        <source>+2 min</source>
        <translation>+2 Min.</translation>
    </message>
    <message>
        <source>Two more minutes of wrap-up</source>
        <translation>Zwei Minuten mehr Nachbereitung</translation>
    </message>
    <message>
        <source>Wrap-up after your contact: %1 left. No new contact is offered to you until then.</source>
        <translation>Nachbereitung nach Ihrem Kontakt: noch %1. Bis dahin wird Ihnen kein neuer Kontakt angeboten.</translation>
    </message>
</context>
</TS>
