package org.ipflow.enterprise;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.ipflow.identity.Roles;
import org.ipflow.identity.UserAccounts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers enterprises with their first user and tells which enterprise a user acts for. */
@Service
public class Enterprises {

    private final EnterpriseRepository repository;
    private final UserAccounts accounts;

    Enterprises(EnterpriseRepository repository, UserAccounts accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    /**
     * Creates the user, the enterprise and the membership in one transaction: the engine's identity
     * tables share IPFlow's DataSource and transaction manager, so a refused enterprise leaves no user.
     *
     * @throws RegistrationConflict when the user name is not available (taken in any case, or reserved for
     *     the office) or the credit code is taken
     */
    @Transactional
    public Enterprise register(Registration registration) {
        if (!accounts.availableForRegistration(registration.username())) {
            throw RegistrationConflict.usernameTaken();
        }
        createUser(registration);
        String creditCode = registration.creditCode().value();
        String region = registration.region().code();
        long id;
        try {
            // No look-up first: the unique key is the one check that also holds between concurrent registrations.
            id = repository.insert(registration.enterpriseName(), creditCode, region, registration.contactName(),
                    registration.contactPhone(), registration.email());
        } catch (DuplicateKeyException taken) {
            throw RegistrationConflict.creditCodeTaken();
        }
        repository.addMember(registration.username(), id);
        return new Enterprise(id, registration.enterpriseName(), creditCode, region, registration.contactName(),
                registration.contactPhone(), registration.email());
    }

    public Optional<Enterprise> ofUser(String username) {
        return repository.findByMember(username);
    }

    /** The user names of the enterprise's accounts, in name order. */
    public List<String> members(long enterpriseId) {
        return repository.members(enterpriseId);
    }

    /** The accounts of the enterprises that gave this contact number (SMS reaches them), at most {@code limit}. */
    public List<String> membersByContactPhone(String phone, int limit) {
        return repository.membersByContactPhone(phone.strip(), limit);
    }

    public Optional<Enterprise> findById(long id) {
        return repository.findById(id);
    }

    /** The enterprises with these ids, in one query; ids of none are left out. */
    public List<Enterprise> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findByIds(ids);
    }

    private void createUser(Registration registration) {
        try {
            accounts.create(registration.username(), registration.password(), registration.contactName(),
                    registration.email(), List.of(Roles.ENTERPRISE));
        } catch (ProcessEngineException e) {
            // Another registration took the name between our look-up and the engine's insert.
            if (isUniqueViolation(e)) {
                throw RegistrationConflict.usernameTaken();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
