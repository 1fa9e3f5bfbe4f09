package org.ipflow.application;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A programme whose start form changes while the applicant types, as an administrator would open it:
 * the form ({@code src/test/resources/programmes/live-form/}) deployed through the studio and the programme
 * defined on the certification's process. Its contact's label reads the company ({@code {{company}}}), its
 * trade union is asked from 50 employees ({@code conditional.hide}), its size offers "large" from 50
 * ({@code valuesExpression}), its registration number is readonly until the employees are given and at
 * most that long, and a text sums it up; a table shows its staff list's rows, two a page, with the columns its
 * {@code columnsExpression} gives.
 */
final class LiveForm {

    static final String KEY = "live-form";

    private LiveForm() {
    }

    /** Opens the programme once in the shared application, whichever test asks first. */
    static synchronized void open(MockMvc mvc, ObjectMapper json, ProgrammeCatalog programmes) throws Exception {
        if (programmes.find(KEY).isPresent()) {
            return;
        }
        var admin = user("admin").authorities(() -> "admin");
        String content = new ClassPathResource("programmes/live-form/live-form-start.form")
                .getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(post("/admin/studio/api/form/live-form-start/deploy").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("content", content, "version", 0))))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/programmes").with(admin).with(csrf()).param("key", KEY)
                        .param("nameZh", "表单即时规则").param("nameEn", "Live form rules").param("numberPrefix", "LIV")
                        .param("processKey", "pilot-enterprise-certification").param("startForm", "live-form-start")
                        .param("titleField", "company"))
                .andExpect(status().is3xxRedirection());
    }
}
