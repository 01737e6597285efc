<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Database</name>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>die Datenbank ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Hoist (schema %1, this version knows %2)</source>
        <translation>sie wurde von einer neueren Hoist-Version geschrieben (Schema %1, diese Version kennt %2)</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2) and cannot be moved aside.</source>
        <translation>%1 kann nicht verwendet werden (%2) und lässt sich nicht beiseitelegen.</translation>
    </message>
    <message>
        <source>%1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <translation>%1 konnte nicht verwendet werden, weil %2. Die Datei wurde als %3 aufbewahrt und eine neue angelegt.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written (journal mode %2)</source>
        <translation>%1 kann nicht geschrieben werden (Journalmodus %2)</translation>
    </message>
    <message>
        <source>the disk is full (%1 cannot grow); free some space there</source>
        <translation>der Datenträger ist voll (%1 kann nicht wachsen); geben Sie dort Speicherplatz frei</translation>
    </message>
    <message>
        <source>%1 cannot be read or written</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 kann nicht verwendet werden: %2.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Firmendokumente</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Pläne</translation>
    </message>
</context>
<context>
    <name>DrawingBatch</name>
    <message>
        <source>Processing drawing: waiting in Procore&apos;s queue…</source>
        <translation>Plan wird verarbeitet: wartet in der Warteschlange von Procore…</translation>
    </message>
    <message>
        <source>Processing drawing…</source>
        <translation>Plan wird verarbeitet…</translation>
    </message>
    <message>
        <source>Drawing processed</source>
        <translation>Plan verarbeitet</translation>
    </message>
    <message>
        <source>Drawing processing failed</source>
        <translation>Verarbeitung des Plans fehlgeschlagen</translation>
    </message>
    <message>
        <source>Processing drawing (%1)…</source>
        <translation>Plan wird verarbeitet (%1)…</translation>
    </message>
    <message>
        <source>Processing drawing: Procore&apos;s staff are finishing it by hand; this can take hours…</source>
        <translation>Zeichnung wird verarbeitet: Procore-Mitarbeiter stellen sie von Hand fertig; das kann Stunden dauern…</translation>
    </message>
    <message>
        <source>Uploaded; Procore is still processing it. See the project&apos;s Drawings tool in Procore (Drawings › Uploads) for its progress.</source>
        <translation>Hochgeladen; Procore verarbeitet sie noch. Den Fortschritt sehen Sie im Zeichnungen-Werkzeug des Projekts in Procore (Zeichnungen › Uploads).</translation>
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
        <translation>Procore-Entwickler-Sandbox</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Procore-Monats-Sandbox</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Eingebaute Sandbox</translation>
    </message>
</context>
<context>
    <name>ExtraCertificates</name>
    <message>
        <source>The certificate authority file %1 does not exist.</source>
        <translation>Die Zertifizierungsstellen-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER) to trust.</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER), dem vertraut werden kann.</translation>
    </message>
</context>
<context>
    <name>FileScanner</name>
    <message>
        <source>Broken symbolic link; skipped.</source>
        <translation>Defekter symbolischer Link; übersprungen.</translation>
    </message>
    <message>
        <source>Does not exist; skipped.</source>
        <translation>Existiert nicht; übersprungen.</translation>
    </message>
    <message>
        <source>Symbolic link to a folder; not followed, add the folder itself to upload it.</source>
        <translation>Symbolischer Link auf einen Ordner; nicht verfolgt. Fügen Sie den Ordner selbst hinzu, um ihn hochzuladen.</translation>
    </message>
    <message>
        <source>The folder cannot be read (permission denied); skipped.</source>
        <translation>Der Ordner kann nicht gelesen werden (Zugriff verweigert); übersprungen.</translation>
    </message>
    <message>
        <source>Not a regular file (a pipe, socket or device); skipped.</source>
        <translation>Keine normale Datei (Pipe, Socket oder Gerät); übersprungen.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied); skipped.</source>
        <translation>Die Datei kann nicht gelesen werden (Zugriff verweigert); übersprungen.</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>the upload history could not be written: %1</source>
        <translation>der Upload-Verlauf konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Already in Procore with the same name and size.</source>
        <translation>Bereits mit gleichem Namen und gleicher Größe in Procore.</translation>
    </message>
    <message>
        <source>A hidden or system file; usually not meant for Procore.</source>
        <translation>Eine versteckte oder Systemdatei; meist nicht für Procore gedacht.</translation>
    </message>
    <message>
        <source>Procore removes every character of this name; rename the file first.</source>
        <translation>Procore entfernt jedes Zeichen dieses Namens; benennen Sie die Datei zuerst um.</translation>
    </message>
    <message>
        <source>Procore will store it as “%1”.</source>
        <translation>Procore speichert sie als „%1“.</translation>
    </message>
    <message>
        <source>This company blocks .%1 files (strict file uploads); Procore will refuse it.</source>
        <translation>Diese Firma sperrt .%1-Dateien (strenge Datei-Uploads); Procore wird sie ablehnen.</translation>
    </message>
    <message>
        <source>Companies with strict file uploads refuse .%1 files.</source>
        <translation>Firmen mit strengen Datei-Uploads lehnen .%1-Dateien ab.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Die Datei ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>Larger than one upload can carry; it goes up in segments.</source>
        <translation>Größer, als ein einzelner Upload tragen kann; sie wird in Teilen hochgeladen.</translation>
    </message>
    <message>
        <source>Not an image (%1); Photos take only images such as JPEG or PNG. Upload it to Documents instead.</source>
        <translation>Kein Bild (%1); Fotos nimmt nur Bilder wie JPEG oder PNG an. Laden Sie die Datei stattdessen in Dokumente hoch.</translation>
    </message>
    <message>
        <source>Not a PDF; Procore makes drawings from PDF files only.</source>
        <translation>Kein PDF; Procore erstellt Pläne nur aus PDF-Dateien.</translation>
    </message>
    <message>
        <source>Changed: here %1, modified %2; in Procore %3, from %4.</source>
        <translation>Geändert: hier %1, geändert am %2; in Procore %3, vom %4.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message>
        <source>Named as a PDF, but there is no PDF inside (%1); Procore could not make a drawing of it. Export or copy it again.</source>
        <translation>Als PDF benannt, enthält aber kein PDF (%1); Procore könnte daraus keine Zeichnung machen. Exportieren oder kopieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The PDF has no end marker, so it may be incomplete (still being copied or saved?). Check that it opens.</source>
        <translation>Dem PDF fehlt die Endmarkierung, es ist also vielleicht unvollständig (wird es noch kopiert oder gespeichert?). Prüfen Sie, ob es sich öffnen lässt.</translation>
    </message>
    <message>
        <source>Sheet %1, revision %2, is already in this drawing area.</source>
        <translation>Blatt %1, Revision %2, ist bereits in diesem Zeichnungsbereich.</translation>
    </message>
    <message>
        <source>Already in this album with the same name (Procore does not give its size).</source>
        <translation>Bereits mit gleichem Namen in diesem Album (Procore gibt die Größe nicht an).</translation>
    </message>
    <message>
        <source>An image of this name is in the album with another size (%1 there, %2 here): it goes up as another image.</source>
        <translation>Ein Bild dieses Namens ist mit anderer Größe im Album (%1 dort, %2 hier): es wird als weiteres Bild hochgeladen.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcoreClient</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; Hoist does not read it.</source>
        <translation>Die Antwort des Servers ist größer als %1 MiB; Hoist liest sie nicht.</translation>
    </message>
    <message>
        <source>Check the server address (Settings › Environment, or --api-base) and that it is Procore&apos;s.</source>
        <translation>Prüfen Sie die Serveradresse (Einstellungen › Umgebung oder --api-base) und ob es die von Procore ist.</translation>
    </message>
