<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Database</name>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>la base de datos está dañada (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Hoist (schema %1, this version knows %2)</source>
        <translation>la escribió una versión más reciente de Hoist (esquema %1; esta versión conoce el %2)</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2) and cannot be moved aside.</source>
        <translation>%1 no se puede usar (%2) ni apartar.</translation>
    </message>
    <message>
        <source>%1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <translation>%1 no se pudo usar porque %2. Se guardó como %3 y se creó uno nuevo.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>Falló la actualización de %1 al esquema %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written (journal mode %2)</source>
        <translation>%1 no se puede escribir (modo de diario %2)</translation>
    </message>
    <message>
        <source>the disk is full (%1 cannot grow); free some space there</source>
        <translation>el disco está lleno (%1 no puede crecer); libere espacio allí</translation>
    </message>
    <message>
        <source>%1 cannot be read or written</source>
        <translation>%1 no se puede leer ni escribir</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 no se puede usar: %2.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Documentos de la empresa</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Planos</translation>
    </message>
</context>
<context>
    <name>DrawingBatch</name>
    <message>
        <source>Processing drawing: waiting in Procore&apos;s queue…</source>
        <translation>Procesando el plano: en espera en la cola de Procore…</translation>
    </message>
    <message>
        <source>Processing drawing…</source>
        <translation>Procesando el plano…</translation>
    </message>
    <message>
        <source>Drawing processed</source>
        <translation>Plano procesado</translation>
    </message>
    <message>
        <source>Drawing processing failed</source>
        <translation>Falló el procesamiento del plano</translation>
    </message>
    <message>
        <source>Processing drawing (%1)…</source>
        <translation>Procesando el plano (%1)…</translation>
    </message>
    <message>
        <source>Processing drawing: Procore&apos;s staff are finishing it by hand; this can take hours…</source>
        <translation>Procesando el plano: el personal de Procore lo está terminando a mano; puede tardar horas…</translation>
    </message>
    <message>
        <source>Uploaded; Procore is still processing it. See the project&apos;s Drawings tool in Procore (Drawings › Uploads) for its progress.</source>
        <translation>Subido; Procore todavía lo está procesando. Consulte su avance en la herramienta Planos del proyecto en Procore (Planos › Cargas).</translation>
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
        <translation>Sandbox de desarrollo de Procore</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Sandbox mensual de Procore</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Sandbox integrado</translation>
    </message>
</context>
<context>
    <name>ExtraCertificates</name>
    <message>
        <source>The certificate authority file %1 does not exist.</source>
        <translation>El archivo de autoridad de certificación %1 no existe.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER) to trust.</source>
        <translation>%1 no contiene ningún certificado (PEM o DER) en el que confiar.</translation>
    </message>
</context>
<context>
    <name>FileScanner</name>
    <message>
        <source>Broken symbolic link; skipped.</source>
        <translation>Enlace simbólico roto; omitido.</translation>
    </message>
    <message>
        <source>Does not exist; skipped.</source>
        <translation>No existe; omitido.</translation>
    </message>
    <message>
        <source>Symbolic link to a folder; not followed, add the folder itself to upload it.</source>
        <translation>Enlace simbólico a una carpeta; no se sigue. Añada la propia carpeta para subirla.</translation>
    </message>
    <message>
        <source>The folder cannot be read (permission denied); skipped.</source>
        <translation>No se puede leer la carpeta (permiso denegado); omitida.</translation>
    </message>
    <message>
        <source>Not a regular file (a pipe, socket or device); skipped.</source>
        <translation>No es un archivo normal (una tubería, un socket o un dispositivo); omitido.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied); skipped.</source>
        <translation>No se puede leer el archivo (permiso denegado); omitido.</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>the upload history could not be written: %1</source>
        <translation>no se pudo escribir el historial de subidas: %1</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Already in Procore with the same name and size.</source>
        <translation>Ya está en Procore con el mismo nombre y tamaño.</translation>
    </message>
    <message>
        <source>A hidden or system file; usually not meant for Procore.</source>
        <translation>Un archivo oculto o del sistema; normalmente no está pensado para Procore.</translation>
    </message>
    <message>
        <source>Procore removes every character of this name; rename the file first.</source>
        <translation>Procore elimina todos los caracteres de este nombre; cambie primero el nombre del archivo.</translation>
    </message>
    <message>
        <source>Procore will store it as “%1”.</source>
        <translation>Procore lo guardará como «%1».</translation>
    </message>
    <message>
        <source>This company blocks .%1 files (strict file uploads); Procore will refuse it.</source>
        <translation>Esta empresa bloquea los archivos .%1 (subidas de archivos estrictas); Procore lo rechazará.</translation>
    </message>
    <message>
        <source>Companies with strict file uploads refuse .%1 files.</source>
        <translation>Las empresas con subidas de archivos estrictas rechazan los archivos .%1.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>El archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>Larger than one upload can carry; it goes up in segments.</source>
        <translation>Es más grande de lo que admite una sola subida; se subirá en partes.</translation>
    </message>
    <message>
        <source>Not an image (%1); Photos take only images such as JPEG or PNG. Upload it to Documents instead.</source>
        <translation>No es una imagen (%1); Fotos solo admite imágenes como JPEG o PNG. Súbalo a Documentos.</translation>
    </message>
    <message>
        <source>Not a PDF; Procore makes drawings from PDF files only.</source>
        <translation>No es un PDF; Procore solo crea planos a partir de archivos PDF.</translation>
    </message>
    <message>
        <source>Changed: here %1, modified %2; in Procore %3, from %4.</source>
        <translation>Modificado: aquí %1, modificado el %2; en Procore %3, del %4.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>Named as a PDF, but there is no PDF inside (%1); Procore could not make a drawing of it. Export or copy it again.</source>
        <translation>Tiene nombre de PDF, pero no contiene un PDF (%1); Procore no podría hacer un plano con él. Vuelva a exportarlo o copiarlo.</translation>
    </message>
    <message>
        <source>The PDF has no end marker, so it may be incomplete (still being copied or saved?). Check that it opens.</source>
        <translation>El PDF no tiene marca de fin, así que puede estar incompleto (¿aún se está copiando o guardando?). Compruebe que se abre.</translation>
    </message>
    <message>
        <source>Sheet %1, revision %2, is already in this drawing area.</source>
        <translation>La hoja %1, revisión %2, ya está en esta área de planos.</translation>
    </message>
    <message>
        <source>Already in this album with the same name (Procore does not give its size).</source>
        <translation>Ya está en este álbum con el mismo nombre (Procore no indica su tamaño).</translation>
    </message>
    <message>
        <source>An image of this name is in the album with another size (%1 there, %2 here): it goes up as another image.</source>
        <translation>Hay una imagen con este nombre en el álbum con otro tamaño (%1 allí, %2 aquí): se sube como otra imagen.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>alrededor de %n hora</numerusform>
            <numerusform>alrededor de %n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcoreClient</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1</source>
        <translation>La respuesta del servidor no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; Hoist does not read it.</source>
        <translation>La respuesta del servidor supera los %1 MiB; Hoist no la lee.</translation>
    </message>
    <message>
        <source>Check the server address (Settings › Environment, or --api-base) and that it is Procore&apos;s.</source>
        <translation>Compruebe la dirección del servidor (Configuración › Entorno, o --api-base) y que sea la de Procore.</translation>
    </message>
</context>
<context>
    <name>ProcoreError</name>
    <message>
        <source>Check the file on disk, then retry.</source>
        <translation>Compruebe el archivo en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation>Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sign in again, then retry.</source>
        <translation>Vuelva a iniciar sesión y reintente.</translation>
    </message>
    <message>
        <source>Choose &quot;keep both&quot; or &quot;new version&quot;, or rename the file, then retry.</source>
        <translation>Elija «conservar ambos» o «nueva versión», o cambie el nombre del archivo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Retry; if it fails again, report this message to the Hoist developers.</source>
        <translation>Vuelva a intentarlo; si falla de nuevo, envíe este mensaje a los desarrolladores de Hoist.</translation>
    </message>
    <message>
        <source>Procore&apos;s rate limit was reached; retry in a few minutes.</source>
        <translation>Se alcanzó el límite de solicitudes de Procore; vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>No se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1); Hoist does not follow it with your sign-in.</source>
        <translation>El servidor reenvió la solicitud a otra dirección (%1); Hoist no la sigue con su inicio de sesión.</translation>
    </message>
    <message>
        <source>Check the server address (Settings › Environment, or --api-base); use the address the server redirects to only if you trust it.</source>
        <translation>Compruebe la dirección del servidor (Configuración › Entorno, o --api-base); use la dirección a la que redirige el servidor solo si confía en ella.</translation>
    </message>
    <message>
        <source>You do not have permission for this in Procore: ask a Procore admin for access to this project or folder, or choose another folder.</source>
        <translation>No tiene permiso para esto en Procore: pida a un administrador de Procore acceso a este proyecto o carpeta, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>You cannot see this project or folder, or it was deleted: ask a Procore admin to add you to it, or choose another destination.</source>
        <translation>No puede ver este proyecto o carpeta, o se eliminó: pida a un administrador de Procore que le añada, o elija otro destino.</translation>
    </message>
    <message>
        <source>Hoist tried again a few times. Wait a few minutes, then retry the file.</source>
        <translation>Hoist lo ha intentado de nuevo varias veces. Espere unos minutos y vuelva a intentar el archivo.</translation>
    </message>
    <message>
        <source>Procore had a problem on its side.</source>
        <translation>Procore tuvo un problema por su parte.</translation>
    </message>
    <message>
        <source>Nothing was sent: the proxy refused to connect to this server, or is not running. Ask whoever runs your network to allow Procore (api.procore.com and its storage), or check the proxy settings.</source>
        <translation>No se envió nada: el proxy rechazó la conexión con este servidor o no está en marcha. Pida a quien administra su red que permita Procore (api.procore.com y su almacenamiento), o compruebe la configuración del proxy.</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s certificate is not trusted here or is not for this address. If your organization inspects HTTPS with its own certificate authority, give its certificate file to Hoist (--ca-file or HOIST_CA_FILE); otherwise check the server address and the network.</source>
        <translation>No se envió nada: el certificado del servidor no es de confianza aquí o no es para esta dirección. Si su organización inspecciona HTTPS con su propia autoridad de certificación, dé a Hoist el archivo de su certificado (--ca-file o HOIST_CA_FILE); si no, compruebe la dirección del servidor y la red.</translation>
    </message>
    <message>
        <source>Nothing was sent: the proxy did not accept the user name and password. Check them (Settings › Network proxy, or the user:password in https_proxy), then retry.</source>
        <translation>No se envió nada: el proxy no aceptó el nombre de usuario y la contraseña. Compruébelos (Configuración › Proxy de red, o el usuario:contraseña de https_proxy) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>RatePacer</name>
    <message>
        <source>Procore&apos;s rate limit: going on at %1</source>
        <translation>Límite de solicitudes de Procore: se reanuda a las %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <source>Drawings to %1. Drawing date: %2. Received: %3. Default revision: %4.</source>
        <translation>Planos a %1. Fecha del plano: %2. Recibido: %3. Revisión predeterminada: %4.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>StoragePost</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>TransferJournal</name>
    <message>
        <source>The transfer journal %1 is in use by another Hoist (%2, process %3).</source>
        <translation>El registro de transferencias %1 lo está usando otro Hoist (%2, proceso %3).</translation>
    </message>
    <message>
        <source>The transfer journal %1 cannot be locked: the disk is full; free some space there.</source>
        <translation>El diario de transferencias %1 no se puede bloquear: el disco está lleno; libere espacio allí.</translation>
    </message>
    <message>
        <source>The transfer journal %1 cannot be locked: its folder cannot be written.</source>
        <translation>El diario de transferencias %1 no se puede bloquear: su carpeta no se puede escribir.</translation>
    </message>
