<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Database</name>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>la base de données est endommagée (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Hoist (schema %1, this version knows %2)</source>
        <translation>elle a été écrite par une version plus récente de Hoist (schéma %1, cette version connaît le %2)</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2) and cannot be moved aside.</source>
        <translation>%1 est inutilisable (%2) et ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>%1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <translation>%1 n’a pas pu être utilisé car %2. Il a été conservé sous le nom %3 et un nouveau a été créé.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>La mise à niveau de %1 vers le schéma %2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1 cannot be written (journal mode %2)</source>
        <translation>%1 ne peut pas être écrit (mode de journal %2)</translation>
    </message>
    <message>
        <source>the disk is full (%1 cannot grow); free some space there</source>
        <translation>le disque est plein (%1 ne peut pas grandir) ; libérez de la place à cet endroit</translation>
    </message>
    <message>
        <source>%1 cannot be read or written</source>
        <translation>%1 ne peut être ni lu ni écrit</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 ne peut pas être utilisé : %2.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Documents de l’entreprise</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Plans</translation>
    </message>
</context>
<context>
    <name>DrawingBatch</name>
    <message>
        <source>Processing drawing: waiting in Procore&apos;s queue…</source>
        <translation>Traitement du plan : en attente dans la file de Procore…</translation>
    </message>
    <message>
        <source>Processing drawing…</source>
        <translation>Traitement du plan…</translation>
    </message>
    <message>
        <source>Drawing processed</source>
        <translation>Plan traité</translation>
    </message>
    <message>
        <source>Drawing processing failed</source>
        <translation>Échec du traitement du plan</translation>
    </message>
    <message>
        <source>Processing drawing (%1)…</source>
        <translation>Traitement du plan (%1)…</translation>
    </message>
    <message>
        <source>Processing drawing: Procore&apos;s staff are finishing it by hand; this can take hours…</source>
        <translation>Traitement du plan : l&apos;équipe de Procore le termine à la main ; cela peut prendre des heures…</translation>
    </message>
    <message>
        <source>Uploaded; Procore is still processing it. See the project&apos;s Drawings tool in Procore (Drawings › Uploads) for its progress.</source>
        <translation>Envoyé ; Procore le traite encore. Suivez sa progression dans l&apos;outil Plans du projet dans Procore (Plans › Téléversements).</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Procore</source>
        <translation>Procore</translation>
    </message>
    <message>
        <source>Procore developer sandbox</source>
        <translation>Sandbox développeur Procore</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Sandbox mensuel Procore</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Sandbox intégré</translation>
    </message>
</context>
<context>
    <name>ExtraCertificates</name>
    <message>
        <source>The certificate authority file %1 does not exist.</source>
        <translation>Le fichier d’autorité de certification %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER) to trust.</source>
        <translation>%1 ne contient aucun certificat (PEM ou DER) auquel faire confiance.</translation>
    </message>
</context>
<context>
    <name>FileScanner</name>
    <message>
        <source>Broken symbolic link; skipped.</source>
        <translation>Lien symbolique cassé ; ignoré.</translation>
    </message>
    <message>
        <source>Does not exist; skipped.</source>
        <translation>N’existe pas ; ignoré.</translation>
    </message>
    <message>
        <source>Symbolic link to a folder; not followed, add the folder itself to upload it.</source>
        <translation>Lien symbolique vers un dossier ; non suivi. Ajoutez le dossier lui-même pour l’envoyer.</translation>
    </message>
    <message>
        <source>The folder cannot be read (permission denied); skipped.</source>
        <translation>Le dossier est illisible (permission refusée) ; ignoré.</translation>
    </message>
    <message>
        <source>Not a regular file (a pipe, socket or device); skipped.</source>
        <translation>Pas un fichier ordinaire (tube, socket ou périphérique) ; ignoré.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied); skipped.</source>
        <translation>Le fichier est illisible (permission refusée) ; ignoré.</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>the upload history could not be written: %1</source>
        <translation>l’historique des envois n’a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Already in Procore with the same name and size.</source>
        <translation>Déjà dans Procore avec le même nom et la même taille.</translation>
    </message>
    <message>
        <source>A hidden or system file; usually not meant for Procore.</source>
        <translation>Un fichier caché ou système ; en général pas destiné à Procore.</translation>
    </message>
    <message>
        <source>Procore removes every character of this name; rename the file first.</source>
        <translation>Procore supprime tous les caractères de ce nom ; renommez d’abord le fichier.</translation>
    </message>
    <message>
        <source>Procore will store it as “%1”.</source>
        <translation>Procore l’enregistrera sous « %1 ».</translation>
    </message>
    <message>
        <source>This company blocks .%1 files (strict file uploads); Procore will refuse it.</source>
        <translation>Cette entreprise bloque les fichiers .%1 (envois de fichiers stricts) ; Procore le refusera.</translation>
    </message>
    <message>
        <source>Companies with strict file uploads refuse .%1 files.</source>
        <translation>Les entreprises aux envois de fichiers stricts refusent les fichiers .%1.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <source>Larger than one upload can carry; it goes up in segments.</source>
        <translation>Plus volumineux qu’un seul envoi ne le permet ; il est envoyé en plusieurs parties.</translation>
    </message>
    <message>
        <source>Not an image (%1); Photos take only images such as JPEG or PNG. Upload it to Documents instead.</source>
        <translation>Pas une image (%1) ; Photos n’accepte que des images comme JPEG ou PNG. Envoyez-le plutôt dans Documents.</translation>
    </message>
    <message>
        <source>Not a PDF; Procore makes drawings from PDF files only.</source>
        <translation>Pas un PDF ; Procore ne crée des plans qu’à partir de fichiers PDF.</translation>
    </message>
    <message>
        <source>Changed: here %1, modified %2; in Procore %3, from %4.</source>
        <translation>Modifié : ici %1, modifié le %2 ; dans Procore %3, du %4.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Named as a PDF, but there is no PDF inside (%1); Procore could not make a drawing of it. Export or copy it again.</source>
        <translation>Nommé comme un PDF, mais sans PDF à l&apos;intérieur (%1) ; Procore ne pourrait pas en faire un plan. Exportez-le ou copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>The PDF has no end marker, so it may be incomplete (still being copied or saved?). Check that it opens.</source>
        <translation>Le PDF n&apos;a pas de marque de fin, il est donc peut-être incomplet (encore en cours de copie ou d&apos;enregistrement ?). Vérifiez qu&apos;il s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Sheet %1, revision %2, is already in this drawing area.</source>
        <translation>La feuille %1, révision %2, est déjà dans cette zone de plans.</translation>
    </message>
    <message>
        <source>Already in this album with the same name (Procore does not give its size).</source>
        <translation>Déjà dans cet album avec le même nom (Procore n&apos;indique pas sa taille).</translation>
    </message>
    <message>
        <source>An image of this name is in the album with another size (%1 there, %2 here): it goes up as another image.</source>
        <translation>Une image de ce nom est dans l&apos;album avec une autre taille (%1 là-bas, %2 ici) : elle est envoyée comme une autre image.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>under a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcoreClient</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1</source>
        <translation>La réponse du serveur n’est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; Hoist does not read it.</source>
        <translation>La réponse du serveur dépasse %1 Mio ; Hoist ne la lit pas.</translation>
    </message>
    <message>
        <source>Check the server address (Settings › Environment, or --api-base) and that it is Procore&apos;s.</source>
        <translation>Vérifiez l’adresse du serveur (Paramètres › Environnement, ou --api-base) et qu’il s’agit bien de celle de Procore.</translation>
    </message>
</context>
<context>
    <name>ProcoreError</name>
    <message>
        <source>Check the file on disk, then retry.</source>
        <translation>Vérifiez le fichier sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation>Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Sign in again, then retry.</source>
        <translation>Reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <source>Choose &quot;keep both&quot; or &quot;new version&quot;, or rename the file, then retry.</source>
        <translation>Choisissez « conserver les deux » ou « nouvelle version », ou renommez le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>Retry; if it fails again, report this message to the Hoist developers.</source>
        <translation>Réessayez ; en cas de nouvel échec, signalez ce message aux développeurs de Hoist.</translation>
    </message>
    <message>
        <source>Procore&apos;s rate limit was reached; retry in a few minutes.</source>
        <translation>La limite de requêtes de Procore est atteinte ; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1); Hoist does not follow it with your sign-in.</source>
        <translation>Le serveur a renvoyé la requête vers une autre adresse (%1) ; Hoist ne la suit pas avec votre connexion.</translation>
    </message>
    <message>
        <source>Check the server address (Settings › Environment, or --api-base); use the address the server redirects to only if you trust it.</source>
        <translation>Vérifiez l’adresse du serveur (Paramètres › Environnement, ou --api-base) ; n’utilisez l’adresse vers laquelle le serveur redirige que si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>You do not have permission for this in Procore: ask a Procore admin for access to this project or folder, or choose another folder.</source>
        <translation>Vous n’avez pas l’autorisation pour cela dans Procore : demandez à un administrateur Procore l’accès à ce projet ou dossier, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>You cannot see this project or folder, or it was deleted: ask a Procore admin to add you to it, or choose another destination.</source>
        <translation>Vous ne pouvez pas voir ce projet ou ce dossier, ou il a été supprimé : demandez à un administrateur Procore de vous y ajouter, ou choisissez une autre destination.</translation>
    </message>
    <message>
        <source>Hoist tried again a few times. Wait a few minutes, then retry the file.</source>
        <translation>Hoist a déjà réessayé plusieurs fois. Attendez quelques minutes, puis réessayez le fichier.</translation>
    </message>
    <message>
        <source>Procore had a problem on its side.</source>
        <translation>Procore a rencontré un problème de son côté.</translation>
    </message>
    <message>
        <source>Nothing was sent: the proxy refused to connect to this server, or is not running. Ask whoever runs your network to allow Procore (api.procore.com and its storage), or check the proxy settings.</source>
        <translation>Rien n’a été envoyé : le proxy a refusé la connexion à ce serveur, ou ne fonctionne pas. Demandez à qui gère votre réseau d’autoriser Procore (api.procore.com et son stockage), ou vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s certificate is not trusted here or is not for this address. If your organization inspects HTTPS with its own certificate authority, give its certificate file to Hoist (--ca-file or HOIST_CA_FILE); otherwise check the server address and the network.</source>
        <translation>Rien n’a été envoyé : le certificat du serveur n’est pas approuvé ici ou n’est pas pour cette adresse. Si votre organisation inspecte le HTTPS avec sa propre autorité de certification, donnez à Hoist le fichier de son certificat (--ca-file ou HOIST_CA_FILE) ; sinon, vérifiez l’adresse du serveur et le réseau.</translation>
    </message>
    <message>
        <source>Nothing was sent: the proxy did not accept the user name and password. Check them (Settings › Network proxy, or the user:password in https_proxy), then retry.</source>
        <translation>Rien n’a été envoyé : le proxy n’a pas accepté le nom d’utilisateur et le mot de passe. Vérifiez-les (Paramètres › Proxy réseau, ou utilisateur:mot de passe dans https_proxy), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>RatePacer</name>
    <message>
        <source>Procore&apos;s rate limit: going on at %1</source>
        <translation>Limite de requêtes de Procore : reprise à %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <source>Drawings to %1. Drawing date: %2. Received: %3. Default revision: %4.</source>
        <translation>Plans vers %1. Date du plan : %2. Reçu : %3. Révision par défaut : %4.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non indiqué</translation>
    </message>
