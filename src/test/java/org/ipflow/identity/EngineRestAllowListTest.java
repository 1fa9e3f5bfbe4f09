package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The allow-list by method and path, without the engine: what passes to Jersey, what answers 404 or 400. */
class EngineRestAllowListTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /engine-rest/version, 200",
            "GET, /engine-rest/deployment, 200",
            "POST, /engine-rest/deployment/create, 200",
            "GET, /engine-rest/deployment/5f1c-42, 200",
            "DELETE, /engine-rest/deployment/5f1c-42, 200",
            "GET, /engine-rest/deployment/5f1c-42/resources/7a/data, 200",
            "GET, /engine-rest/process-definition/grant:3:77/xml, 200",
            "GET, /engine-rest/decision-definition/key/grant-funding-rate/xml, 200",
            "GET, /engine-rest/deployment/registered, 404",
            "POST, /engine-rest/deployment/5f1c-42/redeploy, 404",
            "PUT, /engine-rest/deployment/5f1c-42, 404",
            "GET, /engine-rest/process-definition/statistics, 404",
            "POST, /engine-rest/process-definition/grant:3:77/start, 404",
            "POST, /engine-rest/task/42/complete, 404",
            "POST, /engine-rest/task, 404",
            "GET, /engine-rest/user, 404",
            "GET, /engine-rest/engine/default/version, 404",
            "GET, /engine-rest/version/, 404",
            "GET, /engine-rest/VERSION, 404"})
    void passesOnlyWhatIsListed(String method, String path, int status) throws Exception {
        assertThat(call(method, path, null).getStatus()).as(method + " " + path).isEqualTo(status);
    }

    @Test
    void aCascadingDeletionIsRefusedWithTheReason() throws Exception {
        MockHttpServletResponse response = call("DELETE", "/engine-rest/deployment/5f1c-42", "cascade");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("cascade=true is not offered");
    }

    private static MockHttpServletResponse call(String method, String path, String trueParameter) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (trueParameter != null) {
            request.setParameter(trueParameter, "true");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new EngineRestAllowList(event -> { }).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
