package org.ipflow.application;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.ipflow.application.internal.DecisionRecords;
import org.ipflow.application.internal.TimelineNames;
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

    Timeline(DecisionRecords records, TimelineNames names) {
        this.records = records;
        this.names = names;
    }

    /** Writes the entry in the caller's transaction. */
    public void record(NewDecision entry) {
        records.record(entry);
    }

    /** One application's entries, oldest first, named in the locale. */
    public List<Decision> of(Application application, Locale locale) {
        return names.of(application, records.timeline(application.id()), locale);
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
