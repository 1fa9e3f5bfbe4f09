package org.ipflow.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.identity.Contact;
import org.ipflow.identity.UserAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a user may be reached and what they want to hear there. An address counts once verified: one the user
 * entered (or an enterprise's registration e-mail) only after the code sent to it came back; a staff account's
 * e-mail, which the office's administrators set, counts as it is until its owner enters another. Statutory
 * messages ({@link MessageKind#statutory}) reach every verified address whatever the choices.
 */
@Service
@Transactional
public class ContactBook {

    /** The channels a person has an address for (others, such as a system's endpoint, are not a person's). */
    static final List<Channel> PERSONAL = List.of(Channel.EMAIL, Channel.SMS);

    /** An address as it stands, from the user's own entry or the account. */
    record Current(String address, boolean verified) {
    }

    private final ContactStore store;
    private final UserAccounts accounts;
    private final Enterprises enterprises;

    ContactBook(ContactStore store, UserAccounts accounts, Enterprises enterprises) {
        this.store = store;
        this.accounts = accounts;
        this.enterprises = enterprises;
    }

    @Transactional(readOnly = true)
    public ContactDetails details(String username) {
        Optional<Current> email = current(username, Channel.EMAIL);
        Optional<Current> mobile = current(username, Channel.SMS);
        Map<MessageKind, Map<Channel, Boolean>> choices = new EnumMap<>(MessageKind.class);
        Map<MessageKind, Map<Channel, Boolean>> own = store.choices(username);
        for (MessageKind kind : MessageKind.values()) {
            Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
            PERSONAL.forEach(channel -> channels.put(channel, own.getOrDefault(kind, Map.of())
                    .getOrDefault(channel, kind.wantedByDefault(channel))));
            choices.put(kind, channels);
        }
        return new ContactDetails(email.map(Current::address).orElse(null), email.map(Current::verified).orElse(false),
                mobile.map(Current::address).orElse(null), mobile.map(Current::verified).orElse(false), choices);
    }

    /** Sets the given choices (kinds and channels left out stay as they were). */
    public void choose(String username, Map<MessageKind, Map<Channel, Boolean>> choices) {
        choices.forEach((kind, channels) -> channels.forEach((channel, wanted) -> {
            if (PERSONAL.contains(channel) && wanted != null) {
                store.choose(username, kind, channel, wanted);
            }
        }));
    }

    /**
     * The verified address to send a message of this kind to by this channel; empty when there is none or the
     * user does not want the kind there (unless the message is statutory). {@code account} is the user's
     * account as the caller read it, whose e-mail counts where the user entered none of their own.
     */
    @Transactional(readOnly = true)
    Optional<String> address(Contact account, Channel channel, MessageKind kind, boolean statutory) {
        String username = account.username();
        Optional<String> verified = current(username, channel, () -> Optional.of(account))
                .filter(Current::verified).map(Current::address);
        if (verified.isEmpty() || statutory) {
            return verified;
        }
        boolean wanted = store.choices(username).getOrDefault(kind, Map.of())
                .getOrDefault(channel, kind.wantedByDefault(channel));
        return wanted ? verified : Optional.empty();
    }

    Optional<Current> current(String username, Channel channel) {
        return current(username, channel, () -> accounts.contact(username));
    }

    private Optional<Current> current(String username, Channel channel, Supplier<Optional<Contact>> account) {
        Optional<ContactStore.Address> own = store.find(username, channel);
        if (own.isPresent()) {
            return own.map(a -> new Current(a.address(), a.verified()));
        }
        if (channel != Channel.EMAIL) {
            return Optional.empty();
        }
        boolean staff = enterprises.ofUser(username).isEmpty();
        return account.get().map(Contact::email).map(email -> new Current(email, staff));
    }
}
