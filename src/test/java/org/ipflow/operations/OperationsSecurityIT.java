package org.ipflow.operations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every operations and audit endpoint: anonymous callers go to the login, other roles get 403, a POST needs the CSRF token. */
@IpflowTest
class OperationsSecurityIT {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String name, String role) {
        return user(name).authorities(List.of(new SimpleGrantedAuthority(role)));
    }

    static Stream<MockHttpServletRequestBuilder> endpoints() {
        return Stream.of(get("/admin/operations"), get("/admin/audit"), get("/admin/audit?before=10"),
                post("/admin/operations/incidents/some-incident/retry"), post("/admin/operations/timers/some-job/run"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void anonymousCallersAreSentToTheLogin(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void otherRolesAreRefused(MockHttpServletRequestBuilder request) throws Exception {
        for (String role : List.of("enterprise", "reviewer", "approver", "finance")) {
            mvc.perform(request.with(as(role + "1", role)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void administratorsSeeThePages() throws Exception {
        mvc.perform(get("/admin/operations").with(as("admin", "admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").with(as("admin", "admin"))).andExpect(status().isOk());
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/operations/incidents/some-incident/retry").with(as("admin", "admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/operations/timers/some-job/run").with(as("admin", "admin")))
                .andExpect(status().isForbidden());
    }
}
