package org.ipflow.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ipflow.programme.Programme.DocumentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programme definitions in the database. Read on every use (a handful of rows), so that every node
 * of a cluster sees an administrator's change at once; no node keeps a copy.
 */
@Repository
class ProgrammeRepository {

    /** A definition with what its editors need: where it came from, its version for optimistic locking. */
    record Row(Programme programme, String origin, int version, String updatedBy, Instant updatedAt) {
    }

    private static final String COLUMNS = "programme_key, name_zh, name_en, summary_zh, summary_en, number_prefix, "
            + "process_key, start_form, title_field, amount_field, start_variables, regions, certification_required, "
            + "status, origin, version, updated_by, updated_at, letter_template";

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> list(boolean activeOnly) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from programme"
                + (activeOnly ? " where status = 'ACTIVE'" : "") + " order by sort_order, programme_key")
                .query(this::row).list();
        return withDocuments(rows);
    }

    Optional<Row> find(String key) {
        return jdbc.sql("select " + COLUMNS + " from programme where programme_key = ?").param(key)
                .query(this::row).optional().map(r -> withDocuments(List.of(r)).get(0));
    }

    Optional<Row> byProcessKey(String processKey) {
        return jdbc.sql("select " + COLUMNS + " from programme where process_key = ? order by sort_order").param(processKey)
                .query(this::row).list().stream().findFirst().map(r -> withDocuments(List.of(r)).get(0));
    }

    /** The programme that uses this application-number prefix, if any. */
    Optional<String> keyWithPrefix(String prefix) {
        return jdbc.sql("select programme_key from programme where number_prefix = ?").param(prefix)
                .query(String.class).optional();
    }

    void insert(Programme p, String origin, String actor) {
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from programme").query(Integer.class).single();
        jdbc.sql("insert into programme (programme_key, name_zh, name_en, summary_zh, summary_en, number_prefix, "
                        + "process_key, start_form, title_field, amount_field, start_variables, regions, "
                        + "certification_required, status, sort_order, origin, updated_by, updated_at, letter_template, "
                        + "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(p.key(), p.nameZh(), p.nameEn(), p.summaryZh(), p.summaryEn(), p.numberPrefix(), p.processKey(),
                        p.startForm(), p.titleField(), p.amountField(), variables(p.startVariables()),
                        String.join(",", p.regions()), p.certificationRequired(), p.status().name(), order, origin, actor,
                        Timestamp.from(Instant.now()), p.letterTemplate())
                .update();
        insertDocuments(p);
    }

    /** Replaces a definition if it is still at the expected version; false when someone changed it meanwhile. */
    boolean update(Programme p, int expectedVersion, String origin, String actor) {
        int updated = jdbc.sql("update programme set name_zh = ?, name_en = ?, summary_zh = ?, summary_en = ?, "
                        + "number_prefix = ?, process_key = ?, start_form = ?, title_field = ?, amount_field = ?, "
                        + "start_variables = ?, regions = ?, certification_required = ?, letter_template = ?, origin = ?, "
                        + "updated_by = ?, updated_at = ?, version = version + 1 where programme_key = ? and version = ?")
                .params(p.nameZh(), p.nameEn(), p.summaryZh(), p.summaryEn(), p.numberPrefix(), p.processKey(),
                        p.startForm(), p.titleField(), p.amountField(), variables(p.startVariables()),
                        String.join(",", p.regions()), p.certificationRequired(), p.letterTemplate(), origin, actor,
                        Timestamp.from(Instant.now()), p.key(), expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from programme_document where programme_key = ?").param(p.key()).update();
        insertDocuments(p);
        return true;
    }

    /** Retires or reactivates; an administrator's decision, so the row is the administrator's from now on. */
    boolean setStatus(String key, Programme.Status status, String actor) {
        return jdbc.sql("update programme set status = ?, origin = 'admin', updated_by = ?, updated_at = ?, "
                        + "version = version + 1 where programme_key = ? and status <> ?")
                .params(status.name(), actor, Timestamp.from(Instant.now()), key, status.name()).update() == 1;
    }

    private void insertDocuments(Programme p) {
        int position = 0;
        for (DocumentKind d : p.documents()) {
            jdbc.sql("insert into programme_document (programme_key, sort_order, kind, label_zh, label_en, required) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(p.key(), position++, d.kind(), d.labelZh(), d.labelEn(), d.required()).update();
        }
    }

    private List<Row> withDocuments(List<Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<DocumentKind>> documents = new LinkedHashMap<>();
        jdbc.sql("select programme_key, kind, label_zh, label_en, required from programme_document "
                        + "where programme_key in (:keys) order by programme_key, sort_order")
                .param("keys", rows.stream().map(r -> r.programme().key()).toList())
                .query((rs, n) -> {
                    documents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DocumentKind(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                    return null;
                }).list();
        return rows.stream().map(r -> new Row(withDocuments(r.programme(),
                documents.getOrDefault(r.programme().key(), List.of())), r.origin(), r.version(), r.updatedBy(),
                r.updatedAt())).toList();
    }

    private static Programme withDocuments(Programme p, List<DocumentKind> documents) {
        return new Programme(p.key(), p.nameZh(), p.nameEn(), p.numberPrefix(), p.processKey(), p.startForm(),
                p.titleField(), p.amountField(), p.startVariables(), documents, p.summaryZh(), p.summaryEn(),
                p.regions(), p.certificationRequired(), p.status(), p.letterTemplate());
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String regions = rs.getString("regions");
        Programme programme = new Programme(rs.getString("programme_key"), rs.getString("name_zh"),
                rs.getString("name_en"), rs.getString("number_prefix"), rs.getString("process_key"),
                rs.getString("start_form"), rs.getString("title_field"), rs.getString("amount_field"),
                variables(rs.getString("start_variables")), List.of(), rs.getString("summary_zh"),
                rs.getString("summary_en"),
                regions == null || regions.isBlank() ? List.of() : Arrays.asList(regions.split(",")),
                rs.getString("certification_required"), Programme.Status.valueOf(rs.getString("status")),
                rs.getString("letter_template"));
        return new Row(programme, rs.getString("origin"), rs.getInt("version"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** Start variables as lines of {@code variable=field}, in a stable order. */
    static String variables(Map<String, String> variables) {
        return variables.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    static Map<String, String> variables(String lines) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (lines != null) {
            lines.lines().map(String::strip).filter(l -> l.contains("=")).forEach(l -> variables.put(
                    l.substring(0, l.indexOf('=')).strip(), l.substring(l.indexOf('=') + 1).strip()));
        }
        return variables;
    }
}
