package org.ipflow.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.ipflow.application.internal.DecisionRecords;
import org.ipflow.application.internal.TimelineNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The timeline of applications as other modules write and read it: IPFlow's own record of who decided
 * what, when and why. An entry is written in the caller's transaction, so it commits or rolls back with
 * the step it records. The detail page and "done by me" read from here, not from the engine's history,
 * whose queries for them grow slow with history (see DESIGN.md, speed by design). Entries read for a
 * reader name their step in the reader's language.
 */
@Component
public class Timeline {

    private final DecisionRecords records;
    private final TimelineNames names;
    private final MessageSource messages;

    Timeline(DecisionRecords records, TimelineNames names, MessageSource messages) {
        this.records = records;
        this.names = names;
        this.messages = messages;
    }

    /** Writes the entry in the caller's transaction. */
    public void record(NewDecision entry) {
        records.record(entry);
    }

    /** One application's entries, oldest first, named in the locale. */
    public List<Decision> of(Application application, Locale locale) {
        return names.of(application, records.timeline(application.id()), locale);
    }

    /**
     * The same, named from the process definition the application's process runs on, as a task of that process
     * instance names it; null when the caller knows none (the definition is then read from history).
     */
    public List<Decision> of(Application application, String definitionId, Locale locale) {
        return definitionId == null ? of(application, locale)
                : names.of(definitionId, records.timeline(application.id()), locale);
    }

    /**
     * The entries as the enterprise reads them: experts are anonymous to the applicant (not to the office),
     * so each expert's scores are signed "专家1", "专家2", … in the order the experts first scored; transfers
     * between staff are left out.
     */
    private static final Set<String> DECLARATIONS = Set.of("accept", "decline");

    public List<Decision> withAnonymousExperts(List<Decision> entries, Locale locale) {
        Map<String, String> experts = new HashMap<>();
        // A transfer's note is the office's own business: the applicant sees who decided, not who handed on.
        // An expert's declaration (and a decline's reason) would name or describe the expert: the office's alone.
        return entries.stream().filter(d -> !DecisionKind.TRANSFERRED.value().equals(d.decision()))
                .filter(d -> !DECLARATIONS.contains(d.decision())).map(d -> !DecisionKind.SCORE.value().equals(d.decision()) ? d
                : new Decision(d.id(), d.applicationId(), d.taskId(), d.stepKey(), d.stepName(),
                        experts.computeIfAbsent(d.actor(), actor -> messages.getMessage("timeline.actor.expert",
                                new Object[] {experts.size() + 1}, locale)),
                        d.decidedAt(), d.decision(), d.comment(), d.commentEn(), d.details(), d.onBehalfOf())).toList();
    }

    /** The actor's decisions, newest first, keyset-paged by id (ids grow with time); {@link #forReader} names them. */
    public List<Decision> doneBy(String actor, Long beforeId, int limit) {
        return records.doneBy(actor, beforeId, limit);
    }

    /** Entries of several applications, such as "done by me", named in the locale: one history query for all. */
    public List<Decision> forReader(Collection<Application> applications, List<Decision> entries, Locale locale) {
        return names.of(applications, entries, locale);
    }
}
