package org.ipflow.enterprise;

/**
 * The account an enterprise's grants and subsidies are paid into. Its name must be the enterprise's own
 * name: the office pays no third party.
 */
public record BankAccount(String bankName, String accountName, String accountNumber) {

    public boolean complete() {
        return present(bankName) && present(accountName) && present(accountNumber);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
