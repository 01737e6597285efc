<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Database</name>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>o banco de dados está danificado (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Hoist (schema %1, this version knows %2)</source>
        <translation>ele foi gravado por uma versão mais nova do Hoist (esquema %1; esta versão conhece o %2)</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Não é possível criar a pasta de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2) and cannot be moved aside.</source>
        <translation>%1 não pode ser usado (%2) nem ser deixado de lado.</translation>
    </message>
    <message>
        <source>%1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <translation>%1 não pôde ser usado porque %2. Ele foi mantido como %3 e um novo foi criado.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>A atualização de %1 para o esquema %2 falhou: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written (journal mode %2)</source>
        <translation>%1 não pode ser gravado (modo de diário %2)</translation>
    </message>
    <message>
        <source>the disk is full (%1 cannot grow); free some space there</source>
        <translation>o disco está cheio (%1 não pode crescer); libere espaço nele</translation>
    </message>
    <message>
        <source>%1 cannot be read or written</source>
        <translation>%1 não pode ser lido nem gravado</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 não pode ser usado: %2.</translation>
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
        <translation>Documentos da empresa</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Desenhos</translation>
    </message>
</context>
<context>
    <name>DrawingBatch</name>
    <message>
        <source>Processing drawing: waiting in Procore&apos;s queue…</source>
        <translation>Processando o desenho: aguardando na fila do Procore…</translation>
    </message>
    <message>
        <source>Processing drawing…</source>
        <translation>Processando o desenho…</translation>
    </message>
    <message>
        <source>Drawing processed</source>
        <translation>Desenho processado</translation>
    </message>
    <message>
        <source>Drawing processing failed</source>
        <translation>Falha no processamento do desenho</translation>
    </message>
    <message>
        <source>Processing drawing (%1)…</source>
        <translation>Processando o desenho (%1)…</translation>
    </message>
    <message>
        <source>Processing drawing: Procore&apos;s staff are finishing it by hand; this can take hours…</source>
        <translation>Processando o desenho: a equipe da Procore está terminando-o manualmente; isso pode levar horas…</translation>
    </message>
    <message>
        <source>Uploaded; Procore is still processing it. See the project&apos;s Drawings tool in Procore (Drawings › Uploads) for its progress.</source>
        <translation>Enviado; a Procore ainda está processando. Veja o andamento na ferramenta Desenhos do projeto na Procore (Desenhos › Envios).</translation>
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
        <translation>Sandbox de desenvolvedor do Procore</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Sandbox mensal do Procore</translation>
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
        <translation>O arquivo de autoridade certificadora %1 não existe.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER) to trust.</source>
        <translation>%1 não contém nenhum certificado (PEM ou DER) em que confiar.</translation>
    </message>
</context>
<context>
    <name>FileScanner</name>
    <message>
        <source>Broken symbolic link; skipped.</source>
        <translation>Link simbólico quebrado; ignorado.</translation>
    </message>
    <message>
        <source>Does not exist; skipped.</source>
        <translation>Não existe; ignorado.</translation>
    </message>
    <message>
        <source>Symbolic link to a folder; not followed, add the folder itself to upload it.</source>
        <translation>Link simbólico para uma pasta; não seguido. Adicione a própria pasta para enviá-la.</translation>
    </message>
    <message>
        <source>The folder cannot be read (permission denied); skipped.</source>
        <translation>A pasta não pode ser lida (permissão negada); ignorada.</translation>
    </message>
    <message>
        <source>Not a regular file (a pipe, socket or device); skipped.</source>
        <translation>Não é um arquivo comum (pipe, socket ou dispositivo); ignorado.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied); skipped.</source>
        <translation>O arquivo não pode ser lido (permissão negada); ignorado.</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>the upload history could not be written: %1</source>
        <translation>não foi possível gravar o histórico de envios: %1</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Already in Procore with the same name and size.</source>
        <translation>Já está no Procore com o mesmo nome e tamanho.</translation>
    </message>
    <message>
        <source>A hidden or system file; usually not meant for Procore.</source>
        <translation>Um arquivo oculto ou de sistema; geralmente não é para o Procore.</translation>
    </message>
    <message>
        <source>Procore removes every character of this name; rename the file first.</source>
        <translation>O Procore remove todos os caracteres deste nome; renomeie o arquivo primeiro.</translation>
    </message>
    <message>
        <source>Procore will store it as “%1”.</source>
        <translation>O Procore vai armazená-lo como “%1”.</translation>
    </message>
    <message>
        <source>This company blocks .%1 files (strict file uploads); Procore will refuse it.</source>
        <translation>Esta empresa bloqueia arquivos .%1 (envios de arquivos restritos); o Procore vai recusá-lo.</translation>
    </message>
    <message>
        <source>Companies with strict file uploads refuse .%1 files.</source>
        <translation>Empresas com envios de arquivos restritos recusam arquivos .%1.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>O arquivo está vazio (0 bytes).</translation>
    </message>
    <message>
        <source>Larger than one upload can carry; it goes up in segments.</source>
        <translation>Maior do que um único envio comporta; ele é enviado em partes.</translation>
    </message>
    <message>
        <source>Not an image (%1); Photos take only images such as JPEG or PNG. Upload it to Documents instead.</source>
        <translation>Não é uma imagem (%1); Fotos aceita somente imagens como JPEG ou PNG. Envie-o para Documentos.</translation>
    </message>
    <message>
        <source>Not a PDF; Procore makes drawings from PDF files only.</source>
        <translation>Não é um PDF; o Procore só cria desenhos a partir de arquivos PDF.</translation>
    </message>
    <message>
        <source>Changed: here %1, modified %2; in Procore %3, from %4.</source>
        <translation>Alterado: aqui %1, modificado em %2; no Procore %3, de %4.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>uma data desconhecida</translation>
    </message>
    <message>
        <source>Named as a PDF, but there is no PDF inside (%1); Procore could not make a drawing of it. Export or copy it again.</source>
        <translation>Nomeado como PDF, mas não há um PDF dentro (%1); o Procore não conseguiria fazer um desenho com ele. Exporte ou copie-o novamente.</translation>
    </message>
    <message>
        <source>The PDF has no end marker, so it may be incomplete (still being copied or saved?). Check that it opens.</source>
        <translation>O PDF não tem marcador de fim, então pode estar incompleto (ainda sendo copiado ou salvo?). Verifique se ele abre.</translation>
    </message>
    <message>
        <source>Sheet %1, revision %2, is already in this drawing area.</source>
        <translation>A folha %1, revisão %2, já está nesta área de desenhos.</translation>
    </message>
    <message>
        <source>Already in this album with the same name (Procore does not give its size).</source>
        <translation>Já está neste álbum com o mesmo nome (o Procore não informa o tamanho).</translation>
    </message>
    <message>
        <source>An image of this name is in the album with another size (%1 there, %2 here): it goes up as another image.</source>
        <translation>Há uma imagem com este nome no álbum com outro tamanho (%1 lá, %2 aqui): ela é enviada como outra imagem.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>under a minute</source>
        <translation>menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>cerca de %n hora</numerusform>
            <numerusform>cerca de %n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcoreClient</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1</source>
        <translation>A resposta do servidor não é um JSON válido: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; Hoist does not read it.</source>
        <translation>A resposta do servidor é maior que %1 MiB; o Hoist não a lê.</translation>
    </message>
    <message>
        <source>Check the server address (Settings › Environment, or --api-base) and that it is Procore&apos;s.</source>
        <translation>Verifique o endereço do servidor (Configurações › Ambiente, ou --api-base) e se é o do Procore.</translation>
    </message>
</context>
<context>
    <name>ProcoreError</name>
    <message>
        <source>Check the file on disk, then retry.</source>
        <translation>Verifique o arquivo no disco e tente novamente.</translation>
    </message>
    <message>
        <source>Check the network connection, then retry.</source>
        <translation>Verifique a conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>Sign in again, then retry.</source>
        <translation>Entre novamente e tente outra vez.</translation>
    </message>
    <message>
        <source>Choose &quot;keep both&quot; or &quot;new version&quot;, or rename the file, then retry.</source>
        <translation>Escolha “manter ambos” ou “nova versão”, ou renomeie o arquivo, e tente novamente.</translation>
    </message>
    <message>
        <source>Retry; if it fails again, report this message to the Hoist developers.</source>
        <translation>Tente novamente; se falhar de novo, informe esta mensagem aos desenvolvedores do Hoist.</translation>
    </message>
    <message>
        <source>Procore&apos;s rate limit was reached; retry in a few minutes.</source>
        <translation>O limite de requisições do Procore foi atingido; tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Não foi possível contatar o servidor.</translation>
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
        <translation>O servidor encaminhou a solicitação para outro endereço (%1); o Hoist não o segue com o seu login.</translation>
    </message>
    <message>
        <source>Check the server address (Settings › Environment, or --api-base); use the address the server redirects to only if you trust it.</source>
        <translation>Verifique o endereço do servidor (Configurações › Ambiente, ou --api-base); use o endereço para o qual o servidor redireciona somente se confiar nele.</translation>
    </message>
    <message>
        <source>You do not have permission for this in Procore: ask a Procore admin for access to this project or folder, or choose another folder.</source>
        <translation>Você não tem permissão para isso no Procore: peça a um administrador do Procore acesso a este projeto ou pasta, ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>You cannot see this project or folder, or it was deleted: ask a Procore admin to add you to it, or choose another destination.</source>
        <translation>Você não pode ver este projeto ou pasta, ou ele foi excluído: peça a um administrador do Procore para adicioná-lo, ou escolha outro destino.</translation>
    </message>
    <message>
        <source>Hoist tried again a few times. Wait a few minutes, then retry the file.</source>
        <translation>O Hoist já tentou de novo algumas vezes. Aguarde alguns minutos e tente o arquivo novamente.</translation>
    </message>
    <message>
        <source>Procore had a problem on its side.</source>
        <translation>O Procore teve um problema do lado dele.</translation>
    </message>
    <message>
        <source>Nothing was sent: the proxy refused to connect to this server, or is not running. Ask whoever runs your network to allow Procore (api.procore.com and its storage), or check the proxy settings.</source>
        <translation>Nada foi enviado: o proxy recusou a conexão com este servidor ou não está em execução. Peça a quem administra sua rede que permita o Procore (api.procore.com e seu armazenamento), ou verifique as configurações do proxy.</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s certificate is not trusted here or is not for this address. If your organization inspects HTTPS with its own certificate authority, give its certificate file to Hoist (--ca-file or HOIST_CA_FILE); otherwise check the server address and the network.</source>
        <translation>Nada foi enviado: o certificado do servidor não é confiável aqui ou não é para este endereço. Se sua organização inspeciona HTTPS com a própria autoridade certificadora, informe ao Hoist o arquivo do certificado dela (--ca-file ou HOIST_CA_FILE); caso contrário, verifique o endereço do servidor e a rede.</translation>
    </message>
    <message>
        <source>Nothing was sent: the proxy did not accept the user name and password. Check them (Settings › Network proxy, or the user:password in https_proxy), then retry.</source>
        <translation>Nada foi enviado: o proxy não aceitou o nome de usuário e a senha. Verifique-os (Configurações › Proxy de rede, ou usuário:senha em https_proxy) e tente novamente.</translation>
    </message>
