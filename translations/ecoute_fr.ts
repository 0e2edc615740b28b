<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <source>Internal — only staff see this</source>
        <translation>Interne — visible uniquement par l’équipe</translation>
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
        <translation>L’appel est terminé.</translation>
    </message>
    <message>
        <source>The call ended: your line was disconnected.</source>
        <translation>L’appel est terminé&#x202f;: votre ligne a été coupée.</translation>
    </message>
    <message>
        <source>The call ended: the phone line reported a failure.</source>
        <translation>L’appel est terminé&#x202f;: la ligne téléphonique a signalé une panne.</translation>
    </message>
    <message>
        <source>The call ended: the phone line stopped responding.</source>
        <translation>L’appel est terminé&#x202f;: la ligne téléphonique ne répond plus.</translation>
    </message>
    <message>
        <source>The call ended: the phone bridge restarted.</source>
        <translation>L’appel est terminé&#x202f;: le pont téléphonique a redémarré.</translation>
    </message>
    <message>
        <source>No microphone was found. Plug in your headset and choose it under Preferences, Headset.</source>
        <translation>Aucun micro n’a été trouvé. Branchez votre casque et choisissez-le dans Préférences, Casque.</translation>
    </message>
    <message>
        <source>No speaker or headphones were found. Plug in your headset and choose it under Preferences, Headset.</source>
        <translation>Aucun haut-parleur ni écouteur n’a été trouvé. Branchez votre casque et choisissez-le dans Préférences, Casque.</translation>
    </message>
    <message>
        <source>The phone line could not be reached. Check your network; if it keeps happening, tell your administrator.</source>
        <translation>La ligne téléphonique n’a pas pu être jointe. Vérifiez votre réseau&#x202f;; si cela se reproduit, prévenez l’administration.</translation>
    </message>
    <message>
        <source>The phone line refused the call: its invitation had expired or was already used.</source>
        <translation>La ligne téléphonique a refusé l’appel&#x202f;: son invitation avait expiré ou avait déjà servi.</translation>
    </message>
    <message>
        <source>The call failed for a technical reason.</source>
        <translation>L’appel a échoué pour une raison technique.</translation>
    </message>
    <message>
        <source>Calls cannot be made from this workstation: its phone engine is not available.</source>
        <translation>Ce poste ne peut pas passer d’appels&#x202f;: son moteur téléphonique n’est pas disponible.</translation>
    </message>
    <message>
        <source>The call was not placed: the server&apos;s certificate is not known on this workstation.</source>
        <translation>L’appel n’a pas été passé&#x202f;: le certificat du serveur n’est pas connu sur ce poste.</translation>
    </message>
    <message>
        <source>The call ended: you joined another call.</source>
        <translation>L’appel est terminé&#x202f;: vous avez rejoint un autre appel.</translation>
    </message>
    <message>
        <source>This call cannot be put on hold from here: it is no longer yours.</source>
        <translation>Cet appel ne peut pas être mis en attente d’ici&#x202f;: il n’est plus le vôtre.</translation>
    </message>
    <message>
        <source>You are no longer on this call.</source>
        <translation>Vous ne participez plus à cet appel.</translation>
    </message>
    <message>
        <source>You can no longer take part in this call. Join it again to listen.</source>
        <translation>Vous ne pouvez plus participer à cet appel. Rejoignez-le à nouveau pour écouter.</translation>
    </message>
    <message>
        <source>Your line is not connected yet. Try again in a moment.</source>
        <translation>Votre ligne n’est pas encore connectée. Réessayez dans un instant.</translation>
    </message>
</context>
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
    <name>FirstSteps</name>
    <message>
        <source>Not connected</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>Ecoute is reconnecting to the server. Your conversations and what you typed stay here.</source>
        <translation>Ecoute se reconnecte au serveur. Vos conversations et ce que vous avez écrit restent ici.</translation>
    </message>
    <message>
        <source>No practice session running</source>
        <translation>Aucune session d’exercice en cours</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Aucune conversation ouverte</translation>
    </message>
    <message>
        <source>Accounts are managed with the ecoute-server command.</source>
        <translation>Les comptes se gèrent avec la commande ecoute-server.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for supervision waiting</source>
        <translation>
            <numerusform>%n demande de supervision en attente</numerusform>
            <numerusform>%n demandes de supervision en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>No request for supervision</source>
        <translation>Aucune demande de supervision</translation>
    </message>
    <message>
        <source>You are off shift</source>
        <translation>Vous êtes hors permanence</translation>
    </message>
    <message>
        <source>Time to wrap up</source>
        <translation>Temps après-contact</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting</source>
        <translation>
            <numerusform>%n personne en attente</numerusform>
            <numerusform>%n personnes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>You are available</source>
        <translation>Vous êtes disponible</translation>
    </message>
    <message>
        <source>Start a practice session with %1, or choose a scenario in the practice scenarios on the left.</source>
        <translation>Lancez une session d’exercice avec %1, ou choisissez un scénario dans la liste des scénarios, à gauche.</translation>
    </message>
    <message>
        <source>Open the first one in the supervision queue on the left (%1) to listen or debrief.</source>
        <translation>Ouvrez la première demande de la file de supervision, à gauche (%1), pour écouter ou faire un débriefing.</translation>
    </message>
    <message>
        <source>Requests appear in the supervision queue on the left, urgent ones first; you will hear them. To answer contacts yourself, press %1.</source>
        <translation>Les demandes apparaissent dans la file de supervision, à gauche, les urgentes d’abord&#x202f;; un son vous les signale. Pour répondre vous-même à des contacts, appuyez sur %1.</translation>
    </message>
    <message>
        <source>Press %1 to become available and take contacts.</source>
        <translation>Appuyez sur %1 pour devenir disponible et prendre des contacts.</translation>
    </message>
    <message>
        <source>You are on a break</source>
        <translation>Vous êtes en pause</translation>
    </message>
    <message>
        <source>No contact is offered to you now. Press %1 when you are ready to take contacts again.</source>
        <translation>Aucun contact ne vous est proposé pour l’instant. Appuyez sur %1 dès que vous souhaitez reprendre des contacts.</translation>
    </message>
    <message>
        <source>Take a moment before the next contact: write your notes, breathe. %1 ends the wrap-up now.</source>
        <translation>Prenez un moment avant le prochain contact&#x202f;: écrivez vos notes, respirez. %1 met fin tout de suite au temps après-contact.</translation>
    </message>
    <message>
        <source>Choose someone in the inbox on the left and press %1 to answer, or wait for an offer (%2 accepts it).</source>
        <translation>Choisissez une personne dans la file d’attente, à gauche, et appuyez sur %1 pour répondre, ou attendez qu’un contact vous soit proposé (%2 pour l’accepter).</translation>
    </message>
    <message>
        <source>Nobody is waiting right now. When someone writes you hear a sound and an offer appears at the top (%1 accepts it).</source>
        <translation>Personne n’attend pour l’instant. Quand quelqu’un écrit, un son retentit et une proposition apparaît en haut (%1 pour l’accepter).</translation>
    </message>
</context>
<context>
    <name>InboxRowText</name>
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
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>waiting &lt; 1 min</source>
        <translation>attente &lt; 1 min</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>attente %1 min</translation>
    </message>
    <message>
        <source>waiting %1 h %2 min</source>
        <translation>attente %1 h %2 min</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Proposé pour vous</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <comment>inbox badge of a training exercise</comment>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <source>Email from %1, %2, waiting %3</source>
        <translation>E-mail de %1, %2, en attente depuis %3</translation>
    </message>
    <message>
        <source>Call from %1, %2, waiting %3</source>
        <translation>Appel de %1, %2, en attente depuis %3</translation>
    </message>
    <message>
        <source>Chat from %1, %2, waiting %3</source>
        <translation>Chat de %1, %2, en attente depuis %3</translation>
    </message>
    <message>
        <source>%1, offered to you</source>
        <translation>%1, proposé pour vous</translation>
    </message>
    <message>
        <source>%1, urgent</source>
        <translation>%1, urgent</translation>
    </message>
    <message>
        <source>%1, practice exercise, not a real person</source>
        <translation>%1, exercice de formation, pas une vraie personne</translation>
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
        <translation>Envoi imminent</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s review</source>
        <translation>En attente de la relecture par la supervision</translation>
    </message>
    <message>
        <source>Returned by a supervisor</source>
        <translation>Renvoyée par la supervision</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Could not be delivered</source>
        <translation>N’a pas pu être remise</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Sending in %1:%2</source>
        <translation>Envoi dans %1:%2</translation>
    </message>
    <message>
        <source>Returned by a supervisor.</source>
        <translation>Renvoyée par la supervision.</translation>
    </message>
    <message>
        <source>Returned by a supervisor: %1</source>
        <translation>Renvoyée par la supervision&#x202f;: %1</translation>
    </message>
    <message>
        <source>Your answer could not be delivered.</source>
        <translation>Votre réponse n’a pas pu être remise.</translation>
    </message>
    <message>
        <source>A letter arrived that could not be read safely; it is not shown.</source>
        <translation>Une lettre est arrivée mais n’a pas pu être lue en toute sécurité&#x202f;; elle n’est pas affichée.</translation>
    </message>
    <message>
        <source>This thread was given to another volunteer.</source>
        <translation>Cet échange a été confié à une autre personne bénévole.</translation>
    </message>
    <message numerus="yes">
        <source>answer within %n h</source>
        <translation>
            <numerusform>réponse dans les %n h</numerusform>
            <numerusform>réponse dans les %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answer within %n min</source>
        <translation>
            <numerusform>réponse dans les %n min</numerusform>
            <numerusform>réponse dans les %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n h</source>
        <translation>
            <numerusform>en retard de %n h</numerusform>
            <numerusform>en retard de %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>en retard de %n min</numerusform>
            <numerusform>en retard de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n lettre</numerusform>
            <numerusform>%n lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>📎 %1 — %2, %3, kept by the server</source>
        <translation>📎 %1 — %2, %3, conservé par le serveur</translation>
    </message>
    <message>
        <source>%1 answers %2: %3</source>
        <translation>%1 répond à %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>%1 (nobody yet): %2</source>
        <translation>%1 (personne pour l’instant)&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#x202f;: %3</translation>
    </message>
    <message>
        <source>thread %1…</source>
        <translation>échange %1…</translation>
    </message>
