package org.ipflow.modeling;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every studio endpoint: anonymous callers go to the login, other roles get 403, administrators get through; CSRF is on. */
@IpflowTest
class StudioSecurityIT {

    private static final String BODY = "{\"content\": \"{\\\"id\\\": \\\"sec-form\\\", \\\"components\\\": []}\", \"version\": 0}";

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String name, String group) {
        return user(name).authorities(List.of(new SimpleGrantedAuthority(group)));
    }

    static Stream<MockHttpServletRequestBuilder> endpoints() {
        return Stream.of(get("/admin/studio"), get("/admin/studio/bpmn/patent-transformation-grant"),
                get("/admin/studio/api/bpmn/patent-transformation-grant"),
                put("/admin/studio/api/form/sec-form/draft"), post("/admin/studio/api/form/sec-form/validate"),
                post("/admin/studio/api/form/sec-form/diff"), post("/admin/studio/api/form/sec-form/deploy"),
                post("/admin/studio/form/preview"), get("/admin/studio/bpmn/patent-transformation-grant/migration"),
                post("/admin/studio/bpmn/patent-transformation-grant/migration"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void anonymousCallersAreSentToTheLogin(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void otherRolesAreRefused(MockHttpServletRequestBuilder request) throws Exception {
        for (String role : List.of("enterprise", "reviewer", "approver", "finance")) {
            mvc.perform(request.with(as(role + "1", role)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void administratorsGetThrough() throws Exception {
        RequestPostProcessor admin = as("admin", "admin");
        mvc.perform(get("/admin/studio").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("patent-transformation-grant")));
        mvc.perform(get("/admin/studio/bpmn/patent-transformation-grant").with(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/studio/api/bpmn/patent-transformation-grant").with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.content").value(org.hamcrest.Matchers.containsString("Task_")));
        mvc.perform(post("/admin/studio/api/form/sec-form/validate").with(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(BODY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.problems").isEmpty());
        mvc.perform(post("/admin/studio/form/preview").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\": \"{\\\"id\\\": \\\"p\\\", \\\"components\\\": [{\\\"id\\\": \\\"Field_n\\\", "
                        + "\\\"type\\\": \\\"textfield\\\", \\\"key\\\": \\\"name\\\", \\\"label\\\": \\\"<b>Name</b>\\\"}]}\"}"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;b&gt;Name&lt;/b&gt;")));
        mvc.perform(get("/admin/studio/bpmn/patent-transformation-grant/migration").with(admin)).andExpect(status().isOk());
    }

    @Test
    void withoutTheCsrfTokenNothingIsSaved() throws Exception {
        mvc.perform(put("/admin/studio/api/form/sec-form/draft").with(as("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON).content(BODY)).andExpect(status().isForbidden());
    }
}
