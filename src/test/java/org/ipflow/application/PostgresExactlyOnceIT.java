package org.ipflow.application;

import org.ipflow.IpflowPostgresTest;

/**
 * {@link ExactlyOnceContract} on PostgreSQL, which locks and aborts differently from H2; the claim race
 * with fifty users, as many as a busy morning's inbox might see.
 */
@IpflowPostgresTest
class PostgresExactlyOnceIT extends ExactlyOnceContract {

    @Override
    int claimRacers() {
        return 50;
    }
}
