package org.ipflow.application;

import org.ipflow.IpflowPostgresTest;

/** {@link MoneyRulesContract} on PostgreSQL, which locks, waits on unique keys and aborts differently from H2. */
@IpflowPostgresTest
class PostgresMoneyRulesIT extends MoneyRulesContract {
}
