package org.ipflow.enterprise;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.ipflow.identity.EnterpriseCodes;
import org.ipflow.identity.PendingPerson;
import org.ipflow.identity.Roles;
import org.ipflow.identity.SignOn;
import org.ipflow.identity.UserAccounts;
import org.ipflow.shared.AdminActionPerformed;
import org.ipflow.shared.CreditCode;
import org.ipflow.shared.Region;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first login of an enterprise's person through the OpenID provider: once they confirm, the enterprise of
 * the provider's credit code is registered with their account, or their account joins the enterprise already
 * registered with that very code (never one of another code), and the account is linked to the person. The
 * account has a random password nobody knows: the person logs in through the provider.
 */
@Service
class FirstSignOn implements EnterpriseCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EnterpriseRepository repository;
    private final Enterprises enterprises;
    private final UserAccounts accounts;
    private final SignOn signOn;
    private final ApplicationEventPublisher events;

    FirstSignOn(EnterpriseRepository repository, Enterprises enterprises, UserAccounts accounts, SignOn signOn,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.signOn = signOn;
        this.events = events;
    }

    @Override
    public Optional<String> creditCodeOf(String username) {
        return repository.findByMember(username).map(Enterprise::creditCode);
    }

    /** The enterprise already registered with the person's credit code, which they would join. */
    Optional<Enterprise> registered(PendingPerson person) {
        return repository.findByCreditCode(person.creditCode());
    }

    /**
     * Adds the person's account to the enterprise of their credit code.
     *
     * @throws RegistrationConflict when the account exists already (a confirmation repeated in another tab)
     */
    @Transactional
    String join(PendingPerson person) {
        Enterprise enterprise = registered(person).orElseThrow(RegistrationConflict::creditCodeTaken);
        String username = signOn.accountName(person);
        if (accounts.nameTaken(username)) {
            throw RegistrationConflict.usernameTaken();
        }
        String name = person.personName() == null || person.personName().isBlank() ? username : person.personName();
        accounts.create(username, unknownPassword(), name, person.email(), List.of(Roles.ENTERPRISE));
        repository.addMember(username, enterprise.id());
        signOn.link(person, username);
        events.publishEvent(new AdminActionPerformed(username, EnterpriseMembers.AUDIT_ADD,
                enterprise.name() + " " + enterprise.creditCode(), username));
        return username;
    }

    /**
     * Registers the enterprise of the person's credit code with their account.
     *
     * @throws RegistrationConflict when the code or the account was registered meanwhile
     */
    @Transactional
    String register(PendingPerson person, SignOnForm form) {
        String username = signOn.accountName(person);
        Enterprise enterprise = enterprises.register(new Registration(username, unknownPassword(), form.enterpriseName(),
                CreditCode.parse(person.creditCode()), Region.ofCode(form.region()).orElseThrow(), form.contactName(),
                form.contactPhone(), form.email()));
        signOn.link(person, username);
        events.publishEvent(new AdminActionPerformed(username, "SIGN_ON_REGISTER",
                enterprise.name() + " " + enterprise.creditCode(), username));
        return username;
    }

    private static String unknownPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