</context>
<context>
    <name>ProcoreError</name>
    <message>
        <source>Check the file on disk, then retry.</source>
        <translation>Prüfen Sie die Datei auf dem Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign in again, then retry.</source>
        <translation>Melden Sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Choose &quot;keep both&quot; or &quot;new version&quot;, or rename the file, then retry.</source>
        <translation>Wählen Sie „beide behalten“ oder „neue Version“ oder benennen Sie die Datei um und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Retry; if it fails again, report this message to the Hoist developers.</source>
        <translation>Versuchen Sie es erneut; schlägt es wieder fehl, melden Sie diese Meldung den Hoist-Entwicklern.</translation>
    </message>
    <message>
        <source>Procore&apos;s rate limit was reached; retry in a few minutes.</source>
        <translation>Das Anfragelimit von Procore ist erreicht; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1); Hoist does not follow it with your sign-in.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse weitergeleitet (%1); Hoist folgt ihr nicht mit Ihrer Anmeldung.</translation>
    </message>
    <message>
        <source>Check the server address (Settings › Environment, or --api-base); use the address the server redirects to only if you trust it.</source>
        <translation>Prüfen Sie die Serveradresse (Einstellungen › Umgebung oder --api-base); verwenden Sie die Adresse, auf die der Server weiterleitet, nur wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>You do not have permission for this in Procore: ask a Procore admin for access to this project or folder, or choose another folder.</source>
        <translation>Dafür fehlt Ihnen in Procore die Berechtigung: Bitten Sie einen Procore-Administrator um Zugriff auf dieses Projekt oder diesen Ordner, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>You cannot see this project or folder, or it was deleted: ask a Procore admin to add you to it, or choose another destination.</source>
        <translation>Sie können dieses Projekt oder diesen Ordner nicht sehen, oder es wurde gelöscht: Bitten Sie einen Procore-Administrator, Sie hinzuzufügen, oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Hoist tried again a few times. Wait a few minutes, then retry the file.</source>
        <translation>Hoist hat es einige Male erneut versucht. Warten Sie ein paar Minuten und versuchen Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Procore had a problem on its side.</source>
        <translation>Procore hatte auf seiner Seite ein Problem.</translation>
    </message>
    <message>
        <source>Nothing was sent: the proxy refused to connect to this server, or is not running. Ask whoever runs your network to allow Procore (api.procore.com and its storage), or check the proxy settings.</source>
        <translation>Nichts wurde gesendet: Der Proxy hat die Verbindung zu diesem Server abgelehnt oder läuft nicht. Bitten Sie die Betreiber Ihres Netzwerks, Procore (api.procore.com und seinen Speicher) zuzulassen, oder prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s certificate is not trusted here or is not for this address. If your organization inspects HTTPS with its own certificate authority, give its certificate file to Hoist (--ca-file or HOIST_CA_FILE); otherwise check the server address and the network.</source>
        <translation>Nichts wurde gesendet: Dem Zertifikat des Servers wird hier nicht vertraut, oder es gilt nicht für diese Adresse. Wenn Ihre Organisation HTTPS mit einer eigenen Zertifizierungsstelle prüft, geben Sie Hoist deren Zertifikatsdatei (--ca-file oder HOIST_CA_FILE); sonst prüfen Sie die Serveradresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>Nothing was sent: the proxy did not accept the user name and password. Check them (Settings › Network proxy, or the user:password in https_proxy), then retry.</source>
        <translation>Nichts wurde gesendet: Der Proxy hat Benutzername und Passwort nicht angenommen. Prüfen Sie sie (Einstellungen › Netzwerk-Proxy, oder user:password in https_proxy) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RatePacer</name>
    <message>
        <source>Procore&apos;s rate limit: going on at %1</source>
        <translation>Ratenlimit von Procore: weiter um %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <source>Drawings to %1. Drawing date: %2. Received: %3. Default revision: %4.</source>
        <translation>Zeichnungen nach %1. Zeichnungsdatum: %2. Eingegangen: %3. Standardrevision: %4.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>StoragePost</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TransferJournal</name>
    <message>
        <source>The transfer journal %1 is in use by another Hoist (%2, process %3).</source>
        <translation>Das Übertragungsjournal %1 wird von einem anderen Hoist verwendet (%2, Prozess %3).</translation>
    </message>
    <message>
        <source>The transfer journal %1 cannot be locked: the disk is full; free some space there.</source>
        <translation>Das Übertragungsjournal %1 kann nicht gesperrt werden: der Datenträger ist voll; geben Sie dort Speicherplatz frei.</translation>
    </message>
    <message>
        <source>The transfer journal %1 cannot be locked: its folder cannot be written.</source>
        <translation>Das Übertragungsjournal %1 kann nicht gesperrt werden: sein Ordner ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>TransferState</name>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Adding to Documents</source>
        <translation>Wird zu Dokumenten hinzugefügt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Name already taken</source>
        <translation>Name bereits vergeben</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
</context>
<context>
    <name>UploadController</name>
    <message>
        <source>the transfer journal could not be written: %1</source>
        <translation>das Übertragungsjournal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the transfer journal could not be opened: %1</source>
        <translation>das Übertragungsjournal konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>UploadReceipt</name>
    <message>
        <source>Upload receipt</source>
        <translation>Upload-Beleg</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded to Procore. Made %1.</source>
        <translation>
            <numerusform>%n Datei nach Procore hochgeladen. Erstellt am %1.</numerusform>
            <numerusform>%n Dateien nach Procore hochgeladen. Erstellt am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>In Procore</source>
        <translation>In Procore</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Hochgeladen von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
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
        <translation>Der Server hat für einen sicheren Server eine unverschlüsselte Speicheradresse (http:) genannt; Hoist sendet Dateien nur über https.</translation>
    </message>
    <message>
        <source>The server named a storage address Hoist does not send files to (scheme %1); only https addresses are used.</source>
        <translation>Der Server hat eine Speicheradresse genannt, an die Hoist keine Dateien sendet (Schema %1); nur https-Adressen werden verwendet.</translation>
    </message>
    <message>
        <source>The server does not answer as Procore does: check the server address (Settings › Environment, or --api-base) and that it is Procore&apos;s.</source>
        <translation>Der Server antwortet nicht wie Procore: Prüfen Sie die Serveradresse (Einstellungen › Umgebung oder --api-base) und ob es die von Procore ist.</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Left out: Photos take only images.</source>
        <translation>Ausgelassen: Fotos nehmen nur Bilder an.</translation>
    </message>
    <message>
        <source>Left out: Drawings take only PDFs.</source>
        <translation>Ausgelassen: Zeichnungen nehmen nur PDFs an.</translation>
    </message>
</context>
<context>
    <name>hoist::Associator</name>
    <message>
        <source>Added by an earlier attempt</source>
        <translation>Durch einen früheren Versuch hinzugefügt</translation>
    </message>
    <message>
        <source>Checking whether Procore already has the file…</source>
        <translation>Prüfe, ob Procore die Datei schon hat…</translation>
    </message>
    <message>
        <source>Procore did not answer (%1); not there, so sending again in %2 s.</source>
        <translation>Procore hat nicht geantwortet (%1); die Datei ist nicht dort, daher erneutes Senden in %2 s.</translation>
    </message>
</context>
<context>
    <name>hoist::DrawingBatch</name>
    <message>
        <source>Sending the drawing batch to Procore…</source>
        <translation>Der Planstapel wird an Procore gesendet…</translation>
    </message>
    <message>
        <source>Procore refused the drawing upload: %1</source>
        <translation>Procore hat den Plan-Upload abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not read the drawing upload&apos;s status: %1</source>
        <translation>Der Status des Plan-Uploads konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Procore could not process the drawing.</source>
        <translation>Procore konnte den Plan nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Procore could not process the drawing: %1</source>
        <translation>Procore konnte den Plan nicht verarbeiten: %1</translation>
    </message>
    <message>
        <source>Check that the file is a readable PDF, then retry.</source>
        <translation>Prüfen Sie, ob die Datei ein lesbares PDF ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Checking the drawing upload&apos;s status…</source>
        <translation>Status des Zeichnungs-Uploads wird abgefragt…</translation>
    </message>
    <message>
        <source>Procore has the drawings (drawing upload %1); Retry checks its status again without sending them again.</source>
        <translation>Procore hat die Zeichnungen (Zeichnungs-Upload %1); „Wiederholen“ fragt ihren Status erneut ab, ohne sie noch einmal zu senden.</translation>
    </message>
    <message>
        <source>Could not read the drawing&apos;s status (%1); asking Procore again in %2 s.</source>
        <translation>Der Status der Zeichnung konnte nicht gelesen werden (%1); Procore wird in %2 s erneut gefragt.</translation>
    </message>
    <message>
        <source>Sent again without %1, which Procore could not process.</source>
        <translation>Erneut gesendet, ohne %1, das Procore nicht verarbeiten konnte.</translation>
    </message>
</context>
<context>
    <name>hoist::FileAssociator</name>
    <message>
        <source>No destination folder.</source>
        <translation>Kein Zielordner.</translation>
    </message>
</context>
<context>
    <name>hoist::FileRangeDevice</name>
    <message>
        <source>The file is shorter than when it was planned (it changed).</source>
        <translation>Die Datei ist kürzer als bei der Planung (sie wurde geändert).</translation>
    </message>
</context>
<context>
    <name>hoist::HistoryModel</name>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Failed, sent again later</source>
        <translation>Fehlgeschlagen, später erneut gesendet</translation>
    </message>
</context>
<context>
    <name>hoist::LoopbackReplyHandler</name>
    <message>
        <source>The redirect URI %1 does not point to this computer, so Hoist cannot receive the answer itself; paste the code instead.</source>
        <translation>Die Weiterleitungs-URI %1 zeigt nicht auf diesen Computer, daher kann Hoist die Antwort nicht selbst empfangen; fügen Sie stattdessen den Code ein.</translation>
    </message>
    <message>
        <source>Hoist cannot listen on %1 port %2 for the browser&apos;s answer (%3). Close the program using that port, or register another redirect URI.</source>
        <translation>Hoist kann auf %1 Port %2 nicht auf die Antwort des Browsers warten (%3). Schließen Sie das Programm, das diesen Port belegt, oder registrieren Sie eine andere Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>This address only receives Procore&apos;s answer.</source>
        <translation>Diese Adresse empfängt nur die Antwort von Procore.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>Procore did not grant access. You can close this page and return to Hoist.</source>
        <translation>Procore hat den Zugriff nicht gewährt. Sie können diese Seite schließen und zu Hoist zurückkehren.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Hoist received Procore&apos;s answer. You can close this page.</source>
        <translation>Hoist hat die Antwort von Procore erhalten. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>The answer from the browser carried no state, so Hoist cannot tell that it belongs to this sign-in; it was refused.</source>
        <translation>Die Antwort des Browsers enthielt keinen Status, daher kann Hoist nicht erkennen, dass sie zu dieser Anmeldung gehört; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The answer from the browser belongs to another sign-in attempt (its state does not match); it was refused.</source>
        <translation>Die Antwort des Browsers gehört zu einem anderen Anmeldeversuch (der Status stimmt nicht überein); sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>No sign-in is waiting for an answer.</source>
        <translation>Keine Anmeldung wartet auf eine Antwort.</translation>
    </message>