</context>
<context>
    <name>StoragePost</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>TransferJournal</name>
    <message>
        <source>The transfer journal %1 is in use by another Hoist (%2, process %3).</source>
        <translation>Le journal des transferts %1 est utilisé par un autre Hoist (%2, processus %3).</translation>
    </message>
    <message>
        <source>The transfer journal %1 cannot be locked: the disk is full; free some space there.</source>
        <translation>Le journal des transferts %1 ne peut pas être verrouillé : le disque est plein ; libérez de la place à cet endroit.</translation>
    </message>
    <message>
        <source>The transfer journal %1 cannot be locked: its folder cannot be written.</source>
        <translation>Le journal des transferts %1 ne peut pas être verrouillé : son dossier n’est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>TransferState</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Adding to Documents</source>
        <translation>Ajout aux Documents</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Name already taken</source>
        <translation>Nom déjà pris</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
</context>
<context>
    <name>UploadController</name>
    <message>
        <source>the transfer journal could not be written: %1</source>
        <translation>le journal des transferts n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>the transfer journal could not be opened: %1</source>
        <translation>le journal des transferts n’a pas pu être ouvert : %1</translation>
    </message>
</context>
<context>
    <name>UploadReceipt</name>
    <message>
        <source>Upload receipt</source>
        <translation>Reçu de téléversement</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded to Procore. Made %1.</source>
        <translation>
            <numerusform>%n fichier téléversé dans Procore. Établi le %1.</numerusform>
            <numerusform>%n fichiers téléversés dans Procore. Établi le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>In Procore</source>
        <translation>Dans Procore</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Téléversé par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The server named an unencrypted storage address (http:) for a secure server; Hoist sends files only over https.</source>
        <translation>Le serveur a indiqué une adresse de stockage non chiffrée (http:) pour un serveur sécurisé ; Hoist n’envoie les fichiers qu’en https.</translation>
    </message>
    <message>
        <source>The server named a storage address Hoist does not send files to (scheme %1); only https addresses are used.</source>
        <translation>Le serveur a indiqué une adresse de stockage vers laquelle Hoist n’envoie pas de fichiers (schéma %1) ; seules les adresses https sont utilisées.</translation>
    </message>
    <message>
        <source>The server does not answer as Procore does: check the server address (Settings › Environment, or --api-base) and that it is Procore&apos;s.</source>
        <translation>Le serveur ne répond pas comme Procore : vérifiez l’adresse du serveur (Paramètres › Environnement, ou --api-base) et qu’il s’agit bien de celle de Procore.</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Left out: Photos take only images.</source>
        <translation>Écarté : Photos n’accepte que des images.</translation>
    </message>
    <message>
        <source>Left out: Drawings take only PDFs.</source>
        <translation>Écarté : Plans n’accepte que des PDF.</translation>
    </message>
</context>
<context>
    <name>hoist::Associator</name>
    <message>
        <source>Added by an earlier attempt</source>
        <translation>Ajouté par une tentative précédente</translation>
    </message>
    <message>
        <source>Checking whether Procore already has the file…</source>
        <translation>Vérification : Procore a-t-il déjà le fichier…</translation>
    </message>
    <message>
        <source>Procore did not answer (%1); not there, so sending again in %2 s.</source>
        <translation>Procore n’a pas répondu (%1) ; le fichier n’y est pas, nouvel envoi dans %2 s.</translation>
    </message>
</context>
<context>
    <name>hoist::DrawingBatch</name>
    <message>
        <source>Sending the drawing batch to Procore…</source>
        <translation>Envoi du lot de plans à Procore…</translation>
    </message>
    <message>
        <source>Procore refused the drawing upload: %1</source>
        <translation>Procore a refusé l’envoi des plans : %1</translation>
    </message>
    <message>
        <source>Could not read the drawing upload&apos;s status: %1</source>
        <translation>Impossible de lire l’état de l’envoi des plans : %1</translation>
    </message>
    <message>
        <source>Procore could not process the drawing.</source>
        <translation>Procore n’a pas pu traiter le plan.</translation>
    </message>
    <message>
        <source>Procore could not process the drawing: %1</source>
        <translation>Procore n’a pas pu traiter le plan : %1</translation>
    </message>
    <message>
        <source>Check that the file is a readable PDF, then retry.</source>
        <translation>Vérifiez que le fichier est un PDF lisible, puis réessayez.</translation>
    </message>
    <message>
        <source>Checking the drawing upload&apos;s status…</source>
        <translation>Vérification de l&apos;état du téléversement de plans…</translation>
    </message>
    <message>
        <source>Procore has the drawings (drawing upload %1); Retry checks its status again without sending them again.</source>
        <translation>Procore a les plans (téléversement de plans %1) ; Réessayer revérifie son état sans les renvoyer.</translation>
    </message>
    <message>
        <source>Could not read the drawing&apos;s status (%1); asking Procore again in %2 s.</source>
        <translation>Impossible de lire l&apos;état du plan (%1) ; nouvelle demande à Procore dans %2 s.</translation>
    </message>
    <message>
        <source>Sent again without %1, which Procore could not process.</source>
        <translation>Renvoyé sans %1, que Procore n’a pas pu traiter.</translation>
    </message>
</context>
<context>
    <name>hoist::FileAssociator</name>
    <message>
        <source>No destination folder.</source>
        <translation>Aucun dossier de destination.</translation>
    </message>
</context>
<context>
    <name>hoist::FileRangeDevice</name>
    <message>
        <source>The file is shorter than when it was planned (it changed).</source>
        <translation>Le fichier est plus court que lors de la planification (il a changé).</translation>
    </message>
</context>
<context>
    <name>hoist::HistoryModel</name>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Failed, sent again later</source>
        <translation>Échec, renvoyé plus tard</translation>
    </message>
</context>
<context>
    <name>hoist::LoopbackReplyHandler</name>
    <message>
        <source>The redirect URI %1 does not point to this computer, so Hoist cannot receive the answer itself; paste the code instead.</source>
        <translation>L’URI de redirection %1 ne pointe pas vers cet ordinateur ; Hoist ne peut donc pas recevoir la réponse lui-même. Collez plutôt le code.</translation>
    </message>
    <message>
        <source>Hoist cannot listen on %1 port %2 for the browser&apos;s answer (%3). Close the program using that port, or register another redirect URI.</source>
        <translation>Hoist ne peut pas écouter sur %1, port %2, la réponse du navigateur (%3). Fermez le programme qui utilise ce port ou enregistrez une autre URI de redirection.</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>This address only receives Procore&apos;s answer.</source>
        <translation>Cette adresse reçoit uniquement la réponse de Procore.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>Procore did not grant access. You can close this page and return to Hoist.</source>
        <translation>Procore n’a pas accordé l’accès. Vous pouvez fermer cette page et revenir à Hoist.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Hoist received Procore&apos;s answer. You can close this page.</source>
        <translation>Hoist a reçu la réponse de Procore. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <source>The answer from the browser carried no state, so Hoist cannot tell that it belongs to this sign-in; it was refused.</source>
        <translation>La réponse du navigateur ne contenait aucun état ; Hoist ne peut pas savoir si elle correspond à cette connexion. Elle a été refusée.</translation>
    </message>
    <message>
        <source>The answer from the browser belongs to another sign-in attempt (its state does not match); it was refused.</source>
        <translation>La réponse du navigateur appartient à une autre tentative de connexion (son état ne correspond pas) ; elle a été refusée.</translation>
    </message>
    <message>
        <source>No sign-in is waiting for an answer.</source>
        <translation>Aucune connexion n’attend de réponse.</translation>
    </message>