</context>
<context>
    <name>TransferState</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Adding to Documents</source>
        <translation>Añadiendo a Documentos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Name already taken</source>
        <translation>El nombre ya existe</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>UploadController</name>
    <message>
        <source>the transfer journal could not be written: %1</source>
        <translation>no se pudo escribir el diario de transferencias: %1</translation>
    </message>
    <message>
        <source>the transfer journal could not be opened: %1</source>
        <translation>no se pudo abrir el diario de transferencias: %1</translation>
    </message>
</context>
<context>
    <name>UploadReceipt</name>
    <message>
        <source>Upload receipt</source>
        <translation>Comprobante de carga</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded to Procore. Made %1.</source>
        <translation>
            <numerusform>%n archivo subido a Procore. Generado el %1.</numerusform>
            <numerusform>%n archivos subidos a Procore. Generado el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>In Procore</source>
        <translation>En Procore</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Subido por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>El servidor indicó una dirección de almacenamiento sin cifrar (http:) para un servidor seguro; Hoist solo envía archivos por https.</translation>
    </message>
    <message>
        <source>The server named a storage address Hoist does not send files to (scheme %1); only https addresses are used.</source>
        <translation>El servidor indicó una dirección de almacenamiento a la que Hoist no envía archivos (esquema %1); solo se usan direcciones https.</translation>
    </message>
    <message>
        <source>The server does not answer as Procore does: check the server address (Settings › Environment, or --api-base) and that it is Procore&apos;s.</source>
        <translation>El servidor no responde como Procore: compruebe la dirección del servidor (Configuración › Entorno, o --api-base) y que sea la de Procore.</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Left out: Photos take only images.</source>
        <translation>Omitido: Fotos solo admite imágenes.</translation>
    </message>
    <message>
        <source>Left out: Drawings take only PDFs.</source>
        <translation>Omitido: Planos solo admite PDF.</translation>
    </message>
</context>
<context>
    <name>hoist::Associator</name>
    <message>
        <source>Added by an earlier attempt</source>
        <translation>Añadido por un intento anterior</translation>
    </message>
    <message>
        <source>Checking whether Procore already has the file…</source>
        <translation>Comprobando si Procore ya tiene el archivo…</translation>
    </message>
    <message>
        <source>Procore did not answer (%1); not there, so sending again in %2 s.</source>
        <translation>Procore no respondió (%1); no está allí, así que se vuelve a enviar en %2 s.</translation>
    </message>
</context>
<context>
    <name>hoist::DrawingBatch</name>
    <message>
        <source>Sending the drawing batch to Procore…</source>
        <translation>Enviando el lote de planos a Procore…</translation>
    </message>
    <message>
        <source>Procore refused the drawing upload: %1</source>
        <translation>Procore rechazó la subida de planos: %1</translation>
    </message>
    <message>
        <source>Could not read the drawing upload&apos;s status: %1</source>
        <translation>No se pudo leer el estado de la subida de planos: %1</translation>
    </message>
    <message>
        <source>Procore could not process the drawing.</source>
        <translation>Procore no pudo procesar el plano.</translation>
    </message>
    <message>
        <source>Procore could not process the drawing: %1</source>
        <translation>Procore no pudo procesar el plano: %1</translation>
    </message>
    <message>
        <source>Check that the file is a readable PDF, then retry.</source>
        <translation>Compruebe que el archivo sea un PDF legible y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Checking the drawing upload&apos;s status…</source>
        <translation>Comprobando el estado de la carga de planos…</translation>
    </message>
    <message>
        <source>Procore has the drawings (drawing upload %1); Retry checks its status again without sending them again.</source>
        <translation>Procore tiene los planos (carga de planos %1); Reintentar vuelve a comprobar su estado sin enviarlos de nuevo.</translation>
    </message>
    <message>
        <source>Could not read the drawing&apos;s status (%1); asking Procore again in %2 s.</source>
        <translation>No se pudo leer el estado del plano (%1); se volverá a preguntar a Procore en %2 s.</translation>
    </message>
    <message>
        <source>Sent again without %1, which Procore could not process.</source>
        <translation>Enviado de nuevo sin %1, que Procore no pudo procesar.</translation>
    </message>
</context>
<context>
    <name>hoist::FileAssociator</name>
    <message>
        <source>No destination folder.</source>
        <translation>No hay carpeta de destino.</translation>
    </message>
</context>
<context>
    <name>hoist::FileRangeDevice</name>
    <message>
        <source>The file is shorter than when it was planned (it changed).</source>
        <translation>El archivo es más corto que cuando se planificó (ha cambiado).</translation>
    </message>
</context>
<context>
    <name>hoist::HistoryModel</name>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Failed, sent again later</source>
        <translation>Fallido, enviado de nuevo más tarde</translation>
    </message>
</context>
<context>
    <name>hoist::LoopbackReplyHandler</name>
    <message>
        <source>The redirect URI %1 does not point to this computer, so Hoist cannot receive the answer itself; paste the code instead.</source>
        <translation>El URI de redirección %1 no apunta a este equipo, así que Hoist no puede recibir la respuesta por sí mismo; pegue el código en su lugar.</translation>
    </message>
    <message>
        <source>Hoist cannot listen on %1 port %2 for the browser&apos;s answer (%3). Close the program using that port, or register another redirect URI.</source>
        <translation>Hoist no puede escuchar en %1, puerto %2, la respuesta del navegador (%3). Cierre el programa que usa ese puerto o registre otro URI de redirección.</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No admitido</translation>
    </message>
    <message>
        <source>This address only receives Procore&apos;s answer.</source>
        <translation>Esta dirección solo recibe la respuesta de Procore.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <source>Procore did not grant access. You can close this page and return to Hoist.</source>
        <translation>Procore no concedió el acceso. Puede cerrar esta página y volver a Hoist.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Hoist received Procore&apos;s answer. You can close this page.</source>
        <translation>Hoist recibió la respuesta de Procore. Puede cerrar esta página.</translation>
    </message>
    <message>
        <source>The answer from the browser carried no state, so Hoist cannot tell that it belongs to this sign-in; it was refused.</source>
        <translation>La respuesta del navegador no traía ningún estado, así que Hoist no puede saber si pertenece a este inicio de sesión; se rechazó.</translation>
    </message>
    <message>
        <source>The answer from the browser belongs to another sign-in attempt (its state does not match); it was refused.</source>
        <translation>La respuesta del navegador pertenece a otro intento de inicio de sesión (su estado no coincide); se rechazó.</translation>
    </message>
    <message>
        <source>No sign-in is waiting for an answer.</source>
        <translation>Ningún inicio de sesión está esperando respuesta.</translation>
    </message>
