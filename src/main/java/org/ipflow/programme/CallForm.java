package org.ipflow.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call for applications as the administrator types it: names and the opening and closing moments as
 * {@code datetime-local} values in the office's time zone; no closing moment makes an open-ended call;
 * the budget in yuan (at most two decimals), blank for none.
 */
record CallForm(String nameZh, String nameEn, String opensAt, String closesAt, String budget) {

    static CallForm of(Call call) {
        return new CallForm(call.nameZh(), call.nameEn(), local(call.opensAt()), local(call.closesAt()),
                call.budget() == null ? null : call.budget().stripTrailingZeros().toPlainString());
    }

    /** Problems by field (message codes); empty when the call may be stored. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (nameZh == null || nameZh.isBlank() || nameZh.strip().length() > 200) {
            problems.put("nameZh", "programmes.error.required");
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > 200) {
            problems.put("nameEn", "programmes.error.required");
        }
        Instant opens = parse(opensAt);
        if (opens == null) {
            problems.put("opensAt", "calls.error.date");
        }
        if (closesAt != null && !closesAt.isBlank()) {
            Instant closes = parse(closesAt);
            if (closes == null) {
                problems.put("closesAt", "calls.error.date");
            } else if (opens != null && !closes.isAfter(opens)) {
                problems.put("closesAt", "calls.error.order");
            }
        }
        if (budget != null && !budget.isBlank() && amount(budget) == null) {
            problems.put("budget", "calls.error.budget");
        }
        return problems;
    }

    /** The budget typed, or null for none. */
    BigDecimal budgetAmount() {
        return budget == null || budget.isBlank() ? null : amount(budget);
    }

    /** A budget is yuan with at most two decimals, not negative, below a trillion (the column's 14 digits). */
    static BigDecimal amount(String value) {
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            return amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000000000")) >= 0
                    ? null : amount.setScale(2);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Instant opens() {
        return parse(opensAt);
    }

    Instant closes() {
        return closesAt == null || closesAt.isBlank() ? null : parse(closesAt);
    }

    private static Instant parse(String value) {
        try {
            return value == null || value.isBlank() ? null
                    : LocalDateTime.parse(value.strip()).atZone(ProgrammeCalls.OFFICE_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ProgrammeCalls.OFFICE_ZONE).withSecond(0).withNano(0)
                .toString();
    }
}