</context>
<context>
    <name>PracticeText</name>
    <message>
        <source>PRACTICE · %1</source>
        <translation>EXERCICE · %1</translation>
    </message>
    <message>
        <source>Practice — this is a training exercise, not a real person in distress.</source>
        <translation>Exercice — c’est une mise en situation de formation, pas une vraie personne en détresse.</translation>
    </message>
    <message>
        <source>PRACTICE · %1 — %2</source>
        <translation>EXERCICE · %1 — %2</translation>
    </message>
    <message>
        <source>Only trainers can read and edit whole scenarios.</source>
        <translation>Seule l’équipe de formation peut lire et modifier les scénarios complets.</translation>
    </message>
    <message>
        <source>Only trainers can run practice sessions.</source>
        <translation>Seule l’équipe de formation peut animer des sessions d’exercice.</translation>
    </message>
    <message>
        <source>The session was not started: the scenario, or one of the people named, does not exist or cannot take part.</source>
        <translation>La session n’a pas été lancée&#x202f;: le scénario, ou l’une des personnes indiquées, n’existe pas ou ne peut pas y participer.</translation>
    </message>
    <message>
        <source>There is no practice history you may see for this person.</source>
        <translation>Vous n’avez accès à aucun historique des exercices pour cette personne.</translation>
    </message>
    <message>
        <source>This scenario no longer exists.</source>
        <translation>Ce scénario n’existe plus.</translation>
    </message>
    <message>
        <source>This exercise is not one you run.</source>
        <translation>Vous n’animez pas cet exercice.</translation>
    </message>
    <message>
        <source>This exercise has already ended.</source>
        <translation>Cet exercice est déjà terminé.</translation>
    </message>
    <message>
        <source>The server refused the scenario: check every field and try again.</source>
        <translation>Le serveur a refusé le scénario&#x202f;: vérifiez chaque champ et réessayez.</translation>
    </message>
    <message>
        <source>The server refused the feedback: every goal needs a rating, and texts must be shorter.</source>
        <translation>Le serveur a refusé le retour&#x202f;: chaque objectif doit être évalué, et les textes doivent être plus courts.</translation>
    </message>
    <message>
        <source>Choose at least one trainee.</source>
        <translation>Choisissez au moins une ou un stagiaire.</translation>
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
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Busy (at capacity)</source>
        <translation>En conversation (capacité atteinte)</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Temps après-contact</translation>
    </message>
    <message>
        <source>Pause: %1</source>
        <translation>Pause&#x202f;: %1</translation>
    </message>
    <message>
        <source>Wrap-up: %1 left</source>
        <translation>Temps après-contact&#x202f;: encore %1</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>You could contact %1</source>
        <translation>Vous pourriez contacter %1</translation>
    </message>
    <message>
        <source>They help with: %1</source>
        <translation>Aide proposée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#x202f;: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web&#x202f;: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horaires&#x202f;: %1</translation>
    </message>
    <message>
        <source>Invented example service</source>
        <translation>Service fictif, donné en exemple</translation>
    </message>
    <message>
        <source>Helps with: %1</source>
        <translation>Aide proposée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues&#x202f;: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région&#x202f;: %1</translation>
    </message>
    <message>
        <source>Give the service a name of 1 to 120 characters.</source>
        <translation>Donnez au service un nom de 1 à 120 caractères.</translation>
    </message>
    <message>
        <source>Say what the service helps with in at most 500 characters.</source>
        <translation>Décrivez l’aide proposée par le service en 500 caractères au maximum.</translation>
    </message>
    <message>
        <source>The phone number may have at most 40 characters.</source>
        <translation>Le numéro de téléphone peut compter au maximum 40 caractères.</translation>
    </message>
    <message>
        <source>The web address must start with https:// or http:// and have at most 200 characters.</source>
        <translation>L’adresse web doit commencer par https:// ou http:// et compter au maximum 200 caractères.</translation>
    </message>
    <message>
        <source>The opening hours may have at most 200 characters.</source>
        <translation>Les horaires peuvent compter au maximum 200 caractères.</translation>
    </message>
    <message>
        <source>The region may have at most 120 characters.</source>
        <translation>La région peut compter au maximum 120 caractères.</translation>
    </message>
    <message>
        <source>Choose at most 5 of the line&apos;s languages.</source>
        <translation>Choisissez au maximum 5 des langues de la ligne.</translation>
    </message>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Ce service ne figure plus dans l’annuaire.</translation>
    </message>
    <message>
        <source>The server refused this service: check its fields.</source>
        <translation>Le serveur a refusé ce service&#x202f;: vérifiez ses champs.</translation>
    </message>
    <message>
        <source>The directory is full: remove a service you no longer need, or shorten some descriptions, then save again.</source>
        <translation>L’annuaire est plein&#x202f;: supprimez un service dont vous n’avez plus besoin, ou raccourcissez certaines descriptions, puis enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Imminent</translation>
    </message>
    <message>
        <source>Thoughts of suicide</source>
        <translation>Idées suicidaires</translation>
    </message>
    <message>
        <source>A plan</source>
        <translation>Un plan</translation>
    </message>
    <message>
        <source>Access to means</source>
        <translation>Accès aux moyens</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Under 13</source>
        <translation>Moins de 13 ans</translation>
    </message>
    <message>
        <source>13 to 17</source>
        <translation>13 à 17 ans</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18 à 24 ans</translation>
    </message>
    <message>
        <source>25 to 39</source>
        <translation>25 à 39 ans</translation>
    </message>
    <message>
        <source>40 to 64</source>
        <translation>40 à 64 ans</translation>
    </message>
    <message>
        <source>65 or older</source>
        <translation>65 ans ou plus</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non connu</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Has contacted the line before</source>
        <translation>A déjà contacté la ligne</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information donnée</translation>
    </message>
    <message>
        <source>Referred to a service</source>
        <translation>Orientation vers un service</translation>
    </message>
    <message>
        <source>Supervisor consulted</source>
        <translation>Supervision consultée</translation>
    </message>
    <message>
        <source>Emergency services involved</source>
        <translation>Services d’urgence impliqués</translation>
    </message>
    <message>
        <source>Imminent risk noted</source>
        <translation>Risque imminent signalé</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>Maintenir le lien</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Consult a supervisor</source>
        <translation>Consulter la supervision</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Services d’urgence</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>The case is open: stay with the person.</source>
        <translation>Le cas est ouvert&#x202f;: restez avec la personne.</translation>
    </message>
    <message>
        <source>Stay with the person, listen actively and keep the conversation going.</source>
        <translation>Restez avec la personne, écoutez activement et maintenez la conversation.</translation>
    </message>
    <message>
        <source>Ask directly about thoughts, plan, means and timing.</source>
        <translation>Posez des questions directes sur les idées suicidaires, le plan, les moyens et l’échéance.</translation>
    </message>
    <message>
        <source>Agree on the least invasive next step together: distance from means, someone to be with.</source>
        <translation>Convenez ensemble de l’étape suivante la moins intrusive&#x202f;: éloigner les moyens, avoir quelqu’un auprès de soi.</translation>
    </message>
    <message>
        <source>Consult a supervisor before any intervention without the person&apos;s agreement.</source>
        <translation>Consultez la supervision avant toute intervention sans l’accord de la personne.</translation>
    </message>
    <message>
        <source>Involve emergency services only when the person cannot keep safe otherwise.</source>
        <translation>Ne faites appel aux services d’urgence que si la personne ne peut pas se mettre en sécurité autrement.</translation>
    </message>
    <message>
        <source>Agree on a follow-up contact or a service to reach next.</source>
        <translation>Convenez d’un prochain contact ou d’un service à joindre ensuite.</translation>
    </message>
    <message>
        <source>The person is safe for now or the contact has ended: close the case.</source>
        <translation>La personne est en sécurité pour le moment ou le contact est terminé&#x202f;: clôturez le cas.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 · %2 · ended %3 · %4</source>
        <translation>%1 · %2 · terminé à %3 · %4</translation>
    </message>
    <message>
        <source>%1 (practice)</source>
        <translation>%1 (exercice)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) left to report</source>
        <translation>
            <numerusform>%n fiche de contact à remplir</numerusform>
            <numerusform>%n fiches de contact à remplir</numerusform>
        </translation>
    </message>
    <message>
        <source>This contact has been reported already; the first report stands.</source>
        <translation>La fiche de ce contact a déjà été envoyée&#x202f;; la première fiche est conservée.</translation>
    </message>
    <message>
        <source>This contact is not yours to report.</source>
        <translation>Ce n’est pas à vous de remplir la fiche de ce contact.</translation>
    </message>
    <message>
        <source>A topic is no longer in the centre&apos;s list. Untick it and send again.</source>
        <translation>Un thème ne figure plus dans la liste du centre. Décochez-le et renvoyez la fiche.</translation>
    </message>
    <message>
        <source>A referred service is no longer in the directory, or none was chosen.</source>
        <translation>Un service choisi pour l’orientation ne figure plus dans l’annuaire, ou aucun n’a été choisi.</translation>
    </message>
    <message>
        <source>Choose what the contact led to; &quot;referred&quot; needs a service from the directory.</source>
        <translation>Choisissez l’issue du contact&#x202f;; «&#xa0;orientation&#xa0;» demande un service de l’annuaire.</translation>
    </message>
    <message>
        <source>The report could not be saved: a choice is not valid.</source>
        <translation>La fiche n’a pas pu être enregistrée&#x202f;: un choix n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>RoutingText</name>
    <message>
        <source>Offer passed to another volunteer (no answer in time).</source>
        <translation>Contact proposé à une autre personne bénévole (pas de réponse à temps).</translation>
    </message>
    <message>
        <source>Offer declined: it goes to another volunteer.</source>
        <translation>Proposition refusée&#x202f;: le contact est proposé à une autre personne bénévole.</translation>
    </message>
    <message>
        <source>Offer withdrawn: another volunteer took this contact.</source>
        <translation>Proposition retirée&#x202f;: une autre personne bénévole a pris ce contact.</translation>
    </message>
    <message>
        <source>Offer withdrawn: the person left before being answered.</source>
        <translation>Proposition retirée&#x202f;: la personne est partie avant d’avoir une réponse.</translation>
    </message>
    <message>
        <source>Offer withdrawn: you are no longer available.</source>
        <translation>Proposition retirée&#x202f;: vous n’êtes plus disponible.</translation>
    </message>
    <message>
        <source>Offer withdrawn.</source>
        <translation>Proposition retirée.</translation>
    </message>
    <message>
        <source>This conversation was transferred to a colleague. It is no longer on your workstation.</source>
        <translation>Cette conversation a été transférée à une autre personne de l’équipe. Elle n’est plus sur votre poste de travail.</translation>
    </message>
    <message>
        <source>This conversation was transferred to %1. It is no longer on your workstation.</source>
        <translation>Cette conversation a été transférée à %1. Elle n’est plus sur votre poste de travail.</translation>
    </message>
    <message>
        <source>This conversation was handed back to the queue: another volunteer will continue it.</source>
        <translation>Cette conversation a été remise dans la file d’attente&#x202f;: une autre personne bénévole la poursuivra.</translation>
    </message>
    <message>
        <source>You were disconnected for too long: this conversation went back to the queue so that someone else can continue it.</source>
        <translation>Vous avez été déconnecté·e trop longtemps&#x202f;: cette conversation est retournée dans la file d’attente pour qu’une autre personne puisse la poursuivre.</translation>
    </message>
    <message>
        <source>This conversation is no longer on your workstation.</source>
        <translation>Cette conversation n’est plus sur votre poste de travail.</translation>
    </message>
    <message>
        <source>The transfer did not happen: this colleague cannot take the conversation right now. The conversation stays with you.</source>
        <translation>Le transfert n’a pas eu lieu&#x202f;: cette personne ne peut pas prendre la conversation pour l’instant. La conversation reste avec vous.</translation>
    </message>
    <message>
        <source>The transfer did not happen: this colleague or this conversation is no longer available. The conversation stays with you.</source>
        <translation>Le transfert n’a pas eu lieu&#x202f;: cette personne ou cette conversation n’est plus disponible. La conversation reste avec vous.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur·e</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur·rice</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>A supervisor has taken over this conversation. It is no longer on your workstation.</source>
        <translation>Une superviseure ou un superviseur a repris cette conversation. Elle n’est plus sur votre poste de travail.</translation>
    </message>
    <message>
        <source>Supervisor %1 has taken over this conversation. It is no longer on your workstation.</source>
        <translation>%1 (supervision) a repris cette conversation. Elle n’est plus sur votre poste de travail.</translation>
    </message>
    <message>
        <source>You have left this conversation; the volunteer continues it.</source>
        <translation>Vous avez quitté cette conversation&#x202f;; la ou le bénévole la poursuit.</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>a scenario&apos;s name uses 1-64 lowercase letters, digits and &apos;-&apos;</source>
        <translation>le nom court d’un scénario compte de 1 à 64 caractères&#x202f;: lettres minuscules, chiffres et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>the text is longer than %1 bytes</source>
        <translation>le texte dépasse %1 octets</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>le texte n’est pas en UTF-8 valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>unknown section [%1]; the sections are [opening], [evolution], [guidance] and [goals]</source>
        <translation>section [%1] inconnue&#x202f;; les sections sont [opening], [evolution], [guidance] et [goals]</translation>
    </message>
    <message>
        <source>section [%1] appears twice (first at line %2)</source>
        <translation>la section [%1] apparaît deux fois (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; or a section line such as [opening]</source>
        <translation>ligne attendue&#x202f;: «&#xa0;clé = valeur&#xa0;» ou une ligne de section comme [opening]</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; the keys are %2</source>
        <translation>clé «&#xa0;%1&#xa0;» inconnue&#x202f;; les clés sont&#x202f;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice (first at line %2)</source>
        <translation>«&#xa0;%1&#xa0;» est indiqué deux fois (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <source>empty goal</source>
        <translation>objectif vide</translation>
    </message>
    <message>
        <source>each goal starts with &quot;- &quot; (a long goal goes on over indented lines)</source>
        <translation>chaque objectif commence par un tiret suivi d’une espace, «&#xa0;-&#xa0;» (un objectif long se poursuit sur des lignes en retrait)</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot; (a line &quot;%1 = ...&quot; before the first section)</source>
        <translation>champ obligatoire «&#xa0;%1&#xa0;» manquant (une ligne «&#xa0;%1 = …&#xa0;» avant la première section)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>the title has %1 characters; at most %2</source>
        <translation>le titre compte %1 caractères&#x202f;; %2 au maximum</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use one of %3</source>
        <translation>valeur «&#xa0;%2&#xa0;» inconnue pour %1&#x202f;; utilisez l’une de ces valeurs&#x202f;: %3</translation>
    </message>
    <message>
        <source>persona.age must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>persona.age doit être un nombre entier de %1 à %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>persona.situation has %1 characters; at most %2</source>
        <translation>persona.situation compte %1 caractères&#x202f;; %2 au maximum</translation>
    </message>
    <message>
        <source>section [%1] has %2 characters; at most %3</source>
        <translation>la section [%1] compte %2 caractères&#x202f;; %3 au maximum</translation>
    </message>
    <message>
        <source>the [opening] section is missing or empty: it holds the help-seeker&apos;s first message</source>
        <translation>la section [opening] est absente ou vide&#x202f;: elle contient le premier message de la personne qui écrit ou appelle</translation>
    </message>
    <message>
        <source>the [goals] section needs at least one goal (a line starting with &quot;- &quot;)</source>
        <translation>la section [goals] doit contenir au moins un objectif (une ligne qui commence par un tiret suivi d’une espace)</translation>
    </message>
    <message>
        <source>%1 goals; at most %2</source>
        <translation>%1 objectifs&#x202f;; %2 au maximum</translation>
    </message>
    <message>
        <source>this goal has %1 characters; at most %2</source>
        <translation>cet objectif compte %1 caractères&#x202f;; %2 au maximum</translation>
    </message>
    <message>
        <source>this goal is already listed</source>
        <translation>cet objectif figure déjà dans la liste</translation>
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
    <name>StatisticsCharts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>tous canaux</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Answered and unanswered contacts per month, with the wait</source>
        <translation>Contacts avec et sans réponse par mois, et temps d’attente</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>avec réponse</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>wait (minutes)</source>
        <translation>attente (minutes)</translation>
    </message>
    <message>
        <source>wait p50</source>
        <translation>attente p50</translation>
    </message>
    <message>
        <source>wait p90</source>
        <translation>attente p90</translation>
    </message>
    <message>
        <source>First and repeat contacts</source>
        <translation>Premiers contacts et contacts répétés</translation>
    </message>
    <message>
        <source>%1: %2 answered, %3 unanswered, wait p50 %4, p90 %5</source>
        <translation>%1&#x202f;: %2 avec réponse, %3 sans réponse, attente p50 %4, p90 %5</translation>
    </message>
</context>
<context>
    <name>StatisticsCsv</name>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>avec réponse</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>hard contacts</source>
        <translation>contacts difficiles</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>answered note</source>
        <translation>remarque avec réponse</translation>
    </message>
    <message>
        <source>unanswered note</source>
        <translation>remarque sans réponse</translation>
    </message>
    <message>
        <source>wait p50 (seconds)</source>
        <translation>attente p50 (secondes)</translation>
    </message>
    <message>
        <source>p50 note</source>
        <translation>remarque p50</translation>
    </message>
    <message>
        <source>wait p90 (seconds)</source>
        <translation>attente p90 (secondes)</translation>
    </message>
    <message>
        <source>p90 note</source>
        <translation>remarque p90</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>remarque %1</translation>
    </message>
</context>
<context>
    <name>StatisticsText</name>
    <message>
        <source>no report</source>
        <translation>sans fiche</translation>
    </message>
    <message>
        <source>no risk</source>
        <translation>aucun risque</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>imminent</source>
        <translation>imminent</translation>
    </message>
    <message>
        <source>listened</source>
        <translation>écoute</translation>
    </message>
    <message>
        <source>gave information</source>
        <translation>information donnée</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>supervisor involved</source>
        <translation>supervision impliquée</translation>
    </message>
    <message>
        <source>emergency services</source>
        <translation>services d’urgence</translation>
    </message>
    <message>
        <source>first contact</source>
        <translation>premier contact</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>contact répété</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non connu</translation>
    </message>
    <message>
        <source>ended by the volunteer</source>
        <translation>terminé par la ou le bénévole</translation>
    </message>
    <message>
        <source>ended by the person</source>
        <translation>terminé par la personne</translation>
    </message>
    <message>
        <source>ended otherwise</source>
        <translation>terminé autrement</translation>
    </message>
    <message>
        <source>left while waiting</source>
        <translation>partie pendant l’attente</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>encore ouvert</translation>
    </message>
    <message>
        <source>under 5 min</source>
        <translation>moins de 5 min</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 min</translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation>15–30 min</translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation>30–60 min</translation>
    </message>
    <message>
        <source>over 60 min</source>
        <translation>plus de 60 min</translation>
    </message>
    <message>
        <source>other languages</source>
        <translation>autres langues</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Contacts par canal</translation>
    </message>
    <message>
        <source>Contacts by language</source>
        <translation>Contacts par langue</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>How contacts ended</source>
        <translation>Fin des contacts</translation>
    </message>
    <message>
        <source>Length of answered contacts</source>
        <translation>Durée des contacts avec réponse</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Suicide risk assessed</source>
        <translation>Risque suicidaire évalué</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Issues des contacts</translation>
    </message>
    <message>
        <source>First and repeat contacts</source>
        <translation>Premiers contacts et contacts répétés</translation>
    </message>
    <message>
        <source>hidden (&lt;%1)</source>
        <translation>masqué (&lt;%1)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>aucune période</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format for the first and last day of a statistics period (German: &quot;d. MMMM yyyy&quot;).</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>SupervisionText</name>
    <message>
        <source>Urgent, now</source>
        <translation>Urgent, maintenant</translation>
    </message>
    <message>
        <source>When possible</source>
        <translation>Dès que possible</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>en attente depuis %1</translation>
    </message>
    <message>
        <source>accepted by %1</source>
        <translation>acceptée par %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
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
        <translation>%1 · à propos de %2</translation>
    </message>
    <message>
        <source>%1 · about a conversation</source>
        <translation>%1 · à propos d’une conversation</translation>
    </message>
    <message>
        <source>%1
“%2”</source>
        <translation>%1
«&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Supervisor %1 has taken over this conversation. You keep reading it, but you can no longer write to the person.</source>
        <translation>%1 (supervision) a repris cette conversation. Vous pouvez toujours la lire, mais vous ne pouvez plus écrire à la personne.</translation>
    </message>
    <message>
        <source>Supervisor %1 is listening to this conversation.</source>
        <translation>%1 (supervision) écoute cette conversation.</translation>
    </message>
    <message>
        <source>Supervisor %1 has taken over the conversation with %2.</source>
        <translation>%1 (supervision) a repris la conversation avec %2.</translation>
    </message>
    <message>
        <source>Supervisor %1 has left the conversation with %2.</source>
        <translation>%1 (supervision) a quitté la conversation avec %2.</translation>
    </message>
    <message>
        <source>Supervisor %1 is listening to the conversation with %2.</source>
        <translation>%1 (supervision) écoute la conversation avec %2.</translation>
    </message>
    <message>
        <source>Your role cannot ask for supervision.</source>
        <translation>Votre rôle ne permet pas de demander une supervision.</translation>
    </message>
    <message>
        <source>You may join this conversation only after accepting a request about it, or if it is marked urgent.</source>
        <translation>Vous ne pouvez rejoindre cette conversation qu’après avoir accepté une demande à son sujet, ou si elle est marquée urgente.</translation>
    </message>
    <message>
        <source>Only supervisors can do this.</source>
        <translation>Seule la supervision peut faire cela.</translation>
    </message>
    <message>
        <source>This conversation is no longer yours: the request was not sent.</source>
        <translation>Cette conversation n’est plus la vôtre&#x202f;: la demande n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>Cette demande n’existe plus.</translation>
    </message>
    <message>
        <source>This conversation is no longer going on.</source>
        <translation>Cette conversation n’est plus en cours.</translation>
    </message>
    <message>
        <source>This request is no longer waiting: another supervisor may have accepted it.</source>
        <translation>Cette demande n’est plus en attente&#x202f;: une autre personne de la supervision l’a peut-être acceptée.</translation>
    </message>
    <message>
        <source>The debrief has not been accepted yet, or it is over.</source>
        <translation>Le débriefing n’a pas encore été accepté, ou il est terminé.</translation>
    </message>
    <message>
        <source>This request is already over.</source>
        <translation>Cette demande est déjà terminée.</translation>
    </message>
    <message>
        <source>You cannot join your own conversation.</source>
        <translation>Vous ne pouvez pas rejoindre votre propre conversation.</translation>
    </message>
    <message>
        <source>You are not in this conversation any more.</source>
        <translation>Vous n’êtes plus dans cette conversation.</translation>
    </message>
    <message>
        <source>Your request for supervision was accepted by %1.</source>
        <translation>Votre demande de supervision a été acceptée par %1.</translation>
    </message>
    <message>
        <source>Your request for supervision is closed.</source>
        <translation>Votre demande de supervision est close.</translation>
    </message>
    <message>
        <source>Your request for supervision is cancelled.</source>
        <translation>Votre demande de supervision est annulée.</translation>
    </message>
    <message>
        <source>Trainer %1 plays the person in this exercise and reads your answers.</source>
        <translation>%1 (formation) joue la personne dans cet exercice et lit vos réponses.</translation>
    </message>
    <message>
        <source>%1 observes this exercise silently.</source>
        <translation>%1 observe cet exercice en silence.</translation>
    </message>
</context>
<context>
    <name>VocabularyText</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Luxembourgeois</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
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
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
</context>
<context>
    <name>YearlyReportPdf</name>
    <message>
        <source>%1 to %2 by month</source>
        <translation>de %1 à %2 selon le mois</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Contacts par canal</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Hard contacts</source>
        <translation>Contacts difficiles</translation>
    </message>
    <message>
        <source>Contacts about suicidality</source>
        <translation>Contacts liés au suicide</translation>
    </message>
    <message>
        <source>High suicide risk</source>
        <translation>Risque suicidaire élevé</translation>
    </message>
    <message>
        <source>Imminent suicide risk</source>
        <translation>Risque suicidaire imminent</translation>
    </message>
    <message>
        <source>Repeat contacts (of those known)</source>
        <translation>Contacts répétés (parmi les contacts connus)</translation>
    </message>
    <message>
        <source>Wait before an answer, median (p50)</source>
        <translation>Attente avant une réponse, médiane (p50)</translation>
    </message>
    <message>
        <source>Wait before an answer, 90th percentile (p90)</source>
        <translation>Attente avant une réponse, 90e centile (p90)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n’a pas pu être écrit&#x202f;: %1</translation>
    </message>
    <message>
        <source>Yearly report %1</source>
        <translation>Rapport annuel (%1)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>Yearly report — %1</source>
        <translation>Rapport annuel — %1</translation>
    </message>
    <message>
        <source>Counts above 0 but under %1 are hidden to keep the figures anonymous (shown as &quot;%2&quot;). Practice contacts are never counted. Topics, risk and outcomes come from the volunteers&apos; reports.</source>
        <translation>Les nombres supérieurs à 0 mais inférieurs à %1 sont masqués pour préserver l’anonymat (ils apparaissent comme «&#xa0;%2&#xa0;»). Les contacts d’exercice ne sont jamais comptés. Les thèmes, le risque et les issues proviennent des fiches de contact remplies par les bénévoles.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Établi le %1</translation>
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
        <source>Channel</source>
        <translation>Canal</translation>
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
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message numerus="yes">
        <source>Offered to you: accept or decline it within %n second(s).</source>
        <translation>
            <numerusform>Contact proposé pour vous&#x202f;: acceptez ou refusez d’ici %n seconde.</numerusform>
            <numerusform>Contact proposé pour vous&#x202f;: acceptez ou refusez d’ici %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked urgent</source>
        <translation>Marqué urgent</translation>
    </message>
    <message numerus="yes">
        <source>%1 · offered to you, %n second(s) left</source>
        <translation>
            <numerusform>%1 · proposé pour vous, encore %n seconde</numerusform>
            <numerusform>%1 · proposé pour vous, encore %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoute::models::NotesSearchModel</name>
    <message>
        <source>Personal note</source>
        <translation>Note personnelle</translation>
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
        <translation>Mots-clés&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ecoute::models::NotesWorkspace</name>
    <message>
        <source>A problem occurred with the notes file: %1</source>
        <translation>Un problème est survenu avec le fichier des notes&#x202f;: %1</translation>
    </message>
    <message>
        <source>A note could not be saved. Ecoute keeps trying; check the free disk space.</source>
        <translation>Une note n’a pas pu être enregistrée. Ecoute continue d’essayer&#x202f;; vérifiez l’espace disque disponible.</translation>
    </message>
    <message>
        <source>Log in first: the notes belong to your account.</source>
        <translation>Connectez-vous d’abord&#x202f;: les notes sont liées à votre compte.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Veuillez les saisir à nouveau.</translation>
    </message>
    <message>
        <source>Unlock the notes first.</source>
        <translation>Déverrouillez d’abord les notes.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Please type them again.</source>
        <translation>Les deux nouvelles phrases secrètes ne sont pas identiques. Veuillez les saisir à nouveau.</translation>
    </message>
    <message>
        <source>The notes passphrase has been changed.</source>
        <translation>La phrase secrète des notes a été modifiée.</translation>
    </message>
    <message>
        <source>An old notes file that could not be opened any more was set aside, unchanged, as %1.</source>
        <translation>Un ancien fichier de notes qui ne pouvait plus être ouvert a été mis de côté, sans modification, sous le nom %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Phrase secrète incorrecte. Veuillez patienter %n seconde avant de réessayer.</numerusform>
            <numerusform>Phrase secrète incorrecte. Veuillez patienter %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Phrase secrète incorrecte. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de phrases secrètes incorrectes. Veuillez patienter %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de phrases secrètes incorrectes. Veuillez patienter %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes file is damaged or has been tampered with, so it cannot be trusted. It was set aside, unchanged, as %1. You can set up new notes; please tell your coordinator.</source>
        <translation>Le fichier des notes est endommagé ou a été altéré&#x202f;: il n’est donc plus fiable. Il a été mis de côté, sans modification, sous le nom %1. Vous pouvez configurer de nouvelles notes&#x202f;; veuillez en informer la coordination.</translation>
    </message>
    <message>
        <source>The notes file was written by a newer version of Ecoute and cannot be opened with this one. It was left untouched. Please update Ecoute.</source>
        <translation>Le fichier des notes a été écrit par une version plus récente d’Ecoute et ne peut pas être ouvert avec celle-ci. Il n’a pas été modifié. Veuillez mettre Ecoute à jour.</translation>
    </message>
    <message>
        <source>A change of passphrase was interrupted. Please unlock with your new passphrase.</source>
        <translation>Un changement de phrase secrète a été interrompu. Veuillez déverrouiller avec votre nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>A change of passphrase was interrupted. Please unlock with your previous passphrase.</source>
        <translation>Un changement de phrase secrète a été interrompu. Veuillez déverrouiller avec votre ancienne phrase secrète.</translation>
    </message>
    <message>
        <source>The notes are already set up on this computer.</source>
        <translation>Les notes sont déjà configurées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No notes are set up on this computer yet.</source>
        <translation>Aucune note n’est encore configurée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The notes file could not be read or written. Check the free disk space and the permissions of your user folder.</source>
        <translation>Le fichier des notes n’a pas pu être lu ou écrit. Vérifiez l’espace disque disponible et les droits d’accès de votre dossier personnel.</translation>
    </message>
    <message>
        <source>Something went wrong with the notes.</source>
        <translation>Un problème est survenu avec les notes.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète est trop courte&#x202f;: utilisez au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète est trop courte&#x202f;: utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Unlocking was stopped: the notes stay locked.</source>
        <translation>Déverrouillage interrompu&#x202f;: les notes restent verrouillées.</translation>
    </message>
</context>
<context>
    <name>ecoute::models::PracticeHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur·rice</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>No feedback yet</source>
        <translation>Pas encore de retour</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Retour donné</translation>
    </message>
    <message>
        <source>Feedback given, average %1 / %2</source>
        <translation>Retour donné, moyenne %1 / %2</translation>
    </message>
</context>
<context>
    <name>ecoute::models::RiskCaseList</name>
    <message>
        <source>Open: %1 (%2) with %3 · last step: %4</source>
        <translation>Ouvert&#x202f;: %1 (%2) avec %3 · dernière étape&#x202f;: %4</translation>
    </message>
    <message>
        <source>Closed: %1 (%2) with %3</source>
        <translation>Clos&#x202f;: %1 (%2) avec %3</translation>
    </message>
</context>
<context>
    <name>ecoute::models::ScenarioListModel</name>
    <message>
        <source>%1 (%2): %3, risk %4</source>
        <translation>%1 (%2)&#x202f;: %3, risque %4</translation>
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
            <numerusform>%1 (%2) · %3 · %n conversation</numerusform>
            <numerusform>%1 (%2) · %3 · %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message numerus="yes">
        <source> · %n contact(s) to report</source>
        <translation>
            <numerusform> · %n fiche de contact à remplir</numerusform>
            <numerusform> · %n fiches de contact à remplir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n hard contact(s) in the last 12 hours</source>
        <translation>
            <numerusform> · %n contact difficile ces 12 dernières heures</numerusform>
            <numerusform> · %n contacts difficiles ces 12 dernières heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts marked hard, reported at high or imminent risk, or with an imminent-risk case, in the last 12 hours</source>
        <translation>Contacts marqués comme difficiles, évalués à risque élevé ou imminent, ou avec un cas de risque imminent, au cours des 12 dernières heures</translation>
    </message>
    <message>
        <source>To report</source>
        <translation>Fiches à remplir</translation>
    </message>
    <message>
        <source>Hard (12 h)</source>
        <translation>Difficiles (12 h)</translation>
    </message>
</context>
<context>
    <name>ecoute::models::TeamModel</name>
    <message numerus="yes">
        <source>%1 (%2) · %3 · %n conversation(s)</source>
        <translation>
            <numerusform>%1 (%2) · %3 · %n conversation</numerusform>
            <numerusform>%1 (%2) · %3 · %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues&#x202f;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Cannot take a conversation right now.</source>
        <translation>Ne peut pas prendre de conversation pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ecoute::notes::NotesVault</name>
    <message>
        <source>The notes could not be converted to the current SQLCipher format.</source>
        <extracomment>Shown after &quot;A problem occurred with the notes file:&quot;.</extracomment>
        <translation>les notes n’ont pas pu être converties au format SQLCipher actuel.</translation>
    </message>
    <message>
        <source>Expired notes could not be deleted.</source>
        <extracomment>Shown after &quot;A problem occurred with the notes file:&quot;.</extracomment>
        <translation>les notes expirées n’ont pas pu être supprimées.</translation>
    </message>
    <message>
        <source>Unsaved changes could not be written and were discarded on locking.</source>
        <extracomment>Shown after &quot;A problem occurred with the notes file:&quot;.</extracomment>
        <translation>des modifications non enregistrées n’ont pas pu être écrites et ont été abandonnées lors du verrouillage.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::CallBar</name>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>Speaker level</source>
        <translation>Niveau du haut-parleur</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Where the call stands</source>
        <translation>État de l’appel</translation>
    </message>
    <message>
        <source>Time on the call</source>
        <translation>Durée de l’appel</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Put the caller on hold: they hear the hold message</source>
        <translation>Mettre la personne qui appelle en attente&#x202f;: elle entend le message d’attente</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Nobody on the call hears your microphone</source>
        <translation>Personne dans l’appel n’entend votre micro</translation>
    </message>
    <message>
        <source>End call…</source>
        <translation>Terminer l’appel…</translation>
    </message>
    <message>
        <source>Hang up and end this contact</source>
        <translation>Raccrocher et terminer ce contact</translation>
    </message>
    <message>
        <source>Your part in the call</source>
        <translation>Votre rôle dans l’appel</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Hear the call; nobody hears you</source>
        <translation>Entendre l’appel&#x202f;; personne ne vous entend</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Souffler</translation>
    </message>
    <message>
        <source>Speak to the volunteer only; the caller does not hear you</source>
        <translation>Parler seulement à la personne bénévole&#x202f;; la personne qui appelle ne vous entend pas</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Intervenir</translation>
    </message>
    <message>
        <source>Speak to the caller and the volunteer</source>
        <translation>Parler à la personne qui appelle et à la personne bénévole</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>L’appel est terminé.</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Sonnerie…</translation>
    </message>
    <message>
        <source>On the call (your microphone is muted)</source>
        <translation>En communication (votre micro est coupé)</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retour à l’appel</translation>
    </message>
    <message>
        <source>Take the caller off hold</source>
        <translation>Sortir la personne qui appelle de l’attente</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le micro</translation>
    </message>
    <message>
        <source>Let the call hear your microphone again</source>
        <translation>L’appel entend de nouveau votre micro</translation>
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
        <source>&amp;Trust this server</source>
        <translation>&amp;Faire confiance à ce serveur</translation>
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
</context>
<context>
    <name>ecoute::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Connection to the server restored.</source>
        <translation>Connexion au serveur rétablie.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ConversationPane</name>
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
        <source>Close this conversation</source>
        <translation>Fermer cette conversation</translation>
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
    <message>
        <source>Write your reply… (%1 sends)</source>
        <translation>Écrivez votre réponse… (%1 pour envoyer)</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Envoyer (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The message is too long: %n characters, at most %1. Please shorten it.</source>
        <translation>
            <numerusform>Le message est trop long&#x202f;: %n caractère, %1 au maximum. Veuillez le raccourcir.</numerusform>
            <numerusform>Le message est trop long&#x202f;: %n caractères, %1 au maximum. Veuillez le raccourcir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Internal handover note from a colleague</source>
        <translation>Note de transmission interne d’une personne de l’équipe</translation>
    </message>
    <message>
        <source>Transfer this conversation to a colleague</source>
        <translation>Transférer cette conversation à une autre personne de l’équipe</translation>
    </message>
    <message>
        <source>Transfer this conversation to a colleague (%1)</source>
        <translation>Transférer cette conversation à une autre personne de l’équipe (%1)</translation>
    </message>
    <message>
        <source>Mark this contact urgent</source>
        <translation>Marquer ce contact comme urgent</translation>
    </message>
    <message>
        <source>Mark this contact urgent, or not urgent any more (%1)</source>
        <translation>Marquer ce contact comme urgent, ou plus urgent (%1)</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>Internal note from %1 (%2), never shown to the person:
%3</source>
        <translation>Note interne de %1 (%2), jamais montrée à la personne&#x202f;:
%3</translation>
    </message>
    <message>
        <source>%1 · %2 · urgent</source>
        <translation>%1 · %2 · urgent</translation>
    </message>
    <message numerus="yes">
        <source>%n of your messages did not reach the server before that; they were not sent.</source>
        <translation>
            <numerusform>%n de vos messages n’avait pas atteint le serveur avant cela&#x202f;; il n’a pas été envoyé.</numerusform>
            <numerusform>%n de vos messages n’avaient pas atteint le serveur avant cela&#x202f;; ils n’ont pas été envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsent draft stays below so you can copy it.</source>
        <translation>Votre brouillon non envoyé reste ci-dessous pour que vous puissiez le copier.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Supervision of this conversation</source>
        <translation>Supervision de cette conversation</translation>
    </message>
    <message>
        <source>Take over this conversation from the volunteer</source>
        <translation>Reprendre cette conversation à la place de la ou du bénévole</translation>
    </message>
    <message>
        <source>Answer the person yourself; the volunteer keeps reading (%1)</source>
        <translation>Répondre vous-même à la personne&#x202f;; la ou le bénévole continue de lire (%1)</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Quitter cette conversation</translation>
    </message>
    <message>
        <source>Stop listening to this conversation (%1)</source>
        <translation>Ne plus écouter cette conversation (%1)</translation>
    </message>
    <message>
        <source>You are listening to this conversation: you read it but cannot write to the person. The volunteer sees that you are here; you can whisper to them below.</source>
        <translation>Vous écoutez cette conversation&#x202f;: vous la lisez mais ne pouvez pas écrire à la personne. La ou le bénévole voit que vous êtes là&#x202f;; vous pouvez lui souffler un message ci-dessous.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Practice exercise</source>
        <translation>Exercice de formation</translation>
    </message>
    <message>
        <source>You, as %1</source>
        <translation>Vous, dans le rôle de %1</translation>
    </message>
    <message>
        <source>What the person you play writes</source>
        <translation>Ce qu’écrit la personne que vous jouez</translation>
    </message>
    <message>
        <source>Write as %1, the person you play… (%2 sends)</source>
        <translation>Écrivez en tant que %1, la personne que vous jouez… (%2 pour envoyer)</translation>
    </message>
    <message>
        <source>&amp;End the exercise</source>
        <translation>&amp;Terminer l’exercice</translation>
    </message>
    <message>
        <source>Trainee %1</source>
        <translation>Stagiaire %1</translation>
    </message>
    <message>
        <source>You play the person of this exercise: what you write reaches %1 as the person&apos;s messages. Whisper below to coach them.</source>
        <translation>Vous jouez la personne de cet exercice&#x202f;: ce que vous écrivez parvient à %1 comme les messages de la personne. Soufflez-lui des conseils ci-dessous.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>You observe this exercise silently: you read it, and the trainee sees that you are here.</source>
        <translation>Vous observez cet exercice en silence&#x202f;: vous le lisez, et la ou le stagiaire voit que vous êtes là.</translation>
    </message>
    <message>
        <source>Messages, the newest last; whispers are internal. %1 copies the selected messages.</source>
        <translation>Messages, du plus ancien au plus récent&#x202f;; les messages soufflés sont internes. %1 copie les messages sélectionnés.</translation>
    </message>
    <message>
        <source>Send what you wrote</source>
        <translation>Envoyer ce que vous avez écrit</translation>
    </message>
    <message>
        <source>End this conversation</source>
        <translation>Terminer cette conversation</translation>
    </message>
    <message>
        <source>End the exercise for you and the trainee</source>
        <translation>Terminer l’exercice pour vous et pour la ou le stagiaire</translation>
    </message>
    <message>
        <source>Mail from %1 no longer reaches the line.</source>
        <translation>Les e-mails de %1 ne nous parviennent plus.</translation>
    </message>
    <message>
        <source>Mail from %1 reaches the line.</source>
        <translation>Les e-mails de %1 nous parviennent.</translation>
    </message>
    <message>
        <source>Block this writer?</source>
        <translation>Bloquer cette personne&#x202f;?</translation>
    </message>
    <message>
        <source>Unblock this writer?</source>
        <translation>Débloquer cette personne&#x202f;?</translation>
    </message>
    <message>
        <source>Mail from this person will no longer reach the line. You can undo this.</source>
        <translation>Les e-mails de cette personne ne nous parviendront plus. Vous pourrez annuler ce blocage.</translation>
    </message>
    <message>
        <source>Mail from this person will reach the line again.</source>
        <translation>Les e-mails de cette personne nous parviendront de nouveau.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Let mail from this person reach the line again</source>
        <translation>Recevoir de nouveau les e-mails de cette personne</translation>
    </message>
    <message>
        <source>Stop mail from this person reaching the line; you can undo it</source>
        <translation>Ne plus recevoir les e-mails de cette personne&#x202f;; vous pourrez annuler ce blocage</translation>
    </message>
    <message>
        <source>Unblock this writer…</source>
        <translation>Débloquer cette personne…</translation>
    </message>
    <message>
        <source>Block this writer…</source>
        <translation>Bloquer cette personne…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imminent risk…</source>
        <translation>Risque imminent…</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Orientation…</translation>
    </message>
    <message>
        <source>Open the guided imminent-risk steps beside the conversation</source>
        <translation>Ouvrir les étapes guidées du risque imminent à côté de la conversation</translation>
    </message>
    <message>
        <source>The person is in danger now: the guided steps (%1)</source>
        <translation>La personne est en danger maintenant&#x202f;: les étapes guidées (%1)</translation>
    </message>
    <message>
        <source>Find a service in the referral directory and insert it in your reply</source>
        <translation>Chercher un service dans l’annuaire des services et l’insérer dans votre réponse</translation>
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
    <message>
        <source>%1 (passed on)</source>
        <translation>%1 (transmise)</translation>
    </message>
    <message>
        <source>%1 (urgent)</source>
        <translation>%1 (urgent)</translation>
    </message>
    <message>
        <source>%1 (taken over)</source>
        <translation>%1 (reprise)</translation>
    </message>
    <message>
        <source>%1 (listening)</source>
        <translation>%1 (à l’écoute)</translation>
    </message>
    <message>
        <source>%1 (urgent, supervisor listening)</source>
        <translation>%1 (urgent, supervision à l’écoute)</translation>
    </message>
    <message>
        <source>%1 (supervisor listening)</source>
        <translation>%1 (supervision à l’écoute)</translation>
    </message>
    <message>
        <source>%1 (you play, for %2)</source>
        <translation>%1 (vous jouez, pour %2)</translation>
    </message>
    <message>
        <source>%1 (observing)</source>
        <translation>%1 (observation)</translation>
    </message>
    <message>
        <source>%1 (followed by the trainer)</source>
        <translation>%1 (suivi par la formation)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::DebriefView</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Debrief with %1</source>
        <translation>Débriefing avec %1</translation>
    </message>
    <message>
        <source>A private conversation between the volunteer and the supervisor. It is never part of a conversation with a person.</source>
        <translation>Un échange privé entre la ou le bénévole et la supervision. Il ne fait jamais partie d’une conversation avec une personne.</translation>
    </message>
    <message>
        <source>Debrief messages</source>
        <translation>Messages du débriefing</translation>
    </message>
    <message>
        <source>Your debrief message</source>
        <translation>Votre message de débriefing</translation>
    </message>
    <message>
        <source>Write… (%1 sends)</source>
        <translation>Écrivez… (%1 envoie)</translation>
    </message>
    <message>
        <source>Send the debrief message</source>
        <translation>Envoyer le message de débriefing</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Envoyer (%1)</translation>
    </message>
    <message>
        <source>This debrief is over or not accepted yet: nothing can be sent.</source>
        <translation>Ce débriefing est terminé ou pas encore accepté&#x202f;: rien ne peut être envoyé.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::DirectoryEditorDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>Annuaire des services</translation>
    </message>
    <message>
        <source>Referral directory editor</source>
        <translation>Éditeur de l’annuaire des services</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Aide proposée</translation>
    </message>
    <message>
        <source>Up to 500 characters. Tab moves on to the next field.</source>
        <translation>Jusqu’à 500 caractères. La touche Tab passe au champ suivant.</translation>
    </message>
    <message>
        <source>Starts with https:// or http://</source>
        <translation>Commence par https:// ou http://</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Helps with:</source>
        <translation>Ai&amp;de proposée&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#x202f;:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>&amp;Horaires&#x202f;:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Langues&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#x202f;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>Nou&amp;veau service</translation>
    </message>
    <message>
        <source>Empties the form for a new service (%1)</source>
        <translation>Vide le formulaire pour un nouveau service (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Sends the service to the server (%1)</source>
        <translation>Envoie le service au serveur (%1)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Removes the selected service from the directory (%1 in the list)</source>
        <translation>Supprime de l’annuaire le service sélectionné (touche %1 dans la liste)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Remove a service</source>
        <translation>Supprimer un service</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the referral directory? Volunteers will no longer find it.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de l’annuaire des services&#x202f;? Les bénévoles ne le trouveront plus.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::DirectoryView</name>
    <message>
        <source>Referral directory</source>
        <translation>Annuaire des services</translation>
    </message>
    <message>
        <source>Sear&amp;ch services:</source>
        <translation>Rec&amp;hercher des services&#x202f;:</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher des services</translation>
    </message>
    <message>
        <source>Words of the name, what the service helps with, its region or language. Down goes to the results.</source>
        <translation>Des mots du nom, de l’aide proposée, de la région ou de la langue. La flèche vers le bas mène aux résultats.</translation>
    </message>
    <message>
        <source>e.g. debts, youth, German</source>
        <translation>p. ex. dettes, jeunes, allemand</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Services trouvés</translation>
    </message>
    <message>
        <source>%1 or %2 inserts the selected service into the reply</source>
        <translation>%1 ou %2 insère le service sélectionné dans la réponse</translation>
    </message>
    <message>
        <source>&amp;Update the directory</source>
        <translation>Mettre à &amp;jour l’annuaire</translation>
    </message>
    <message>
        <source>Ask the server for the referral directory again</source>
        <translation>Demander de nouveau l’annuaire des services au serveur</translation>
    </message>
    <message>
        <source>Selected service</source>
        <translation>Service sélectionné</translation>
    </message>
    <message>
        <source>Insert into &amp;my reply</source>
        <translation>Insérer dans la &amp;réponse</translation>
    </message>
    <message>
        <source>Adds a sentence naming the selected service to your reply (%1)</source>
        <translation>Ajoute à votre réponse une phrase qui nomme le service sélectionné (%1)</translation>
    </message>
    <message>
        <source>Invented example service</source>
        <translation>Service fictif, donné en exemple</translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation>Aide proposée&#x202f;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#x202f;:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web&#x202f;:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horaires&#x202f;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#x202f;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#x202f;:</translation>
    </message>
    <message>
        <source>Loading the referral directory…</source>
        <translation>Chargement de l’annuaire des services…</translation>
    </message>
    <message>
        <source>The referral directory has not been loaded. Choose Update the directory.</source>
        <translation>L’annuaire des services n’a pas été chargé. Choisissez «&#xa0;Mettre à jour l’annuaire&#xa0;».</translation>
    </message>
    <message>
        <source>The referral directory is empty. Ask an administrator to add the services your line refers people to.</source>
        <translation>L’annuaire des services est vide. Demandez à l’administration d’y ajouter les services vers lesquels votre ligne oriente les personnes.</translation>
    </message>
    <message>
        <source>No service matches &quot;%1&quot;. Try fewer or shorter words, a region or a language.</source>
        <translation>Aucun service ne correspond à «&#xa0;%1&#xa0;». Essayez moins de mots ou des mots plus courts, une région ou une langue.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::EndConversationDialog</name>
    <message>
        <source>This was a &amp;hard contact for me</source>
        <translation>Ce contact a été &amp;difficile pour moi</translation>
    </message>
    <message>
        <source>End conversation</source>
        <translation>Terminer la conversation</translation>
    </message>
    <message>
        <source>End this conversation? The person will be told that the conversation has ended.</source>
        <translation>Terminer cette conversation&#x202f;? La personne sera informée que la conversation est terminée.</translation>
    </message>
    <message>
        <source>Mark as a hard contact</source>
        <translation>Marquer comme contact difficile</translation>
    </message>
    <message>
        <source>Ecoute will then suggest a pause, and a debrief with a supervisor.</source>
        <translation>Ecoute vous proposera alors une pause, et un débriefing avec la supervision.</translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation>&amp;Terminer la conversation</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminer la conversation</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::HardContactDialog</name>
    <message>
        <source>After a hard contact</source>
        <translation>Après un contact difficile</translation>
    </message>
    <message>
        <source>Ask for a &amp;debrief</source>
        <translation>Demander un &amp;débriefing</translation>
    </message>
    <message>
        <source>That conversation was hard. Take a moment for yourself before the next contact: a pause stops new offers until you are available again.

You can also ask a supervisor for a debrief.</source>
        <translation>Cette conversation a été difficile. Prenez un moment pour vous avant le prochain contact&#x202f;: pendant une pause, aucun contact ne vous est proposé jusqu’à ce que vous soyez à nouveau disponible.

Vous pouvez aussi demander un débriefing à la supervision.</translation>
    </message>
    <message>
        <source>Reason for the pause</source>
        <translation>Motif de la pause</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#x202f;:</translation>
    </message>
    <message>
        <source>Take a &amp;pause</source>
        <translation>Prendre une &amp;pause</translation>
    </message>
    <message>
        <source>Take a pause</source>
        <translation>Prendre une pause</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>No pause now</source>
        <translation>Pas de pause maintenant</translation>
    </message>
    <message>
        <source>Ask a supervisor for a debrief</source>
        <translation>Demander un débriefing à la supervision</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::HeatmapChart</name>
    <message>
        <source>Contacts by weekday and hour</source>
        <translation>Contacts par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>Offered (people reaching the line)</source>
        <translation>Entrants (personnes qui joignent la ligne)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <source>time zone: %1</source>
        <translation>fuseau horaire&#x202f;: %1</translation>
    </message>
    <message>
        <source>The server sent no figures for this.</source>
        <translation>Le serveur n’a envoyé aucun chiffre pour cela.</translation>
    </message>
    <message>
        <source>%1: no figures</source>
        <translation>%1&#x202f;: aucun chiffre</translation>
    </message>
    <message numerus="yes">
        <source>%1: busiest %2 %3:00–%4:00 (%n contact(s))</source>
        <translation>
            <numerusform>%1&#x202f;: affluence maximale le %2 de %3 h à %4 h (%n contact)</numerusform>
            <numerusform>%1&#x202f;: affluence maximale le %2 de %3 h à %4 h (%n contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no contacts counted</source>
        <translation>%1&#x202f;: aucun contact compté</translation>
    </message>
    <message numerus="yes">
        <source>, %n hour(s) hidden (&lt;%1)</source>
        <translation>
            <numerusform>, %n heure masquée (&lt;%1)</numerusform>
            <numerusform>, %n heures masquées (&lt;%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No statistics loaded yet.</source>
        <translation>Aucune statistique chargée pour l’instant.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Entrants</translation>
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
        <source>Accept the selected contact (%1 in the list, or %2)</source>
        <translation>Accepter le contact sélectionné (%1 dans la liste, ou %2)</translation>
    </message>
    <message>
        <source>Accept the selected contact (%1 in the list)</source>
        <translation>Accepter le contact sélectionné (%1 dans la liste)</translation>
    </message>
    <message>
        <source>You are off shift — press %1 to take contacts</source>
        <translation>Vous êtes hors permanence — appuyez sur %1 pour prendre des contacts</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::LevelMeter</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
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
    <name>ecoute::ui::MailComposer</name>
    <message>
        <source>Your answer to %1</source>
        <translation>Votre réponse à %1</translation>
    </message>
    <message>
        <source>Write your answer… (%1 sends)</source>
        <translation>Écrivez votre réponse… (%1 l’envoie)</translation>
    </message>
    <message>
        <source>&amp;First name to sign with:</source>
        <translation>&amp;Prénom pour signer&#x202f;:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>A first name you choose, never your account name</source>
        <translation>Un prénom de votre choix, jamais votre identifiant</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send this answer</source>
        <translation>Envoyer cette réponse</translation>
    </message>
    <message>
        <source>Send this answer (%1); you can still undo it for a moment</source>
        <translation>Envoyer cette réponse (%1)&#x202f;; vous pouvez encore l’annuler un instant</translation>
    </message>
    <message>
        <source>Take the answer back (%1)</source>
        <translation>Reprendre la réponse (%1)</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message numerus="yes">
        <source>The answer is too long: %n characters, at most %1. Please shorten it.</source>
        <translation>
            <numerusform>La réponse est trop longue&#x202f;: %n caractère, %1 au plus. Veuillez la raccourcir.</numerusform>
            <numerusform>La réponse est trop longue&#x202f;: %n caractères, %1 au plus. Veuillez la raccourcir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your previous answer is still on its way; take it back first to change it.</source>
        <translation>Votre réponse précédente est encore en route&#x202f;; reprenez-la d’abord pour la modifier.</translation>
    </message>
    <message>
        <source>Not connected: your answer stays here as a draft; send it again once the connection is back.</source>
        <translation>Pas de connexion&#x202f;: votre réponse reste ici comme brouillon&#x202f;; envoyez-la de nouveau dès que la connexion est rétablie.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Taken back: your answer is in the editor again.</source>
        <translation>Réponse reprise&#x202f;: elle est de nouveau dans l’éditeur.</translation>
    </message>
    <message>
        <source>This thread is no longer yours to answer.</source>
        <translation>Il ne vous revient plus de répondre à cet échange.</translation>
    </message>
    <message>
        <source>Offline: your draft is kept; send it once the connection is back.</source>
        <translation>Hors ligne&#x202f;: votre brouillon est conservé&#x202f;; envoyez-le dès que la connexion est rétablie.</translation>
    </message>
    <message>
        <source>Take the answer back; its text comes back here</source>
        <translation>Reprendre la réponse&#x202f;; son texte revient ici</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MailDeskView</name>
    <message>
        <source>Answers waiting for review:</source>
        <translation>Réponses en attente de relecture&#x202f;:</translation>
    </message>
    <message>
        <source>Answers waiting for review</source>
        <translation>Réponses en attente de relecture</translation>
    </message>
    <message>
        <source>Answer (&amp;you may edit it before approving):</source>
        <translation>Réponse (&amp;vous pouvez la modifier avant de l’approuver)&#x202f;:</translation>
    </message>
    <message>
        <source>The answer under review</source>
        <translation>La réponse en relecture</translation>
    </message>
    <message>
        <source>Co&amp;mment for the volunteer (to return it):</source>
        <translation>Co&amp;mmentaire pour la personne bénévole (pour la renvoyer)&#x202f;:</translation>
    </message>
    <message>
        <source>Comment for the volunteer</source>
        <translation>Commentaire pour la personne bénévole</translation>
    </message>
    <message>
        <source>Approve and sen&amp;d</source>
        <translation>Approuver et en&amp;voyer</translation>
    </message>
    <message>
        <source>Approve this answer as shown; it is sent</source>
        <translation>Approuver cette réponse telle qu’affichée&#x202f;; elle est envoyée</translation>
    </message>
    <message>
        <source>Return with &amp;comment</source>
        <translation>Renvoyer avec &amp;commentaire</translation>
    </message>
    <message>
        <source>Give the answer back to its author with your comment</source>
        <translation>Rendre la réponse à son auteur·rice avec votre commentaire</translation>
    </message>
    <message>
        <source>Threads near or past t&amp;heir deadline:</source>
        <translation>Échanges proches de leur é&amp;chéance ou en retard&#x202f;:</translation>
    </message>
    <message>
        <source>Threads near or past their deadline</source>
        <translation>Échanges proches de leur échéance ou en retard</translation>
    </message>
    <message>
        <source>Give to another vol&amp;unteer…</source>
        <translation>Confier à une a&amp;utre personne bénévole…</translation>
    </message>
    <message>
        <source>Give the selected thread to another volunteer with a note</source>
        <translation>Confier l’échange choisi à une autre personne bénévole, avec une note</translation>
    </message>
    <message>
        <source>No answer waits for review and no thread is late.</source>
        <translation>Aucune réponse n’attend de relecture et aucun échange n’est en retard.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MailReassignDialog</name>
    <message>
        <source>Give the thread %1 to another volunteer</source>
        <translation>Confier l’échange %1 à une autre personne bénévole</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Bénévole&#x202f;:</translation>
    </message>
    <message>
        <source>Volunteers on shift</source>
        <translation>Bénévoles en permanence</translation>
    </message>
    <message>
        <source>&amp;Handover note (internal, never shown to the person):</source>
        <translation>&amp;Note de passation (interne, jamais montrée à la personne)&#x202f;:</translation>
    </message>
    <message>
        <source>Internal handover note</source>
        <translation>Note de passation interne</translation>
    </message>
    <message>
        <source>&amp;Give the thread</source>
        <translation>C&amp;onfier l’échange</translation>
    </message>
    <message>
        <source>Give the thread to the selected volunteer</source>
        <translation>Confier l’échange à la personne bénévole choisie</translation>
    </message>
    <message>
        <source>Asking who is on shift…</source>
        <translation>Recherche des personnes en permanence…</translation>
    </message>
    <message>
        <source>Nobody else is on shift right now.</source>
        <translation>Personne d’autre n’est en permanence pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MailThreadView</name>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Letters with %1</source>
        <translation>Lettres échangées avec %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You (not yet confirmed)</source>
        <translation>vous (pas encore confirmé)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>The volunteer</source>
        <translation>la personne bénévole</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
    <message>
        <source>No letters yet.</source>
        <translation>Pas encore de lettre.</translation>
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
        <translation>P&amp;oste de travail</translation>
    </message>
    <message>
        <source>Log out and &amp;quit</source>
        <translation>Se déconnecter et &amp;quitter</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Lock notes</source>
        <translation>&amp;Verrouiller les notes</translation>
    </message>
    <message>
        <source>&amp;Unlock notes…</source>
        <translation>&amp;Déverrouiller les notes…</translation>
    </message>
    <message>
        <source>Change notes &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète des notes…</translation>
    </message>
    <message>
        <source>&amp;New personal note</source>
        <translation>&amp;Nouvelle note personnelle</translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation>&amp;Rechercher dans les notes…</translation>
    </message>
    <message>
        <source>Show &amp;all notes</source>
        <translation>&amp;Afficher toutes les notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Set &amp;up notes…</source>
        <translation>&amp;Configurer les notes…</translation>
    </message>
    <message>
        <source>Superv&amp;ision</source>
        <translation>Superv&amp;ision</translation>
    </message>
    <message>
        <source>Ask for supervision now (urgent)</source>
        <translation>Demander la supervision maintenant (urgent)</translation>
    </message>
    <message>
        <source>Show the supervision queue</source>
        <translation>Afficher la file de supervision</translation>
    </message>
    <message>
        <source>Show the team board</source>
        <translation>Afficher le tableau de l’équipe</translation>
    </message>
    <message>
        <source>Supervision queue</source>
        <translation>File de supervision</translation>
    </message>
    <message>
        <source>Team on shift</source>
        <translation>Équipe en permanence</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Permanence</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ask for supervision…</source>
        <translation>Demander la supervision…</translation>
    </message>
    <message>
        <source>Ask a supervisor for help about this conversation (%1)</source>
        <translation>Demander l’aide de la supervision pour cette conversation (%1)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>Show the &amp;inbox</source>
        <translation>Afficher la &amp;file d’attente</translation>
    </message>
    <message>
        <source>Go to the inbo&amp;x</source>
        <translation>&amp;Aller à la file d’attente</translation>
    </message>
    <message>
        <source>Go to the &amp;reply box</source>
        <translation>Aller à la zone de &amp;saisie</translation>
    </message>
    <message>
        <source>&amp;Notes beside the conversation</source>
        <translation>&amp;Notes à côté de la conversation</translation>
    </message>
    <message>
        <source>My requests for supervision</source>
        <translation>Mes demandes de supervision</translation>
    </message>
    <message>
        <source>Show my requests for supervision</source>
        <translation>Afficher mes demandes de supervision</translation>
    </message>
    <message>
        <source>E-mail desk</source>
        <translation>Bureau des e-mails</translation>
    </message>
    <message>
        <source>Show the e-mail desk</source>
        <translation>Afficher le bureau des e-mails</translation>
    </message>
    <message>
        <source>Imminent risk</source>
        <translation>Risque imminent</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>Annuaire des services</translation>
    </message>
    <message>
        <source>Show the referral &amp;directory</source>
        <translation>Afficher l’annuaire &amp;des services</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::MessageAnnouncer</name>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 a écrit&#x202f;: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nouveau message de %1</translation>
    </message>
    <message>
        <source>Whisper from %1 (staff only): %2</source>
        <translation>Message soufflé par %1 (équipe seulement)&#x202f;: %2</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <source>Write your notes here; they are saved as you type.</source>
        <translation>Écrivez vos notes ici&#x202f;; elles sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Mots-&amp;clés&#x202f;:</translation>
    </message>
    <message>
        <source>Tags of the note</source>
        <translation>Mots-clés de la note</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Note save status</source>
        <translation>État de l’enregistrement de la note</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Not saved: the notes file cannot be written.</source>
        <translation>Non enregistrée&#x202f;: impossible d’écrire dans le fichier des notes.</translation>
    </message>
    <message>
        <source>Tags, separated by commas; saved when you press %1 or leave the field.</source>
        <translation>Mots-clés séparés par des virgules&#x202f;; enregistrés lorsque vous appuyez sur %1 ou quittez le champ.</translation>
    </message>
    <message>
        <source>Keep this note longer</source>
        <translation>Conserver cette note plus longtemps</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep this note for %n day(s)</source>
        <translation>
            <numerusform>Conser&amp;ver cette note %n jour</numerusform>
            <numerusform>Conser&amp;ver cette note %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes are deleted after the period your organisation sets; a kept note is deleted later.</source>
        <translation>Les notes sont supprimées après la durée fixée par votre organisation&#x202f;; une note conservée est supprimée plus tard.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::NotesLockedPlaceholder</name>
    <message>
        <source>Your notes are available once you are logged in.</source>
        <translation>Vos notes sont accessibles une fois la connexion établie.</translation>
    </message>
    <message>
        <source>Keep private notes about your conversations, encrypted on this computer. Choose a notes passphrase to start.</source>
        <translation>Prenez des notes privées sur vos conversations, chiffrées sur cet ordinateur. Pour commencer, choisissez une phrase secrète des notes.</translation>
    </message>
    <message>
        <source>Set up notes…</source>
        <translation>Configurer les notes…</translation>
    </message>
    <message>
        <source>Set up the notes passphrase</source>
        <translation>Définir la phrase secrète des notes</translation>
    </message>
    <message>
        <source>Notes locked.</source>
        <translation>Notes verrouillées.</translation>
    </message>
    <message>
        <source>Unlock the notes</source>
        <translation>Déverrouiller les notes</translation>
    </message>
    <message>
        <source>Unlock notes… (%1)</source>
        <translation>Déverrouiller les notes… (%1)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::NotesPane</name>
    <message>
        <source>Notes about %1</source>
        <translation>Notes sur %1</translation>
    </message>
    <message>
        <source>Notes a&amp;bout %1</source>
        <translation>Notes &amp;sur %1</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::NotesView</name>
    <message>
        <source>Personal note</source>
        <translation>Note personnelle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New &amp;personal note</source>
        <translation>Nou&amp;velle note personnelle</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Search all notes</source>
        <translation>Rechercher dans toutes les notes</translation>
    </message>
    <message>
        <source>Show only notes with this tag</source>
        <translation>Afficher uniquement les notes avec ce mot-clé</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notes trouvées</translation>
    </message>
    <message>
        <source>A note about no particular contact</source>
        <translation>Une note qui ne concerne aucun contact en particulier</translation>
    </message>
    <message>
        <source>No note open: choose one in the list, or create a personal note.</source>
        <translation>Aucune note ouverte&#x202f;: choisissez-en une dans la liste ou créez une note personnelle.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher&#x202f;:</translation>
    </message>
    <message>
        <source>Words to find in your notes (%1)</source>
        <translation>Mots à rechercher dans vos notes (%1)</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>&amp;Mot-clé&#x202f;:</translation>
    </message>
    <message>
        <source>N&amp;ote about %1</source>
        <translation>Note s&amp;ur %1</translation>
    </message>
    <message>
        <source>Pers&amp;onal note</source>
        <translation>Note &amp;personnelle</translation>
    </message>
    <message>
        <source>New pers&amp;onal note</source>
        <translation>Nouvelle note &amp;personnelle</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::OffShiftDialog</name>
    <message>
        <source>Go off shift</source>
        <translation>Quitter la permanence</translation>
    </message>
    <message numerus="yes">
        <source>You still have %n conversation(s) going on. What should happen to them?</source>
        <translation>
            <numerusform>Vous avez encore %n conversation en cours. Que faut-il en faire&#x202f;?</numerusform>
            <numerusform>Vous avez encore %n conversations en cours. Que faut-il en faire&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish them myself</source>
        <translation>Les &amp;terminer moi-même</translation>
    </message>
    <message>
        <source>Finish my conversations, then stop: no new contacts meanwhile</source>
        <translation>Terminer mes conversations, puis arrêter&#x202f;: plus de nouveaux contacts d’ici là</translation>
    </message>
    <message>
        <source>&amp;Hand them back to the queue</source>
        <translation>&amp;Remettre dans la file d’attente</translation>
    </message>
    <message>
        <source>Hand my conversations back to the queue and go off shift now</source>
        <translation>Remettre mes conversations dans la file d’attente et quitter la permanence maintenant</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::OfferAlert</name>
    <message>
        <source>Contact offered to you</source>
        <translation>Contact proposé pour vous</translation>
    </message>
    <message numerus="yes">
        <source>%1 (urgent) is waiting. Accept or decline within %n second(s).</source>
        <translation>
            <numerusform>%1 (urgent) attend. Acceptez ou refusez d’ici %n seconde.</numerusform>
            <numerusform>%1 (urgent) attend. Acceptez ou refusez d’ici %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is waiting. Accept or decline within %n second(s).</source>
        <translation>
            <numerusform>%1 attend. Acceptez ou refusez d’ici %n seconde.</numerusform>
            <numerusform>%1 attend. Acceptez ou refusez d’ici %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ecoute</source>
        <translation>Ecoute</translation>
    </message>
    <message>
        <source>Practice contact offered to you</source>
        <translation>Contact d’exercice proposé pour vous</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>New email offered: %1</source>
        <translation>Nouvel e-mail proposé&#x202f;: %1</translation>
    </message>
    <message>
        <source>New call offered: %1</source>
        <translation>Nouvel appel proposé&#x202f;: %1</translation>
    </message>
    <message>
        <source>New chat offered: %1</source>
        <translation>Nouveau chat proposé&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::OfferBar</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Contact offered to you</source>
        <translation>Contact proposé pour vous</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Accept the offered contact</source>
        <translation>Accepter le contact proposé</translation>
    </message>
    <message>
        <source>Accept the offered contact (%1)</source>
        <translation>Accepter le contact proposé (%1)</translation>
    </message>
    <message>
        <source>Decline: the contact is offered to another volunteer (%1)</source>
        <translation>Refuser&#x202f;: le contact est proposé à une autre personne bénévole (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3) is offered to you: %n second(s) left to answer.</source>
        <translation>
            <numerusform>Contact proposé pour vous&#x202f;: %1 (%2, %3), encore %n seconde pour répondre.</numerusform>
            <numerusform>Contact proposé pour vous&#x202f;: %1 (%2, %3), encore %n secondes pour répondre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgent&#x202f;: %1</translation>
    </message>
    <message>
        <source>Decline: the contact is offered to another volunteer</source>
        <translation>Refuser&#x202f;: le contact est proposé à une autre personne bénévole</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PassphraseDialog</name>
    <message>
        <source>Current notes passphrase</source>
        <translation>Phrase secrète actuelle des notes</translation>
    </message>
    <message>
        <source>New notes passphrase</source>
        <translation>Nouvelle phrase secrète des notes</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#x202f;:</translation>
    </message>
    <message>
        <source>Repeat the new notes passphrase</source>
        <translation>Répétez la nouvelle phrase secrète des notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remember this passphrase.&lt;/b&gt; Nobody can recover it: if you forget it, your notes on this computer are gone for good. It is not your server password and should be different from it.</source>
        <translation>&lt;b&gt;Retenez bien cette phrase secrète.&lt;/b&gt; Personne ne peut la récupérer&#x202f;: si vous l’oubliez, vos notes sur cet ordinateur seront définitivement perdues. Ce n’est pas votre mot de passe du serveur, et elle doit en être différente.</translation>
    </message>
    <message>
        <source>Set up your notes</source>
        <translation>Configurer vos notes</translation>
    </message>
    <message>
        <source>&amp;Notes passphrase:</source>
        <translation>&amp;Phrase secrète des notes&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Configurer</translation>
    </message>
    <message>
        <source>Set up the notes</source>
        <translation>Configurer les notes</translation>
    </message>
    <message>
        <source>Unlock your notes</source>
        <translation>Déverrouiller vos notes</translation>
    </message>
    <message>
        <source>Your notes are locked. Type your notes passphrase to unlock them.</source>
        <translation>Vos notes sont verrouillées. Saisissez la phrase secrète des notes pour les déverrouiller.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock the notes</source>
        <translation>Déverrouiller les notes</translation>
    </message>
    <message>
        <source>Change the notes passphrase</source>
        <translation>Changer la phrase secrète des notes</translation>
    </message>
    <message>
        <source>Your notes will be encrypted again with the new passphrase.</source>
        <translation>Vos notes seront chiffrées à nouveau avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète ac&amp;tuelle&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#x202f;:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Preparing the encryption key…</source>
        <translation>Préparation de la clé de chiffrement…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Patientez %n seconde</numerusform>
            <numerusform>Patientez %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your notes are encrypted on this computer with a passphrase of your choice (at least %n characters). You will type it to unlock them.</source>
        <translation>
            <numerusform>Vos notes sont chiffrées sur cet ordinateur avec une phrase secrète de votre choix (au moins %n caractère). Vous la saisirez pour les déverrouiller.</numerusform>
            <numerusform>Vos notes sont chiffrées sur cet ordinateur avec une phrase secrète de votre choix (au moins %n caractères). Vous la saisirez pour les déverrouiller.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeDesk</name>
    <message>
        <source>Practice scenarios</source>
        <translation>Scénarios d’exercice</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>E&amp;xercices</translation>
    </message>
    <message>
        <source>&amp;Start a practice session…</source>
        <translation>&amp;Lancer une session d’exercice…</translation>
    </message>
    <message>
        <source>Show the &amp;scenarios</source>
        <translation>Afficher les &amp;scénarios</translation>
    </message>
    <message>
        <source>&amp;New scenario…</source>
        <translation>&amp;Nouveau scénario…</translation>
    </message>
    <message>
        <source>Practice &amp;history…</source>
        <translation>&amp;Historique des exercices…</translation>
    </message>
    <message>
        <source>Scenario “%1” saved.</source>
        <translation>Scénario «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Practice session “%1” running with %n trainee(s).</source>
        <translation>
            <numerusform>Session d’exercice «&#xa0;%1&#xa0;» en cours avec %n stagiaire.</numerusform>
            <numerusform>Session d’exercice «&#xa0;%1&#xa0;» en cours avec %n stagiaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback sent.</source>
        <translation>Retour envoyé.</translation>
    </message>
    <message>
        <source>Feedback on your practice exercise</source>
        <translation>Retour sur votre exercice</translation>
    </message>
    <message>
        <source>Feedback on your practice exercise has arrived.</source>
        <translation>Vous avez reçu un retour sur votre exercice.</translation>
    </message>
    <message>
        <source>Practice history</source>
        <translation>Historique des exercices</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeFeedbackDialog</name>
    <message>
        <source>Feedback for %1</source>
        <translation>Retour pour %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Exercice&#x202f;: %1</translation>
    </message>
    <message>
        <source>This scenario has no learning goals: write your feedback below. %1 will see it.</source>
        <translation>Ce scénario n’a pas d’objectifs d’apprentissage&#x202f;: écrivez votre retour ci-dessous. %1 le verra.</translation>
    </message>
    <message>
        <source>Rate each learning goal (arrow keys or 1 to 4); comments are optional. %1 will see this feedback.</source>
        <translation>Évaluez chaque objectif d’apprentissage (flèches ou touches 1 à 4)&#x202f;; les commentaires sont facultatifs. %1 verra ce retour.</translation>
    </message>
    <message>
        <source>&amp;General feedback (optional):</source>
        <translation>&amp;Retour général (facultatif)&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;General feedback:</source>
        <translation>&amp;Retour général&#x202f;:</translation>
    </message>
    <message>
        <source>General feedback</source>
        <translation>Retour général</translation>
    </message>
    <message>
        <source>What went well, what to work on next…</source>
        <translation>Ce qui s’est bien passé, ce qui reste à travailler…</translation>
    </message>
    <message>
        <source>&amp;Send feedback</source>
        <translation>&amp;Envoyer le retour</translation>
    </message>
    <message>
        <source>Send the feedback to %1</source>
        <translation>Envoyer le retour à %1</translation>
    </message>
    <message>
        <source>Cancel without sending</source>
        <translation>Annuler sans envoyer</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Envoyer (%1)</translation>
    </message>
    <message>
        <source>Goal %1 of %2</source>
        <translation>Objectif %1 sur %2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Objectif %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 — key %2</source>
        <translation>%1 — touche %2</translation>
    </message>
    <message>
        <source>Comment on goal %1</source>
        <translation>Commentaire sur l’objectif %1</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message numerus="yes">
        <source>All %n goal(s) rated.</source>
        <translation>
            <numerusform>L’objectif est évalué (%n sur %n).</numerusform>
            <numerusform>Les %n objectifs sont évalués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n goal(s) rated.</source>
        <translation>
            <numerusform>Objectif évalué&#x202f;: %1 sur %n.</numerusform>
            <numerusform>Objectifs évalués&#x202f;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeFeedbackView</name>
    <message>
        <source>Practice feedback</source>
        <translation>Retour sur l’exercice</translation>
    </message>
    <message>
        <source>Feedback from the trainer</source>
        <translation>Retour de la formatrice ou du formateur</translation>
    </message>
    <message>
        <source>No feedback to show.</source>
        <translation>Aucun retour à afficher.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>En grande partie</translation>
    </message>
    <message>
        <source>Fully</source>
        <translation>Pleinement</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>A rating of a learning goal: &quot;Mostly (3 of 4)&quot;.</extracomment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Retour&#x202f;: %1</translation>
    </message>
    <message>
        <source>Trainer: %1</source>
        <translation>Formateur·rice&#x202f;: %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Donné le %1</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Objectifs d’apprentissage</translation>
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
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>The trainer gave no details.</source>
        <translation>La formatrice ou le formateur n’a pas donné de détails.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeGuidancePane</name>
    <message>
        <source>Write the &amp;opening</source>
        <translation>In&amp;sérer le premier message</translation>
    </message>
    <message>
        <source>&amp;Feedback…</source>
        <translation>&amp;Donner un retour…</translation>
    </message>
    <message>
        <source>Scenario you play</source>
        <translation>Scénario que vous jouez</translation>
    </message>
    <message>
        <source>Scenario and guidance for the trainer</source>
        <translation>Scénario et consignes pour la formatrice ou le formateur</translation>
    </message>
    <message>
        <source>Put the scenario&apos;s opening message in the composer</source>
        <translation>Placer le premier message du scénario dans la zone de saisie</translation>
    </message>
    <message>
        <source>Give the trainee feedback on this exercise</source>
        <translation>Donner à la ou au stagiaire un retour sur cet exercice</translation>
    </message>
    <message>
        <source>Feedback per learning goal, once the exercise is over</source>
        <translation>Retour par objectif d’apprentissage, une fois l’exercice terminé</translation>
    </message>
    <message>
        <source>%1 · %2 · risk: %3</source>
        <translation>%1 · %2 · risque&#x202f;: %3</translation>
    </message>
    <message numerus="yes">
        <source>The person (%n years old)</source>
        <translation>
            <numerusform>La personne (%n an)</numerusform>
            <numerusform>La personne (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Opening message</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <source>How it evolves</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Objectifs d’apprentissage</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeHistoryView</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Practice history</source>
        <translation>Historique des exercices</translation>
    </message>
    <message>
        <source>T&amp;rainee:</source>
        <translation>&amp;Stagiaire&#x202f;:</translation>
    </message>
    <message>
        <source>User name of the trainee</source>
        <translation>Identifiant de la ou du stagiaire</translation>
    </message>
    <message>
        <source>User name (empty: your own history)</source>
        <translation>Identifiant (vide&#x202f;: votre propre historique)</translation>
    </message>
    <message>
        <source>Show the practice history of this trainee</source>
        <translation>Afficher l’historique des exercices de cette ou ce stagiaire</translation>
    </message>
    <message>
        <source>Practice exercises, newest first</source>
        <translation>Exercices, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Select an exercise to see its feedback.</source>
        <translation>Sélectionnez un exercice pour voir son retour.</translation>
    </message>
    <message>
        <source>No feedback yet for this exercise.</source>
        <translation>Pas encore de retour pour cet exercice.</translation>
    </message>
    <message>
        <source>Your practice history</source>
        <translation>Votre historique des exercices</translation>
    </message>
    <message>
        <source>Practice history of %1</source>
        <translation>Historique des exercices de %1</translation>
    </message>
    <message>
        <source>Asking for the practice history…</source>
        <translation>Demande de l’historique des exercices…</translation>
    </message>
    <message>
        <source>No practice yet.</source>
        <translation>Vous n’avez encore fait aucun exercice.</translation>
    </message>
    <message>
        <source>No practice yet for %1.</source>
        <translation>%1 n’a encore fait aucun exercice.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PracticeStartDialog</name>
    <message>
        <source>Start a practice session</source>
        <translation>Lancer une session d’exercice</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <source>User names, separated by commas</source>
        <translation>Identifiants, séparés par des virgules</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observateur·rices</translation>
    </message>
    <message>
        <source>Optional: user names, separated by commas</source>
        <translation>Facultatif&#x202f;: identifiants, séparés par des virgules</translation>
    </message>
    <message>
        <source>Each trainee receives a practice contact, marked PRACTICE, in their inbox. You play the person from your own workstation; observers follow silently and everyone sees who is listening.</source>
        <translation>Chaque stagiaire reçoit un contact d’exercice, marqué EXERCICE, dans sa file d’attente. Vous jouez la personne depuis votre propre poste de travail&#x202f;; les observateur·rices suivent en silence et tout le monde voit qui écoute.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Trainees:</source>
        <translation>S&amp;tagiaires&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Observers:</source>
        <translation>&amp;Observateur·rices&#x202f;:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>No scenario to choose from yet.</source>
        <translation>Aucun scénario à choisir pour l’instant.</translation>
    </message>
    <message>
        <source>Name at least one trainee.</source>
        <translation>Indiquez au moins une ou un stagiaire.</translation>
    </message>
    <message>
        <source>%1 cannot be trainee and observer at once.</source>
        <translation>%1 ne peut pas être à la fois stagiaire et observateur·rice.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::PreferencesDialog</name>
    <message>
        <source>Play a sound when a &amp;message arrives</source>
        <translation>Émettre un son à l’arrivée d’un &amp;message</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Afficher les notifications du &amp;bureau</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>The new language shows the next time you start Ecoute.</source>
        <translation>La nouvelle langue s’affichera au prochain démarrage d’Ecoute.</translation>
    </message>
    <message>
        <source>System size (%1 pt)</source>
        <translation>Taille du système (%1&#xa0;pt)</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1&#xa0;pt</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix of the idle-lock minutes: &quot;5 min&quot;.</extracomment>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Minutes without using the keyboard or mouse. The notes also lock when the screen locks.</source>
        <translation>Minutes sans utiliser le clavier ni la souris. Les notes se verrouillent aussi quand l’écran se verrouille.</translation>
    </message>
    <message>
        <source>Rings again every few seconds until you answer</source>
        <translation>Sonne de nouveau toutes les quelques secondes jusqu’à votre réponse</translation>
    </message>
    <message>
        <source>A message from the desktop when a contact is offered</source>
        <translation>Un message du bureau quand un contact vous est proposé</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Taille du texte&#x202f;:</translation>
    </message>
    <message>
        <source>Lock the &amp;notes after:</source>
        <translation>Verrouiller les &amp;notes après&#x202f;:</translation>
    </message>
    <message>
        <source>Sounds and notifications:</source>
        <translation>Sons et notifications&#x202f;:</translation>
    </message>
    <message>
        <source>Never (set by your administrator)</source>
        <translation>Jamais (réglé par l’administration)</translation>
    </message>
    <message>
        <source>Play a &amp;sound when a contact is offered to me</source>
        <translation>Émettre un son quand un contact m’est &amp;proposé</translation>
    </message>
    <message>
        <source>The device chosen before (not connected)</source>
        <translation>L’appareil choisi auparavant (non branché)</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Casque</translation>
    </message>
    <message>
        <source>Micro&amp;phone:</source>
        <translation>Mi&amp;crophone&#x202f;:</translation>
    </message>
    <message>
        <source>Spea&amp;ker or earphones:</source>
        <translation>&amp;Haut-parleur ou écouteurs&#x202f;:</translation>
    </message>
    <message>
        <source>Used for phone calls, from the next call on.</source>
        <translation>Utilisés pour les appels téléphoniques, à partir du prochain appel.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ReportPane</name>
    <message>
        <source>Age, if the person said it</source>
        <translation>Âge, si la personne l’a indiqué</translation>
    </message>
    <message>
        <source>Gender, if the person said it</source>
        <translation>Genre, si la personne l’a indiqué</translation>
    </message>
    <message>
        <source>First or repeat contact</source>
        <translation>Premier contact ou contact répété</translation>
    </message>
    <message>
        <source>Report on the contact</source>
        <translation>Fiche de contact</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Chercher un thème</translation>
    </message>
    <message>
        <source>Type to find a topic; %1 ticks it, %2 goes to the list</source>
        <translation>Tapez pour chercher un thème&#x202f;; %1 le coche, %2 mène à la liste</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Space ticks a topic; several may apply</source>
        <translation>Espace coche un thème&#x202f;; plusieurs sont possibles</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Asked about:</source>
        <translation>Questions posées&#x202f;:</translation>
    </message>
    <message>
        <source>The volunteer asked about this</source>
        <translation>La ou le bénévole a posé la question</translation>
    </message>
    <message>
        <source>What the contact led to</source>
        <translation>Issue du contact</translation>
    </message>
    <message>
        <source>No free text in the report: what you want to remember goes in your encrypted notes.</source>
        <translation>Pas de texte libre dans la fiche&#x202f;: ce que vous voulez retenir va dans vos notes chiffrées.</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Envoyer la fiche</translation>
    </message>
    <message>
        <source>Send the report (%1)</source>
        <translation>Envoyer la fiche (%1)</translation>
    </message>
    <message>
        <source>Contact to report</source>
        <translation>Contact dont la fiche est à remplir</translation>
    </message>
    <message>
        <source>Age (in &amp;years):</source>
        <translation>&amp;Tranche d’âge&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Genre in&amp;diqué&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>Histori&amp;que&#x202f;:</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>%1&#x202f;: coché</translation>
    </message>
    <message>
        <source>%1 unticked</source>
        <translation>%1&#x202f;: décoché</translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation>Orientation vers&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n topics.</source>
        <translation>
            <numerusform>%n thème au maximum.</numerusform>
            <numerusform>%n thèmes au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risque&#x202f;: %1</translation>
    </message>
    <message>
        <source>Tick at least one outcome.</source>
        <translation>Cochez au moins une issue.</translation>
    </message>
    <message>
        <source>&quot;Referred to a service&quot; needs a service from the referral directory.</source>
        <translation>«&#xa0;Orientation vers un service&#xa0;» demande un service de l’annuaire des services.</translation>
    </message>
    <message>
        <source>Sending the report…</source>
        <translation>Envoi de la fiche…</translation>
    </message>
    <message>
        <source>Report sent. %1: choose the next one below.</source>
        <translation>Fiche envoyée. %1&#x202f;: choisissez la suivante ci-dessous.</translation>
    </message>
    <message>
        <source>Report sent. No contacts left to report.</source>
        <translation>Fiche envoyée. Plus aucune fiche de contact à remplir.</translation>
    </message>
    <message>
        <source>Report on %1 (%2)</source>
        <translation>Fiche de contact&#x202f;: %1 (%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Fiche envoyée</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Risque suicidaire</translation>
    </message>
    <message>
        <source>Suicide risk (keys 0–4):</source>
        <translation>Risque suicidaire (touches 0 à 4)&#x202f;:</translation>
    </message>
    <message>
        <source>Risk level, key %1</source>
        <translation>Niveau de risque, touche %1</translation>
    </message>
    <message>
        <source>Led to:</source>
        <translation>Issue&#x202f;:</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ReportWiring</name>
    <message>
        <source>&amp;Report the contacts left…</source>
        <translation>&amp;Remplir les fiches de contact restantes…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistiques…</translation>
    </message>
    <message>
        <source>Edit the referral &amp;directory…</source>
        <translation>Modifier l’annuaire &amp;des services…</translation>
    </message>
    <message>
        <source>Imminent-risk cases, open ones first</source>
        <translation>Cas de risque imminent, les ouverts d’abord</translation>
    </message>
    <message>
        <source>Open a conversation to insert a referral.</source>
        <translation>Ouvrez une conversation pour y insérer une orientation.</translation>
    </message>
    <message>
        <source>No contacts left to report.</source>
        <translation>Aucune fiche de contact à remplir.</translation>
    </message>
    <message>
        <source>Contacts left to report</source>
        <translation>Fiches de contact à remplir</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::RiskPanel</name>
    <message>
        <source>Imminent risk</source>
        <translation>Risque imminent</translation>
    </message>
    <message>
        <source>Imminent risk: step by step</source>
        <translation>Risque imminent&#x202f;: étape par étape</translation>
    </message>
    <message>
        <source>Ask a supervisor now</source>
        <translation>Demander la supervision maintenant</translation>
    </message>
    <message>
        <source>An urgent request for supervision about this contact (%1)</source>
        <translation>Une demande de supervision urgente pour ce contact (%1)</translation>
    </message>
    <message>
        <source>Where the person sai&amp;d they are:</source>
        <translation>&amp;Lieu indiqué par la personne&#x202f;:</translation>
    </message>
    <message>
        <source>Where the person said they are</source>
        <translation>Lieu indiqué par la personne</translation>
    </message>
    <message>
        <source>Send to the supervisor</source>
        <translation>Envoyer à la supervision</translation>
    </message>
    <message>
        <source>Send the location to the supervisors only</source>
        <translation>Envoyer le lieu uniquement à la supervision</translation>
    </message>
    <message>
        <source>Only if the person gave it. It goes to the supervisor only and is deleted with the contact&apos;s transcript. Nothing is gathered automatically.</source>
        <translation>Seulement si la personne l’a donné. Il n’est transmis qu’à la supervision et il est supprimé avec la transcription du contact. Rien n’est collecté automatiquement.</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#x202f;: fait</translation>
    </message>
    <message>
        <source>Sent to the supervisor: %1</source>
        <translation>Envoyé à la supervision&#x202f;: %1</translation>
    </message>
    <message>
        <source>Start with the first step: stay with the person.</source>
        <translation>Commencez par la première étape&#x202f;: restez avec la personne.</translation>
    </message>
    <message>
        <source>Case open since %1.</source>
        <translation>Cas ouvert depuis %1.</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Cas clos.</translation>
    </message>
    <message>
        <source>Where the person said they are: %1</source>
        <translation>Lieu indiqué par la personne&#x202f;: %1</translation>
    </message>
    <message>
        <source>No location given.</source>
        <translation>Aucun lieu indiqué.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ScenarioEditorDialog</name>
    <message>
        <source>Practice scenario editor</source>
        <translation>Éditeur de scénarios d’exercice</translation>
    </message>
    <message>
        <source>Parts of the scenario</source>
        <translation>Parties du scénario</translation>
    </message>
    <message>
        <source>The help-seeker&apos;s first message, sent to the trainee exactly as written: for an email the whole email, for a call the first words.</source>
        <translation>Le premier message de la personne qui écrit ou appelle, envoyé à la ou au stagiaire tel quel&#x202f;: pour un e-mail, l’e-mail entier&#x202f;; pour un appel, les premiers mots.</translation>
    </message>
    <message>
        <source>Opening message</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <source>&amp;Opening</source>
        <translation>Premier &amp;message</translation>
    </message>
    <message>
        <source>How the situation develops: numbered stages and, for each, what makes the person react (&quot;→ If the volunteer …: …&quot;). A line may not start with &quot;#&quot;.</source>
        <translation>Comment la situation évolue&#x202f;: des étapes numérotées et, pour chacune, ce qui fait réagir la personne («&#xa0;→ Si la ou le bénévole …&#x202f;: …&#xa0;»). Une ligne ne peut pas commencer par «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>Evolution of the situation</source>
        <translation>Déroulement de la situation</translation>
    </message>
    <message>
        <source>E&amp;volution</source>
        <translation>&amp;Déroulement</translation>
    </message>
    <message>
        <source>For the trainer only, never shown to trainees: how to play the role, what to watch, when to stop, what to prepare.</source>
        <translation>Réservé à la formatrice ou au formateur, jamais montré aux stagiaires&#x202f;: comment jouer le rôle, ce qu’il faut observer, quand arrêter, ce qu’il faut préparer.</translation>
    </message>
    <message>
        <source>Guidance for the trainer</source>
        <translation>Consignes pour la formatrice ou le formateur</translation>
    </message>
    <message>
        <source>G&amp;uidance</source>
        <translation>Con&amp;signes</translation>
    </message>
    <message>
        <source>What keeps the scenario from being saved</source>
        <translation>Ce qui empêche d’enregistrer le scénario</translation>
    </message>
    <message>
        <source>Go to the problem</source>
        <translation>Aller au problème</translation>
    </message>
    <message>
        <source>Go to the field that keeps the scenario from being saved</source>
        <translation>Aller au champ qui empêche d’enregistrer le scénario</translation>
    </message>
    <message>
        <source>Go to the field that keeps the scenario from being saved (%1)</source>
        <translation>Aller au champ qui empêche d’enregistrer le scénario (%1)</translation>
    </message>
    <message>
        <source>Why the server refused the scenario</source>
        <translation>Pourquoi le serveur a refusé le scénario</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Save the scenario (%1)</source>
        <translation>Enregistrer le scénario (%1)</translation>
    </message>
    <message>
        <source>Short name: the scenario&apos;s identifier</source>
        <translation>Nom court&#x202f;: l’identifiant du scénario</translation>
    </message>
    <message>
        <source>e.g. panic-attack</source>
        <translation>p. ex. crise-de-panique</translation>
    </message>
    <message>
        <source>Short &amp;name:</source>
        <translation>&amp;Nom court&#x202f;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The name trainers see in the list</source>
        <translation>Le nom affiché dans la liste des scénarios</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#x202f;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>Channel: how the person reaches the line</source>
        <translation>Canal&#x202f;: comment la personne joint la ligne d’écoute</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#x202f;:</translation>
    </message>
    <message>
        <source>Risk: the highest the basic version reaches</source>
        <translation>Risque&#x202f;: le niveau le plus élevé atteint dans la version de base</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High: life may be in danger</source>
        <translation>Élevé&#x202f;: la vie peut être en danger</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risque&#x202f;:</translation>
    </message>
    <message>
        <source>Age of the person the trainer plays</source>
        <translation>Âge de la personne jouée par la formatrice ou le formateur</translation>
    </message>
    <message>
        <source> years</source>
        <translation>&#xa0;ans</translation>
    </message>
    <message>
        <source>Person&apos;s ag&amp;e:</source>
        <translation>Âge de la &amp;personne&#x202f;:</translation>
    </message>
    <message>
        <source>Situation of the person the trainer plays</source>
        <translation>Situation de la personne jouée par la formatrice ou le formateur</translation>
    </message>
    <message>
        <source>Who the person is and where they stand when they make contact: what the trainer must know to play them. One paragraph.</source>
        <translation>Qui est la personne et où elle en est au moment du contact&#x202f;: ce qu’il faut savoir pour la jouer. Un seul paragraphe.</translation>
    </message>
    <message>
        <source>Person&apos;s s&amp;ituation:</source>
        <translation>Sit&amp;uation de la personne&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Short, observable goals starting with a verb, one per line: they become the items of the feedback form, in this order (at most %1)</source>
        <translation>Des objectifs courts et observables, commençant par un verbe, un par ligne&#x202f;: ils deviennent les points du formulaire de retour, dans cet ordre (%1 au maximum)</translation>
    </message>
    <message>
        <source>Goals in feedbac&amp;k order:</source>
        <translation>Objectifs dans l’ordre du &amp;retour&#x202f;:</translation>
    </message>
    <message>
        <source>Learning goals, in the order of the feedback form</source>
        <translation>Objectifs d’apprentissage, dans l’ordre du formulaire de retour</translation>
    </message>
    <message>
        <source>F2 edits the selected goal</source>
        <translation>F2 modifie l’objectif sélectionné</translation>
    </message>
    <message>
        <source>Ne&amp;w goal:</source>
        <translation>&amp;Nouvel objectif&#x202f;:</translation>
    </message>
    <message>
        <source>Text of a new goal</source>
        <translation>Texte d’un nouvel objectif</translation>
    </message>
    <message>
        <source>e.g. Ask directly about thoughts of suicide</source>
        <translation>p. ex. Demander directement si la personne pense au suicide</translation>
    </message>
    <message>
        <source>A&amp;dd goal</source>
        <translation>A&amp;jouter l’objectif</translation>
    </message>
    <message>
        <source>Add the new goal</source>
        <translation>Ajouter le nouvel objectif</translation>
    </message>
    <message>
        <source>Re&amp;move goal</source>
        <translation>Re&amp;tirer l’objectif</translation>
    </message>
    <message>
        <source>Remove the selected goal</source>
        <translation>Retirer l’objectif sélectionné</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move the selected goal up</source>
        <translation>Déplacer l’objectif sélectionné vers le haut</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Move the selected goal down</source>
        <translation>Déplacer l’objectif sélectionné vers le bas</translation>
    </message>
    <message>
        <source>Move the selected goal up (%1)</source>
        <translation>Déplacer l’objectif sélectionné vers le haut (%1)</translation>
    </message>
    <message>
        <source>Move the selected goal down (%1)</source>
        <translation>Déplacer l’objectif sélectionné vers le bas (%1)</translation>
    </message>
    <message>
        <source>Remove the selected goal (%1)</source>
        <translation>Retirer l’objectif sélectionné (%1)</translation>
    </message>
    <message>
        <source>Goa&amp;ls</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>Lowercase letters a-z, digits and &quot;-&quot;. It cannot be changed later: practice histories refer to it.</source>
        <translation>Lettres minuscules a-z, chiffres et «&#xa0;-&#xa0;». Il ne pourra plus être modifié&#x202f;: les historiques des exercices s’y réfèrent.</translation>
    </message>
    <message>
        <source>The identifier of the scenario; it cannot be changed.</source>
        <translation>L’identifiant du scénario&#x202f;; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Practice scenario: %1 (%2)</source>
        <translation>Scénario d’exercice&#x202f;: %1 (%2)</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; already exists in %2: choose another short name, or edit that one from the library.</source>
        <translation>Un scénario nommé «&#xa0;%1&#xa0;» existe déjà dans cette langue (%2)&#x202f;: choisissez un autre nom court, ou modifiez ce scénario depuis la liste des scénarios.</translation>
    </message>
    <message>
        <source>%1: a line starting with &quot;#&quot; would be lost (it is read as a comment); start it with another character.</source>
        <translation>%1&#x202f;: une ligne qui commence par «&#xa0;#&#xa0;» serait perdue (elle est lue comme un commentaire)&#x202f;; commencez-la par un autre caractère.</translation>
    </message>
    <message>
        <source>%1 of at most %2 goals</source>
        <translation>Objectifs&#x202f;: %1 sur %2 au maximum</translation>
    </message>
    <message>
        <source>New practice scenario</source>
        <translation>Nouveau scénario d’exercice</translation>
    </message>
    <message>
        <source>New practice scenario: %1</source>
        <translation>Nouveau scénario d’exercice&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Objectif %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1: use 1 to 64 lowercase letters a-z, digits and &quot;-&quot; (e.g. panic-attack).</source>
        <translation>%1&#x202f;: utilisez de 1 à 64 caractères parmi les lettres minuscules a-z, les chiffres et «&#xa0;-&#xa0;» (p. ex. crise-de-panique).</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Person&apos;s age</source>
        <translation>Âge de la personne</translation>
    </message>
    <message>
        <source>Person&apos;s situation</source>
        <translation>Situation de la personne</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The server did not save the scenario: %1</source>
        <translation>Le serveur n’a pas enregistré le scénario&#x202f;: %1</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications&#x202f;?</translation>
    </message>
    <message>
        <source>The changes to this scenario are not saved.</source>
        <translation>Les modifications de ce scénario ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ScenarioLibraryView</name>
    <message>
        <source>Practice scenarios</source>
        <translation>Scénarios d’exercice</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>Show scenarios in this language</source>
        <translation>Afficher les scénarios dans cette langue</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#x202f;:</translation>
    </message>
    <message>
        <source>Find scenarios by title</source>
        <translation>Rechercher des scénarios par titre</translation>
    </message>
    <message>
        <source>Words of the title</source>
        <translation>Mots du titre</translation>
    </message>
    <message>
        <source>Practice scenarios, by title</source>
        <translation>Scénarios d’exercice, par titre</translation>
    </message>
    <message>
        <source>The selected scenario</source>
        <translation>Le scénario sélectionné</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Nouvea&amp;u…</translation>
    </message>
    <message>
        <source>Write a new scenario</source>
        <translation>Écrire un nouveau scénario</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected scenario</source>
        <translation>Modifier le scénario sélectionné</translation>
    </message>
    <message>
        <source>&amp;Start practice…</source>
        <translation>Lancer l’exe&amp;rcice…</translation>
    </message>
    <message>
        <source>Start a practice session with the selected scenario</source>
        <translation>Lancer une session d’exercice avec le scénario sélectionné</translation>
    </message>
    <message>
        <source>Enter edits the selected scenario</source>
        <translation>Entrée modifie le scénario sélectionné</translation>
    </message>
    <message>
        <source>Asking the server for the scenarios…</source>
        <translation>Demande des scénarios au serveur…</translation>
    </message>
    <message>
        <source>No practice scenario yet.</source>
        <translation>Aucun scénario d’exercice pour l’instant.</translation>
    </message>
    <message>
        <source>No scenario matches the filter.</source>
        <translation>Aucun scénario ne correspond au filtre.</translation>
    </message>
    <message>
        <source>%1 · %2 · risk %3</source>
        <translation>%1 · %2 · risque %3</translation>
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
        <translation>Statut actuel</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <source>Reason for the pause (optional)</source>
        <translation>Motif de la pause (facultatif)</translation>
    </message>
    <message>
        <source>Reason for the pause (optional); %1 starts the pause</source>
        <translation>Motif de la pause (facultatif)&#x202f;; appuyez sur %1 pour commencer la pause</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>Mon statut</translation>
    </message>
    <message>
        <source>Sets your status</source>
        <translation>Définit votre statut</translation>
    </message>
    <message>
        <source>Your status: %1</source>
        <translation>Votre statut&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::ShiftSummaryDialog</name>
    <message>
        <source>Ask for a &amp;debrief</source>
        <translation>Demander un &amp;débriefing</translation>
    </message>
    <message>
        <source>&amp;Report them now</source>
        <translation>&amp;Remplir les fiches maintenant</translation>
    </message>
    <message>
        <source>Your shift</source>
        <translation>Votre permanence</translation>
    </message>
    <message>
        <source>Thank you for your shift.</source>
        <translation>Merci pour votre permanence.</translation>
    </message>
    <message numerus="yes">
        <source>You had %n contact(s).</source>
        <translation>
            <numerusform>Vous avez eu %n contact.</numerusform>
            <numerusform>Vous avez eu %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were hard.</source>
        <translation>
            <numerusform>%n d’entre eux a été difficile.</numerusform>
            <numerusform>%n d’entre eux ont été difficiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n involved an imminent risk.</source>
        <translation>
            <numerusform>%n comportait un risque imminent.</numerusform>
            <numerusform>%n comportaient un risque imminent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the time you need before you go. A supervisor can go through it with you.</source>
        <translation>Prenez le temps qu’il vous faut avant de partir. La supervision peut en reparler avec vous.</translation>
    </message>
    <message>
        <source>%1: please report them before you leave.</source>
        <translation>%1&#x202f;: merci de vous en occuper avant de partir.</translation>
    </message>
    <message>
        <source>Ask a supervisor for a debrief of your shift</source>
        <translation>Demander à la supervision un débriefing de votre permanence</translation>
    </message>
    <message>
        <source>Open the contacts left to report</source>
        <translation>Ouvrir les fiches de contact à remplir</translation>
    </message>
    <message>
        <source>Debrief requested</source>
        <translation>Débriefing demandé</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::StaffMessagePresentation</name>
    <message>
        <source>%1  Your whisper: %2</source>
        <translation>%1  Votre message soufflé&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1  Whisper from %2: %3</source>
        <translation>%1  Soufflé par %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>État des statistiques</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>Contacts per month chart</source>
        <translation>Graphique des contacts par mois</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Contacts par canal</translation>
    </message>
    <message>
        <source>Contacts by channel chart</source>
        <translation>Graphique des contacts par canal</translation>
    </message>
    <message>
        <source>Answered, unanswered and the wait</source>
        <translation>Avec et sans réponse, et l’attente</translation>
    </message>
    <message>
        <source>Answered and unanswered per month chart</source>
        <translation>Graphique des contacts avec et sans réponse par mois</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Topics chart</source>
        <translation>Graphique des thèmes</translation>
    </message>
    <message>
        <source>Suicide risk assessed</source>
        <translation>Risque suicidaire évalué</translation>
    </message>
    <message>
        <source>Suicide risk chart</source>
        <translation>Graphique du risque suicidaire</translation>
    </message>
    <message>
        <source>First and repeat contacts</source>
        <translation>Premiers contacts et contacts répétés</translation>
    </message>
    <message>
        <source>First and repeat contacts chart</source>
        <translation>Graphique des premiers contacts et contacts répétés</translation>
    </message>
    <message>
        <source>When people reached the line</source>
        <translation>Quand les personnes ont joint la ligne</translation>
    </message>
    <message>
        <source>Statistics figures</source>
        <translation>Chiffres des statistiques</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#x202f;:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>&amp;Chosen dates</source>
        <translation>Dates &amp;choisies</translation>
    </message>
    <message>
        <source>Choose the dates instead of a year</source>
        <translation>Choisir les dates au lieu d’une année</translation>
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
        <source>&amp;From:</source>
        <translation>&amp;Du&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Actualiser les statistiques</translation>
    </message>
    <message>
        <source>Ask the server for the figures of this period (%1)</source>
        <translation>Demander au serveur les chiffres de cette période (%1)</translation>
    </message>
    <message>
        <source>Export yearly report (&amp;PDF)…</source>
        <translation>Exporter le rapport annuel (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Export the yearly report as a PDF</source>
        <translation>Exporter le rapport annuel en PDF</translation>
    </message>
    <message>
        <source>Save these figures and charts as a PDF report (%1)</source>
        <translation>Enregistrer ces chiffres et graphiques dans un rapport PDF (%1)</translation>
    </message>
    <message>
        <source>Period counted</source>
        <translation>Période comptée</translation>
    </message>
    <message>
        <source>Export wait CSV…</source>
        <translation>Exporter l’attente en CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the wait of %1 as CSV</source>
        <translation>Exporter l’attente de «&#xa0;%1&#xa0;» en CSV</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exporter «&#xa0;%1&#xa0;» en CSV</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période&#x202f;: %1</translation>
    </message>
    <message>
        <source>No figures yet: choose a period and refresh.</source>
        <translation>Pas encore de chiffres&#x202f;: choisissez une période et actualisez.</translation>
    </message>
    <message>
        <source>Statistics for %1 shown.</source>
        <translation>Statistiques affichées pour %1.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>Le dernier jour ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <source>Asking the server for the statistics…</source>
        <translation>Demande des statistiques au serveur…</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Il n’y a pas encore de chiffres à exporter.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be saved.</source>
        <translation>Le fichier CSV n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Export yearly report</source>
        <translation>Exporter le rapport annuel</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::StatusIndicators</name>
    <message>
        <source>Connected to %1</source>
        <translation>Connexion établie avec %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection lost, retrying…</source>
        <translation>Connexion perdue, nouvelle tentative…</translation>
    </message>
    <message>
        <source>Server certificate not trusted</source>
        <translation>Certificat du serveur non approuvé</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Pas de connexion</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::SupervisionPanel</name>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Clore la demande</translation>
    </message>
    <message>
        <source>Open debrief</source>
        <translation>Ouvrir le débriefing</translation>
    </message>
    <message>
        <source>Cancel the selected request</source>
        <translation>Annuler la demande sélectionnée</translation>
    </message>
    <message>
        <source>Close the selected request: the supervision is done</source>
        <translation>Clore la demande sélectionnée&#x202f;: la supervision est faite</translation>
    </message>
    <message>
        <source>Open the debrief of the selected request</source>
        <translation>Ouvrir le débriefing de la demande sélectionnée</translation>
    </message>
    <message>
        <source>Request sent: %1. A supervisor of your centre will answer.</source>
        <translation>Demande envoyée&#x202f;: %1. La supervision de votre centre va répondre.</translation>
    </message>
    <message>
        <source>Urgent request sent: the supervisors of your centre see it now.</source>
        <translation>Demande urgente envoyée&#x202f;: la supervision de votre centre la voit maintenant.</translation>
    </message>
    <message>
        <source>Request for a debrief sent. You will find it here once a supervisor accepts it.</source>
        <translation>Demande de débriefing envoyée. Vous la retrouverez ici dès que la supervision l’aura acceptée.</translation>
    </message>
    <message>
        <source>My requests for supervision</source>
        <translation>Mes demandes de supervision</translation>
    </message>
    <message>
        <source>No open request for supervision.</source>
        <translation>Aucune demande de supervision en cours.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::SupervisionQueueView</name>
    <message>
        <source>Supervision queue</source>
        <translation>File de supervision</translation>
    </message>
    <message>
        <source>Requests for supervision, urgent first</source>
        <translation>Demandes de supervision, les urgentes d’abord</translation>
    </message>
    <message>
        <source>No request for supervision right now.</source>
        <translation>Aucune demande de supervision pour le moment.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept the selected request</source>
        <translation>Accepter la demande sélectionnée</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join the conversation of the selected request to listen</source>
        <translation>Rejoindre la conversation de la demande sélectionnée pour l’écouter</translation>
    </message>
    <message>
        <source>Open debrief</source>
        <translation>Ouvrir le débriefing</translation>
    </message>
    <message>
        <source>Open the debrief of the selected request</source>
        <translation>Ouvrir le débriefing de la demande sélectionnée</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Clore la demande</translation>
    </message>
    <message>
        <source>Close the selected request: the supervision is done</source>
        <translation>Clore la demande sélectionnée&#x202f;: la supervision est faite</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::SupervisionRequestDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Ask for supervision</source>
        <translation>Demander la supervision</translation>
    </message>
    <message>
        <source>The supervisors of your centre see your request at once. In an emergency, choose “%1”.</source>
        <translation>La supervision de votre centre voit votre demande immédiatement. En cas d’urgence, choisissez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The conversation the request is about</source>
        <translation>La conversation qui fait l’objet de la demande</translation>
    </message>
    <message>
        <source>A short message for the supervisor, optional</source>
        <translation>Un court message pour la supervision, facultatif</translation>
    </message>
    <message numerus="yes">
        <source>Optional, at most %n characters</source>
        <translation>
            <numerusform>Facultatif, %n caractère au maximum</numerusform>
            <numerusform>Facultatif, %n caractères au maximum</numerusform>
        </translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand&#x202f;:</translation>
    </message>
    <message>
        <source>Abo&amp;ut:</source>
        <translation>Au &amp;sujet de&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#x202f;:</translation>
    </message>
    <message>
        <source>Send the request for supervision</source>
        <translation>Envoyer la demande de supervision</translation>
    </message>
    <message>
        <source>Close without asking</source>
        <translation>Fermer sans rien demander</translation>
    </message>
    <message>
        <source>No particular conversation</source>
        <translation>Aucune conversation en particulier</translation>
    </message>
    <message>
        <source>Not sent: the workstation is not connected to the server right now. It reconnects by itself; try again in a moment.</source>
        <translation>Non envoyée&#x202f;: le poste de travail n’est pas connecté au serveur pour l’instant. Il se reconnecte tout seul&#x202f;; réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::TeamBoard</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Team on shift</source>
        <translation>Équipe en permanence</translation>
    </message>
    <message>
        <source>Team on shift: name, role, status, conversations</source>
        <translation>Équipe en permanence&#x202f;: nom, rôle, statut, conversations</translation>
    </message>
    <message>
        <source>Refresh the team board</source>
        <translation>Actualiser le tableau de l’équipe</translation>
    </message>
    <message>
        <source>Refresh the team board (%1)</source>
        <translation>Actualiser le tableau de l’équipe (%1)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Pas encore chargé.</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Tableau de l’équipe</translation>
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
        <source>Help-seeker</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Your whisper</source>
        <translation>Votre message soufflé</translation>
    </message>
    <message>
        <source>Whisper from %1</source>
        <translation>Soufflé par %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>%1, %2, sending: %3</source>
        <translation>%1, %2, envoi en cours&#x202f;: %3</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::TranscriptView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected messages; the clipboard is cleared after a minute</source>
        <translation>Copier les messages sélectionnés&#x202f;; le presse-papiers est vidé au bout d’une minute</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::TransferDialog</name>
    <message>
        <source>Transfer the conversation with %1</source>
        <translation>Transférer la conversation avec %1</translation>
    </message>
    <message>
        <source>Co&amp;lleague:</source>
        <translation>&amp;Collègue&#x202f;:</translation>
    </message>
    <message>
        <source>Colleagues on shift</source>
        <translation>Collègues en permanence</translation>
    </message>
    <message>
        <source>&amp;Handover note (internal, never shown to the person):</source>
        <translation>&amp;Note de transmission (interne, jamais montrée à la personne)&#x202f;:</translation>
    </message>
    <message>
        <source>Internal handover note</source>
        <translation>Note de transmission interne</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>T&amp;ransférer</translation>
    </message>
    <message>
        <source>Transfer to the selected colleague</source>
        <translation>Transférer à la personne sélectionnée</translation>
    </message>
    <message>
        <source>Asking who is on shift…</source>
        <translation>Recherche des personnes en permanence…</translation>
    </message>
    <message>
        <source>Nobody else on shift can take a conversation right now.</source>
        <translation>Personne d’autre en permanence ne peut prendre de conversation pour l’instant.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::WhisperView</name>
    <message>
        <source>Whisper</source>
        <translation>Souffler</translation>
    </message>
    <message>
        <source>Internal whisper:</source>
        <translation>Message soufflé (interne)&#x202f;:</translation>
    </message>
    <message>
        <source>Internal whisper</source>
        <translation>Message soufflé (interne)</translation>
    </message>
    <message>
        <source>Only staff see whispers, never the person.</source>
        <translation>Seule l’équipe voit les messages soufflés, jamais la personne.</translation>
    </message>
    <message>
        <source>Whisper to the volunteer — only staff see this (%1 sends)</source>
        <translation>Soufflez un message à la ou au bénévole — visible uniquement par l’équipe (%1 pour envoyer)</translation>
    </message>
    <message>
        <source>Send the whisper to the volunteer; only staff see it</source>
        <translation>Envoyer le message soufflé à la ou au bénévole&#x202f;; seule l’équipe le voit</translation>
    </message>
</context>
<context>
    <name>ecoute::ui::WrapupBar</name>
    <message>
        <source>Wrap-up</source>
        <translation>Temps après-contact</translation>
    </message>
    <message>
        <source>Wrap-up time left</source>
        <translation>Temps après-contact restant</translation>
    </message>
    <message>
        <source>End wrap-up</source>
        <translation>Terminer le temps après-contact</translation>
    </message>
    <message>
        <source>End the wrap-up now and receive contacts again</source>
        <translation>Terminer le temps après-contact maintenant et recevoir à nouveau des contacts</translation>
    </message>
    <message>
        <source>+2 min</source>
        <translation>+2 min</translation>
    </message>
    <message>
        <source>Two more minutes of wrap-up</source>
        <translation>Deux minutes de plus de temps après-contact</translation>
    </message>
    <message>
        <source>Wrap-up after your contact: %1 left. No new contact is offered to you until then.</source>
        <translation>Temps après-contact&#x202f;: encore %1. Aucun nouveau contact ne vous est proposé d’ici là.</translation>
    </message>
</context>
</TS>
