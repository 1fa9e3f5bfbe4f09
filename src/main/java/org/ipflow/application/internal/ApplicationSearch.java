package org.ipflow.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipflow.application.Application;
import org.ipflow.shared.LikePattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists and searches of the {@code application} table: newest change first, keyset-paged on
 * {@code (updated_at, id)}, no offset scans and no totals, so that a page costs the same however long the
 * history grows.
 */
@Repository
public class ApplicationSearch {

    private final JdbcClient jdbc;
    private final ApplicationRows rows;

    ApplicationSearch(JdbcClient jdbc, ApplicationRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** An enterprise's applications, drafts included. */
    public List<Application> listForEnterprise(long enterpriseId, int limit) {
        return jdbc.sql("select " + ApplicationRows.COLUMNS + " from application where enterprise_id = ? "
                        + "order by updated_at desc, id desc fetch first ? rows only")
                .params(enterpriseId, limit).query(rows).list();
    }

    public List<Application> listRecentSubmitted(int limit) {
        return jdbc.sql("select " + ApplicationRows.COLUMNS + " from application where status <> 'DRAFT' "
                        + "order by updated_at desc, id desc fetch first ? rows only")
                .param(limit).query(rows).list();
    }

    /**
     * Staff's history search: the application with this number, or those of the enterprises with this
     * credit code or a name containing the text; newest change first, drafts never. Every branch is an
     * index lookup (the number, the enterprise's applications), so it does not slow as history grows.
     */
    public List<Application> searchSubmitted(String text, int limit) {
        // Separate index lookups, not one OR: with an OR the planner walks the newest-first index until it has
        // found `limit` rows, which for a single number means the whole table.
        List<Application> found = new ArrayList<>(jdbc.sql("select " + ApplicationRows.COLUMNS + " from application "
                        + "where number = ? and status <> 'DRAFT'")
                .param(text.toUpperCase(Locale.ROOT)).query(rows).list());
        List<Long> enterprises = jdbc.sql("select id from enterprise where credit_code = :code "
                        + "or lower(name) like :name escape '\\' fetch first 500 rows only")
                .param("code", text.toUpperCase(Locale.ROOT))
                .param("name", "%" + LikePattern.literal(text.toLowerCase(Locale.ROOT)) + "%")
                .query(Long.class).list();
        if (!enterprises.isEmpty() && found.size() < limit) {
            jdbc.sql("select " + ApplicationRows.COLUMNS + " from application where enterprise_id in (:enterprises) "
                            + "and status <> 'DRAFT' order by updated_at desc, id desc fetch first :limit rows only")
                    .param("enterprises", enterprises).param("limit", limit).query(rows).list().stream()
                    .filter(a -> found.stream().noneMatch(f -> f.id() == a.id())).limit(limit - found.size())
                    .forEach(found::add);
        }
        return found;
    }

    /** An enterprise's search among its own applications: by number or a part of the title. */
    public List<Application> searchForEnterprise(long enterpriseId, String text, int limit) {
        return jdbc.sql("select " + ApplicationRows.COLUMNS + " from application where enterprise_id = :enterprise and "
                        + "(number = :number or lower(title) like :title escape '\\') "
                        + "order by updated_at desc, id desc fetch first :limit rows only")
                .param("enterprise", enterpriseId).param("number", text.toUpperCase(Locale.ROOT))
                .param("title", "%" + LikePattern.literal(text.toLowerCase(Locale.ROOT)) + "%")
                .param("limit", limit).query(rows).list();
    }
}
