package org.ipflow.application.receipt;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ipflow.application.Application;
import org.ipflow.application.internal.ApplicationProcess;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.QueryCodes;
import org.ipflow.shared.ClientQuotas;
import org.ipflow.shared.StepNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress look-up without login: the number and the query code of a receipt give the status and the
 * current step, nothing else. Each look-up, right or wrong, takes a slot of the client's quota first
 * ({@link ClientQuotas}, shared by every node), so that codes cannot be tried at speed.
 */
@Service
public class PublicProgress {

    static final int MAX_PER_HOUR = 30;

    private final ApplicationRepository applications;
    private final QueryCodes codes;
    private final ApplicationProcess process;
    private final StepNames stepNames;
    private final ClientQuotas quotas;

    PublicProgress(ApplicationRepository applications, QueryCodes codes, ApplicationProcess process,
            StepNames stepNames, ClientQuotas quotas) {
        this.applications = applications;
        this.codes = codes;
        this.process = process;
        this.stepNames = stepNames;
        this.quotas = quotas;
    }

    /** What anyone with the receipt may know; {@code step} is null when the application waits in no task. */
    public record Progress(String number, String programme, String status, String step, Instant updatedAt) {
    }

    /** Too many look-ups from one client; {@code retryAfter} says when the next one is free. */
    static class TooManyLookups extends RuntimeException {

        final Duration retryAfter;

        TooManyLookups(Duration retryAfter) {
            super("too many progress look-ups", null, false, false);
            this.retryAfter = retryAfter;
        }
    }

    /**
     * The quota's slot commits in its own transaction (so a refused look-up still counts); the look-up then
     * reads without one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Progress> lookup(String number, String code, String client, Locale locale) {
        // Without both halves nothing can be tried, so nothing is counted (and such a GET writes nothing).
        if (number == null || number.isBlank() || code == null || code.isBlank()) {
            return Optional.empty();
        }
        quotas.take("progress", client, MAX_PER_HOUR, Duration.ofHours(1)).ifPresent(wait -> {
            throw new TooManyLookups(wait);
        });
        if (number.length() > 40) {
            return Optional.empty();
        }
        return applications.findByNumber(number.strip())
                .filter(a -> codes.matches(a.id(), code))
                .map(a -> new Progress(a.number(), a.programmeKey(), a.status().name(), step(a, locale), a.updatedAt()));
    }

    private String step(Application application, Locale locale) {
        String steps = process.openTasks(application).stream()
                .map(t -> stepNames.of(t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName(), locale))
                .distinct().collect(Collectors.joining("、"));
        return steps.isEmpty() ? null : steps;
    }
}
