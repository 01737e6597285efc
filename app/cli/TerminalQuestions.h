#pragma once

#include <QObject>
#include <QQueue>
#include <QString>

#include <functional>

namespace hoist::cli {

namespace console {
class StdinReader;
}

// Questions asked on the terminal one at a time, answered without blocking the event loop: the
// other uploads go on while a question waits for its line (console::StdinReader).
class TerminalQuestions : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(const QString &line)>;
    explicit TerminalQuestions(QObject *parent = nullptr);
    ~TerminalQuestions() override;

    // Prints `prompt` (on standard error) when no other question waits, then calls `answer` with
    // the line typed (empty at end of input).
    void ask(const QString &prompt, Answer answer);
    bool isAsking() const { return m_asking; }

private:
    void askNext();
    void onReceived(const QByteArray &chunk);
    void answerWhatWasTyped();

    struct Question
    {
        QString prompt;
        Answer answer;
    };
    QQueue<Question> m_questions;
    console::StdinReader *m_stdin = nullptr;
    QByteArray m_buffer;
    bool m_asking = false;
};

} // namespace hoist::cli