</context>
<context>
    <name>RatePacer</name>
    <message>
        <source>Procore&apos;s rate limit: going on at %1</source>
        <translation>Limite de requisições do Procore: continua às %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <source>Drawings to %1. Drawing date: %2. Received: %3. Default revision: %4.</source>
        <translation>Desenhos para %1. Data do desenho: %2. Recebido: %3. Revisão padrão: %4.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não informado</translation>
    </message>
</context>
<context>
    <name>StoragePost</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>TransferJournal</name>
    <message>
        <source>The transfer journal %1 is in use by another Hoist (%2, process %3).</source>
        <translation>O registro de transferências %1 está em uso por outro Hoist (%2, processo %3).</translation>
    </message>
    <message>
        <source>The transfer journal %1 cannot be locked: the disk is full; free some space there.</source>
        <translation>O diário de transferências %1 não pode ser bloqueado: o disco está cheio; libere espaço nele.</translation>
    </message>
    <message>
        <source>The transfer journal %1 cannot be locked: its folder cannot be written.</source>
        <translation>O diário de transferências %1 não pode ser bloqueado: a pasta dele não pode ser gravada.</translation>
    </message>
</context>
<context>
    <name>TransferState</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Adding to Documents</source>
        <translation>Adicionando a Documentos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Name already taken</source>
        <translation>Nome já existe</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processando</translation>
    </message>
</context>
<context>
    <name>UploadController</name>
    <message>
        <source>the transfer journal could not be written: %1</source>
        <translation>não foi possível gravar o diário de transferências: %1</translation>
    </message>
    <message>
        <source>the transfer journal could not be opened: %1</source>
        <translation>não foi possível abrir o diário de transferências: %1</translation>
    </message>
</context>
<context>
    <name>UploadReceipt</name>
    <message>
        <source>Upload receipt</source>
        <translation>Comprovante de envio</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded to Procore. Made %1.</source>
        <translation>
            <numerusform>%n arquivo enviado ao Procore. Gerado em %1.</numerusform>
            <numerusform>%n arquivos enviados ao Procore. Gerado em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>In Procore</source>
        <translation>No Procore</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>O servidor indicou um endereço de armazenamento sem criptografia (http:) para um servidor seguro; o Hoist envia arquivos somente por https.</translation>
    </message>
    <message>
        <source>The server named a storage address Hoist does not send files to (scheme %1); only https addresses are used.</source>
        <translation>O servidor indicou um endereço de armazenamento para o qual o Hoist não envia arquivos (esquema %1); somente endereços https são usados.</translation>
    </message>
    <message>
        <source>The server does not answer as Procore does: check the server address (Settings › Environment, or --api-base) and that it is Procore&apos;s.</source>
        <translation>O servidor não responde como o Procore: verifique o endereço do servidor (Configurações › Ambiente, ou --api-base) e se é o do Procore.</translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Left out: Photos take only images.</source>
        <translation>Deixado de fora: Fotos aceita apenas imagens.</translation>
    </message>
    <message>
        <source>Left out: Drawings take only PDFs.</source>
        <translation>Deixado de fora: Desenhos aceita apenas PDFs.</translation>
    </message>
</context>
<context>
    <name>hoist::Associator</name>
    <message>
        <source>Added by an earlier attempt</source>
        <translation>Adicionado por uma tentativa anterior</translation>
    </message>
    <message>
        <source>Checking whether Procore already has the file…</source>
        <translation>Verificando se o Procore já tem o arquivo…</translation>
    </message>
    <message>
        <source>Procore did not answer (%1); not there, so sending again in %2 s.</source>
        <translation>O Procore não respondeu (%1); o arquivo não está lá, então será enviado de novo em %2 s.</translation>
    </message>
</context>
<context>
    <name>hoist::DrawingBatch</name>
    <message>
        <source>Sending the drawing batch to Procore…</source>
        <translation>Enviando o lote de desenhos ao Procore…</translation>
    </message>
    <message>
        <source>Procore refused the drawing upload: %1</source>
        <translation>O Procore recusou o envio de desenhos: %1</translation>
    </message>
    <message>
        <source>Could not read the drawing upload&apos;s status: %1</source>
        <translation>Não foi possível ler o status do envio de desenhos: %1</translation>
    </message>
    <message>
        <source>Procore could not process the drawing.</source>
        <translation>O Procore não conseguiu processar o desenho.</translation>
    </message>
    <message>
        <source>Procore could not process the drawing: %1</source>
        <translation>O Procore não conseguiu processar o desenho: %1</translation>
    </message>
    <message>
        <source>Check that the file is a readable PDF, then retry.</source>
        <translation>Verifique se o arquivo é um PDF legível e tente novamente.</translation>
    </message>
    <message>
        <source>Checking the drawing upload&apos;s status…</source>
        <translation>Verificando o status do envio de desenhos…</translation>
    </message>
    <message>
        <source>Procore has the drawings (drawing upload %1); Retry checks its status again without sending them again.</source>
        <translation>A Procore tem os desenhos (envio de desenhos %1); Tentar novamente verifica o status outra vez sem enviá-los de novo.</translation>
    </message>
    <message>
        <source>Could not read the drawing&apos;s status (%1); asking Procore again in %2 s.</source>
        <translation>Não foi possível ler o status do desenho (%1); perguntando à Procore de novo em %2 s.</translation>
    </message>
    <message>
        <source>Sent again without %1, which Procore could not process.</source>
        <translation>Enviado novamente sem %1, que o Procore não conseguiu processar.</translation>
    </message>
</context>
<context>
    <name>hoist::FileAssociator</name>
    <message>
        <source>No destination folder.</source>
        <translation>Nenhuma pasta de destino.</translation>
    </message>
</context>
<context>
    <name>hoist::FileRangeDevice</name>
    <message>
        <source>The file is shorter than when it was planned (it changed).</source>
        <translation>O arquivo está menor do que quando foi planejado (ele mudou).</translation>
    </message>
</context>
<context>
    <name>hoist::HistoryModel</name>
    <message>
        <source>Uploaded</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Failed, sent again later</source>
        <translation>Falhou, enviado de novo depois</translation>
    </message>
</context>
<context>
    <name>hoist::LoopbackReplyHandler</name>
    <message>
        <source>The redirect URI %1 does not point to this computer, so Hoist cannot receive the answer itself; paste the code instead.</source>
        <translation>O URI de redirecionamento %1 não aponta para este computador, então o Hoist não consegue receber a resposta sozinho; cole o código.</translation>
    </message>
    <message>
        <source>Hoist cannot listen on %1 port %2 for the browser&apos;s answer (%3). Close the program using that port, or register another redirect URI.</source>
        <translation>O Hoist não consegue escutar em %1, porta %2, a resposta do navegador (%3). Feche o programa que usa essa porta ou registre outro URI de redirecionamento.</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Não suportado</translation>
    </message>
    <message>
        <source>This address only receives Procore&apos;s answer.</source>
        <translation>Este endereço só recebe a resposta do Procore.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Login recusado</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Login cancelado</translation>
    </message>
    <message>
        <source>Procore did not grant access. You can close this page and return to Hoist.</source>
        <translation>O Procore não concedeu acesso. Você pode fechar esta página e voltar ao Hoist.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Hoist received Procore&apos;s answer. You can close this page.</source>
        <translation>O Hoist recebeu a resposta do Procore. Você pode fechar esta página.</translation>
    </message>
    <message>
        <source>The answer from the browser carried no state, so Hoist cannot tell that it belongs to this sign-in; it was refused.</source>
        <translation>A resposta do navegador não trouxe nenhum estado, então o Hoist não sabe se ela pertence a este login; ela foi recusada.</translation>
    </message>
    <message>
        <source>The answer from the browser belongs to another sign-in attempt (its state does not match); it was refused.</source>
        <translation>A resposta do navegador pertence a outra tentativa de login (o estado não confere); ela foi recusada.</translation>
    </message>
    <message>
        <source>No sign-in is waiting for an answer.</source>
        <translation>Nenhum login está aguardando resposta.</translation>
    </message>
