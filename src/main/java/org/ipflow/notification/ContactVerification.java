package org.ipflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ipflow.application.ValidationFailed;
import org.ipflow.identity.UserAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's new e-mail address or mobile number, proven theirs by a six-digit code sent to it: valid fifteen
 * minutes, five wrong tries, kept only as a hash. Entering the same unverified address again sends a new code,
 * at most one a minute. A verified e-mail becomes the account's, so that a forgotten password reaches it too.
 */
@Service
@Transactional(noRollbackFor = ValidationFailed.class)
public class ContactVerification {

    static final Duration VALID = Duration.ofMinutes(15);
    static final Duration RESEND_AFTER = Duration.ofMinutes(1);
    static final int ATTEMPTS = 5;
    static final String KIND = "contact.verification";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,130}\\.[^@\\s]{1,60}");
    private static final Pattern MOBILE = Pattern.compile("\\+?[0-9][0-9 -]{5,24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContactStore store;
    private final ContactBook book;
    private final Outbox outbox;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final Clock clock;

    ContactVerification(ContactStore store, ContactBook book, Outbox outbox, UserAccounts accounts,
            MessageSource messages, ObjectProvider<Clock> clock) {
        this.store = store;
        this.book = book;
        this.outbox = outbox;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Sets the user's addresses: null leaves one as it is, blank removes it, a new one waits for its code.
     * Refused with 400 on {@code email} or {@code mobile} (malformed, or no such channel here); nothing is
     * changed then.
     */
    public void change(String username, String email, String mobile, Locale language) {
        Map<String, String> errors = new LinkedHashMap<>();
        check("email", Channel.EMAIL, EMAIL, email, language, errors);
        check("mobile", Channel.SMS, MOBILE, mobile, language, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        change(username, Channel.EMAIL, email, language);
        change(username, Channel.SMS, mobile == null ? null : mobile.replaceAll("[ -]", ""), language);
    }

    private void check(String field, Channel channel, Pattern form, String address, Locale language,
            Map<String, String> errors) {
        if (address == null || address.isBlank()) {
            return;
        }
        if (!form.matcher(address.strip()).matches()) {
            errors.put(field, messages.getMessage("contact.error." + field, null, language));
        } else if (!outbox.has(channel)) {
            errors.put(field, messages.getMessage("contact.error.channel", null, language));
        }
    }

    private void change(String username, Channel channel, String wanted, Locale language) {
        if (wanted == null) {
            return;
        }
        String address = wanted.strip();
        if (address.isEmpty()) {
            store.remove(username, channel);
            return;
        }
        Optional<ContactBook.Current> current = book.current(username, channel);
        if (current.filter(c -> c.verified() && c.address().equalsIgnoreCase(address)).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Optional<ContactStore.Address> own = store.find(username, channel)
                .filter(a -> a.address().equalsIgnoreCase(address));
        if (own.filter(a -> a.codeSentAt() != null && a.codeSentAt().isAfter(now.minus(RESEND_AFTER))).isPresent()) {
            return;
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String hash = hash(username, channel, address, code);
        if (own.isPresent()) {
            store.newCode(username, channel, hash, now, now.plus(VALID));
        } else {
            store.replace(username, channel, address, hash, now, now.plus(VALID));
        }
        outbox.enqueue(channel, username, address, KIND, language,
                messages.getMessage("contact.code.subject", null, language),
                messages.getMessage("contact.code.body", new Object[] {code, VALID.toMinutes()}, language), null);
    }

    /**
     * Proves the address with its code. Refused with 400 on {@code code}: no code waiting, expired, used up by
     * wrong tries, or wrong (which counts as a try, also though the request is refused).
     */
    public void verify(String username, Channel channel, String code, Locale language) {
        ContactStore.Address address = store.find(username, channel).filter(a -> a.codeHash() != null)
                .orElseThrow(() -> refused("contact.error.noCode", language));
        Instant now = clock.instant();
        if (!address.codeExpiresAt().isAfter(now)) {
            throw refused("contact.error.expired", language);
        }
        if (address.codeFailures() >= ATTEMPTS) {
            throw refused("contact.error.attempts", language);
        }
        String hash = hash(username, channel, address.address(), code == null ? "" : code.strip());
        if (!MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                address.codeHash().getBytes(StandardCharsets.US_ASCII))
                || !store.verified(username, channel, hash, now)) {
            store.failed(username, channel);
            throw refused("contact.error.code", language);
        }
        if (channel == Channel.EMAIL) {
            accounts.changeEmail(username, address.address());
        }
    }

    private ValidationFailed refused(String code, Locale language) {
        return new ValidationFailed(Map.of("code", messages.getMessage(code, null, language)));
    }

    private static String hash(String username, Channel channel, String address, String code) {
        try {
            String text = username + "\n" + channel + "\n" + address.toLowerCase(Locale.ROOT) + "\n" + code;
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
