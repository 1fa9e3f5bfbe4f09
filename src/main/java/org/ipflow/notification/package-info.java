/**
 * In-app notifications for enterprises: whenever an application moves (submitted, returned, decided,
 * paid, certified) or a process step asks to tell the enterprise something (such as a certificate
 * nearing expiry), a notification is written in the same transaction and shown in the enterprise's
 * pages in the reader's language. Office staff get notifications of their own: administrators when a
 * task is created that nobody may take, the holder of an overdue task when someone reminds them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"application", "enterprise", "identity", "shared"})
package org.ipflow.notification;
