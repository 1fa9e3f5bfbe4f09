package org.ipflow.identity;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** The page that creates a staff user: account, name, e-mail, roles, regions and an initial password. */
record NewUserForm(String username, String firstName, String lastName, String email, List<String> roles,
        List<String> regions, String password, String passwordRepeated) {

    /** As Camunda's resource-id rule allows, and the same as self-registered enterprise users. */
    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    NewUserForm {
        username = username == null ? "" : username.strip();
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        email = email == null ? "" : email.strip();
        roles = roles == null ? List.of() : List.copyOf(roles);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    static NewUserForm empty() {
        return new NewUserForm("", "", "", "", List.of(), List.of(), "", "");
    }

    void check(Errors errors, PasswordPolicy passwords) {
        if (username.isEmpty()) {
            errors.rejectValue("username", "validation.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.rejectValue("username", "admin.users.error.username");
        }
        requireName("firstName", firstName, errors);
        requireName("lastName", lastName, errors);
        if (email.isEmpty()) {
            errors.rejectValue("email", "validation.required");
        } else if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
            errors.rejectValue("email", "admin.users.error.email");
        }
        RolesForm.check(roles, regions, errors);
        passwords.check(password, passwordRepeated, List.of(username, firstName, lastName, email), errors);
    }

    private static void requireName(String field, String value, Errors errors) {
        if (value.isEmpty()) {
            errors.rejectValue(field, "validation.required");
        } else if (value.length() > 100) {
            errors.rejectValue(field, "admin.users.error.nameLength");
        }
    }

    RolesForm rolesForm() {
        return new RolesForm(roles, regions);
    }

    /** The same entries without the passwords: what the page shows again after an error. */
    NewUserForm withoutPasswords() {
        return new NewUserForm(username, firstName, lastName, email, roles, regions, "", "");
    }

    /** Leaves the passwords out, so that a logged form never shows them. */
    @Override
    public String toString() {
        return "NewUserForm[username=" + username + ", roles=" + roles + ", regions=" + regions + "]";
    }
}
