package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.IssuedLetters;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

// The engine's clock is one for the JVM: tests that set it run one after another.
@ResourceLock("engine-clock")
class IssueLetterDelegateTest {

    private static final Instant NOW = OffsetDateTime.parse("2026-12-01T10:00:00+08:00").toInstant();

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final ProgrammeCatalog programmes = mock(ProgrammeCatalog.class);
    private final Enterprises enterprises = mock(Enterprises.class);
    private final IssuedLetters letters = mock(IssuedLetters.class);
    private final ProcessTimeline timeline = mock(ProcessTimeline.class);
    private final IssueLetterDelegate block = new IssueLetterDelegate(applications, programmes, enterprises, letters,
            timeline);

    @BeforeEach
    void anApprovedGrant() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        when(applications.findById(TestExecution.APPLICATION_ID)).thenReturn(Optional.of(TestExecution.application(
                "patent-award", new BigDecimal("150000.00"), new BigDecimal("149999.90"))));
        when(enterprises.findById(7)).thenReturn(Optional.of(new Enterprise(7, "包头稀土永磁科技有限公司",
                "91150100MA0N00000X", "150100", "张三", "0471-0000000", "a@example.org")));
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    private void programmeWithLetter(String template) {
        when(programmes.find("patent-award")).thenReturn(Optional.of(new Programme("patent-award", "专利奖励", "Patent award",
                "PTA", "patent-award", "patent-award-start", null, null, null, null, null, null, null, null, null,
                template)));
    }

    @Test
    void issuesTheLetterOnceWithEveryPlaceholderFilledAndSetsTheStatus() {
        programmeWithLetter("{enterprise}（{creditCode}）：{programme} {number} 奖励 {amount} 元。{date} {letterNumber}");
        when(letters.of(TestExecution.APPLICATION_ID)).thenReturn(Optional.empty());
        when(letters.issueOnce(anyLong(), anyString(), anyString(), any())).thenReturn(true);
        TestExecution step = new TestExecution("Task_IssueLetter").input(ProcessVariables.Inputs.STATUS, "APPROVED");

        block.execute(step.execution());

        verify(letters).issueOnce(TestExecution.APPLICATION_ID, "PTG-2026-000042-L", "包头稀土永磁科技有限公司"
                + "（91150100MA0N00000X）：专利奖励 PTG-2026-000042 奖励 149,999.90 元。2026年12月1日 PTG-2026-000042-L", NOW);
        verify(timeline).record(step.execution(), TestExecution.APPLICATION_ID, DecisionKind.LETTER_ISSUED,
                "PTG-2026-000042-L", (String) null, null);
        assertThat(step.variables).containsEntry(ProcessVariables.LETTER_NUMBER, "PTG-2026-000042-L");
        verify(applications).updateStatus(TestExecution.APPLICATION_ID, ApplicationStatus.APPROVED);
    }

    @Test
    void aLetterAlreadyIssuedIsNotIssuedAgain() {
        programmeWithLetter("{number}");
        when(letters.of(TestExecution.APPLICATION_ID)).thenReturn(Optional.of(
                new IssuedLetters.Letter("PTG-2026-000042-L", "PTG-2026-000042", NOW)));
        TestExecution step = new TestExecution("Task_IssueLetter");

        block.execute(step.execution());

        verify(letters, never()).issueOnce(anyLong(), anyString(), anyString(), any());
        assertThat(step.variables).containsEntry(ProcessVariables.LETTER_NUMBER, "PTG-2026-000042-L");
        verify(applications, never()).updateStatus(anyLong(), any());
    }

    @Test
    void aProgrammeWithoutATemplateFailsTheStepSayingWhereToAddOne() {
        programmeWithLetter(null);

        assertThatIllegalStateException().isThrownBy(() -> block.execute(new TestExecution("Task_IssueLetter").execution()))
                .withMessageContaining("/admin/programmes/patent-award");
        verify(letters, never()).issueOnce(anyLong(), anyString(), anyString(), eq(NOW));
    }
}
