package org.ipflow.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ipflow.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** The notes' refusals: no caller unknown, no page form without its CSRF token, and the enterprise's 404. */
@WebSliceTest
class NoteApiControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationNotes notes;

    @Test
    void anAnonymousCallerIsAskedToAuthenticateAndAFormWithoutItsTokenIsRefused() throws Exception {
        mvc.perform(get("/api/applications/7/notes")).andExpect(status().isUnauthorized());
        mvc.perform(post("/applications/7/notes").param("text", "x").with(user("reviewer1").authorities(() -> "reviewer")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(notes);
    }

    @Test
    void anEnterpriseIsToldThereIsNothing() throws Exception {
        when(notes.of(any(Authentication.class), eq(7L))).thenThrow(new ApplicationNotFound(7L));
        when(notes.add(any(Authentication.class), eq(7L), any())).thenThrow(new ApplicationNotFound(7L));
        var enterprise = user("enterprise1").authorities(() -> "enterprise");
        mvc.perform(get("/api/applications/7/notes").with(enterprise)).andExpect(status().isNotFound());
        mvc.perform(post("/api/applications/7/notes").with(enterprise).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"x\"}")).andExpect(status().isNotFound());
    }
}
