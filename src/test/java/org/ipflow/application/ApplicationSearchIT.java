package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * History search: staff find any submitted application by its number or by its enterprise (credit code,
 * part of the name), never a draft; an enterprise searches only its own, by number or title.
 */
@IpflowTest
class ApplicationSearchIT {

    @Autowired
    TestRestTemplate rest;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    void staffFindByNumberCreditCodeOrEnterpriseNameButNeverADraft() {
        String tag = "检索" + UUID.randomUUID().toString().substring(0, 8);
        long hohhot = api.submittedGrant("enterprise1", tag + " 甲", 100000, 40000);
        long baotou = api.submittedGrant("enterprise2", tag + " 乙", 100000, 40000);
        long draft = draft("enterprise1", tag + " 草稿");
        String number = (String) api.application("enterprise1", hohhot).get("number");

        assertThat(ids("reviewer3", number)).containsExactly(hohhot);
        assertThat(ids("reviewer3", number.toLowerCase())).as("case does not matter").containsExactly(hohhot);
        assertThat(ids("approver1", "91150100MA0QCKJ01L")).contains(hohhot).doesNotContain(baotou, draft);
        assertThat(ids("finance1", "包头稀土")).contains(baotou).doesNotContain(hohhot);
        assertThat(ids("reviewer3", "%")).as("a wildcard is a literal").isEmpty();
        assertThat(ids("reviewer3", "   ")).as("blank lists the latest").contains(baotou, hohhot);
    }

    @Test
    void anEnterpriseSearchesOnlyItsOwn() {
        String tag = "自查" + UUID.randomUUID().toString().substring(0, 8);
        long own = draft("enterprise1", tag + " 本企业");
        long other = api.submittedGrant("enterprise2", tag + " 他企业", 100000, 40000);
        String otherNumber = (String) api.application("enterprise2", other).get("number");

        assertThat(ids("enterprise1", tag)).containsExactly(own);
        assertThat(ids("enterprise1", otherNumber)).isEmpty();
        assertThat(ids("enterprise1", "91150200MA0BTXC02X")).as("no search by another's credit code").isEmpty();
    }

    private long draft(String user, String project) {
        var created = api.call(user, HttpMethod.POST, "/api/applications",
                Map.of("programme", "patent-transformation-grant", "data", ApiClient.grantData(project, 100000, 40000)));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private List<Long> ids(String user, String q) {
        var found = api.list(user, "/api/applications?q=" + q);
        assertThat(found.getStatusCode().value()).isEqualTo(200);
        return found.getBody().stream().map(a -> ((Number) a.get("id")).longValue()).toList();
    }
}
