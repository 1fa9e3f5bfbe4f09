package org.ipflow.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.ApplicationStatusChanged;
import org.ipflow.application.EnterpriseNotified;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.shared.Bilingual;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a notification for every status change and every "notify" step, in the transaction that caused
 * it (a rolled-back step notifies nobody), and reads an enterprise user's notifications in the reader's
 * language. Each event arrives once: when a model's notify step (or IPFlow, as on a withdrawal) tells the
 * enterprise about an application whose status changed in the same transaction, its own words replace the
 * generic status message, which would say the same thing again; and the end of a public notice, which
 * returns the application to APPROVED, does not announce the approval a second time. Office staff get
 * their own notifications ({@link #toStaff}), such as a step nobody can take or a reminder about an overdue
 * task.
 */
@Service
@Transactional
public class Notifications {

    private static final String MODEL_MESSAGE = "notification.message";
    private static final String NOTICE = "notification.status." + ApplicationStatus.PUBLIC_NOTICE;

    private final NotificationRepository repository;
    private final Enterprises enterprises;
    private final MessageSource messages;
    private final TransactionScoped<Map<Long, Long>> statusMessages = new TransactionScoped<>(HashMap::new);

    Notifications(NotificationRepository repository, Enterprises enterprises, MessageSource messages) {
        this.repository = repository;
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @EventListener
    void on(ApplicationStatusChanged event) {
        if (event.status() == ApplicationStatus.APPROVED && repository.lastStatusCode(event.enterpriseId(),
                event.applicationId()).filter(NOTICE::equals).isPresent()) {
            // The public notice ended: the application is back to APPROVED, which it was told at the approval.
            return;
        }
        long id = repository.insert(event.enterpriseId(), event.applicationId(),
                "notification.status." + event.status(), event.number());
        statusMessages.inThisTransaction().put(event.applicationId(), id);
    }

    @EventListener
    void on(EnterpriseNotified event) {
        Long generic = statusMessages.inThisTransaction().remove(event.applicationId());
        if (generic != null) {
            repository.delete(generic);
        }
        repository.insert(event.enterpriseId(), event.applicationId(), MODEL_MESSAGE, event.number(),
                event.message() == null ? "" : event.message(), event.messageEn() == null ? "" : event.messageEn());
    }

    /** One notification to each of the staff users, in the caller's transaction. */
    public void toStaff(Collection<String> usernames, Long applicationId, String code, String... args) {
        usernames.forEach(username -> repository.insertForUser(username, applicationId, code, args));
    }

    @Transactional(readOnly = true)
    public List<Notification> recent(String username, Locale locale) {
        return repository.recent(reader(username), 100).stream()
                .map(row -> new Notification(row.id(), row.applicationId(),
                        messages.getMessage(row.code(), args(row, locale), row.code(), locale), row.createdAt(), row.read()))
                .toList();
    }

    /** A model's message is stored as number, Chinese text, English text: the reader gets one of the two. */
    private static String[] args(NotificationRepository.Row row, Locale locale) {
        String[] args = row.args();
        if (!MODEL_MESSAGE.equals(row.code()) || args.length < 3) {
            return args;
        }
        return new String[] {args[0], new Bilingual(args[1], args[2]).in(locale)};
    }

    @Transactional(readOnly = true)
    public int unread(String username) {
        return repository.unread(reader(username));
    }

    public void markAllRead(String username) {
        repository.markAllRead(reader(username));
    }

    /** An enterprise's users share its notifications; anyone else reads their own. */
    private NotificationRepository.Reader reader(String username) {
        return enterprises.ofUser(username).map(e -> new NotificationRepository.Reader(e.id(), null))
                .orElseGet(() -> new NotificationRepository.Reader(null, username));
    }
}
