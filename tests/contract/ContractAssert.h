#pragma once

#include "ContractChecker.h"

#include <QJsonArray>
#include <QString>

namespace contract {

// The checker loaded with the reference copy in tests/contract (HOIST_CONTRACT_SPEC).
const ContractChecker &reference();

// Endpoints Hoist calls that Procore's REST reference does not hold (its OAuth pages describe
// them): /oauth/authorize, /oauth/revoke, /oauth/token/info. Their exchanges are not checked.
bool outsideReference(const QJsonObject &exchange);

// Every recorded exchange checked against the reference; the violations, one per line (empty: none).
// `successfulOnly`: only exchanges answered 2xx (for tests that also send wrong requests on purpose).
QString violations(const QJsonArray &exchanges, bool successfulOnly = false);

// For a test's cleanup: fails the running test (QTest::qFail) when `exchanges` break the contract.
bool verify(const QJsonArray &exchanges, const char *file, int line, bool successfulOnly = false);

// Checks a server's recorded exchanges when a test's scope ends (declare it after the server).
template <typename Server> struct VerifyAtExit
{
    Server &server;
    const char *file;
    int line;
    ~VerifyAtExit() { verify(server.exchanges(), file, line); }
};

} // namespace contract

#define HOIST_VERIFY_CONTRACT(exchanges) contract::verify((exchanges), __FILE__, __LINE__)
#define HOIST_VERIFY_CONTRACT_OF_SUCCESSES(exchanges) contract::verify((exchanges), __FILE__, __LINE__, true)
