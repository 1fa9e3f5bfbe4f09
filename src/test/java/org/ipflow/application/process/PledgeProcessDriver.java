package org.ipflow.application.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ipflow.application.process.pledge.PledgeProcess;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;

/**
 * Drives the pledge-financing process the way the façade does: starts it with the agreed variables
 * (the start form's interest paid and IP share) and completes tasks with the form fields as variables
 * plus {@code actor}, through the grant driver's checks (every task has a due date). Its amounts are
 * {@code Double}s, as versions before {@code Money} wrote them: the building blocks must read them exactly.
 */
class PledgeProcessDriver {

    private final ProcessEngine engine;
    private final TestApplications rows;
    private final GrantProcessDriver tasks;

    PledgeProcessDriver(ProcessEngine engine, TestApplications rows, GrantProcessDriver tasks) {
        this.engine = engine;
        this.rows = rows;
        this.tasks = tasks;
    }

    ProcessInstance submit(long enterpriseId, double interestPaid, double ipShare) {
        var application = rows.submitted(PledgeProcess.KEY, "PLF", enterpriseId, 0);
        Map<String, Object> variables = new HashMap<>(Map.of(ProcessVariables.APPLICATION_ID, application.id(),
                ProcessVariables.APPLICATION_NUMBER, application.number(), ProcessVariables.PROGRAMME, PledgeProcess.KEY,
                ProcessVariables.REGION, TestApplications.REGION, ProcessVariables.ENTERPRISE_ID, enterpriseId));
        variables.putAll(Map.of(PledgeProcess.Variables.INTEREST_PAID, interestPaid,
                PledgeProcess.Variables.IP_SHARE, ipShare, "requestedAmount", 0.0, "scoreSum", 0L, "scoreCount", 0L));
        return engine.getRuntimeService().startProcessInstanceByKey(PledgeProcess.KEY, application.number(), variables);
    }

    /** Verified and confirmed at the recommended amount: waits at the approver's decision. */
    ProcessInstance submitAndConfirm(long enterpriseId, double interestPaid, double ipShare) {
        ProcessInstance instance = submit(enterpriseId, interestPaid, ipShare);
        tasks.decide(instance, PledgeProcess.Elements.VERIFICATION, "approve");
        confirmRecommended(instance);
        return instance;
    }

    void confirmRecommended(ProcessInstance instance) {
        confirm(instance, recommended(instance));
    }

    void confirm(ProcessInstance instance, double amount) {
        tasks.decide(instance, PledgeProcess.Elements.FINANCE_CONFIRMATION, "approve",
                ProcessVariables.APPROVED_AMOUNT, amount);
    }

    /** As a double, the shape this driver hands amounts in; read exactly whatever shape the process holds it in. */
    double recommended(ProcessInstance instance) {
        return Money.fromVariable(tasks.variable(instance, ProcessVariables.RECOMMENDED_AMOUNT)).yuan().doubleValue();
    }

    void disburse(ProcessInstance instance, double amount, String reference) {
        tasks.complete(tasks.single(instance, PledgeProcess.Elements.DISBURSEMENT), "finance1",
                Map.of(ProcessVariables.PAID_AMOUNT, amount, "paymentReference", reference,
                        "paidOn", LocalDate.now().toString()));
    }
}
