#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace hoist::ui {

// Hoist's main window: where files are dropped, a destination chosen and transfers watched.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Which Procore the window is connected to, shown to the user at all times.
    void setConnection(const QString &environmentName, const QUrl &apiBase);

private:
    QLabel *m_connection = nullptr;
};

} // namespace hoist::ui
