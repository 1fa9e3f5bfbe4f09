package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.ipflow.ClusterNode;
import org.ipflow.PostgresTestDatabase;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * An office upgrades: the database of the previous release, with applications in flight, is opened by
 * this release. Flyway applies the migrations added since, the engine keeps its schema and its running
 * instances, and the work goes on where it stopped. The previous release's schema is reproduced by
 * running this build's migrations up to {@link #PREVIOUS_RELEASE} (migrations are never edited once
 * released, so that is exactly the old schema).
 */
class PostgresUpgradeIT {

    /** The last Flyway version of the previous release; raise it at each release. */
    static final String PREVIOUS_RELEASE = "6.1";

    @Test
    void theDatabaseOfThePreviousReleaseIsUpgradedAndItsWorkGoesOn() {
        String database = PostgresTestDatabase.newDatabase();
        long id;
        // The previous release's work, done through the façades it already had (this build's web layer
        // would read tables the old schema lacks, such as account_state).
        try (ClusterNode previous = ClusterNode.start(database, "--spring.flyway.target=" + PREVIOUS_RELEASE)) {
            Applications applications = previous.bean(Applications.class);
            Documents documents = previous.bean(Documents.class);
            id = applications.createDraft("enterprise1", "patent-transformation-grant",
                    ApiClient.grantData("升级前提交的项目", 200000, 100000)).id();
            for (String kind : List.of("patent-certificate", "contract", "contract-registration", "payment-proof",
                    "business-licence")) {
                documents.attach("enterprise1", id, kind, kind + ".pdf", ApiClient.PDF);
            }
            applications.submit("enterprise1", id, null);
            var reviewer1 = new UsernamePasswordAuthenticationToken("reviewer1", null,
                    AuthorityUtils.createAuthorityList("reviewer", "reviewer-150100"));
            WorkItem preReview = previous.bean(ProcessTasks.class).inbox(reviewer1, new InboxFilter(null, null,
                    "Task_RegionalPreReview", false, null)).stream().filter(t -> t.application().id() == id)
                    .findFirst().orElseThrow();
            previous.bean(TaskCompletion.class).complete(reviewer1, preReview.id(),
                    Map.of("decision", "approve", "comment", "升级前通过"));
        }
        assertThat(flyway(database).info().current().getVersion())
                .isEqualTo(MigrationVersion.fromVersion(PREVIOUS_RELEASE));

        try (ClusterNode upgraded = ClusterNode.start(database)) {
            MigrationInfo[] applied = flyway(database).info().applied();
            assertThat(flyway(database).info().pending()).as("every migration of this release applied").isEmpty();
            assertThat(Arrays.stream(applied).map(MigrationInfo::getVersion).max(MigrationVersion::compareTo)
                    .orElseThrow()).isEqualTo(latestOnTheClasspath(database));

            ApiClient api = api(upgraded);
            Map<String, Object> before = api.application("enterprise1", id);
            assertThat(before.get("history").toString()).contains("升级前通过");
            String formal = api.taskFor("reviewer3", id, "Task_FormalReview");
            assertThat(api.complete("reviewer3", formal, Map.of("decision", "approve")).getStatusCode().value())
                    .isEqualTo(200);
            assertThat(api.taskFor("reviewer1", id, "Task_ExpertScoring")).isNotBlank();
            // New work on the upgraded database too.
            long after = api.submittedGrant("enterprise2", "升级后提交的项目", 100000, 50000);
            assertThat(api.taskFor("reviewer2", after, "Task_RegionalPreReview")).isNotBlank();
        }
    }

    private static MigrationVersion latestOnTheClasspath(String database) {
        return Arrays.stream(flyway(database).info().all()).map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo).orElseThrow();
    }

    private static Flyway flyway(String database) {
        return Flyway.configure().dataSource(database, "postgres", "")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .placeholders(Map.of("blob_type", "bytea")).load();
    }

    private static ApiClient api(ClusterNode node) {
        return new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(node.url(""))));
    }
}
