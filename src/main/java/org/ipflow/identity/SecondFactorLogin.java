package org.ipflow.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After the right password of the login form: a user with a factor is asked for the code, a user who must
 * enrol one is sent to enrolment; either holds only that step's authority until it is done. Everyone else goes
 * on to the page they came for.
 */
final class SecondFactorLogin implements AuthenticationSuccessHandler {

    private static final String PROVIDER_LOGIN = SecondFactorLogin.class.getName() + ".providerLogin";
    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private final SecondFactorStep step;
    private final AuthenticationSuccessHandler otherwise;

    SecondFactorLogin(SecondFactorStep step, AuthenticationSuccessHandler otherwise) {
        this.step = step;
        this.otherwise = otherwise;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        var next = step.afterPassword(authentication);
        if (next.isEmpty()) {
            otherwise.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        if (authentication instanceof OAuth2AuthenticationToken provider) {
            // Kept for after the code: the logout hands the provider's ID token back to end its session too.
            request.getSession().setAttribute(PROVIDER_LOGIN, provider);
        }
        hold(next.get(), request, response);
        boolean pending = next.get().getAuthorities().stream()
                .anyMatch(a -> SecondFactorStep.PENDING.equals(a.getAuthority()));
        response.sendRedirect(request.getContextPath()
                + (pending ? SecondFactorGate.CODE_PAGE : SecondFactorGate.ENROL_PAGE));
    }

    /**
     * After the login, back to the page that asked for it (e.g. a draft whose session had ended), else to
     * /home; by its path only, like every other redirect (the saved address was built from a Host header).
     */
    static SavedRequestAwareAuthenticationSuccessHandler savedPageOrHome() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/home");
        handler.setRedirectStrategy((request, response, url) -> {
            URI target = URI.create(url);
            String path = target.isAbsolute()
                    ? target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    : request.getContextPath() + url;
            response.sendRedirect(path); // never encodeRedirectURL: it would put the session id into the address
        });
        return handler;
    }

    /**
     * The user's authentication after the second step: {@code completed}'s roles, still as a login through the
     * OpenID provider if the first step was one, so that logging out ends the provider's session as well.
     */
    static Authentication afterSecondStep(Authentication completed, HttpServletRequest request) {
        Object provider = request.getSession().getAttribute(PROVIDER_LOGIN);
        request.getSession().removeAttribute(PROVIDER_LOGIN);
        if (provider instanceof OAuth2AuthenticationToken first && first.getPrincipal() instanceof OidcUser user) {
            return new OAuth2AuthenticationToken(new SignedInUser(user, completed.getName(), completed.getAuthorities()),
                    completed.getAuthorities(), first.getAuthorizedClientRegistrationId());
        }
        return completed;
    }

        /** Puts {@code authentication} in place of the session's current one. */
    static void hold(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
