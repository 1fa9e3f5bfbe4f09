package org.ipflow.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipflow.application.Application;
import org.ipflow.application.Applications;
import org.ipflow.application.Decision;
import org.ipflow.application.Timeline;
import org.ipflow.shared.ExportSettings;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.Table;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The inbox and "done by me" as files: the same queries as their pages (so a caller exports only the
 * tasks and decisions that are theirs), the pages' columns in the reader's language, times in office
 * time, at most {@link ExportSettings#maxRows()} rows and a last row saying so when more match.
 */
@Component
class TaskExport {

    /** Decisions are joined with their applications this many at a time, to keep IN lists short. */
    private static final int CHUNK = 1000;

    private final Inbox inbox;
    private final Timeline timeline;
    private final Applications applications;
    private final MessageSource messages;
    private final OfficeTime officeTime;
    private final ExportSettings settings;

    TaskExport(Inbox inbox, Timeline timeline, Applications applications, MessageSource messages,
            OfficeTime officeTime, ExportSettings settings) {
        this.inbox = inbox;
        this.timeline = timeline;
        this.applications = applications;
        this.messages = messages;
        this.officeTime = officeTime;
        this.settings = settings;
    }

    Table inbox(Authentication user, InboxFilter filter, Locale locale) {
        return inbox(user, filter, locale, settings.maxRows());
    }

    Table inbox(Authentication user, InboxFilter filter, Locale locale, int bound) {
        // One row past the bound tells whether the export is cut, without counting every task.
        List<WorkItem> found = inbox.upTo(user, filter, bound + 1);
        List<List<Object>> rows = found.stream().limit(bound).map(t -> List.<Object>of(t.name(),
                t.application().number(), text(t.application().title()), text(t.applicant().regionName()),
                t.due() == null ? "" : LocalDate.ofInstant(t.due(), OfficeTime.ZONE),
                t.overdue() ? message("inbox.overdue", locale) : "",
                // The account, not "me": the file is read by others than the one who exported it.
                t.assignee() == null ? message("inbox.unclaimed", locale) : t.assignee(),
                text(t.applicant().enterpriseName()), text(t.applicant().creditCode()))).toList();
        // The applicant's columns come last, so that files read by position before they were added still read.
        return bounded(new Table("inbox", message("inbox.title", locale), columns(locale, "inbox.task",
                "applications.number", "applications.project", "inbox.region", "inbox.due", "inbox.overdueColumn",
                "inbox.holder", "inbox.enterprise", "inbox.creditCode"), rows), found.size() > bound, bound, locale);
    }

    Table done(Authentication user, Locale locale) {
        return done(user, locale, settings.maxRows());
    }

    Table done(Authentication user, Locale locale, int bound) {
        List<Decision> found = timeline.doneBy(user.getName(), null, bound + 1);
        List<Decision> shown = found.subList(0, Math.min(bound, found.size()));
        List<List<Object>> rows = new ArrayList<>(shown.size());
        for (int from = 0; from < shown.size(); from += CHUNK) {
            List<Decision> chunk = shown.subList(from, Math.min(shown.size(), from + CHUNK));
            Map<Long, Application> byId = applications.findByIds(chunk.stream().map(Decision::applicationId)
                    .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Application::id, Function.identity()));
            for (Decision d : timeline.forReader(byId.values(), chunk, locale)) {
                Application a = byId.get(d.applicationId());
                rows.add(List.of(officeTime.minutes(d.decidedAt()), text(d.stepName()), a == null ? "" : a.number(),
                        messages.getMessage("decision." + d.decision(), null, text(d.decision()), locale),
                        a == null ? "" : message("status." + a.status().name(), locale)));
            }
        }
        return bounded(new Table("done", message("done.title", locale), columns(locale, "done.when", "inbox.task",
                "applications.number", "done.decision", "applications.status"), rows), found.size() > bound, bound,
                locale);
    }

    private Table bounded(Table table, boolean cut, int bound, Locale locale) {
        return cut ? table.withNote(messages.getMessage("export.cut", new Object[] {bound}, locale)) : table;
    }

    private List<Table.Column> columns(Locale locale, String... codes) {
        return Arrays.stream(codes).map(code -> new Table.Column(message(code, locale), false)).toList();
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
