package org.ipflow.application;

import org.ipflow.IpflowTest;

/** {@link MoneyRulesContract} on the default database, H2. */
@IpflowTest
class MoneyRulesIT extends MoneyRulesContract {
}
