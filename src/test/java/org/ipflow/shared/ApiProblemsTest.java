package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.ipflow.WebSliceTest;
import org.ipflow.application.Applications;
import org.ipflow.application.StateConflict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every kind of refusal of /api in the one format clients rely on: RFC 9457 problem details as
 * {@code application/problem+json}, in the request's language, from the security chain, Spring MVC, the
 * modules' exceptions and the engine alike. Pages keep their error pages.
 */
@WebSliceTest
class ApiProblemsTest {

    private static final RequestPostProcessor ENTERPRISE = user("enterprise1").authorities(() -> "enterprise");
    private static final RequestPostProcessor REVIEWER = user("reviewer1").authorities(() -> "reviewer");

    @Autowired
    MockMvc mvc;
    @Autowired
    Applications applications;

    @Test
    void anAnonymousCallerGets401() throws Exception {
        problem(mvc.perform(get("/api/tasks")), 401, "unauthorized")
                .andExpect(jsonPath("$.title").value("需要登录"))
                .andExpect(jsonPath("$.instance").value("/api/tasks"))
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void aWrongRoleGets403InEnglishWhenAsked() throws Exception {
        problem(mvc.perform(get("/api/tasks").with(ENTERPRISE).header("Accept-Language", "en")), 403, "forbidden")
                .andExpect(jsonPath("$.title").value("Not allowed"))
                .andExpect(jsonPath("$.detail").value("Your role may not call this endpoint."));
    }

    @Test
    void anUnknownPathUnderTheApiGets404() throws Exception {
        problem(mvc.perform(get("/api/applications/7/no-such-thing").with(ENTERPRISE)), 404, "notFound");
    }

    @Test
    void aWrongMethodGets405WithAllow() throws Exception {
        problem(mvc.perform(put("/api/tasks").with(REVIEWER)), 405, "methodNotAllowed")
                .andExpect(header().string("Allow", "GET"));
    }

    @Test
    void aBodyOfAnotherTypeGets415() throws Exception {
        problem(mvc.perform(post("/api/applications").with(ENTERPRISE).contentType(MediaType.TEXT_PLAIN).content("x")),
                415, "unsupportedMediaType");
    }

    @Test
    void malformedJsonGets400WithTheRequestsError() throws Exception {
        problem(mvc.perform(post("/api/applications").with(ENTERPRISE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"data\":")), 400, "invalid")
                .andExpect(jsonPath("$.errors.request").value("请求体不是符合要求的 JSON。"));
    }

    @Test
    void aMistypedPathVariableGets400WithItsName() throws Exception {
        problem(mvc.perform(get("/api/applications/abc").with(ENTERPRISE)), 400, "invalid")
                .andExpect(jsonPath("$.errors.id").value("该值的类型或格式不正确。"));
    }

    @Test
    void aBodyOverTheLimitGets413BeforeAnythingReadsIt() throws Exception {
        problem(mvc.perform(post("/api/applications").with(ENTERPRISE).contentType(MediaType.APPLICATION_JSON)
                .content(new byte[3 * 1024 * 1024])), 413, "tooLarge")
                .andExpect(jsonPath("$.errors.request").exists());
    }

    @Test
    void aStateConflictGets409WithItsReason() throws Exception {
        when(applications.submit(eq("enterprise1"), anyLong(), isNull())).thenThrow(new StateConflict("申报已提交"));

        problem(mvc.perform(post("/api/applications/7/submit").with(ENTERPRISE)), 409, "conflict")
                .andExpect(jsonPath("$.detail").value("申报已提交"));
    }

    @Test
    void engineFailuresAreProblemsToo() throws Exception {
        when(applications.submit(eq("enterprise1"), eq(8L), isNull())).thenThrow(new OptimisticLockingException("stale"));
        when(applications.submit(eq("enterprise1"), eq(9L), isNull())).thenThrow(new ProcessEngineException("ENGINE-1 boom"));

        problem(mvc.perform(post("/api/applications/8/submit").with(ENTERPRISE)), 409, "conflict");
        problem(mvc.perform(post("/api/applications/9/submit").with(ENTERPRISE)), 500, "serverError")
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("boom"))));
    }

    /** A page's failure goes on to the container's error page (ErrorPagesIT draws it), never as problem details. */
    @Test
    void pagesKeepTheirErrorPages() throws Exception {
        mvc.perform(get("/applications/not-a-number").with(ENTERPRISE).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).isNull());
    }

    private static ResultActions problem(ResultActions answer, int status, String kind) throws Exception {
        return answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:ipflow:problem:" + kind))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
