package org.ipflow.notification;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.ApplicationStatusChanged;
import org.ipflow.application.Applications;
import org.ipflow.application.EnterpriseNotified;
import org.ipflow.application.ReceiptLinks;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.shared.Bilingual;
import org.ipflow.shared.OfficeTime;
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
    private final Applications applications;
    private final OutboxFeed outbox;
    private final TransactionScoped<Map<Long, Written>> statusMessages = new TransactionScoped<>(HashMap::new);
    private final ReceiptLinks receipts;

    /** A generic status message of this transaction: its notification and the e-mails and SMS made of it. */
    private record Written(long notification, List<Long> outbox) {
    }

    Notifications(NotificationRepository repository, Enterprises enterprises, Applications applications,
            MessageSource messages, OutboxFeed outbox,
            ReceiptLinks receipts) {
        this.receipts = receipts;
        this.repository = repository;
        this.applications = applications;
        this.enterprises = enterprises;
        this.messages = messages;
        this.outbox = outbox;
    }

    @EventListener
    void on(ApplicationStatusChanged event) {
        if (event.status() == ApplicationStatus.APPROVED && repository.lastStatusCode(event.enterpriseId(),
                event.applicationId()).filter(NOTICE::equals).isPresent()) {
            // The public notice ended: the application is back to APPROVED, which it was told at the approval.
            return;
        }
        String code = "notification.status." + event.status();
        long id = repository.insert(event.enterpriseId(), event.applicationId(), code, event.number());
        List<Long> sent = switch (event.status()) {
            case RETURNED -> returned(event);
            case SUBMITTED -> received(event);
            default -> outbox.toEnterprise(event.enterpriseId(), code, event.number());
        };
        statusMessages.inThisTransaction().put(event.applicationId(), new Written(id, sent));
    }

    /** A return for correction tells, outside IPFlow too, what to correct and by when (the office's date). */
    private List<Long> returned(ApplicationStatusChanged event) {
        Application application = applications.findById(event.applicationId()).orElseThrow();
        String deadline = application.correctionDeadline() == null ? ""
                : DateTimeFormatter.ISO_LOCAL_DATE.format(application.correctionDeadline().atZone(OfficeTime.ZONE));
        return outbox.toEnterprise(event.enterpriseId(), "outbox.returned", event.number(),
                Objects.toString(application.correctionRequest(), ""), deadline);
    }

    /**
     * The submission's e-mail is its receipt outside IPFlow: the number, the query code for the public progress
     * look-up and where the receipt's PDF is (after login).
     */
    private List<Long> received(ApplicationStatusChanged event) {
        String code = applications.queryCode(event.applicationId()).orElse("");
        return outbox.toEnterprise(event.enterpriseId(), "outbox.submitted", event.number(), code,
                receipts.progressUrl(), receipts.receiptPdfUrl(event.applicationId()));
    }

    @EventListener
    void on(EnterpriseNotified event) {
        Written generic = statusMessages.inThisTransaction().remove(event.applicationId());
        if (generic != null) {
            repository.delete(generic.notification());
            outbox.withdraw(generic.outbox());
        }
        String[] args = {event.number(), event.message() == null ? "" : event.message(),
                event.messageEn() == null ? "" : event.messageEn()};
        repository.insert(event.enterpriseId(), event.applicationId(), MODEL_MESSAGE, args);
        outbox.toEnterprise(event.enterpriseId(), MODEL_MESSAGE, args);
    }

    /**
     * A reminder before a deadline to the enterprise: a notification, and the verified addresses of its users
     * that want reminders, in the caller's transaction.
     */
    void remind(long enterpriseId, long applicationId, String code, String... args) {
        repository.insert(enterpriseId, applicationId, code, args);
        outbox.toEnterprise(MessageKind.REMINDERS, enterpriseId, code, args);
    }

    /** One notification to each of the staff users, and an e-mail where they have one, in the caller's transaction. */
    public void toStaff(Collection<String> usernames, Long applicationId, String code, String... args) {
        toStaffOnce(null, usernames, applicationId, code, args);
    }

    /**
     * As {@link #toStaff}, but the e-mail to each user is written once for {@code dedupeKey} (such as a reminder
     * about one task on one day), however often this is called, on however many nodes.
     */
    public void toStaffOnce(String dedupeKey, Collection<String> usernames, Long applicationId, String code,
            String... args) {
        usernames.forEach(username -> {
            repository.insertForUser(username, applicationId, code, args);
            outbox.toStaff(username, dedupeKey, code, args);
        });
    }

    /**
     * An e-mail alone (no notification: the page the message points to shows the matter already) to each of the
     * staff users, once for {@code dedupeKey}.
     */
    public void emailStaffOnce(String dedupeKey, Collection<String> usernames, String code, String... args) {
        usernames.forEach(username -> outbox.toStaff(username, dedupeKey, code, args));
    }

    @Transactional(readOnly = true)
    public List<Notification> recent(String username, Locale locale) {
        return repository.recent(reader(username), 100).stream()
                .map(row -> new Notification(row.id(), row.applicationId(),
                        messages.getMessage(row.code(), args(row.code(), row.args(), locale), row.code(), locale), row.createdAt(), row.read()))
                .toList();
    }

    /** A model's message is stored as number, Chinese text, English text: the reader gets one of the two. */
    static String[] args(String code, String[] args, Locale locale) {
        if (!MODEL_MESSAGE.equals(code) || args.length < 3) {
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