</context>
<context>
    <name>hoist::OAuthSession</name>
    <message>
        <source>no answer from the server</source>
        <translation>pas de réponse du serveur</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>Access was not granted in the browser.</source>
        <translation>L’accès n’a pas été accordé dans le navigateur.</translation>
    </message>
    <message>
        <source>Procore refused the sign-in: %1</source>
        <translation>Procore a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The client id and secret could not be saved in the keychain: %1</source>
        <translation>L’identifiant et le secret client n’ont pas pu être enregistrés dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Signed in, but Procore did not say who you are (%1).</source>
        <translation>Connecté, mais Procore n’a pas indiqué qui vous êtes (%1).</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the keychain (%1); it lasts until Hoist quits.</source>
        <translation>Votre connexion n’a pas pu être enregistrée dans le trousseau (%1) ; elle reste valable jusqu’à la fermeture de Hoist.</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation>Vous n’êtes pas connecté à %1. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it lasts until Hoist quits.</source>
        <translation>La connexion renouvelée n’a pas pu être enregistrée dans le trousseau (%1) ; elle reste valable jusqu’à la fermeture de Hoist.</translation>
    </message>
    <message>
        <source>Procore&apos;s sign-in service did not answer (%1). Hoist tries again shortly.</source>
        <translation>Le service de connexion de Procore n’a pas répondu (%1). Hoist réessaie sous peu.</translation>
    </message>
    <message>
        <source>Procore no longer accepts Hoist&apos;s sign-in (%1). Sign in again; waiting uploads continue afterwards.</source>
        <translation>Procore n’accepte plus la connexion de Hoist (%1). Reconnectez-vous ; les envois en attente reprendront ensuite.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Hoist could not delete its entries from the keychain: %1</source>
        <translation>Hoist n’a pas pu supprimer ses entrées du trousseau : %1</translation>
    </message>
    <message>
        <source>Procore could not be told to revoke the sign-in (%1); it is deleted from this computer anyway.</source>
        <translation>Procore n’a pas pu être invité à révoquer la connexion (%1) ; elle est tout de même supprimée de cet ordinateur.</translation>
    </message>
    <message>
        <source>Procore did not say who is signed in (%1).</source>
        <translation>Procore n’a pas indiqué qui est connecté (%1).</translation>
    </message>
    <message>
        <source>Procore did not accept this application without a client secret. Ask whoever set up Hoist to configure its secret, or enter your own application under Advanced.</source>
        <translation>Procore n’a pas accepté cette application sans secret client. Demandez à la personne qui a installé Hoist de configurer son secret, ou saisissez votre propre application sous Avancé.</translation>
    </message>
    <message>
        <source>Enter the client id and redirect URI of your Procore application first.</source>
        <translation>Saisissez d’abord l’ID client et l’URI de redirection de votre application Procore.</translation>
    </message>
</context>
<context>
    <name>hoist::PacedDevice</name>
    <message>
        <source>The file ended before all of it was sent.</source>
        <translation>Le fichier s’est terminé avant d’avoir été entièrement envoyé.</translation>
    </message>
</context>
<context>
    <name>hoist::PartsTransfer</name>
    <message numerus="yes">
        <source>Uploading in %n part(s)</source>
        <translation>
            <numerusform>Envoi en %n partie</numerusform>
            <numerusform>Envoi en %n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on with the parts the last run did not send</source>
        <translation>Reprise des parties que la dernière exécution n’a pas envoyées</translation>
    </message>
    <message>
        <source>Checking the file&apos;s parts…</source>
        <translation>Vérification des parties du fichier…</translation>
    </message>
    <message>
        <source>The segmented upload failed: %1</source>
        <translation>L’envoi en plusieurs parties a échoué : %1</translation>
    </message>
    <message>
        <source>Preparing… %1 %</source>
        <translation>Préparation… %1 %</translation>
    </message>
</context>
<context>
    <name>hoist::PhotoAssociator</name>
    <message>
        <source>%1 (in the other documented form: %2)</source>
        <translation>%1 (sous l’autre forme documentée : %2)</translation>
    </message>
    <message>
        <source>Procore refused the photo (%1); sending it in the other documented form.</source>
        <translation>Procore a refusé la photo (%1) ; elle est envoyée sous l’autre forme documentée.</translation>
    </message>
</context>
<context>
    <name>hoist::SegmentPlan</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Reading %1 stopped early: %2</source>
        <translation>La lecture de %1 s’est arrêtée prématurément : %2</translation>
    </message>
</context>
<context>
    <name>hoist::SegmentedUpload</name>
    <message>
        <source>Procore answered the segmented upload without part URLs.</source>
        <translation>Procore a répondu à l’envoi en plusieurs parties sans URL pour les parties.</translation>
    </message>
    <message>
        <source>Cannot read part %1 of %2: %3</source>
        <translation>Impossible de lire la partie %1 de %2 : %3</translation>
    </message>
</context>
<context>
    <name>hoist::SinglePostTransfer</name>
    <message>
        <source>Procore&apos;s create-upload answer has no storage URL.</source>
        <translation>La réponse create-upload de Procore ne contient pas d’URL de stockage.</translation>
    </message>
    <message>
        <source>Ready; waiting for a free transfer slot</source>
        <translation>Prêt ; en attente d’un emplacement de transfert libre</translation>
    </message>
</context>
<context>
    <name>hoist::StaticTokenProvider</name>
    <message>
        <source>The access token was refused and cannot be renewed.</source>
        <translation>Le jeton d’accès a été refusé et ne peut pas être renouvelé.</translation>
    </message>
</context>
<context>
    <name>hoist::TokenStore</name>
    <message>
        <source>Access to the system keychain was denied (%1). Hoist keeps your sign-in in memory until it quits; you will have to sign in again next time.</source>
        <translation>L’accès au trousseau du système a été refusé (%1). Hoist garde votre connexion en mémoire jusqu’à sa fermeture ; vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Hoist keeps your sign-in in memory until it quits; you will have to sign in again next time.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). Hoist garde votre connexion en mémoire jusqu’à sa fermeture ; vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>hoist::TransferModel</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>Finishing in Procore…</source>
        <translation>Finalisation dans Procore…</translation>
    </message>
    <message>
        <source>Stopped after upload</source>
        <translation>Arrêté après l’envoi</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Arrêté à %1</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Sent; waiting for storage to confirm…</source>
        <translation>Envoyé ; en attente de la confirmation du stockage…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
</context>
<context>
    <name>hoist::UploadController</name>
    <message>
        <source>Other files went into the same folder, so this is not a permission of the folder: check this file&apos;s name, type and size, then retry it.</source>
        <translation>D’autres fichiers sont arrivés dans le même dossier ; ce n’est donc pas une question de droits sur le dossier : vérifiez le nom, le type et la taille de ce fichier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>hoist::UploadJob</name>
    <message>
        <source>A file of that name is already there.</source>
        <translation>Un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>The file no longer exists: %1</source>
        <translation>Le fichier n’existe plus : %1</translation>
    </message>
    <message>
        <source>Put the file back and retry, or remove it from the queue.</source>
        <translation>Remettez le fichier en place et réessayez, ou retirez-le de la file.</translation>
    </message>
    <message>
        <source>Not a regular file (a folder, pipe or device): %1</source>
        <translation>Pas un fichier ordinaire (dossier, tube ou périphérique) : %1</translation>
    </message>
    <message>
        <source>Remove it from the queue; only files can be uploaded.</source>
        <translation>Retirez-le de la file ; seuls des fichiers peuvent être envoyés.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied): %1</source>
        <translation>Le fichier est illisible (permission refusée) : %1</translation>
    </message>
    <message>
        <source>Allow your user to read the file, then retry.</source>
        <translation>Autorisez votre utilisateur à lire le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>No destination folder.</source>
        <translation>Aucun dossier de destination.</translation>
    </message>
    <message>
        <source>Could not open or create the folder %1: %2</source>
        <translation>Impossible d’ouvrir ou de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>The file disappeared while it was uploading: %1</source>
        <translation>Le fichier a disparu pendant l’envoi : %1</translation>
    </message>
    <message>
        <source>The file changed while it was uploading; uploading it again.</source>
        <translation>Le fichier a changé pendant l’envoi ; il est renvoyé.</translation>
    </message>
    <message>
        <source>The upload permission expired; asking Procore for a new one.</source>
        <translation>L’autorisation d’envoi a expiré ; une nouvelle est demandée à Procore.</translation>
    </message>
    <message>
        <source>Storage error (%1); trying again in %2 s.</source>
        <translation>Erreur de stockage (%1) ; nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <source>Storage refused the file: %1</source>
        <translation>Le stockage a refusé le fichier : %1</translation>
    </message>
    <message>
        <source>Gave up after %1 new attempts: %2</source>
        <translation>Abandon après %1 nouvelles tentatives : %2</translation>
    </message>
    <message>
        <source>Make sure nothing is writing to the file, then retry.</source>
        <translation>Assurez-vous que rien n’écrit dans le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Checking what the last run finished…</source>
        <translation>Vérification de ce que la dernière exécution a terminé…</translation>
    </message>
    <message>
        <source>Could not check whether the last run finished this file: %1</source>
        <translation>Impossible de vérifier si la dernière exécution a terminé ce fichier : %1</translation>
    </message>
    <message>
        <source>The last run&apos;s upload can no longer be continued; uploading the file again.</source>
        <translation>L’envoi de la dernière exécution ne peut plus être poursuivi ; le fichier est renvoyé.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Not an image, and Photos take only images: %1</source>
        <translation>Pas une image, et Photos n’accepte que des images : %1</translation>
    </message>
    <message>
        <source>Upload it to Documents instead, or remove it from the queue.</source>
        <translation>Envoyez-le plutôt dans Documents, ou retirez-le de la file.</translation>
    </message>
    <message>
        <source>Stored; waiting for the rest of the drawing batch…</source>
        <translation>Stocké ; en attente du reste du lot de plans…</translation>
    </message>
    <message>
        <source>Procore did not add the photo: %1</source>
        <translation>Procore n’a pas ajouté la photo : %1</translation>
    </message>
    <message>
        <source>Stopped: the transfer journal could not be written.</source>
        <translation>Arrêté : le journal des transferts n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Procore&apos;s file storage refused the file.</source>
        <translation>Le stockage de fichiers de Procore a refusé le fichier.</translation>
    </message>