</context>
<context>
    <name>hoist::OAuthSession</name>
    <message>
        <source>no answer from the server</source>
        <translation>sin respuesta del servidor</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>Access was not granted in the browser.</source>
        <translation>No se concedió el acceso en el navegador.</translation>
    </message>
    <message>
        <source>Procore refused the sign-in: %1</source>
        <translation>Procore rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The client id and secret could not be saved in the keychain: %1</source>
        <translation>No se pudieron guardar el ID y el secreto del cliente en el llavero: %1</translation>
    </message>
    <message>
        <source>Signed in, but Procore did not say who you are (%1).</source>
        <translation>Sesión iniciada, pero Procore no indicó quién es usted (%1).</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the keychain (%1); it lasts until Hoist quits.</source>
        <translation>No se pudo guardar su sesión en el llavero (%1); dura hasta que se cierre Hoist.</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation>No ha iniciado sesión en %1. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it lasts until Hoist quits.</source>
        <translation>No se pudo guardar la sesión renovada en el llavero (%1); dura hasta que se cierre Hoist.</translation>
    </message>
    <message>
        <source>Procore&apos;s sign-in service did not answer (%1). Hoist tries again shortly.</source>
        <translation>El servicio de inicio de sesión de Procore no respondió (%1). Hoist lo volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>Procore no longer accepts Hoist&apos;s sign-in (%1). Sign in again; waiting uploads continue afterwards.</source>
        <translation>Procore ya no acepta la sesión de Hoist (%1). Vuelva a iniciar sesión; las subidas pendientes continuarán después.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>Hoist could not delete its entries from the keychain: %1</source>
        <translation>Hoist no pudo borrar sus entradas del llavero: %1</translation>
    </message>
    <message>
        <source>Procore could not be told to revoke the sign-in (%1); it is deleted from this computer anyway.</source>
        <translation>No se pudo pedir a Procore que revocara la sesión (%1); de todos modos se borra de este equipo.</translation>
    </message>
    <message>
        <source>Procore did not say who is signed in (%1).</source>
        <translation>Procore no indicó quién ha iniciado sesión (%1).</translation>
    </message>
    <message>
        <source>Procore did not accept this application without a client secret. Ask whoever set up Hoist to configure its secret, or enter your own application under Advanced.</source>
        <translation>Procore no aceptó esta aplicación sin secreto de cliente. Pida a quien configuró Hoist que configure su secreto, o introduzca su propia aplicación en Avanzado.</translation>
    </message>
    <message>
        <source>Enter the client id and redirect URI of your Procore application first.</source>
        <translation>Introduzca primero el ID de cliente y la URI de redirección de su aplicación de Procore.</translation>
    </message>
</context>
<context>
    <name>hoist::PacedDevice</name>
    <message>
        <source>The file ended before all of it was sent.</source>
        <translation>El archivo terminó antes de enviarse por completo.</translation>
    </message>
</context>
<context>
    <name>hoist::PartsTransfer</name>
    <message numerus="yes">
        <source>Uploading in %n part(s)</source>
        <translation>
            <numerusform>Subiendo en %n parte</numerusform>
            <numerusform>Subiendo en %n partes</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on with the parts the last run did not send</source>
        <translation>Continuando con las partes que la última ejecución no envió</translation>
    </message>
    <message>
        <source>Checking the file&apos;s parts…</source>
        <translation>Comprobando las partes del archivo…</translation>
    </message>
    <message>
        <source>The segmented upload failed: %1</source>
        <translation>Falló la subida por partes: %1</translation>
    </message>
    <message>
        <source>Preparing… %1 %</source>
        <translation>Preparando… %1 %</translation>
    </message>
</context>
<context>
    <name>hoist::PhotoAssociator</name>
    <message>
        <source>%1 (in the other documented form: %2)</source>
        <translation>%1 (en la otra forma documentada: %2)</translation>
    </message>
    <message>
        <source>Procore refused the photo (%1); sending it in the other documented form.</source>
        <translation>Procore rechazó la foto (%1); se envía en la otra forma documentada.</translation>
    </message>
</context>
<context>
    <name>hoist::SegmentPlan</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Reading %1 stopped early: %2</source>
        <translation>La lectura de %1 se detuvo antes de tiempo: %2</translation>
    </message>
</context>
<context>
    <name>hoist::SegmentedUpload</name>
    <message>
        <source>Procore answered the segmented upload without part URLs.</source>
        <translation>Procore respondió a la subida por partes sin URL para las partes.</translation>
    </message>
    <message>
        <source>Cannot read part %1 of %2: %3</source>
        <translation>No se puede leer la parte %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>hoist::SinglePostTransfer</name>
    <message>
        <source>Procore&apos;s create-upload answer has no storage URL.</source>
        <translation>La respuesta de create-upload de Procore no tiene URL de almacenamiento.</translation>
    </message>
    <message>
        <source>Ready; waiting for a free transfer slot</source>
        <translation>Listo; esperando un hueco de transferencia libre</translation>
    </message>
</context>
<context>
    <name>hoist::StaticTokenProvider</name>
    <message>
        <source>The access token was refused and cannot be renewed.</source>
        <translation>El token de acceso fue rechazado y no se puede renovar.</translation>
    </message>
</context>
<context>
    <name>hoist::TokenStore</name>
    <message>
        <source>Access to the system keychain was denied (%1). Hoist keeps your sign-in in memory until it quits; you will have to sign in again next time.</source>
        <translation>Se denegó el acceso al llavero del sistema (%1). Hoist guarda su sesión en memoria hasta que se cierre; la próxima vez tendrá que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Hoist keeps your sign-in in memory until it quits; you will have to sign in again next time.</source>
        <translation>El llavero del sistema no está disponible (%1). Hoist guarda su sesión en memoria hasta que se cierre; la próxima vez tendrá que volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>hoist::TransferModel</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Terminando en Procore…</translation>
    </message>
    <message>
        <source>Stopped after upload</source>
        <translation>Detenido tras la subida</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Detenido en %1</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>No subido</translation>
    </message>
    <message>
        <source>Sent; waiting for storage to confirm…</source>
        <translation>Enviado; esperando la confirmación del almacenamiento…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
</context>
<context>
    <name>hoist::UploadController</name>
    <message>
        <source>Other files went into the same folder, so this is not a permission of the folder: check this file&apos;s name, type and size, then retry it.</source>
        <translation>Otros archivos entraron en la misma carpeta, así que no es un problema de permisos de la carpeta: revise el nombre, el tipo y el tamaño de este archivo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>hoist::UploadJob</name>
    <message>
        <source>A file of that name is already there.</source>
        <translation>Ya hay un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>The file no longer exists: %1</source>
        <translation>El archivo ya no existe: %1</translation>
    </message>
    <message>
        <source>Put the file back and retry, or remove it from the queue.</source>
        <translation>Vuelva a colocar el archivo y reintente, o quítelo de la cola.</translation>
    </message>
    <message>
        <source>Not a regular file (a folder, pipe or device): %1</source>
        <translation>No es un archivo normal (una carpeta, tubería o dispositivo): %1</translation>
    </message>
    <message>
        <source>Remove it from the queue; only files can be uploaded.</source>
        <translation>Quítelo de la cola; solo se pueden subir archivos.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied): %1</source>
        <translation>No se puede leer el archivo (permiso denegado): %1</translation>
    </message>
    <message>
        <source>Allow your user to read the file, then retry.</source>
        <translation>Permita que su usuario lea el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No destination folder.</source>
        <translation>No hay carpeta de destino.</translation>
    </message>
    <message>
        <source>Could not open or create the folder %1: %2</source>
        <translation>No se pudo abrir ni crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>The file disappeared while it was uploading: %1</source>
        <translation>El archivo desapareció mientras se subía: %1</translation>
    </message>
    <message>
        <source>The file changed while it was uploading; uploading it again.</source>
        <translation>El archivo cambió mientras se subía; se vuelve a subir.</translation>
    </message>
    <message>
        <source>The upload permission expired; asking Procore for a new one.</source>
        <translation>El permiso de subida caducó; se pide uno nuevo a Procore.</translation>
    </message>
    <message>
        <source>Storage error (%1); trying again in %2 s.</source>
        <translation>Error de almacenamiento (%1); nuevo intento en %2 s.</translation>
    </message>
    <message>
        <source>Storage refused the file: %1</source>
        <translation>El almacenamiento rechazó el archivo: %1</translation>
    </message>
    <message>
        <source>Gave up after %1 new attempts: %2</source>
        <translation>Se abandonó tras %1 intentos más: %2</translation>
    </message>
    <message>
        <source>Make sure nothing is writing to the file, then retry.</source>
        <translation>Asegúrese de que nada esté escribiendo en el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Checking what the last run finished…</source>
        <translation>Comprobando qué terminó la última ejecución…</translation>
    </message>
    <message>
        <source>Could not check whether the last run finished this file: %1</source>
        <translation>No se pudo comprobar si la última ejecución terminó este archivo: %1</translation>
    </message>
    <message>
        <source>The last run&apos;s upload can no longer be continued; uploading the file again.</source>
        <translation>La subida de la última ejecución ya no se puede continuar; se vuelve a subir el archivo.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Planos</translation>
    </message>
    <message>
        <source>Not an image, and Photos take only images: %1</source>
        <translation>No es una imagen y Fotos solo admite imágenes: %1</translation>
    </message>
    <message>
        <source>Upload it to Documents instead, or remove it from the queue.</source>
        <translation>Súbalo a Documentos o quítelo de la cola.</translation>
    </message>
    <message>
        <source>Stored; waiting for the rest of the drawing batch…</source>
        <translation>Guardado; esperando al resto del lote de planos…</translation>
    </message>
    <message>
        <source>Procore did not add the photo: %1</source>
        <translation>Procore no añadió la foto: %1</translation>
    </message>
    <message>
        <source>Stopped: the transfer journal could not be written.</source>
        <translation>Detenido: no se pudo escribir el diario de transferencias.</translation>
    </message>
    <message>
        <source>Procore&apos;s file storage refused the file.</source>
        <translation>El almacenamiento de archivos de Procore rechazó el archivo.</translation>
    </message>
