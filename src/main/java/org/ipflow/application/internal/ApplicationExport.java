package org.ipflow.application.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.application.Application;
import org.ipflow.application.Applications;
import org.ipflow.programme.ProgrammeCatalog;
import org.ipflow.shared.ExportSettings;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.Table;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The application list as a file: the same search as the {@code /applications} page (staff every
 * submitted application, an enterprise only its own), the page's columns in the reader's language, times
 * in office time, at most {@link ExportSettings#maxRows()} rows and a last row saying so when more match.
 */
@Component
public class ApplicationExport {

    /** Current steps are looked up this many process instances at a time, to keep the engine's IN lists short. */
    private static final int STEP_LOOKUP = 1000;

    private final Applications applications;
    private final ApplicationProcess process;
    private final ProgrammeCatalog programmes;
    private final MessageSource messages;
    private final OfficeTime officeTime;
    private final ExportSettings settings;

    ApplicationExport(Applications applications, ApplicationProcess process, ProgrammeCatalog programmes,
            MessageSource messages, OfficeTime officeTime, ExportSettings settings) {
        this.applications = applications;
        this.process = process;
        this.programmes = programmes;
        this.messages = messages;
        this.officeTime = officeTime;
        this.settings = settings;
    }

    public Table table(Authentication user, String search, Locale locale) {
        return table(user, search, locale, settings.maxRows());
    }

    Table table(Authentication user, String search, Locale locale, int bound) {
        // One row past the bound tells whether the export is cut, without counting every match.
        List<Application> found = applications.listFor(user, search, bound + 1);
        boolean cut = found.size() > bound;
        List<Application> shown = cut ? found.subList(0, bound) : found;
        Map<String, String> steps = currentSteps(shown);
        Map<String, String> programmeNames = new HashMap<>();
        programmes.everything().forEach(p -> programmeNames.put(p.key(), p.name(locale)));
        List<List<Object>> rows = shown.stream().map(a -> List.<Object>of(a.number() == null ? message("applications.unnumbered", locale) : a.number(),
                programmeNames.getOrDefault(a.programmeKey(), a.programmeKey()),
                a.title() == null ? "" : a.title(),
                message("status." + a.status().name(), locale),
                a.processInstanceId() == null ? "" : steps.getOrDefault(a.processInstanceId(), ""),
                officeTime.minutes(a.updatedAt()))).toList();
        boolean staff = ApplicationAccess.isStaff(user.getAuthorities());
        Table table = new Table("applications", message(staff ? "applications.titleStaff" : "applications.title", locale),
                List.of(column("applications.number", locale), column("applications.programme", locale),
                        column("applications.project", locale), column("applications.status", locale),
                        column("applications.currentStep", locale), column("applications.updated", locale)),
                rows);
        return cut ? table.withNote(messages.getMessage("export.cut", new Object[] {bound}, locale)) : table;
    }

    private Map<String, String> currentSteps(List<Application> shown) {
        Map<String, String> steps = new HashMap<>();
        for (int from = 0; from < shown.size(); from += STEP_LOOKUP) {
            steps.putAll(process.currentStepNames(shown.subList(from, Math.min(shown.size(), from + STEP_LOOKUP))));
        }
        return steps;
    }

    private Table.Column column(String code, Locale locale) {
        return new Table.Column(message(code, locale), false);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
