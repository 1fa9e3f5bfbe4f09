package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.ipflow.PostgresTest;
import org.ipflow.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The production profile alone, as an installation starts: no demo account with a known password, and
 * the first administrator from IPFLOW_ADMIN_USERNAME / IPFLOW_ADMIN_PASSWORD (here as properties).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ipflow.admin.username=office-admin", "ipflow.admin.password=correct-horse-battery"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@PostgresTest
class PostgresFirstAdminIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserAccounts accounts;

    @Autowired
    IdentityService identity;

    @Test
    void createsTheFirstAdministratorAndNoDemoUsers() {
        assertThat(accounts.exists("office-admin")).isTrue();
        assertThat(accounts.groupsOf("office-admin")).containsExactly(Roles.ADMIN);
        for (String demo : new String[] {"enterprise1", "enterprise2", "reviewer1", "finance1", "approver1", "admin"}) {
            assertThat(accounts.exists(demo)).as(demo).isFalse();
        }

        assertThat(identity.createUserQuery().count()).isOne();
        // Camunda Modeler's connection check: the first administrator may deploy.
        var check = rest.withBasicAuth("office-admin", "correct-horse-battery")
                .getForEntity("/engine-rest/deployment?maxResults=0", String.class);
        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(check.getBody()).isEqualTo("[]");
        assertThat(rest.withBasicAuth("enterprise1", "demo").getForEntity("/engine-rest/version", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
