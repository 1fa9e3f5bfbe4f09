package org.ipflow.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events whose e-mails and SMS an administrator may word (the message's code in the bundles), each with the
 * names of its placeholders in the order of the message's arguments: {@code {number}} stands where the bundle has
 * {@code {0}}. Step names come twice, in Chinese ({@code {step}}) and English ({@code {stepEn}}), as the process
 * names them; a template uses the one of its language.
 */
final class TemplateEvents {

    private static final List<String> NUMBER = List.of("number");
    private static final Map<String, List<String>> EVENTS = new LinkedHashMap<>();

    static {
        for (String status : List.of("IN_REVIEW", "APPROVED", "PUBLIC_NOTICE", "DISBURSED", "CERTIFIED",
                "REJECTED", "WITHDRAWN", "ACCEPTED", "RECOVERED")) {
            EVENTS.put("notification.status." + status, NUMBER);
        }
        EVENTS.put("outbox.submitted", List.of("number", "queryCode", "progressUrl", "receiptUrl"));
        EVENTS.put("outbox.returned", List.of("number", "request", "deadline"));
        EVENTS.put("notification.message", List.of("number", "message"));
        EVENTS.put("reminder.correction", List.of("number", "deadline"));
        EVENTS.put("reminder.call", List.of("number", "closes"));
        EVENTS.put("reminder.certificate", List.of("certificate", "expires"));
        EVENTS.put("notification.newTask", List.of("number", "step", "stepEn"));
        EVENTS.put("notification.objectionFiled", List.of("number", "step", "stepEn"));
        EVENTS.put("notification.transferred", List.of("number", "step", "stepEn", "from", "note"));
        EVENTS.put("notification.reminder", List.of("number", "step", "stepEn", "from", "days"));
        EVENTS.put("notification.escalation", List.of("number", "step", "stepEn", "days"));
        EVENTS.put("digest.tasks", List.of("dueTomorrow", "overdue"));
        EVENTS.put("notification.uncoveredTask", List.of("number", "step", "stepEn", "groups"));
        EVENTS.put("notification.expertPoolExhausted", List.of("number", "field"));
    }

    private TemplateEvents() {
    }

    static Set<String> codes() {
        return EVENTS.keySet();
    }

    static boolean known(String event) {
        return EVENTS.containsKey(event);
    }

    /** The placeholder names of a known event, in the order of its arguments. */
    static List<String> placeholders(String event) {
        return EVENTS.getOrDefault(event, List.of());
    }
}
