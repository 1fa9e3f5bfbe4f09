package org.ipflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.ipflow.application.Applications;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.Timeline;
import org.ipflow.application.NewDecision;
import org.ipflow.application.process.TestExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.StaticMessageSource;

class IssueCertificateDelegateTest {

    private final Certificates certificates = mock(Certificates.class);
    private final Applications applications = mock(Applications.class);
    private final Timeline timeline = mock(Timeline.class);
    private final IssueCertificateDelegate block = new IssueCertificateDelegate(certificates, applications, timeline,
            messages());

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("timeline.note.certified", Locale.SIMPLIFIED_CHINESE, "{0}，有效期 {1} 至 {2}");
        messages.addMessage("timeline.note.certified", Locale.ENGLISH, "{0}, valid from {1} to {2}");
        return messages;
    }

    @Test
    void issuesACertificateAtTheTablesLevelAndHandsItsDatesToTheTimers() {
        Certificate certificate = new Certificate(1, "IPDC-2026-0001", "CODE", TestExecution.APPLICATION_ID, 7,
                CertificateLevel.DEMONSTRATION, LocalDate.parse("2026-12-01"), LocalDate.parse("2029-11-30"), false, null,
                Instant.parse("2026-12-01T02:00:00Z"));
        when(certificates.issueOnce(TestExecution.APPLICATION_ID, CertificateLevel.DEMONSTRATION)).thenReturn(certificate);
        when(certificates.reminderDay(certificate)).thenReturn(LocalDate.parse("2029-08-30"));
        TestExecution step = new TestExecution("Task_IssueCertificate")
                .with(CertificationProcess.Variables.LEVEL, "DEMONSTRATION");

        block.execute(step.execution());

        verify(applications).updateStatus(TestExecution.APPLICATION_ID, ApplicationStatus.CERTIFIED);
        assertThat(step.variables).containsEntry(CertificationProcess.Variables.CERTIFICATE_NUMBER, "IPDC-2026-0001")
                .containsEntry(CertificationProcess.Variables.CERTIFICATE_VALID_UNTIL, "2029-11-30")
                .containsEntry(CertificationProcess.Variables.CERTIFICATE_REMINDER_AT, "2029-08-30T09:00+08:00")
                .containsEntry(CertificationProcess.Variables.CERTIFICATE_EXPIRES_AT, "2029-11-30T23:59:59+08:00");
        ArgumentCaptor<NewDecision> entry = ArgumentCaptor.forClass(NewDecision.class);
        verify(timeline).record(entry.capture());
        assertThat(entry.getValue().decision()).isEqualTo(DecisionKind.CERTIFIED.value());
        assertThat(entry.getValue().comment()).isEqualTo("知识产权示范企业 IPDC-2026-0001，有效期 2026-12-01 至 2029-11-30");
        assertThat(entry.getValue().commentEn())
                .isEqualTo("IP demonstration enterprise IPDC-2026-0001, valid from 2026-12-01 to 2029-11-30");
    }

    @Test
    void withoutALevelFromTheTableTheStepFailsNamingIt() {
        TestExecution step = new TestExecution("Task_IssueCertificate");

        assertThatIllegalStateException().isThrownBy(() -> block.execute(step.execution()))
                .withMessageContaining("certificationLevel");
        verify(certificates, never()).issueOnce(anyLong(), any());
    }
}
