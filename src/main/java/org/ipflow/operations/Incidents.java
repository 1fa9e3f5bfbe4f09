package org.ipflow.operations;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open incidents, newest first, and the retry of a failed job: its retries go back to 1, so the job
 * executor runs it once more (and the incident is resolved). Uses {@link RuntimeService} only to read
 * incidents; it starts nothing and completes nothing.
 */
@Service
class Incidents {

    /** One open incident; {@code retryable} for failed jobs, whose configuration is the job's id. */
    record OpenIncident(String id, Date at, String type, String processKey, Integer version, String processInstanceId,
            String businessKey, String activityId, String activityName, String message, boolean retryable) {
    }

    private final RuntimeService runtime;
    private final ManagementService management;
    private final ProcessLabels labels;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Incidents(RuntimeService runtime, ManagementService management, ProcessLabels labels,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.management = management;
        this.labels = labels;
        this.transactions = transactions;
        this.events = events;
    }

    List<OpenIncident> newest(int limit) {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, limit);
        Map<String, String> keys = labels.businessKeys(incidents.stream().map(Incident::getProcessInstanceId).toList());
        return incidents.stream().map(i -> view(i, keys)).toList();
    }

    /** Gives the failed job of this incident one more try; the audit entry commits with the new retries. */
    OpenIncident retry(String incidentId, String actor) {
        return transactions.execute(status -> {
            Incident found = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
            if (found == null || !Incident.FAILED_JOB_HANDLER_TYPE.equals(found.getIncidentType())) {
                throw new OperationRefused("operations.retry.gone");
            }
            OpenIncident incident = view(found,
                    labels.businessKeys(Collections.singletonList(found.getProcessInstanceId())));
            String jobId = found.getConfiguration();
            try {
                management.setJobRetries(jobId, 1);
            } catch (ProcessEngineException e) {
                throw new OperationRefused("operations.retry.failed", e.getMessage());
            }
            events.publishEvent(new AdminActionPerformed(actor, "RETRY_JOB",
                    incident.processKey() == null ? "job:" + jobId : "bpmn:" + incident.processKey(),
                    "job " + jobId + " at " + incident.activityId() + " of instance " + incident.processInstanceId()
                            + (incident.businessKey() == null ? "" : " (" + incident.businessKey() + ")")
                            + ": " + incident.message()));
            return incident;
        });
    }

    private OpenIncident view(Incident i, Map<String, String> businessKeys) {
        ProcessDefinition definition = i.getProcessDefinitionId() == null ? null
                : labels.definition(i.getProcessDefinitionId());
        return new OpenIncident(i.getId(), i.getIncidentTimestamp(), i.getIncidentType(),
                definition == null ? null : definition.getKey(), definition == null ? null : definition.getVersion(),
                i.getProcessInstanceId(), businessKeys.get(i.getProcessInstanceId()), i.getActivityId(),
                labels.stepName(i.getProcessDefinitionId(), i.getActivityId()), i.getIncidentMessage(),
                Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType()));
    }
}
