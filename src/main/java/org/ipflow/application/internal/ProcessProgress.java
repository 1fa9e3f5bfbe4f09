package org.ipflow.application.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.shared.StepNames;
import org.springframework.stereotype.Component;

/**
 * An application's progress in plain words: the steps of its programme's model with what is done, what is
 * current (with its time limit) and what is still to come. What happened comes from the engine's history of
 * this one instance, ordered by when each step last began, so a step taken again after a correction shows
 * where it now stands; then the model's main steps not reached yet (user tasks and sub-processes such as the
 * public notice, in the order of the model's flow). A step only some applications reach (the wait for a correction, an
 * objection's review) shows once reached. A finished application shows only what happened, unless its process
 * still runs (a grant paid on award waits for its project's results report).
 */
@Component
public class ProcessProgress {

    /**
     * One step: {@code state} is {@code done}, {@code current} or {@code waiting} (still to come); {@code due}
     * only when current; {@code enterprise}: the step waits for the enterprise (a correction), not the office.
     */
    public record Step(String step, String name, String state, Instant due, boolean enterprise) {

        public boolean current() {
            return "current".equals(state);
        }
    }

    private static final int MAX_CACHED_MODELS = 100;

    private final HistoryService history;
    private final RepositoryService repository;
    private final StepNames names;
    /**
     * The engine's own parsed model per definition, which never changes: asking the engine for it reads the
     * definition's row on every call, once per application detail.
     */
    private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();

    ProcessProgress(HistoryService history, RepositoryService repository, StepNames names) {
        this.history = history;
        this.repository = repository;
        this.names = names;
    }

    /** {@code openDue}: the due date of each open user task by its step (task definition key). */
    public List<Step> of(Application application, Map<String, Instant> openDue, Locale locale) {
        if (application.processInstanceId() == null) {
            return List.of();
        }
        List<HistoricActivityInstance> happened = history.createHistoricActivityInstanceQuery()
                .processInstanceId(application.processInstanceId()).orderByHistoricActivityInstanceStartTime().asc()
                .list();
        if (happened.isEmpty()) {
            return List.of();
        }
        String definitionId = happened.get(0).getProcessDefinitionId();
        if (models.size() > MAX_CACHED_MODELS) {
            models.clear();
        }
        BpmnModelInstance model = models.computeIfAbsent(definitionId, repository::getBpmnModelInstance);
        Map<String, Step> steps = new LinkedHashMap<>();
        for (HistoricActivityInstance activity : happened) {
            FlowNode node = model.getModelElementById(activity.getActivityId());
            // A step cut short (the application withdrawn, a notice ended by an objection) was not done.
            if (!isStep(node) || activity.isCanceled()) {
                continue;
            }
            boolean open = activity.getEndTime() == null;
            Step earlier = steps.remove(node.getId());
            // Parallel instances of one step (several experts scoring): it is current while any is open.
            boolean current = open || (earlier != null && earlier.current());
            String name = names.of(definitionId, node.getId(), node.getName(), locale);
            steps.put(node.getId(), new Step(node.getId(), name, current ? "current" : "done",
                    current ? due(node, application, openDue) : null, node instanceof ReceiveTask));
        }
        List<Step> progress = new ArrayList<>(steps.values());
        // A paid grant whose project period runs is DISBURSED, a final status, with its results report still to come.
        boolean running = happened.stream().anyMatch(activity -> activity.getEndTime() == null);
        if (!application.status().finished() || running) {
            for (FlowNode node : inFlowOrder(model)) {
                if (isStep(node) && !(node instanceof ReceiveTask) && !steps.containsKey(node.getId())) {
                    progress.add(new Step(node.getId(), names.of(definitionId, node.getId(), node.getName(), locale),
                            "waiting", null, false));
                }
            }
        }
        return progress;
    }

    /**
     * The process's top-level nodes by their distance from its start along the sequence flows (breadth first):
     * the order a reader expects, which the file's order (nor the model API's, grouped by type) need not be.
     */
    private static List<FlowNode> inFlowOrder(BpmnModelInstance model) {
        Deque<FlowNode> next = new ArrayDeque<>();
        model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof Process).forEach(next::add);
        Set<String> seen = new HashSet<>();
        List<FlowNode> ordered = new ArrayList<>();
        while (!next.isEmpty()) {
            FlowNode node = next.poll();
            if (seen.add(node.getId())) {
                ordered.add(node);
                node.getOutgoing().forEach(flow -> next.add(flow.getTarget()));
            }
        }
        return ordered;
    }

    private static boolean isStep(FlowNode node) {
        return node instanceof UserTask || node instanceof ReceiveTask
                || (node instanceof SubProcess sub && !sub.triggeredByEvent());
    }

    /** A review's own due date; the wait for a correction ends at its deadline, the public notice at its end. */
    private static Instant due(FlowNode node, Application application, Map<String, Instant> openDue) {
        if (node instanceof ReceiveTask) {
            // only a correction has a deadline here; a project's results report is due at the end of its period
            return application.status() == ApplicationStatus.RETURNED ? application.correctionDeadline() : null;
        }
        if (node instanceof SubProcess) {
            return application.noticeUntil();
        }
        return openDue.get(node.getId());
    }
}
