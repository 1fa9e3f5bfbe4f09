package org.ipflow.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ipflow.shared.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who can take the tasks of a candidate group: its active members (in the group and not disabled). A group
 * without any is a step nobody can take, which the operations page lists; the users page shows each
 * region's reviewers the same way.
 */
@Component
public class GroupCoverage {

    /** The transaction's resource key of the answers per new task. */
    private static final Object NEW_TASKS = new Object();

    private final JdbcClient jdbc;

    GroupCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active members of each of the groups, in user id order; a group nobody covers maps to an empty list. */
    public Map<String, List<String>> activeMembers(Collection<String> groups) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        groups.forEach(group -> members.put(group, new ArrayList<>()));
        if (groups.isEmpty()) {
            return members;
        }
        jdbc.sql("select M.GROUP_ID_, M.USER_ID_ from ACT_ID_MEMBERSHIP M left join account_state S "
                        + "on S.username = M.USER_ID_ where M.GROUP_ID_ in (:groups) "
                        + "and (S.disabled is null or S.disabled = false) order by M.USER_ID_")
                .param("groups", Set.copyOf(groups))
                .query(rs -> {
                    members.get(rs.getString(1)).add(rs.getString(2));
                });
        return members;
    }

    /**
     * As {@link #activeMembers}, for those told of a new task while it is created (its e-mail, the alert when
     * nobody can take it): read once per task, in the transaction that creates it.
     */
    @SuppressWarnings("unchecked")
    public Map<String, List<String>> activeMembersForNewTask(String taskId, Collection<String> groups) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return activeMembers(groups);
        }
        Map<String, Map<String, List<String>>> byTask =
                (Map<String, Map<String, List<String>>>) TransactionSynchronizationManager.getResource(NEW_TASKS);
        if (byTask == null) {
            byTask = new HashMap<>();
            TransactionSynchronizationManager.bindResource(NEW_TASKS, byTask);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NEW_TASKS);
                }
            });
        }
        return byTask.computeIfAbsent(taskId + "|" + new TreeSet<>(groups), key -> activeMembers(groups));
    }

    /** Each region with the active reviewers of its regional group, in the order of the regions. */
    public Map<Region, List<String>> regionalReviewers() {
        Map<String, List<String>> byGroup = activeMembers(Arrays.stream(Region.values()).map(Region::reviewerGroup)
                .toList());
        Map<Region, List<String>> byRegion = new LinkedHashMap<>();
        Arrays.stream(Region.values()).forEach(region -> byRegion.put(region, byGroup.get(region.reviewerGroup())));
        return byRegion;
    }

    /** The groups, of those given, that have no active member. */
    public Set<String> uncovered(Collection<String> groups) {
        return activeMembers(groups).entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
