package org.ipflow.tasks;

import java.util.Optional;
import org.ipflow.enterprise.EnterpriseProfiles;
import org.springframework.stereotype.Component;

/** Finance pays into the bank account of the enterprise's profile, as the enterprise last saved it. */
@Component
class ProfilePayeeAccounts implements PayeeAccounts {

    private final EnterpriseProfiles profiles;

    ProfilePayeeAccounts(EnterpriseProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<Account> of(long enterpriseId) {
        return profiles.bankAccountOf(enterpriseId)
                .map(a -> new Account(a.bankName(), a.accountName(), a.accountNumber()));
    }
}
