<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Please contact your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this. Are you on shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is no longer possible: the contact has changed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Ecoute is not compatible with the server. Please update Ecoute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecoute and the server did not understand each other. Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address or your network; Ecoute keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting… Your text and unsent messages are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the security certificate of %1 has changed since you first connected. Someone may be trying to intercept your conversations. Ecoute will not connect. Contact your coordinator before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to %1. Check with your coordinator that the certificate fingerprint below is correct before trusting this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Off shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy (in a conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server must be encrypted (wss:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::models::InboxModel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked urgent by the person writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::ui::CertificateDialog</name>
    <message>
        <source>New server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate you trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate presented now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConversationPane</name>
    <message>
        <source>End conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this conversation? The person will be told that the conversation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Return sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long: %1 characters, at most %2. Please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has left the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: your messages will be sent as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConversationTabs</name>
    <message>
        <source>Open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::ui::InboxView</name>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected contact (Enter in the list, or Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::ui::LoginDialog</name>
    <message>
        <source>Ecoute – Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecoute.example.org:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MainWindow</name>
    <message>
        <source>Ecoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and &amp;quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ShiftBar</name>
    <message>
        <source>Set my status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ecoute::ui::TranscriptPresentation</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sending…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