</context>
<context>
    <name>hoist::OAuthSession</name>
    <message>
        <source>no answer from the server</source>
        <translation>keine Antwort vom Server</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Access was not granted in the browser.</source>
        <translation>Der Zugriff wurde im Browser nicht gewährt.</translation>
    </message>
    <message>
        <source>Procore refused the sign-in: %1</source>
        <translation>Procore hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The client id and secret could not be saved in the keychain: %1</source>
        <translation>Client-ID und Client-Secret konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signed in, but Procore did not say who you are (%1).</source>
        <translation>Angemeldet, aber Procore hat nicht mitgeteilt, wer Sie sind (%1).</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the keychain (%1); it lasts until Hoist quits.</source>
        <translation>Ihre Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1); sie gilt, bis Hoist beendet wird.</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation>Sie sind nicht bei %1 angemeldet. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it lasts until Hoist quits.</source>
        <translation>Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1); sie gilt, bis Hoist beendet wird.</translation>
    </message>
    <message>
        <source>Procore&apos;s sign-in service did not answer (%1). Hoist tries again shortly.</source>
        <translation>Der Anmeldedienst von Procore hat nicht geantwortet (%1). Hoist versucht es gleich erneut.</translation>
    </message>
    <message>
        <source>Procore no longer accepts Hoist&apos;s sign-in (%1). Sign in again; waiting uploads continue afterwards.</source>
        <translation>Procore akzeptiert die Anmeldung von Hoist nicht mehr (%1). Melden Sie sich erneut an; wartende Uploads werden danach fortgesetzt.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Hoist could not delete its entries from the keychain: %1</source>
        <translation>Hoist konnte seine Einträge nicht aus dem Schlüsselbund löschen: %1</translation>
    </message>
    <message>
        <source>Procore could not be told to revoke the sign-in (%1); it is deleted from this computer anyway.</source>
        <translation>Procore konnte nicht zum Widerruf der Anmeldung aufgefordert werden (%1); sie wird trotzdem von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Procore did not say who is signed in (%1).</source>
        <translation>Procore hat nicht mitgeteilt, wer angemeldet ist (%1).</translation>
    </message>
    <message>
        <source>Procore did not accept this application without a client secret. Ask whoever set up Hoist to configure its secret, or enter your own application under Advanced.</source>
        <translation>Procore hat diese Anwendung ohne Client-Secret nicht akzeptiert. Bitten Sie die Person, die Hoist eingerichtet hat, das Secret zu hinterlegen, oder geben Sie unter „Erweitert“ Ihre eigene Anwendung ein.</translation>
    </message>
    <message>
        <source>Enter the client id and redirect URI of your Procore application first.</source>
        <translation>Geben Sie zuerst die Client-ID und die Weiterleitungs-URI Ihrer Procore-Anwendung ein.</translation>
    </message>
</context>
<context>
    <name>hoist::PacedDevice</name>
    <message>
        <source>The file ended before all of it was sent.</source>
        <translation>Die Datei endete, bevor sie vollständig gesendet war.</translation>
    </message>
</context>
<context>
    <name>hoist::PartsTransfer</name>
    <message numerus="yes">
        <source>Uploading in %n part(s)</source>
        <translation>
            <numerusform>Wird in %n Teil hochgeladen</numerusform>
            <numerusform>Wird in %n Teilen hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on with the parts the last run did not send</source>
        <translation>Die Teile, die beim letzten Lauf nicht gesendet wurden, werden nachgeholt</translation>
    </message>
    <message>
        <source>Checking the file&apos;s parts…</source>
        <translation>Die Teile der Datei werden geprüft…</translation>
    </message>
    <message>
        <source>The segmented upload failed: %1</source>
        <translation>Der Upload in Teilen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Preparing… %1 %</source>
        <translation>Vorbereitung… %1 %</translation>
    </message>
</context>
<context>
    <name>hoist::PhotoAssociator</name>
    <message>
        <source>%1 (in the other documented form: %2)</source>
        <translation>%1 (in der anderen dokumentierten Form: %2)</translation>
    </message>
    <message>
        <source>Procore refused the photo (%1); sending it in the other documented form.</source>
        <translation>Procore hat das Foto abgelehnt (%1); es wird in der anderen dokumentierten Form gesendet.</translation>
    </message>
</context>
<context>
    <name>hoist::SegmentPlan</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Reading %1 stopped early: %2</source>
        <translation>Das Lesen von %1 brach vorzeitig ab: %2</translation>
    </message>
</context>
<context>
    <name>hoist::SegmentedUpload</name>
    <message>
        <source>Procore answered the segmented upload without part URLs.</source>
        <translation>Procore hat den Upload in Teilen ohne Teil-URLs beantwortet.</translation>
    </message>
    <message>
        <source>Cannot read part %1 of %2: %3</source>
        <translation>Teil %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>hoist::SinglePostTransfer</name>
    <message>
        <source>Procore&apos;s create-upload answer has no storage URL.</source>
        <translation>Die create-upload-Antwort von Procore enthält keine Speicher-URL.</translation>
    </message>
    <message>
        <source>Ready; waiting for a free transfer slot</source>
        <translation>Bereit; wartet auf einen freien Übertragungsplatz</translation>
    </message>
</context>
<context>
    <name>hoist::StaticTokenProvider</name>
    <message>
        <source>The access token was refused and cannot be renewed.</source>
        <translation>Das Zugriffstoken wurde abgelehnt und kann nicht erneuert werden.</translation>
    </message>
</context>
<context>
    <name>hoist::TokenStore</name>
    <message>
        <source>Access to the system keychain was denied (%1). Hoist keeps your sign-in in memory until it quits; you will have to sign in again next time.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1). Hoist behält Ihre Anmeldung im Speicher, bis es beendet wird; beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Hoist keeps your sign-in in memory until it quits; you will have to sign in again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Hoist behält Ihre Anmeldung im Speicher, bis es beendet wird; beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>hoist::TransferModel</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Wird in Procore abgeschlossen…</translation>
    </message>
    <message>
        <source>Stopped after upload</source>
        <translation>Nach dem Hochladen abgebrochen</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Abgebrochen bei %1</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>Nicht hochgeladen</translation>
    </message>
    <message>
        <source>Sent; waiting for storage to confirm…</source>
        <translation>Gesendet; warte auf die Bestätigung des Speichers…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>hoist::UploadController</name>
    <message>
        <source>Other files went into the same folder, so this is not a permission of the folder: check this file&apos;s name, type and size, then retry it.</source>
        <translation>Andere Dateien sind in denselben Ordner gelangt, es liegt also nicht an einer Berechtigung für den Ordner: Prüfen Sie Name, Typ und Größe dieser Datei und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>hoist::UploadJob</name>
    <message>
        <source>A file of that name is already there.</source>
        <translation>Dort liegt bereits eine Datei mit diesem Namen.</translation>
    </message>
    <message>
        <source>The file no longer exists: %1</source>
        <translation>Die Datei existiert nicht mehr: %1</translation>
    </message>
    <message>
        <source>Put the file back and retry, or remove it from the queue.</source>
        <translation>Legen Sie die Datei zurück und versuchen Sie es erneut, oder entfernen Sie sie aus der Warteschlange.</translation>
    </message>
    <message>
        <source>Not a regular file (a folder, pipe or device): %1</source>
        <translation>Keine normale Datei (Ordner, Pipe oder Gerät): %1</translation>
    </message>
    <message>
        <source>Remove it from the queue; only files can be uploaded.</source>
        <translation>Entfernen Sie sie aus der Warteschlange; nur Dateien können hochgeladen werden.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied): %1</source>
        <translation>Die Datei kann nicht gelesen werden (Zugriff verweigert): %1</translation>
    </message>
    <message>
        <source>Allow your user to read the file, then retry.</source>
        <translation>Erlauben Sie Ihrem Benutzer, die Datei zu lesen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No destination folder.</source>
        <translation>Kein Zielordner.</translation>
    </message>
    <message>
        <source>Could not open or create the folder %1: %2</source>
        <translation>Der Ordner %1 konnte nicht geöffnet oder angelegt werden: %2</translation>
    </message>
    <message>
        <source>The file disappeared while it was uploading: %1</source>
        <translation>Die Datei ist während des Hochladens verschwunden: %1</translation>
    </message>
    <message>
        <source>The file changed while it was uploading; uploading it again.</source>
        <translation>Die Datei wurde während des Hochladens geändert; sie wird erneut hochgeladen.</translation>
    </message>
    <message>
        <source>The upload permission expired; asking Procore for a new one.</source>
        <translation>Die Upload-Berechtigung ist abgelaufen; Procore wird um eine neue gebeten.</translation>
    </message>
    <message>
        <source>Storage error (%1); trying again in %2 s.</source>
        <translation>Speicherfehler (%1); neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Storage refused the file: %1</source>
        <translation>Der Speicher hat die Datei abgelehnt: %1</translation>
    </message>
    <message>
        <source>Gave up after %1 new attempts: %2</source>
        <translation>Nach %1 weiteren Versuchen aufgegeben: %2</translation>
    </message>
    <message>
        <source>Make sure nothing is writing to the file, then retry.</source>
        <translation>Stellen Sie sicher, dass nichts in die Datei schreibt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Checking what the last run finished…</source>
        <translation>Es wird geprüft, was der letzte Lauf abgeschlossen hat…</translation>
    </message>
    <message>
        <source>Could not check whether the last run finished this file: %1</source>
        <translation>Es konnte nicht geprüft werden, ob der letzte Lauf diese Datei abgeschlossen hat: %1</translation>
    </message>
    <message>
        <source>The last run&apos;s upload can no longer be continued; uploading the file again.</source>
        <translation>Der Upload des letzten Laufs kann nicht mehr fortgesetzt werden; die Datei wird erneut hochgeladen.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Not an image, and Photos take only images: %1</source>
        <translation>Kein Bild, und Fotos nimmt nur Bilder an: %1</translation>
    </message>
    <message>
        <source>Upload it to Documents instead, or remove it from the queue.</source>
        <translation>Laden Sie sie stattdessen in Dokumente hoch oder entfernen Sie sie aus der Warteschlange.</translation>
    </message>
    <message>
        <source>Stored; waiting for the rest of the drawing batch…</source>
        <translation>Gespeichert; wartet auf den Rest des Planstapels…</translation>
    </message>
    <message>
        <source>Procore did not add the photo: %1</source>
        <translation>Procore hat das Foto nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Stopped: the transfer journal could not be written.</source>
        <translation>Angehalten: Das Übertragungsjournal konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Procore&apos;s file storage refused the file.</source>
        <translation>Der Dateispeicher von Procore hat die Datei abgelehnt.</translation>
    </message>
