package org.ipflow.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.ipflow.shared.Region;
import org.springframework.stereotype.Service;

/**
 * The administrator's list of users: staff or enterprise users, searched by id or name, a page at a time,
 * with their roles, regions and state. Reads Camunda's identity store (a native query, since its user query
 * cannot say "id or name" nor "not in a group") and {@code account_state}. Never reads a password hash out.
 */
@Service
class StaffDirectory {

    static final int PAGE_SIZE = 20;

    /** One user as the pages show it. */
    record UserRow(String id, String firstName, String lastName, String email, List<String> roles,
            List<Region> regions, AccountState state) {

        public boolean enterprise() {
            return roles.contains(Roles.ENTERPRISE);
        }

        /** Family name first in Chinese, as Chinese names are written; given name first in English. */
        public String name(String language) {
            String first = firstName == null ? "" : firstName;
            String last = lastName == null ? "" : lastName;
            return "en".equals(language) ? (first + " " + last).strip() : last + first;
        }

        public List<String> regionCodes() {
            return regions.stream().map(Region::code).toList();
        }
    }

    record UserPage(List<UserRow> rows, int page, boolean hasNext) {
    }

    private static final String SEARCH = "select U.* from ACT_ID_USER U where (lower(U.ID_) like #{q} escape '!' "
            + "or lower(U.FIRST_) like #{q} escape '!' or lower(U.LAST_) like #{q} escape '!') and %s exists "
            + "(select 1 from ACT_ID_MEMBERSHIP M where M.USER_ID_ = U.ID_ and M.GROUP_ID_ = #{enterprise}) "
            + "order by U.ID_";

    private final IdentityService identity;
    private final AccountStates states;

    StaffDirectory(IdentityService identity, AccountStates states) {
        this.identity = identity;
        this.states = states;
    }

    UserPage search(String text, boolean enterprises, int page) {
        long from = (long) Math.max(0, page) * PAGE_SIZE;
        if (from > Integer.MAX_VALUE - PAGE_SIZE - 1) {
            // Far past any last page (and past what an int offset holds): empty, like every page after the last.
            return new UserPage(List.of(), page, false);
        }
        // One more than a page tells whether there is a next one, without counting.
        List<User> users = identity.createNativeUserQuery().sql(SEARCH.formatted(enterprises ? "" : "not"))
                .parameter("q", "%" + escapeLike(text) + "%").parameter("enterprise", Roles.ENTERPRISE)
                .listPage((int) from, PAGE_SIZE + 1);
        Map<String, AccountState> found = states.findAll(users.stream().map(User::getId).toList());
        List<UserRow> rows = users.stream().limit(PAGE_SIZE)
                .map(u -> row(u, found.getOrDefault(u.getId(), AccountState.ACTIVE))).toList();
        return new UserPage(rows, Math.max(0, page), users.size() > PAGE_SIZE);
    }

    Optional<UserRow> find(String id) {
        User user = identity.createUserQuery().userId(id).singleResult();
        return Optional.ofNullable(user).map(u -> row(u, states.find(u.getId())));
    }

    private UserRow row(User user, AccountState state) {
        List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream()
                .map(Group::getId).toList();
        List<String> roles = Roles.ALL.stream().filter(groups::contains).toList();
        List<Region> regions = Arrays.stream(Region.values())
                .filter(r -> groups.contains(r.reviewerGroup())).toList();
        return new UserRow(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(), roles, regions,
                state);
    }

    private static String escapeLike(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return plain.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
