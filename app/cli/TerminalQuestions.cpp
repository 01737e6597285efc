#include "TerminalQuestions.h"
#include "platform/Console.h"

#include <cstdio>
#include <iostream>
#include <utility>

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
        if (m_stdin)
            m_stdin->setEnabled(false);
        return;
    }
    m_asking = true;
    std::cerr << qPrintable(m_questions.head().prompt) << std::flush;
    if (!m_stdin) {
        m_stdin = new console::StdinReader(this);
        connect(m_stdin, &console::StdinReader::received, this, &TerminalQuestions::onReceived);
    }
    m_stdin->setEnabled(true);
    answerWhatWasTyped(); // a line typed before the question came
}

void TerminalQuestions::onReceived(const QByteArray &chunk)
{
    if (!chunk.isEmpty()) {
        m_buffer.append(chunk);
        answerWhatWasTyped();
        return;
    }
    // End of input: the question waiting, and every other, gets what there is (or nothing).
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
        if (m_stdin)
            m_stdin->setEnabled(false);
    }
}

} // namespace hoist::cli