</context>
<context>
    <name>hoist::WatchService</name>
    <message>
        <source>Gone from the folder; it stays in Procore (deletions and renames are never sent).</source>
        <translation>Nicht mehr im Ordner; in Procore bleibt die Datei (Löschen und Umbenennen werden nie übertragen).</translation>
    </message>
    <message>
        <source>The folder %1 is not there (or cannot be read); watching for it to come back.</source>
        <translation>Der Ordner %1 ist nicht da (oder nicht lesbar); Hoist wartet, bis er wieder da ist.</translation>
    </message>
    <message>
        <source>Waiting until the file is complete.</source>
        <translation>Warten, bis die Datei vollständig ist.</translation>
    </message>
    <message>
        <source>The file is empty; Procore refuses empty files, so it waits until it has content.</source>
        <translation>Die Datei ist leer; Procore lehnt leere Dateien ab, daher wartet sie, bis sie Inhalt hat.</translation>
    </message>
    <message>
        <source>Still open for writing in another program; it goes up once that program closes it.</source>
        <translation>Noch in einem anderen Programm zum Schreiben geöffnet; sie wird hochgeladen, sobald das Programm sie schließt.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1. It is tried again later.</source>
        <translation>Die Datei kann nicht gelesen werden: %1. Später wird es erneut versucht.</translation>
    </message>
    <message>
        <source>Already uploaded with the same content.</source>
        <translation>Mit demselben Inhalt bereits hochgeladen.</translation>
    </message>
    <message>
        <source>Queued for %1.</source>
        <translation>In der Warteschlange für %1.</translation>
    </message>
    <message>
        <source>Uploading.</source>
        <translation>Wird hochgeladen.</translation>
    </message>
    <message>
        <source>Uploaded.</source>
        <translation>Hochgeladen.</translation>
    </message>
    <message>
        <source>Skipped: a file of that name is already there.</source>
        <translation>Übersprungen: Eine Datei dieses Namens ist schon da.</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be read.</source>
        <translation>%1 ist kein lesbarer Ordner.</translation>
    </message>
    <message>
        <source>The watch could not be saved.</source>
        <translation>Die Überwachung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>the watch folders&apos; records could not be written: %1</source>
        <translation>die Einträge der überwachten Ordner konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::CatalogPicker</name>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>hoist::ui::ConflictPrompter</name>
    <message>
        <source>File Already There</source>
        <translation>Datei bereits vorhanden</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.</source>
        <translation>„%1“ existiert bereits in %2.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Upload it as a new version of the existing file, keep both (Procore renames the new one), or skip it?</source>
        <translation>Als neue Version der vorhandenen Datei hochladen, beide behalten (Procore benennt die neue um) oder überspringen?</translation>
    </message>
    <message>
        <source>New &amp;Version</source>
        <translation>Neue &amp;Version</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Do the same for the other files of this upload</source>
        <translation>Für die anderen Dateien dieses Uploads genauso verfahren</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Notes for the new version of “%1” (optional):</source>
        <translation>Notizen zur neuen Version von „%1“ (optional):</translation>
    </message>
    <message>
        <source>&amp;Upload Version</source>
        <translation>Version &amp;hochladen</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DesktopIntegration</name>
    <message>
        <source>Hoist is still uploading</source>
        <translation>Hoist lädt noch hoch</translation>
    </message>
    <message>
        <source>The uploads go on in the background. Click Hoist&apos;s icon in the system tray to show the window again, or choose Quit there.</source>
        <translation>Die Uploads laufen im Hintergrund weiter. Klicken Sie auf das Hoist-Symbol im Systembereich der Kontrollleiste, um das Fenster wieder anzuzeigen, oder wählen Sie dort Beenden.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DestinationBar</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Loading companies…</source>
        <translation>Firmen werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>No companies</source>
        <translation>Keine Firmen</translation>
    </message>
    <message>
        <source>The companies could not be loaded: %1</source>
        <translation>Die Firmen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This account has access to no Procore company. Ask your Procore administrator to add you to one.</source>
        <translation>Dieses Konto hat Zugriff auf keine Procore-Firma. Bitten Sie Ihren Procore-Administrator, Sie einer Firma hinzuzufügen.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>%1 › %2 › %3</source>
        <translation>%1 › %2 › %3</translation>
    </message>
    <message>
        <source>Destination type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Which Procore tool the files go to</source>
        <translation>In welches Procore-Tool die Dateien gehen</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Firmendokumente</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Company Documents › %1</source>
        <translation>Firmendokumente › %1</translation>
    </message>
    <message>
        <source>%1 › %2 › Photos › %3</source>
        <translation>%1 › %2 › Fotos › %3</translation>
    </message>
    <message>
        <source>%1 › %2 › Drawings › %3</source>
        <translation>%1 › %2 › Pläne › %3</translation>
    </message>
    <message>
        <source>Up&amp;load to:</source>
        <translation>Hoch&amp;laden nach:</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DiagnosticsGroup</name>
    <message>
        <source>Log and history</source>
        <translation>Protokoll und Verlauf</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed (for support)</source>
        <translation>Ausführlich (für den Support)</translation>
    </message>
    <message>
        <source>How much the log says</source>
        <translation>Wie viel das Protokoll festhält</translation>
    </message>
    <message>
        <source>Normal: what was done, every call that creates something in Procore and every failure. Detailed: every request and step too. Never a password or token.</source>
        <translation>Normal: was getan wurde, jeder Aufruf, der in Procore etwas anlegt, und jeder Fehler. Ausführlich: zusätzlich jede Anfrage und jeder Schritt. Nie ein Passwort oder Token.</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>Protokoll-Deta&amp;ils:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep upload history for this many days, 0 for ever</source>
        <translation>Upload-Verlauf so viele Tage behalten, 0 für unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Verlauf behalten &amp;für:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source> uploads</source>
        <translation> Uploads</translation>
    </message>
    <message>
        <source>Keep at most this many uploads in the history, 0 for no limit</source>
        <translation>Höchstens so viele Uploads im Verlauf behalten, 0 für kein Limit</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>Hö&amp;chstens behalten:</translation>
    </message>
    <message>
        <source>Forget every upload in the history (nothing changes in Procore)</source>
        <translation>Alle Uploads aus dem Verlauf entfernen (in Procore ändert sich nichts)</translation>
    </message>
    <message>
        <source>History size:</source>
        <translation>Größe des Verlaufs:</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 auf dem Datenträger</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Forget every upload in the history? Nothing is removed from Procore; Transfers › History starts empty.</source>
        <translation>Alle Uploads aus dem Verlauf entfernen? In Procore wird nichts gelöscht; Übertragungen › Verlauf beginnt leer.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1. Close Hoist&apos;s History window and try again.</source>
        <translation>Der Verlauf konnte nicht geleert werden: %1. Schließen Sie das Verlaufsfenster von Hoist und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>die Datei wird gerade benutzt</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>Verlauf &amp;leeren…</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DrawingPage</name>
    <message>
        <source>PDF drawings only. The files of one upload go to Procore as one drawing upload; each row shows its processing until Procore has finished.</source>
        <translation>Nur PDF-Pläne. Die Dateien eines Uploads gehen als ein Plan-Upload an Procore; jede Zeile zeigt die Verarbeitung, bis Procore fertig ist.</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>Drawing &amp;set:</source>
        <translation>Plan&amp;satz:</translation>
    </message>
    <message>
        <source>Drawing da&amp;te:</source>
        <translation>Plan&amp;datum:</translation>
    </message>
    <message>
        <source>Default revisi&amp;on:</source>
        <translation>Standard&amp;revision:</translation>
    </message>
    <message>
        <source>Drawing area</source>
        <translation>Planbereich</translation>
    </message>
    <message>
        <source>New set…</source>
        <translation>Neuer Plansatz…</translation>
    </message>
    <message>
        <source>Loading drawing sets…</source>
        <translation>Plansätze werden geladen…</translation>
    </message>
    <message>
        <source>The drawing sets could not be loaded: %1</source>
        <translation>Die Plansätze konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>New Drawing Set</source>
        <translation>Neuer Plansatz</translation>
    </message>
    <message>
        <source>Name of the new drawing set:</source>
        <translation>Name des neuen Plansatzes:</translation>
    </message>
    <message>
        <source>Creating the drawing set “%1”…</source>
        <translation>Plansatz „%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>The drawing set “%1” could not be created: %2</source>
        <translation>Der Plansatz „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Plansatz</translation>
    </message>
    <message>
        <source>Drawing date</source>
        <translation>Plandatum</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Einge&amp;gangen:</translation>
    </message>
    <message>
        <source>Set a received date</source>
        <translation>Eingangsdatum festlegen</translation>
    </message>
    <message>
        <source>Received date</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <source>Default revision</source>
        <translation>Standardrevision</translation>
    </message>
    <message>
        <source>The drawing areas could not be loaded: %1</source>
        <translation>Die Planbereiche konnten nicht geladen werden: %1</translation>
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
        <translation>Ablagebereich</translation>
    </message>
    <message>
        <source>Drop files and folders here to add them to the upload</source>
        <translation>Dateien und Ordner hier ablegen, um sie zum Upload hinzuzufügen</translation>
    </message>
    <message>
        <source>Drop here</source>
        <translation>Hier ablegen</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Wird durchsucht</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Durchsuchen beenden</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FailureBar</name>
    <message>
        <source>Failed uploads</source>
        <translation>Fehlgeschlagene Uploads</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be uploaded.</source>
        <translation>
            <numerusform>%n Datei konnte nicht hochgeladen werden.</numerusform>
            <numerusform>%n Dateien konnten nicht hochgeladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Show Failed</source>
        <translation>Fehlgeschlagene &amp;zeigen</translation>
    </message>
    <message>
        <source>List only the failed files, selected</source>
        <translation>Nur die fehlgeschlagenen Dateien auflisten, ausgewählt</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FolderPage</name>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Folders of the Documents tool, the project&apos;s or the company&apos;s. Read-only folders cannot be chosen.</source>
        <translation>Ordner des Dokumente-Tools, des Projekts oder der Firma. Schreibgeschützte Ordner können nicht gewählt werden.</translation>
    </message>
    <message>
        <source>Upload a &amp;New Version…</source>
        <translation>&amp;Neue Version hochladen…</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Create a folder inside the chosen folder</source>
        <translation>Einen Ordner im gewählten Ordner anlegen</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Firmendokumente</translation>
    </message>
    <message>
        <source>Drop a file onto “%1” (or press Ctrl+Shift+N) to upload it as a new version.</source>
        <translation>Legen Sie eine Datei auf „%1“ ab (oder drücken Sie Strg+Umschalt+N), um sie als neue Version hochzuladen.</translation>
    </message>
    <message>
        <source>“%1” is read-only: files cannot be uploaded there. Choose another folder.</source>
        <translation>„%1“ ist schreibgeschützt: Dorthin können keine Dateien hochgeladen werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Name des neuen Ordners in „%1“:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/” or “\”.</source>
        <translation>Ein Ordnername darf weder „/“ noch „\“ enthalten.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation>Neue Version von %1</translation>
    </message>
    <message>
        <source>Drop one file at a time onto “%1” for a new version.</source>
        <translation>Legen Sie für eine neue Version jeweils nur eine Datei auf „%1“ ab.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FolderTreeModel</name>
    <message>
        <source>The folders of %1 could not be loaded: %2</source>
        <translation>Die Ordner von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created: %2</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>“%1” is read-only: files cannot be uploaded here.</source>
        <translation>„%1“ ist schreibgeschützt: Hierhin können keine Dateien hochgeladen werden.</translation>
    </message>
    <message>
        <source>The top of the Documents tool</source>
        <translation>Die oberste Ebene des Dokumente-Tools</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>Drop a file here to upload it as a new version of “%1”.</source>
        <translation>Legen Sie hier eine Datei ab, um sie als neue Version von „%1“ hochzuladen.</translation>
    </message>
    <message>
        <source>file; drop a file onto it for a new version</source>
        <translation>Datei; legen Sie eine Datei darauf ab, um eine neue Version hochzuladen</translation>
    </message>
