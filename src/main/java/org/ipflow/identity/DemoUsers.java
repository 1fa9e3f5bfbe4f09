package org.ipflow.identity;

import java.util.List;
import org.ipflow.shared.Region;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo users of the README, password "demo"; only in the demo profile, never in production. */
@Component
@Profile("demo")
@Order(1)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create("enterprise1", "演示企业一 Demo Enterprise 1", Roles.ENTERPRISE);
        create("enterprise2", "演示企业二 Demo Enterprise 2", Roles.ENTERPRISE);
        create("reviewer1", "审查员一 Reviewer 1", Roles.REVIEWER, Region.HOHHOT.reviewerGroup());
        create("reviewer2", "审查员二 Reviewer 2", Roles.REVIEWER, Region.BAOTOU.reviewerGroup());
        create("reviewer3", "审查员三 Reviewer 3", Roles.REVIEWER);
        // Separation of duties needs people enough for every review step of one application: a regional
        // pre-review, a formal review, three scores of a programme scored by staff and an objection review.
        create("reviewer4", "审查员四 Reviewer 4", Roles.REVIEWER);
        create("reviewer5", "审查员五 Reviewer 5", Roles.REVIEWER);
        create("reviewer6", "审查员六 Reviewer 6", Roles.REVIEWER);
        create("finance1", "财务一 Finance 1", Roles.FINANCE);
        create("approver1", "审批人一 Approver 1", Roles.APPROVER);
        create("admin", "管理员 Administrator", Roles.ADMIN);
    }

    private void create(String username, String name, String... groups) {
        if (!accounts.exists(username)) {
            accounts.create(username, PASSWORD, name, username + "@example.org", List.of(groups));
        }
    }
}
