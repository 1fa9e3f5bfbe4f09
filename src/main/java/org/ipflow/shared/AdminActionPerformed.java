package org.ipflow.shared;

/**
 * An administrator changed something that the audit log keeps: who ({@code actor}), what ({@code action},
 * e.g. {@code USER_DISABLE}), on what ({@code subject}, e.g. {@code user:reviewer9}) and how ({@code detail},
 * never a password). Published in the transaction of the change, so that the entry commits with it.
 */
public record AdminActionPerformed(String actor, String action, String subject, String detail) {
}
