/**
 * In-app notifications for enterprises: whenever an application moves (submitted, returned, decided,
 * paid, certified) or a process step asks to tell the enterprise something (such as a certificate
 * nearing expiry), a notification is written in the same transaction and shown in the enterprise's
 * pages in the reader's language. Office staff get notifications of their own: administrators when a
 * task is created that nobody may take, the holder of an overdue task when someone reminds them.
 * <p>
 * Outside IPFlow, the same notifications go out by e-mail ({@code spring.mail.*}) and SMS
 * ({@code ipflow.notifications.sms.*}) through an outbox ({@link org.ipflow.notification.Outbox}): written in
 * the transaction of the event, sent afterwards by a sender on every node, each message at most once, with
 * retries; failed messages are listed for administrators ({@code /admin/outbox}, {@code /api/admin/outbox}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"application", "enterprise", "identity", "shared"})
package org.ipflow.notification;
