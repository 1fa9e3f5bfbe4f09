package org.ipflow.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationCertificates;
import org.ipflow.application.ApplicationStatusChanged;
import org.ipflow.application.Applications;
import org.ipflow.certificate.CertificateRevoked;
import org.ipflow.certificate.CertificationProcess;
import org.ipflow.notification.Channel;
import org.ipflow.notification.Outbox;
import org.ipflow.shared.ProcessVariables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns IPFlow's events into deliveries: one outbox message per active subscriber that wants the event, written
 * in the event's transaction (a rolled-back step tells nobody) with the body it will be sent with, so that a
 * resend sends the same id and bytes. The outbox's dedupe key ({@code webhook:<subscription>:<event id>}) keeps
 * it to one message per subscriber and event.
 */
@Component
class WebhookPublisher {

    private final WebhookRepository subscriptions;
    private final Outbox outbox;
    private final Applications applications;
    private final ApplicationCertificates certificates;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookPublisher(WebhookRepository subscriptions, Outbox outbox, Applications applications,
            ApplicationCertificates certificates, ObjectMapper json, ObjectProvider<Clock> clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.applications = applications;
        this.certificates = certificates;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    void on(ApplicationStatusChanged event) {
        WebhookEvent type = switch (event.status()) {
            case SUBMITTED -> WebhookEvent.APPLICATION_SUBMITTED;
            case RETURNED -> WebhookEvent.APPLICATION_RETURNED;
            case APPROVED -> WebhookEvent.APPLICATION_APPROVED;
            case REJECTED -> WebhookEvent.APPLICATION_REJECTED;
            case DISBURSED -> WebhookEvent.APPLICATION_PAID;
            case CERTIFIED -> WebhookEvent.CERTIFICATE_ISSUED;
            default -> null;
        };
        if (type == null) {
            return;
        }
        Application application = applications.findById(event.applicationId()).orElseThrow();
        if (type == WebhookEvent.APPLICATION_APPROVED && application.noticeUntil() != null) {
            // The public notice ended and the application is APPROVED again: its approval was told when it was made.
            return;
        }
        publish(type, data(application, type == WebhookEvent.CERTIFICATE_ISSUED));
    }

    /** A revocation has no status of the application either: the certificate module tells of it. */
    @EventListener
    void on(CertificateRevoked event) {
        applications.findById(event.applicationId()).ifPresent(application -> {
            Map<String, Object> data = data(application, true);
            data.put("certificateStatus", "REVOKED");
            data.put("reason", event.reason());
            publish(WebhookEvent.CERTIFICATE_REVOKED, data);
        });
    }

    /** The expiry has no status of its own: the certification process's end event for it says so. */
    @EventListener
    void on(DelegateExecution execution) {
        if (!CertificationProcess.Elements.END_EXPIRED.equals(execution.getCurrentActivityId())
                || !ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
            return;
        }
        Object id = execution.getVariable(ProcessVariables.APPLICATION_ID);
        if (id instanceof Number applicationId) {
            applications.findById(applicationId.longValue())
                    .ifPresent(application -> publish(WebhookEvent.CERTIFICATE_EXPIRED, data(application, true)));
        }
    }

    private Map<String, Object> data(Application application, boolean certificate) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applicationId", application.id());
        data.put("number", application.number());
        data.put("programme", application.programmeKey());
        data.put("status", application.status().name());
        if (certificate) {
            certificates.of(application.id()).ifPresent(issued -> {
                data.put("certificateNumber", issued.number());
                data.put("level", issued.level());
                data.put("validUntil", issued.validUntil().toString());
            });
        }
        return data;
    }

    private void publish(WebhookEvent type, Map<String, Object> data) {
        var wanting = subscriptions.all().stream().filter(s -> s.wants(type)).toList();
        if (wanting.isEmpty()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("id", id);
        delivery.put("type", type.type());
        delivery.put("occurredAt", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        delivery.put("data", data);
        String body = write(delivery);
        wanting.forEach(s -> outbox.enqueue(Channel.WEBHOOK, WebhookTransport.RECIPIENT + s.id(), s.url(),
                type.type(), Locale.ENGLISH, id, body, "webhook:" + s.id() + ":" + id));
    }

    private String write(Map<String, Object> delivery) {
        try {
            return json.writeValueAsString(delivery);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", e);
        }
    }
}
