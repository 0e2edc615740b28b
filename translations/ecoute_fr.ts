<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Please contact your coordinator.</source>
        <translation>Ce compte est désactivé. Veuillez contacter la coordination.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You are not logged in. Please log in again.</source>
        <translation>Aucune session n’est ouverte. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Are you on shift?</source>
        <translation>Cette action ne vous est pas permise. Êtes-vous bien en permanence&#x202f;?</translation>
    </message>
    <message>
        <source>This contact is no longer available.</source>
        <translation>Ce contact n’est plus disponible.</translation>
    </message>
    <message>
        <source>This is no longer possible: the contact has changed in the meantime.</source>
        <translation>Ce n’est plus possible&#x202f;: le contact a changé entre-temps.</translation>
    </message>
    <message>
        <source>The message is too long.</source>
        <translation>Le message est trop long.</translation>
    </message>
    <message>
        <source>This version of Ecoute is not compatible with the server. Please update Ecoute.</source>
        <translation>Cette version d’Ecoute n’est pas compatible avec le serveur. Veuillez mettre Ecoute à jour.</translation>
    </message>
    <message>
        <source>The server had a problem. Nothing was changed; please try again.</source>
        <translation>Le serveur a rencontré un problème. Rien n’a été modifié&#x202f;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Ecoute and the server did not understand each other. Please report this problem.</source>
        <translation>Ecoute et le serveur ne se sont pas compris. Veuillez signaler ce problème.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address or your network; Ecoute keeps trying.</source>
        <translation>Le serveur est injoignable. Vérifiez l’adresse ou votre réseau&#x202f;; Ecoute continue d’essayer.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting… Your text and unsent messages are kept.</source>
        <translation>Connexion perdue. Reconnexion… Votre texte et les messages non envoyés sont conservés.</translation>
    </message>
    <message>
        <source>Warning: the security certificate of %1 has changed since you first connected. Someone may be trying to intercept your conversations. Ecoute will not connect. Contact your coordinator before doing anything else.</source>
        <translation>Attention&#x202f;: le certificat de sécurité de %1 a changé depuis votre première connexion. Quelqu’un essaie peut-être d’intercepter vos conversations. Ecoute ne se connectera pas. Contactez la coordination avant toute autre action.</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Check with your coordinator that the certificate fingerprint below is correct before trusting this server.</source>
        <translation>C’est la première connexion à %1. Avant de faire confiance à ce serveur, vérifiez avec la coordination que l’empreinte du certificat ci-dessous est correcte.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Off shift</source>
        <translation>Hors permanence</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Busy (in a conversation)</source>
        <translation>En conversation</translation>
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
        <translation>Saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>This is not a valid server address.</source>
        <translation>Cette adresse de serveur n’est pas valide.</translation>
    </message>
    <message>
        <source>The connection to the server must be encrypted (wss:// or https://).</source>
        <translation>La connexion au serveur doit être chiffrée (wss:// ou https://).</translation>
    </message>
</context>
<context>
    <name>ecoute::models::InboxModel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>%1 (urgent)</source>
        <translation>%1 (urgent)</translation>
    </message>
    <message>
        <source>Marked urgent by the person writing</source>
        <translation>Signalé comme urgent par la personne qui écrit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::CertificateDialog</name>
    <message>
        <source>New server certificate</source>
        <translation>Nouveau certificat du serveur</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#x202f;:</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>&amp;Faire confiance à ce serveur</translation>
    </message>
    <message>
        <source>Trust this server</source>
        <translation>Faire confiance à ce serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Avertissement de sécurité</translation>
    </message>
    <message>
        <source>Certificate you trusted:</source>
        <translation>Certificat auquel vous aviez fait confiance&#x202f;:</translation>
    </message>
    <message>
        <source>Certificate presented now:</source>
        <translation>Certificat présenté maintenant&#x202f;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConversationPane</name>
    <message>
        <source>End conversation</source>
        <translation>Terminer la conversation</translation>
    </message>
    <message>
        <source>End this conversation? The person will be told that the conversation has ended.</source>
        <translation>Terminer cette conversation&#x202f;? La personne sera informée que la conversation est terminée.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;End conversation…</source>
        <translation>&amp;Terminer la conversation…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Return sends)</source>
        <translation>Écrivez votre réponse… (Ctrl+Return pour envoyer)</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close this conversation</source>
        <translation>Fermer cette conversation</translation>
    </message>
    <message>
        <source>The message is too long: %1 characters, at most %2. Please shorten it.</source>
        <translation>Le message est trop long&#x202f;: %1 caractères, %2 au maximum. Veuillez le raccourcir.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The person has left the conversation.</source>
        <translation>La personne a quitté la conversation.</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>La conversation est terminée.</translation>
    </message>
    <message>
        <source>Offline: your messages will be sent as soon as the connection is back.</source>
        <translation>Hors ligne&#x202f;: vos messages seront envoyés dès le retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConversationTabs</name>
    <message>
        <source>Open conversations</source>
        <translation>Conversations ouvertes</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau message)</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminée)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::InboxView</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n’attend.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>People waiting</source>
        <translation>Personnes en attente</translation>
    </message>
    <message>
        <source>Accept the selected contact</source>
        <translation>Accepter le contact sélectionné</translation>
    </message>
    <message>
        <source>Accept the selected contact (Enter in the list, or Alt+A)</source>
        <translation>Accepter le contact sélectionné (Entrée dans la liste, ou Alt+A)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::LoginDialog</name>
    <message>
        <source>Ecoute – Log in</source>
        <translation>Ecoute – Connexion</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>ecoute.example.org:8443</source>
        <translation>ecoute.example.org:8443</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>Résultat de la connexion</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Connexion annulée&#x202f;: le certificat du serveur n’a pas été approuvé.</translation>
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
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation>&amp;Poste de travail</translation>
    </message>
    <message>
        <source>Log out and &amp;quit</source>
        <translation>Se déconnecter et &amp;quitter</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ShiftBar</name>
    <message>
        <source>Set my status to %1</source>
        <translation>Passer mon statut à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Statut actuel</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::TranscriptPresentation</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Ecoute</source>
        <translation>Ecoute</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant·e</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2&#x202f;: %3</translation>
    </message>
    <message>
        <source> (sending…)</source>
        <translation> (envoi en cours…)</translation>
    </message>
</context>
</TS>