</context>
<context>
    <name>hoist::OAuthSession</name>
    <message>
        <source>no answer from the server</source>
        <translation>sem resposta do servidor</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>status HTTP %1</translation>
    </message>
    <message>
        <source>Access was not granted in the browser.</source>
        <translation>O acesso não foi concedido no navegador.</translation>
    </message>
    <message>
        <source>Procore refused the sign-in: %1</source>
        <translation>O Procore recusou o login: %1</translation>
    </message>
    <message>
        <source>The client id and secret could not be saved in the keychain: %1</source>
        <translation>O ID e o segredo do cliente não puderam ser salvos no chaveiro: %1</translation>
    </message>
    <message>
        <source>Signed in, but Procore did not say who you are (%1).</source>
        <translation>Conectado, mas o Procore não informou quem você é (%1).</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the keychain (%1); it lasts until Hoist quits.</source>
        <translation>Seu login não pôde ser salvo no chaveiro (%1); ele vale até o Hoist ser fechado.</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation>Você não está conectado a %1. Entre para continuar.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it lasts until Hoist quits.</source>
        <translation>O login renovado não pôde ser salvo no chaveiro (%1); ele vale até o Hoist ser fechado.</translation>
    </message>
    <message>
        <source>Procore&apos;s sign-in service did not answer (%1). Hoist tries again shortly.</source>
        <translation>O serviço de login do Procore não respondeu (%1). O Hoist tentará de novo em instantes.</translation>
    </message>
    <message>
        <source>Procore no longer accepts Hoist&apos;s sign-in (%1). Sign in again; waiting uploads continue afterwards.</source>
        <translation>O Procore não aceita mais o login do Hoist (%1). Entre novamente; os envios pendentes continuam depois.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Não foi possível ler o chaveiro: %1</translation>
    </message>
    <message>
        <source>Hoist could not delete its entries from the keychain: %1</source>
        <translation>O Hoist não conseguiu excluir suas entradas do chaveiro: %1</translation>
    </message>
    <message>
        <source>Procore could not be told to revoke the sign-in (%1); it is deleted from this computer anyway.</source>
        <translation>Não foi possível pedir ao Procore que revogue o login (%1); ele é excluído deste computador mesmo assim.</translation>
    </message>
    <message>
        <source>Procore did not say who is signed in (%1).</source>
        <translation>O Procore não informou quem está conectado (%1).</translation>
    </message>
    <message>
        <source>Procore did not accept this application without a client secret. Ask whoever set up Hoist to configure its secret, or enter your own application under Advanced.</source>
        <translation>O Procore não aceitou este aplicativo sem segredo de cliente. Peça a quem configurou o Hoist que configure o segredo, ou informe seu próprio aplicativo em Avançado.</translation>
    </message>
    <message>
        <source>Enter the client id and redirect URI of your Procore application first.</source>
        <translation>Informe primeiro o ID do cliente e a URI de redirecionamento do seu aplicativo Procore.</translation>
    </message>
</context>
<context>
    <name>hoist::PacedDevice</name>
    <message>
        <source>The file ended before all of it was sent.</source>
        <translation>O arquivo terminou antes de ser enviado por completo.</translation>
    </message>
</context>
<context>
    <name>hoist::PartsTransfer</name>
    <message numerus="yes">
        <source>Uploading in %n part(s)</source>
        <translation>
            <numerusform>Enviando em %n parte</numerusform>
            <numerusform>Enviando em %n partes</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on with the parts the last run did not send</source>
        <translation>Continuando com as partes que a última execução não enviou</translation>
    </message>
    <message>
        <source>Checking the file&apos;s parts…</source>
        <translation>Verificando as partes do arquivo…</translation>
    </message>
    <message>
        <source>The segmented upload failed: %1</source>
        <translation>O envio em partes falhou: %1</translation>
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
        <translation>%1 (na outra forma documentada: %2)</translation>
    </message>
    <message>
        <source>Procore refused the photo (%1); sending it in the other documented form.</source>
        <translation>O Procore recusou a foto (%1); enviando-a na outra forma documentada.</translation>
    </message>
</context>
<context>
    <name>hoist::SegmentPlan</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Reading %1 stopped early: %2</source>
        <translation>A leitura de %1 parou antes do fim: %2</translation>
    </message>
</context>
<context>
    <name>hoist::SegmentedUpload</name>
    <message>
        <source>Procore answered the segmented upload without part URLs.</source>
        <translation>O Procore respondeu ao envio em partes sem URLs das partes.</translation>
    </message>
    <message>
        <source>Cannot read part %1 of %2: %3</source>
        <translation>Não é possível ler a parte %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>hoist::SinglePostTransfer</name>
    <message>
        <source>Procore&apos;s create-upload answer has no storage URL.</source>
        <translation>A resposta de create-upload do Procore não tem URL de armazenamento.</translation>
    </message>
    <message>
        <source>Ready; waiting for a free transfer slot</source>
        <translation>Pronto; aguardando um espaço de transferência livre</translation>
    </message>
</context>
<context>
    <name>hoist::StaticTokenProvider</name>
    <message>
        <source>The access token was refused and cannot be renewed.</source>
        <translation>O token de acesso foi recusado e não pode ser renovado.</translation>
    </message>
</context>
<context>
    <name>hoist::TokenStore</name>
    <message>
        <source>Access to the system keychain was denied (%1). Hoist keeps your sign-in in memory until it quits; you will have to sign in again next time.</source>
        <translation>O acesso ao chaveiro do sistema foi negado (%1). O Hoist mantém seu login na memória até ser fechado; da próxima vez você precisará entrar novamente.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Hoist keeps your sign-in in memory until it quits; you will have to sign in again next time.</source>
        <translation>O chaveiro do sistema não está disponível (%1). O Hoist mantém seu login na memória até ser fechado; da próxima vez você precisará entrar novamente.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
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
        <translation>Finalizando no Procore…</translation>
    </message>
    <message>
        <source>Stopped after upload</source>
        <translation>Parado após o envio</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Parado em %1</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Sent; waiting for storage to confirm…</source>
        <translation>Enviado; aguardando a confirmação do armazenamento…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
</context>
<context>
    <name>hoist::UploadController</name>
    <message>
        <source>Other files went into the same folder, so this is not a permission of the folder: check this file&apos;s name, type and size, then retry it.</source>
        <translation>Outros arquivos entraram na mesma pasta, então não é uma questão de permissão da pasta: verifique o nome, o tipo e o tamanho deste arquivo e tente de novo.</translation>
    </message>
</context>
<context>
    <name>hoist::UploadJob</name>
    <message>
        <source>A file of that name is already there.</source>
        <translation>Já existe um arquivo com esse nome.</translation>
    </message>
    <message>
        <source>The file no longer exists: %1</source>
        <translation>O arquivo não existe mais: %1</translation>
    </message>
    <message>
        <source>Put the file back and retry, or remove it from the queue.</source>
        <translation>Coloque o arquivo de volta e tente novamente, ou remova-o da fila.</translation>
    </message>
    <message>
        <source>Not a regular file (a folder, pipe or device): %1</source>
        <translation>Não é um arquivo comum (pasta, pipe ou dispositivo): %1</translation>
    </message>
    <message>
        <source>Remove it from the queue; only files can be uploaded.</source>
        <translation>Remova-o da fila; só arquivos podem ser enviados.</translation>
    </message>
    <message>
        <source>The file cannot be read (permission denied): %1</source>
        <translation>O arquivo não pode ser lido (permissão negada): %1</translation>
    </message>
    <message>
        <source>Allow your user to read the file, then retry.</source>
        <translation>Permita que seu usuário leia o arquivo e tente novamente.</translation>
    </message>
    <message>
        <source>No destination folder.</source>
        <translation>Nenhuma pasta de destino.</translation>
    </message>
    <message>
        <source>Could not open or create the folder %1: %2</source>
        <translation>Não foi possível abrir nem criar a pasta %1: %2</translation>
    </message>
    <message>
        <source>The file disappeared while it was uploading: %1</source>
        <translation>O arquivo desapareceu durante o envio: %1</translation>
    </message>
    <message>
        <source>The file changed while it was uploading; uploading it again.</source>
        <translation>O arquivo mudou durante o envio; enviando novamente.</translation>
    </message>
    <message>
        <source>The upload permission expired; asking Procore for a new one.</source>
        <translation>A permissão de envio expirou; pedindo uma nova ao Procore.</translation>
    </message>
    <message>
        <source>Storage error (%1); trying again in %2 s.</source>
        <translation>Erro de armazenamento (%1); nova tentativa em %2 s.</translation>
    </message>
    <message>
        <source>Storage refused the file: %1</source>
        <translation>O armazenamento recusou o arquivo: %1</translation>
    </message>
    <message>
        <source>Gave up after %1 new attempts: %2</source>
        <translation>Desistiu após %1 novas tentativas: %2</translation>
    </message>
    <message>
        <source>Make sure nothing is writing to the file, then retry.</source>
        <translation>Verifique se nada está gravando no arquivo e tente novamente.</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Armazenado como %1</translation>
    </message>
    <message>
        <source>Checking what the last run finished…</source>
        <translation>Verificando o que a última execução concluiu…</translation>
    </message>
    <message>
        <source>Could not check whether the last run finished this file: %1</source>
        <translation>Não foi possível verificar se a última execução concluiu este arquivo: %1</translation>
    </message>
    <message>
        <source>The last run&apos;s upload can no longer be continued; uploading the file again.</source>
        <translation>O envio da última execução não pode mais ser continuado; enviando o arquivo novamente.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Desenhos</translation>
    </message>
    <message>
        <source>Not an image, and Photos take only images: %1</source>
        <translation>Não é uma imagem, e Fotos aceita somente imagens: %1</translation>
    </message>
    <message>
        <source>Upload it to Documents instead, or remove it from the queue.</source>
        <translation>Envie-o para Documentos ou remova-o da fila.</translation>
    </message>
    <message>
        <source>Stored; waiting for the rest of the drawing batch…</source>
        <translation>Armazenado; aguardando o restante do lote de desenhos…</translation>
    </message>
    <message>
        <source>Procore did not add the photo: %1</source>
        <translation>O Procore não adicionou a foto: %1</translation>
    </message>
    <message>
        <source>Stopped: the transfer journal could not be written.</source>
        <translation>Parado: não foi possível gravar o diário de transferências.</translation>
    </message>
    <message>
        <source>Procore&apos;s file storage refused the file.</source>
        <translation>O armazenamento de arquivos do Procore recusou o arquivo.</translation>
    </message>
