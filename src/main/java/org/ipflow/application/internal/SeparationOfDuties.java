package org.ipflow.application.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.Application;
import org.ipflow.application.StateConflict;
import org.ipflow.shared.StepNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One person takes at most one review step of an application: whoever decided its pre-review may not
 * also review it formally, score it, evaluate it on site or judge an objection to it. A review step is a
 * user task for the reviewer groups ({@code reviewer}, {@code reviewer-<region>}) or the experts; the same
 * step again (after a correction) stays theirs. Decided from IPFlow's own decision records, which every
 * completion writes in its transaction, not from the engine's history. Programmes listed in
 * {@code ipflow.separation-of-duties.exempt-programmes} are left out.
 */
@Component
public class SeparationOfDuties {

    private final JdbcClient jdbc;
    private final DutySettings settings;
    private final StepNames stepNames;
    private final MessageSource messages;

    SeparationOfDuties(JdbcClient jdbc, DutySettings settings, StepNames stepNames, MessageSource messages) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.stepNames = stepNames;
        this.messages = messages;
    }

    public static boolean reviewGroup(String group) {
        return "reviewer".equals(group) || group.startsWith("reviewer-") || "expert".equals(group);
    }

    /**
     * Refuses the review task (409) to a user who decided another review step of its application, naming
     * that step.
     */
    public void check(String user, Task task, Application application, boolean reviewStep) {
        if (!reviewStep || !settings.appliesTo(application.programmeKey())) {
            return;
        }
        earlierReview(user, application.id(), task.getTaskDefinitionKey()).ifPresent(step -> {
            var locale = LocaleContextHolder.getLocale();
            throw new StateConflict(messages.getMessage("task.error.separationOfDuties", new Object[] {
                    stepNames.of(task.getProcessDefinitionId(), step.key(), step.name(), locale),
                    stepNames.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(), locale)},
                    locale));
        });
    }

    private Optional<Step> earlierReview(String user, long applicationId, String stepKey) {
        return jdbc.sql("select step_key, step_name from decision_record where application_id = ? and actor = ? "
                        + "and review_step = true and step_key <> ? order by id fetch first 1 rows only")
                .params(applicationId, user, stepKey)
                .query((rs, row) -> new Step(rs.getString("step_key"), rs.getString("step_name"))).optional();
    }

    /**
     * The inbox's condition (on the engine's task {@code RES} joined with {@code application A}) that leaves
     * out unassigned review tasks the user may not take; its parameters are added to {@code parameters}.
     */
    public String inboxCondition(Map<String, Object> parameters) {
        StringBuilder exempt = new StringBuilder();
        List<String> keys = settings.exemptProgrammes();
        for (int i = 0; i < keys.size(); i++) {
            exempt.append(" and A.programme_key <> #{sodExempt").append(i).append('}');
            parameters.put("sodExempt" + i, keys.get(i));
        }
        return " and not (RES.ASSIGNEE_ is null" + exempt
                + " and exists (select 1 from ACT_RU_IDENTITYLINK R where R.TASK_ID_ = RES.ID_ and R.TYPE_ = 'candidate'"
                + " and (R.GROUP_ID_ = 'reviewer' or R.GROUP_ID_ like 'reviewer-%' or R.GROUP_ID_ = 'expert'))"
                + " and exists (select 1 from decision_record D where D.application_id = A.id and D.actor = #{user}"
                + " and D.review_step = true and D.step_key <> RES.TASK_DEF_KEY_))";
    }

    private record Step(String key, String name) {
    }
}
