package org.ipflow.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After the provider's login: a person on their first login goes to confirm the enterprise profile; everyone
 * else goes on as after the password, the second factor included (the provider's own factors are not known).
 */
final class SignOnSuccess implements AuthenticationSuccessHandler {

    private final AuthenticationSuccessHandler afterPassword;

    SignOnSuccess(AuthenticationSuccessHandler afterPassword) {
        this.afterPassword = afterPassword;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication.getAuthorities().stream().anyMatch(a -> SignOn.CONFIRM.equals(a.getAuthority()))) {
            response.sendRedirect(request.getContextPath() + SignOn.CONFIRM_PAGE);
            return;
        }
        afterPassword.onAuthenticationSuccess(request, response, authentication);
    }
}
