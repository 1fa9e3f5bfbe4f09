package org.ipflow.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.ApplicationRepository;
import org.ipflow.application.SeparationOfDuties;
import org.ipflow.application.StateConflict;
import org.ipflow.identity.SecurityAudit;
import org.ipflow.shared.StepNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task façade: the inbox, claim and unclaim. A task belongs only to the groups its candidate
 * groups name; a task held by someone else cannot be taken or completed by another (409), nor one that
 * someone else has just completed (409, naming who).
 * Completion is in {@link TaskCompletion}.
 */
@Service
@Transactional
public class ProcessTasks {

    /** Process variables worth showing on a task page; everything else stays inside the process. */
    static final List<String> FACTS = List.of("meanScore", "recommendedAmount", "noticeUntil", "correctionDeadline");

    private final TaskService tasks;
    private final ApplicationRepository applications;
    private final MessageSource messages;
    private final SecurityAudit audit;
    private final HistoryService history;
    private final StepNames stepNames;
    private final SeparationOfDuties duties;

    ProcessTasks(TaskService tasks, ApplicationRepository applications, MessageSource messages, SecurityAudit audit,
            HistoryService history, StepNames stepNames, SeparationOfDuties duties) {
        this.tasks = tasks;
        this.duties = duties;
        this.stepNames = stepNames;
        this.history = history;
        this.applications = applications;
        this.messages = messages;
        this.audit = audit;
    }

    /** The first page of the inbox, in the filter's order. */
    @Transactional(readOnly = true)
    public List<WorkItem> inbox(Authentication user, InboxFilter filter) {
        return inbox(user, filter, 0, InboxPage.DEFAULT_SIZE).items();
    }

    /**
     * One page of the tasks the user may work: assigned to them, or unassigned with one of their groups as
     * candidate. One SQL query (and one count) over the engine's task table joined with IPFlow's
     * {@code application} table, so that the region filter, the order and the paging all happen in the
     * database, however many tasks there are.
     */
    @Transactional(readOnly = true)
    public InboxPage inbox(Authentication user, InboxFilter filter, int page, int size) {
        return inbox(user, filter, page, size, InboxPage.COUNT_LIMIT);
    }

    @Transactional(readOnly = true)
    InboxPage inbox(Authentication user, InboxFilter filter, int page, int size, int countUpTo) {
        int pageSize = InboxPage.boundedSize(size);
        int pageNumber = Math.max(0, page);
        Map<String, Object> parameters = new java.util.HashMap<>();
        String where = inboxConditions(user, filter, parameters);
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
        return new InboxPage(join(found, false), Math.min(counted, countLimit), counted > countLimit, pageNumber,
                pageSize);
    }

