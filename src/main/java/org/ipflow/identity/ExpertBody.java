package org.ipflow.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ipflow.shared.CreditCode;
import org.ipflow.shared.Region;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What an administrator enters about an expert, by the API or the pool's page. {@code password} only when
 * the expert is added; a change leaves the account's password alone.
 */
record ExpertBody(String username, String password, String name, List<String> fields, String affiliation,
        String affiliationCreditCode, String region, @DateTimeFormat(iso = ISO.DATE) LocalDate activeFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate activeUntil) {

    private static final String RESERVED = "import";
    private static final Pattern FIELD = Pattern.compile("[\\p{L}\\p{N}_.-]{1,60}");

    ExpertBody {
        username = strip(username);
        name = strip(name);
        affiliation = strip(affiliation);
        affiliationCreditCode = strip(affiliationCreditCode).toUpperCase(java.util.Locale.ROOT);
        region = strip(region);
        List<String> tags = new ArrayList<>();
        for (String field : fields == null ? List.<String>of() : fields) {
            String tag = strip(field);
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        fields = List.copyOf(tags);
    }

    /** The message code per invalid field; empty when the body may be saved. */
    Map<String, String> problems(boolean adding) {
        Map<String, String> problems = new TreeMap<>();
        if (adding && !NewUserForm.USERNAME.matcher(username).matches()) {
            problems.put("username", username.isEmpty() ? "validation.required" : "admin.users.error.username");
        } else if (adding && RESERVED.equalsIgnoreCase(username)) {
            problems.put("username", "experts.error.reserved"); // its page would be the import's address
        }
        if (adding && (password == null || password.codePointCount(0, password.length()) < PasswordPolicy.MIN_LENGTH)) {
            problems.put("password", "experts.error.password");
        }
        if (name.isEmpty() || name.length() > 100) {
            problems.put("name", name.isEmpty() ? "validation.required" : "admin.users.error.nameLength");
        }
        if (fields.isEmpty() || fields.stream().anyMatch(f -> !FIELD.matcher(f).matches())) {
            problems.put("fields", "experts.error.fields");
        }
        if (affiliation.isEmpty() || affiliation.length() > 200) {
            problems.put("affiliation", "experts.error.affiliation");
        }
        if (!affiliationCreditCode.isEmpty() && !CreditCode.isValid(affiliationCreditCode)) {
            problems.put("affiliationCreditCode", "experts.error.creditCode");
        }
        if (!region.isEmpty() && Region.ofCode(region).isEmpty()) {
            problems.put("region", "experts.error.region");
        }
        if (activeFrom != null && activeUntil != null && activeUntil.isBefore(activeFrom)) {
            problems.put("activeUntil", "experts.error.period");
        }
        return problems;
    }

    static ExpertBody of(Expert e) {
        return new ExpertBody(e.username(), null, e.name(), e.fields(), e.affiliation(), e.affiliationCreditCode(),
                e.region(), e.activeFrom(), e.activeUntil());
    }

    Expert expert() {
        return new Expert(username, name, fields, affiliation, blankToNull(affiliationCreditCode), blankToNull(region),
                activeFrom, activeUntil);
    }

    /** Leaves the password out, so that a logged body never shows it. */
    @Override
    public String toString() {
        return "ExpertBody[username=" + username + ", fields=" + fields + "]";
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
