package org.ipflow.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The account page shows the staff user's trusted e-mail as verified and refuses a wrong code next to its field. */
@IpflowTest
class ContactPageIT {

    @Autowired
    MockMvc mvc;

    @Test
    void theContactPageShowsTheAddressesStateAndAWrongCodeNextToItsField() throws Exception {
        var reviewer = user("reviewer2").authorities(new SimpleGrantedAuthority("reviewer"));
        mvc.perform(get("/account/contact").param("lang", "en").with(reviewer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-state\"")))
                .andExpect(content().string(containsString(">verified<")));
        mvc.perform(post("/account/contact/verify").param("channel", "SMS").param("code", "123456").with(csrf())
                        .with(reviewer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
    }
}
