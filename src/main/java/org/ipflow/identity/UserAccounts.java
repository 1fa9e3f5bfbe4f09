package org.ipflow.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Creates and looks up accounts in Camunda's identity service, the one user and group store. */
@Service
public class UserAccounts {

    /**
     * Names self-registration never gives out: the system's own, and the office's naming of staff accounts
     * (a role and a number, such as {@code reviewer7}). Refused with the same words as a taken name, so that
     * registering tells nothing about which staff accounts exist under these names.
     */
    private static final Pattern RESERVED = Pattern.compile(
            "(admin|administrator|root|system|sys|ipflow|camunda|staff|office|support|security|guest|anonymous|"
                    + "reviewer|finance|approver|expert|enterprise|demo|test)[._-]?\\d*");

    private static final String LANGUAGE = "ipflow.language";

    private final IdentityService identityService;
    private final UserSessions sessions;

    UserAccounts(IdentityService identityService, UserSessions sessions) {
        this.identityService = identityService;
        this.sessions = sessions;
    }

    /** Ends the user's browser sessions on every node, so that access just taken away ends now. */
    public void signOut(String username) {
        sessions.endAll(username);
    }

    public boolean exists(String username) {
        return identityService.createUserQuery().userId(username).count() > 0;
    }

    /**
     * Whether a new account may not have this name: an account's name differs only in case (Admin beside
     * admin would be told apart by nobody reading a timeline). Logins stay exact, as the engine compares them.
     */
    public boolean nameTaken(String username) {
        return identityService.createNativeUserQuery()
                .sql("select count(*) from ACT_ID_USER where lower(ID_) = #{name}")
                .parameter("name", username.toLowerCase(Locale.ROOT)).count() > 0;
    }

    /** Whether self-registration may create an account of this name: not reserved, not taken in any case. */
    public boolean availableForRegistration(String username) {
        return !RESERVED.matcher(username.toLowerCase(Locale.ROOT)).matches() && !nameTaken(username);
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

    /** The user's e-mail and language; empty for an unknown user. */
    public Optional<Contact> contact(String username) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().strip();
        String language = identityService.getUserInfo(username, LANGUAGE);
        return Optional.of(new Contact(username, email,
                "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE));
    }

    /** Sets the account's e-mail (one its owner has proven theirs), for the messages and resets that use it. */
    public void changeEmail(String username, String email) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (user != null && !email.equals(user.getEmail())) {
            user.setEmail(email);
            identityService.saveUser(user);
        }
    }

    /** Remembers the language the user chose, for the messages IPFlow sends them outside its pages. */
    public void rememberLanguage(String username, Locale language) {
        String code = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "en" : "zh";
        if (!code.equals(identityService.getUserInfo(username, LANGUAGE)) && exists(username)) {
            identityService.setUserInfo(username, LANGUAGE, code);
        }
    }

    public List<String> groupsOf(String username) {
        return identityService.createGroupQuery().groupMember(username).list().stream().map(g -> g.getId()).toList();
    }
}
