package org.ipflow.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.identity.Contact;
import org.ipflow.identity.UserAccounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a notification into e-mails and SMS in the outbox, in the transaction that writes the notification:
 * an enterprise's notification to the e-mail of each of its accounts (once per address) and an SMS to its
 * contact number; a staff user's to their e-mail. The words are the notification's own, in each recipient's
 * language, with a subject of the kind's and a line pointing to IPFlow.
 */
@Component
class OutboxFeed {

    private final Outbox outbox;
    private final Enterprises enterprises;
    private final UserAccounts accounts;
    private final MessageSource messages;

    OutboxFeed(Outbox outbox, Enterprises enterprises, UserAccounts accounts, MessageSource messages) {
        this.outbox = outbox;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** Returns the ids written, for a caller that replaces the notification in the same transaction. */
    List<Long> toEnterprise(long enterpriseId, String code, String... args) {
        if (!outbox.has(Channel.EMAIL) && !outbox.has(Channel.SMS)) {
            return List.of();
        }
        List<Long> written = new ArrayList<>();
        List<Contact> contacts = enterprises.members(enterpriseId).stream().map(accounts::contact)
                .flatMap(Optional::stream).toList();
        Set<String> addresses = new LinkedHashSet<>();
        for (Contact contact : contacts) {
            if (contact.email() != null && addresses.add(contact.email().toLowerCase(Locale.ROOT))) {
                send(Channel.EMAIL, contact.username(), contact.email(), contact.language(), code, args, null)
                        .ifPresent(written::add);
            }
        }
        Locale language = contacts.isEmpty() ? Locale.SIMPLIFIED_CHINESE : contacts.get(0).language();
        enterprises.findById(enterpriseId).map(Enterprise::contactPhone).flatMap(phone ->
                send(Channel.SMS, null, phone, language, code, args, null)).ifPresent(written::add);
        return written;
    }

    /** Takes back messages written earlier in this transaction, whose words another message replaces. */
    void withdraw(List<Long> ids) {
        outbox.withdraw(ids);
    }

    /** An e-mail to the staff user; {@code dedupeKey} (or null) makes it once only, whatever calls it. */
    void toStaff(String username, String dedupeKey, String code, String... args) {
        if (outbox.has(Channel.EMAIL)) {
            accounts.contact(username).filter(c -> c.email() != null).ifPresent(contact -> send(Channel.EMAIL,
                    username, contact.email(), contact.language(), code, args,
                    dedupeKey == null ? null : dedupeKey + ":" + username));
        }
    }

    private Optional<Long> send(Channel channel, String recipient, String address, Locale language, String code,
            String[] args, String dedupeKey) {
        String text = messages.getMessage(code, Notifications.args(code, args, language), code, language);
        String subject = messages.getMessage("outbox.subject." + code, null,
                messages.getMessage("outbox.subject", null, language), language);
        String body = text + "\n\n" + messages.getMessage("outbox.footer",
                new Object[] {outbox.address("/notifications")}, language);
        return outbox.enqueue(channel, recipient, address, code, language, subject, body,
                dedupeKey == null ? null : dedupeKey + ":" + channel);
    }
}
