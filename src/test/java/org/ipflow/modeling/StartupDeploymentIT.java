package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** Restarting IPFlow with unchanged models deploys nothing new, so running instances keep one version. */
@IpflowTest
class StartupDeploymentIT {

    @Autowired
    StartupDeployment startup;

    @Autowired
    RepositoryService repository;

    @Test
    void modelsAreDeployedUnderStableNames() {
        var grant = repository.createProcessDefinitionQuery().processDefinitionKey("patent-transformation-grant")
                .latestVersion().singleResult();
        assertThat(grant.getResourceName()).isEqualTo("bpmn/patent-transformation-grant.bpmn");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("grant-funding-rate").count())
                .isEqualTo(1);
    }

    @Test
    void aSecondStartWithUnchangedModelsDeploysNothing() throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        int version = repository.createProcessDefinitionQuery().processDefinitionKey("patent-transformation-grant")
                .latestVersion().singleResult().getVersion();

        startup.run(new DefaultApplicationArguments());

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("patent-transformation-grant")
                .latestVersion().singleResult().getVersion()).isEqualTo(version);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }
}
