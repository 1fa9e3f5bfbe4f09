package org.ipflow.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.ipflow.enterprise.NewRegistrations.PASSWORD;
import static org.ipflow.enterprise.NewRegistrations.body;
import static org.ipflow.enterprise.NewRegistrations.creditCode;
import static org.ipflow.enterprise.NewRegistrations.username;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.ipflow.IpflowTest;
import org.ipflow.identity.Roles;
import org.ipflow.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registration page behind the application's real security filter chains. */
@IpflowTest
class RegistrationPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void isServedToAnonymousVisitors() throws Exception {
        mvc.perform(get("/register")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("<label for=\"creditCode\""), containsString("name=\"_csrf\""),
                containsString("type=\"password\""), containsString("<option value=\"152900\">阿拉善盟</option>"),
                containsString("aria-describedby=\"username-help\""), not(containsString("is-invalid")))));
    }

    @Test
    void namesTheRegionsInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/register").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"150100\">Hohhot</option>")));
    }

    @Test
    void refusesAPostWithoutCsrfToken() throws Exception {
        String username = username();
        mvc.perform(form(username, creditCode())).andExpect(status().isForbidden());
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void showsTheMessagesNextToTheFieldsAndKeepsTheInputButThePassword() throws Exception {
        String username = username();
        String badCode = creditCode().substring(0, 17) + "I";

        mvc.perform(form(username, badCode, Map.of("contactPhone", "12345")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("统一社会信用代码无效"), containsString("id=\"creditCode-error\""),
                        containsString("aria-describedby=\"creditCode-help creditCode-error\""),
                        containsString("id=\"contactPhone-error\""), containsString("is-invalid"),
                        containsString("value=\"" + username + "\""), containsString("value=\"" + badCode + "\""),
                        containsString("<option value=\"150600\" selected=\"selected\">"),
                        not(containsString(PASSWORD)))));
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void showsATakenCreditCodeNextToItsField() throws Exception {
        mvc.perform(form(username(), DemoEnterprises.BAOTOU_CREDIT_CODE).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该统一社会信用代码已注册。")));
    }

    @Test
    void registersAndSendsTheUserToLogIn() throws Exception {
        String username = username();

        mvc.perform(form(username, creditCode()).with(csrf())).andExpect(redirectedUrl("/login?registered"));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username)
                        .withAuthorities(List.of(new SimpleGrantedAuthority(Roles.ENTERPRISE))));
    }

    private static MockHttpServletRequestBuilder form(String username, String creditCode) {
        return form(username, creditCode, Map.of());
    }

    private static MockHttpServletRequestBuilder form(String username, String creditCode, Map<String, String> changes) {
        MockHttpServletRequestBuilder request = post("/register");
        var body = body(username, creditCode);
        body.putAll(changes);
        for (Map.Entry<String, Object> field : body.entrySet()) {
            request.param(field.getKey(), field.getValue().toString());
        }
        return request;
    }
}
