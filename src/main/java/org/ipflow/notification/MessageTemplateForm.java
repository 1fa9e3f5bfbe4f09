package org.ipflow.notification;

/** An event's subject and body in Chinese and in English, as an administrator typed them. */
public record MessageTemplateForm(String subjectZh, String bodyZh, String subjectEn, String bodyEn) {
}
