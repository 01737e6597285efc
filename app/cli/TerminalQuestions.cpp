#include "TerminalQuestions.h"

#include <QSocketNotifier>

#include <cstdio>
#include <iostream>

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
}

void TerminalQuestions::onReadable()
{
    char chunk[256];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    const bool ended = n <= 0;
    if (!ended)
        m_buffer.append(chunk, n);
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0 && !ended)
        return; // the line is not complete yet
    const QByteArray line = newline < 0 ? m_buffer : m_buffer.left(newline);
    m_buffer = newline < 0 ? QByteArray() : m_buffer.mid(newline + 1);
    const Question q = m_questions.dequeue();
    if (ended && m_notifier)
        m_notifier->setEnabled(false);
    q.answer(QString::fromLocal8Bit(line).trimmed());
    if (ended) {
        // End of input: every other question gets an empty answer.
        while (!m_questions.isEmpty())
            m_questions.dequeue().answer({});
        m_asking = false;
        return;
    }
    askNext();
}

} // namespace hoist::cli
