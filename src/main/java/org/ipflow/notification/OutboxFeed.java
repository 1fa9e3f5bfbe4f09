package org.ipflow.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.identity.Contact;
import org.ipflow.identity.UserAccounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a notification into e-mails and SMS in the outbox, in the transaction that writes the notification:
 * an enterprise's notification to the verified addresses of each of its accounts (once per address), a staff
 * user's to theirs, each on the channels its owner chose for the kind of message ({@link ContactBook}).
 * The words are the event's template an administrator stored ({@link MessageTemplates}), or else the
 * notification's own, in each recipient's language, with a subject of the event's and a line pointing to IPFlow.
 */
@Component
class OutboxFeed {

    private final Outbox outbox;
    private final Enterprises enterprises;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final ContactBook contacts;
    private final MessageTemplates templates;

    OutboxFeed(Outbox outbox, Enterprises enterprises, UserAccounts accounts, MessageSource messages,
            ContactBook contacts, MessageTemplates templates) {
        this.contacts = contacts;
        this.templates = templates;
        this.outbox = outbox;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** Returns the ids written, for a caller that replaces the notification in the same transaction. */
    List<Long> toEnterprise(long enterpriseId, String code, String... args) {
        return toEnterprise(MessageKind.STATUS, enterpriseId, code, args);
    }

    List<Long> toEnterprise(MessageKind kind, long enterpriseId, String code, String... args) {
        List<Channel> channels = channels();
        if (channels.isEmpty()) {
            return List.of();
        }
        List<Long> written = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        boolean statutory = MessageKind.statutory(code);
        for (Contact contact : enterprises.members(enterpriseId).stream().map(accounts::contact)
                .flatMap(Optional::stream).toList()) {
            for (Channel channel : channels) {
                contacts.address(contact, channel, kind, statutory)
                        .filter(address -> addresses.add(channel + ":" + address.toLowerCase(Locale.ROOT)))
                        .flatMap(address -> send(channel, contact.username(), address, contact.language(), code,
                                args, null))
                        .ifPresent(written::add);
            }
        }
        return written;
    }

    /** Takes back messages written earlier in this transaction, whose words another message replaces. */
    void withdraw(List<Long> ids) {
        outbox.withdraw(ids);
    }

    /**
     * To the staff user's verified addresses, on the channels they want this kind of message; {@code dedupeKey}
     * (or null) makes it once only, whatever calls it.
     */
    void toStaff(String username, String dedupeKey, String code, String... args) {
        List<Channel> channels = channels();
        if (channels.isEmpty()) {
            return;
        }
        MessageKind kind = MessageKind.ofStaffMessage(code);
        accounts.contact(username).ifPresent(contact -> channels.forEach(channel -> contacts
                .address(contact, channel, kind, false)
                .ifPresent(address -> send(channel, username, address, contact.language(), code, args,
                        dedupeKey == null ? null : dedupeKey + ":" + username))));
    }

    /**
     * The personal channels this installation can send by: a message no channel can carry reads no account or
     * address (a new task writes one such message per member of its groups, in the completing request).
     */
    private List<Channel> channels() {
        return ContactBook.PERSONAL.stream().filter(outbox::has).toList();
    }

    private Optional<Long> send(Channel channel, String recipient, String address, Locale language, String code,
            String[] args, String dedupeKey) {
        String[] inLanguage = Notifications.args(code, args, language);
        MessageTemplates.Rendered words = templates.render(code, inLanguage, language)
                .orElseGet(() -> new MessageTemplates.Rendered(templates.defaultSubject(code, language),
                        messages.getMessage(code, inLanguage, code, language)));
        String subject = words.subject();
        String body = words.body() + "\n\n" + messages.getMessage("outbox.footer",
                new Object[] {outbox.address("/notifications")}, language);
        return outbox.enqueue(channel, recipient, address, code, language, subject, body,
                dedupeKey == null ? null : dedupeKey + ":" + channel);
    }
}
