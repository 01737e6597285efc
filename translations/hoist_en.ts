<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PreflightDialog</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadReceipt</name>
    <message numerus="yes">
        <source>%n file(s) uploaded to Procore. Made %1.</source>
        <translation>
            <numerusform>%n file uploaded to Procore. Made %1.</numerusform>
            <numerusform>%n files uploaded to Procore. Made %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::PartsTransfer</name>
    <message numerus="yes">
        <source>Uploading in %n part(s)</source>
        <translation>
            <numerusform>Uploading in %n part</numerusform>
            <numerusform>Uploading in %n parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::FailureBar</name>
    <message numerus="yes">
        <source>%n file(s) could not be uploaded.</source>
        <translation>
            <numerusform>%n file could not be uploaded.</numerusform>
            <numerusform>%n files could not be uploaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::HistoryDialog</name>
    <message numerus="yes">
        <source>%n file(s) shown</source>
        <translation>
            <numerusform>%n file shown</numerusform>
            <numerusform>%n files shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be queued again: they are no longer on this computer.</source>
        <translation>
            <numerusform>%n file could not be queued again: it is no longer on this computer.</numerusform>
            <numerusform>%n files could not be queued again: they are no longer on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::MainWindow</name>
    <message numerus="yes">
        <source>Looking for files… %n found (%1)</source>
        <translation>
            <numerusform>Looking for files… %n found (%1)</numerusform>
            <numerusform>Looking for files… %n found (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1, ready to upload</source>
        <translation>
            <numerusform>%n file, %1, ready to upload</numerusform>
            <numerusform>%n files, %1, ready to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued</source>
        <translation>
            <numerusform>%n file queued</numerusform>
            <numerusform>%n files queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) to %1</source>
        <translation>
            <numerusform>Upload %n file to %1</numerusform>
            <numerusform>Upload %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files are still being uploaded. Stop them and remove them from the list?</source>
        <translation>
            <numerusform>One of the selected files is still being uploaded. Stop it and remove it from the list?</numerusform>
            <numerusform>%n of the selected files are still being uploaded. Stop them and remove them from the list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still being uploaded or waiting their turn.</source>
        <translation>
            <numerusform>%n file is still being uploaded or waiting its turn.</numerusform>
            <numerusform>%n files are still being uploaded or waiting their turn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added file(s) have not been uploaded yet.</source>
        <translation>
            <numerusform>%n added file has not been uploaded yet.</numerusform>
            <numerusform>%n added files have not been uploaded yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued again, each to where it was going</source>
        <translation>
            <numerusform>%n file queued again, to where it was going</numerusform>
            <numerusform>%n files queued again, each to where it was going</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cannot be uploaded: %1 — %2</source>
        <translation>
            <numerusform>%n item cannot be uploaded: %1 — %2</numerusform>
            <numerusform>%n items cannot be uploaded: %1 — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::PreflightDialog</name>
    <message numerus="yes">
        <source>%n file(s), %1, to %2.</source>
        <translation>
            <numerusform>%n file, %1, to %2.</numerusform>
            <numerusform>%n files, %1, to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out.</source>
        <translation>
            <numerusform>%n file left out.</numerusform>
            <numerusform>%n files left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>Upload %n file</numerusform>
            <numerusform>Upload %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to %1 and were left out; the others are queued.</source>
        <translation>
            <numerusform>%n file cannot go to %1 and was left out; the others are queued.</numerusform>
            <numerusform>%n files cannot go to %1 and were left out; the others are queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed since a file of the same name went to Procore.</source>
        <translation>
            <numerusform>%n file changed since a file of the same name went to Procore.</numerusform>
            <numerusform>%n files changed since a file of the same name went to Procore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as new version(s) of the file(s) in Procore.</source>
        <translation>
            <numerusform>%n as a new version of the file in Procore.</numerusform>
            <numerusform>%n as new versions of the files in Procore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes at least %1: Procore lets a program send only so many requests an hour, and these files need about %n.</source>
        <translation>
            <numerusform>This takes at least %1: Procore lets a program send only so many requests an hour, and these files need about %n request.</numerusform>
            <numerusform>This takes at least %1: Procore lets a program send only so many requests an hour, and these files need about %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::ProjectPicker</name>
    <message numerus="yes">
        <source>Choose or type a project (%n available)</source>
        <translation>
            <numerusform>Choose or type a project (%n available)</numerusform>
            <numerusform>Choose or type a project (%n available)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::SessionManager</name>
    <message numerus="yes">
        <source>%n file(s) were not finished when Hoist last stopped.</source>
        <translation>
            <numerusform>%n file was not finished when Hoist last stopped.</numerusform>
            <numerusform>%n files were not finished when Hoist last stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::StatusSummary</name>
    <message numerus="yes">
        <source>%1 of %n file(s) uploaded</source>
        <translation>
            <numerusform>%1 of %n file uploaded</numerusform>
            <numerusform>%1 of %n files uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n failed</source>
        <translation>
            <numerusform>%1 · %n failed</numerusform>
            <numerusform>%1 · %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n uploaded, %1 failed</source>
        <translation>
            <numerusform>Finished: %n uploaded, %1 failed</numerusform>
            <numerusform>Finished: %n uploaded, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n file(s) uploaded</source>
        <translation>
            <numerusform>Finished: %n file uploaded</numerusform>
            <numerusform>Finished: %n files uploaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::TrayIcon</name>
    <message numerus="yes">
        <source>Hoist: %1 of %n file(s) uploaded, %2 %</source>
        <translation>
            <numerusform>Hoist: %1 of %n file uploaded, %2 %</numerusform>
            <numerusform>Hoist: %1 of %n files uploaded, %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n file failed</numerusform>
            <numerusform>%n files failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, %1 failed.</source>
        <translation>
            <numerusform>%n file uploaded, %1 failed.</numerusform>
            <numerusform>%n files uploaded, %1 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded.</source>
        <translation>
            <numerusform>%n file uploaded.</numerusform>
            <numerusform>%n files uploaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hoist::ui::WatchPanel</name>
    <message numerus="yes">
        <source>%n file(s) uploaded, the last %1.</source>
        <translation>
            <numerusform>%n file uploaded, the last %1.</numerusform>
            <numerusform>%n files uploaded, the last %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