</context>
<context>
    <name>hoist::WatchService</name>
    <message>
        <source>Gone from the folder; it stays in Procore (deletions and renames are never sent).</source>
        <translation>Ya no está en la carpeta; se queda en Procore (borrar y renombrar nunca se envían).</translation>
    </message>
    <message>
        <source>The folder %1 is not there (or cannot be read); watching for it to come back.</source>
        <translation>La carpeta %1 no está (o no se puede leer); se espera a que vuelva.</translation>
    </message>
    <message>
        <source>Waiting until the file is complete.</source>
        <translation>Esperando a que el archivo esté completo.</translation>
    </message>
    <message>
        <source>The file is empty; Procore refuses empty files, so it waits until it has content.</source>
        <translation>El archivo está vacío; Procore rechaza archivos vacíos, así que espera a que tenga contenido.</translation>
    </message>
    <message>
        <source>Still open for writing in another program; it goes up once that program closes it.</source>
        <translation>Sigue abierto para escritura en otro programa; se sube en cuanto ese programa lo cierre.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1. It is tried again later.</source>
        <translation>No se puede leer el archivo: %1. Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Already uploaded with the same content.</source>
        <translation>Ya subido con el mismo contenido.</translation>
    </message>
    <message>
        <source>Queued for %1.</source>
        <translation>En cola para %1.</translation>
    </message>
    <message>
        <source>Uploading.</source>
        <translation>Subiendo.</translation>
    </message>
    <message>
        <source>Uploaded.</source>
        <translation>Subido.</translation>
    </message>
    <message>
        <source>Skipped: a file of that name is already there.</source>
        <translation>Omitido: ya hay un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be read.</source>
        <translation>%1 no es una carpeta que se pueda leer.</translation>
    </message>
    <message>
        <source>The watch could not be saved.</source>
        <translation>No se pudo guardar la carpeta vigilada.</translation>
    </message>
    <message>
        <source>the watch folders&apos; records could not be written: %1</source>
        <translation>no se pudieron escribir los registros de las carpetas vigiladas: %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::CatalogPicker</name>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
</context>
<context>
    <name>hoist::ui::ConflictPrompter</name>
    <message>
        <source>File Already There</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.</source>
        <translation>«%1» ya existe en %2.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Upload it as a new version of the existing file, keep both (Procore renames the new one), or skip it?</source>
        <translation>¿Subirlo como nueva versión del archivo existente, conservar ambos (Procore cambia el nombre del nuevo) u omitirlo?</translation>
    </message>
    <message>
        <source>New &amp;Version</source>
        <translation>Nueva &amp;versión</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Conservar &amp;ambos</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Do the same for the other files of this upload</source>
        <translation>Hacer lo mismo con los demás archivos de esta subida</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <source>Notes for the new version of “%1” (optional):</source>
        <translation>Notas de la nueva versión de «%1» (opcional):</translation>
    </message>
    <message>
        <source>&amp;Upload Version</source>
        <translation>&amp;Subir versión</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DesktopIntegration</name>
    <message>
        <source>Hoist is still uploading</source>
        <translation>Hoist sigue subiendo archivos</translation>
    </message>
    <message>
        <source>The uploads go on in the background. Click Hoist&apos;s icon in the system tray to show the window again, or choose Quit there.</source>
        <translation>Las subidas continúan en segundo plano. Haga clic en el icono de Hoist en la bandeja del sistema para volver a mostrar la ventana, o elija Salir allí.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DestinationBar</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Loading companies…</source>
        <translation>Cargando empresas…</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>No companies</source>
        <translation>No hay empresas</translation>
    </message>
    <message>
        <source>The companies could not be loaded: %1</source>
        <translation>No se pudieron cargar las empresas: %1</translation>
    </message>
    <message>
        <source>This account has access to no Procore company. Ask your Procore administrator to add you to one.</source>
        <translation>Esta cuenta no tiene acceso a ninguna empresa de Procore. Pida a su administrador de Procore que le añada a una.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>%1 › %2 › %3</source>
        <translation>%1 › %2 › %3</translation>
    </message>
    <message>
        <source>Destination type</source>
        <translation>Tipo de destino</translation>
    </message>
    <message>
        <source>Which Procore tool the files go to</source>
        <translation>A qué herramienta de Procore van los archivos</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Documentos de la empresa</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Company Documents › %1</source>
        <translation>Documentos de la empresa › %1</translation>
    </message>
    <message>
        <source>%1 › %2 › Photos › %3</source>
        <translation>%1 › %2 › Fotos › %3</translation>
    </message>
    <message>
        <source>%1 › %2 › Drawings › %3</source>
        <translation>%1 › %2 › Planos › %3</translation>
    </message>
    <message>
        <source>Up&amp;load to:</source>
        <translation>Su&amp;bir a:</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DiagnosticsGroup</name>
    <message>
        <source>Log and history</source>
        <translation>Registro e historial</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed (for support)</source>
        <translation>Detallado (para soporte)</translation>
    </message>
    <message>
        <source>How much the log says</source>
        <translation>Cuánto detalle guarda el registro</translation>
    </message>
    <message>
        <source>Normal: what was done, every call that creates something in Procore and every failure. Detailed: every request and step too. Never a password or token.</source>
        <translation>Normal: lo que se hizo, cada llamada que crea algo en Procore y cada fallo. Detallado: además cada solicitud y cada paso. Nunca una contraseña ni un token.</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>Detalle del re&amp;gistro:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Carpeta del registro:</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Para siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep upload history for this many days, 0 for ever</source>
        <translation>Conservar el historial de subidas tantos días, 0 para siempre</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Conservar el &amp;historial durante:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> uploads</source>
        <translation> subidas</translation>
    </message>
    <message>
        <source>Keep at most this many uploads in the history, 0 for no limit</source>
        <translation>Conservar como máximo tantas subidas en el historial, 0 para sin límite</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>Conservar c&amp;omo máximo:</translation>
    </message>
    <message>
        <source>Forget every upload in the history (nothing changes in Procore)</source>
        <translation>Olvidar todas las subidas del historial (nada cambia en Procore)</translation>
    </message>
    <message>
        <source>History size:</source>
        <translation>Tamaño del historial:</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 en disco</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Limpiar historial</translation>
    </message>
    <message>
        <source>Forget every upload in the history? Nothing is removed from Procore; Transfers › History starts empty.</source>
        <translation>¿Olvidar todas las subidas del historial? No se elimina nada de Procore; Transferencias › Historial empieza vacío.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1. Close Hoist&apos;s History window and try again.</source>
        <translation>No se pudo limpiar el historial: %1. Cierre la ventana Historial de Hoist e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>el archivo está en uso</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>&amp;Limpiar historial…</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DrawingPage</name>
    <message>
        <source>PDF drawings only. The files of one upload go to Procore as one drawing upload; each row shows its processing until Procore has finished.</source>
        <translation>Solo planos en PDF. Los archivos de una subida van a Procore como una sola subida de planos; cada fila muestra su procesamiento hasta que Procore termina.</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>Drawing &amp;set:</source>
        <translation>&amp;Conjunto:</translation>
    </message>
    <message>
        <source>Drawing da&amp;te:</source>
        <translation>Fec&amp;ha del plano:</translation>
    </message>
    <message>
        <source>Default revisi&amp;on:</source>
        <translation>Re&amp;visión predeterminada:</translation>
    </message>
    <message>
        <source>Drawing area</source>
        <translation>Área de planos</translation>
    </message>
    <message>
        <source>New set…</source>
        <translation>Nuevo conjunto…</translation>
    </message>
    <message>
        <source>Loading drawing sets…</source>
        <translation>Cargando conjuntos de planos…</translation>
    </message>
    <message>
        <source>The drawing sets could not be loaded: %1</source>
        <translation>No se pudieron cargar los conjuntos de planos: %1</translation>
    </message>
    <message>
        <source>New Drawing Set</source>
        <translation>Nuevo conjunto de planos</translation>
    </message>
    <message>
        <source>Name of the new drawing set:</source>
        <translation>Nombre del nuevo conjunto de planos:</translation>
    </message>
    <message>
        <source>Creating the drawing set “%1”…</source>
        <translation>Creando el conjunto de planos «%1»…</translation>
    </message>
    <message>
        <source>The drawing set “%1” could not be created: %2</source>
        <translation>No se pudo crear el conjunto de planos «%1»: %2</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Conjunto de planos</translation>
    </message>
    <message>
        <source>Drawing date</source>
        <translation>Fecha del plano</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Reci&amp;bido:</translation>
    </message>
    <message>
        <source>Set a received date</source>
        <translation>Indicar una fecha de recepción</translation>
    </message>
    <message>
        <source>Received date</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>Default revision</source>
        <translation>Revisión predeterminada</translation>
    </message>
    <message>
        <source>The drawing areas could not be loaded: %1</source>
        <translation>No se pudieron cargar las áreas de planos: %1</translation>
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
        <translation>Zona para soltar</translation>
    </message>
    <message>
        <source>Drop files and folders here to add them to the upload</source>
        <translation>Suelte aquí archivos y carpetas para añadirlos a la subida</translation>
    </message>
    <message>
        <source>Drop here</source>
        <translation>Suelte aquí</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Examinando</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Detener el examen</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FailureBar</name>
    <message>
        <source>Failed uploads</source>
        <translation>Subidas fallidas</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be uploaded.</source>
        <translation>
            <numerusform>No se pudo subir %n archivo.</numerusform>
            <numerusform>No se pudieron subir %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Show Failed</source>
        <translation>&amp;Mostrar fallidos</translation>
    </message>
    <message>
        <source>List only the failed files, selected</source>
        <translation>Mostrar solo los archivos fallidos, seleccionados</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FolderPage</name>
    <message>
        <source>Destination folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>Folders of the Documents tool, the project&apos;s or the company&apos;s. Read-only folders cannot be chosen.</source>
        <translation>Carpetas de la herramienta Documentos, del proyecto o de la empresa. No se pueden elegir carpetas de solo lectura.</translation>
    </message>
    <message>
        <source>Upload a &amp;New Version…</source>
        <translation>Subir una &amp;nueva versión…</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nueva carpeta…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Create a folder inside the chosen folder</source>
        <translation>Crear una carpeta dentro de la carpeta elegida</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Documentos de la empresa</translation>
    </message>
    <message>
        <source>Drop a file onto “%1” (or press Ctrl+Shift+N) to upload it as a new version.</source>
        <translation>Suelte un archivo sobre «%1» (o pulse Ctrl+Mayús+N) para subirlo como nueva versión.</translation>
    </message>
    <message>
        <source>“%1” is read-only: files cannot be uploaded there. Choose another folder.</source>
        <translation>«%1» es de solo lectura: no se pueden subir archivos allí. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Nombre de la nueva carpeta en «%1»:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/” or “\”.</source>
        <translation>Un nombre de carpeta no puede contener «/» ni «\».</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Creando «%1»…</translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation>Nueva versión de %1</translation>
    </message>
    <message>
        <source>Drop one file at a time onto “%1” for a new version.</source>
        <translation>Suelte un solo archivo cada vez sobre «%1» para una nueva versión.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FolderTreeModel</name>
    <message>
        <source>The folders of %1 could not be loaded: %2</source>
        <translation>No se pudieron cargar las carpetas de %1: %2</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created: %2</source>
        <translation>No se pudo crear la carpeta «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is read-only: files cannot be uploaded here.</source>
        <translation>«%1» es de solo lectura: no se pueden subir archivos aquí.</translation>
    </message>
    <message>
        <source>The top of the Documents tool</source>
        <translation>La raíz de la herramienta Documentos</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>Drop a file here to upload it as a new version of “%1”.</source>
        <translation>Suelte aquí un archivo para subirlo como nueva versión de «%1».</translation>
    </message>
    <message>
        <source>file; drop a file onto it for a new version</source>
        <translation>archivo; suelte un archivo encima para una nueva versión</translation>
    </message>
