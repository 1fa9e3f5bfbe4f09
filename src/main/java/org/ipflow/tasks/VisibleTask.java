package org.ipflow.tasks;

import java.util.List;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.TaskDecisions;

/** A task the caller may work, and whether it is a review step, both from one read of the task and of its links. */
record VisibleTask(Task task, boolean reviewStep) {

    /** A review step: one of the task's candidate groups is a reviewer or expert group. */
    static boolean reviewStep(List<IdentityLink> links) {
        return links.stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                && link.getGroupId() != null && TaskDecisions.reviewGroup(link.getGroupId()));
    }
}
