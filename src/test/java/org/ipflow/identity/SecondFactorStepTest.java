package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who is asked for what after the right password, by the roles that require a factor. */
class SecondFactorStepTest {

    private final SecondFactors factors = mock(SecondFactors.class);
    private final OwnPassword passwords = mock(OwnPassword.class);

    @Test
    void anAdministratorWithoutAFactorMustEnrolOneWhenAdminRequiresIt() {
        withRoles("admin1", Roles.ADMIN);
        assertThat(authorities(step(List.of(Roles.ADMIN)).afterPassword(password("admin1")).orElseThrow()))
                .containsExactly(SecondFactorStep.ENROL);
    }

    @Test
    void otherStaffGoOnWithTheirPasswordUnlessTheirRoleIsConfigured() {
        withRoles("reviewer9", Roles.REVIEWER);
        assertThat(step(List.of(Roles.ADMIN)).afterPassword(password("reviewer9"))).isEmpty();
        assertThat(step(List.of()).afterPassword(password("reviewer9"))).isEmpty();
        assertThat(authorities(step(List.of(Roles.ADMIN, Roles.REVIEWER)).afterPassword(password("reviewer9"))
                .orElseThrow())).containsExactly(SecondFactorStep.ENROL);
    }

    @Test
    void whoeverHasAFactorIsAskedForTheCodeWhateverTheSetting() {
        when(factors.enrolled("reviewer9")).thenReturn(true);
        assertThat(authorities(step(List.of()).afterPassword(password("reviewer9")).orElseThrow()))
                .containsExactly(SecondFactorStep.PENDING);
    }

    private SecondFactorStep step(List<String> requiredFor) {
        return new SecondFactorStep(factors, new SecondFactorSettings(requiredFor, "IPFlow"), passwords,
                mock(AccountStates.class), mock(LoginThrottle.class), mock(ApplicationEventPublisher.class));
    }

    private void withRoles(String username, String role) {
        when(passwords.withRoles(username)).thenReturn(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority(role))));
    }

    private static Authentication password(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null, List.of());
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
