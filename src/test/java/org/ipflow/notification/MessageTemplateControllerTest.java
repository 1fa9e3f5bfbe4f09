package org.ipflow.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.ipflow.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The template pages and API: administrators alone; a refused text is shown again as typed, next to its error. */
@WebSliceTest
class MessageTemplateControllerTest {

    private static final RequestPostProcessor ADMIN = user("admin").authorities(() -> "admin");
    private static final String EVENT = "notification.status.APPROVED";

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageTemplates templates;

    @Test
    void nobodyButAnAdministratorReadsOrChangesATemplate() throws Exception {
        for (String role : new String[] {"enterprise", "reviewer", "finance", "approver", "expert"}) {
            RequestPostProcessor caller = user("someone").authorities(() -> role);
            mvc.perform(get("/api/admin/message-templates").with(caller)).andExpect(status().isForbidden());
            mvc.perform(get("/api/admin/message-templates/" + EVENT).with(caller)).andExpect(status().isForbidden());
            mvc.perform(put("/api/admin/message-templates/" + EVENT).with(caller)
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/message-templates").with(caller)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/message-templates/" + EVENT).with(caller)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/message-templates/" + EVENT).with(caller).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/message-templates/" + EVENT + "/reset").with(caller).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/admin/message-templates")).andExpect(status().isUnauthorized());
        verifyNoInteractions(templates);
    }

    @Test
    void aRefusedTemplateIsShownAgainAsTypedWithTheErrorNamingThePlaceholder() throws Exception {
        var text = new EventTemplates.TemplateText("申请已批准", "申报 {number} 已批准。", false);
        when(templates.of(EVENT)).thenReturn(Optional.of(new EventTemplates(EVENT, List.of("number"), text, text)));
        when(templates.save(eq("admin"), eq(EVENT), any())).thenReturn(Map.of("bodyZh", "未知的占位符：{amount}。"));

        mvc.perform(post("/admin/message-templates/" + EVENT).with(ADMIN).with(csrf())
                        .param("subjectZh", "批准").param("bodyZh", "申报 {number} 批准金额 {amount}")
                        .param("subjectEn", "Approved").param("bodyEn", "Application {number} approved"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("申报 {number} 批准金额 {amount}")))
                .andExpect(content().string(Matchers.containsString("id=\"bodyZh-error\"")))
                .andExpect(content().string(Matchers.containsString("未知的占位符：{amount}。")));
    }

    @Test
    void everyEventIsListedByANameInTheAdministratorsLanguageWithItsCodeBeside() throws Exception {
        var text = new EventTemplates.TemplateText("申请已批准", "申报 {number} 已批准。", false);
        when(templates.all()).thenReturn(TemplateEvents.codes().stream()
                .map(code -> new EventTemplates(code, List.of("number"), text, text)).toList());

        mvc.perform(get("/admin/message-templates").with(ADMIN).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">申请获批准</a>")))
                .andExpect(content().string(Matchers.containsString(">专家库不足</a>")))
                .andExpect(content().string(Matchers.containsString(">notification.status.APPROVED</code>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??messageTemplates.name"))));
        mvc.perform(get("/admin/message-templates").with(ADMIN).param("lang", "en"))
                .andExpect(content().string(Matchers.containsString(">Application approved</a>")))
                .andExpect(content().string(Matchers.containsString(">Daily task digest</a>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??messageTemplates.name"))));
    }
}