</context>
<context>
    <name>hoist::WatchService</name>
    <message>
        <source>Gone from the folder; it stays in Procore (deletions and renames are never sent).</source>
        <translation>Disparu du dossier ; il reste dans Procore (les suppressions et les renommages ne sont jamais envoyés).</translation>
    </message>
    <message>
        <source>The folder %1 is not there (or cannot be read); watching for it to come back.</source>
        <translation>Le dossier %1 est absent (ou illisible) ; Hoist attend qu’il revienne.</translation>
    </message>
    <message>
        <source>Waiting until the file is complete.</source>
        <translation>En attente que le fichier soit complet.</translation>
    </message>
    <message>
        <source>The file is empty; Procore refuses empty files, so it waits until it has content.</source>
        <translation>Le fichier est vide ; Procore refuse les fichiers vides, il attend donc d’avoir un contenu.</translation>
    </message>
    <message>
        <source>Still open for writing in another program; it goes up once that program closes it.</source>
        <translation>Encore ouvert en écriture dans un autre programme ; il sera envoyé dès que ce programme le fermera.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1. It is tried again later.</source>
        <translation>Impossible de lire le fichier : %1. Nouvel essai plus tard.</translation>
    </message>
    <message>
        <source>Already uploaded with the same content.</source>
        <translation>Déjà envoyé avec le même contenu.</translation>
    </message>
    <message>
        <source>Queued for %1.</source>
        <translation>En file d’attente pour %1.</translation>
    </message>
    <message>
        <source>Uploading.</source>
        <translation>Envoi en cours.</translation>
    </message>
    <message>
        <source>Uploaded.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>Skipped: a file of that name is already there.</source>
        <translation>Ignoré : un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be read.</source>
        <translation>%1 n’est pas un dossier lisible.</translation>
    </message>
    <message>
        <source>The watch could not be saved.</source>
        <translation>La surveillance n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>the watch folders&apos; records could not be written: %1</source>
        <translation>les enregistrements des dossiers surveillés n’ont pas pu être écrits : %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::CatalogPicker</name>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
</context>
<context>
    <name>hoist::ui::ConflictPrompter</name>
    <message>
        <source>File Already There</source>
        <translation>Fichier déjà présent</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.</source>
        <translation>« %1 » existe déjà dans %2.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Upload it as a new version of the existing file, keep both (Procore renames the new one), or skip it?</source>
        <translation>L’envoyer comme nouvelle version du fichier existant, conserver les deux (Procore renomme le nouveau) ou l’ignorer ?</translation>
    </message>
    <message>
        <source>New &amp;Version</source>
        <translation>Nouvelle &amp;version</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Conserver les &amp;deux</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Do the same for the other files of this upload</source>
        <translation>Faire de même pour les autres fichiers de cet envoi</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Notes for the new version of “%1” (optional):</source>
        <translation>Notes pour la nouvelle version de « %1 » (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Upload Version</source>
        <translation>&amp;Envoyer la version</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DesktopIntegration</name>
    <message>
        <source>Hoist is still uploading</source>
        <translation>Hoist envoie encore des fichiers</translation>
    </message>
    <message>
        <source>The uploads go on in the background. Click Hoist&apos;s icon in the system tray to show the window again, or choose Quit there.</source>
        <translation>Les envois continuent en arrière-plan. Cliquez sur l’icône de Hoist dans la zone de notification pour réafficher la fenêtre, ou choisissez Quitter à cet endroit.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DestinationBar</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Loading companies…</source>
        <translation>Chargement des entreprises…</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Entrep&amp;rise :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>No companies</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <source>The companies could not be loaded: %1</source>
        <translation>Les entreprises n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>This account has access to no Procore company. Ask your Procore administrator to add you to one.</source>
        <translation>Ce compte n’a accès à aucune entreprise Procore. Demandez à votre administrateur Procore de vous ajouter à une entreprise.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>%1 › %2 › %3</source>
        <translation>%1 › %2 › %3</translation>
    </message>
    <message>
        <source>Destination type</source>
        <translation>Type de destination</translation>
    </message>
    <message>
        <source>Which Procore tool the files go to</source>
        <translation>L’outil Procore qui reçoit les fichiers</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Documents de l’entreprise</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Company Documents › %1</source>
        <translation>Documents de l’entreprise › %1</translation>
    </message>
    <message>
        <source>%1 › %2 › Photos › %3</source>
        <translation>%1 › %2 › Photos › %3</translation>
    </message>
    <message>
        <source>%1 › %2 › Drawings › %3</source>
        <translation>%1 › %2 › Plans › %3</translation>
    </message>
    <message>
        <source>Up&amp;load to:</source>
        <translation>Envoyer &amp;vers :</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DiagnosticsGroup</name>
    <message>
        <source>Log and history</source>
        <translation>Journal et historique</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed (for support)</source>
        <translation>Détaillé (pour l’assistance)</translation>
    </message>
    <message>
        <source>How much the log says</source>
        <translation>Niveau de détail du journal</translation>
    </message>
    <message>
        <source>Normal: what was done, every call that creates something in Procore and every failure. Detailed: every request and step too. Never a password or token.</source>
        <translation>Normal : ce qui a été fait, chaque appel qui crée quelque chose dans Procore et chaque échec. Détaillé : aussi chaque requête et chaque étape. Jamais un mot de passe ni un jeton.</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>&amp;Détail du journal :</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier du journal :</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep upload history for this many days, 0 for ever</source>
        <translation>Conserver l’historique des envois pendant ce nombre de jours, 0 pour toujours</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Conser&amp;ver l’historique pendant :</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> uploads</source>
        <translation> envois</translation>
    </message>
    <message>
        <source>Keep at most this many uploads in the history, 0 for no limit</source>
        <translation>Conserver au plus ce nombre d’envois dans l’historique, 0 pour sans limite</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>Conserver au &amp;maximum :</translation>
    </message>
    <message>
        <source>Forget every upload in the history (nothing changes in Procore)</source>
        <translation>Oublier tous les envois de l’historique (rien ne change dans Procore)</translation>
    </message>
    <message>
        <source>History size:</source>
        <translation>Taille de l’historique :</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 sur le disque</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Vider l’historique</translation>
    </message>
    <message>
        <source>Forget every upload in the history? Nothing is removed from Procore; Transfers › History starts empty.</source>
        <translation>Oublier tous les envois de l’historique ? Rien n’est supprimé de Procore ; Transferts › Historique repart vide.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1. Close Hoist&apos;s History window and try again.</source>
        <translation>L’historique n’a pas pu être vidé : %1. Fermez la fenêtre Historique de Hoist et réessayez.</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>le fichier est occupé</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>V&amp;ider l’historique…</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DrawingPage</name>
    <message>
        <source>PDF drawings only. The files of one upload go to Procore as one drawing upload; each row shows its processing until Procore has finished.</source>
        <translation>Plans PDF uniquement. Les fichiers d’un envoi partent vers Procore en un seul envoi de plans ; chaque ligne montre le traitement jusqu’à ce que Procore ait fini.</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Zo&amp;ne :</translation>
    </message>
    <message>
        <source>Drawing &amp;set:</source>
        <translation>&amp;Jeu de plans :</translation>
    </message>
    <message>
        <source>Drawing da&amp;te:</source>
        <translation>Da&amp;te du plan :</translation>
    </message>
    <message>
        <source>Default revisi&amp;on:</source>
        <translation>Révisi&amp;on par défaut :</translation>
    </message>
    <message>
        <source>Drawing area</source>
        <translation>Zone de plans</translation>
    </message>
    <message>
        <source>New set…</source>
        <translation>Nouveau jeu…</translation>
    </message>
    <message>
        <source>Loading drawing sets…</source>
        <translation>Chargement des jeux de plans…</translation>
    </message>
    <message>
        <source>The drawing sets could not be loaded: %1</source>
        <translation>Les jeux de plans n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>New Drawing Set</source>
        <translation>Nouveau jeu de plans</translation>
    </message>
    <message>
        <source>Name of the new drawing set:</source>
        <translation>Nom du nouveau jeu de plans :</translation>
    </message>
    <message>
        <source>Creating the drawing set “%1”…</source>
        <translation>Création du jeu de plans « %1 »…</translation>
    </message>
    <message>
        <source>The drawing set “%1” could not be created: %2</source>
        <translation>Le jeu de plans « %1 » n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Jeu de plans</translation>
    </message>
    <message>
        <source>Drawing date</source>
        <translation>Date du plan</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Re&amp;çu :</translation>
    </message>
    <message>
        <source>Set a received date</source>
        <translation>Indiquer une date de réception</translation>
    </message>
    <message>
        <source>Received date</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>Default revision</source>
        <translation>Révision par défaut</translation>
    </message>
    <message>
        <source>The drawing areas could not be loaded: %1</source>
        <translation>Les zones de plans n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DropArea</name>
    <message>
        <source>Drop area</source>
        <translation>Zone de dépôt</translation>
    </message>
    <message>
        <source>Drop files and folders here to add them to the upload</source>
        <translation>Déposez ici des fichiers et des dossiers pour les ajouter à l’envoi</translation>
    </message>
    <message>
        <source>Drop here</source>
        <translation>Déposez ici</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Arrêter l’analyse</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FailureBar</name>
    <message>
        <source>Failed uploads</source>
        <translation>Envois en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be uploaded.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être envoyé.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Show Failed</source>
        <translation>&amp;Afficher les échecs</translation>
    </message>
    <message>
        <source>List only the failed files, selected</source>
        <translation>N’afficher que les fichiers en échec, sélectionnés</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FolderPage</name>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Folders of the Documents tool, the project&apos;s or the company&apos;s. Read-only folders cannot be chosen.</source>
        <translation>Dossiers de l’outil Documents, du projet ou de l’entreprise. Les dossiers en lecture seule ne peuvent pas être choisis.</translation>
    </message>
    <message>
        <source>Upload a &amp;New Version…</source>
        <translation>Envoyer une &amp;nouvelle version…</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Create a folder inside the chosen folder</source>
        <translation>Créer un dossier dans le dossier choisi</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Documents de l’entreprise</translation>
    </message>
    <message>
        <source>Drop a file onto “%1” (or press Ctrl+Shift+N) to upload it as a new version.</source>
        <translation>Déposez un fichier sur « %1 » (ou appuyez sur Ctrl+Maj+N) pour l’envoyer comme nouvelle version.</translation>
    </message>
    <message>
        <source>“%1” is read-only: files cannot be uploaded there. Choose another folder.</source>
        <translation>« %1 » est en lecture seule : impossible d’y envoyer des fichiers. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Nom du nouveau dossier dans « %1 » :</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/” or “\”.</source>
        <translation>Un nom de dossier ne peut contenir ni « / » ni « \ ».</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Création de « %1 »…</translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation>Nouvelle version de %1</translation>
    </message>
    <message>
        <source>Drop one file at a time onto “%1” for a new version.</source>
        <translation>Déposez un seul fichier à la fois sur « %1 » pour une nouvelle version.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FolderTreeModel</name>
    <message>
        <source>The folders of %1 could not be loaded: %2</source>
        <translation>Les dossiers de %1 n’ont pas pu être chargés : %2</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created: %2</source>
        <translation>Le dossier « %1 » n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>“%1” is read-only: files cannot be uploaded here.</source>
        <translation>« %1 » est en lecture seule : impossible d’envoyer des fichiers ici.</translation>
    </message>
    <message>
        <source>The top of the Documents tool</source>
        <translation>La racine de l’outil Documents</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Drop a file here to upload it as a new version of “%1”.</source>
        <translation>Déposez ici un fichier pour l’envoyer comme nouvelle version de « %1 ».</translation>
    </message>
    <message>
        <source>file; drop a file onto it for a new version</source>
        <translation>fichier ; déposez-y un fichier pour une nouvelle version</translation>
    </message>
</context>
<context>
    <name>hoist::ui::HistoryDialog</name>
    <message>
        <source>Upload history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>Search file names and destinations</source>
        <translation>Rechercher des noms de fichiers et des destinations</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Périod&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>R&amp;ésultat :</translation>
    </message>
    <message>
        <source>Recorded uploads</source>
        <translation>Envois enregistrés</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Show &amp;file</source>
        <translation>Afficher le &amp;fichier</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) shown</source>
        <translation>
            <numerusform>%n fichier affiché</numerusform>
            <numerusform>%n fichiers affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder and try again.</source>
        <translation>Impossible d’écrire %1. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Open in Pro&amp;core</source>
        <translation>Ouvrir dans Pro&amp;core</translation>
    </message>
    <message>
        <source>Save rece&amp;ipt…</source>
        <translation>Enregistrer le re&amp;çu…</translation>
    </message>
    <message>
        <source>Per file uploaded: its link in Procore, who uploaded it and when, and its SHA-256 (the selected rows, or all shown)</source>
        <translation>Pour chaque fichier téléversé : son lien dans Procore, qui l’a téléversé et quand, et son SHA-256 (les lignes sélectionnées, ou toutes celles affichées)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>Printable page (*.html);;CSV files (*.csv)</source>
        <translation>Page imprimable (*.html);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Choose another folder and try again.</source>
        <translation>Impossible d’écrire %1 (%2). Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be queued again: they are no longer on this computer.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être remis en file : il n’est plus sur cet ordinateur.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être remis en file : ils ne sont plus sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them back where they were and retry, or upload them from where they are now:
%1</source>
        <translation>Remettez-les à leur place et réessayez, ou téléversez-les depuis leur emplacement actuel :
%1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::JournalBar</name>
    <message>
        <source>Transfer journal</source>
        <translation>Journal des transferts</translation>
    </message>
    <message>
        <source>Every upload stopped: %1.
Nothing is lost and nothing is sent twice. Free some space there (or fix the folder), then choose Resume All.</source>
        <translation>Tous les envois sont arrêtés : %1.
Rien n’est perdu et rien n’est envoyé deux fois. Libérez de l’espace à cet endroit (ou corrigez le dossier), puis choisissez Tout reprendre.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::MainWindow</name>
    <message>
        <source>Hoist</source>
        <translation>Hoist</translation>
    </message>
    <message>
        <source>Procore</source>
        <translation>Procore</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Choose files to upload</source>
        <translation>Choisir des fichiers à envoyer</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un d&amp;ossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Choose a folder to upload with its subfolders</source>
        <translation>Choisir un dossier à envoyer avec ses sous-dossiers</translation>
    </message>
    <message>
        <source>&amp;Paste Files</source>
        <translation>&amp;Coller les fichiers</translation>
    </message>
    <message>
        <source>Add the files and folders copied in a file manager</source>
        <translation>Ajouter les fichiers et dossiers copiés dans un gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Forget the files waiting to be uploaded</source>
        <translation>Oublier les fichiers en attente d’envoi</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>Tout mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Pause every transfer; resume them later</source>
        <translation>Mettre en pause tous les transferts pour les reprendre plus tard</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Try the selected failed or cancelled files again</source>
        <translation>Réessayer les fichiers en échec ou annulés sélectionnés</translation>
    </message>
    <message>
        <source>Retry All &amp;Failed</source>
        <translation>Réessayer tous les é&amp;checs</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Try every failed file again</source>
        <translation>Réessayer chaque fichier en échec</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop uploading the selected files</source>
        <translation>Arrêter l’envoi des fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected files from the list (cancels them if needed)</source>
        <translation>Retirer de la liste les fichiers sélectionnés (les annule si nécessaire)</translation>
    </message>
    <message>
        <source>Clear F&amp;inished</source>
        <translation>Retirer les ter&amp;minés</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Remove the uploaded and skipped files from the list</source>
        <translation>Retirer de la liste les fichiers envoyés et ignorés</translation>
    </message>
    <message>
        <source>Show &amp;Local File</source>
        <translation>Afficher le fichier &amp;local</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open the folder holding the selected file</source>
        <translation>Ouvrir le dossier contenant le fichier sélectionné</translation>
    </message>
    <message>
        <source>&amp;Open in Procore</source>
        <translation>&amp;Ouvrir dans Procore</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Open the uploaded file from Procore in the web browser</source>
        <translation>Ouvrir dans le navigateur web le fichier envoyé sur Procore</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Hoist</source>
        <translation>Quitter Hoist</translation>
    </message>
    <message>
        <source>&amp;About Hoist</source>
        <translation>À &amp;propos de Hoist</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>What was uploaded, failed or skipped, with search and CSV export</source>
        <translation>Ce qui a été envoyé, a échoué ou a été ignoré, avec recherche et export CSV</translation>
    </message>
    <message>
        <source>Re&amp;view Before Upload</source>
        <translation>&amp;Vérifier avant l’envoi</translation>
    </message>
    <message>
        <source>Show what Procore will refuse or change, and what is already there, before uploading</source>
        <translation>Montrer avant l’envoi ce que Procore refusera ou modifiera, et ce qui s’y trouve déjà</translation>
    </message>
    <message>
        <source>About Hoist</source>
        <translation>À propos de Hoist</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Resume &amp;All</source>
        <translation>&amp;Tout reprendre</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message>
        <source>Add Files to Upload</source>
        <translation>Ajouter des fichiers à envoyer</translation>
    </message>
    <message>
        <source>Add a Folder to Upload</source>
        <translation>Ajouter un dossier à envoyer</translation>
    </message>
    <message>
        <source>The clipboard holds no files or folders.</source>
        <translation>Le presse-papiers ne contient aucun fichier ni dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Looking for files… %n found (%1)</source>
        <translation>
            <numerusform>Recherche de fichiers… %n trouvé (%1)</numerusform>
            <numerusform>Recherche de fichiers… %n trouvés (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to upload</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <source>Drop files and folders here</source>
        <translation>Déposez ici des fichiers et des dossiers</translation>
    </message>
    <message>
        <source>Or use Add Files and Add Folder. Folders keep their structure.</source>
        <translation>Ou utilisez Ajouter des fichiers et Ajouter un dossier. Les dossiers gardent leur structure.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, ready to upload</source>
        <translation>
            <numerusform>%n fichier, %1, prêt à envoyer</numerusform>
            <numerusform>%n fichiers, %1, prêts à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Vers %1</translation>
    </message>
    <message>
        <source>Checking the files against the destination…</source>
        <translation>Comparaison des fichiers avec la destination…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued</source>
        <translation>
            <numerusform>%n fichier en file d’attente</numerusform>
            <numerusform>%n fichiers en file d’attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) to %1</source>
        <translation>
            <numerusform>Envoyer %n fichier vers %1</numerusform>
            <numerusform>Envoyer %n fichiers vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Files</source>
        <translation>Retirer des fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files are still being uploaded. Stop them and remove them from the list?</source>
        <translation>
            <numerusform>Un des fichiers sélectionnés est encore en cours d’envoi. L’arrêter et le retirer de la liste ?</numerusform>
            <numerusform>%n des fichiers sélectionnés sont encore en cours d’envoi. Les arrêter et les retirer de la liste ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop and &amp;Remove</source>
        <translation>Arrêter et &amp;retirer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation>%1 n’est plus sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still being uploaded or waiting their turn.</source>
        <translation>
            <numerusform>%n fichier est encore en cours d’envoi ou attend son tour.</numerusform>
            <numerusform>%n fichiers sont encore en cours d’envoi ou attendent leur tour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added file(s) have not been uploaded yet.</source>
        <translation>
            <numerusform>%n fichier ajouté n’a pas encore été envoyé.</numerusform>
            <numerusform>%n fichiers ajoutés n’ont pas encore été envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Hoist?</source>
        <translation>Quitter Hoist ?</translation>
    </message>
    <message>
        <source>If you quit now, these files are not uploaded to Procore. You will need to add them again.</source>
        <translation>Si vous quittez maintenant, ces fichiers ne seront pas envoyés sur Procore. Vous devrez les ajouter à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Arrêter et quitter</translation>
    </message>
    <message>
        <source>&amp;Keep Uploading</source>
        <translation>&amp;Continuer l’envoi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Transfers, bandwidth, language, environment and proxy</source>
        <translation>Transferts, bande passante, langue, environnement et proxy</translation>
    </message>
    <message>
        <source>Hoist keeps the queue and offers to go on with it the next time it starts.</source>
        <translation>Hoist conserve la file et proposera de la reprendre au prochain démarrage.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>PDF drawings (%1)</source>
        <translation>Plans PDF (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Upload “%1” as a new version of “%2”.

Notes for this version (optional):</source>
        <translation>Envoyer « %1 » comme nouvelle version de « %2 ».

Notes pour cette version (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Upload Version</source>
        <translation>&amp;Envoyer la version</translation>
    </message>
    <message>
        <source>New version of %1 queued</source>
        <translation>Nouvelle version de %1 en file d’attente</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <source>Choose the company, project and destination to upload to.</source>
        <translation>Choisissez l’entreprise, le projet et la destination.</translation>
    </message>
    <message>
        <source>Upload the waiting files to the chosen destination</source>
        <translation>Envoyer les fichiers en attente vers la destination choisie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Uploads files and folders to Procore&apos;s Documents, Photos and Drawings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Envoie des fichiers et des dossiers dans les Documents, Photos et Plans de Procore.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add files and choose a writable destination first</source>
        <translation>Ajoutez d’abord des fichiers et choisissez une destination accessible en écriture</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be uploaded: %1 — %2</source>
        <translation>
            <numerusform>%n élément ne peut pas être envoyé : %1 — %2</numerusform>
            <numerusform>%n éléments ne peuvent pas être envoyés : %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in Transfers</source>
        <translation>&amp;Rechercher dans les transferts</translation>
    </message>
    <message>
        <source>Show only the transfers whose name or folder holds a text</source>
        <translation>N’afficher que les transferts dont le nom ou le dossier contient un texte</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>List the companies, projects and folders from Procore again</source>
        <translation>Relire depuis Procore les entreprises, les projets et les dossiers</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued again, each to where it was going</source>
        <translation>
            <numerusform>%n fichier remis en file, vers sa destination d’origine</numerusform>
            <numerusform>%n fichiers remis en file, chacun vers sa destination d’origine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::PhotoPage</name>
    <message>
        <source>No album (Unclassified)</source>
        <translation>Aucun album (non classé)</translation>
    </message>
    <message>
        <source>New album…</source>
        <translation>Nouvel album…</translation>
    </message>
    <message>
        <source>Loading albums…</source>
        <translation>Chargement des albums…</translation>
    </message>
    <message>
        <source>The albums could not be loaded: %1</source>
        <translation>Les albums n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>New Album</source>
        <translation>Nouvel album</translation>
    </message>
    <message>
        <source>Name of the new photo album:</source>
        <translation>Nom du nouvel album photo :</translation>
    </message>
    <message>
        <source>Creating the album “%1”…</source>
        <translation>Création de l’album « %1 »…</translation>
    </message>
    <message>
        <source>The album “%1” could not be created: %2</source>
        <translation>L’album « %1 » n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Photo description</source>
        <translation>Description de la photo</translation>
    </message>
    <message>
        <source>Optional, for every photo of the upload</source>
        <translation>Facultatif, pour chaque photo de l’envoi</translation>
    </message>
    <message>
        <source>Private photos</source>
        <translation>Photos privées</translation>
    </message>
    <message>
        <source>P&amp;rivate (only people allowed to see private photos)</source>
        <translation>P&amp;rivée (seulement pour qui peut voir les photos privées)</translation>
    </message>
    <message>
        <source>Only images (JPEG, PNG, HEIC, …) can go to Photos; other files are left out before anything is uploaded.</source>
        <translation>Seules les images (JPEG, PNG, HEIC, …) peuvent aller dans Photos ; les autres fichiers sont écartés avant tout envoi.</translation>
    </message>
    <message>
        <source>&amp;Album:</source>
        <translation>&amp;Album :</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption :</translation>
    </message>
</context>
<context>
    <name>hoist::ui::PreflightDialog</name>
    <message>
        <source>Review before upload</source>
        <translation>Vérifier avant l’envoi</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Files Procore would refuse or change are listed below; tick the ones to upload anyway, untick the ones to leave out.</source>
        <translation>Rien n’a encore été envoyé. Les fichiers que Procore refuserait ou modifierait sont listés ci-dessous ; cochez ceux à envoyer malgré tout et décochez ceux à laisser de côté.</translation>
    </message>
    <message>
        <source>The destination could not be read (%1), so files already there cannot be recognised. You can still upload.</source>
        <translation>La destination n’a pas pu être lue (%1) ; les fichiers déjà présents ne peuvent donc pas être reconnus. Vous pouvez tout de même envoyer.</translation>
    </message>
    <message>
        <source>Flagged files</source>
        <translation>Fichiers signalés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>In Procore as</source>
        <translation>Dans Procore sous</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, to %2.</source>
        <translation>
            <numerusform>%n fichier, %1, vers %2.</numerusform>
            <numerusform>%n fichiers, %1, vers %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out.</source>
        <translation>
            <numerusform>%n fichier laissé de côté.</numerusform>
            <numerusform>%n fichiers laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders to create: %1.</source>
        <translation>Dossiers à créer : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>Envoyer %n fichier</numerusform>
            <numerusform>Envoyer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not for %1</source>
        <translation>Pas pour %1</translation>
    </message>
    <message>
        <source>None of these files can go to %1; nothing was uploaded.</source>
        <translation>Aucun de ces fichiers ne peut aller dans %1 ; rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to %1 and were left out; the others are queued.</source>
        <translation>
            <numerusform>%n fichier ne peut pas aller dans %1 et a été écarté ; les autres sont en file d’attente.</numerusform>
            <numerusform>%n fichiers ne peuvent pas aller dans %1 et ont été écartés ; les autres sont en file d’attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Check the drawing settings and each sheet&apos;s revision (read from its name where it says one); untick the sheets to leave out.</source>
        <translation>Rien n&apos;a encore été envoyé. Vérifiez les réglages des plans et la révision de chaque feuille (lue dans son nom quand il en indique une) ; décochez les feuilles à laisser de côté.</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>Numéro de feuille</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed since a file of the same name went to Procore.</source>
        <translation>
            <numerusform>%n fichier a changé depuis qu&apos;un fichier du même nom est allé dans Procore.</numerusform>
            <numerusform>%n fichiers ont changé depuis qu&apos;un fichier du même nom est allé dans Procore.</numerusform>
        </translation>
    </message>
    <message>
        <source>For all changed files</source>
        <translation>Pour tous les fichiers modifiés</translation>
    </message>
    <message>
        <source>Each as chosen below</source>
        <translation>Chacun comme choisi ci-dessous</translation>
    </message>
    <message>
        <source>All as new versions</source>
        <translation>Tous comme nouvelles versions</translation>
    </message>
    <message>
        <source>All as copies (keep both)</source>
        <translation>Tous comme copies (garder les deux)</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Tout ignorer</translation>
    </message>
    <message>
        <source>&amp;For all:</source>
        <translation>&amp;Pour tous :</translation>
    </message>
    <message>
        <source>(from the sheet)</source>
        <translation>(d&apos;après la feuille)</translation>
    </message>
    <message>
        <source>Revision of %1</source>
        <translation>Révision de %1</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Que faire de %1</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message numerus="yes">
        <source>%n as new version(s) of the file(s) in Procore.</source>
        <translation>
            <numerusform>%n comme nouvelle version du fichier dans Procore.</numerusform>
            <numerusform>%n comme nouvelles versions des fichiers dans Procore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes at least %1: Procore lets a program send only so many requests an hour, and these files need about %n.</source>
        <translation>
            <numerusform>Cela prend au moins %1 : Procore ne permet à un programme qu’un certain nombre de requêtes par heure, et ces fichiers en demandent environ %n.</numerusform>
            <numerusform>Cela prend au moins %1 : Procore ne permet à un programme qu’un certain nombre de requêtes par heure, et ces fichiers en demandent environ %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::ProjectPicker</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Type part of a project&apos;s number or name to filter the list</source>
        <translation>Saisissez une partie du numéro ou du nom d’un projet pour filtrer la liste</translation>
    </message>
    <message>
        <source>Type to filter by project number or name</source>
        <translation>Saisir pour filtrer par numéro ou nom de projet</translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation>Les projets n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Choose a company first</source>
        <translation>Choisissez d’abord une entreprise</translation>
    </message>
    <message>
        <source>Loading projects… %1 of %2</source>
        <translation>Chargement des projets… %1 sur %2</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Chargement des projets…</translation>
    </message>
    <message>
        <source>No projects in this company</source>
        <translation>Aucun projet dans cette entreprise</translation>
    </message>
    <message numerus="yes">
        <source>Choose or type a project (%n available)</source>
        <translation>
            <numerusform>Choisissez ou saisissez un projet (%n disponible)</numerusform>
            <numerusform>Choisissez ou saisissez un projet (%n disponibles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::ProxySignInDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Connexion au proxy</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password before Hoist can reach Procore. Uploads wait until you answer.</source>
        <translation>Le proxy %1 demande un nom d’utilisateur et un mot de passe avant que Hoist puisse joindre Procore. Les envois attendent votre réponse.</translation>
    </message>
    <message>
        <source>The proxy refused that user name and password.</source>
        <translation>Le proxy a refusé ce nom d’utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d’utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier de réglages</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SessionManager</name>
    <message>
        <source>Upload history</source>
        <translation>Historique des envois</translation>
    </message>
    <message>
        <source>The upload history cannot be kept: %1. Uploads still work.</source>
        <translation>L’historique des envois ne peut pas être conservé : %1. Les envois fonctionnent quand même.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Procore needs you to sign in again (%1). Waiting uploads stay in the queue.</source>
        <translation>Procore vous demande de vous reconnecter (%1). Les envois en attente restent dans la file.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>The upload history is not available.</source>
        <translation>L’historique des envois n’est pas disponible.</translation>
    </message>
    <message>
        <source>Transfer journal</source>
        <translation>Journal des transferts</translation>
    </message>
    <message>
        <source>Resume uploads?</source>
        <translation>Reprendre les envois ?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not finished when Hoist last stopped.</source>
        <translation>
            <numerusform>%n fichier n’était pas terminé lors du dernier arrêt de Hoist.</numerusform>
            <numerusform>%n fichiers n’étaient pas terminés lors du dernier arrêt de Hoist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hoist can go on where they stopped: parts already stored are not sent again and nothing is uploaded twice.</source>
        <translation>Hoist peut reprendre là où ils se sont arrêtés : les parties déjà stockées ne sont pas renvoyées et rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Bac à sable intégré</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n’a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Files uploaded at the same time</source>
        <translation>Fichiers envoyés simultanément</translation>
    </message>
    <message>
        <source>&amp;Files at the same time:</source>
        <translation>&amp;Fichiers simultanés :</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimitée</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>Upload bandwidth limit in KiB per second, 0 for unlimited</source>
        <translation>Limite de bande passante d’envoi en Kio par seconde, 0 pour illimitée</translation>
    </message>
    <message>
        <source>For all uploads together. 0 means no limit.</source>
        <translation>Pour l’ensemble des envois. 0 signifie aucune limite.</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>Limite de &amp;bande passante :</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Me demander</translation>
    </message>
    <message>
        <source>Keep both (Procore renames the new file)</source>
        <translation>Conserver les deux (Procore renomme le nouveau fichier)</translation>
    </message>
    <message>
        <source>Skip the new file</source>
        <translation>Ignorer le nouveau fichier</translation>
    </message>
    <message>
        <source>Upload as a new version</source>
        <translation>Envoyer comme nouvelle version</translation>
    </message>
    <message>
        <source>When a file with the same name is already there</source>
        <translation>Quand un fichier du même nom existe déjà</translation>
    </message>
    <message>
        <source>When the &amp;name is taken:</source>
        <translation>Si le &amp;nom est déjà pris :</translation>
    </message>
    <message>
        <source>Language and Procore</source>
        <translation>Langue et Procore</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Procore</source>
        <translation>Procore</translation>
    </message>
    <message>
        <source>Procore developer sandbox</source>
        <translation>Sandbox développeur Procore</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Sandbox mensuel Procore</translation>
    </message>
    <message>
        <source>Built-in sandbox (no account needed)</source>
        <translation>Sandbox intégré (aucun compte nécessaire)</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Autre serveur</translation>
    </message>
    <message>
        <source>Procore environment</source>
        <translation>Environnement Procore</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>API address of the other server</source>
        <translation>Adresse de l’API de l’autre serveur</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Adresse de l’&amp;API :</translation>
    </message>
    <message>
        <source>Same as the API address</source>
        <translation>Identique à l’adresse de l’API</translation>
    </message>
    <message>
        <source>Sign-in address of the other server</source>
        <translation>Adresse de connexion de l’autre serveur</translation>
    </message>
    <message>
        <source>&amp;Sign-in address:</source>
        <translation>Adresse de &amp;connexion :</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy réseau</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Utiliser les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d’utilisateur du proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>The new language is used the next time Hoist starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Hoist.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Files of at least this size in MiB go up in parts, 0 for never</source>
        <translation>Les fichiers d’au moins cette taille en Mio sont envoyés en parties, 0 pour jamais</translation>
    </message>
    <message>
        <source>Big files go up in 64 MiB parts, several at once; each part is retried alone and an interrupted upload goes on from the last stored part. Files over 5 GB always go in parts.</source>
        <translation>Les gros fichiers sont envoyés en parties de 64 Mio, plusieurs à la fois ; chaque partie est réessayée seule et un envoi interrompu reprend à la dernière partie enregistrée. Les fichiers de plus de 5 Go sont toujours envoyés en parties.</translation>
    </message>
    <message>
        <source>Upload in par&amp;ts from:</source>
        <translation>Envoyer en par&amp;ties à partir de :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
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
        <source>Appearance: light, dark or the system&apos;s</source>
        <translation>Apparence : claire, sombre ou celle du système</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Appa&amp;rence :</translation>
    </message>
    <message>
        <source>None: only the system&apos;s</source>
        <translation>Aucune : seulement celles du système</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Fichier d’autorité de certification supplémentaire</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of a certificate authority to trust besides the system&apos;s, e.g. your organization&apos;s HTTPS inspection. Used at once.</source>
        <translation>Un fichier PEM contenant le certificat d’une autorité de certification à laquelle se fier en plus de celles du système, p. ex. pour l’inspection HTTPS de votre organisation. Appliqué immédiatement.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier de l’autorité de certification</translation>
    </message>
    <message>
        <source>Certif&amp;icate authority:</source>
        <translation>Autorité de certification a&amp;joutée :</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l’autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a PEM certificate file, or leave the field empty.</source>
        <translation>Choisissez un fichier de certificat PEM, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SignInDialog</name>
    <message>
        <source>Sign in to Procore</source>
        <translation>Se connecter à Procore</translation>
    </message>
    <message>
        <source>How to connect Hoist to Procore</source>
        <translation>Comment connecter Hoist à Procore</translation>
    </message>
    <message>
        <source>Procore environment</source>
        <translation>Environnement Procore</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Adresse de l’&amp;API :</translation>
    </message>
    <message>
        <source>Same as the API address</source>
        <translation>Identique à l’adresse de l’API</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Si&amp;gn-in address:</source>
        <translation>Adresse de &amp;connexion :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Must match the redirect URI registered for the app exactly</source>
        <translation>Doit correspondre exactement à l’URI de redirection enregistrée pour l’application</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirection :</translation>
    </message>
    <message>
        <source>Sign &amp;in with browser</source>
        <translation>Se connecter dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Code from Procore:</source>
        <translation>&amp;Code de Procore :</translation>
    </message>
    <message>
        <source>Code from Procore</source>
        <translation>Code de Procore</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>&amp;Utiliser le code</translation>
    </message>
    <message>
        <source>Use code</source>
        <translation>Utiliser le code</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Avertissement du trousseau</translation>
    </message>
    <message>
        <source>Other server…</source>
        <translation>Autre serveur…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hoist needs an app registered with Procore before it can sign you in. You do this once:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in to the &lt;a href=&quot;https://developers.procore.com&quot;&gt;Procore Developer Portal&lt;/a&gt; and choose &lt;b&gt;Create New App&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In the app&apos;s OAuth settings, add this redirect URI exactly as shown, including the last slash: &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Copy the app&apos;s &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; into the fields below. The Procore sandboxes have their own ID and secret.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hoist keeps the secret and your sign-in in the system keychain, never in a file. If Procore shows a code instead of returning to Hoist, use the redirect URI &lt;b&gt;urn:ietf:wg:oauth:2.0:oob&lt;/b&gt; and paste the code here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hoist a besoin d’une application enregistrée auprès de Procore avant de pouvoir vous connecter. Cela ne se fait qu’une fois :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Connectez-vous au &lt;a href=&quot;https://developers.procore.com&quot;&gt;Procore Developer Portal&lt;/a&gt; et choisissez &lt;b&gt;Create New App&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Dans les paramètres OAuth de l’application, ajoutez cette URI de redirection exactement comme indiqué, y compris la dernière barre oblique : &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Copiez le &lt;b&gt;Client ID&lt;/b&gt; et le &lt;b&gt;Client Secret&lt;/b&gt; de l’application dans les champs ci-dessous. Les sandbox Procore ont leurs propres identifiant et secret.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hoist conserve le secret et votre connexion dans le trousseau du système, jamais dans un fichier. Si Procore affiche un code au lieu de revenir à Hoist, utilisez l’URI de redirection &lt;b&gt;urn:ietf:wg:oauth:2.0:oob&lt;/b&gt; et collez le code ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Enter the address of the Procore server.</source>
        <translation>Saisissez l’adresse du serveur Procore.</translation>
    </message>
    <message>
        <source>If no browser opened, open this address: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Si aucun navigateur ne s’est ouvert, ouvrez cette adresse : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>page de connexion</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code Procore shows below.</source>
        <translation>Autorisez l’accès dans le navigateur, puis collez ci-dessous le code affiché par Procore.</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>En attente de votre autorisation dans le navigateur…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open the sign-in page with the link above.</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez la page de connexion avec le lien ci-dessus.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>I&amp;D client :</translation>
    </message>
    <message>
        <source>Sign in with &amp;Procore</source>
        <translation>Se connecter avec &amp;Procore</translation>
    </message>
    <message>
        <source>Sign in with Procore</source>
        <translation>Se connecter avec Procore</translation>
    </message>
    <message>
        <source>Try the built-in sand&amp;box</source>
        <translation>Essayer le &amp;bac à sable intégré</translation>
    </message>
    <message>
        <source>Try the built-in sandbox</source>
        <translation>Essayer le bac à sable intégré</translation>
    </message>
    <message>
        <source>A copy of Procore on this computer, with sample projects: no account needed</source>
        <translation>Une copie de Procore sur cet ordinateur, avec des projets d’exemple : aucun compte nécessaire</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>Advanced: your own Procore application</source>
        <translation>Avancé : votre propre application Procore</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;Sign in with Procore&lt;/b&gt;: your browser opens Procore&apos;s sign-in page; sign in there and allow Hoist access. Hoist keeps your sign-in in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez &lt;b&gt;Se connecter avec Procore&lt;/b&gt; : votre navigateur ouvre la page de connexion de Procore ; connectez-vous et autorisez l’accès à Hoist. Hoist conserve votre connexion dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the client ID and the redirect URI (and the client secret, if the app has one).</source>
        <translation>Saisissez l’ID client et l’URI de redirection (et le secret client, si l’application en a un).</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SignInPage</name>
    <message>
        <source>Sign in to Procore</source>
        <translation>Se connecter à Procore</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Hoist uploads files and folders to your Procore projects&apos; Documents, Photos and Drawings. Sign in with your Procore account to begin.</source>
        <translation>Hoist envoie des fichiers et des dossiers dans les Documents, Photos et Plans de vos projets Procore. Connectez-vous avec votre compte Procore pour commencer.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Procore</source>
        <translation>Se connecter avec &amp;Procore</translation>
    </message>
    <message>
        <source>Try the built-in sand&amp;box</source>
        <translation>Essayer le &amp;bac à sable intégré</translation>
    </message>
    <message>
        <source>No Procore account at hand? The built-in sandbox is a copy of Procore on this computer, with sample projects, to try Hoist.</source>
        <translation>Pas de compte Procore sous la main ? Le bac à sable intégré est une copie de Procore sur cet ordinateur, avec des projets d’exemple, pour essayer Hoist.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::StatusSummary</name>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Speed and time left</source>
        <translation>Vitesse et temps restant</translation>
    </message>
    <message>
        <source>Files done</source>
        <translation>Fichiers terminés</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Hoist</source>
        <translation>Hoist</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) uploaded</source>
        <translation>
            <numerusform>%1 fichier sur %n envoyé</numerusform>
            <numerusform>%1 fichiers sur %n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n failed</source>
        <translation>
            <numerusform>%1 · %n en échec</numerusform>
            <numerusform>%1 · %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: retry the failed files</source>
        <translation>Arrêté : réessayez les fichiers en échec</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Tout est terminé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused – Hoist</source>
        <translation>En pause – Hoist</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · %2 restant</translation>
    </message>
    <message>
        <source>%1% – Hoist</source>
        <translation>%1 % – Hoist</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n uploaded, %1 failed</source>
        <translation>
            <numerusform>Terminé : %n envoyé, %1 en échec</numerusform>
            <numerusform>Terminé : %n envoyés, %1 en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n file(s) uploaded</source>
        <translation>
            <numerusform>Terminé : %n fichier envoyé</numerusform>
            <numerusform>Terminé : %n fichiers envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Connecté à %1 (%2)</translation>
    </message>
    <message>
        <source>Could not ask Procore who is signed in: %1</source>
        <translation>Impossible de demander à Procore qui est connecté : %1</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3</source>
        <translation>Connecté à %1 (%2) en tant que %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SupportActions</name>
    <message>
        <source>Create &amp;Debug Archive…</source>
        <translation>Créer une archive de &amp;débogage…</translation>
    </message>
    <message>
        <source>Save the log, versions and summaries in one zip for whoever helps you</source>
        <translation>Enregistrer le journal, les versions et les résumés dans un zip pour la personne qui vous aide</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>Show where Hoist writes its log: %1</source>
        <translation>Montrer où Hoist écrit son journal : %1</translation>
    </message>
    <message>
        <source>Create Debug Archive</source>
        <translation>Créer une archive de débogage</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>The debug archive could not be written (%1). Choose another folder and try again.</source>
        <translation>L’archive de débogage n’a pas pu être écrite (%1). Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Saved the debug archive as %1. Send it to whoever helps you: it holds the log, the versions and summaries, and no password or token.</source>
        <translation>L’archive de débogage a été enregistrée sous %1. Envoyez-la à la personne qui vous aide : elle contient le journal, les versions et les résumés, et aucun mot de passe ni jeton.</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <source>Hoist writes its log to %1.</source>
        <translation>Hoist écrit son journal dans %1.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TransferFilterBar</name>
    <message>
        <source>Filter by name or folder (Ctrl+F)</source>
        <translation>Filtrer par nom ou dossier (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter transfers</source>
        <translation>Filtrer les transferts</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>En cours (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>En échec (%1)</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Terminés (%1)</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TransferView</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>One row per file: name, destination, size, progress, speed, time left and status</source>
        <translation>Une ligne par fichier : nom, destination, taille, progression, vitesse, temps restant et état</translation>
    </message>
    <message>
        <source>No transfers yet.
Files you upload appear here with their progress.</source>
        <translation>Aucun transfert pour l’instant.
Les fichiers que vous envoyez apparaissent ici avec leur progression.</translation>
    </message>
    <message>
        <source>No transfers match the filter.</source>
        <translation>Aucun transfert ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TrayIcon</name>
    <message>
        <source>&amp;Hide Hoist</source>
        <translation>&amp;Masquer Hoist</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>Tout mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>Envois terminés</translation>
    </message>
    <message>
        <source>Hoist: nothing to upload</source>
        <translation>Hoist : rien à envoyer</translation>
    </message>
    <message numerus="yes">
        <source>Hoist: %1 of %n file(s) uploaded, %2 %</source>
        <translation>
            <numerusform>Hoist : %1 fichier sur %n envoyé, %2 %</numerusform>
            <numerusform>Hoist : %1 fichiers sur %n envoyés, %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n fichier en échec</numerusform>
            <numerusform>%n fichiers en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, %1 failed.</source>
        <translation>
            <numerusform>%n fichier envoyé, %1 en échec.</numerusform>
            <numerusform>%n fichiers envoyés, %1 en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded.</source>
        <translation>
            <numerusform>%n fichier envoyé.</numerusform>
            <numerusform>%n fichiers envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show Hoist</source>
        <translation>&amp;Afficher Hoist</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>&amp;Tout reprendre</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Échec de l’envoi : %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::WatchPanel</name>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Watched Folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>New files go up once complete (unchanged for a few seconds, not open for writing); a changed Documents file goes up as a new version. Deleting or renaming here never deletes or renames anything in Procore.</source>
        <translation>Les nouveaux fichiers sont envoyés une fois complets (inchangés pendant quelques secondes, non ouverts en écriture) ; un fichier de Documents modifié est envoyé comme nouvelle version. Supprimer ou renommer ici ne supprime ni ne renomme jamais rien dans Procore.</translation>
    </message>
    <message>
        <source>Watch a folder: its new files go to the destination chosen in the window</source>
        <translation>Surveiller un dossier : ses nouveaux fichiers vont à la destination choisie dans la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Watched Folders…</source>
        <translation>Dossiers &amp;surveillés…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Watched folders need the transfer journal: sign in to Procore (the built-in sandbox keeps one only with --sandbox-data DIR).</source>
        <translation>Les dossiers surveillés ont besoin du journal des transferts : connectez-vous à Procore (le bac à sable intégré n’en tient un qu’avec --sandbox-data DIR).</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>The folder is not there</source>
        <translation>Le dossier est absent</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Choose the destination in the window first (company, project and folder, album or drawing set); new files of the folder go there.</source>
        <translation>Choisissez d’abord la destination dans la fenêtre (entreprise, projet et dossier, album ou jeu de plans) ; les nouveaux fichiers du dossier y iront.</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Surveiller un dossier</translation>
    </message>
    <message>
        <source>Stop Watching?</source>
        <translation>Arrêter la surveillance ?</translation>
    </message>
    <message>
        <source>Stop watching this folder? Nothing is removed in Procore.</source>
        <translation>Ne plus surveiller ce dossier ? Rien n’est retiré dans Procore.</translation>
    </message>
    <message>
        <source>Watched folder: upload failed</source>
        <translation>Dossier surveillé : échec de l’envoi</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Dossier surveillé</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, the last %1.</source>
        <translation>
            <numerusform>%n fichier envoyé, le dernier : %1.</numerusform>
            <numerusform>%n fichiers envoyés, le dernier : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch “%1”?</source>
        <translation>Surveiller « %1 » ?</translation>
    </message>
    <message>
        <source>New files of this folder will be uploaded to:
%1</source>
        <translation>Les nouveaux fichiers de ce dossier seront envoyés vers :
%1</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Surveiller</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Upload files and folders to Procore.</source>
        <translation>Envoyer des fichiers et des dossiers vers Procore.</translation>
    </message>
    <message>
        <source>Run against Hoist&apos;s built-in Procore sandbox (no account needed).</source>
        <translation>Utiliser le sandbox Procore intégré à Hoist (aucun compte nécessaire).</translation>
    </message>
    <message>
        <source>With --sandbox: upload a few generated sample files to Drawings/Architectural of the first project, with storage slowed down so the progress can be watched and the first storage request refused so a failed row shows (for screenshots).</source>
        <translation>Avec --sandbox : envoie quelques fichiers d’exemple générés dans Drawings/Architectural du premier projet, avec un stockage ralenti pour suivre la progression et la première requête de stockage refusée pour qu’une ligne en échec apparaisse (pour les captures d’écran).</translation>
    </message>
    <message>
        <source>Hoist</source>
        <translation>Hoist</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Le sandbox intégré n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (de, en, es, fr, pt_BR).</source>
        <translation>Utiliser cette langue au lieu de celle du système (de, en, es, fr, pt_BR).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Files and folders to add to the upload.</source>
        <translation>Fichiers et dossiers à ajouter à l’envoi.</translation>
    </message>
    <message>
        <source>With --sandbox: keep the sandbox&apos;s state (and a transfer journal) in this folder between runs, so an interrupted queue can be resumed.</source>
        <translation>Avec --sandbox : conserver l’état du sandbox (et un journal des transferts) dans ce dossier d’une exécution à l’autre, pour pouvoir reprendre une file interrompue.</translation>
    </message>
    <message>
        <source>With --sandbox: serve the sandbox over HTTPS with a certificate made at start, and trust the certificate authority that signed it.</source>
        <translation>Avec --sandbox : servir le bac à sable en HTTPS avec un certificat créé au démarrage, et faire confiance à l’autorité de certification qui l’a signé.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (e.g. your organization&apos;s HTTPS inspection). HOIST_CA_FILE and the network/caFile setting do the same.</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM (p. ex. l’inspection HTTPS de votre organisation). HOIST_CA_FILE et le réglage network/caFile font de même.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>%1 Servers whose certificates only that file vouches for will be refused.</source>
        <translation>%1 Les serveurs dont seul ce fichier garantit les certificats seront refusés.</translation>
    </message>
</context>
</TS>
