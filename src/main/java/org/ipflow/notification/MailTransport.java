package org.ipflow.notification;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mail through Spring Boot's mail sender ({@code spring.mail.*}): each message as plain text and HTML
 * alternatives of the same words, the HTML made from the text by escaping it, so no message carries markup
 * of its own.
 */
final class MailTransport implements Transport {

    private final JavaMailSender mail;
    private final String from;

    MailTransport(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutboundMessage message) throws Exception {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.address());
        helper.setSubject(message.subject());
        helper.setText(message.body(), html(message));
        mail.send(mime);
    }

    static String html(OutboundMessage message) {
        String lang = "en".equals(message.language()) ? "en" : "zh-CN";
        String paragraphs = HtmlUtils.htmlEscape(message.body()).replace("\n", "<br>\n");
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>"
                + HtmlUtils.htmlEscape(message.subject()) + "</title></head><body><p>" + paragraphs
                + "</p></body></html>";
    }
}
