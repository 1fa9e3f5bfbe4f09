package org.ipflow.application.process;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.internal.ExpertDraws;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.identity.Expert;
import org.ipflow.identity.ExpertPool;
import org.ipflow.programme.ExpertSettings;
import org.ipflow.programme.ProgrammeExpertSettings;
import org.ipflow.shared.ExpertPoolExhausted;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Building block "draw an expert": draws one expert for the application at random from the pool's active
 * experts of the step's {@code field} (default: the programme's expert settings' fields, see
 * {@link ProgrammeExpertSettings}) by the rule of {@link ExpertDraw}, records
 * the draw with its seed, and sets the variable {@code expert} (declare it on the scope of one expert's review,
 * e.g. the multi-instance sub-process, so that each review holds its own). With the input {@code declined}
 * {@code true} it first remembers the current expert's declared conflict with the applicant (reason: the
 * variable {@code comment}); with {@code regionRecusal} {@code true} (default: the programme's setting) no expert
 * of the applicant's region is drawn. It sets {@code acceptWithin}, the programme's time to declare, for the
 * model's timer. When nobody is left, {@code expert} is empty and the administrators are told.
 */
@Component("drawExpertDelegate")
public class DrawExpertDelegate implements JavaDelegate {

    /** The variable that names the drawn expert; empty when the pool is exhausted. */
    public static final String EXPERT = "expert";
    /** The variable that holds the programme's time to declare, for the model's timer and due date. */
    public static final String ACCEPT_WITHIN = "acceptWithin";

    private final ExpertPool pool;
    private final ExpertDraws draws;
    private final Enterprises enterprises;
    private final ApplicationEventPublisher events;
    private final ProgrammeExpertSettings programmes;
    private final Random seeds = new SecureRandom();

    DrawExpertDelegate(ExpertPool pool, ExpertDraws draws, Enterprises enterprises, ApplicationEventPublisher events,
            ProgrammeExpertSettings programmes) {
        this.programmes = programmes;
        this.pool = pool;
        this.draws = draws;
        this.enterprises = enterprises;
        this.events = events;
    }

    private static <T> Predicate<T> distinctBy(Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        return item -> seen.add(key.apply(item));
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
        ExpertSettings settings = programmes.of(ExecutionValues.text(execution, ProcessVariables.PROGRAMME));
        String input = ExecutionValues.optionalInput(execution, "field");
        List<String> fields = input != null ? List.of(input) : settings.fields();
        String recusal = ExecutionValues.optionalInput(execution, "regionRecusal");
        long round = execution.getVariable(ProcessVariables.SCORE_ROUND) instanceof Number n ? n.longValue() : 0;
        LocalDate today = LocalDate.now(OfficeTime.ZONE);
        ExpertDraw draw = ExpertDraw.of(fields.stream().flatMap(f -> pool.active(f, today).stream())
                        .filter(distinctBy(Expert::username)).toList(),
                new ExpertDraw.Applicant(applicant.creditCode(), applicant.region(),
                        new HashSet<>(enterprises.members(enterpriseId)), draws.conflicts(enterpriseId)),
                draws.drawnIn(applicationId, round), recusal != null ? "true".equals(recusal) : settings.regionRecusal(),
                1, seeds.nextLong());
        execution.setVariable(ACCEPT_WITHIN, settings.acceptWithin());
        String field = String.join(",", fields);
        draws.record(applicationId, round, draw.seed(), draw.candidates(), draw.drawn(), draw.excluded());
        execution.setVariable(EXPERT, draw.drawn().isEmpty() ? "" : draw.drawn().get(0));
        if (draw.drawn().isEmpty()) {
            events.publishEvent(new ExpertPoolExhausted(applicationId, execution.getProcessBusinessKey(), field));
        }
    }
}
