package org.ipflow.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The browser UI's role rules, with the real security configuration and the real login. */
@IpflowTest
class BrowserSecurityIT {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String name, String... groups) {
        return user(name).authorities(java.util.Arrays.stream(groups)
                .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new).toList());
    }

    @Test
    void eachRoleLandsOnItsHomePage() throws Exception {
        mvc.perform(get("/home").with(as("reviewer1", "reviewer"))).andExpect(redirectedUrl("/tasks"));
        mvc.perform(get("/home").with(as("finance1", "finance"))).andExpect(redirectedUrl("/tasks"));
        mvc.perform(get("/home").with(as("enterprise1", "enterprise"))).andExpect(redirectedUrl("/applications"));
        mvc.perform(get("/home").with(as("admin", "admin"))).andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/home").with(as("expert1", "expert"))).andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void anExpertFindsTheirTasksInTheNavigationBar() throws Exception {
        mvc.perform(get("/tasks").with(as("expert1", "expert"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/tasks/done\"")));
        // Their applications are the ones drawn for them, listed in that inbox; no list that answers "no enterprise".
        mvc.perform(get("/applications").with(as("expert1", "expert"))).andExpect(redirectedUrl("/tasks"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/register", "/public/notices", "/actuator/health"})
    void publicPagesNeedNoLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/applications", "/tasks", "/tasks/done", "/programmes", "/home", "/login/oidc/confirm",
            "/oauth2/authorization/gov"})
    void privatePagesSendAnonymousUsersToLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
    }

    /** The shared context has no OpenID provider: IPFlow's own login alone, as before single sign-on. */
    @Test
    void withoutAProviderTheLoginPageIsTheFormAloneAndTheConfirmationIsClosed() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"password\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("login-provider"))));
        mvc.perform(get("/login/oidc/confirm").with(as("enterprise1", "enterprise"))).andExpect(status().isForbidden());
    }

    @Nested
    class Roles {

        @Test
        void enterprisesApplyButHaveNoInbox() throws Exception {
            mvc.perform(get("/programmes").with(as("enterprise1", "enterprise"))).andExpect(status().isOk());
            mvc.perform(get("/applications/new/patent-transformation-grant").with(as("enterprise1", "enterprise")))
                    .andExpect(status().isOk());
            mvc.perform(get("/notifications").with(as("enterprise1", "enterprise"))).andExpect(status().isOk());
            mvc.perform(get("/tasks").with(as("enterprise1", "enterprise"))).andExpect(status().isForbidden());
        }

        @Test
        void staffWorkTasksButDoNotApply() throws Exception {
            for (String role : new String[] {"reviewer", "finance", "approver"}) {
                mvc.perform(get("/tasks").with(as("someone", role))).andExpect(status().isOk());
                mvc.perform(get("/tasks/done").with(as("someone", role))).andExpect(status().isOk());
                mvc.perform(get("/programmes").with(as("someone", role))).andExpect(status().isForbidden());
                // Staff read their own notifications (a reminder about an overdue task), never an enterprise's.
                mvc.perform(get("/notifications").with(as("someone", role))).andExpect(status().isOk());
                mvc.perform(get("/applications/new/patent-transformation-grant").with(as("someone", role)))
                        .andExpect(status().isForbidden());
            }
        }

        @Test
        void administratorsHaveNoInbox() throws Exception {
            mvc.perform(get("/tasks").with(as("admin", "admin"))).andExpect(status().isForbidden());
        }
    }

    @Nested
    class Csrf {

        @Test
        void stateChangingRequestsWithoutTokenAreRefused() throws Exception {
            mvc.perform(post("/applications/new/patent-transformation-grant").with(as("enterprise1", "enterprise"))
                    .param("projectName", "x")).andExpect(status().isForbidden());
            mvc.perform(post("/tasks/some-task/claim").with(as("reviewer1", "reviewer"))).andExpect(status().isForbidden());
            mvc.perform(post("/public/notices/PTG-2026-000001/objections").param("reason", "x"))
                    .andExpect(status().isForbidden());
        }

        @Test
        void withTokenTheRequestReachesTheApplication() throws Exception {
            mvc.perform(post("/tasks/no-such-task/claim").with(as("reviewer1", "reviewer")).with(csrf()))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void pagesCarryAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("Content-Security-Policy",
                org.hamcrest.Matchers.containsString("script-src 'self'")));
    }
}
