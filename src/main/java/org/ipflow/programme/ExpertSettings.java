package org.ipflow.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * A programme's expert review, which the building block {@code drawExpertDelegate} reads where the model sets
 * nothing: the fields experts are drawn from, how many experts review an application, whether experts of the
 * applicant's region are left out, the days an expert has to declare, and how far a score may lie from the
 * median of its step before the approver is warned.
 */
public record ExpertSettings(List<String> fields, int experts, boolean regionRecusal, int acceptDays,
        BigDecimal dispersionThreshold) {

    public ExpertSettings {
        fields = List.copyOf(fields);
    }

    /** What a programme without settings of its own gets: experts tagged with its key, as the release's models do. */
    public static ExpertSettings defaults(String programmeKey, BigDecimal dispersionThreshold) {
        return new ExpertSettings(List.of(programmeKey), 3, false, 3, dispersionThreshold);
    }

    /** The time to declare as an ISO-8601 duration, as the model's timer and due date read it. */
    public String acceptWithin() {
        return "P" + acceptDays + "D";
    }
}
