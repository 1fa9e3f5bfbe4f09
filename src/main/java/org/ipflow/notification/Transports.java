package org.ipflow.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The channels this installation has: e-mail when {@code spring.mail.host} is set (Spring Boot then makes a mail
 * sender), SMS when {@code ipflow.notifications.sms.url} is. Nothing is written to the outbox for a channel
 * it does not have. Other modules' {@link Transport} beans add their channels (webhooks).
 */
@Component
class Transports {

    private final Map<Channel, Transport> configured = new EnumMap<>(Channel.class);

    @Autowired
    Transports(ObjectProvider<JavaMailSender> mail, NotificationSettings settings, ObjectMapper json,
            ObjectProvider<Transport> others) {
        this(configured(mail, settings, json));
        others.orderedStream().forEach(transport -> configured.put(transport.channel(), transport));
    }

    Transports(List<Transport> transports) {
        transports.forEach(transport -> configured.put(transport.channel(), transport));
    }

    private static List<Transport> configured(ObjectProvider<JavaMailSender> mail, NotificationSettings settings,
            ObjectMapper json) {
        List<Transport> transports = new ArrayList<>();
        mail.ifAvailable(sender -> transports.add(new MailTransport(sender, settings.mailFrom())));
        if (settings.sms().configured()) {
            transports.add(new SmsTransport(settings.sms(), json));
        }
        return transports;
    }

    boolean has(Channel channel) {
        return configured.containsKey(channel);
    }

    Optional<Transport> of(Channel channel) {
        return Optional.ofNullable(configured.get(channel));
    }
}