</context>
<context>
    <name>hoist::ui::HistoryDialog</name>
    <message>
        <source>Upload history</source>
        <translation>Upload-Verlauf</translation>
    </message>
    <message>
        <source>Search file names and destinations</source>
        <translation>Dateinamen und Ziele durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Zeitr&amp;aum:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Recorded uploads</source>
        <translation>Aufgezeichnete Uploads</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Show &amp;file</source>
        <translation>&amp;Datei anzeigen</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) shown</source>
        <translation>
            <numerusform>%n Datei angezeigt</numerusform>
            <numerusform>%n Dateien angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder and try again.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Open in Pro&amp;core</source>
        <translation>In Pro&amp;core öffnen</translation>
    </message>
    <message>
        <source>Save rece&amp;ipt…</source>
        <translation>&amp;Beleg speichern…</translation>
    </message>
    <message>
        <source>Per file uploaded: its link in Procore, who uploaded it and when, and its SHA-256 (the selected rows, or all shown)</source>
        <translation>Für jede hochgeladene Datei: ihr Link in Procore, wer sie wann hochgeladen hat, und ihre SHA-256 (die ausgewählten Zeilen oder alle angezeigten)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>Printable page (*.html);;CSV files (*.csv)</source>
        <translation>Druckbare Seite (*.html);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Choose another folder and try again.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be queued again: they are no longer on this computer.</source>
        <translation>
            <numerusform>%n Datei konnte nicht erneut eingereiht werden: Sie ist nicht mehr auf diesem Computer.</numerusform>
            <numerusform>%n Dateien konnten nicht erneut eingereiht werden: Sie sind nicht mehr auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them back where they were and retry, or upload them from where they are now:
%1</source>
        <translation>Legen Sie sie wieder an ihren Platz und wiederholen Sie den Vorgang, oder laden Sie sie von ihrem jetzigen Ort hoch:
%1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::JournalBar</name>
    <message>
        <source>Transfer journal</source>
        <translation>Übertragungsjournal</translation>
    </message>
    <message>
        <source>Every upload stopped: %1.
Nothing is lost and nothing is sent twice. Free some space there (or fix the folder), then choose Resume All.</source>
        <translation>Alle Uploads wurden angehalten: %1.
