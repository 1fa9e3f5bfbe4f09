package org.ipflow.notification;

import java.util.List;

/**
 * The words of one event's e-mails and SMS in both languages, with the placeholders they may use.
 *
 * @param event the message's code, such as {@code notification.status.APPROVED}
 */
public record EventTemplates(String event, List<String> placeholders, TemplateText zh, TemplateText en) {

    /**
     * The subject and body in one language.
     *
     * @param custom whether an administrator wrote them; otherwise they are the message bundles' words
     */
    public record TemplateText(String subject, String body, boolean custom) {
    }
}
