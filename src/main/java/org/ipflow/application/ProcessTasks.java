package org.ipflow.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task façade: the inbox, claim and unclaim. A task belongs only to the groups its candidate
 * groups name; a task held by someone else cannot be taken or completed by another (409).
 * Completion is in {@link TaskCompletion}.
 */
@Service
@Transactional
public class ProcessTasks {

    private static final int LIMIT = 500;
    /** Process variables worth showing on a task page; everything else stays inside the process. */
    static final List<String> FACTS = List.of("meanScore", "recommendedAmount", "noticeUntil", "correctionDeadline");

    private final TaskService tasks;
    private final ApplicationRepository applications;
    private final MessageSource messages;

    ProcessTasks(TaskService tasks, ApplicationRepository applications, MessageSource messages) {
        this.tasks = tasks;
        this.applications = applications;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<WorkItem> inbox(Authentication user, InboxFilter filter) {
        List<Task> found = new ArrayList<>(query(filter).taskAssignee(user.getName()).listPage(0, LIMIT));
        List<String> groups = groups(user);
        if (!groups.isEmpty()) {
            found.addAll(query(filter).taskCandidateGroupIn(groups).listPage(0, LIMIT));
        }
        Comparator<WorkItem> order = filter.sort() == InboxFilter.Sort.AGE
                ? Comparator.comparing(WorkItem::created)
                : Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()));
        return join(found).stream()
                .filter(item -> filter.region() == null || filter.region().equals(item.application().region()))
                .sorted(order.thenComparing(WorkItem::id)).toList();
    }

    /** The task if the user may work it (assignee or member of a candidate group), else not found. */
    @Transactional(readOnly = true)
    public WorkItem get(Authentication user, String taskId) {
        Task task = visibleTask(user, taskId);
        return join(List.of(task)).stream().findFirst().orElseThrow(() -> new ApplicationNotFound(taskId));
    }

    public WorkItem claim(Authentication user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getName())) {
            throw heldBy(task.getAssignee());
        }
        try {
            tasks.claim(taskId, user.getName());
        } catch (TaskAlreadyClaimedException e) {
            throw heldBy(e.getTaskAssignee());
        } catch (OptimisticLockingException e) {
            // Another claim committed between our read and our write: say who holds the task now.
            Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
            throw heldBy(now == null || now.getAssignee() == null ? "?" : now.getAssignee());
        }
        return get(user, taskId);
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

    Task visibleTask(Authentication user, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new ApplicationNotFound(taskId);
        }
        if (user.getName().equals(task.getAssignee())) {
            return task;
        }
        List<String> groups = groups(user);
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId()));
        if (!candidate) {
            throw new ApplicationNotFound(taskId);
        }
        return task;
    }

    StateConflict heldBy(String assignee) {
        return new StateConflict(messages.getMessage("task.error.heldBy", new Object[] {assignee},
                LocaleContextHolder.getLocale()));
    }

    private TaskQuery query(InboxFilter filter) {
        TaskQuery query = tasks.createTaskQuery().active().initializeFormKeys();
        if (filter.programme() != null) {
            query.processDefinitionKey(filter.programme());
        }
        if (filter.step() != null) {
            query.taskDefinitionKey(filter.step());
        }
        if (filter.overdueOnly()) {
            query.dueBefore(java.util.Date.from(Instant.now()));
        }
        return filter.sort() == InboxFilter.Sort.AGE ? query.orderByTaskCreateTime().asc() : query.orderByDueDate().asc();
    }

    private List<WorkItem> join(List<Task> found) {
        Map<String, Application> byProcess = applications.findByProcessInstances(found.stream()
                        .map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Application::processInstanceId, Function.identity()));
        return found.stream().filter(t -> byProcess.containsKey(t.getProcessInstanceId()))
                .map(t -> new WorkItem(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getProcessInstanceId(),
                        formKey(t), t.getAssignee(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
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