</context>
<context>
    <name>hoist::ui::HistoryDialog</name>
    <message>
        <source>Upload history</source>
        <translation>Historial de subidas</translation>
    </message>
    <message>
        <source>Search file names and destinations</source>
        <translation>Buscar nombres de archivo y destinos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Recorded uploads</source>
        <translation>Subidas registradas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Show &amp;file</source>
        <translation>Mostrar &amp;archivo</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) shown</source>
        <translation>
            <numerusform>%n archivo mostrado</numerusform>
            <numerusform>%n archivos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallido</numerusform>
            <numerusform>, %n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder and try again.</source>
        <translation>No se pudo escribir %1. Elija otra carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Open in Pro&amp;core</source>
        <translation>Abrir en Pro&amp;core</translation>
    </message>
    <message>
        <source>Save rece&amp;ipt…</source>
        <translation>Guardar comproban&amp;te…</translation>
    </message>
    <message>
        <source>Per file uploaded: its link in Procore, who uploaded it and when, and its SHA-256 (the selected rows, or all shown)</source>
        <translation>Por cada archivo subido: su enlace en Procore, quién lo subió y cuándo, y su SHA-256 (las filas seleccionadas, o todas las mostradas)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Guardar comprobante</translation>
    </message>
    <message>
        <source>Printable page (*.html);;CSV files (*.csv)</source>
        <translation>Página imprimible (*.html);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Choose another folder and try again.</source>
        <translation>No se pudo escribir %1 (%2). Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be queued again: they are no longer on this computer.</source>
        <translation>
            <numerusform>%n archivo no se pudo volver a poner en cola: ya no está en este equipo.</numerusform>
            <numerusform>%n archivos no se pudieron volver a poner en cola: ya no están en este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them back where they were and retry, or upload them from where they are now:
%1</source>
        <translation>Vuelva a ponerlos donde estaban y reintente, o súbalos desde donde están ahora:
%1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::JournalBar</name>
    <message>
        <source>Transfer journal</source>
        <translation>Diario de transferencias</translation>
    </message>
    <message>
        <source>Every upload stopped: %1.
Nothing is lost and nothing is sent twice. Free some space there (or fix the folder), then choose Resume All.</source>
        <translation>Todas las subidas se detuvieron: %1.
