package org.ipflow.identity;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The browser's logins: IPFlow's own form unless {@code local-login} is off, the OpenID provider's when one is
 * configured ({@link OidcClientConfig}); and the logout, which for a login through the provider ends the
 * provider's session too (RP-initiated logout) and comes back to IPFlow's login page.
 */
@Component
class SignOnSecurity {

    static final String LOGGED_OUT = "/login?logout";

    private final OidcSettings settings;
    private final ObjectProvider<ClientRegistrationRepository> providers;
    private final OidcLogin users;

    SignOnSecurity(OidcSettings settings, ObjectProvider<ClientRegistrationRepository> providers, OidcLogin users) {
        this.settings = settings;
        this.providers = providers;
        this.users = users;
    }

    /** Whether the form login is on: always without a provider, so that nobody is ever left without a login. */
    boolean localLogin() {
        return settings.localLogin() || providers.getIfAvailable() == null;
    }

    boolean providerLogin() {
        return providers.getIfAvailable() != null;
    }

    void configure(HttpSecurity http, AuthenticationSuccessHandler afterPassword) throws Exception {
        if (localLogin()) {
            http.formLogin(form -> form.loginPage("/login").successHandler(afterPassword)
                    .failureHandler(new LoginFailureHandler(loginFailure())).permitAll());
        }
        ClientRegistrationRepository provider = providers.getIfAvailable();
        if (provider == null) {
            http.logout(logout -> logout.logoutSuccessUrl(LOGGED_OUT));
            return;
        }
        http.oauth2Login(login -> login.loginPage("/login")
                        .userInfoEndpoint(info -> info.oidcUserService(users))
                        .successHandler(new SignOnSuccess(afterPassword))
                        .failureHandler(new SignOnRefused()))
                .logout(logout -> logout.logoutSuccessHandler(logoutSuccess(provider)));
    }

    private static LogoutSuccessHandler logoutSuccess(ClientRegistrationRepository provider) {
        var toProvider = new OidcClientInitiatedLogoutSuccessHandler(provider);
        toProvider.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT);
        toProvider.setDefaultTargetUrl(LOGGED_OUT);
        return toProvider;
    }

    /** A disabled account (right password) is told so; every other failure gets the one same answer. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailure() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(DisabledException.class.getName(), "/login?disabled"));
        return handler;
    }
}
