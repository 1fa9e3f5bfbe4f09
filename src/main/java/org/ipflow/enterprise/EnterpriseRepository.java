package org.ipflow.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code enterprise} and {@code enterprise_member}. */
@Repository
class EnterpriseRepository {

    private static final String COLUMNS = "e.id, e.name, e.credit_code, e.region, e.contact_name, e.contact_phone, e.email";

    private final JdbcClient jdbc;

    EnterpriseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an enterprise; a taken credit code fails with a DuplicateKeyException from the unique key. */
    long insert(String name, String creditCode, String region, String contactName, String contactPhone, String email) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into enterprise (name, credit_code, region, contact_name, contact_phone, email, created_at)
                values (?, ?, ?, ?, ?, ?, current_timestamp)""")
                .params(name, creditCode, region, contactName, contactPhone, email)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void addMember(String username, long enterpriseId) {
        jdbc.sql("insert into enterprise_member (username, enterprise_id) values (?, ?)")
                .params(username, enterpriseId).update();
    }

    boolean isMember(String username) {
        return jdbc.sql("select count(*) from enterprise_member where username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    Optional<Enterprise> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.id = ?").param(id)
                .query(Enterprise.class).optional();
    }

    List<Enterprise> findByIds(Collection<Long> ids) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.id in (:ids)").param("ids", ids)
                .query(Enterprise.class).list();
    }

    Optional<Enterprise> findByCreditCode(String creditCode) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.credit_code = ?").param(creditCode)
                .query(Enterprise.class).optional();
    }

    Optional<Enterprise> findByMember(String username) {
        return jdbc.sql("select " + COLUMNS + """
                 from enterprise e join enterprise_member m on m.enterprise_id = e.id
                where m.username = ?""").param(username).query(Enterprise.class).optional();
    }
}
