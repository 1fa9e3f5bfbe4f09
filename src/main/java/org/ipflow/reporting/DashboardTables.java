package org.ipflow.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.ipflow.shared.Money;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.Region;
import org.ipflow.shared.StepNames;
import org.ipflow.shared.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables for a year, in the reader's language: what the page shows and both exports
 * write, so that a spreadsheet has exactly the rows of the page.
 */
@Component
class DashboardTables {

    static final List<String> NAMES = List.of("status", "regions", "money", "steps", "overdue", "satisfaction",
            "targets", "results");
    private static final double MILLIS_PER_HOUR = 3_600_000d;

    private final ProgrammeFigures figures;
    private final StepDurations steps;
    private final OverdueTasks overdue;
    private final PlanTargets targets;
    private final ProgrammeCatalog catalog;
    private final MessageSource messages;
    private final Clock clock;
    private final StepNames stepNames;
    private final Satisfaction satisfaction;
    private final PlanResults results;

    DashboardTables(ProgrammeFigures figures, StepDurations steps, OverdueTasks overdue, PlanTargets targets,
            ProgrammeCatalog catalog, MessageSource messages, StepNames stepNames, Satisfaction satisfaction,
            PlanResults results) {
        this.results = results;
        this.stepNames = stepNames;
        this.satisfaction = satisfaction;
        this.figures = figures;
        this.steps = steps;
        this.overdue = overdue;
        this.targets = targets;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = Clock.system(OfficeTime.ZONE);
    }

    /** The office's year: on a server in another zone the new year starts at midnight Beijing time all the same. */
    int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    Optional<Table> table(String name, int year, Locale locale) {
        YearWindow window = YearWindow.of(year);
        return Optional.ofNullable(switch (name) {
            case "status" -> byStatus(window, locale);
            case "regions" -> byRegion(window, locale);
            case "money" -> money(window, locale);
            case "steps" -> steps(window, locale);
            case "overdue" -> overdue(locale);
            case "satisfaction" -> satisfaction(window, locale);
            case "targets" -> targets(locale);
            case "results" -> results(window, locale);
            default -> null;
        });
    }

    private Table byStatus(YearWindow years, Locale locale) {
        var rows = figures.byStatus(years).stream().<List<Object>>map(c -> List.of(programme(c.programme(), locale),
                text("status." + c.group(), locale), c.count())).toList();
        return table("status", locale, rows, "programme", "-status", "#applications");
    }

    private Table byRegion(YearWindow years, Locale locale) {
        var rows = figures.byRegion(years).stream().<List<Object>>map(c -> List.of(programme(c.programme(), locale),
                region(c.group(), locale), c.count())).toList();
        return table("regions", locale, rows, "programme", "-region", "#applications");
    }

    private Table money(YearWindow years, Locale locale) {
        var keys = catalog.all().stream().map(Programme::key).toList();
        var rows = figures.money(years, keys).stream().<List<Object>>map(m -> List.of(programme(m.programme(), locale),
                Money.of(m.approved()), Money.of(m.paid()))).toList();
        return table("money", locale, rows, "programme", "#approved", "#paid");
    }

    /** Steps are named as the latest version of their process names them, in the reader's language. */
    private Table steps(YearWindow years, Locale locale) {
        Map<String, String> latest = new HashMap<>();
        var rows = steps.completedIn(years).stream().<List<Object>>map(s -> List.of(
                catalog.byProcessKey(s.processKey()).map(p -> p.name(locale)).orElse(s.processKey()),
                stepNames.of(latest.computeIfAbsent(s.processKey(), stepNames::latestDefinitionId), s.taskKey(),
                        s.name() == null ? s.taskKey() : s.name(), locale),
                s.taskKey(), s.completed(), hours(s.averageMillis()), hours(s.worstMillis()))).toList();
        return table("steps", locale, rows, "programme", "-step", "-stepKey", "#completed", "#averageHours",
                "#worstHours");
    }

    /** The oldest due date is the office's day, as the inbox shows it, so that the export and the page agree. */
    private Table overdue(Locale locale) {
        var rows = overdue.byAssignee(clock.instant()).stream().<List<Object>>map(o -> List.of(
                o.assignee() == null ? text("dashboard.unclaimed", locale) : o.assignee(), o.tasks(),
                LocalDate.ofInstant(o.oldestDue(), OfficeTime.ZONE))).toList();
        return table("overdue", locale, rows, "assignee", "#overdueTasks", "#oldestDue");
    }

    private Table satisfaction(YearWindow years, Locale locale) {
        var rows = satisfaction.perProgramme(years).stream().<List<Object>>map(r -> List.of(
                programme(r.programme(), locale), r.evaluations(), r.satisfiedPercent(), r.mean())).toList();
        return table("satisfaction", locale, rows, "programme", "#evaluations", "#satisfiedPercent", "#meanRating");
    }

    private Table targets(Locale locale) {
        var rows = targets.progress(currentYear()).stream().<List<Object>>map(p -> {
            var target = p.target();
            List<Object> row = new ArrayList<>();
            row.add(text("indicator." + p.indicator().name(), locale));
            row.add(target == null ? text("dashboard.noTarget", locale) : target.fromYear() + "–" + target.toYear());
            row.add(target == null ? null : unit(p.indicator(), target.value()));
            row.add(unit(p.indicator(), p.actual()));
            row.add(p.percent() == null ? null : (long) p.percent());
            return row;
        }).toList();
        return table("targets", locale, rows, "indicator", "-years", "#target", "#actual", "#percent");
    }

    private Table results(YearWindow years, Locale locale) {
        var rows = results.byRegion(years).stream().<List<Object>>map(r -> List.of(region(r.region(), locale),
                r.acceptedProjects(), Money.of(r.newOutputValue()), r.jobs(), r.patentsImplemented(),
                Money.of(r.pledgeVolume()), r.certifiedEnterprises())).toList();
        return table("results", locale, rows, "-region", "#acceptedProjects", "#newOutputValue", "#jobs",
                "#patentsImplemented", "#pledgeVolume", "#certifiedEnterprises");
    }

    /** Money keeps its cents; counts are whole numbers. */
    private static Object unit(Indicator indicator, BigDecimal value) {
        return indicator.money() ? Money.of(value) : (Object) value.longValue();
    }

    private static double hours(double millis) {
        return Math.round(millis / MILLIS_PER_HOUR * 10) / 10d;
    }

    /** Column headings from {@code dashboard.column.*}; a leading {@code #} marks a numeric column, {@code -} a text one. */
    private Table table(String name, Locale locale, List<List<Object>> rows, String... columns) {
        List<Table.Column> heads = new ArrayList<>();
        for (String column : columns) {
            boolean numeric = column.startsWith("#");
            String key = column.startsWith("#") || column.startsWith("-") ? column.substring(1) : column;
            heads.add(new Table.Column(text("dashboard.column." + key, locale), numeric));
        }
        return new Table(name, text("dashboard.table." + name, locale), heads, rows);
    }

    private String programme(String key, Locale locale) {
        return catalog.find(key).map(p -> p.name(locale)).orElse(key);
    }

    private static String region(String code, Locale locale) {
        return Region.ofCode(code).map(r -> r.name(locale)).orElse(code);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
