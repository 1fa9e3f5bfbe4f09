package org.ipflow.certificate;

import java.time.LocalTime;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.Applications;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.NewDecision;
import org.ipflow.application.Timeline;
import org.ipflow.shared.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Building block "issue certificate" (颁发证书): issues the application's certificate at the level the
 * decision table set ({@code certificationLevel}), exactly once per application, marks the application
 * CERTIFIED and hands the reminder and expiry moments to the timers that wait for them.
 */
@Component("issueCertificateDelegate")
public class IssueCertificateDelegate implements JavaDelegate {

    private final Certificates certificates;
    private final Applications applications;
    private final Timeline timeline;
    private final MessageSource messages;

    IssueCertificateDelegate(Certificates certificates, Applications applications, Timeline timeline,
            MessageSource messages) {
        this.certificates = certificates;
        this.applications = applications;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ((Number) required(execution, ProcessVariables.APPLICATION_ID)).longValue();
        CertificateLevel level = CertificateLevel.valueOf(
                required(execution, CertificationProcess.Variables.LEVEL).toString());
        Certificate certificate = certificates.issueOnce(applicationId, level);
        applications.updateStatus(applicationId, ApplicationStatus.CERTIFIED);

        execution.setVariable(CertificationProcess.Variables.CERTIFICATE_NUMBER, certificate.number());
        execution.setVariable(CertificationProcess.Variables.CERTIFICATE_VALID_UNTIL, certificate.validUntil().toString());
        execution.setVariable(CertificationProcess.Variables.CERTIFICATE_REMINDER_AT, certificates.reminderDay(certificate)
                .atTime(9, 0).atZone(Certificates.OFFICE_ZONE).toOffsetDateTime().toString());
        execution.setVariable(CertificationProcess.Variables.CERTIFICATE_EXPIRES_AT, certificate.validUntil()
                .atTime(LocalTime.MAX.withNano(0)).atZone(Certificates.OFFICE_ZONE).toOffsetDateTime().toString());
        Object[] note = {certificate.number(), certificate.validFrom().toString(), certificate.validUntil().toString()};
        timeline.record(NewDecision.bySystem(applicationId, execution.getCurrentActivityId(),
                execution.getCurrentActivityName(), DecisionKind.CERTIFIED).withComment(
                level.nameZh() + " " + messages.getMessage("timeline.note.certified", note, Locale.SIMPLIFIED_CHINESE),
                level.nameEn() + " " + messages.getMessage("timeline.note.certified", note, Locale.ENGLISH)));
    }

    private static Object required(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("step '%s' needs '%s'".formatted(execution.getCurrentActivityId(), name));
        }
        return value;
    }
}
