package org.ipflow.enterprise;

import java.util.List;

/**
 * What an enterprise's users see and edit of their enterprise at {@code /enterprise} and
 * {@code GET /api/enterprise}: the registered identity (name, credit code, region; not editable), the
 * people and addresses of the profile, the bank account and the enterprise's users.
 */
public record EnterpriseProfile(long id, String name, String creditCode, String region, String legalRepresentative,
        String contactName, String contactPhone, String email, String address, BankAccount bankAccount,
        List<String> users) {

    public EnterpriseProfile {
        users = List.copyOf(users);
    }

    /** Whether the profile has all a programme that pays money needs: the people, the address and the account. */
    public boolean complete() {
        return BankAccount.present(legalRepresentative) && BankAccount.present(contactName)
                && BankAccount.present(contactPhone) && BankAccount.present(email) && BankAccount.present(address)
                && bankAccount.complete();
    }
}
