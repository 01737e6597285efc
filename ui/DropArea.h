#pragma once

#include <QFrame>
#include <QStringList>

class QAction;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace hoist::ui {

// The place to drop files and folders (from a file manager: text/uri-list with file:// URLs).
// It also shows what is waiting to be uploaded, the scan under way, and the buttons to add more,
// clear and upload. It only reports what was dropped; MainWindow scans and queues.
class DropArea : public QFrame
{
    Q_OBJECT

public:
    explicit DropArea(QWidget *parent = nullptr);

    // The buttons, driven by the window's actions (state and shortcuts stay in one place).
    void setActions(QAction *addFiles, QAction *addFolder, QAction *clear, QAction *upload);

    void setSummary(const QString &title, const QString &detail, bool detailIsWarning = false);
    void setScanning(bool scanning, const QString &text = {});
    QPushButton *uploadButton() const { return m_upload; }

    // The local files and folders of a drop or a paste (file:// URLs only).
    static QStringList localPaths(const QMimeData *mime);
    // What a paste holds: localPaths(), or else plain text with one path or file:// URL a line
    // (of files and folders that exist).
    static QStringList pastedPaths(const QMimeData *mime);

Q_SIGNALS:
    void pathsDropped(const QStringList &paths);
    void cancelScanRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setHovered(bool hovered);
    void updateIcon();

    void arrange(); // the buttons beside or under the texts, and the height the texts need

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QProgressBar *m_scanBar = nullptr;
    QToolButton *m_cancelScan = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_upload = nullptr;
    QGridLayout *m_grid = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    bool m_buttonsBelow = false; // a narrow area (a small window, a large font): buttons under the texts
    bool m_hovered = false;
    bool m_detailIsWarning = false;
};

} // namespace hoist::ui
