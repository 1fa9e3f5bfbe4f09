package org.ipflow.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.ExpertScoring;
import org.ipflow.application.TaskDecisions;
import org.ipflow.shared.LikePattern;
import org.ipflow.shared.StepNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox, the read model of the work waiting for a user: the tasks they hold or may claim, filtered,
 * ordered, paged and counted in the database by SQL over the engine's task tables, and exported in the
 * same order. It only reads; claiming and completing are {@link ProcessTasks}'s and {@link TaskCompletion}'s.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

    private static final String TASK_TABLE = "ACT_RU_TASK";

    private final TaskService tasks;
    private final TaskDecisions duties;
    private final StepNames stepNames;
    private final WorkItems workItems;
    private final ExpertScoring scoring;
    private final Absences absences;

    Inbox(TaskService tasks, TaskDecisions duties, StepNames stepNames, WorkItems workItems, ExpertScoring scoring,
            Absences absences) {
        this.absences = absences;
        this.tasks = tasks;
        this.scoring = scoring;
        this.duties = duties;
        this.stepNames = stepNames;
        this.workItems = workItems;
    }

    /** The first page of the inbox, in the filter's order. */
    public List<WorkItem> firstPage(Authentication user, InboxFilter filter) {
        return page(user, filter, 0, InboxPage.DEFAULT_SIZE).items();
    }

    /**
     * One page of the tasks the user may work: assigned to them, or unassigned with one of their groups as
     * candidate. One SQL query (and one count) over the engine's task table joined with IPFlow's
     * {@code application} table, so that the region filter, the order and the paging all happen in the
     * database, however many tasks there are.
     */
    public InboxPage page(Authentication user, InboxFilter filter, int page, int size) {
        return page(user, filter, page, size, InboxPage.COUNT_LIMIT);
    }

    InboxPage page(Authentication user, InboxFilter filter, int page, int size, int countUpTo) {
        int pageSize = InboxPage.boundedSize(size);
        int pageNumber = Math.max(0, page);
        Map<String, Object> parameters = new java.util.HashMap<>();
        String where = conditions(user, filter, parameters);
        String order = order(filter);
        // In long: a page number near Integer.MAX_VALUE (a client's choice) must not wrap round to a negative row.
        long first = (long) pageNumber * pageSize;
        // Counted only up to a bound past the page asked for: an exact count of ten thousand open tasks costs
        // more than the page itself, and nobody pages through them (lists show "more than N").
        long countLimit = Math.max(countUpTo, first + 2L * pageSize);
        var count = tasks.createNativeTaskQuery().sql("select count(*) from (select RES.ID_ from " + TASK_TABLE + " RES"
                + where + " fetch first " + (countLimit + 1) + " rows only) C");
        var list = tasks.createNativeTaskQuery().sql("select RES.* from " + TASK_TABLE + " RES" + where + order);
        parameters.forEach((name, value) -> {
            count.parameter(name, value);
            list.parameter(name, value);
        });
        long counted = count.count();
        // No inbox has two billion tasks: a page past that is empty, as any page past the last one is.
        List<Task> found = counted == 0 || first > Integer.MAX_VALUE - pageSize ? List.of()
                : list.listPage((int) first, pageSize);
        return new InboxPage(workItems.of(found, false), Math.min(counted, countLimit), counted > countLimit,
                pageNumber, pageSize);
    }

    /**
     * The first {@code limit} tasks of the user's inbox in the filter's order, for its export: the page's
     * conditions and order, so that the file holds exactly the tasks the inbox shows, however many pages.
     */
    public List<WorkItem> upTo(Authentication user, InboxFilter filter, int limit) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        String where = conditions(user, filter, parameters);
        var list = tasks.createNativeTaskQuery().sql("select RES.* from " + TASK_TABLE + " RES" + where + order(filter));
        parameters.forEach(list::parameter);
        List<Task> found = list.listPage(0, limit);
        List<WorkItem> items = new java.util.ArrayList<>(found.size());
        // Joined with the applications a thousand tasks at a time: one IN list per thousand, not per export.
        for (int from = 0; from < found.size(); from += 1000) {
            items.addAll(workItems.of(found.subList(from, Math.min(found.size(), from + 1000)), false));
        }
        return items;
    }

    /**
     * The user-task steps of the given processes' latest versions, by id, for the inbox's step filter; named
     * in the reader's language.
     */
    public Map<String, String> steps(java.util.Collection<String> processKeys) {
        Map<String, String> steps = new java.util.TreeMap<>();
        for (String key : processKeys) {
            String definitionId = stepNames.latestDefinitionId(key);
            if (definitionId != null) {
                stepNames.userTasks(definitionId, LocaleContextHolder.getLocale()).forEach(steps::putIfAbsent);
            }
        }
        return steps;
    }

    private static String order(InboxFilter filter) {
        return filter.sort() == InboxFilter.Sort.AGE
                ? " order by RES.CREATE_TIME_ asc, RES.ID_ asc"
                : " order by RES.DUE_DATE_ asc nulls last, RES.ID_ asc"; // the order of InboxIndex
    }

    private String conditions(Authentication user, InboxFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(
                " join application A on A.process_instance_id = RES.PROC_INST_ID_ where RES.SUSPENSION_STATE_ = 1");
        // Assigned to the user, or to a colleague away today for whom the user stands in.
        StringBuilder holders = new StringBuilder("#{user}");
        parameters.put("user", user.getName());
        int n = 0;
        for (String absent : absences.coveredBy(user.getName()).keySet()) {
            holders.append(", #{absent").append(n).append('}');
            parameters.put("absent" + n++, absent);
        }
        List<String> groups = ProcessTasks.groups(user);
        if (groups.isEmpty()) {
            where.append(" and RES.ASSIGNEE_ in (").append(holders).append(')');
        } else {
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < groups.size(); i++) {
                in.append(i == 0 ? "" : ", ").append("#{g").append(i).append('}');
                parameters.put("g" + i, groups.get(i));
            }
            where.append(" and (RES.ASSIGNEE_ in (").append(holders).append(") or (RES.ASSIGNEE_ is null and exists (select 1 from ")
                    .append("ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' ")
                    .append("and I.GROUP_ID_ in (").append(in).append("))))");
        }
        // A review task its application's other reviewer may not take is not offered to them, nor a scoring task
        // of a round they scored.
        where.append(duties.inboxCondition(parameters)).append(scoring.inboxCondition());
        if (filter.programme() != null) {
            where.append(" and RES.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = #{programme})");
            parameters.put("programme", filter.programme());
        }
        if (filter.step() != null) {
            where.append(" and RES.TASK_DEF_KEY_ = #{step}");
            parameters.put("step", filter.step());
        }
        if (filter.region() != null) {
            where.append(" and A.region = #{region}");
            parameters.put("region", filter.region());
        }
        if (filter.search() != null) {
            // A part of the number, of the title or of the enterprise's name, or its credit code; % and _ typed by
            // the user match themselves.
            String literal = LikePattern.literal(filter.search());
            where.append(" and (upper(A.number) like #{number} escape '\\' or lower(A.title) like #{title} escape '\\'")
                    .append(" or A.enterprise_id in (select E.id from enterprise E where E.credit_code = #{code}")
                    .append(" or lower(E.name) like #{title} escape '\\'))");
            parameters.put("number", "%" + literal.toUpperCase(java.util.Locale.ROOT) + "%");
            parameters.put("title", "%" + literal.toLowerCase(java.util.Locale.ROOT) + "%");
            parameters.put("code", filter.search().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.overdueOnly()) {
            where.append(" and RES.DUE_DATE_ < #{now}");
            parameters.put("now", java.util.Date.from(Instant.now()));
        }
        return where.toString();
    }
}
