package org.ipflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) and a stub of the SMS provider's HTTP API on the ports the tests' context was
 * configured with, and the context's outbox sender to drain the outbox into them.
 */
public final class OutsideServers implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer sms;
    private final OutboxSender sender;
    private final List<String> texts = new CopyOnWriteArrayList<>();

    public OutsideServers(ApplicationContext context) throws IOException {
        smtp = new GreenMail(new ServerSetup(context.getBean(JavaMailSenderImpl.class).getPort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        URI url = URI.create(context.getBean(NotificationSettings.class).sms().url());
        sms = HttpServer.create(new InetSocketAddress("127.0.0.1", url.getPort()), 0);
        sms.createContext(url.getPath(), exchange -> {
            texts.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        sms.start();
        sender = context.getBean(OutboxSender.class);
        // Earlier tests of the shared context wrote messages while nothing listened; sending them all here
        // would cost seconds and is no test's concern.
        context.getBean(JdbcClient.class).sql("delete from outbound_message where status = 'PENDING'").update();
    }

    /** Sends every due message of the outbox now. */
    public void drain() {
        while (sender.sendDue() > 0) {
            Thread.onSpinWait();
        }
    }

    /** Every SMS request the provider got: its Authorization header, a space, and its JSON body. */
    public List<String> texts() {
        return texts;
    }

    public List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public List<MimeMessage> mailContaining(String text) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> part(m, "text/plain").contains(text)).toList();
    }

    /** The decoded text of the message's first part of that type; empty if it has none. */
    public static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
        sms.stop(0);
    }
}
