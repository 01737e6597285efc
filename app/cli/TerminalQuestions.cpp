#include "TerminalQuestions.h"

#include <QSocketNotifier>

#include <cstdio>
#include <iostream>
#include <utility>

#include <unistd.h>

namespace hoist::cli {

TerminalQuestions::TerminalQuestions(QObject *parent)
    : QObject(parent)
{}

TerminalQuestions::~TerminalQuestions() = default;

void TerminalQuestions::ask(const QString &prompt, Answer answer)
{
    m_questions.enqueue({prompt, std::move(answer)});
    if (!m_asking)
        askNext();
}

void TerminalQuestions::askNext()
{
    if (m_questions.isEmpty()) {
        m_asking = false;
        if (m_notifier)
            m_notifier->setEnabled(false);
        return;
    }
    m_asking = true;
    std::cerr << qPrintable(m_questions.head().prompt) << std::flush;
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &TerminalQuestions::onReadable);
    }
    m_notifier->setEnabled(true);
    answerWhatWasTyped(); // a line typed before the question came
}

void TerminalQuestions::onReadable()
{
    char chunk[256];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n > 0) {
        m_buffer.append(chunk, n);
        answerWhatWasTyped();
        return;
    }
    // End of input: the question waiting, and every other, gets what there is (or nothing).
    if (m_notifier)
        m_notifier->setEnabled(false);
    while (!m_questions.isEmpty()) {
        const QByteArray line = std::exchange(m_buffer, {});
        m_questions.dequeue().answer(QString::fromLocal8Bit(line).trimmed());
    }
    m_asking = false;
}

void TerminalQuestions::answerWhatWasTyped()
{
    // Lines typed ahead answer the next questions in turn.
    qsizetype newline = m_buffer.indexOf('\n');
    while (newline >= 0 && !m_questions.isEmpty()) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        const Question q = m_questions.dequeue();
        q.answer(QString::fromLocal8Bit(line).trimmed());
        if (!m_questions.isEmpty())
            std::cerr << qPrintable(m_questions.head().prompt) << std::flush;
        newline = m_buffer.indexOf('\n');
    }
    if (m_questions.isEmpty()) {
        m_asking = false;
        if (m_notifier)
            m_notifier->setEnabled(false);
    }
}

} // namespace hoist::cli
