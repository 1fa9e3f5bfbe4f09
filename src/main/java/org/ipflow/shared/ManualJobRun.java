package org.ipflow.shared;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who runs a job by hand, and why, while it runs. The engine runs such a job on the caller's thread
 * ({@code ManagementService.executeJob}), so the building blocks of the steps it reaches can tell an
 * administrator's early run from a timer that came due, and say so on the timeline: a notice ended early
 * is not a notice whose period is over.
 */
@Component
public class ManualJobRun {

    /** The administrator who runs the job and the reason they gave. */
    public record Run(String actor, String reason) {
    }

    private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();

    /** Does {@code work} as {@code actor}'s run for {@code reason}; what it reaches sees them in {@link #current()}. */
    public void during(String actor, String reason, Runnable work) {
        Run outer = CURRENT.get();
        CURRENT.set(new Run(actor, reason));
        try {
            work.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The run by hand this thread is doing, if any. */
    public Optional<Run> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
