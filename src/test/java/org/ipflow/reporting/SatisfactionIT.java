package org.ipflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard's satisfaction per programme: the share rated 4–5 and the mean, of one year's evaluations. */
@IpflowTest
class SatisfactionIT {

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate rest;

    @Test
    void countsTheSatisfiedShareAndTheMeanOfTheYearsEvaluations() {
        ApiClient api = new ApiClient(rest);
        // A year no other test evaluates in, and a programme key of this test's own.
        for (int rating : List.of(5, 4, 2)) {
            var draft = api.call("enterprise1", HttpMethod.POST, "/api/applications",
                    Map.of("programme", "patent-transformation-grant", "data", Map.of("projectName", "满意度")));
            jdbc.sql("insert into application_evaluation (application_id, programme_key, rating, evaluated_by, "
                            + "evaluated_at) values (?, 'satisfaction-probe', ?, 'enterprise1', ?)")
                    .params(((Number) draft.getBody().get("id")).longValue(), rating,
                            Timestamp.from(Instant.parse("2001-06-01T04:00:00Z")))
                    .update();
        }

        assertThat(satisfaction.perProgramme(YearWindow.of(2001)))
                .containsExactly(new Satisfaction.Rate("satisfaction-probe", 3, 67, 3.7));
        assertThat(satisfaction.perProgramme(YearWindow.of(2002))).isEmpty();
    }
}
