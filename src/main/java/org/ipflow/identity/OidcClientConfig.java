package org.ipflow.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The OpenID provider's registration, only when {@code ipflow.security.oidc.issuer-uri} is set: its endpoints
 * and keys come from the issuer's discovery document, read once at start-up (a provider that cannot be
 * reached then stops the start, rather than leaving a login button that fails).
 */
@Configuration
@ConditionalOnExpression("!'${ipflow.security.oidc.issuer-uri:}'.isBlank()")
class OidcClientConfig {

    @Bean
    ClientRegistrationRepository signOnProvider(OidcSettings settings) {
        return new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(OidcSettings.REGISTRATION)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build());
    }
}
