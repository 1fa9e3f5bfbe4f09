package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.ipflow.shared.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** A signed-in caller whose role may not call an /api endpoint: 403 as the API's problem details. */
class ApiDeniedRequests implements AccessDeniedHandler {

    private final ApiProblems problems;

    ApiDeniedRequests(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, null, Map.of());
    }
}
