package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a failed browser login: a throttled account name is told how many
 * minutes to wait; every other failure gets the same "wrong user name or password", whether the user
 * exists or not.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler otherwise;

    /** {@code otherwise} answers every failure but throttling (a wrong password, a disabled account). */
    LoginFailureHandler(AuthenticationFailureHandler otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
        if (exception instanceof LoginThrottled throttled) {
            response.sendRedirect(request.getContextPath() + "/login?locked="
                    + LoginThrottled.minutes(throttled.retryAfter()));
            return;
        }
        otherwise.onAuthenticationFailure(request, response, exception);
    }
}
