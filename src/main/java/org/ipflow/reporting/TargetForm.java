package org.ipflow.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * What the administrator enters for one indicator of the plan: the target and the plan's years, as
 * typed. Text, checked here and converted by {@link #value()} and {@link #years()}, so that whatever was
 * typed comes back with its message instead of failing the binding.
 */
record TargetForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "\\d{1,14}(\\.\\d{1,2})?", message = "{targets.value.invalid}")
        String targetValue,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "20\\d\\d|2100", message = "{targets.year.invalid}")
        String fromYear,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "20\\d\\d|2100", message = "{targets.year.invalid}")
        String toYear) {

    /** A plan spans a few years; more than ten is a typing mistake. */
    static final int LONGEST_PLAN = 10;

    static TargetForm of(PlanTargets.Target target, int currentYear) {
        return target == null ? new TargetForm("", String.valueOf(currentYear), String.valueOf(currentYear + 4))
                : new TargetForm(target.value().stripTrailingZeros().toPlainString(), String.valueOf(target.fromYear()),
                        String.valueOf(target.toYear()));
    }

    BigDecimal value() {
        return new BigDecimal(targetValue);
    }

    int from() {
        return Integer.parseInt(fromYear);
    }

    int to() {
        return Integer.parseInt(toYear);
    }

    YearWindow years() {
        return new YearWindow(from(), to());
    }
}
