package org.ipflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipflow.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's programme pages: closed to everyone else, 404 for an unknown key, no change without the
 * session's CSRF token, and refused input shown again on the same page with the messages and what was typed.
 */
@WebSliceTest
class ProgrammeAdminControllerTest {

    private static final RequestPostProcessor ADMIN = user("admin").authorities(() -> "admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgrammeRepository repository;
    @Autowired
    ProgrammeAdministration administration;
    @Autowired
    ProgrammeExpertSettings expertSettings;
    @Autowired
    Rubrics rubrics;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/programmes")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(repository);
    }

    @Test
    void onlyAdministratorsManageProgrammes() throws Exception {
        for (String role : new String[] {"enterprise", "reviewer", "finance", "approver"}) {
            RequestPostProcessor caller = user("someone").authorities(() -> role);
            mvc.perform(get("/admin/programmes").with(caller)).andExpect(status().isForbidden());
            mvc.perform(newProgramme().with(caller).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/programmes/pledge-financing/retire").with(caller).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/programmes/pledge-financing/experts").with(caller).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(repository, administration, expertSettings, rubrics);
    }

    @Test
    void anUnknownProgrammeIs404() throws Exception {
        mvc.perform(get("/admin/programmes/no-such-programme").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        mvc.perform(newProgramme().with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/programmes/pledge-financing/retire").with(ADMIN)).andExpect(status().isForbidden());
        verifyNoInteractions(administration);
    }

    @Test
    void refusedInputShowsTheSamePageWithTheMessagesAndWhatWasTyped() throws Exception {
        when(administration.create(any(ProgrammeForm.class), eq("admin")))
                .thenReturn(new ProgrammeAdministration.Outcome(Map.of("key", "已有项目使用此标识。"), false));

        String page = mvc.perform(newProgramme().with(ADMIN).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("已有项目使用此标识。", "value=\"新型专利导航项目\"", "value=\"pledge-financing\"");
    }

    @Test
    void theExpertSettingsAndRubricAreSavedTogetherOrShownAgainWithTheirMessages() throws Exception {
        stubPledge();
        String page = mvc.perform(experts().param("experts", "0").param("rubric", "team | 团队 | Team | 1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("专家人数应为 1 到 10。", "评分细则有一行格式不对", "team | 团队 | Team | 1",
                "value=\"pledge-financing, finance\"");
        verify(administration, never()).saveExperts(any(), any(), any(), any());

        mvc.perform(experts().param("experts", "5").param("regionRecusal", "true")
                        .param("rubric", "team | 团队 | Team | 40 | 10 | 看团队 |\n\nbudget | 预算 | Budget | 60 | 100"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/programmes/pledge-financing#experts"));
        verify(administration).saveExperts("pledge-financing", new ExpertSettings(List.of("pledge-financing", "finance"),
                5, true, 7, new BigDecimal("15")), List.of(
                new Rubric.Criterion("team", "团队", "Team", new BigDecimal("40"), new BigDecimal("10"), "看团队", null),
                new Rubric.Criterion("budget", "预算", "Budget", new BigDecimal("60"), new BigDecimal("100"), null, null)),
                "admin");
    }

    private MockHttpServletRequestBuilder experts() {
        return post("/admin/programmes/pledge-financing/experts").with(ADMIN).with(csrf())
                .param("fields", "pledge-financing, finance").param("acceptDays", "7").param("dispersionThreshold", "15");
    }

    private void stubPledge() {
        when(repository.find("pledge-financing")).thenReturn(Optional.of(new ProgrammeRepository.Row(pledge(), "admin",
                3, "admin2", Instant.parse("2026-11-25T08:00:00Z"))));
        when(expertSettings.of("pledge-financing")).thenReturn(ExpertSettings.defaults("pledge-financing", BigDecimal.TEN));
    }

    @Test
    void aChangeOverAnotherAdministratorsIsRefusedSayingSo() throws Exception {
        stubPledge();
        when(administration.update(eq("pledge-financing"), any(ProgrammeForm.class), eq("admin")))
                .thenReturn(new ProgrammeAdministration.Outcome(Map.of(), true));

        String page = mvc.perform(post("/admin/programmes/pledge-financing").with(ADMIN).with(csrf())
                        .param("key", "pledge-financing").param("nameZh", "质押贴息（改）").param("version", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("其他管理员已修改此项目，您的修改未保存。", "value=\"质押贴息（改）\"");
    }

    private static MockHttpServletRequestBuilder newProgramme() {
        return post("/admin/programmes").param("key", "pledge-financing").param("nameZh", "新型专利导航项目")
                .param("nameEn", "Patent navigation").param("numberPrefix", "ZLD").param("processKey", "pledge-financing")
                .param("startForm", "pledge-financing-start").param("regions", "150100");
    }

    private static Programme pledge() {
        return new Programme("pledge-financing", "知识产权质押融资贴息", "IP pledge financing interest subsidy", "ZYD",
                "pledge-financing", "pledge-financing-start", "projectTitle", "interestPaid", Map.of(), List.of(), "", "",
                List.of(), null, Programme.Status.ACTIVE, null);
    }
}
