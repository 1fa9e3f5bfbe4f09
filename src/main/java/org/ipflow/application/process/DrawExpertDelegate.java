package org.ipflow.application.process;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Random;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.internal.ExpertDraws;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.identity.ExpertPool;
import org.ipflow.shared.ExpertPoolExhausted;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Building block "draw an expert": draws one expert for the application at random from the pool's active
 * experts of the step's {@code field} (default: the programme's key) by the rule of {@link ExpertDraw}, records
 * the draw with its seed, and sets the variable {@code expert} (declare it on the scope of one expert's review,
 * e.g. the multi-instance sub-process, so that each review holds its own). With the input {@code declined}
 * {@code true} it first remembers the current expert's declared conflict with the applicant (reason: the
 * variable {@code comment}); with {@code regionRecusal} {@code true} no expert of the applicant's region is
 * drawn. When nobody is left, {@code expert} is empty and the administrators are told.
 */
@Component("drawExpertDelegate")
public class DrawExpertDelegate implements JavaDelegate {

    /** The variable that names the drawn expert; empty when the pool is exhausted. */
    public static final String EXPERT = "expert";

    private final ExpertPool pool;
    private final ExpertDraws draws;
    private final Enterprises enterprises;
    private final ApplicationEventPublisher events;
    private final Random seeds = new SecureRandom();

    DrawExpertDelegate(ExpertPool pool, ExpertDraws draws, Enterprises enterprises, ApplicationEventPublisher events) {
        this.pool = pool;
        this.draws = draws;
        this.enterprises = enterprises;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        long enterpriseId = ExecutionValues.number(execution, ProcessVariables.ENTERPRISE_ID).longValue();
        Enterprise applicant = enterprises.findById(enterpriseId).orElseThrow();
        String current = Objects.toString(execution.getVariable(EXPERT), "");
        if ("true".equals(ExecutionValues.optionalInput(execution, "declined")) && !current.isBlank()) {
            draws.conflict(current, enterpriseId, Objects.toString(execution.getVariable(ProcessVariables.COMMENT), null));
        }
        String field = Objects.requireNonNullElse(ExecutionValues.optionalInput(execution, "field"),
                ExecutionValues.text(execution, ProcessVariables.PROGRAMME));
        long round = execution.getVariable(ProcessVariables.SCORE_ROUND) instanceof Number n ? n.longValue() : 0;
        ExpertDraw draw = ExpertDraw.of(pool.active(field, LocalDate.now(OfficeTime.ZONE)),
                new ExpertDraw.Applicant(applicant.creditCode(), applicant.region(),
                        new HashSet<>(enterprises.members(enterpriseId)), draws.conflicts(enterpriseId)),
                draws.drawnIn(applicationId, round), "true".equals(ExecutionValues.optionalInput(execution, "regionRecusal")),
                1, seeds.nextLong());
        draws.record(applicationId, round, draw.seed(), draw.candidates(), draw.drawn(), draw.excluded());
        execution.setVariable(EXPERT, draw.drawn().isEmpty() ? "" : draw.drawn().get(0));
        if (draw.drawn().isEmpty()) {
            events.publishEvent(new ExpertPoolExhausted(applicationId, execution.getProcessBusinessKey(), field));
        }
    }
}