Nichts geht verloren und nichts wird doppelt gesendet. Schaffen Sie dort Platz (oder beheben Sie den Ordner) und wählen Sie dann „Alle fortsetzen“.</translation>
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
        <translation>Dateien hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Choose files to upload</source>
        <translation>Dateien zum Hochladen auswählen</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Choose a folder to upload with its subfolders</source>
        <translation>Einen Ordner mit seinen Unterordnern zum Hochladen auswählen</translation>
    </message>
    <message>
        <source>&amp;Paste Files</source>
        <translation>Dateien &amp;einfügen</translation>
    </message>
    <message>
        <source>Add the files and folders copied in a file manager</source>
        <translation>Die in einem Dateimanager kopierten Dateien und Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Forget the files waiting to be uploaded</source>
        <translation>Die auf den Upload wartenden Dateien verwerfen</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>Alle &amp;pausieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Pause every transfer; resume them later</source>
        <translation>Alle Übertragungen anhalten und später fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Try the selected failed or cancelled files again</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Dateien erneut versuchen</translation>
    </message>
    <message>
        <source>Retry All &amp;Failed</source>
        <translation>Alle &amp;fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Try every failed file again</source>
        <translation>Jede fehlgeschlagene Datei erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop uploading the selected files</source>
        <translation>Das Hochladen der ausgewählten Dateien beenden</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files from the list (cancels them if needed)</source>
        <translation>Die ausgewählten Dateien aus der Liste entfernen (bricht sie bei Bedarf ab)</translation>
    </message>
    <message>
        <source>Clear F&amp;inished</source>
        <translation>Erle&amp;digte entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Remove the uploaded and skipped files from the list</source>
        <translation>Die hochgeladenen und übersprungenen Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Show &amp;Local File</source>
        <translation>&amp;Lokale Datei anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open the folder holding the selected file</source>
        <translation>Den Ordner mit der ausgewählten Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Open in Procore</source>
        <translation>In Procore &amp;öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Open the uploaded file from Procore in the web browser</source>
        <translation>Die hochgeladene Datei aus Procore im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Hoist</source>
        <translation>Hoist beenden</translation>
    </message>
    <message>
        <source>&amp;About Hoist</source>
        <translation>Ü&amp;ber Hoist</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>What was uploaded, failed or skipped, with search and CSV export</source>
        <translation>Was hochgeladen wurde, fehlschlug oder übersprungen wurde, mit Suche und CSV-Export</translation>
    </message>
    <message>
        <source>Re&amp;view Before Upload</source>
        <translation>Vor dem Hochladen p&amp;rüfen</translation>
    </message>
    <message>
        <source>Show what Procore will refuse or change, and what is already there, before uploading</source>
        <translation>Vor dem Hochladen zeigen, was Procore ablehnen oder ändern wird und was schon vorhanden ist</translation>
    </message>
    <message>
        <source>About Hoist</source>
        <translation>Über Hoist</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>Ü&amp;bertragungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>H&amp;ilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Resume &amp;All</source>
        <translation>&amp;Alle fortsetzen</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Add Files to Upload</source>
        <translation>Dateien zum Hochladen hinzufügen</translation>
    </message>
    <message>
        <source>Add a Folder to Upload</source>
        <translation>Einen Ordner zum Hochladen hinzufügen</translation>
    </message>
    <message>
        <source>The clipboard holds no files or folders.</source>
        <translation>Die Zwischenablage enthält keine Dateien oder Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Looking for files… %n found (%1)</source>
        <translation>
            <numerusform>Dateien werden gesucht… %n gefunden (%1)</numerusform>
            <numerusform>Dateien werden gesucht… %n gefunden (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to upload</source>
        <translation>Nichts hochzuladen</translation>
    </message>
    <message>
        <source>Drop files and folders here</source>
        <translation>Dateien und Ordner hier ablegen</translation>
    </message>
    <message>
        <source>Or use Add Files and Add Folder. Folders keep their structure.</source>
        <translation>Oder verwenden Sie „Dateien hinzufügen“ und „Ordner hinzufügen“. Ordner behalten ihre Struktur.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, ready to upload</source>
        <translation>
            <numerusform>%n Datei, %1, bereit zum Hochladen</numerusform>
            <numerusform>%n Dateien, %1, bereit zum Hochladen</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <source>Checking the files against the destination…</source>
        <translation>Die Dateien werden mit dem Ziel abgeglichen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued</source>
        <translation>
            <numerusform>%n Datei in der Warteschlange</numerusform>
            <numerusform>%n Dateien in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 hochladen</numerusform>
            <numerusform>%n Dateien nach %1 hochladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Files</source>
        <translation>Dateien entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files are still being uploaded. Stop them and remove them from the list?</source>
        <translation>
            <numerusform>Eine der ausgewählten Dateien wird noch hochgeladen. Anhalten und aus der Liste entfernen?</numerusform>
            <numerusform>%n der ausgewählten Dateien werden noch hochgeladen. Anhalten und aus der Liste entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop and &amp;Remove</source>
        <translation>Anhalten und &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation>%1 ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still being uploaded or waiting their turn.</source>
        <translation>
            <numerusform>%n Datei wird noch hochgeladen oder wartet.</numerusform>
            <numerusform>%n Dateien werden noch hochgeladen oder warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added file(s) have not been uploaded yet.</source>
        <translation>
            <numerusform>%n hinzugefügte Datei wurde noch nicht hochgeladen.</numerusform>
            <numerusform>%n hinzugefügte Dateien wurden noch nicht hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Hoist?</source>
        <translation>Hoist beenden?</translation>
    </message>
    <message>
        <source>If you quit now, these files are not uploaded to Procore. You will need to add them again.</source>
        <translation>Wenn Sie jetzt beenden, werden diese Dateien nicht zu Procore hochgeladen. Sie müssen sie erneut hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>Anhalten und &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Uploading</source>
        <translation>&amp;Weiter hochladen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Transfers, bandwidth, language, environment and proxy</source>
        <translation>Übertragungen, Bandbreite, Sprache, Umgebung und Proxy</translation>
    </message>
    <message>
        <source>Hoist keeps the queue and offers to go on with it the next time it starts.</source>
        <translation>Hoist behält die Warteschlange und bietet beim nächsten Start an, sie fortzusetzen.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>PDF drawings (%1)</source>
        <translation>PDF-Pläne (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Upload “%1” as a new version of “%2”.

Notes for this version (optional):</source>
        <translation>„%1“ als neue Version von „%2“ hochladen.

Notizen zu dieser Version (optional):</translation>
    </message>
    <message>
        <source>&amp;Upload Version</source>
        <translation>Version &amp;hochladen</translation>
    </message>
    <message>
        <source>New version of %1 queued</source>
        <translation>Neue Version von %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Leer&amp;en</translation>
    </message>
    <message>
        <source>Choose the company, project and destination to upload to.</source>
        <translation>Wählen Sie Firma, Projekt und Ziel für den Upload.</translation>
    </message>
    <message>
        <source>Upload the waiting files to the chosen destination</source>
        <translation>Die wartenden Dateien an das gewählte Ziel hochladen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Uploads files and folders to Procore&apos;s Documents, Photos and Drawings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Lädt Dateien und Ordner in die Dokumente, Fotos und Pläne von Procore hoch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add files and choose a writable destination first</source>
        <translation>Fügen Sie zuerst Dateien hinzu und wählen Sie ein beschreibbares Ziel</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be uploaded: %1 — %2</source>
        <translation>
            <numerusform>%n Element kann nicht hochgeladen werden: %1 — %2</numerusform>
            <numerusform>%n Elemente können nicht hochgeladen werden: %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in Transfers</source>
        <translation>In Übertragungen &amp;suchen</translation>
    </message>
    <message>
        <source>Show only the transfers whose name or folder holds a text</source>
        <translation>Nur die Übertragungen zeigen, deren Name oder Ordner einen Text enthält</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List the companies, projects and folders from Procore again</source>
        <translation>Firmen, Projekte und Ordner erneut von Procore abrufen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued again, each to where it was going</source>
        <translation>
            <numerusform>%n Datei erneut eingereiht, an ihr ursprüngliches Ziel</numerusform>
            <numerusform>%n Dateien erneut eingereiht, jede an ihr ursprüngliches Ziel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::PhotoPage</name>
    <message>
        <source>No album (Unclassified)</source>
        <translation>Kein Album (nicht zugeordnet)</translation>
    </message>
    <message>
        <source>New album…</source>
        <translation>Neues Album…</translation>
    </message>
    <message>
        <source>Loading albums…</source>
        <translation>Alben werden geladen…</translation>
    </message>
    <message>
        <source>The albums could not be loaded: %1</source>
        <translation>Die Alben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>New Album</source>
        <translation>Neues Album</translation>
    </message>
    <message>
        <source>Name of the new photo album:</source>
        <translation>Name des neuen Fotoalbums:</translation>
    </message>
    <message>
        <source>Creating the album “%1”…</source>
        <translation>Album „%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>The album “%1” could not be created: %2</source>
        <translation>Das Album „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Photo description</source>
        <translation>Fotobeschreibung</translation>
    </message>
    <message>
        <source>Optional, for every photo of the upload</source>
        <translation>Optional, für jedes Foto dieses Uploads</translation>
    </message>
    <message>
        <source>Private photos</source>
        <translation>Private Fotos</translation>
    </message>
    <message>
        <source>P&amp;rivate (only people allowed to see private photos)</source>
        <translation>P&amp;rivat (nur für Personen, die private Fotos sehen dürfen)</translation>
    </message>
    <message>
        <source>Only images (JPEG, PNG, HEIC, …) can go to Photos; other files are left out before anything is uploaded.</source>
        <translation>Nur Bilder (JPEG, PNG, HEIC, …) können zu Fotos; andere Dateien werden vor dem Hochladen ausgelassen.</translation>
    </message>
    <message>
        <source>&amp;Album:</source>
        <translation>&amp;Album:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Beschre&amp;ibung:</translation>
    </message>
</context>
<context>
    <name>hoist::ui::PreflightDialog</name>
    <message>
        <source>Review before upload</source>
        <translation>Vor dem Hochladen prüfen</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Files Procore would refuse or change are listed below; tick the ones to upload anyway, untick the ones to leave out.</source>
        <translation>Es wurde noch nichts gesendet. Dateien, die Procore ablehnen oder ändern würde, sind unten aufgeführt; haken Sie die an, die trotzdem hochgeladen werden sollen, und entfernen Sie den Haken bei denen, die ausgelassen werden sollen.</translation>
    </message>
    <message>
        <source>The destination could not be read (%1), so files already there cannot be recognised. You can still upload.</source>
        <translation>Das Ziel konnte nicht gelesen werden (%1), daher lassen sich bereits vorhandene Dateien nicht erkennen. Sie können trotzdem hochladen.</translation>
    </message>
    <message>
        <source>Flagged files</source>
        <translation>Markierte Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>In Procore as</source>
        <translation>In Procore als</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, to %2.</source>
        <translation>
            <numerusform>%n Datei, %1, nach %2.</numerusform>
            <numerusform>%n Dateien, %1, nach %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out.</source>
        <translation>
            <numerusform>%n Datei ausgelassen.</numerusform>
            <numerusform>%n Dateien ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders to create: %1.</source>
        <translation>Anzulegende Ordner: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>%n Datei hochladen</numerusform>
            <numerusform>%n Dateien hochladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not for %1</source>
        <translation>Nicht für %1</translation>
    </message>
    <message>
        <source>None of these files can go to %1; nothing was uploaded.</source>
        <translation>Keine dieser Dateien kann nach %1; es wurde nichts hochgeladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to %1 and were left out; the others are queued.</source>
        <translation>
            <numerusform>%n Datei kann nicht nach %1 und wurde ausgelassen; die anderen sind in der Warteschlange.</numerusform>
            <numerusform>%n Dateien können nicht nach %1 und wurden ausgelassen; die anderen sind in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Check the drawing settings and each sheet&apos;s revision (read from its name where it says one); untick the sheets to leave out.</source>
        <translation>Noch wurde nichts gesendet. Prüfen Sie die Zeichnungseinstellungen und die Revision jedes Blatts (aus dem Namen gelesen, wo er eine nennt); entfernen Sie das Häkchen bei Blättern, die nicht mitgehen sollen.</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>Blattnummer</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed since a file of the same name went to Procore.</source>
        <translation>
            <numerusform>%n Datei wurde geändert, seit eine Datei gleichen Namens nach Procore ging.</numerusform>
            <numerusform>%n Dateien wurden geändert, seit eine Datei gleichen Namens nach Procore ging.</numerusform>
        </translation>
    </message>
    <message>
        <source>For all changed files</source>
        <translation>Für alle geänderten Dateien</translation>
    </message>
    <message>
        <source>Each as chosen below</source>
        <translation>Jede wie unten gewählt</translation>
    </message>
    <message>
        <source>All as new versions</source>
        <translation>Alle als neue Versionen</translation>
    </message>
    <message>
        <source>All as copies (keep both)</source>
        <translation>Alle als Kopien (beide behalten)</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Alle überspringen</translation>
    </message>
    <message>
        <source>&amp;For all:</source>
        <translation>&amp;Für alle:</translation>
    </message>
    <message>
        <source>(from the sheet)</source>
        <translation>(aus dem Blatt)</translation>
    </message>
    <message>
        <source>Revision of %1</source>
        <translation>Revision von %1</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Was mit %1 tun</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message numerus="yes">
        <source>%n as new version(s) of the file(s) in Procore.</source>
        <translation>
            <numerusform>%n als neue Version der Datei in Procore.</numerusform>
            <numerusform>%n als neue Versionen der Dateien in Procore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes at least %1: Procore lets a program send only so many requests an hour, and these files need about %n.</source>
        <translation>
            <numerusform>Das dauert mindestens %1: Procore erlaubt einem Programm nur eine bestimmte Zahl von Anfragen pro Stunde, und diese Dateien brauchen etwa %n.</numerusform>
            <numerusform>Das dauert mindestens %1: Procore erlaubt einem Programm nur eine bestimmte Zahl von Anfragen pro Stunde, und diese Dateien brauchen etwa %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::ProjectPicker</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Type part of a project&apos;s number or name to filter the list</source>
        <translation>Geben Sie einen Teil der Nummer oder des Namens eines Projekts ein, um die Liste zu filtern</translation>
    </message>
    <message>
        <source>Type to filter by project number or name</source>
        <translation>Tippen, um nach Projektnummer oder -name zu filtern</translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation>Die Projekte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Choose a company first</source>
        <translation>Wählen Sie zuerst eine Firma</translation>
    </message>
    <message>
        <source>Loading projects… %1 of %2</source>
        <translation>Projekte werden geladen… %1 von %2</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message>
        <source>No projects in this company</source>
        <translation>Keine Projekte in dieser Firma</translation>
    </message>
    <message numerus="yes">
        <source>Choose or type a project (%n available)</source>
        <translation>
            <numerusform>Projekt wählen oder eingeben (%n verfügbar)</numerusform>
            <numerusform>Projekt wählen oder eingeben (%n verfügbar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::ProxySignInDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Proxy-Anmeldung</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password before Hoist can reach Procore. Uploads wait until you answer.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort, bevor Hoist Procore erreichen kann. Die Uploads warten, bis Sie antworten.</translation>
    </message>
    <message>
        <source>The proxy refused that user name and password.</source>
        <translation>Der Proxy hat diesen Benutzernamen und dieses Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>B&amp;enutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SessionManager</name>
    <message>
        <source>Upload history</source>
        <translation>Upload-Verlauf</translation>
    </message>
    <message>
        <source>The upload history cannot be kept: %1. Uploads still work.</source>
        <translation>Der Upload-Verlauf kann nicht geführt werden: %1. Uploads funktionieren trotzdem.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Procore needs you to sign in again (%1). Waiting uploads stay in the queue.</source>
        <translation>Procore verlangt eine erneute Anmeldung (%1). Wartende Uploads bleiben in der Warteschlange.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>The upload history is not available.</source>
        <translation>Der Upload-Verlauf ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Transfer journal</source>
        <translation>Übertragungsjournal</translation>
    </message>
    <message>
        <source>Resume uploads?</source>
        <translation>Uploads fortsetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not finished when Hoist last stopped.</source>
        <translation>
            <numerusform>%n Datei wurde beim letzten Beenden von Hoist nicht fertig.</numerusform>
            <numerusform>%n Dateien wurden beim letzten Beenden von Hoist nicht fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hoist can go on where they stopped: parts already stored are not sent again and nothing is uploaded twice.</source>
        <translation>Hoist kann dort weitermachen, wo sie aufgehört haben: Bereits gespeicherte Teile werden nicht erneut gesendet und nichts wird doppelt hochgeladen.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Eingebaute Sandbox</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die eingebaute Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Files uploaded at the same time</source>
        <translation>Gleichzeitig hochgeladene Dateien</translation>
    </message>
    <message>
        <source>&amp;Files at the same time:</source>
        <translation>&amp;Dateien gleichzeitig:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Upload bandwidth limit in KiB per second, 0 for unlimited</source>
        <translation>Upload-Bandbreitenlimit in KiB pro Sekunde, 0 für unbegrenzt</translation>
    </message>
    <message>
        <source>For all uploads together. 0 means no limit.</source>
        <translation>Für alle Uploads zusammen. 0 bedeutet kein Limit.</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>&amp;Bandbreitenlimit:</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Keep both (Procore renames the new file)</source>
        <translation>Beide behalten (Procore benennt die neue Datei um)</translation>
    </message>
    <message>
        <source>Skip the new file</source>
        <translation>Die neue Datei überspringen</translation>
    </message>
    <message>
        <source>Upload as a new version</source>
        <translation>Als neue Version hochladen</translation>
    </message>
    <message>
        <source>When a file with the same name is already there</source>
        <translation>Wenn bereits eine Datei mit gleichem Namen vorhanden ist</translation>
    </message>
    <message>
        <source>When the &amp;name is taken:</source>
        <translation>Wenn der &amp;Name vergeben ist:</translation>
    </message>
    <message>
        <source>Language and Procore</source>
        <translation>Sprache und Procore</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Procore</source>
        <translation>Procore</translation>
    </message>
    <message>
        <source>Procore developer sandbox</source>
        <translation>Procore-Entwickler-Sandbox</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Procore-Monats-Sandbox</translation>
    </message>
    <message>
        <source>Built-in sandbox (no account needed)</source>
        <translation>Eingebaute Sandbox (kein Konto nötig)</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <source>Procore environment</source>
        <translation>Procore-Umgebung</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>API address of the other server</source>
        <translation>API-Adresse des anderen Servers</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
    </message>
    <message>
        <source>Same as the API address</source>
        <translation>Wie die API-Adresse</translation>
    </message>
    <message>
        <source>Sign-in address of the other server</source>
        <translation>Anmeldeadresse des anderen Servers</translation>
    </message>
    <message>
        <source>&amp;Sign-in address:</source>
        <translation>An&amp;meldeadresse:</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Netzwerk-Proxy</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>B&amp;enutzername:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The new language is used the next time Hoist starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Hoist verwendet.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Files of at least this size in MiB go up in parts, 0 for never</source>
        <translation>Dateien ab dieser Größe in MiB werden in Teilen hochgeladen, 0 für nie</translation>
    </message>
    <message>
        <source>Big files go up in 64 MiB parts, several at once; each part is retried alone and an interrupted upload goes on from the last stored part. Files over 5 GB always go in parts.</source>
        <translation>Große Dateien werden in Teilen zu 64 MiB hochgeladen, mehrere gleichzeitig; jeder Teil wird einzeln wiederholt, und ein unterbrochener Upload geht beim letzten gespeicherten Teil weiter. Dateien über 5 GB gehen immer in Teilen.</translation>
    </message>
    <message>
        <source>Upload in par&amp;ts from:</source>
        <translation>In &amp;Teilen hochladen ab:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance: light, dark or the system&apos;s</source>
        <translation>Darstellung: hell, dunkel oder wie das System</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Darstellun&amp;g:</translation>
    </message>
    <message>
        <source>None: only the system&apos;s</source>
        <translation>Keine: nur die des Systems</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Zusätzliche Datei einer Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of a certificate authority to trust besides the system&apos;s, e.g. your organization&apos;s HTTPS inspection. Used at once.</source>
        <translation>Eine PEM-Datei mit dem Zertifikat einer Zertifizierungsstelle, der neben denen des Systems vertraut wird, z. B. für die HTTPS-Prüfung Ihrer Organisation. Gilt sofort.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>Certif&amp;icate authority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a PEM certificate file, or leave the field empty.</source>
        <translation>Wählen Sie eine PEM-Zertifikatsdatei oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SignInDialog</name>
    <message>
        <source>Sign in to Procore</source>
        <translation>Bei Procore anmelden</translation>
    </message>
    <message>
        <source>How to connect Hoist to Procore</source>
        <translation>So verbinden Sie Hoist mit Procore</translation>
    </message>
    <message>
        <source>Procore environment</source>
        <translation>Procore-Umgebung</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
    </message>
    <message>
        <source>Same as the API address</source>
        <translation>Wie die API-Adresse</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Si&amp;gn-in address:</source>
        <translation>An&amp;meldeadresse:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Must match the redirect URI registered for the app exactly</source>
        <translation>Muss genau mit der für die App registrierten Weiterleitungs-URI übereinstimmen</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Sign &amp;in with browser</source>
        <translation>Im Browser &amp;anmelden</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>&amp;Code from Procore:</source>
        <translation>&amp;Code von Procore:</translation>
    </message>
    <message>
        <source>Code from Procore</source>
        <translation>Code von Procore</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>Code &amp;verwenden</translation>
    </message>
    <message>
        <source>Use code</source>
        <translation>Code verwenden</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>Other server…</source>
        <translation>Anderer Server…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hoist needs an app registered with Procore before it can sign you in. You do this once:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in to the &lt;a href=&quot;https://developers.procore.com&quot;&gt;Procore Developer Portal&lt;/a&gt; and choose &lt;b&gt;Create New App&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In the app&apos;s OAuth settings, add this redirect URI exactly as shown, including the last slash: &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Copy the app&apos;s &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; into the fields below. The Procore sandboxes have their own ID and secret.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hoist keeps the secret and your sign-in in the system keychain, never in a file. If Procore shows a code instead of returning to Hoist, use the redirect URI &lt;b&gt;urn:ietf:wg:oauth:2.0:oob&lt;/b&gt; and paste the code here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hoist braucht eine bei Procore registrierte App, bevor es Sie anmelden kann. Das ist nur einmal nötig:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Melden Sie sich im &lt;a href=&quot;https://developers.procore.com&quot;&gt;Procore Developer Portal&lt;/a&gt; an und wählen Sie &lt;b&gt;Create New App&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fügen Sie in den OAuth-Einstellungen der App genau diese Weiterleitungs-URI hinzu, einschließlich des letzten Schrägstrichs: &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Kopieren Sie &lt;b&gt;Client ID&lt;/b&gt; und &lt;b&gt;Client Secret&lt;/b&gt; der App in die Felder unten. Die Procore-Sandboxes haben eigene IDs und Secrets.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hoist bewahrt das Secret und Ihre Anmeldung im Schlüsselbund des Systems auf, nie in einer Datei. Zeigt Procore einen Code an, statt zu Hoist zurückzukehren, verwenden Sie die Weiterleitungs-URI &lt;b&gt;urn:ietf:wg:oauth:2.0:oob&lt;/b&gt; und fügen Sie den Code hier ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Enter the address of the Procore server.</source>
        <translation>Geben Sie die Adresse des Procore-Servers ein.</translation>
    </message>
    <message>
        <source>If no browser opened, open this address: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code Procore shows below.</source>
        <translation>Erlauben Sie den Zugriff im Browser und fügen Sie dann den von Procore angezeigten Code unten ein.</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>Warten, bis Sie den Zugriff im Browser erlauben…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open the sign-in page with the link above.</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie die Anmeldeseite über den Link oben.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft…</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Sign in with &amp;Procore</source>
        <translation>Mit &amp;Procore anmelden</translation>
    </message>
    <message>
        <source>Sign in with Procore</source>
        <translation>Mit Procore anmelden</translation>
    </message>
    <message>
        <source>Try the built-in sand&amp;box</source>
        <translation>Eingebaute Sandbox ausp&amp;robieren</translation>
    </message>
    <message>
        <source>Try the built-in sandbox</source>
        <translation>Eingebaute Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>A copy of Procore on this computer, with sample projects: no account needed</source>
        <translation>Eine Kopie von Procore auf diesem Computer, mit Beispielprojekten: kein Konto nötig</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Erwei&amp;tert</translation>
    </message>
    <message>
        <source>Advanced: your own Procore application</source>
        <translation>Erweitert: Ihre eigene Procore-Anwendung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;Sign in with Procore&lt;/b&gt;: your browser opens Procore&apos;s sign-in page; sign in there and allow Hoist access. Hoist keeps your sign-in in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie &lt;b&gt;Mit Procore anmelden&lt;/b&gt;: Ihr Browser öffnet die Anmeldeseite von Procore; melden Sie sich dort an und erlauben Sie Hoist den Zugriff. Hoist bewahrt Ihre Anmeldung im Schlüsselbund des Systems auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the client ID and the redirect URI (and the client secret, if the app has one).</source>
        <translation>Geben Sie die Client-ID und die Weiterleitungs-URI ein (und das Client-Secret, falls die App eines hat).</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SignInPage</name>
    <message>
        <source>Sign in to Procore</source>
        <translation>Bei Procore anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Hoist uploads files and folders to your Procore projects&apos; Documents, Photos and Drawings. Sign in with your Procore account to begin.</source>
        <translation>Hoist lädt Dateien und Ordner in die Dokumente, Fotos und Pläne Ihrer Procore-Projekte hoch. Melden Sie sich mit Ihrem Procore-Konto an, um zu beginnen.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Procore</source>
        <translation>Mit &amp;Procore anmelden</translation>
    </message>
    <message>
        <source>Try the built-in sand&amp;box</source>
        <translation>Eingebaute Sandbox ausp&amp;robieren</translation>
    </message>
    <message>
        <source>No Procore account at hand? The built-in sandbox is a copy of Procore on this computer, with sample projects, to try Hoist.</source>
        <translation>Kein Procore-Konto zur Hand? Die eingebaute Sandbox ist eine Kopie von Procore auf diesem Computer, mit Beispielprojekten, um Hoist auszuprobieren.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::StatusSummary</name>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Speed and time left</source>
        <translation>Geschwindigkeit und Restzeit</translation>
    </message>
    <message>
        <source>Files done</source>
        <translation>Erledigte Dateien</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Hoist</source>
        <translation>Hoist</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) uploaded</source>
        <translation>
            <numerusform>%1 von %n hochgeladen</numerusform>
            <numerusform>%1 von %n hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n failed</source>
        <translation>
            <numerusform>%1 · %n fehlgeschlagen</numerusform>
            <numerusform>%1 · %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: retry the failed files</source>
        <translation>Angehalten: Wiederholen Sie die fehlgeschlagenen Dateien</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused – Hoist</source>
        <translation>Pausiert – Hoist</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · noch %2</translation>
    </message>
    <message>
        <source>%1% – Hoist</source>
        <translation>%1% – Hoist</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n uploaded, %1 failed</source>
        <translation>
            <numerusform>Fertig: %n hochgeladen, %1 fehlgeschlagen</numerusform>
            <numerusform>Fertig: %n hochgeladen, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n file(s) uploaded</source>
        <translation>
            <numerusform>Fertig: %n Datei hochgeladen</numerusform>
            <numerusform>Fertig: %n Dateien hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <source>Could not ask Procore who is signed in: %1</source>
        <translation>Procore konnte nicht gefragt werden, wer angemeldet ist: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3</source>
        <translation>Bei %1 (%2) angemeldet als %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
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
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SupportActions</name>
    <message>
        <source>Create &amp;Debug Archive…</source>
        <translation>&amp;Debug-Archiv erstellen…</translation>
    </message>
    <message>
        <source>Save the log, versions and summaries in one zip for whoever helps you</source>
        <translation>Protokoll, Versionen und Übersichten in einer ZIP-Datei für Ihren Support speichern</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Protoko&amp;llordner öffnen</translation>
    </message>
    <message>
        <source>Show where Hoist writes its log: %1</source>
        <translation>Zeigen, wohin Hoist sein Protokoll schreibt: %1</translation>
    </message>
    <message>
        <source>Create Debug Archive</source>
        <translation>Debug-Archiv erstellen</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>The debug archive could not be written (%1). Choose another folder and try again.</source>
        <translation>Das Debug-Archiv konnte nicht geschrieben werden (%1). Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Saved the debug archive as %1. Send it to whoever helps you: it holds the log, the versions and summaries, and no password or token.</source>
        <translation>Das Debug-Archiv wurde als %1 gespeichert. Senden Sie es an Ihren Support: Es enthält das Protokoll, die Versionen und Übersichten, aber kein Passwort und kein Token.</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Hoist writes its log to %1.</source>
        <translation>Hoist schreibt sein Protokoll nach %1.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TransferFilterBar</name>
    <message>
        <source>Filter by name or folder (Ctrl+F)</source>
        <translation>Nach Name oder Ordner filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter transfers</source>
        <translation>Übertragungen filtern</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>Aktiv (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Fertig (%1)</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TransferView</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>One row per file: name, destination, size, progress, speed, time left and status</source>
        <translation>Eine Zeile pro Datei: Name, Ziel, Größe, Fortschritt, Geschwindigkeit, Restzeit und Status</translation>
    </message>
    <message>
        <source>No transfers yet.
Files you upload appear here with their progress.</source>
        <translation>Noch keine Übertragungen.
Hochgeladene Dateien erscheinen hier mit ihrem Fortschritt.</translation>
    </message>
    <message>
        <source>No transfers match the filter.</source>
        <translation>Keine Übertragung passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TrayIcon</name>
    <message>
        <source>&amp;Hide Hoist</source>
        <translation>Hoist &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>Alle &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>Uploads abgeschlossen</translation>
    </message>
    <message>
        <source>Hoist: nothing to upload</source>
        <translation>Hoist: nichts hochzuladen</translation>
    </message>
    <message numerus="yes">
        <source>Hoist: %1 of %n file(s) uploaded, %2 %</source>
        <translation>
            <numerusform>Hoist: %1 von %n Datei hochgeladen, %2 %</numerusform>
            <numerusform>Hoist: %1 von %n Dateien hochgeladen, %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n Datei fehlgeschlagen</numerusform>
            <numerusform>%n Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, %1 failed.</source>
        <translation>
            <numerusform>%n Datei hochgeladen, %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Dateien hochgeladen, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded.</source>
        <translation>
            <numerusform>%n Datei hochgeladen.</numerusform>
            <numerusform>%n Dateien hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show Hoist</source>
        <translation>Hoist &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>Alle &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Upload fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::WatchPanel</name>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Watched Folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>Letzter Upload</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>New files go up once complete (unchanged for a few seconds, not open for writing); a changed Documents file goes up as a new version. Deleting or renaming here never deletes or renames anything in Procore.</source>
        <translation>Neue Dateien werden hochgeladen, sobald sie vollständig sind (einige Sekunden unverändert, nicht zum Schreiben geöffnet); eine geänderte Datei in Dokumente wird als neue Version hochgeladen. Löschen oder Umbenennen hier löscht oder benennt in Procore nie etwas um.</translation>
    </message>
    <message>
        <source>Watch a folder: its new files go to the destination chosen in the window</source>
        <translation>Einen Ordner überwachen: Seine neuen Dateien gehen an das im Fenster gewählte Ziel</translation>
    </message>
    <message>
        <source>&amp;Watched Folders…</source>
        <translation>Überwachte &amp;Ordner…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Watched folders need the transfer journal: sign in to Procore (the built-in sandbox keeps one only with --sandbox-data DIR).</source>
        <translation>Überwachte Ordner brauchen das Übertragungsjournal: Melden Sie sich bei Procore an (die eingebaute Sandbox führt eines nur mit --sandbox-data DIR).</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>The folder is not there</source>
        <translation>Der Ordner ist nicht da</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Choose the destination in the window first (company, project and folder, album or drawing set); new files of the folder go there.</source>
        <translation>Wählen Sie zuerst das Ziel im Fenster (Firma, Projekt und Ordner, Album oder Zeichnungssatz); neue Dateien des Ordners gehen dorthin.</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Ordner überwachen</translation>
    </message>
    <message>
        <source>Stop Watching?</source>
        <translation>Überwachung beenden?</translation>
    </message>
    <message>
        <source>Stop watching this folder? Nothing is removed in Procore.</source>
        <translation>Diesen Ordner nicht mehr überwachen? In Procore wird nichts entfernt.</translation>
    </message>
    <message>
        <source>Watched folder: upload failed</source>
        <translation>Überwachter Ordner: Upload fehlgeschlagen</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Überwachter Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, the last %1.</source>
        <translation>
            <numerusform>%n Datei hochgeladen, zuletzt %1.</numerusform>
            <numerusform>%n Dateien hochgeladen, zuletzt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch “%1”?</source>
        <translation>„%1“ überwachen?</translation>
    </message>
    <message>
        <source>New files of this folder will be uploaded to:
%1</source>
        <translation>Neue Dateien dieses Ordners werden hochgeladen nach:
%1</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>Ü&amp;berwachen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Upload files and folders to Procore.</source>
        <translation>Dateien und Ordner zu Procore hochladen.</translation>
    </message>
    <message>
        <source>Run against Hoist&apos;s built-in Procore sandbox (no account needed).</source>
        <translation>Mit der eingebauten Procore-Sandbox von Hoist arbeiten (kein Konto nötig).</translation>
    </message>
    <message>
        <source>With --sandbox: upload a few generated sample files to Drawings/Architectural of the first project, with storage slowed down so the progress can be watched and the first storage request refused so a failed row shows (for screenshots).</source>
        <translation>Mit --sandbox: einige erzeugte Beispieldateien nach Drawings/Architectural des ersten Projekts hochladen; der Speicher wird gebremst, damit der Fortschritt sichtbar ist, und die erste Speicheranfrage wird abgelehnt, damit eine fehlgeschlagene Zeile erscheint (für Screenshots).</translation>
    </message>
    <message>
        <source>Hoist</source>
        <translation>Hoist</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die eingebaute Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (de, en, es, fr, pt_BR).</source>
        <translation>Diese Sprache statt der des Systems verwenden (de, en, es, fr, pt_BR).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Files and folders to add to the upload.</source>
        <translation>Dateien und Ordner, die zum Upload hinzugefügt werden.</translation>
    </message>
    <message>
        <source>With --sandbox: keep the sandbox&apos;s state (and a transfer journal) in this folder between runs, so an interrupted queue can be resumed.</source>
        <translation>Mit --sandbox: den Zustand der Sandbox (und ein Übertragungsjournal) zwischen den Starts in diesem Ordner aufbewahren, damit eine unterbrochene Warteschlange fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>With --sandbox: serve the sandbox over HTTPS with a certificate made at start, and trust the certificate authority that signed it.</source>
        <translation>Mit --sandbox: die Sandbox über HTTPS mit einem beim Start erzeugten Zertifikat betreiben und der Zertifizierungsstelle vertrauen, die es signiert hat.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (e.g. your organization&apos;s HTTPS inspection). HOIST_CA_FILE and the network/caFile setting do the same.</source>
        <translation>Zusätzlich den Zertifizierungsstellen in dieser PEM-Datei vertrauen (z. B. der HTTPS-Prüfung Ihrer Organisation). HOIST_CA_FILE und die Einstellung network/caFile bewirken dasselbe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 Servers whose certificates only that file vouches for will be refused.</source>
        <translation>%1 Server, deren Zertifikate nur diese Datei beglaubigt, werden abgelehnt.</translation>
    </message>
</context>
</TS>
