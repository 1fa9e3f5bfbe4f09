package org.ipflow.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile of the enterprise a user acts for: read, and changed by any of its users. Every change goes
 * into the audit log in the same transaction, with what changed from what to what; the account number
 * only by its last four digits.
 */
@Service
public class EnterpriseProfiles {

    static final String AUDIT_ACTION = "ENTERPRISE_PROFILE";

    private final EnterpriseRepository repository;
    private final ApplicationEventPublisher events;

    EnterpriseProfiles(EnterpriseRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    public Optional<EnterpriseProfile> ofUser(String username) {
        return repository.findByMember(username).flatMap(e -> repository.profile(e.id()));
    }

    /** The account the enterprise is paid into, once its profile names a complete one. */
    public Optional<BankAccount> bankAccountOf(long enterpriseId) {
        return repository.profile(enterpriseId).map(EnterpriseProfile::bankAccount).filter(BankAccount::complete);
    }

    /** Whether the enterprise has a complete profile, as a programme that pays money requires. */
    public boolean complete(long enterpriseId) {
        return repository.profile(enterpriseId).map(EnterpriseProfile::complete).orElse(false);
    }

    /**
     * @throws ProfileRefused when the account's name is not the enterprise's name, or the user acts for no
     *     enterprise
     */
    @Transactional
    public EnterpriseProfile update(String username, ProfileForm form) {
        EnterpriseProfile before = ofUser(username)
                .orElseThrow(() -> new ProfileRefused(ProfileRefused.Kind.NOT_FOUND, "enterprise", "enterprise.none"));
        ProfileForm changed = form.stripped();
        if (!changed.accountName().equals(before.name())) {
            throw new ProfileRefused(ProfileRefused.Kind.INVALID, "accountName", "enterprise.accountName.mismatch");
        }
        repository.updateProfile(before.id(), changed);
        List<String> changes = changes(ProfileForm.of(before), changed);
        if (!changes.isEmpty()) {
            events.publishEvent(new AdminActionPerformed(username, AUDIT_ACTION,
                    before.name() + " " + before.creditCode(), String.join("; ", changes)));
        }
        return repository.profile(before.id()).orElseThrow();
    }

    private static List<String> changes(ProfileForm before, ProfileForm after) {
        List<String> changes = new ArrayList<>();
        change(changes, "legalRepresentative", before.legalRepresentative(), after.legalRepresentative());
        change(changes, "contactName", before.contactName(), after.contactName());
        change(changes, "contactPhone", before.contactPhone(), after.contactPhone());
        change(changes, "email", before.email(), after.email());
        change(changes, "address", before.address(), after.address());
        change(changes, "bankAccount.bankName", before.bankName(), after.bankName());
        change(changes, "bankAccount.accountName", before.accountName(), after.accountName());
        if (!Objects.equals(before.accountNumber(), after.accountNumber())) {
            change(changes, "bankAccount.accountNumber", masked(before.accountNumber()), masked(after.accountNumber()));
        }
        return changes;
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after) || field.endsWith("accountNumber")) {
            changes.add(field + ": " + (before == null ? "" : before) + " → " + after);
        }
    }

    /** The last four digits: enough to tell two accounts apart in the log, too little to pay into. */
    static String masked(String accountNumber) {
        if (accountNumber == null) {
            return null;
        }
        return "****" + accountNumber.substring(Math.max(0, accountNumber.length() - 4));
    }
}
