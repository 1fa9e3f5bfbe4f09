package org.ipflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The draft page hides the start form's conditional fields for what is on screen (form-js's
 * {@code conditional.hide}), as saving the draft drops their values: the certification's previous
 * certificate number only for a re-evaluation.
 */
@IpflowTest
class DraftConditionsIT {

    private static final String BOX = "data-path=\"previousCertificateNumber\"\\s+hidden";

    @Autowired MockMvc mvc;
    @Autowired TestRestTemplate rest;

    @Test
    void aFieldHiddenByTheStartFormsConditionIsHiddenUntilTheAnswerShowsIt() throws Exception {
        String enterprise = new ApiClient(rest).newEnterprise();
        String fresh = mvc.perform(get("/applications/new/pilot-enterprise-certification")
                .with(user(enterprise).authorities(() -> "enterprise"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // adding a row re-renders what is on screen without saving it
        String reevaluation = mvc.perform(post("/applications/new/pilot-enterprise-certification")
                .param("applicationType", "reevaluation").param("_addRow", "none")
                .with(user(enterprise).authorities(() -> "enterprise")).with(csrf())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(fresh).contains("data-path=\"previousCertificateNumber\"").containsPattern(BOX)
                .contains("data-form-state=\"/applications/new/pilot-enterprise-certification/form-state\"");
        assertThat(reevaluation).contains("data-path=\"previousCertificateNumber\"").doesNotContainPattern(BOX);
    }

    @Test
    void theDraftPageAsksWhatIsHiddenAsTheApplicantTypes() throws Exception {
        String enterprise = new ApiClient(rest).newEnterprise();

        assertThat(hidden(enterprise, "initial")).contains("previousCertificateNumber");
        assertThat(hidden(enterprise, "reevaluation")).doesNotContain("previousCertificateNumber");
    }

    private String hidden(String enterprise, String type) throws Exception {
        return mvc.perform(post("/applications/new/pilot-enterprise-certification/form-state").param("applicationType", type)
                .with(user(enterprise).authorities(() -> "enterprise")).with(csrf())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