</context>
<context>
    <name>hoist::WatchService</name>
    <message>
        <source>Gone from the folder; it stays in Procore (deletions and renames are never sent).</source>
        <translation>Saiu da pasta; continua no Procore (exclusões e renomeações nunca são enviadas).</translation>
    </message>
    <message>
        <source>The folder %1 is not there (or cannot be read); watching for it to come back.</source>
        <translation>A pasta %1 não está lá (ou não pode ser lida); aguardando que volte.</translation>
    </message>
    <message>
        <source>Waiting until the file is complete.</source>
        <translation>Aguardando o arquivo ficar completo.</translation>
    </message>
    <message>
        <source>The file is empty; Procore refuses empty files, so it waits until it has content.</source>
        <translation>O arquivo está vazio; o Procore recusa arquivos vazios, então ele aguarda até ter conteúdo.</translation>
    </message>
    <message>
        <source>Still open for writing in another program; it goes up once that program closes it.</source>
        <translation>Ainda aberto para escrita em outro programa; será enviado quando esse programa fechá-lo.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1. It is tried again later.</source>
        <translation>Não é possível ler o arquivo: %1. Será tentado novamente mais tarde.</translation>
    </message>
    <message>
        <source>Already uploaded with the same content.</source>
        <translation>Já enviado com o mesmo conteúdo.</translation>
    </message>
    <message>
        <source>Queued for %1.</source>
        <translation>Na fila para %1.</translation>
    </message>
    <message>
        <source>Uploading.</source>
        <translation>Enviando.</translation>
    </message>
    <message>
        <source>Uploaded.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Skipped: a file of that name is already there.</source>
        <translation>Ignorado: já existe um arquivo com esse nome.</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be read.</source>
        <translation>%1 não é uma pasta que possa ser lida.</translation>
    </message>
    <message>
        <source>The watch could not be saved.</source>
        <translation>Não foi possível salvar a pasta observada.</translation>
    </message>
    <message>
        <source>the watch folders&apos; records could not be written: %1</source>
        <translation>não foi possível gravar os registros das pastas monitoradas: %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::CatalogPicker</name>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;riar</translation>
    </message>
</context>
<context>
    <name>hoist::ui::ConflictPrompter</name>
    <message>
        <source>File Already There</source>
        <translation>O arquivo já existe</translation>
    </message>
    <message>
        <source>“%1” already exists in %2.</source>
        <translation>“%1” já existe em %2.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Upload it as a new version of the existing file, keep both (Procore renames the new one), or skip it?</source>
        <translation>Enviá-lo como nova versão do arquivo existente, manter ambos (o Procore renomeia o novo) ou ignorá-lo?</translation>
    </message>
    <message>
        <source>New &amp;Version</source>
        <translation>Nova &amp;versão</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Manter &amp;ambos</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <source>Do the same for the other files of this upload</source>
        <translation>Fazer o mesmo com os outros arquivos deste envio</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nova versão</translation>
    </message>
    <message>
        <source>Notes for the new version of “%1” (optional):</source>
        <translation>Notas da nova versão de “%1” (opcional):</translation>
    </message>
    <message>
        <source>&amp;Upload Version</source>
        <translation>&amp;Enviar versão</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DesktopIntegration</name>
    <message>
        <source>Hoist is still uploading</source>
        <translation>O Hoist ainda está enviando</translation>
    </message>
    <message>
        <source>The uploads go on in the background. Click Hoist&apos;s icon in the system tray to show the window again, or choose Quit there.</source>
        <translation>Os envios continuam em segundo plano. Clique no ícone do Hoist na bandeja do sistema para mostrar a janela de novo, ou escolha Sair ali.</translation>
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
        <translation>Carregando empresas…</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projeto:</translation>
    </message>
    <message>
        <source>No companies</source>
        <translation>Nenhuma empresa</translation>
    </message>
    <message>
        <source>The companies could not be loaded: %1</source>
        <translation>Não foi possível carregar as empresas: %1</translation>
    </message>
    <message>
        <source>This account has access to no Procore company. Ask your Procore administrator to add you to one.</source>
        <translation>Esta conta não tem acesso a nenhuma empresa do Procore. Peça ao administrador do Procore para adicionar você a uma.</translation>
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
        <translation>Para qual ferramenta do Procore os arquivos vão</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Documentos da empresa</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Company Documents › %1</source>
        <translation>Documentos da empresa › %1</translation>
    </message>
    <message>
        <source>%1 › %2 › Photos › %3</source>
        <translation>%1 › %2 › Fotos › %3</translation>
    </message>
    <message>
        <source>%1 › %2 › Drawings › %3</source>
        <translation>%1 › %2 › Desenhos › %3</translation>
    </message>
    <message>
        <source>Up&amp;load to:</source>
        <translation>Envia&amp;r para:</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DiagnosticsGroup</name>
    <message>
        <source>Log and history</source>
        <translation>Registro e histórico</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed (for support)</source>
        <translation>Detalhado (para o suporte)</translation>
    </message>
    <message>
        <source>How much the log says</source>
        <translation>Quanto o registro detalha</translation>
    </message>
    <message>
        <source>Normal: what was done, every call that creates something in Procore and every failure. Detailed: every request and step too. Never a password or token.</source>
        <translation>Normal: o que foi feito, cada chamada que cria algo no Procore e cada falha. Detalhado: também cada requisição e cada etapa. Nunca uma senha ou token.</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>&amp;Detalhe do registro:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Pasta do registro:</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Para sempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Keep upload history for this many days, 0 for ever</source>
        <translation>Guardar o histórico de envios por este número de dias, 0 para sempre</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Guardar o histórico por:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source> uploads</source>
        <translation> envios</translation>
    </message>
    <message>
        <source>Keep at most this many uploads in the history, 0 for no limit</source>
        <translation>Guardar no máximo este número de envios no histórico, 0 para sem limite</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>Guardar no má&amp;ximo:</translation>
    </message>
    <message>
        <source>Forget every upload in the history (nothing changes in Procore)</source>
        <translation>Esquecer todos os envios do histórico (nada muda no Procore)</translation>
    </message>
    <message>
        <source>History size:</source>
        <translation>Tamanho do histórico:</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 em disco</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Esvaziar o histórico</translation>
    </message>
    <message>
        <source>Forget every upload in the history? Nothing is removed from Procore; Transfers › History starts empty.</source>
        <translation>Esquecer todos os envios do histórico? Nada é removido do Procore; Transferências › Histórico começa vazio.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1. Close Hoist&apos;s History window and try again.</source>
        <translation>Não foi possível esvaziar o histórico: %1. Feche a janela Histórico do Hoist e tente de novo.</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>o arquivo está em uso</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>Es&amp;vaziar o histórico…</translation>
    </message>
</context>
<context>
    <name>hoist::ui::DrawingPage</name>
    <message>
        <source>PDF drawings only. The files of one upload go to Procore as one drawing upload; each row shows its processing until Procore has finished.</source>
        <translation>Somente desenhos em PDF. Os arquivos de um envio vão ao Procore como um único envio de desenhos; cada linha mostra o processamento até o Procore terminar.</translation>
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
        <translation>Da&amp;ta do desenho:</translation>
    </message>
    <message>
        <source>Default revisi&amp;on:</source>
        <translation>Re&amp;visão padrão:</translation>
    </message>
    <message>
        <source>Drawing area</source>
        <translation>Área de desenhos</translation>
    </message>
    <message>
        <source>New set…</source>
        <translation>Novo conjunto…</translation>
    </message>
    <message>
        <source>Loading drawing sets…</source>
        <translation>Carregando conjuntos de desenhos…</translation>
    </message>
    <message>
        <source>The drawing sets could not be loaded: %1</source>
        <translation>Não foi possível carregar os conjuntos de desenhos: %1</translation>
    </message>
    <message>
        <source>New Drawing Set</source>
        <translation>Novo conjunto de desenhos</translation>
    </message>
    <message>
        <source>Name of the new drawing set:</source>
        <translation>Nome do novo conjunto de desenhos:</translation>
    </message>
    <message>
        <source>Creating the drawing set “%1”…</source>
        <translation>Criando o conjunto de desenhos “%1”…</translation>
    </message>
    <message>
        <source>The drawing set “%1” could not be created: %2</source>
        <translation>Não foi possível criar o conjunto de desenhos “%1”: %2</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Conjunto de desenhos</translation>
    </message>
    <message>
        <source>Drawing date</source>
        <translation>Data do desenho</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Rece&amp;bido:</translation>
    </message>
    <message>
        <source>Set a received date</source>
        <translation>Definir uma data de recebimento</translation>
    </message>
    <message>
        <source>Received date</source>
        <translation>Data de recebimento</translation>
    </message>
    <message>
        <source>Default revision</source>
        <translation>Revisão padrão</translation>
    </message>
    <message>
        <source>The drawing areas could not be loaded: %1</source>
        <translation>Não foi possível carregar as áreas de desenhos: %1</translation>
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
        <translation>Área para soltar</translation>
    </message>
    <message>
        <source>Drop files and folders here to add them to the upload</source>
        <translation>Solte arquivos e pastas aqui para adicioná-los ao envio</translation>
    </message>
    <message>
        <source>Drop here</source>
        <translation>Solte aqui</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Parar a verificação</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FailureBar</name>
    <message>
        <source>Failed uploads</source>
        <translation>Envios com falha</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be uploaded.</source>
        <translation>
            <numerusform>%n arquivo não pôde ser enviado.</numerusform>
            <numerusform>%n arquivos não puderam ser enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Show Failed</source>
        <translation>&amp;Mostrar falhas</translation>
    </message>
    <message>
        <source>List only the failed files, selected</source>
        <translation>Listar só os arquivos que falharam, selecionados</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FolderPage</name>
    <message>
        <source>Destination folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <source>Folders of the Documents tool, the project&apos;s or the company&apos;s. Read-only folders cannot be chosen.</source>
        <translation>Pastas da ferramenta Documentos, do projeto ou da empresa. Pastas somente leitura não podem ser escolhidas.</translation>
    </message>
    <message>
        <source>Upload a &amp;New Version…</source>
        <translation>Enviar uma &amp;nova versão…</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nova pasta…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>Create a folder inside the chosen folder</source>
        <translation>Criar uma pasta dentro da pasta escolhida</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>Pa&amp;sta:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Company Documents</source>
        <translation>Documentos da empresa</translation>
    </message>
    <message>
        <source>Drop a file onto “%1” (or press Ctrl+Shift+N) to upload it as a new version.</source>
        <translation>Solte um arquivo sobre “%1” (ou pressione Ctrl+Shift+N) para enviá-lo como nova versão.</translation>
    </message>
    <message>
        <source>“%1” is read-only: files cannot be uploaded there. Choose another folder.</source>
        <translation>“%1” é somente leitura: não é possível enviar arquivos para lá. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Nome da nova pasta em “%1”:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;riar</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/” or “\”.</source>
        <translation>Um nome de pasta não pode conter “/” nem “\”.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Criando “%1”…</translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation>Nova versão de %1</translation>
    </message>
    <message>
        <source>Drop one file at a time onto “%1” for a new version.</source>
        <translation>Solte um arquivo por vez sobre “%1” para uma nova versão.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::FolderTreeModel</name>
    <message>
        <source>The folders of %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar as pastas de %1: %2</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created: %2</source>
        <translation>Não foi possível criar a pasta “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is read-only: files cannot be uploaded here.</source>
        <translation>“%1” é somente leitura: não é possível enviar arquivos para cá.</translation>
    </message>
    <message>
        <source>The top of the Documents tool</source>
        <translation>A raiz da ferramenta Documentos</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
    <message>
        <source>Drop a file here to upload it as a new version of “%1”.</source>
        <translation>Solte um arquivo aqui para enviá-lo como nova versão de “%1”.</translation>
    </message>
    <message>
        <source>file; drop a file onto it for a new version</source>
        <translation>arquivo; solte um arquivo sobre ele para uma nova versão</translation>
    </message>
