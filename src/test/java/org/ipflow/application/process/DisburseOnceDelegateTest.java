package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.application.internal.Disbursements.Disbursement;
import org.ipflow.shared.ProcessVariables;
import org.junit.jupiter.api.Test;

class DisburseOnceDelegateTest {

    private final Disbursements disbursements = mock(Disbursements.class);
    private final DisburseOnceDelegate block = new DisburseOnceDelegate(disbursements);

    private static TestExecution payment(Object paidAmount) {
        return new TestExecution("Task_DisburseOnce").input(ProcessVariables.Inputs.PURPOSE, "grant")
                .with(ProcessVariables.PAID_AMOUNT, paidAmount)
                .with(ProcessVariables.PAYMENT_REFERENCE, "BOC-2026-0001")
                .with(ProcessVariables.PAID_ON, "2026-12-01").with(ProcessVariables.ACTOR, "finance1");
    }

    @Test
    void recordsThePaymentFinanceEnteredToTheFen() {
        Disbursement expected = new Disbursement(TestExecution.APPLICATION_ID, "grant", new BigDecimal("149999.99"),
                "BOC-2026-0001", LocalDate.parse("2026-12-01"), "finance1");
        when(disbursements.recordOnce(any())).thenAnswer(call -> call.getArgument(0));

        block.execute(payment(new BigDecimal("149999.99")).execution());

        verify(disbursements).recordOnce(expected);
    }

    @Test
    void readsTheDoubleAnOlderVersionStoredAsTheAmountThatWasMeant() {
        when(disbursements.recordOnce(any())).thenAnswer(call -> call.getArgument(0));

        block.execute(payment(90000.1d).execution());

        verify(disbursements).recordOnce(new Disbursement(TestExecution.APPLICATION_ID, "grant",
                new BigDecimal("90000.10"), "BOC-2026-0001", LocalDate.parse("2026-12-01"), "finance1"));
    }

    @Test
    void runningAgainWithTheSamePaymentCarriesOn() {
        when(disbursements.recordOnce(any())).thenReturn(new Disbursement(TestExecution.APPLICATION_ID, "grant",
                new BigDecimal("90000"), "BOC-2026-0001", LocalDate.parse("2026-12-01"), "finance2"));

        block.execute(payment(90000L).execution());
    }

    @Test
    void aDifferentPaymentAlreadyRecordedFailsTheStep() {
        when(disbursements.recordOnce(any())).thenReturn(new Disbursement(TestExecution.APPLICATION_ID, "grant",
                new BigDecimal("80000.00"), "BOC-2026-0000", LocalDate.parse("2026-11-30"), "finance2"));

        assertThatIllegalStateException().isThrownBy(() -> block.execute(payment(90000L).execution()))
                .withMessageContaining("already has a different 'grant' payment");
    }
}
