package org.ipflow.shared;

/**
 * An administrator did something the audit log must show (a retried job, a timer run, a user
 * changed). Published by any module; the audit log records it in the publisher's transaction, so
 * modules audit without depending on the one that keeps the log.
 */
public record AdminActionPerformed(String actor, String action, String subject, String detail) {
}
