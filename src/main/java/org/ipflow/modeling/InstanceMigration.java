package org.ipflow.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances of older versions of a process to its latest version with Camunda's
 * migration API (activities mapped by equal ids). The dry run migrates each instance in a transaction
 * that is rolled back, so it reports exactly what the engine would refuse and why; the migration itself
 * moves the chosen instances and records them in the audit log.
 */
@Service
class InstanceMigration {

    /** One running instance of an older version: whether it can move, and if not, why. */
    record Candidate(String processInstanceId, String businessKey, int fromVersion, boolean movable,
            List<String> reasons) {
    }

    record DryRun(String key, Integer latestVersion, List<Candidate> candidates) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    InstanceMigration(RepositoryService repository, RuntimeService runtime, TransactionTemplate transactions,
            AuditLog audit) {
        this.repository = repository;
        this.runtime = runtime;
        this.transactions = transactions;
        this.audit = audit;
    }

    DryRun dryRun(String key) {
        ProcessDefinition latest = latest(key);
        if (latest == null) {
            return new DryRun(key, null, List.of());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ProcessDefinition older : olderVersions(key, latest)) {
            MigrationPlan plan;
            try {
                plan = plan(older, latest);
            } catch (MigrationPlanValidationException e) {
                List<String> reasons = planFailures(e);
                instances(older).forEach(i -> candidates.add(new Candidate(i.getId(), i.getBusinessKey(),
                        older.getVersion(), false, reasons)));
                continue;
            }
            for (ProcessInstance instance : instances(older)) {
                List<String> reasons = transactions.execute(status -> {
                    status.setRollbackOnly();
                    try {
                        runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
                        return List.<String>of();
                    } catch (MigratingProcessInstanceValidationException e) {
                        return instanceFailures(e.getValidationReport());
                    }
                });
                candidates.add(new Candidate(instance.getId(), instance.getBusinessKey(), older.getVersion(),
                        reasons.isEmpty(), reasons));
            }
        }
        return new DryRun(key, latest.getVersion(), candidates);
    }

    /** Migrates the chosen instances; answers how many moved. All or none: one refusal rolls back all. */
    int migrate(String key, List<String> processInstanceIds, String actor) {
        ProcessDefinition latest = latest(key);
        Map<String, List<ProcessInstance>> bySource = runtime.createProcessInstanceQuery()
                .processInstanceIds(new java.util.HashSet<>(processInstanceIds)).processDefinitionKey(key)
                .listPage(0, 2000).stream().filter(i -> !i.getProcessDefinitionId().equals(latest.getId()))
                .collect(Collectors.groupingBy(ProcessInstance::getProcessDefinitionId));
        return transactions.execute(status -> {
            int moved = 0;
            for (var entry : bySource.entrySet()) {
                ProcessDefinition source = repository.getProcessDefinition(entry.getKey());
                List<String> ids = entry.getValue().stream().map(ProcessInstance::getId).toList();
                runtime.newMigration(plan(source, latest)).processInstanceIds(ids).execute();
                audit.record(actor, "MIGRATE", "bpmn:" + key, "version " + source.getVersion() + " → "
                        + latest.getVersion() + ": " + String.join(", ", ids));
                moved += ids.size();
            }
            return moved;
        });
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private List<ProcessDefinition> olderVersions(String key, ProcessDefinition latest) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).orderByProcessDefinitionVersion()
                .desc().listPage(0, 2000).stream().filter(d -> !d.getId().equals(latest.getId())).toList();
    }

    private List<ProcessInstance> instances(ProcessDefinition definition) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).listPage(0, 2000);
    }

    private static List<String> planFailures(MigrationPlanValidationException e) {
        List<String> reasons = new ArrayList<>();
        e.getValidationReport().getInstructionReports().forEach(r -> r.getFailures().forEach(f ->
                reasons.add(r.getMigrationInstruction().getSourceActivityId() + ": " + f)));
        return reasons.isEmpty() ? List.of(e.getMessage()) : reasons;
    }

    private static List<String> instanceFailures(MigratingProcessInstanceValidationReport report) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        report.getActivityInstanceReports().forEach(r -> r.getFailures().forEach(f -> reasons.add(r.getSourceScopeId()
                + ": " + f)));
        report.getTransitionInstanceReports().forEach(r -> r.getFailures().forEach(f -> reasons.add(r.getSourceScopeId()
                + ": " + f)));
        return reasons;
    }
}
