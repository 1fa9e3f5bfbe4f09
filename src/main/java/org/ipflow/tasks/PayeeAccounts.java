package org.ipflow.tasks;

import java.util.Optional;

/**
 * The bank account an enterprise is paid to, shown on the disbursement task. The account belongs to the
 * enterprise's profile; until a bean of this type reads it from there, the task says that none is on file.
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
