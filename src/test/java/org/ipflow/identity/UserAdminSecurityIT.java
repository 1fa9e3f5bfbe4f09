package org.ipflow.identity;

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

/**
 * Every endpoint of the user pages: anonymous callers go to the login, every other role gets 403, a post
 * without the CSRF token is refused even for an administrator; the account page is for every logged-in user.
 */
@IpflowTest
class UserAdminSecurityIT {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String name, String group) {
        return user(name).authorities(List.of(new SimpleGrantedAuthority(group)));
    }

    static Stream<MockHttpServletRequestBuilder> endpoints() {
        return Stream.of(get("/admin/users"), get("/admin/users/new"), post("/admin/users"),
                get("/admin/users/reviewer1"), post("/admin/users/reviewer1/roles").param("roles", "admin"),
                post("/admin/users/reviewer1/disable"), post("/admin/users/reviewer1/enable"),
                post("/admin/users/reviewer1/password").param("password", "Hulunbuir-Lake-58")
                        .param("passwordRepeated", "Hulunbuir-Lake-58"));
    }

    static Stream<MockHttpServletRequestBuilder> posts() {
        return endpoints().filter(request -> "POST".equals(request.buildRequest(null).getMethod()));
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
        // An administrator with a temporary password gets no role until it is changed.
        mvc.perform(request.with(as("admin", PasswordChangeGate.AUTHORITY)).with(csrf()))
                .andExpect(redirectedUrl("/account/password"));
    }

    @ParameterizedTest
    @MethodSource("posts")
    void postsWithoutTheCsrfTokenAreRefused(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(as("admin", "admin"))).andExpect(status().isForbidden());
    }

    @Test
    void administratorsGetThrough() throws Exception {
        mvc.perform(get("/admin/users").with(as("admin", "admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users/new").with(as("admin", "admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users/reviewer1").with(as("admin", "admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users/nobody-here").with(as("admin", "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void theAccountPageIsForEveryLoggedInUser() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/password").with(csrf())).andExpect(redirectedUrl("/login"));
        for (String role : List.of("enterprise", "reviewer", "finance", "approver", "admin")) {
            mvc.perform(get("/account/password").with(as(role + "1", role))).andExpect(status().isOk());
        }
        mvc.perform(post("/account/password").with(as("reviewer1", "reviewer"))).andExpect(status().isForbidden());
    }

    @Test
    void aUserWhoMustChangeThePasswordIsSentToTheAccountPage() throws Exception {
        var temporary = as("someone", PasswordChangeGate.AUTHORITY);
        mvc.perform(get("/home").with(temporary)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/applications").with(temporary)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(temporary)).andExpect(status().isOk());
    }
}