</context>
<context>
    <name>hoist::ui::HistoryDialog</name>
    <message>
        <source>Upload history</source>
        <translation>Histórico de envios</translation>
    </message>
    <message>
        <source>Search file names and destinations</source>
        <translation>Pesquisar nomes de arquivos e destinos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Pe&amp;squisar:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projeto:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Recorded uploads</source>
        <translation>Envios registrados</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Show &amp;file</source>
        <translation>Mostrar &amp;arquivo</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Tentar novamente os que falharam</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos os projetos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) shown</source>
        <translation>
            <numerusform>%n arquivo exibido</numerusform>
            <numerusform>%n arquivos exibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n com falha</numerusform>
            <numerusform>, %n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder and try again.</source>
        <translation>Não foi possível gravar %1. Escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <source>Open in Pro&amp;core</source>
        <translation>Abrir no Pro&amp;core</translation>
    </message>
    <message>
        <source>Save rece&amp;ipt…</source>
        <translation>Salvar compro&amp;vante…</translation>
    </message>
    <message>
        <source>Per file uploaded: its link in Procore, who uploaded it and when, and its SHA-256 (the selected rows, or all shown)</source>
        <translation>Para cada arquivo enviado: seu link no Procore, quem o enviou e quando, e seu SHA-256 (as linhas selecionadas, ou todas as exibidas)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Salvar comprovante</translation>
    </message>
    <message>
        <source>Printable page (*.html);;CSV files (*.csv)</source>
        <translation>Página para impressão (*.html);;Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Choose another folder and try again.</source>
        <translation>Não foi possível gravar %1 (%2). Escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Tentar de novo os que falharam</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be queued again: they are no longer on this computer.</source>
        <translation>
            <numerusform>%n arquivo não pôde voltar à fila: não está mais neste computador.</numerusform>
            <numerusform>%n arquivos não puderam voltar à fila: não estão mais neste computador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them back where they were and retry, or upload them from where they are now:
%1</source>
        <translation>Coloque-os de volta onde estavam e tente de novo, ou envie-os de onde estão agora:
%1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::JournalBar</name>
    <message>
        <source>Transfer journal</source>
        <translation>Diário de transferências</translation>
    </message>
    <message>
        <source>Every upload stopped: %1.
Nothing is lost and nothing is sent twice. Free some space there (or fix the folder), then choose Resume All.</source>
        <translation>Todos os envios pararam: %1.
