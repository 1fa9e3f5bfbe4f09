package org.ipflow.tasks;

import java.util.Optional;

/**
 * The bank account an enterprise is paid to, shown on the disbursement task ({@link ProfilePayeeAccounts}: the
 * enterprise's profile); where none is on file the task says so.
 */
public interface PayeeAccounts {

    Optional<Account> of(long enterpriseId);

    /** An account as finance pays to it. */
    record Account(String bank, String accountName, String accountNumber) {

        String text() {
            return bank + " · " + accountName + " · " + accountNumber;
        }
    }
}
