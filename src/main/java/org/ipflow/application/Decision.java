package org.ipflow.application;

import java.time.Instant;
import java.util.Locale;
import org.ipflow.shared.Bilingual;

/**
 * One entry of an application's timeline: who decided what, when and why. {@code comment} is the text as
 * written (a person's own words, or the Chinese of what IPFlow or a model wrote); {@code commentEn} the
 * English of what IPFlow or a model wrote, null for a person's words. {@code onBehalfOf} names the absent
 * colleague a substitute decided for.
 */
public record Decision(long id, long applicationId, String taskId, String stepKey, String stepName, String actor,
        Instant decidedAt, String decision, String comment, String commentEn, String details, String onBehalfOf) {

    /**
     * The same entry for a reader: its step named (see {@link Timeline#forReader}) and its comment in the
     * reader's language where it has one in that language.
     */
    public Decision forReader(String name, Locale locale) {
        return new Decision(id, applicationId, taskId, stepKey, name, actor, decidedAt, decision,
                new Bilingual(comment, commentEn).in(locale), commentEn, details, onBehalfOf);
    }
}
