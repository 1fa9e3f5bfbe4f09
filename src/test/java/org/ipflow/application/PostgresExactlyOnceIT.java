package org.ipflow.application;

import org.ipflow.IpflowPostgresTest;

/** {@link ExactlyOnceContract} on PostgreSQL, which locks and aborts differently from H2. */
@IpflowPostgresTest
class PostgresExactlyOnceIT extends ExactlyOnceContract {
}
