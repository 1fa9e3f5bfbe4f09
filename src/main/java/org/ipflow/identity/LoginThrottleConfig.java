package org.ipflow.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;

/**
 * Puts IPFlow's login throttling in front of the identity provider for every filter chain, and turns
 * off the engine's own: Camunda counts failures in {@code ACT_ID_USER} and locks an account for good
 * after {@code loginMaxAttempts} (10), which lets anyone who knows a user name lock that user out
 * until an administrator steps in, and also refuses the right password during its growing delays.
 */
@Configuration
class LoginThrottleConfig {

    /** The engine's delay (base × factor^(attempts−1) seconds) becomes zero and its limit unreachable. */
    static final class NoEngineLoginLock extends AbstractProcessEnginePlugin {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
            configuration.setLoginDelayBase(0);
            configuration.setLoginDelayFactor(0);
            configuration.setLoginDelayMaxTime(0);
        }
    }

    @Bean
    NoEngineLoginLock noEngineLoginLock() {
        return new NoEngineLoginLock();
    }

    /**
     * With two providers Spring Security configures none by itself, so the manager is declared here:
     * the throttle first, then the identity service; the publisher's events count failures and successes.
     */
    @Bean
    AuthenticationManager authenticationManager(LoginThrottleGate gate, EngineIdentityAuthenticationProvider identity,
            AuthenticationEventPublisher events) {
        var manager = new ProviderManager(gate, identity);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
