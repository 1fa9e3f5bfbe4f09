package org.ipflow.programme;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Anyone, without logging in, reads which programmes are open, to whom, with which documents and calls. */
@IpflowTest
class PublicProgrammesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void anAnonymousVisitorReadsEveryActiveProgrammeWithItsRulesAndCall() throws Exception {
        mvc.perform(get("/public/programmes")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("专利转化资助"), containsString("知识产权质押融资"),
                        containsString("专利证书"), containsString("必交"), containsString("正在受理，不设截止日期"),
                        // applying needs an account: the page offers registration, not a draft
                        containsString("href=\"/register\""), not(containsString("/applications/new/")))));
    }

    @Test
    void regionsCertificationAndTheNextCallAreShownAndARetiredProgrammeIsNot() throws Exception {
        TestProgrammes programmes = new TestProgrammes(context);
        String limited = programmes.define("patent-transformation-grant-start", List.of("150200"), "PILOT");
        programmes.openCall(limited, Instant.now().plus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(60)));
        String retired = programmes.defineGrantLike(List.of());
        programmes.retire(retired);

        mvc.perform(get("/public/programmes")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"programme-" + limited + "\""),
                        containsString("限以下盟市的企业：包头市"), containsString("知识产权试点企业"),
                        containsString("“测试批次”将于"), not(containsString("programme-" + retired + "\"")))));

        mvc.perform(get("/public/programmes").cookie(new Cookie("ipflow-lang", "en"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Patent-transformation grant"),
                        containsString("Only enterprises in: Baotou"), containsString("&quot;Test call&quot; opens on"))));
    }
}
