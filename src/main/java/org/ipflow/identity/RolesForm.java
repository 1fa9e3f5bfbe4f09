package org.ipflow.identity;

import java.util.List;
import java.util.stream.Stream;
import org.ipflow.shared.Region;
import org.springframework.validation.Errors;

/** The roles and regions of a staff user, as the checkboxes and the region list send them. */
record RolesForm(List<String> roles, List<String> regions) {

    /** The roles an administrator gives here; enterprise users come only from registration. */
    static final List<String> ASSIGNABLE = List.of(Roles.REVIEWER, Roles.FINANCE, Roles.APPROVER, Roles.ADMIN);

    RolesForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    static void check(List<String> roles, List<String> regions, Errors errors) {
        if (roles.isEmpty()) {
            errors.rejectValue("roles", "admin.users.error.noRole");
        } else if (!ASSIGNABLE.containsAll(roles)) {
            errors.rejectValue("roles", "admin.users.error.unknownRole");
        }
        if (regions.stream().anyMatch(code -> Region.ofCode(code).isEmpty())) {
            errors.rejectValue("regions", "admin.users.error.unknownRegion");
        } else if (!regions.isEmpty() && !roles.contains(Roles.REVIEWER)) {
            errors.rejectValue("regions", "admin.users.error.regionsWithoutReviewer");
        }
    }

    void check(Errors errors) {
        check(roles, regions, errors);
    }

    /** The Camunda groups these roles and regions mean; only for a form that passed {@link #check}. */
    List<String> groups() {
        return Stream.concat(roles.stream().distinct(),
                regions.stream().distinct().map(code -> Region.ofCode(code).orElseThrow().reviewerGroup())).toList();
    }
}
