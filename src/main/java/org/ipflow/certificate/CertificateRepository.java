package org.ipflow.certificate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code certificate} table. Its unique keys make issuing exactly-once and numbers and codes distinct. */
@Repository
class CertificateRepository {

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Certificate c) {
        jdbc.sql("insert into certificate (number, verification_code, application_id, enterprise_id, level, valid_from, "
                        + "valid_until, status, created_at) values (?,?,?,?,?,?,?,?,?)")
                .params(c.number(), c.verificationCode(), c.applicationId(), c.enterpriseId(), c.level().name(),
                        Date.valueOf(c.validFrom()), Date.valueOf(c.validUntil()), "VALID", Timestamp.from(c.createdAt()))
                .update();
    }

    Optional<Certificate> findByApplication(long applicationId) {
        return jdbc.sql("select * from certificate where application_id = ?").param(applicationId)
                .query(CertificateRepository::map).optional();
    }

    /** Whether the enterprise holds a certificate of one of these levels, not revoked, valid on that day. */
    boolean holdsValid(long enterpriseId, java.util.List<String> levels, java.time.LocalDate day) {
        return jdbc.sql("select count(*) from certificate where enterprise_id = :enterprise and level in (:levels) "
                        + "and status = 'VALID' and valid_from <= :day and valid_until >= :day")
                .param("enterprise", enterpriseId).param("levels", levels).param("day", java.sql.Date.valueOf(day))
                .query(Long.class).single() > 0;
    }

    /** Whether a certificate with this number was issued to the enterprise. */
    boolean issuedTo(long enterpriseId, String number) {
        return jdbc.sql("select count(*) from certificate where number = ? and enterprise_id = ?")
                .params(number, enterpriseId).query(Long.class).single() > 0;
    }

    /** The page of certificates valid on that day, newest first; the number breaks ties, so that pages do not overlap. */
    java.util.List<Certificate> findValid(java.time.LocalDate day, long offset, int limit) {
        return jdbc.sql("select * from certificate where status = 'VALID' and valid_from <= :day and valid_until >= :day "
                        + "order by valid_from desc, number desc offset :offset rows fetch next :limit rows only")
                .param("day", java.sql.Date.valueOf(day)).param("offset", offset).param("limit", limit)
                .query(CertificateRepository::map).list();
    }

    long countValid(java.time.LocalDate day) {
        return jdbc.sql("select count(*) from certificate where status = 'VALID' and valid_from <= :day "
                        + "and valid_until >= :day")
                .param("day", java.sql.Date.valueOf(day)).query(Long.class).single();
    }

    /** Revokes a certificate still valid; false when it was revoked already (also by a request at the same moment). */
    boolean revoke(String number, String reason) {
        return jdbc.sql("update certificate set status = 'REVOKED', revoked_reason = ? where number = ? and status = 'VALID'")
                .params(reason, number).update() == 1;
    }

    Optional<Certificate> findByNumber(String number) {
        return jdbc.sql("select * from certificate where number = ?").param(number)
                .query(CertificateRepository::map).optional();
    }

    Optional<Certificate> findByCode(String code) {
        return jdbc.sql("select * from certificate where verification_code = ?").param(code)
                .query(CertificateRepository::map).optional();
    }

    /** Certificates numbered so far with this prefix and year; numbers are never reused, revoked ones count. */
    long countNumbered(String prefix, int year) {
        return jdbc.sql("select count(*) from certificate where number like ?").param(prefix + "-" + year + "-%")
                .query(Long.class).single();
    }

    private static Certificate map(ResultSet rs, int row) throws SQLException {
        return new Certificate(rs.getLong("id"), rs.getString("number"), rs.getString("verification_code"),
                rs.getLong("application_id"), rs.getLong("enterprise_id"), CertificateLevel.valueOf(rs.getString("level")),
                rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_until").toLocalDate(),
                "REVOKED".equals(rs.getString("status")), rs.getString("revoked_reason"),
                rs.getTimestamp("created_at").toInstant());
    }
}
