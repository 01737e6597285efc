// hoist-cli's name-clash questions are answered without blocking the event loop: while a question
// waits for its line, timers (the other uploads) keep running; answers come back in order.

#include "cli/TerminalQuestions.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <unistd.h>

class TestTerminalQuestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersWithoutBlocking()
    {
        int pipeFds[2];
        QVERIFY(::pipe(pipeFds) == 0);
        const int savedStdin = ::dup(STDIN_FILENO);
        QVERIFY(::dup2(pipeFds[0], STDIN_FILENO) >= 0);

        QStringList answers;
        {
            hoist::cli::TerminalQuestions questions;
            questions.ask(QStringLiteral("first? "), [&](const QString &line) { answers.append(line); });
            questions.ask(QStringLiteral("second? "), [&](const QString &line) { answers.append(line); });
            QVERIFY(questions.isAsking());
            // The event loop runs on while nobody has typed anything.
            int ticks = 0;
            QTimer tick;
            connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
            tick.start(5);
            QVERIFY(QTest::qWaitFor([&] { return ticks >= 5; }, 5000));
            QVERIFY(answers.isEmpty());
            // A line in two pieces, then the second answer.
            QVERIFY(::write(pipeFds[1], "k", 1) == 1);
            QVERIFY(QTest::qWaitFor([&] { return ticks >= 10; }, 5000));
            QVERIFY(answers.isEmpty()); // not a whole line yet
            QVERIFY(::write(pipeFds[1], "eep\nv\n", 6) == 6);
            QVERIFY(QTest::qWaitFor([&] { return answers.size() == 2; }, 5000));
            QVERIFY(!questions.isAsking());
        }
        QCOMPARE(answers, (QStringList{QStringLiteral("keep"), QStringLiteral("v")}));

        ::dup2(savedStdin, STDIN_FILENO);
        ::close(savedStdin);
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
    }
};

QTEST_GUILESS_MAIN(TestTerminalQuestions)
#include "tst_terminalquestions.moc"
