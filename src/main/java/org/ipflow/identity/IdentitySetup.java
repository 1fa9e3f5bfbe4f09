package org.ipflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.ipflow.shared.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the role and regional groups, grants administrators everything in the engine (with
 * authorisation on, group membership alone unlocks no queries), and creates the first administrator
 * from the environment when there is none.
 */
@Component
@Order(0)
class IdentitySetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final UserAccounts accounts;
    private final IdentityProperties properties;
    private final PasswordStrength strength;

    IdentitySetup(IdentityService identityService, AuthorizationService authorizationService, UserAccounts accounts,
            IdentityProperties properties, PasswordStrength strength) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.accounts = accounts;
        this.properties = properties;
        this.strength = strength;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Roles.ALL.forEach(role -> ensureGroup(role, role, "WORKFLOW"));
        for (Region region : Region.values()) {
            ensureGroup(region.reviewerGroup(), "reviewers " + region.nameZh(), "WORKFLOW");
        }
        grantAdminsEverything();
        if (properties != null && properties.username() != null && !properties.username().isBlank()
                && !accounts.exists(properties.username())) {
            if (properties.password() == null || properties.password().length() < 12) {
                throw new IllegalStateException("IPFLOW_ADMIN_PASSWORD must have at least 12 characters");
            }
            if (!strength.strongEnough(properties.password(), List.of(properties.username()))) {
                throw new IllegalStateException("IPFLOW_ADMIN_PASSWORD is too easy to guess: choose a longer, "
                        + "uncommon one (e.g. several unrelated words with digits)");
            }
            accounts.create(properties.username(), properties.password(), "Administrator", "", List.of(Roles.ADMIN));
            log.info("Created the first administrator '{}'", properties.username());
        }
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void grantAdminsEverything() {
        for (Resources resource : Resources.values()) {
            boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(Roles.ADMIN)
                    .resourceType(resource).resourceId(ANY).count() > 0;
            if (!granted) {
                Authorization auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                auth.setGroupId(Roles.ADMIN);
                auth.setResource(resource);
                auth.setResourceId(ANY);
                auth.addPermission(Permissions.ALL);
                authorizationService.saveAuthorization(auth);
            }
        }
    }
}
