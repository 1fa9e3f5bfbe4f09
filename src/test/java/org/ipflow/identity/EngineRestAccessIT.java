package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@IpflowTest
class EngineRestAccessIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void healthIsUpForAnyone() {
        var response = rest.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void engineRestRefusesAnonymousCallers() {
        assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestRefusesEveryRoleButAdmin() {
        for (String user : new String[] {"enterprise1", "reviewer1", "finance1", "approver1"}) {
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/engine-rest/process-definition/count", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void engineRestServesAdministrators() {
        var response = rest.withBasicAuth("admin", "demo").getForEntity("/engine-rest/user/count", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"count\":");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(rest.withBasicAuth("admin", "wrong").getForEntity("/engine-rest/user/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