    /**
     * The first {@code limit} tasks of the user's inbox in the filter's order, for its export: the page's
     * conditions and order, so that the file holds exactly the tasks the inbox shows, however many pages.
     */
    @Transactional(readOnly = true)
    public List<WorkItem> inboxUpTo(Authentication user, InboxFilter filter, int limit) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        String where = inboxConditions(user, filter, parameters);
        var list = tasks.createNativeTaskQuery().sql("select RES.* from " + TASK_TABLE + " RES" + where + order(filter));
        parameters.forEach(list::parameter);
        List<Task> found = list.listPage(0, limit);
        List<WorkItem> items = new java.util.ArrayList<>(found.size());
        // Joined with the applications a thousand tasks at a time: one IN list per thousand, not per export.
        for (int from = 0; from < found.size(); from += 1000) {
            items.addAll(join(found.subList(from, Math.min(found.size(), from + 1000)), false));
        }
        return items;
    }

    private static String order(InboxFilter filter) {
        return filter.sort() == InboxFilter.Sort.AGE
                ? " order by RES.CREATE_TIME_ asc, RES.ID_ asc"
                : " order by RES.DUE_DATE_ asc nulls last, RES.ID_ asc"; // the order of InboxIndex
    }

    private static final String TASK_TABLE = "ACT_RU_TASK";

    private String inboxConditions(Authentication user, InboxFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(
                " join application A on A.process_instance_id = RES.PROC_INST_ID_ where RES.SUSPENSION_STATE_ = 1");
        parameters.put("user", user.getName());
        List<String> groups = groups(user);
        if (groups.isEmpty()) {
            where.append(" and RES.ASSIGNEE_ = #{user}");
        } else {
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < groups.size(); i++) {
                in.append(i == 0 ? "" : ", ").append("#{g").append(i).append('}');
                parameters.put("g" + i, groups.get(i));
            }
            where.append(" and (RES.ASSIGNEE_ = #{user} or (RES.ASSIGNEE_ is null and exists (select 1 from ")
                    .append("ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' ")
                    .append("and I.GROUP_ID_ in (").append(in).append("))))");
        }
        // A review task its application's other reviewer may not take is not offered to them.
        where.append(duties.inboxCondition(parameters));
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
            // A part of the number or of the title; % and _ typed by the user match themselves.
            String literal = ApplicationRepository.likeLiteral(filter.search());
            where.append(" and (upper(A.number) like #{number} escape '\\' or lower(A.title) like #{title} escape '\\')");
            parameters.put("number", "%" + literal.toUpperCase(java.util.Locale.ROOT) + "%");
            parameters.put("title", "%" + literal.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.overdueOnly()) {
            where.append(" and RES.DUE_DATE_ < #{now}");
            parameters.put("now", java.util.Date.from(Instant.now()));
        }
        return where.toString();
    }

    /**
     * The user-task steps of the given processes' latest versions, by id, for the inbox's step filter; named
     * in the reader's language.
     */
    @Transactional(readOnly = true)
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

    /** The task if the user may work it (assignee or member of a candidate group), else not found. */
    @Transactional(readOnly = true)
    public WorkItem get(Authentication user, String taskId) {
        return item(visibleTask(user, taskId));
    }

    /** A task already checked with {@link #visibleTask} with its application (and its form key). */
    WorkItem item(Task task) {
        return join(List.of(task), true).stream().findFirst().orElseThrow(() -> new ApplicationNotFound(task.getId()));
    }

    public WorkItem claim(Authentication user, String taskId) {
        claimVisible(user, visibleTask(user, taskId));
        return get(user, taskId);
    }

    /**
     * Claims a task already checked with {@link #visibleTask}; a conflict names who holds or completed it, or
     * the review step of the same application the user already decided (separation of duties).
     */
    void claimVisible(Authentication user, Task task) {
        String taskId = task.getId();
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getName())) {
            throw heldBy(task.getAssignee());
        }
        duties.check(user.getName(), task, item(task).application(), reviewStep(taskId));
        try {
            tasks.claim(taskId, user.getName());
        } catch (NullValueException e) {
            // Completed by someone else between our read and our claim.
            throw done(taskId).orElseThrow(() -> e);
        } catch (TaskAlreadyClaimedException e) {
            throw heldBy(e.getTaskAssignee());
        } catch (OptimisticLockingException e) {
            // Another claim committed between our read and our write: say who holds the task now.
            Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (now == null) {
                throw done(taskId).orElseGet(() -> heldBy("?"));
            }
            throw heldBy(now.getAssignee() == null ? "?" : now.getAssignee());
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            // A completion committing while we claim can leave the engine half-way through reading it (on H2 the
            // assignment listener then finds no activity): if the task is gone, say who completed it.
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw gone(taskId);
            }
            throw e;
        }
    }

    public WorkItem unclaim(Authentication user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getName())) {
            throw heldBy(task.getAssignee());
        }
        tasks.setAssignee(taskId, null);
        return get(user, taskId);
    }

    /** Figures the process computed that the person deciding needs to see, such as the recommended amount. */
    @Transactional(readOnly = true)
    public Map<String, Object> facts(Authentication user, String taskId) {
        visibleTask(user, taskId);
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        tasks.getVariables(taskId, FACTS).forEach((name, value) -> {
            if (value != null) {
                facts.put(name, value);
            }
        });
        return facts;
    }

    /** The objection an objection-review task examines, if the task is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> objectionId(Authentication user, String taskId) {
        visibleTask(user, taskId);
        return objectionId(taskId);
    }

    /**
     * The review task's input parameter lives on the task's execution, not on the task itself, so it is
     * read through the task's scopes: the nearest is the task's own copy, which a later objection does not
     * overwrite.
     */
    java.util.Optional<Long> objectionId(String taskId) {
        return tasks.getVariable(taskId, "objectionId") instanceof Number id
                ? java.util.Optional.of(id.longValue()) : java.util.Optional.empty();
    }

    Task visibleTask(Authentication user, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw gone(taskId);
        }
        if (user.getName().equals(task.getAssignee())) {
            return task;
        }
        if (!candidate(user, taskId)) {
            // Someone may have completed the task between our two reads: its candidate links go with it, in
            // the same commit. Then the one who comes second learns who decided, as when it was already gone.
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw gone(taskId);
            }
            audit.refused(user.getName(), "task " + taskId);
            throw new ApplicationNotFound(taskId);
        }
        return task;
    }

    /**
     * Why the user may not take this task because they decided another review step of its application
     * (separation of duties), for the task page to say before anything is typed; empty when they may.
     */
    public Optional<String> dutyConflict(Authentication user, String taskId) {
        Task task = visibleTask(user, taskId);
        try {
            duties.check(user.getName(), task, item(task).application(), reviewStep(taskId));
            return Optional.empty();
        } catch (StateConflict refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** Whether the task is a review step: one of its candidate groups is a reviewer or expert group. */
    boolean reviewStep(String taskId) {
        try {
            return tasks.getIdentityLinksForTask(taskId).stream().anyMatch(link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                            && SeparationOfDuties.reviewGroup(link.getGroupId()));
        } catch (NullValueException completedMeanwhile) {
            throw gone(taskId);
        }
    }

    private boolean candidate(Authentication user, String taskId) {
        List<String> groups = groups(user);
        try {
            return tasks.getIdentityLinksForTask(taskId).stream().anyMatch(link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId()));
        } catch (NullValueException completedMeanwhile) {
            return false;
        }
    }

    /** The answer for a task that no longer runs: 409 naming who completed it, or not found. */
    private RuntimeException gone(String taskId) {
        return done(taskId).<RuntimeException>map(conflict -> conflict).orElseGet(() -> new ApplicationNotFound(taskId));
    }

    /** A conflict naming who completed the task, if it was a task and is completed. */
    private java.util.Optional<StateConflict> done(String taskId) {
        return java.util.Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult()).map(t -> new StateConflict(messages.getMessage("task.error.done",
                        new Object[] {t.getAssignee() == null ? "?" : t.getAssignee()}, LocaleContextHolder.getLocale())));
    }

    StateConflict heldBy(String assignee) {
        return new StateConflict(messages.getMessage("task.error.heldBy", new Object[] {assignee},
                LocaleContextHolder.getLocale()));
    }

    /**
     * Tasks with their applications, named in the reader's language; form keys only when the query
     * initialised them (not the inbox's).
     */
    private List<WorkItem> join(List<Task> found, boolean withFormKeys) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        Map<String, Application> byProcess = applications.findByProcessInstances(found.stream()
                        .map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Application::processInstanceId, Function.identity()));
        return found.stream().filter(t -> byProcess.containsKey(t.getProcessInstanceId()))
                .map(t -> new WorkItem(t.getId(),
                        stepNames.of(t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName(), locale),
                        t.getTaskDefinitionKey(), t.getProcessInstanceId(),
                        withFormKeys ? formKey(t) : null, t.getAssignee(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        t.getCreateTime().toInstant(), byProcess.get(t.getProcessInstanceId())))
                .distinct().toList();
    }

    static String formKey(Task task) {
        if (task.getCamundaFormRef() != null) {
            return task.getCamundaFormRef().getKey();
        }
        return task.getFormKey();
    }

    static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
