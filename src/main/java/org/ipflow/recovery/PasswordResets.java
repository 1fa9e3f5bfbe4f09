package org.ipflow.recovery;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.identity.ForgottenPasswords;
import org.ipflow.identity.UserAccounts;
import org.ipflow.notification.Channel;
import org.ipflow.notification.Outbox;
import org.ipflow.shared.ClientQuotas;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords, asked for by e-mail address or contact number. The request writes the messages to the
 * outbox in its transaction and answers alike whether or not an account has the address; each link or code
 * sets one password once. Requests are counted per client and per address before anything is looked up.
 */
@Service
@Transactional
public class PasswordResets {

    static final int MAX_ACCOUNTS = 5;
    static final int MAX_CODE_FAILURES = 5;

    /** A new password's outcome: refusals by field (empty when set), or the link or code was not valid. */
    record Outcome(boolean validSecret, Map<String, MessageSourceResolvable> refusals) {
        boolean done() {
            return validSecret && refusals.isEmpty();
        }
    }

    private final ResetStore store;
    private final ForgottenPasswords passwords;
    private final Enterprises enterprises;
    private final UserAccounts accounts;
    private final Outbox outbox;
    private final ClientQuotas quotas;
    private final MessageSource messages;
    private final PasswordResetSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(ResetStore store, ForgottenPasswords passwords, Enterprises enterprises, UserAccounts accounts,
            Outbox outbox, ClientQuotas quotas, MessageSource messages, PasswordResetSettings settings,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.passwords = passwords;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.outbox = outbox;
        this.quotas = quotas;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Sends a link to each account of the e-mail address; empty, or the wait when the limits are reached. */
    public Optional<Duration> byEmail(String email, String client) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = limit(address, client);
        if (wait.isEmpty() && outbox.has(Channel.EMAIL)) {
            for (String username : passwords.withEmail(address, MAX_ACCOUNTS)) {
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
                Instant now = clock.instant();
                store.insert(username, "EMAIL", address, ResetStore.sha256(token), now, now.plus(settings.validity()));
                send(Channel.EMAIL, username, email.strip(), "reset.mail",
                        outbox.address("/password-reset/new?token=" + token));
            }
        }
        return wait;
    }

    /** Sends a code to the contact number for each account of its enterprises; as {@link #byEmail}. */
    public Optional<Duration> byPhone(String phone, String client) {
        String address = phone.strip();
        Optional<Duration> wait = limit(address, client);
        if (wait.isEmpty() && outbox.has(Channel.SMS)) {
            for (String username : enterprises.membersByContactPhone(address, MAX_ACCOUNTS)) {
                if (!passwords.enabled(username)) {
                    continue;
                }
                String code = String.format("%06d", random.nextInt(1_000_000));
                Instant now = clock.instant();
                long id = store.insert(username, "SMS", address, null, now, now.plus(settings.validity()));
                store.setSecret(id, ResetStore.sha256(id + ":" + code));
                send(Channel.SMS, username, address, "reset.sms", code);
            }
        }
        return wait;
    }

    /** The account an e-mailed link is for, while it is valid. */
    @Transactional(readOnly = true)
    public Optional<String> accountOfLink(String token) {
        return store.openBySecret(ResetStore.sha256(token == null ? "" : token), clock.instant())
                .map(ResetStore.Open::username);
    }

    public Outcome withLink(String token, String password, String repeated) {
        return store.openBySecret(ResetStore.sha256(token == null ? "" : token), clock.instant())
                .map(open -> set(open, password, repeated)).orElse(new Outcome(false, Map.of()));
    }

    /** A code is tried against the number's open codes; a wrong one counts against each of them. */
    public Outcome withCode(String phone, String code, String password, String repeated) {
        List<ResetStore.Open> open = store.openCodes(phone == null ? "" : phone.strip(), clock.instant(),
                MAX_CODE_FAILURES);
        Optional<ResetStore.Open> match = open.stream()
                .filter(o -> o.secretHash().equals(ResetStore.sha256(o.id() + ":" + (code == null ? "" : code.strip()))))
                .findFirst();
        if (match.isEmpty()) {
            store.failed(open.stream().map(ResetStore.Open::id).toList());
            return new Outcome(false, Map.of());
        }
        return set(match.get(), password, repeated);
    }

    private Outcome set(ResetStore.Open open, String password, String repeated) {
        Map<String, MessageSourceResolvable> refusals = passwords.refusals(open.username(), password, repeated);
        if (!refusals.isEmpty()) {
            return new Outcome(true, refusals);
        }
        if (!store.use(open.id(), clock.instant())) {
            return new Outcome(false, Map.of());
        }
        passwords.reset(open.username(), password);
        return new Outcome(true, Map.of());
    }

    private Optional<Duration> limit(String address, String client) {
        return quotas.take("password-reset-client", client, settings.maxPerClient(), Duration.ofHours(1))
                .or(() -> quotas.take("password-reset-address", address, settings.maxPerAddress(), Duration.ofHours(1)));
    }

    private void send(Channel channel, String username, String address, String key, String secret) {
        Locale language = accounts.contact(username).map(c -> c.language()).orElse(Locale.SIMPLIFIED_CHINESE);
        Object[] args = {username, secret, settings.validity().toMinutes()};
        outbox.enqueue(channel, username, address, key, language,
                messages.getMessage("reset.subject", null, language), messages.getMessage(key, args, language), null);
    }

    private byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
