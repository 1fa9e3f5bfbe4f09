package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.ipflow.IpflowTest;
import org.ipflow.shared.AdminActionPerformed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The audit log page: entries announced by other modules, newest first, 50 a page, older pages by id. */
@IpflowTest
class AuditPageIT {

    private static final RequestPostProcessor ADMIN = user("admin").authorities(new SimpleGrantedAuthority("admin"));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void showsAnnouncedActionsNewestFirstFiftyAPage() throws Exception {
        for (int i = 1; i <= 60; i++) {
            events.publishEvent(new AdminActionPerformed("admin", "USER_CHANGED", "user:audit" + i,
                    i == 60 ? "<script>alert(1)</script>" : "change " + i));
        }

        MvcResult first = mvc.perform(get("/admin/audit").with(ADMIN)).andExpect(status().isOk()).andReturn();
        List<AuditLog.Entry> newest = entries(first);
        assertThat(newest).hasSize(AuditController.PAGE);
        assertThat(newest.get(0).subject()).isEqualTo("user:audit60");
        assertThat(newest.get(49).subject()).isEqualTo("user:audit11");
        assertThat(newest).isSortedAccordingTo((a, b) -> Long.compare(b.id(), a.id()));
        String html = first.getResponse().getContentAsString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("/admin/audit?before=" + newest.get(49).id());

        MvcResult second = mvc.perform(get("/admin/audit").param("before", String.valueOf(newest.get(49).id()))
                .with(ADMIN)).andExpect(status().isOk()).andReturn();
        List<AuditLog.Entry> older = entries(second);
        assertThat(older).extracting(AuditLog.Entry::subject).startsWith("user:audit10", "user:audit9")
                .contains("user:audit1");
        assertThat(older).allSatisfy(e -> assertThat(e.id()).isLessThan(newest.get(49).id()));
    }

    @SuppressWarnings("unchecked")
    private static List<AuditLog.Entry> entries(MvcResult result) {
        return (List<AuditLog.Entry>) result.getModelAndView().getModel().get("entries");
    }
}
