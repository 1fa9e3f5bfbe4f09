package org.ipflow.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code enterprise} (with its profile) and {@code enterprise_member}. */
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

    Optional<EnterpriseProfile> profile(long id) {
        return jdbc.sql("""
                select id, name, credit_code, region, legal_representative, contact_name, contact_phone, email,
                       address, bank_name, bank_account_name, bank_account_number from enterprise where id = ?""")
                .param(id)
                .query((rs, n) -> new EnterpriseProfile(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), new BankAccount(rs.getString(10), rs.getString(11), rs.getString(12)),
                        members(id)))
                .optional();
    }

    void updateProfile(long id, ProfileForm form) {
        jdbc.sql("""
                update enterprise set legal_representative = ?, contact_name = ?, contact_phone = ?, email = ?,
                       address = ?, bank_name = ?, bank_account_name = ?, bank_account_number = ? where id = ?""")
                .params(form.legalRepresentative(), form.contactName(), form.contactPhone(), form.email(),
                        form.address(), form.bankName(), form.accountName(), form.accountNumber(), id)
                .update();
    }

    /** The users of the enterprises whose contact number this is, in name order, at most {@code limit}. */
    List<String> membersByContactPhone(String phone, int limit) {
        return jdbc.sql("select m.username from enterprise e join enterprise_member m on m.enterprise_id = e.id "
                        + "where e.contact_phone = ? order by m.username fetch first ? rows only")
                .params(phone, limit).query(String.class).list();
    }

    /** The enterprise's users in name order. */
    List<String> members(long enterpriseId) {
        return jdbc.sql("select username from enterprise_member where enterprise_id = ? order by username")
                .param(enterpriseId).query(String.class).list();
    }

    /** Locks the enterprise's row, so that two removals cannot both leave it without a user. */
    void lock(long id) {
        jdbc.sql("select id from enterprise where id = ? for update").param(id).query(Long.class).single();
    }

    boolean removeMember(String username, long enterpriseId) {
        return jdbc.sql("delete from enterprise_member where username = ? and enterprise_id = ?")
                .params(username, enterpriseId).update() == 1;
    }
}
