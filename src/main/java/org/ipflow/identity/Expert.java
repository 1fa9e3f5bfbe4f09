package org.ipflow.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * An expert of the pool (专家库): a user of the role {@code expert} with fields of expertise (free tags; the
 * release's programmes draw experts tagged with their key), an affiliation and its credit code where it has
 * one, a region, and the period in which the expert may be drawn.
 */
public record Expert(String username, String name, List<String> fields, String affiliation,
        String affiliationCreditCode, String region, LocalDate activeFrom, LocalDate activeUntil) {

    public Expert {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Whether the expert may be drawn on this day: inside the active period, where one is set. */
    public boolean activeOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeUntil == null || !day.isAfter(activeUntil));
    }

    public boolean hasField(String field) {
        return fields.contains(field);
    }
}
