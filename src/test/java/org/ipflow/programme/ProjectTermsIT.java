package org.ipflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.modeling.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A programme's project terms as administrators edit them: on the programme page (refused input kept) and
 * through the API, both audited, and what the grant's tranche building block then reads.
 */
@IpflowTest
class ProjectTermsIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ProjectTerms terms;
    @Autowired AuditLog audit;
    @Autowired org.ipflow.application.ReportForms reportForms;

    static RequestPostProcessor admin() {
        return user("admin").authorities(List.of(new SimpleGrantedAuthority("admin")));
    }

    @Test
    void thePageSavesTheTermsKeepsRefusedInputAndClearingBothRemovesThem() throws Exception {
        String key = new TestProgrammes(context).defineGrantLike(List.of());
        String page = "/admin/programmes/" + key;
        mvc.perform(post(page + "/project-terms").with(admin()).with(csrf())
                        .param("awardPercent", "70").param("projectMonths", "12").param("reportForm", ""))
                .andExpect(redirectedUrl(page + "#project-terms"));
        assertThat(terms.reportForm(key)).isEqualTo(ProjectTerms.DEFAULT_REPORT_FORM);
        assertThat(terms.of(key)).contains(new ProjectTerms.Terms(70, 12));
        mvc.perform(get(page).with(admin())).andExpect(content().string(allOf(
                containsString("id=\"terms-awardPercent\""), containsString("value=\"70\""), containsString("value=\"12\""),
                containsString("id=\"terms-reportForm\""))));

        var refused = mvc.perform(post(page + "/project-terms").with(admin()).with(csrf())
                .param("awardPercent", "150").param("projectMonths", "6").param("reportForm", "grant-review")).andReturn();
        assertThat(terms.of(key)).contains(new ProjectTerms.Terms(70, 12));
        assertThat((Map<String, Object>) refused.getFlashMap())
                .containsEntry("terms", new ProjectTermsForm("150", "6", "grant-review"));
        assertThat(((Map<String, String>) refused.getFlashMap().get("termsErrors")).get("reportForm"))
                .as("names what the form lacks").contains("grant-review", "newOutputValue", "jobs", "moneySpent");

        mvc.perform(post(page + "/project-terms").with(admin()).with(csrf())
                .param("awardPercent", "").param("projectMonths", "")).andExpect(status().is3xxRedirection());
        assertThat(terms.of(key)).isEmpty();
        assertThat(audit.latest(50)).filteredOn(e -> e.subject().equals("programme:" + key))
                .extracting(AuditLog.Entry::action).containsOnly("PROGRAMME_CREATE", "PROGRAMME_PROJECT_TERMS")
                .filteredOn("PROGRAMME_PROJECT_TERMS"::equals).hasSize(2);
    }

    @Test
    void theApiReadsAndSetsTheTermsAndRefusesWhatTheTableCannotHold() throws Exception {
        String key = new TestProgrammes(context).defineGrantLike(List.of());
        String api = "/api/admin/programmes/" + key + "/project-terms";
        mvc.perform(get(api).with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.awardPercent").doesNotExist()).andExpect(jsonPath("$.projectMonths").doesNotExist());
        mvc.perform(put(api).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"awardPercent\": 60, \"projectMonths\": 24}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.awardPercent").value(60))
                .andExpect(jsonPath("$.projectMonths").value(24));
        assertThat(terms.of(key)).contains(new ProjectTerms.Terms(60, 24));
        assertThat(audit.latest(20)).filteredOn(e -> e.subject().equals("programme:" + key))
                .extracting(AuditLog.Entry::detail)
                .contains("60% on award, the rest on acceptance after 24 months; results reported with form project-results");

        mvc.perform(put(api).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"awardPercent\": 0, \"projectMonths\": 121}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.awardPercent").exists()).andExpect(jsonPath("$.errors.projectMonths").exists());
        mvc.perform(put(api).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        assertThat(terms.of(key)).contains(new ProjectTerms.Terms(60, 24));
        mvc.perform(get("/api/admin/programmes/no-such-programme/project-terms").with(admin()))
                .andExpect(status().isNotFound());
    }

    /**
     * A report form is programme data: one deployed in the studio with the four figures and a field of its own is
     * taken (a client that does not name one leaves it), the enterprise's form is then that one; a form without the
     * figures or no form at all is refused with the field named.
     */
    @Test
    void theReportFormIsChosenPerProgrammeAndMustAskForTheFourFigures() throws Exception {
        String key = new TestProgrammes(context).defineGrantLike(List.of());
        String api = "/api/admin/programmes/" + key + "/project-terms";
        String form = "results-" + key;
        String schema = new String(getClass().getResourceAsStream("/forms/project-results.form").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"project-results\"", "\"" + form + "\"")
                .replace("\"key\": \"summary\"", "\"key\": \"licencesSigned\"");
        mvc.perform(post("/admin/studio/api/form/" + form + "/deploy").with(admin()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        Map.of("content", schema, "version", 0)))).andExpect(status().isOk());

        mvc.perform(put(api).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"awardPercent\": 70, \"projectMonths\": 12, \"reportForm\": \"" + form + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reportForm").value(form));
        mvc.perform(put(api).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"awardPercent\": 60, \"projectMonths\": 12}")).andExpect(jsonPath("$.reportForm").value(form));
        assertThat(reportForms.entry(key, Map.of(), Map.of(), java.util.Locale.CHINA).fields())
                .extracting(f -> f.name()).containsExactly("newOutputValue", "jobs", "patentsImplemented", "moneySpent",
                        "licencesSigned");
        assertThat(audit.latest(20)).filteredOn(e -> e.subject().equals("programme:" + key))
                .extracting(AuditLog.Entry::detail).anyMatch(d -> d.endsWith("results reported with form " + form));

        mvc.perform(put(api).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"awardPercent\": 70, \"projectMonths\": 12, \"reportForm\": \"grant-scoring\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reportForm").value(allOf(
                        containsString("grant-scoring"), containsString("newOutputValue, jobs, patentsImplemented, moneySpent"))));
        mvc.perform(put(api).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"awardPercent\": 70, \"projectMonths\": 12, \"reportForm\": \"no-such-form\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reportForm").value(containsString("no-such-form")));
        assertThat(terms.reportForm(key)).isEqualTo(form);
    }
}