No se pierde nada y nada se envía dos veces. Libere espacio allí (o corrija la carpeta) y luego elija Reanudar todo.</translation>
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
        <translation>Añadir archi&amp;vos…</translation>
    </message>
    <message>
        <source>Choose files to upload</source>
        <translation>Elegir archivos para subir</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir ca&amp;rpeta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Choose a folder to upload with its subfolders</source>
        <translation>Elegir una carpeta para subirla con sus subcarpetas</translation>
    </message>
    <message>
        <source>&amp;Paste Files</source>
        <translation>&amp;Pegar archivos</translation>
    </message>
    <message>
        <source>Add the files and folders copied in a file manager</source>
        <translation>Añadir los archivos y carpetas copiados en un gestor de archivos</translation>
    </message>
    <message>
        <source>Forget the files waiting to be uploaded</source>
        <translation>Olvidar los archivos que esperan para subirse</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>&amp;Pausar todo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Pause every transfer; resume them later</source>
        <translation>Pausar todas las transferencias para reanudarlas más tarde</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Try the selected failed or cancelled files again</source>
        <translation>Volver a intentar los archivos fallidos o cancelados seleccionados</translation>
    </message>
    <message>
        <source>Retry All &amp;Failed</source>
        <translation>Reintentar todos los &amp;fallidos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Try every failed file again</source>
        <translation>Volver a intentar todos los archivos fallidos</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop uploading the selected files</source>
        <translation>Dejar de subir los archivos seleccionados</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected files from the list (cancels them if needed)</source>
        <translation>Quitar de la lista los archivos seleccionados (los cancela si hace falta)</translation>
    </message>
    <message>
        <source>Clear F&amp;inished</source>
        <translation>Quitar &amp;terminados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Remove the uploaded and skipped files from the list</source>
        <translation>Quitar de la lista los archivos subidos y omitidos</translation>
    </message>
    <message>
        <source>Show &amp;Local File</source>
        <translation>Mostrar archivo &amp;local</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open the folder holding the selected file</source>
        <translation>Abrir la carpeta que contiene el archivo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Open in Procore</source>
        <translation>&amp;Abrir en Procore</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Open the uploaded file from Procore in the web browser</source>
        <translation>Abrir en el navegador el archivo subido a Procore</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Hoist</source>
        <translation>Salir de Hoist</translation>
    </message>
    <message>
        <source>&amp;About Hoist</source>
        <translation>Acerca &amp;de Hoist</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>What was uploaded, failed or skipped, with search and CSV export</source>
        <translation>Qué se subió, falló o se omitió, con búsqueda y exportación a CSV</translation>
    </message>
    <message>
        <source>Re&amp;view Before Upload</source>
        <translation>Re&amp;visar antes de subir</translation>
    </message>
    <message>
        <source>Show what Procore will refuse or change, and what is already there, before uploading</source>
        <translation>Mostrar antes de subir lo que Procore rechazará o cambiará y lo que ya está allí</translation>
    </message>
    <message>
        <source>About Hoist</source>
        <translation>Acerca de Hoist</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferencias</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Resume &amp;All</source>
        <translation>Reanudar &amp;todo</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation>Pausar todo</translation>
    </message>
    <message>
        <source>Add Files to Upload</source>
        <translation>Añadir archivos para subir</translation>
    </message>
    <message>
        <source>Add a Folder to Upload</source>
        <translation>Añadir una carpeta para subir</translation>
    </message>
    <message>
        <source>The clipboard holds no files or folders.</source>
        <translation>El portapapeles no contiene archivos ni carpetas.</translation>
    </message>
    <message numerus="yes">
        <source>Looking for files… %n found (%1)</source>
        <translation>
            <numerusform>Buscando archivos… %n encontrado (%1)</numerusform>
            <numerusform>Buscando archivos… %n encontrados (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to upload</source>
        <translation>Nada que subir</translation>
    </message>
    <message>
        <source>Drop files and folders here</source>
        <translation>Suelte aquí archivos y carpetas</translation>
    </message>
    <message>
        <source>Or use Add Files and Add Folder. Folders keep their structure.</source>
        <translation>O use Añadir archivos y Añadir carpeta. Las carpetas conservan su estructura.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, ready to upload</source>
        <translation>
            <numerusform>%n archivo, %1, listo para subir</numerusform>
            <numerusform>%n archivos, %1, listos para subir</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>A %1</translation>
    </message>
    <message>
        <source>Checking the files against the destination…</source>
        <translation>Comparando los archivos con el destino…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued</source>
        <translation>
            <numerusform>%n archivo en cola</numerusform>
            <numerusform>%n archivos en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) to %1</source>
        <translation>
            <numerusform>Subir %n archivo a %1</numerusform>
            <numerusform>Subir %n archivos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Files</source>
        <translation>Quitar archivos</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files are still being uploaded. Stop them and remove them from the list?</source>
        <translation>
            <numerusform>Uno de los archivos seleccionados aún se está subiendo. ¿Detenerlo y quitarlo de la lista?</numerusform>
            <numerusform>%n de los archivos seleccionados aún se están subiendo. ¿Detenerlos y quitarlos de la lista?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop and &amp;Remove</source>
        <translation>Detener y &amp;quitar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation>%1 ya no está en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still being uploaded or waiting their turn.</source>
        <translation>
            <numerusform>%n archivo aún se está subiendo o espera su turno.</numerusform>
            <numerusform>%n archivos aún se están subiendo o esperan su turno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added file(s) have not been uploaded yet.</source>
        <translation>
            <numerusform>%n archivo añadido aún no se ha subido.</numerusform>
            <numerusform>%n archivos añadidos aún no se han subido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Hoist?</source>
        <translation>¿Salir de Hoist?</translation>
    </message>
    <message>
        <source>If you quit now, these files are not uploaded to Procore. You will need to add them again.</source>
        <translation>Si sale ahora, estos archivos no se subirán a Procore. Tendrá que volver a añadirlos.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Detener y salir</translation>
    </message>
    <message>
        <source>&amp;Keep Uploading</source>
        <translation>&amp;Seguir subiendo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Transfers, bandwidth, language, environment and proxy</source>
        <translation>Transferencias, ancho de banda, idioma, entorno y proxy</translation>
    </message>
    <message>
        <source>Hoist keeps the queue and offers to go on with it the next time it starts.</source>
        <translation>Hoist conserva la cola y ofrecerá continuarla la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>PDF drawings (%1)</source>
        <translation>Planos PDF (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <source>Upload “%1” as a new version of “%2”.

Notes for this version (optional):</source>
        <translation>Subir «%1» como nueva versión de «%2».

Notas de esta versión (opcional):</translation>
    </message>
    <message>
        <source>&amp;Upload Version</source>
        <translation>&amp;Subir versión</translation>
    </message>
    <message>
        <source>New version of %1 queued</source>
        <translation>Nueva versión de %1 en cola</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Choose the company, project and destination to upload to.</source>
        <translation>Elija la empresa, el proyecto y el destino.</translation>
    </message>
    <message>
        <source>Upload the waiting files to the chosen destination</source>
        <translation>Subir los archivos en espera al destino elegido</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Uploads files and folders to Procore&apos;s Documents, Photos and Drawings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Sube archivos y carpetas a Documentos, Fotos y Planos de Procore.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add files and choose a writable destination first</source>
        <translation>Primero añada archivos y elija un destino con permiso de escritura</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be uploaded: %1 — %2</source>
        <translation>
            <numerusform>%n elemento no se puede subir: %1 — %2</numerusform>
            <numerusform>%n elementos no se pueden subir: %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in Transfers</source>
        <translation>&amp;Buscar en transferencias</translation>
    </message>
    <message>
        <source>Show only the transfers whose name or folder holds a text</source>
        <translation>Mostrar solo las transferencias cuyo nombre o carpeta contiene un texto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>List the companies, projects and folders from Procore again</source>
        <translation>Volver a obtener de Procore las empresas, los proyectos y las carpetas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Vi&amp;sta</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued again, each to where it was going</source>
        <translation>
            <numerusform>%n archivo en cola de nuevo, hacia su destino original</numerusform>
            <numerusform>%n archivos en cola de nuevo, cada uno hacia su destino original</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::PhotoPage</name>
    <message>
        <source>No album (Unclassified)</source>
        <translation>Sin álbum (sin clasificar)</translation>
    </message>
    <message>
        <source>New album…</source>
        <translation>Nuevo álbum…</translation>
    </message>
    <message>
        <source>Loading albums…</source>
        <translation>Cargando álbumes…</translation>
    </message>
    <message>
        <source>The albums could not be loaded: %1</source>
        <translation>No se pudieron cargar los álbumes: %1</translation>
    </message>
    <message>
        <source>New Album</source>
        <translation>Nuevo álbum</translation>
    </message>
    <message>
        <source>Name of the new photo album:</source>
        <translation>Nombre del nuevo álbum de fotos:</translation>
    </message>
    <message>
        <source>Creating the album “%1”…</source>
        <translation>Creando el álbum «%1»…</translation>
    </message>
    <message>
        <source>The album “%1” could not be created: %2</source>
        <translation>No se pudo crear el álbum «%1»: %2</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>Photo description</source>
        <translation>Descripción de la foto</translation>
    </message>
    <message>
        <source>Optional, for every photo of the upload</source>
        <translation>Opcional, para todas las fotos de la subida</translation>
    </message>
    <message>
        <source>Private photos</source>
        <translation>Fotos privadas</translation>
    </message>
    <message>
        <source>P&amp;rivate (only people allowed to see private photos)</source>
        <translation>P&amp;rivada (solo quien puede ver fotos privadas)</translation>
    </message>
    <message>
        <source>Only images (JPEG, PNG, HEIC, …) can go to Photos; other files are left out before anything is uploaded.</source>
        <translation>Solo las imágenes (JPEG, PNG, HEIC, …) pueden ir a Fotos; los demás archivos se dejan fuera antes de subir nada.</translation>
    </message>
    <message>
        <source>&amp;Album:</source>
        <translation>Ál&amp;bum:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;ipción:</translation>
    </message>
</context>
<context>
    <name>hoist::ui::PreflightDialog</name>
    <message>
        <source>Review before upload</source>
        <translation>Revisar antes de subir</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Files Procore would refuse or change are listed below; tick the ones to upload anyway, untick the ones to leave out.</source>
        <translation>Aún no se ha enviado nada. Abajo aparecen los archivos que Procore rechazaría o cambiaría; marque los que quiera subir de todos modos y desmarque los que quiera dejar fuera.</translation>
    </message>
    <message>
        <source>The destination could not be read (%1), so files already there cannot be recognised. You can still upload.</source>
        <translation>No se pudo leer el destino (%1), así que no se pueden reconocer los archivos que ya están allí. Aun así puede subir.</translation>
    </message>
    <message>
        <source>Flagged files</source>
        <translation>Archivos señalados</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>In Procore as</source>
        <translation>En Procore como</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, to %2.</source>
        <translation>
            <numerusform>%n archivo, %1, a %2.</numerusform>
            <numerusform>%n archivos, %1, a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out.</source>
        <translation>
            <numerusform>%n archivo queda fuera.</numerusform>
            <numerusform>%n archivos quedan fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders to create: %1.</source>
        <translation>Carpetas que se crearán: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>Subir %n archivo</numerusform>
            <numerusform>Subir %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not for %1</source>
        <translation>No apto para %1</translation>
    </message>
    <message>
        <source>None of these files can go to %1; nothing was uploaded.</source>
        <translation>Ninguno de estos archivos puede ir a %1; no se subió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to %1 and were left out; the others are queued.</source>
        <translation>
            <numerusform>%n archivo no puede ir a %1 y se dejó fuera; los demás están en cola.</numerusform>
            <numerusform>%n archivos no pueden ir a %1 y se dejaron fuera; los demás están en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Check the drawing settings and each sheet&apos;s revision (read from its name where it says one); untick the sheets to leave out.</source>
        <translation>Aún no se ha enviado nada. Revise los ajustes de los planos y la revisión de cada hoja (leída de su nombre cuando la indica); desmarque las hojas que no deban enviarse.</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>Número de hoja</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed since a file of the same name went to Procore.</source>
        <translation>
            <numerusform>%n archivo cambió desde que uno del mismo nombre se subió a Procore.</numerusform>
            <numerusform>%n archivos cambiaron desde que uno del mismo nombre se subió a Procore.</numerusform>
        </translation>
    </message>
    <message>
        <source>For all changed files</source>
        <translation>Para todos los archivos modificados</translation>
    </message>
    <message>
        <source>Each as chosen below</source>
        <translation>Cada uno como se elige abajo</translation>
    </message>
    <message>
        <source>All as new versions</source>
        <translation>Todos como versiones nuevas</translation>
    </message>
    <message>
        <source>All as copies (keep both)</source>
        <translation>Todos como copias (conservar ambos)</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Omitir todos</translation>
    </message>
    <message>
        <source>&amp;For all:</source>
        <translation>&amp;Para todos:</translation>
    </message>
    <message>
        <source>(from the sheet)</source>
        <translation>(de la hoja)</translation>
    </message>
    <message>
        <source>Revision of %1</source>
        <translation>Revisión de %1</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Qué hacer con %1</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Versión nueva</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message numerus="yes">
        <source>%n as new version(s) of the file(s) in Procore.</source>
        <translation>
            <numerusform>%n como versión nueva del archivo en Procore.</numerusform>
            <numerusform>%n como versiones nuevas de los archivos en Procore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes at least %1: Procore lets a program send only so many requests an hour, and these files need about %n.</source>
        <translation>
            <numerusform>Esto tarda al menos %1: Procore solo permite a un programa cierto número de solicitudes por hora, y estos archivos necesitan unas %n.</numerusform>
            <numerusform>Esto tarda al menos %1: Procore solo permite a un programa cierto número de solicitudes por hora, y estos archivos necesitan unas %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::ProjectPicker</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Type part of a project&apos;s number or name to filter the list</source>
        <translation>Escriba parte del número o del nombre de un proyecto para filtrar la lista</translation>
    </message>
    <message>
        <source>Type to filter by project number or name</source>
        <translation>Escriba para filtrar por número o nombre de proyecto</translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation>No se pudieron cargar los proyectos: %1</translation>
    </message>
    <message>
        <source>Choose a company first</source>
        <translation>Elija primero una empresa</translation>
    </message>
    <message>
        <source>Loading projects… %1 of %2</source>
        <translation>Cargando proyectos… %1 de %2</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Cargando proyectos…</translation>
    </message>
    <message>
        <source>No projects in this company</source>
        <translation>No hay proyectos en esta empresa</translation>
    </message>
    <message numerus="yes">
        <source>Choose or type a project (%n available)</source>
        <translation>
            <numerusform>Elija o escriba un proyecto (%n disponible)</numerusform>
            <numerusform>Elija o escriba un proyecto (%n disponibles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::ProxySignInDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Inicio de sesión en el proxy</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password before Hoist can reach Procore. Uploads wait until you answer.</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña antes de que Hoist pueda llegar a Procore. Las subidas esperan hasta que responda.</translation>
    </message>
    <message>
        <source>The proxy refused that user name and password.</source>
        <translation>El proxy rechazó ese nombre de usuario y esa contraseña.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Recordar en el &amp;llavero</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo de configuración</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Usua&amp;rio:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SessionManager</name>
    <message>
        <source>Upload history</source>
        <translation>Historial de subidas</translation>
    </message>
    <message>
        <source>The upload history cannot be kept: %1. Uploads still work.</source>
        <translation>No se puede guardar el historial de subidas: %1. Las subidas siguen funcionando.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Procore needs you to sign in again (%1). Waiting uploads stay in the queue.</source>
        <translation>Procore necesita que vuelva a iniciar sesión (%1). Las subidas pendientes siguen en la cola.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>The upload history is not available.</source>
        <translation>El historial de subidas no está disponible.</translation>
    </message>
    <message>
        <source>Transfer journal</source>
        <translation>Registro de transferencias</translation>
    </message>
    <message>
        <source>Resume uploads?</source>
        <translation>¿Reanudar las subidas?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not finished when Hoist last stopped.</source>
        <translation>
            <numerusform>%n archivo no se terminó la última vez que se detuvo Hoist.</numerusform>
            <numerusform>%n archivos no se terminaron la última vez que se detuvo Hoist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hoist can go on where they stopped: parts already stored are not sent again and nothing is uploaded twice.</source>
        <translation>Hoist puede continuar donde se quedaron: las partes ya guardadas no se vuelven a enviar y nada se sube dos veces.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Sandbox integrado</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox integrado: %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Files uploaded at the same time</source>
        <translation>Archivos que se suben a la vez</translation>
    </message>
    <message>
        <source>&amp;Files at the same time:</source>
        <translation>&amp;Archivos a la vez:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Upload bandwidth limit in KiB per second, 0 for unlimited</source>
        <translation>Límite de ancho de banda de subida en KiB por segundo, 0 para sin límite</translation>
    </message>
    <message>
        <source>For all uploads together. 0 means no limit.</source>
        <translation>Para todas las subidas juntas. 0 significa sin límite.</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>Límite de ancho de &amp;banda:</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Preguntarme</translation>
    </message>
    <message>
        <source>Keep both (Procore renames the new file)</source>
        <translation>Conservar ambos (Procore cambia el nombre del nuevo archivo)</translation>
    </message>
    <message>
        <source>Skip the new file</source>
        <translation>Omitir el archivo nuevo</translation>
    </message>
    <message>
        <source>Upload as a new version</source>
        <translation>Subir como nueva versión</translation>
    </message>
    <message>
        <source>When a file with the same name is already there</source>
        <translation>Cuando ya existe un archivo con el mismo nombre</translation>
    </message>
    <message>
        <source>When the &amp;name is taken:</source>
        <translation>Si el &amp;nombre ya existe:</translation>
    </message>
    <message>
        <source>Language and Procore</source>
        <translation>Idioma y Procore</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Procore</source>
        <translation>Procore</translation>
    </message>
    <message>
        <source>Procore developer sandbox</source>
        <translation>Sandbox de desarrollo de Procore</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Sandbox mensual de Procore</translation>
    </message>
    <message>
        <source>Built-in sandbox (no account needed)</source>
        <translation>Sandbox integrado (no necesita cuenta)</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Otro servidor</translation>
    </message>
    <message>
        <source>Procore environment</source>
        <translation>Entorno de Procore</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>API address of the other server</source>
        <translation>Dirección de la API del otro servidor</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>Same as the API address</source>
        <translation>La misma que la dirección de la API</translation>
    </message>
    <message>
        <source>Sign-in address of the other server</source>
        <translation>Dirección de inicio de sesión del otro servidor</translation>
    </message>
    <message>
        <source>&amp;Sign-in address:</source>
        <translation>Dirección de inicio de &amp;sesión:</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy de red</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
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
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Usua&amp;rio:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>The new language is used the next time Hoist starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie Hoist.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Files of at least this size in MiB go up in parts, 0 for never</source>
        <translation>Los archivos de al menos este tamaño en MiB se suben en partes, 0 para nunca</translation>
    </message>
    <message>
        <source>Big files go up in 64 MiB parts, several at once; each part is retried alone and an interrupted upload goes on from the last stored part. Files over 5 GB always go in parts.</source>
        <translation>Los archivos grandes se suben en partes de 64 MiB, varias a la vez; cada parte se reintenta por separado y una subida interrumpida continúa desde la última parte guardada. Los archivos de más de 5 GB siempre van en partes.</translation>
    </message>
    <message>
        <source>Upload in par&amp;ts from:</source>
        <translation>&amp;Cargar en partes a partir de:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
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
        <source>Appearance: light, dark or the system&apos;s</source>
        <translation>Apariencia: clara, oscura o la del sistema</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>None: only the system&apos;s</source>
        <translation>Ninguna: solo las del sistema</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Archivo adicional de autoridad de certificación</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of a certificate authority to trust besides the system&apos;s, e.g. your organization&apos;s HTTPS inspection. Used at once.</source>
        <translation>Un archivo PEM con el certificado de una autoridad de certificación en la que confiar además de las del sistema, p. ej. la inspección HTTPS de su organización. Se aplica al momento.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Elegir el archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Certif&amp;icate authority:</source>
        <translation>Autoridad de certi&amp;ficación:</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a PEM certificate file, or leave the field empty.</source>
        <translation>Elija un archivo de certificado PEM o deje el campo vacío.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SignInDialog</name>
    <message>
        <source>Sign in to Procore</source>
        <translation>Iniciar sesión en Procore</translation>
    </message>
    <message>
        <source>How to connect Hoist to Procore</source>
        <translation>Cómo conectar Hoist con Procore</translation>
    </message>
    <message>
        <source>Procore environment</source>
        <translation>Entorno de Procore</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Dirección de la &amp;API:</translation>
    </message>
    <message>
        <source>Same as the API address</source>
        <translation>La misma que la dirección de la API</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Si&amp;gn-in address:</source>
        <translation>Dirección de inicio de &amp;sesión:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Must match the redirect URI registered for the app exactly</source>
        <translation>Debe coincidir exactamente con el URI de redirección registrado para la aplicación</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirección:</translation>
    </message>
    <message>
        <source>Sign &amp;in with browser</source>
        <translation>Iniciar sesión en el &amp;navegador</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Iniciar sesión en el navegador</translation>
    </message>
    <message>
        <source>&amp;Code from Procore:</source>
        <translation>&amp;Código de Procore:</translation>
    </message>
    <message>
        <source>Code from Procore</source>
        <translation>Código de Procore</translation>
    </message>
    <message>
        <source>&amp;Use code</source>
        <translation>&amp;Usar código</translation>
    </message>
    <message>
        <source>Use code</source>
        <translation>Usar código</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Aviso del llavero</translation>
    </message>
    <message>
        <source>Other server…</source>
        <translation>Otro servidor…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hoist needs an app registered with Procore before it can sign you in. You do this once:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in to the &lt;a href=&quot;https://developers.procore.com&quot;&gt;Procore Developer Portal&lt;/a&gt; and choose &lt;b&gt;Create New App&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In the app&apos;s OAuth settings, add this redirect URI exactly as shown, including the last slash: &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Copy the app&apos;s &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; into the fields below. The Procore sandboxes have their own ID and secret.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hoist keeps the secret and your sign-in in the system keychain, never in a file. If Procore shows a code instead of returning to Hoist, use the redirect URI &lt;b&gt;urn:ietf:wg:oauth:2.0:oob&lt;/b&gt; and paste the code here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hoist necesita una aplicación registrada en Procore antes de poder iniciar su sesión. Solo hay que hacerlo una vez:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Inicie sesión en el &lt;a href=&quot;https://developers.procore.com&quot;&gt;Procore Developer Portal&lt;/a&gt; y elija &lt;b&gt;Create New App&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;En la configuración OAuth de la aplicación, añada este URI de redirección exactamente como se muestra, incluida la última barra: &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Copie el &lt;b&gt;Client ID&lt;/b&gt; y el &lt;b&gt;Client Secret&lt;/b&gt; de la aplicación en los campos de abajo. Los sandboxes de Procore tienen su propio ID y secreto.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hoist guarda el secreto y su sesión en el llavero del sistema, nunca en un archivo. Si Procore muestra un código en lugar de volver a Hoist, use el URI de redirección &lt;b&gt;urn:ietf:wg:oauth:2.0:oob&lt;/b&gt; y pegue el código aquí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>Enter the address of the Procore server.</source>
        <translation>Introduzca la dirección del servidor de Procore.</translation>
    </message>
    <message>
        <source>If no browser opened, open this address: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Si no se abrió ningún navegador, abra esta dirección: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>página de inicio de sesión</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code Procore shows below.</source>
        <translation>Permita el acceso en el navegador y pegue abajo el código que muestra Procore.</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>Esperando a que permita el acceso en el navegador…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open the sign-in page with the link above.</source>
        <translation>No se pudo abrir ningún navegador. Abra la página de inicio de sesión con el enlace de arriba.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>I&amp;D de cliente:</translation>
    </message>
    <message>
        <source>Sign in with &amp;Procore</source>
        <translation>Iniciar sesión con &amp;Procore</translation>
    </message>
    <message>
        <source>Sign in with Procore</source>
        <translation>Iniciar sesión con Procore</translation>
    </message>
    <message>
        <source>Try the built-in sand&amp;box</source>
        <translation>Probar el sand&amp;box integrado</translation>
    </message>
    <message>
        <source>Try the built-in sandbox</source>
        <translation>Probar el sandbox integrado</translation>
    </message>
    <message>
        <source>A copy of Procore on this computer, with sample projects: no account needed</source>
        <translation>Una copia de Procore en este equipo, con proyectos de ejemplo: no se necesita cuenta</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>Advanced: your own Procore application</source>
        <translation>Avanzado: su propia aplicación de Procore</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;Sign in with Procore&lt;/b&gt;: your browser opens Procore&apos;s sign-in page; sign in there and allow Hoist access. Hoist keeps your sign-in in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija &lt;b&gt;Iniciar sesión con Procore&lt;/b&gt;: su navegador abre la página de inicio de sesión de Procore; inicie sesión allí y permita el acceso a Hoist. Hoist guarda su sesión en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the client ID and the redirect URI (and the client secret, if the app has one).</source>
        <translation>Introduzca el ID de cliente y la URI de redirección (y el secreto de cliente, si la aplicación tiene uno).</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SignInPage</name>
    <message>
        <source>Sign in to Procore</source>
        <translation>Iniciar sesión en Procore</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Hoist uploads files and folders to your Procore projects&apos; Documents, Photos and Drawings. Sign in with your Procore account to begin.</source>
        <translation>Hoist sube archivos y carpetas a Documentos, Fotos y Planos de sus proyectos de Procore. Inicie sesión con su cuenta de Procore para empezar.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Procore</source>
        <translation>Iniciar sesión con &amp;Procore</translation>
    </message>
    <message>
        <source>Try the built-in sand&amp;box</source>
        <translation>Probar el sand&amp;box integrado</translation>
    </message>
    <message>
        <source>No Procore account at hand? The built-in sandbox is a copy of Procore on this computer, with sample projects, to try Hoist.</source>
        <translation>¿No tiene una cuenta de Procore a mano? El sandbox integrado es una copia de Procore en este equipo, con proyectos de ejemplo, para probar Hoist.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::StatusSummary</name>
    <message>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>Speed and time left</source>
        <translation>Velocidad y tiempo restante</translation>
    </message>
    <message>
        <source>Files done</source>
        <translation>Archivos terminados</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Hoist</source>
        <translation>Hoist</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 de %2 enviados</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) uploaded</source>
        <translation>
            <numerusform>%1 de %n archivo subidos</numerusform>
            <numerusform>%1 de %n archivos subidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n failed</source>
        <translation>
            <numerusform>%1 · %n fallido</numerusform>
            <numerusform>%1 · %n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: retry the failed files</source>
        <translation>Detenido: reintente los archivos fallidos</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Todo terminado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused – Hoist</source>
        <translation>En pausa – Hoist</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · quedan %2</translation>
    </message>
    <message>
        <source>%1% – Hoist</source>
        <translation>%1% – Hoist</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n uploaded, %1 failed</source>
        <translation>
            <numerusform>Terminado: %n subido, %1 fallidos</numerusform>
            <numerusform>Terminado: %n subidos, %1 fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n file(s) uploaded</source>
        <translation>
            <numerusform>Terminado: %n archivo subido</numerusform>
            <numerusform>Terminado: %n archivos subidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Conectado a %1 (%2)</translation>
    </message>
    <message>
        <source>Could not ask Procore who is signed in: %1</source>
        <translation>No se pudo preguntar a Procore quién ha iniciado sesión: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3</source>
        <translation>Sesión iniciada en %1 (%2) como %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
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
        <translation>Empezando…</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SupportActions</name>
    <message>
        <source>Create &amp;Debug Archive…</source>
        <translation>Crear archivo de &amp;depuración…</translation>
    </message>
    <message>
        <source>Save the log, versions and summaries in one zip for whoever helps you</source>
        <translation>Guardar el registro, las versiones y los resúmenes en un zip para quien le ayude</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>Show where Hoist writes its log: %1</source>
        <translation>Mostrar dónde escribe Hoist su registro: %1</translation>
    </message>
    <message>
        <source>Create Debug Archive</source>
        <translation>Crear archivo de depuración</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>The debug archive could not be written (%1). Choose another folder and try again.</source>
        <translation>No se pudo escribir el archivo de depuración (%1). Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Saved the debug archive as %1. Send it to whoever helps you: it holds the log, the versions and summaries, and no password or token.</source>
        <translation>El archivo de depuración se guardó como %1. Envíelo a quien le ayude: contiene el registro, las versiones y los resúmenes, y ninguna contraseña ni token.</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>Carpeta del registro</translation>
    </message>
    <message>
        <source>Hoist writes its log to %1.</source>
        <translation>Hoist escribe su registro en %1.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TransferFilterBar</name>
    <message>
        <source>Filter by name or folder (Ctrl+F)</source>
        <translation>Filtrar por nombre o carpeta (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter transfers</source>
        <translation>Filtrar transferencias</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>Activos (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fallidos (%1)</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Hechos (%1)</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TransferView</name>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>One row per file: name, destination, size, progress, speed, time left and status</source>
        <translation>Una fila por archivo: nombre, destino, tamaño, progreso, velocidad, tiempo restante y estado</translation>
    </message>
    <message>
        <source>No transfers yet.
Files you upload appear here with their progress.</source>
        <translation>Aún no hay transferencias.
Los archivos que suba aparecerán aquí con su progreso.</translation>
    </message>
    <message>
        <source>No transfers match the filter.</source>
        <translation>Ninguna transferencia coincide con el filtro.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TrayIcon</name>
    <message>
        <source>&amp;Hide Hoist</source>
        <translation>&amp;Ocultar Hoist</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>&amp;Pausar todo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>Subidas terminadas</translation>
    </message>
    <message>
        <source>Hoist: nothing to upload</source>
        <translation>Hoist: nada que subir</translation>
    </message>
    <message numerus="yes">
        <source>Hoist: %1 of %n file(s) uploaded, %2 %</source>
        <translation>
            <numerusform>Hoist: %1 de %n archivo subidos, %2 %</numerusform>
            <numerusform>Hoist: %1 de %n archivos subidos, %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n archivo fallido</numerusform>
            <numerusform>%n archivos fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, %1 failed.</source>
        <translation>
            <numerusform>%n archivo subido, %1 fallidos.</numerusform>
            <numerusform>%n archivos subidos, %1 fallidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded.</source>
        <translation>
            <numerusform>%n archivo subido.</numerusform>
            <numerusform>%n archivos subidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show Hoist</source>
        <translation>&amp;Mostrar Hoist</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>&amp;Reanudar todo</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Falló la subida: %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::WatchPanel</name>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Watched Folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>Última subida</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>New files go up once complete (unchanged for a few seconds, not open for writing); a changed Documents file goes up as a new version. Deleting or renaming here never deletes or renames anything in Procore.</source>
        <translation>Los archivos nuevos se suben cuando están completos (sin cambios durante unos segundos, no abiertos para escritura); un archivo de Documentos modificado se sube como nueva versión. Borrar o renombrar aquí nunca borra ni renombra nada en Procore.</translation>
    </message>
    <message>
        <source>Watch a folder: its new files go to the destination chosen in the window</source>
        <translation>Vigilar una carpeta: sus archivos nuevos van al destino elegido en la ventana</translation>
    </message>
    <message>
        <source>&amp;Watched Folders…</source>
        <translation>Carpetas vi&amp;giladas…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Watched folders need the transfer journal: sign in to Procore (the built-in sandbox keeps one only with --sandbox-data DIR).</source>
        <translation>Las carpetas vigiladas necesitan el registro de transferencias: inicie sesión en Procore (el sandbox integrado solo lo mantiene con --sandbox-data DIR).</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>The folder is not there</source>
        <translation>La carpeta no está</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Choose the destination in the window first (company, project and folder, album or drawing set); new files of the folder go there.</source>
        <translation>Elija primero el destino en la ventana (empresa, proyecto y carpeta, álbum o juego de planos); los archivos nuevos de la carpeta irán allí.</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Vigilar carpeta</translation>
    </message>
    <message>
        <source>Stop Watching?</source>
        <translation>¿Dejar de vigilar?</translation>
    </message>
    <message>
        <source>Stop watching this folder? Nothing is removed in Procore.</source>
        <translation>¿Dejar de vigilar esta carpeta? No se quita nada en Procore.</translation>
    </message>
    <message>
        <source>Watched folder: upload failed</source>
        <translation>Carpeta vigilada: la subida falló</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, the last %1.</source>
        <translation>
            <numerusform>%n archivo subido, el último %1.</numerusform>
            <numerusform>%n archivos subidos, el último %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch “%1”?</source>
        <translation>¿Vigilar «%1»?</translation>
    </message>
    <message>
        <source>New files of this folder will be uploaded to:
%1</source>
        <translation>Los archivos nuevos de esta carpeta se subirán a:
%1</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Vigilar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Upload files and folders to Procore.</source>
        <translation>Subir archivos y carpetas a Procore.</translation>
    </message>
    <message>
        <source>Run against Hoist&apos;s built-in Procore sandbox (no account needed).</source>
        <translation>Usar el sandbox de Procore integrado en Hoist (no necesita cuenta).</translation>
    </message>
    <message>
        <source>With --sandbox: upload a few generated sample files to Drawings/Architectural of the first project, with storage slowed down so the progress can be watched and the first storage request refused so a failed row shows (for screenshots).</source>
        <translation>Con --sandbox: sube algunos archivos de ejemplo generados a Drawings/Architectural del primer proyecto, con el almacenamiento ralentizado para poder ver el progreso y la primera solicitud de almacenamiento rechazada para que aparezca una fila fallida (para capturas de pantalla).</translation>
    </message>
    <message>
        <source>Hoist</source>
        <translation>Hoist</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox integrado: %1</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (de, en, es, fr, pt_BR).</source>
        <translation>Usar este idioma en lugar del del sistema (de, en, es, fr, pt_BR).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Files and folders to add to the upload.</source>
        <translation>Archivos y carpetas que se añaden a la subida.</translation>
    </message>
    <message>
        <source>With --sandbox: keep the sandbox&apos;s state (and a transfer journal) in this folder between runs, so an interrupted queue can be resumed.</source>
        <translation>Con --sandbox: conservar el estado del sandbox (y un registro de transferencias) en esta carpeta entre ejecuciones, para poder reanudar una cola interrumpida.</translation>
    </message>
    <message>
        <source>With --sandbox: serve the sandbox over HTTPS with a certificate made at start, and trust the certificate authority that signed it.</source>
        <translation>Con --sandbox: servir el sandbox por HTTPS con un certificado creado al iniciar y confiar en la autoridad de certificación que lo firmó.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (e.g. your organization&apos;s HTTPS inspection). HOIST_CA_FILE and the network/caFile setting do the same.</source>
        <translation>Confiar también en las autoridades de certificación de este archivo PEM (p. ej., la inspección HTTPS de su organización). HOIST_CA_FILE y el ajuste network/caFile hacen lo mismo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>%1 Servers whose certificates only that file vouches for will be refused.</source>
        <translation>%1 Se rechazarán los servidores cuyos certificados solo avala ese archivo.</translation>
    </message>
</context>
</TS>
