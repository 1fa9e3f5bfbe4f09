package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with the reason the provider's login was refused (a known one of {@link OidcLogin}),
 * or a plain failure for anything else the exchange with the provider ran into.
 */
final class SignOnRefused implements AuthenticationFailureHandler {

    private static final Set<String> EXPLAINED = Set.of(OidcLogin.INVALID_CREDIT_CODE, OidcLogin.UNKNOWN_STAFF,
            OidcLogin.ENTERPRISE_CHANGED, OidcLogin.DISABLED, OidcLogin.MISSING_CLAIM);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String code = exception instanceof OAuth2AuthenticationException refused
                ? refused.getError().getErrorCode() : null;
        response.sendRedirect(request.getContextPath() + "/login?refused="
                + (EXPLAINED.contains(code) ? code : "failed"));
    }
}