Nada se perde e nada é enviado duas vezes. Libere espaço lá (ou corrija a pasta) e escolha Retomar tudo.</translation>
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
        <translation>Adicionar arq&amp;uivos…</translation>
    </message>
    <message>
        <source>Choose files to upload</source>
        <translation>Escolher arquivos para enviar</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>A&amp;dicionar pasta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Choose a folder to upload with its subfolders</source>
        <translation>Escolher uma pasta para enviar com as subpastas</translation>
    </message>
    <message>
        <source>&amp;Paste Files</source>
        <translation>&amp;Colar arquivos</translation>
    </message>
    <message>
        <source>Add the files and folders copied in a file manager</source>
        <translation>Adicionar os arquivos e pastas copiados em um gerenciador de arquivos</translation>
    </message>
    <message>
        <source>Forget the files waiting to be uploaded</source>
        <translation>Descartar os arquivos que aguardam envio</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>&amp;Pausar tudo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Pause every transfer; resume them later</source>
        <translation>Pausar todas as transferências para retomá-las depois</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Try the selected failed or cancelled files again</source>
        <translation>Tentar novamente os arquivos com falha ou cancelados selecionados</translation>
    </message>
    <message>
        <source>Retry All &amp;Failed</source>
        <translation>Tentar novamente todos os que &amp;falharam</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Try every failed file again</source>
        <translation>Tentar novamente todos os arquivos com falha</translation>
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
        <translation>Parar o envio dos arquivos selecionados</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Remove the selected files from the list (cancels them if needed)</source>
        <translation>Remover da lista os arquivos selecionados (cancela-os se necessário)</translation>
    </message>
    <message>
        <source>Clear F&amp;inished</source>
        <translation>Remover co&amp;ncluídos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Remove the uploaded and skipped files from the list</source>
        <translation>Remover da lista os arquivos enviados e ignorados</translation>
    </message>
    <message>
        <source>Show &amp;Local File</source>
        <translation>Mostrar arquivo &amp;local</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open the folder holding the selected file</source>
        <translation>Abrir a pasta que contém o arquivo selecionado</translation>
    </message>
    <message>
        <source>&amp;Open in Procore</source>
        <translation>&amp;Abrir no Procore</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Open the uploaded file from Procore in the web browser</source>
        <translation>Abrir no navegador o arquivo enviado ao Procore</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit Hoist</source>
        <translation>Sair do Hoist</translation>
    </message>
    <message>
        <source>&amp;About Hoist</source>
        <translation>&amp;Sobre o Hoist</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versão e licença</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>What was uploaded, failed or skipped, with search and CSV export</source>
        <translation>O que foi enviado, falhou ou foi ignorado, com pesquisa e exportação para CSV</translation>
    </message>
    <message>
        <source>Re&amp;view Before Upload</source>
        <translation>Re&amp;visar antes de enviar</translation>
    </message>
    <message>
        <source>Show what Procore will refuse or change, and what is already there, before uploading</source>
        <translation>Mostrar antes do envio o que o Procore vai recusar ou alterar e o que já está lá</translation>
    </message>
    <message>
        <source>About Hoist</source>
        <translation>Sobre o Hoist</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferências</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Resume &amp;All</source>
        <translation>Retomar &amp;tudo</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Retomar tudo</translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation>Pausar tudo</translation>
    </message>
    <message>
        <source>Add Files to Upload</source>
        <translation>Adicionar arquivos para enviar</translation>
    </message>
    <message>
        <source>Add a Folder to Upload</source>
        <translation>Adicionar uma pasta para enviar</translation>
    </message>
    <message>
        <source>The clipboard holds no files or folders.</source>
        <translation>A área de transferência não contém arquivos nem pastas.</translation>
    </message>
    <message numerus="yes">
        <source>Looking for files… %n found (%1)</source>
        <translation>
            <numerusform>Procurando arquivos… %n encontrado (%1)</numerusform>
            <numerusform>Procurando arquivos… %n encontrados (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to upload</source>
        <translation>Nada para enviar</translation>
    </message>
    <message>
        <source>Drop files and folders here</source>
        <translation>Solte arquivos e pastas aqui</translation>
    </message>
    <message>
        <source>Or use Add Files and Add Folder. Folders keep their structure.</source>
        <translation>Ou use Adicionar arquivos e Adicionar pasta. As pastas mantêm sua estrutura.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, ready to upload</source>
        <translation>
            <numerusform>%n arquivo, %1, pronto para enviar</numerusform>
            <numerusform>%n arquivos, %1, prontos para enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Checking the files against the destination…</source>
        <translation>Comparando os arquivos com o destino…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued</source>
        <translation>
            <numerusform>%n arquivo na fila</numerusform>
            <numerusform>%n arquivos na fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) to %1</source>
        <translation>
            <numerusform>Enviar %n arquivo para %1</numerusform>
            <numerusform>Enviar %n arquivos para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Files</source>
        <translation>Remover arquivos</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files are still being uploaded. Stop them and remove them from the list?</source>
        <translation>
            <numerusform>Um dos arquivos selecionados ainda está sendo enviado. Pará-lo e removê-lo da lista?</numerusform>
            <numerusform>%n dos arquivos selecionados ainda estão sendo enviados. Pará-los e removê-los da lista?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop and &amp;Remove</source>
        <translation>Parar e &amp;remover</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>%1 is no longer on this computer.</source>
        <translation>%1 não está mais neste computador.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still being uploaded or waiting their turn.</source>
        <translation>
            <numerusform>%n arquivo ainda está sendo enviado ou aguarda a vez.</numerusform>
            <numerusform>%n arquivos ainda estão sendo enviados ou aguardam a vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added file(s) have not been uploaded yet.</source>
        <translation>
            <numerusform>%n arquivo adicionado ainda não foi enviado.</numerusform>
            <numerusform>%n arquivos adicionados ainda não foram enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Hoist?</source>
        <translation>Sair do Hoist?</translation>
    </message>
    <message>
        <source>If you quit now, these files are not uploaded to Procore. You will need to add them again.</source>
        <translation>Se você sair agora, esses arquivos não serão enviados ao Procore. Você precisará adicioná-los novamente.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Parar e sair</translation>
    </message>
    <message>
        <source>&amp;Keep Uploading</source>
        <translation>&amp;Continuar enviando</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Transfers, bandwidth, language, environment and proxy</source>
        <translation>Transferências, largura de banda, idioma, ambiente e proxy</translation>
    </message>
    <message>
        <source>Hoist keeps the queue and offers to go on with it the next time it starts.</source>
        <translation>O Hoist mantém a fila e oferece continuá-la na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imagens (%1)</translation>
    </message>
    <message>
        <source>PDF drawings (%1)</source>
        <translation>Desenhos PDF (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nova versão</translation>
    </message>
    <message>
        <source>Upload “%1” as a new version of “%2”.

Notes for this version (optional):</source>
        <translation>Enviar “%1” como nova versão de “%2”.

Notas desta versão (opcional):</translation>
    </message>
    <message>
        <source>&amp;Upload Version</source>
        <translation>&amp;Enviar versão</translation>
    </message>
    <message>
        <source>New version of %1 queued</source>
        <translation>Nova versão de %1 na fila</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Choose the company, project and destination to upload to.</source>
        <translation>Escolha a empresa, o projeto e o destino.</translation>
    </message>
    <message>
        <source>Upload the waiting files to the chosen destination</source>
        <translation>Enviar os arquivos em espera para o destino escolhido</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Uploads files and folders to Procore&apos;s Documents, Photos and Drawings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hoist %1&lt;/h3&gt;&lt;p&gt;Envia arquivos e pastas para Documentos, Fotos e Desenhos do Procore.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add files and choose a writable destination first</source>
        <translation>Primeiro adicione arquivos e escolha um destino com permissão de escrita</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be uploaded: %1 — %2</source>
        <translation>
            <numerusform>%n item não pode ser enviado: %1 — %2</numerusform>
            <numerusform>%n itens não podem ser enviados: %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in Transfers</source>
        <translation>&amp;Localizar nas transferências</translation>
    </message>
    <message>
        <source>Show only the transfers whose name or folder holds a text</source>
        <translation>Mostrar só as transferências cujo nome ou pasta contém um texto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>List the companies, projects and folders from Procore again</source>
        <translation>Buscar de novo no Procore as empresas, os projetos e as pastas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued again, each to where it was going</source>
        <translation>
            <numerusform>%n arquivo de volta à fila, para o destino original</numerusform>
            <numerusform>%n arquivos de volta à fila, cada um para o seu destino original</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::PhotoPage</name>
    <message>
        <source>No album (Unclassified)</source>
        <translation>Sem álbum (não classificado)</translation>
    </message>
    <message>
        <source>New album…</source>
        <translation>Novo álbum…</translation>
    </message>
    <message>
        <source>Loading albums…</source>
        <translation>Carregando álbuns…</translation>
    </message>
    <message>
        <source>The albums could not be loaded: %1</source>
        <translation>Não foi possível carregar os álbuns: %1</translation>
    </message>
    <message>
        <source>New Album</source>
        <translation>Novo álbum</translation>
    </message>
    <message>
        <source>Name of the new photo album:</source>
        <translation>Nome do novo álbum de fotos:</translation>
    </message>
    <message>
        <source>Creating the album “%1”…</source>
        <translation>Criando o álbum “%1”…</translation>
    </message>
    <message>
        <source>The album “%1” could not be created: %2</source>
        <translation>Não foi possível criar o álbum “%1”: %2</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>Photo description</source>
        <translation>Descrição da foto</translation>
    </message>
    <message>
        <source>Optional, for every photo of the upload</source>
        <translation>Opcional, para todas as fotos do envio</translation>
    </message>
    <message>
        <source>Private photos</source>
        <translation>Fotos privadas</translation>
    </message>
    <message>
        <source>P&amp;rivate (only people allowed to see private photos)</source>
        <translation>P&amp;rivada (só para quem pode ver fotos privadas)</translation>
    </message>
    <message>
        <source>Only images (JPEG, PNG, HEIC, …) can go to Photos; other files are left out before anything is uploaded.</source>
        <translation>Somente imagens (JPEG, PNG, HEIC, …) podem ir para Fotos; os outros arquivos ficam de fora antes de qualquer envio.</translation>
    </message>
    <message>
        <source>&amp;Album:</source>
        <translation>Ál&amp;bum:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;ição:</translation>
    </message>
</context>
<context>
    <name>hoist::ui::PreflightDialog</name>
    <message>
        <source>Review before upload</source>
        <translation>Revisar antes de enviar</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Files Procore would refuse or change are listed below; tick the ones to upload anyway, untick the ones to leave out.</source>
        <translation>Nada foi enviado ainda. Os arquivos que o Procore recusaria ou alteraria estão listados abaixo; marque os que devem ser enviados mesmo assim e desmarque os que devem ficar de fora.</translation>
    </message>
    <message>
        <source>The destination could not be read (%1), so files already there cannot be recognised. You can still upload.</source>
        <translation>Não foi possível ler o destino (%1), então os arquivos que já estão lá não podem ser reconhecidos. Você ainda pode enviar.</translation>
    </message>
    <message>
        <source>Flagged files</source>
        <translation>Arquivos sinalizados</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>In Procore as</source>
        <translation>No Procore como</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Enviar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, to %2.</source>
        <translation>
            <numerusform>%n arquivo, %1, para %2.</numerusform>
            <numerusform>%n arquivos, %1, para %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out.</source>
        <translation>
            <numerusform>%n arquivo deixado de fora.</numerusform>
            <numerusform>%n arquivos deixados de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders to create: %1.</source>
        <translation>Pastas a criar: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>Enviar %n arquivo</numerusform>
            <numerusform>Enviar %n arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not for %1</source>
        <translation>Não é para %1</translation>
    </message>
    <message>
        <source>None of these files can go to %1; nothing was uploaded.</source>
        <translation>Nenhum destes arquivos pode ir para %1; nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to %1 and were left out; the others are queued.</source>
        <translation>
            <numerusform>%n arquivo não pode ir para %1 e ficou de fora; os outros estão na fila.</numerusform>
            <numerusform>%n arquivos não podem ir para %1 e ficaram de fora; os outros estão na fila.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Check the drawing settings and each sheet&apos;s revision (read from its name where it says one); untick the sheets to leave out.</source>
        <translation>Nada foi enviado ainda. Confira as configurações dos desenhos e a revisão de cada folha (lida do nome quando ele indica uma); desmarque as folhas que devem ficar de fora.</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>Número da folha</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed since a file of the same name went to Procore.</source>
        <translation>
            <numerusform>%n arquivo mudou desde que um arquivo de mesmo nome foi para o Procore.</numerusform>
            <numerusform>%n arquivos mudaram desde que um arquivo de mesmo nome foi para o Procore.</numerusform>
        </translation>
    </message>
    <message>
        <source>For all changed files</source>
        <translation>Para todos os arquivos alterados</translation>
    </message>
    <message>
        <source>Each as chosen below</source>
        <translation>Cada um como escolhido abaixo</translation>
    </message>
    <message>
        <source>All as new versions</source>
        <translation>Todos como novas versões</translation>
    </message>
    <message>
        <source>All as copies (keep both)</source>
        <translation>Todos como cópias (manter ambos)</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Ignorar todos</translation>
    </message>
    <message>
        <source>&amp;For all:</source>
        <translation>&amp;Para todos:</translation>
    </message>
    <message>
        <source>(from the sheet)</source>
        <translation>(da folha)</translation>
    </message>
    <message>
        <source>Revision of %1</source>
        <translation>Revisão de %1</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>O que fazer com %1</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nova versão</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter ambos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message numerus="yes">
        <source>%n as new version(s) of the file(s) in Procore.</source>
        <translation>
            <numerusform>%n como nova versão do arquivo no Procore.</numerusform>
            <numerusform>%n como novas versões dos arquivos no Procore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes at least %1: Procore lets a program send only so many requests an hour, and these files need about %n.</source>
        <translation>
            <numerusform>Isto leva pelo menos %1: o Procore só permite a um programa certo número de solicitações por hora, e estes arquivos precisam de cerca de %n.</numerusform>
            <numerusform>Isto leva pelo menos %1: o Procore só permite a um programa certo número de solicitações por hora, e estes arquivos precisam de cerca de %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::ProjectPicker</name>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Type part of a project&apos;s number or name to filter the list</source>
        <translation>Digite parte do número ou do nome de um projeto para filtrar a lista</translation>
    </message>
    <message>
        <source>Type to filter by project number or name</source>
        <translation>Digite para filtrar por número ou nome do projeto</translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation>Não foi possível carregar os projetos: %1</translation>
    </message>
    <message>
        <source>Choose a company first</source>
        <translation>Escolha uma empresa primeiro</translation>
    </message>
    <message>
        <source>Loading projects… %1 of %2</source>
        <translation>Carregando projetos… %1 de %2</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Carregando projetos…</translation>
    </message>
    <message>
        <source>No projects in this company</source>
        <translation>Nenhum projeto nesta empresa</translation>
    </message>
    <message numerus="yes">
        <source>Choose or type a project (%n available)</source>
        <translation>
            <numerusform>Escolha ou digite um projeto (%n disponível)</numerusform>
            <numerusform>Escolha ou digite um projeto (%n disponíveis)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::ProxySignInDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Login no proxy</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password before Hoist can reach Procore. Uploads wait until you answer.</source>
        <translation>O proxy %1 pede um nome de usuário e uma senha antes que o Hoist possa acessar o Procore. Os envios aguardam a sua resposta.</translation>
    </message>
    <message>
        <source>The proxy refused that user name and password.</source>
        <translation>O proxy recusou esse nome de usuário e essa senha.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nome de usuário do proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Lemb&amp;rar no chaveiro</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file</source>
        <translation>Guardada no chaveiro do sistema, nunca em um arquivo de configurações</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SessionManager</name>
    <message>
        <source>Upload history</source>
        <translation>Histórico de envios</translation>
    </message>
    <message>
        <source>The upload history cannot be kept: %1. Uploads still work.</source>
        <translation>Não é possível manter o histórico de envios: %1. Os envios continuam funcionando.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <source>Procore needs you to sign in again (%1). Waiting uploads stay in the queue.</source>
        <translation>O Procore precisa que você entre novamente (%1). Os envios pendentes continuam na fila.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <source>The upload history is not available.</source>
        <translation>O histórico de envios não está disponível.</translation>
    </message>
    <message>
        <source>Transfer journal</source>
        <translation>Registro de transferências</translation>
    </message>
    <message>
        <source>Resume uploads?</source>
        <translation>Retomar os envios?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not finished when Hoist last stopped.</source>
        <translation>
            <numerusform>%n arquivo não foi concluído quando o Hoist parou pela última vez.</numerusform>
            <numerusform>%n arquivos não foram concluídos quando o Hoist parou pela última vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hoist can go on where they stopped: parts already stored are not sent again and nothing is uploaded twice.</source>
        <translation>O Hoist pode continuar de onde parou: partes já armazenadas não são enviadas de novo e nada é enviado duas vezes.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mais &amp;tarde</translation>
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
        <translation>Não foi possível iniciar o sandbox integrado: %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <source>Files uploaded at the same time</source>
        <translation>Arquivos enviados ao mesmo tempo</translation>
    </message>
    <message>
        <source>&amp;Files at the same time:</source>
        <translation>Arquivos ao &amp;mesmo tempo:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Upload bandwidth limit in KiB per second, 0 for unlimited</source>
        <translation>Limite de largura de banda de envio em KiB por segundo, 0 para ilimitado</translation>
    </message>
    <message>
        <source>For all uploads together. 0 means no limit.</source>
        <translation>Para todos os envios juntos. 0 significa sem limite.</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>Limite de &amp;banda:</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Perguntar</translation>
    </message>
    <message>
        <source>Keep both (Procore renames the new file)</source>
        <translation>Manter ambos (o Procore renomeia o novo arquivo)</translation>
    </message>
    <message>
        <source>Skip the new file</source>
        <translation>Ignorar o novo arquivo</translation>
    </message>
    <message>
        <source>Upload as a new version</source>
        <translation>Enviar como nova versão</translation>
    </message>
    <message>
        <source>When a file with the same name is already there</source>
        <translation>Quando já existe um arquivo com o mesmo nome</translation>
    </message>
    <message>
        <source>When the &amp;name is taken:</source>
        <translation>Quando o &amp;nome já existe:</translation>
    </message>
    <message>
        <source>Language and Procore</source>
        <translation>Idioma e Procore</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
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
        <translation>Sandbox de desenvolvedor do Procore</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Sandbox mensal do Procore</translation>
    </message>
    <message>
        <source>Built-in sandbox (no account needed)</source>
        <translation>Sandbox integrado (não precisa de conta)</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Outro servidor</translation>
    </message>
    <message>
        <source>Procore environment</source>
        <translation>Ambiente do Procore</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Ambiente:</translation>
    </message>
    <message>
        <source>API address of the other server</source>
        <translation>Endereço da API do outro servidor</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Endereço da A&amp;PI:</translation>
    </message>
    <message>
        <source>Same as the API address</source>
        <translation>Igual ao endereço da API</translation>
    </message>
    <message>
        <source>Sign-in address of the other server</source>
        <translation>Endereço de login do outro servidor</translation>
    </message>
    <message>
        <source>&amp;Sign-in address:</source>
        <translation>Endereço de &amp;login:</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy de rede</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Usar as configurações de proxy do sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sem proxy</translation>
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
        <translation>P&amp;roxy:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host do proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Porta do proxy</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuário do proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>The new language is used the next time Hoist starts.</source>
        <translation>O novo idioma será usado na próxima vez que o Hoist for iniciado.</translation>
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
        <translation>Arquivos a partir deste tamanho em MiB são enviados em partes, 0 para nunca</translation>
    </message>
    <message>
        <source>Big files go up in 64 MiB parts, several at once; each part is retried alone and an interrupted upload goes on from the last stored part. Files over 5 GB always go in parts.</source>
        <translation>Arquivos grandes são enviados em partes de 64 MiB, várias ao mesmo tempo; cada parte é repetida sozinha e um envio interrompido continua da última parte armazenada. Arquivos acima de 5 GB sempre vão em partes.</translation>
    </message>
    <message>
        <source>Upload in par&amp;ts from:</source>
        <translation>Enviar em par&amp;tes a partir de:</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Appearance: light, dark or the system&apos;s</source>
        <translation>Aparência: clara, escura ou a do sistema</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Aparên&amp;cia:</translation>
    </message>
    <message>
        <source>None: only the system&apos;s</source>
        <translation>Nenhuma: só as do sistema</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Arquivo adicional de autoridade certificadora</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of a certificate authority to trust besides the system&apos;s, e.g. your organization&apos;s HTTPS inspection. Used at once.</source>
        <translation>Um arquivo PEM com o certificado de uma autoridade certificadora em que confiar além das do sistema, por ex. a inspeção de HTTPS da sua organização. Vale na hora.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Escolher o arquivo da autoridade certificadora</translation>
    </message>
    <message>
        <source>Certif&amp;icate authority:</source>
        <translation>Autoridade certi&amp;ficadora:</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Arquivo da autoridade certificadora</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a PEM certificate file, or leave the field empty.</source>
        <translation>Escolha um arquivo de certificado PEM ou deixe o campo vazio.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SignInDialog</name>
    <message>
        <source>Sign in to Procore</source>
        <translation>Entrar no Procore</translation>
    </message>
    <message>
        <source>How to connect Hoist to Procore</source>
        <translation>Como conectar o Hoist ao Procore</translation>
    </message>
    <message>
        <source>Procore environment</source>
        <translation>Ambiente do Procore</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Am&amp;biente:</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Endereço da &amp;API:</translation>
    </message>
    <message>
        <source>Same as the API address</source>
        <translation>Igual ao endereço da API</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Endereço de login</translation>
    </message>
    <message>
        <source>Si&amp;gn-in address:</source>
        <translation>Endereço de &amp;login:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Segredo do cliente:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirecionamento</translation>
    </message>
    <message>
        <source>Must match the redirect URI registered for the app exactly</source>
        <translation>Deve corresponder exatamente ao URI de redirecionamento registrado para o aplicativo</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirecionamento:</translation>
    </message>
    <message>
        <source>Sign &amp;in with browser</source>
        <translation>Entrar pelo &amp;navegador</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Entrar pelo navegador</translation>
    </message>
    <message>
        <source>&amp;Code from Procore:</source>
        <translation>&amp;Código do Procore:</translation>
    </message>
    <message>
        <source>Code from Procore</source>
        <translation>Código do Procore</translation>
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
        <translation>Status do login</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Aviso do chaveiro</translation>
    </message>
    <message>
        <source>Other server…</source>
        <translation>Outro servidor…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hoist needs an app registered with Procore before it can sign you in. You do this once:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Sign in to the &lt;a href=&quot;https://developers.procore.com&quot;&gt;Procore Developer Portal&lt;/a&gt; and choose &lt;b&gt;Create New App&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In the app&apos;s OAuth settings, add this redirect URI exactly as shown, including the last slash: &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Copy the app&apos;s &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; into the fields below. The Procore sandboxes have their own ID and secret.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hoist keeps the secret and your sign-in in the system keychain, never in a file. If Procore shows a code instead of returning to Hoist, use the redirect URI &lt;b&gt;urn:ietf:wg:oauth:2.0:oob&lt;/b&gt; and paste the code here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O Hoist precisa de um aplicativo registrado no Procore antes de poder conectar você. Isso é feito uma única vez:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Entre no &lt;a href=&quot;https://developers.procore.com&quot;&gt;Procore Developer Portal&lt;/a&gt; e escolha &lt;b&gt;Create New App&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Nas configurações OAuth do aplicativo, adicione este URI de redirecionamento exatamente como mostrado, incluindo a última barra: &lt;b&gt;%1&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Copie o &lt;b&gt;Client ID&lt;/b&gt; e o &lt;b&gt;Client Secret&lt;/b&gt; do aplicativo para os campos abaixo. Os sandboxes do Procore têm ID e segredo próprios.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;O Hoist guarda o segredo e seu login no chaveiro do sistema, nunca em um arquivo. Se o Procore mostrar um código em vez de voltar ao Hoist, use o URI de redirecionamento &lt;b&gt;urn:ietf:wg:oauth:2.0:oob&lt;/b&gt; e cole o código aqui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Recomeçar</translation>
    </message>
    <message>
        <source>Enter the address of the Procore server.</source>
        <translation>Informe o endereço do servidor do Procore.</translation>
    </message>
    <message>
        <source>If no browser opened, open this address: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Se nenhum navegador abriu, abra este endereço: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>página de login</translation>
    </message>
    <message>
        <source>Allow access in the browser, then paste the code Procore shows below.</source>
        <translation>Permita o acesso no navegador e cole abaixo o código que o Procore mostrar.</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>Aguardando você permitir o acesso no navegador…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open the sign-in page with the link above.</source>
        <translation>Não foi possível abrir um navegador. Abra a página de login pelo link acima.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>I&amp;D do cliente:</translation>
    </message>
    <message>
        <source>Sign in with &amp;Procore</source>
        <translation>Entrar com o &amp;Procore</translation>
    </message>
    <message>
        <source>Sign in with Procore</source>
        <translation>Entrar com o Procore</translation>
    </message>
    <message>
        <source>Try the built-in sand&amp;box</source>
        <translation>Experimentar o sandbox &amp;integrado</translation>
    </message>
    <message>
        <source>Try the built-in sandbox</source>
        <translation>Experimentar o sandbox integrado</translation>
    </message>
    <message>
        <source>A copy of Procore on this computer, with sample projects: no account needed</source>
        <translation>Uma cópia do Procore neste computador, com projetos de exemplo: não é preciso conta</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vançado</translation>
    </message>
    <message>
        <source>Advanced: your own Procore application</source>
        <translation>Avançado: seu próprio aplicativo Procore</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose &lt;b&gt;Sign in with Procore&lt;/b&gt;: your browser opens Procore&apos;s sign-in page; sign in there and allow Hoist access. Hoist keeps your sign-in in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escolha &lt;b&gt;Entrar com o Procore&lt;/b&gt;: o navegador abre a página de login do Procore; entre e permita o acesso do Hoist. O Hoist guarda seu login no chaveiro do sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enter the client ID and the redirect URI (and the client secret, if the app has one).</source>
        <translation>Informe o ID do cliente e a URI de redirecionamento (e o segredo do cliente, se o aplicativo tiver um).</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SignInPage</name>
    <message>
        <source>Sign in to Procore</source>
        <translation>Entrar no Procore</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Hoist uploads files and folders to your Procore projects&apos; Documents, Photos and Drawings. Sign in with your Procore account to begin.</source>
        <translation>O Hoist envia arquivos e pastas para Documentos, Fotos e Desenhos dos seus projetos do Procore. Entre com sua conta do Procore para começar.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Procore</source>
        <translation>Entrar com o &amp;Procore</translation>
    </message>
    <message>
        <source>Try the built-in sand&amp;box</source>
        <translation>Experimentar o sandbox &amp;integrado</translation>
    </message>
    <message>
        <source>No Procore account at hand? The built-in sandbox is a copy of Procore on this computer, with sample projects, to try Hoist.</source>
        <translation>Sem uma conta do Procore à mão? O sandbox integrado é uma cópia do Procore neste computador, com projetos de exemplo, para experimentar o Hoist.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::StatusSummary</name>
    <message>
        <source>Overall progress</source>
        <translation>Progresso geral</translation>
    </message>
    <message>
        <source>Speed and time left</source>
        <translation>Velocidade e tempo restante</translation>
    </message>
    <message>
        <source>Files done</source>
        <translation>Arquivos concluídos</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
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
            <numerusform>%1 de %n arquivo enviados</numerusform>
            <numerusform>%1 de %n arquivos enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n failed</source>
        <translation>
            <numerusform>%1 · %n com falha</numerusform>
            <numerusform>%1 · %n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: retry the failed files</source>
        <translation>Parado: tente novamente os arquivos com falha</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Tudo concluído</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Paused – Hoist</source>
        <translation>Pausado – Hoist</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · faltam %2</translation>
    </message>
    <message>
        <source>%1% – Hoist</source>
        <translation>%1% – Hoist</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n uploaded, %1 failed</source>
        <translation>
            <numerusform>Concluído: %n enviado, %1 com falha</numerusform>
            <numerusform>Concluído: %n enviados, %1 com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n file(s) uploaded</source>
        <translation>
            <numerusform>Concluído: %n arquivo enviado</numerusform>
            <numerusform>Concluído: %n arquivos enviados</numerusform>
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
        <translation>Não foi possível perguntar ao Procore quem está conectado: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3</source>
        <translation>Conectado a %1 (%2) como %3</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
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
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>hoist::ui::SupportActions</name>
    <message>
        <source>Create &amp;Debug Archive…</source>
        <translation>Criar arquivo de &amp;depuração…</translation>
    </message>
    <message>
        <source>Save the log, versions and summaries in one zip for whoever helps you</source>
        <translation>Salvar o registro, as versões e os resumos em um zip para quem ajuda você</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir pasta do &amp;registro</translation>
    </message>
    <message>
        <source>Show where Hoist writes its log: %1</source>
        <translation>Mostrar onde o Hoist grava o registro: %1</translation>
    </message>
    <message>
        <source>Create Debug Archive</source>
        <translation>Criar arquivo de depuração</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <source>The debug archive could not be written (%1). Choose another folder and try again.</source>
        <translation>Não foi possível gravar o arquivo de depuração (%1). Escolha outra pasta e tente de novo.</translation>
    </message>
    <message>
        <source>Saved the debug archive as %1. Send it to whoever helps you: it holds the log, the versions and summaries, and no password or token.</source>
        <translation>O arquivo de depuração foi salvo como %1. Envie-o para quem ajuda você: ele contém o registro, as versões e os resumos, e nenhuma senha ou token.</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>Pasta do registro</translation>
    </message>
    <message>
        <source>Hoist writes its log to %1.</source>
        <translation>O Hoist grava o registro em %1.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TransferFilterBar</name>
    <message>
        <source>Filter by name or folder (Ctrl+F)</source>
        <translation>Filtrar por nome ou pasta (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter transfers</source>
        <translation>Filtrar transferências</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>Ativos (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Com falha (%1)</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Concluídos (%1)</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TransferView</name>
    <message>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <source>One row per file: name, destination, size, progress, speed, time left and status</source>
        <translation>Uma linha por arquivo: nome, destino, tamanho, progresso, velocidade, tempo restante e status</translation>
    </message>
    <message>
        <source>No transfers yet.
Files you upload appear here with their progress.</source>
        <translation>Nenhuma transferência ainda.
Os arquivos que você enviar aparecem aqui com o progresso.</translation>
    </message>
    <message>
        <source>No transfers match the filter.</source>
        <translation>Nenhuma transferência corresponde ao filtro.</translation>
    </message>
</context>
<context>
    <name>hoist::ui::TrayIcon</name>
    <message>
        <source>&amp;Hide Hoist</source>
        <translation>&amp;Ocultar o Hoist</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>&amp;Pausar tudo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>Envios concluídos</translation>
    </message>
    <message>
        <source>Hoist: nothing to upload</source>
        <translation>Hoist: nada para enviar</translation>
    </message>
    <message numerus="yes">
        <source>Hoist: %1 of %n file(s) uploaded, %2 %</source>
        <translation>
            <numerusform>Hoist: %1 de %n arquivo enviados, %2 %</numerusform>
            <numerusform>Hoist: %1 de %n arquivos enviados, %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n arquivo com falha</numerusform>
            <numerusform>%n arquivos com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, %1 failed.</source>
        <translation>
            <numerusform>%n arquivo enviado, %1 com falha.</numerusform>
            <numerusform>%n arquivos enviados, %1 com falha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded.</source>
        <translation>
            <numerusform>%n arquivo enviado.</numerusform>
            <numerusform>%n arquivos enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show Hoist</source>
        <translation>&amp;Mostrar o Hoist</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>&amp;Retomar tudo</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Falha no envio: %1</translation>
    </message>
</context>
<context>
    <name>hoist::ui::WatchPanel</name>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Adicionar pasta…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Watched Folders</source>
        <translation>Pastas observadas</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Pastas observadas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Last upload</source>
        <translation>Último envio</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>New files go up once complete (unchanged for a few seconds, not open for writing); a changed Documents file goes up as a new version. Deleting or renaming here never deletes or renames anything in Procore.</source>
        <translation>Arquivos novos são enviados quando estão completos (sem mudanças por alguns segundos, não abertos para escrita); um arquivo de Documentos alterado é enviado como nova versão. Excluir ou renomear aqui nunca exclui nem renomeia nada no Procore.</translation>
    </message>
    <message>
        <source>Watch a folder: its new files go to the destination chosen in the window</source>
        <translation>Observar uma pasta: seus arquivos novos vão para o destino escolhido na janela</translation>
    </message>
    <message>
        <source>&amp;Watched Folders…</source>
        <translation>Pastas &amp;observadas…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Watched folders need the transfer journal: sign in to Procore (the built-in sandbox keeps one only with --sandbox-data DIR).</source>
        <translation>Pastas observadas precisam do diário de transferências: entre no Procore (o sandbox integrado só mantém um com --sandbox-data DIR).</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>The folder is not there</source>
        <translation>A pasta não está lá</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Choose the destination in the window first (company, project and folder, album or drawing set); new files of the folder go there.</source>
        <translation>Escolha primeiro o destino na janela (empresa, projeto e pasta, álbum ou conjunto de desenhos); os arquivos novos da pasta vão para lá.</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Observar pasta</translation>
    </message>
    <message>
        <source>Stop Watching?</source>
        <translation>Parar de observar?</translation>
    </message>
    <message>
        <source>Stop watching this folder? Nothing is removed in Procore.</source>
        <translation>Parar de observar esta pasta? Nada é removido no Procore.</translation>
    </message>
    <message>
        <source>Watched folder: upload failed</source>
        <translation>Pasta observada: o envio falhou</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Pasta observada</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, the last %1.</source>
        <translation>
            <numerusform>%n arquivo enviado, o último %1.</numerusform>
            <numerusform>%n arquivos enviados, o último %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch “%1”?</source>
        <translation>Monitorar “%1”?</translation>
    </message>
    <message>
        <source>New files of this folder will be uploaded to:
%1</source>
        <translation>Os arquivos novos desta pasta serão enviados para:
%1</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Monitorar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Upload files and folders to Procore.</source>
        <translation>Enviar arquivos e pastas para o Procore.</translation>
    </message>
    <message>
        <source>Run against Hoist&apos;s built-in Procore sandbox (no account needed).</source>
        <translation>Usar o sandbox do Procore integrado ao Hoist (não precisa de conta).</translation>
    </message>
    <message>
        <source>With --sandbox: upload a few generated sample files to Drawings/Architectural of the first project, with storage slowed down so the progress can be watched and the first storage request refused so a failed row shows (for screenshots).</source>
        <translation>Com --sandbox: envia alguns arquivos de exemplo gerados para Drawings/Architectural do primeiro projeto, com o armazenamento desacelerado para que o progresso possa ser acompanhado e a primeira requisição de armazenamento recusada para que apareça uma linha com falha (para capturas de tela).</translation>
    </message>
    <message>
        <source>Hoist</source>
        <translation>Hoist</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Não foi possível iniciar o sandbox integrado: %1</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (de, en, es, fr, pt_BR).</source>
        <translation>Usar este idioma em vez do idioma do sistema (de, en, es, fr, pt_BR).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Files and folders to add to the upload.</source>
        <translation>Arquivos e pastas a adicionar ao envio.</translation>
    </message>
    <message>
        <source>With --sandbox: keep the sandbox&apos;s state (and a transfer journal) in this folder between runs, so an interrupted queue can be resumed.</source>
        <translation>Com --sandbox: manter o estado do sandbox (e um registro de transferências) nesta pasta entre as execuções, para que uma fila interrompida possa ser retomada.</translation>
    </message>
    <message>
        <source>With --sandbox: serve the sandbox over HTTPS with a certificate made at start, and trust the certificate authority that signed it.</source>
        <translation>Com --sandbox: servir o sandbox por HTTPS com um certificado criado na inicialização e confiar na autoridade certificadora que o assinou.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (e.g. your organization&apos;s HTTPS inspection). HOIST_CA_FILE and the network/caFile setting do the same.</source>
        <translation>Confiar também nas autoridades certificadoras deste arquivo PEM (por exemplo, a inspeção HTTPS da sua organização). HOIST_CA_FILE e a configuração network/caFile fazem o mesmo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>%1 Servers whose certificates only that file vouches for will be refused.</source>
        <translation>%1 Servidores cujos certificados só esse arquivo atesta serão recusados.</translation>
    </message>
</context>
</TS>
