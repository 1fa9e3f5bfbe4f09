package org.ipflow.identity;

import java.time.Instant;

/** IPFlow's own state of one account (table {@code account_state}); a user without a row is {@link #ACTIVE}. */
record AccountState(boolean disabled, boolean mustChangePassword, Instant createdAt, Instant disabledAt,
        Instant passwordChangedAt) {

    static final AccountState ACTIVE = new AccountState(false, false, null, null, null);
}
