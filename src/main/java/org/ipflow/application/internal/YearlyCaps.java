package org.ipflow.application.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-enterprise yearly caps that hold when several applications are decided at the same moment: the
 * check of what is left and the commitment of the amount happen while the enterprise's row is locked
 * ({@code select … for update}, the same on H2 and PostgreSQL), and the lock lasts until the caller's
 * transaction (the task completion and the steps after it) commits. A second decision for the same
 * enterprise waits for the first and then sees its amount among the committed ones.
 * <p>
 * An application's cap year is the year it was approved in; its payment counts in that year whatever
 * day it is dated.
 */
@Repository
public class YearlyCaps {

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;

    YearlyCaps(JdbcClient jdbc, ApplicationRepository applications) {
        this.jdbc = jdbc;
        this.applications = applications;
    }

    /** The cap year, what was committed in it before, what was left of the cap, and whether the amount fitted. */
    public record Room(int year, Money committed, Money left, boolean within) {
    }

    /**
     * Checks the amount against what is left of the cap for the application's enterprise and programme
     * (other applications only) in the application's cap year: the year it was approved in, or, for one
     * not yet approved, the year of {@code today}. With {@code reserve}, an amount that fits becomes the
     * application's approved amount, approved today, and the application APPROVED, so that it counts for
     * the next check. The enterprise stays locked until the caller's transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Room check(long applicationId, Money amount, Money cap, LocalDate today, boolean reserve) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("no application " + applicationId));
        jdbc.sql("select id from enterprise where id = ? for update").param(application.enterpriseId())
                .query(Long.class).single();
        int year = reserve ? today.getYear()
                : applications.approvedOn(applicationId).map(LocalDate::getYear).orElse(today.getYear());
        Money committed = Money.of(applications.committedInYear(application.enterpriseId(), application.programmeKey(),
                year, applicationId));
        YearlyCap yearly = new YearlyCap(cap, committed);
        boolean within = yearly.fits(amount);
        if (within && reserve) {
            jdbc.sql("update application set approved_amount = ?, approved_on = ?, status = ?, updated_at = ?, "
                            + "version = version + 1 where id = ?")
                    .params(amount.yuan(), Date.valueOf(today), ApplicationStatus.APPROVED.name(),
                            Timestamp.from(Instant.now()), applicationId)
                    .update();
        }
        return new Room(year, committed, yearly.left(), within);
    }
}
