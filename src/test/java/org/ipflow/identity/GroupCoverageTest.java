package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Those told of a new task (its e-mail, the alert when nobody can take it) share one read of its groups' members. */
class GroupCoverageTest {

    private final JdbcClient jdbc = mock(JdbcClient.class);
    private final GroupCoverage coverage = new GroupCoverage(jdbc);

    GroupCoverageTest() {
        JdbcClient.StatementSpec statement = mock(JdbcClient.StatementSpec.class);
        when(jdbc.sql(anyString())).thenReturn(statement);
        when(statement.param(anyString(), any())).thenReturn(statement);
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void theListenersOfOneNewTaskReadItsGroupsOnceAndAnotherTaskOrTransactionReadsAgain() {
        TransactionSynchronizationManager.initSynchronization();
        assertThat(coverage.activeMembersForNewTask("t1", List.of("reviewer", "expert")))
                .containsOnlyKeys("reviewer", "expert");
        coverage.activeMembersForNewTask("t1", List.of("expert", "reviewer"));
        verify(jdbc, times(1)).sql(anyString());
        coverage.activeMembersForNewTask("t2", List.of("reviewer"));
        verify(jdbc, times(2)).sql(anyString());

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();
        coverage.activeMembersForNewTask("t1", List.of("reviewer", "expert"));
        verify(jdbc, times(3)).sql(anyString());
    }
}
