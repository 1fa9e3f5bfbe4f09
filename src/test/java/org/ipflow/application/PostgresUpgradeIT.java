package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.ipflow.ClusterNode;
import org.ipflow.PostgresTest;
import org.ipflow.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * An office upgrades: the database of the previous release, with applications in flight, is opened by
 * this release. Flyway applies the migrations added since, the engine keeps its schema and its running
 * instances, and the work goes on where it stopped. The work in flight is made by this build, whose
 * code needs this release's tables (programmes live in the database since V12); the database is then
 * taken back to the previous release's schema by undoing, newest first, what each later migration
 * added ({@link #UNDO}, its rows included), so the upgrade meets exactly the old schema with old rows.
 */
@PostgresTest
class PostgresUpgradeIT {

    /** The last Flyway version of the previous release; raise it at each release. */
    static final String PREVIOUS_RELEASE = "6.1";

    /** What the migrations after {@link #PREVIOUS_RELEASE} added, undone newest first. */
    static final List<String> UNDO = List.of(
            // V38 the report form per programme and the report's other fields
            "alter table project_result drop column details", "alter table programme_project_terms drop column report_form",
            // V37 the grant's tranches and project period
            "delete from programme_project_terms where programme_key = 'patent-transformation-grant'",
            // V36 e-mail and SMS templates edited by administrators
            "drop table message_template",
            // V35 project terms and reported project results
            "drop table project_result", "drop table programme_project_terms",
            // V34_1 reminders sent once
            "drop table reminder_sent",
            // V34 verified contact addresses and message choices
            "drop table message_choice", "drop table contact_address",
            // V33 rubrics and programmes' expert settings
            "drop table programme_expert_settings", "drop table rubric_criterion",
            // V32 single sign-on links
            "drop table oidc_link",
            // V31 event webhooks' subscriptions
            "drop table webhook_subscription",
            // V30_1 personal API tokens
            "drop table api_token",
            // V30 second factors and their recovery codes
            "drop table recovery_code", "drop table second_factor",
            // V29 call budgets and notices by batch
            "drop index ix_application_notice_batch", "alter table application drop column notice_level",
            "alter table application drop column notice_batch_id", "drop table notice_batch",
            "alter table programme_call drop column budget",
            // V28 the expert pool, its draws and declared conflicts
            "drop table expert_conflict", "drop table expert_draw", "drop table expert",
            // ... and the demo experts its first start added, whom the previous release never had
            "delete from act_id_membership where user_id_ in ('expert1', 'expert2', 'expert3', 'expert4', 'expert5', "
                    + "'expert6')",
            "delete from act_id_user where id_ in ('expert1', 'expert2', 'expert3', 'expert4', 'expert5', 'expert6')",
            // V27_1 forgotten passwords, V27 the outbox of e-mails and SMS
            "drop table password_reset", "drop table outbound_message",
            // V25 staff notifications and task reminders
            "drop table task_reminder", "drop index ix_notification_username",
            "delete from notification where enterprise_id is null",
            "alter table notification alter column enterprise_id set not null",
            "alter table notification drop column username",
            // V24 deployment notes
            "alter table admin_audit drop column note",
            // V23 internal notes and decision files
            "drop table decision_file", "drop table application_note",
            // V22 staff absence and decisions on behalf of the absent
            "alter table decision_record drop column on_behalf_of", "drop table staff_absence",
            // V20 receipt's query code and evaluation, V19 enterprise profile
            "drop table application_evaluation", "alter table application drop column query_code",
            "alter table enterprise drop column legal_representative, drop column address, drop column bank_name,"
                    + " drop column bank_account_name, drop column bank_account_number",
            // V18 office calendar
            "drop table office_calendar_day", "drop table office_calendar_year",
            // V17 numbers at submission: the previous release numbered drafts too
            "update application set number = 'OLD-' || id where number is null",
            "alter table application alter column number set not null",
            // V16 client quotas
            "drop table client_quota_slot",
            // V15 money rules and separation of duties
            "drop index ix_decision_review", "alter table decision_record drop column review_step",
            "drop table expert_score", "alter table application drop column approved_on",
            // V14 English notes
            "alter table notification alter column args set data type varchar(1000)",
            "alter table decision_record drop column comment_en",
            // V13 done-by-me index
            "drop index ix_decision_actor_id",
            // V12 programmes as data
            "drop table issued_letter", "drop table programme_call", "drop table programme_document",
            "drop table programme",
            "alter table application drop column call_id, drop column start_form_key, drop column start_form_version",
            // V11 plan targets, V10 login throttle, V9 security audit
            "drop table plan_target", "drop index ix_disbursement_paid_on", "drop index ix_application_submitted",
            "drop table login_throttle", "drop table security_audit",
            // V8 application search, V7 staff accounts
            "drop index ix_application_updated", "drop table account_state");

    @Test
    void theDatabaseOfThePreviousReleaseIsUpgradedAndItsWorkGoesOn() throws SQLException {
        String database = PostgresTestDatabase.newDatabase();
        long id;
        try (ClusterNode previous = ClusterNode.start(database)) {
            ApiClient api = api(previous);
            id = api.submittedGrant("enterprise1", "升级前提交的项目", 200000, 100000);
            String preReview = api.taskFor("reviewer1", id, "Task_RegionalPreReview");
            assertThat(api.complete("reviewer1", preReview, Map.of("decision", "approve", "comment", "升级前通过"))
                    .getStatusCode().value()).isEqualTo(200);
        }
        backToThePreviousRelease(database);
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
            // experts are drawn from the pool now: each declares first, then scores
            String expert = api.acceptedExperts(id).get(0);
            assertThat(api.taskFor(expert, id, "Task_ExpertScoring")).isNotBlank();
            // New work on the upgraded database too.
            long after = api.submittedGrant("enterprise2", "升级后提交的项目", 100000, 50000);
            assertThat(api.taskFor("reviewer2", after, "Task_RegionalPreReview")).isNotBlank();
        }
    }

    private static void backToThePreviousRelease(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String undo : UNDO) {
                statement.execute(undo);
            }
            statement.execute("delete from flyway_schema_history where installed_rank > (select installed_rank from "
                    + "flyway_schema_history where version = '" + PREVIOUS_RELEASE + "')");
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
