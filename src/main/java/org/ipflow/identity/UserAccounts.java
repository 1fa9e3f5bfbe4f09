package org.ipflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Creates and looks up accounts in Camunda's identity service, the one user and group store. */
@Service
public class UserAccounts {

    private final IdentityService identityService;

    UserAccounts(IdentityService identityService) {
        this.identityService = identityService;
    }

    public boolean exists(String username) {
        return identityService.createUserQuery().userId(username).count() > 0;
    }

    /** Creates a user and adds it to the given groups; the password is hashed by the engine with bcrypt. */
    public void create(String username, String password, String displayName, String email, List<String> groups) {
        User user = identityService.newUser(username);
        user.setFirstName(displayName);
        user.setLastName("");
        user.setEmail(email);
        user.setPassword(password);
        identityService.saveUser(user);
        groups.forEach(group -> identityService.createMembership(username, group));
    }

    public String displayName(String username) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        return user == null || user.getFirstName() == null || user.getFirstName().isBlank() ? username : user.getFirstName();
    }

    public List<String> groupsOf(String username) {
        return identityService.createGroupQuery().groupMember(username).list().stream().map(g -> g.getId()).toList();
    }
}
