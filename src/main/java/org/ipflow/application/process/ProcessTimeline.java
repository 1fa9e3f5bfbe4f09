package org.ipflow.application.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.NewDecision;
import org.ipflow.application.internal.DecisionRecords;
import org.ipflow.shared.Money;
import org.ipflow.shared.ShownAmounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the timeline entries of steps no person takes (actor {@link DecisionRecords#SYSTEM}), in the
 * transaction of the step itself, so the timeline never shows a step the engine rolled back. Their text is
 * kept in Chinese and in English (a message of the bundles rendered in both, or a model's two inputs), so
 * that each reader reads it in the language chosen. The text is stored as written, so an amount in it is
 * written as pages show money ({@link ShownAmounts}) when the entry is made, in each language.
 */
@Component
public class ProcessTimeline {

    private final DecisionRecords records;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final ShownAmounts shown;

    ProcessTimeline(DecisionRecords records, ObjectMapper json, MessageSource messages, ShownAmounts shown) {
        this.records = records;
        this.json = json;
        this.messages = messages;
        this.shown = shown;
    }

    /**
     * An entry whose text is the message {@code code} of the bundles; a {@link Money} argument is written
     * as money in each language ({@code 60,000.00 元}, {@code CNY 60,000.00}), any other as given.
     */
    public void record(DelegateExecution execution, long applicationId, DecisionKind kind, String code, Object[] args,
            Map<String, ?> details) {
        record(execution, applicationId, kind, text(code, args, Locale.SIMPLIFIED_CHINESE),
                text(code, args, Locale.ENGLISH), details);
    }

    private String text(String code, Object[] args, Locale locale) {
        Object[] shownArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shownArgs[i] = args[i] instanceof Money amount ? shown.money(amount, locale) : args[i];
        }
        return messages.getMessage(code, shownArgs, locale);
    }

    /** An entry with its text in Chinese and in English (null: none given). */
    public void record(DelegateExecution execution, long applicationId, DecisionKind kind, String comment, String commentEn,
            Map<String, ?> details) {
        String stepName = execution.getCurrentActivityName() == null ? execution.getCurrentActivityId()
                : execution.getCurrentActivityName();
        records.record(NewDecision.bySystem(applicationId, execution.getCurrentActivityId(), stepName, kind)
                .withComment(comment, commentEn)
                .withDetails(details == null || details.isEmpty() ? null : write(details)));
    }

    private String write(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("timeline details cannot be written as JSON", e);
        }
    }
}
