package org.ipflow.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.ipflow.shared.Money;
import org.ipflow.shared.Table;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The programmes' yearly figures for everyone: applications received and approved, money paid and
 * enterprises certified, per programme and year. Sums and counts only: no number, name or amount of
 * any one application leaves here. The last ten years, so the page costs the same every year.
 */
@Component
class PublicFigures {

    static final int YEARS = 10;

    private final JdbcClient jdbc;
    private final ProgrammeCatalog catalog;
    private final MessageSource messages;

    PublicFigures(JdbcClient jdbc, ProgrammeCatalog catalog, MessageSource messages) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The counts of one programme in one year. */
    private static final class Figures {
        long received;
        long approved;
        BigDecimal paid = BigDecimal.ZERO;
        long certified;
    }

    Table table(int currentYear, Locale locale) {
        YearWindow years = new YearWindow(currentYear - YEARS + 1, currentYear);
        Map<String, Map<Integer, Figures>> byProgramme = new TreeMap<>();
        YearWindow.YearOf submitted = years.yearOf("submitted_at");
        List<Object> params = new ArrayList<>(submitted.params());
        params.add(years.start());
        params.add(years.end());
        jdbc.sql("select programme_key, y, count(*) as received, "
                        + "sum(case when status in " + ProgrammeFigures.APPROVED_STATUSES + " or status = 'CERTIFIED' then 1 else 0 end) "
                        + "as approved from (select programme_key, status, " + submitted.sql() + " as y from application "
                        + "where submitted_at >= ? and submitted_at < ?) submitted group by programme_key, y")
                .params(params)
                .query(rs -> {
                    Figures f = figures(byProgramme, rs.getString(1), rs.getInt(2));
                    f.received = rs.getLong(3);
                    f.approved = rs.getLong(4);
                });
        jdbc.sql("select a.programme_key, extract(year from d.paid_on) as y, sum(d.amount) from disbursement d "
                        + "join application a on a.id = d.application_id where d.paid_on >= ? and d.paid_on < ? "
                        + "group by a.programme_key, extract(year from d.paid_on)")
                .params(years.firstDay(), years.dayAfter())
                .query(rs -> {
                    figures(byProgramme, rs.getString(1), rs.getInt(2)).paid = rs.getBigDecimal(3);
                });
        jdbc.sql("select a.programme_key, extract(year from c.valid_from) as y, count(distinct c.enterprise_id) "
                        + "from certificate c join application a on a.id = c.application_id "
                        + "where c.valid_from >= ? and c.valid_from < ? and c.status = 'VALID' "
                        + "group by a.programme_key, extract(year from c.valid_from)")
                .params(years.firstDay(), years.dayAfter())
                .query(rs -> {
                    figures(byProgramme, rs.getString(1), rs.getInt(2)).certified = rs.getLong(3);
                });
        return new Table("figures", text("figures.title", locale), List.of(column("programme", false, locale),
                column("year", false, locale), column("received", true, locale), column("approved", true, locale),
                column("paid", true, locale), column("certified", true, locale)), rows(byProgramme, locale));
    }

    private List<List<Object>> rows(Map<String, Map<Integer, Figures>> byProgramme, Locale locale) {
        List<String> order = catalog.all().stream().map(Programme::key).toList();
        List<List<Object>> rows = new ArrayList<>();
        byProgramme.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.contains(e.getKey()) ? order.indexOf(e.getKey()) : order.size()))
                .forEach(e -> {
                    String name = catalog.find(e.getKey()).map(p -> p.name(locale)).orElse(e.getKey());
                    e.getValue().entrySet().stream().sorted(Map.Entry.<Integer, Figures>comparingByKey().reversed())
                            .forEach(y -> rows.add(List.of(name, String.valueOf(y.getKey()), y.getValue().received,
                                    y.getValue().approved, Money.of(y.getValue().paid), y.getValue().certified)));
                });
        return rows;
    }

    private static Figures figures(Map<String, Map<Integer, Figures>> byProgramme, String programme, int year) {
        return byProgramme.computeIfAbsent(programme, p -> new TreeMap<>()).computeIfAbsent(year, y -> new Figures());
    }

    private Table.Column column(String key, boolean numeric, Locale locale) {
        return new Table.Column(text("figures.column." + key, locale), numeric);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
