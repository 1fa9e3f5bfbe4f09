package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@Isolated // one test times bcrypt checks against each other: no other test may take the CPU meanwhile
class EngineIdentityAuthenticationProviderTest {

    private final IdentityService identity = mock(IdentityService.class);
    private final UserQuery users = mock(UserQuery.class);
    private final GroupQuery groups = mock(GroupQuery.class);
    private final MutableClock clock = new MutableClock();
    private final UserEntity reviewer = new UserEntity("reviewer1");
    private final Map<String, AccountState> states = new HashMap<>();
    private EngineIdentityAuthenticationProvider provider;

    @BeforeEach
    void setUp() {
        reviewer.setDbPassword("{bcrypt-hash-1}");
        when(identity.createUserQuery()).thenReturn(users);
        when(users.userId(anyString())).thenReturn(users);
        when(users.singleResult()).thenReturn(reviewer);
        when(identity.createGroupQuery()).thenReturn(groups);
        when(groups.groupMember(anyString())).thenReturn(groups);
        when(groups.list()).thenReturn(List.of(new GroupEntity("reviewer")));
        when(identity.checkPassword("reviewer1", "demo")).thenReturn(true);
        provider = new EngineIdentityAuthenticationProvider(identity,
                name -> states.getOrDefault(name, AccountState.ACTIVE), new BcryptPasswordEncryptor(10), clock,
                Duration.ofMinutes(1));
    }

    private Authentication login(String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reviewer1", password));
    }

    @Test
    void aRepeatedLoginWithinTheTimeToLiveSkipsTheBcryptCheck() {
        Authentication first = login("demo");
        Authentication second = login("demo");
        assertThat(second.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("reviewer");
        assertThat(second.getCredentials()).isNull();
        assertThat(first.getAuthorities()).isEqualTo(second.getAuthorities());
        verify(identity, times(1)).checkPassword("reviewer1", "demo");
    }

    @Test
    void afterTheTimeToLiveThePasswordIsCheckedAgain() {
        login("demo");
        clock.advance(Duration.ofSeconds(61));
        login("demo");
        verify(identity, times(2)).checkPassword("reviewer1", "demo");
    }

    /**
     * Finding 7: a wrong password took ~311 ms for a real account and ~23 ms for an unknown name, which told
     * names apart. Now an unknown name costs a bcrypt comparison too; measured against a real bcrypt check.
     */
    @Test
    void anUnknownNameTakesAsLongAsAWrongPasswordForARealAccount() {
        var bcrypt = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder();
        String hash = bcrypt.encode("demo");
        reviewer.setDbPassword(hash);
        // As the engine does: bcrypt for an account it finds, a quick "no" for a name it does not.
        when(identity.checkPassword(anyString(), anyString())).thenAnswer(
                call -> "reviewer1".equals(call.getArgument(0)) && bcrypt.matches(call.getArgument(1), hash));
        UserQuery nobody = mock(UserQuery.class);
        when(users.userId("no-such-user")).thenReturn(nobody);
        login("warm-up-wrong", "reviewer1");
        login("warm-up-wrong", "no-such-user");

        long real = medianMillis(() -> login("wrong", "reviewer1"));
        long unknown = medianMillis(() -> login("wrong", "no-such-user"));

        assertThat(real).as("a real bcrypt check").isGreaterThanOrEqualTo(10);
        assertThat(unknown).as("an unknown name, against %d ms for a real one", real).isGreaterThanOrEqualTo(real / 2);
    }

    private void login(String password, String username) {
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                password))).isInstanceOf(BadCredentialsException.class);
    }

    private static long medianMillis(Runnable action) {
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            action.run();
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    @Test
    void anAccountThatMustChangeItsPasswordGetsNoRole() {
        login("demo");
        states.put("reviewer1", new AccountState(false, true, null, null, null));
        assertThat(login("demo").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(PasswordChangeGate.AUTHORITY);
    }

    @Nested
    class Refused {

        @Test
        void aDisabledAccountEvenRightAfterASuccessfulLogin() {
            login("demo");
            states.put("reviewer1", new AccountState(true, false, null, null, null));
            assertThatThrownBy(() -> login("demo")).isInstanceOf(DisabledException.class);
            assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        }

        @Test
        void aWrongPasswordEvenRightAfterASuccessfulLogin() {
            login("demo");
            assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
            verify(identity).checkPassword("reviewer1", "wrong");
        }

        @Test
        void theOldPasswordOnceThePasswordChanged() {
            login("demo");
            reviewer.setDbPassword("{bcrypt-hash-2}");
            when(identity.checkPassword("reviewer1", "demo")).thenReturn(false);
            assertThatThrownBy(() -> login("demo")).isInstanceOf(BadCredentialsException.class);
        }

        @Test
        void aDeletedUser() {
            login("demo");
            when(users.singleResult()).thenReturn(null);
            when(identity.checkPassword("reviewer1", "demo")).thenReturn(false);
            assertThatThrownBy(() -> login("demo")).isInstanceOf(BadCredentialsException.class);
        }

        @Test
        void aLockedUser() {
            login("demo");
            reviewer.setLockExpirationTime(Date.from(clock.instant().plusSeconds(600)));
            when(identity.checkPassword("reviewer1", "demo")).thenReturn(false);
            assertThatThrownBy(() -> login("demo")).isInstanceOf(BadCredentialsException.class);
        }

        @Test
        void aForgottenUserIsCheckedAgain() {
            login("demo");
            provider.forget("reviewer1");
            when(identity.checkPassword("reviewer1", "demo")).thenReturn(false);
            assertThatThrownBy(() -> login("demo")).isInstanceOf(BadCredentialsException.class);
        }

        @Test
        void aBlankUserName() {
            assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(" ", "x")))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
