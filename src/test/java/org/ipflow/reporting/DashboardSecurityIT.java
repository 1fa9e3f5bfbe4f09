package org.ipflow.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who reaches the dashboard, its exports, the targets form and the public figures; and the targets
 * form's validation, with the messages next to the fields.
 */
@IpflowTest
class DashboardSecurityIT {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String name, String role) {
        return user(name).authorities(List.of(new SimpleGrantedAuthority(role)));
    }

    static Stream<MockHttpServletRequestBuilder> dashboard() {
        return Stream.of(get("/dashboard"), get("/dashboard?year=2025"), get("/dashboard/export/status.csv"),
                get("/dashboard/export/overdue.xlsx"));
    }

    static Stream<MockHttpServletRequestBuilder> targets() {
        return Stream.of(get("/admin/targets"), get("/admin/targets/pilot-enterprises"),
                post("/admin/targets/pilot-enterprises").param("targetValue", "150").param("fromYear", "2026")
                        .param("toYear", "2030"));
    }

    @ParameterizedTest
    @MethodSource({"dashboard", "targets"})
    void anonymousCallersAreSentToTheLogin(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @MethodSource("dashboard")
    void onlyApproversAndAdministratorsSeeTheDashboard(MockHttpServletRequestBuilder request) throws Exception {
        for (String role : List.of("enterprise", "reviewer", "finance")) {
            mvc.perform(request.with(as(role + "1", role))).andExpect(status().isForbidden());
        }
        mvc.perform(request.with(as("approver1", "approver"))).andExpect(status().isOk());
        mvc.perform(request.with(as("admin", "admin"))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @MethodSource("targets")
    void onlyAdministratorsEnterTargets(MockHttpServletRequestBuilder request) throws Exception {
        for (String role : List.of("enterprise", "reviewer", "finance", "approver")) {
            mvc.perform(request.with(as(role + "1", role)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void theFiguresArePublicInBothLanguages() throws Exception {
        mvc.perform(get("/public/figures")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("项目数据公开")));
        mvc.perform(get("/public/figures").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Programme figures")));
        mvc.perform(get("/public/figures.csv")).andExpect(status().isOk());
    }

    @Test
    void aTargetPostedWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/targets/pilot-enterprises").with(as("admin", "admin")).param("targetValue", "150")
                .param("fromYear", "2026").param("toYear", "2030")).andExpect(status().isForbidden());
    }

    @Test
    void administratorsFindTheTargetsFromTheAdministrationPageAndTheDashboard() throws Exception {
        mvc.perform(get("/admin").with(as("admin", "admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"/admin/targets\"")));
        mvc.perform(get("/dashboard").with(as("admin", "admin")))
                .andExpect(content().string(Matchers.containsString("href=\"/admin/targets\"")));
        mvc.perform(get("/dashboard").with(as("approver1", "approver")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/admin/targets\""))));
    }

    @Test
    void anUnknownIndicatorIsNotFound() throws Exception {
        mvc.perform(get("/admin/targets/happiness").with(as("admin", "admin"))).andExpect(status().isNotFound());
    }

    @Nested
    class TheTargetForm {

        @Test
        void savesAValidTargetAndListsIt() throws Exception {
            mvc.perform(post("/admin/targets/demonstration-enterprises").with(as("admin", "admin")).with(csrf())
                            .param("targetValue", "20").param("fromYear", "2026").param("toYear", "2030"))
                    .andExpect(redirectedUrl("/admin/targets"));
            mvc.perform(get("/admin/targets").with(as("admin", "admin"))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("2026–2030")));
        }

        @Test
        void showsEachMistakeNextToItsField() throws Exception {
            mvc.perform(post("/admin/targets/pledge-financing-volume").with(as("admin", "admin")).with(csrf())
                            .param("targetValue", "-5").param("fromYear", "2030").param("toYear", "2026"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", "targetValue", "toYear"))
                    .andExpect(content().string(Matchers.allOf(
                            Matchers.containsString("id=\"targetValue-error\""),
                            Matchers.containsString("请填写不小于 0 的数，最多两位小数。"),
                            Matchers.containsString("id=\"toYear-error\""),
                            Matchers.containsString("截止年度不能早于起始年度。"))));
        }

        @Test
        void refusesWhatIsNotANumberAndPlansLongerThanTenYears() throws Exception {
            mvc.perform(post("/admin/targets/pledge-financing-volume").with(as("admin", "admin")).with(csrf())
                            .param("targetValue", "一亿").param("fromYear", "2026").param("toYear", "2040")
                            .param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.allOf(
                            Matchers.containsString("Enter a number of at least 0, with at most two decimals."),
                            Matchers.containsString("A plan cannot span more than 10 years."))));
        }
    }
}
