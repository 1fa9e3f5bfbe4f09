package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * A version deployed from the studio survives a restart: start-up deployment leaves a model alone whose
 * latest version came from the studio, even when the packaged file differs. The studio's version is removed
 * afterwards, so that the other tests of the shared context run the packaged grant again.
 */
@IpflowTest
class StudioRestartIT {

    private static final String GRANT = "patent-transformation-grant";

    @Autowired
    ModelStudio studio;

    @Autowired
    StartupDeployment startup;

    @Autowired
    RepositoryService repository;

    private String studioDeployment;

    @AfterEach
    void removeTheStudioVersion() {
        if (studioDeployment != null) {
            repository.deleteDeployment(studioDeployment, true);
        }
    }

    @Test
    void startUpDoesNotReplaceANewerStudioVersion() throws Exception {
        String packaged = Files.readString(Path.of("bpmn", GRANT + ".bpmn"), StandardCharsets.UTF_8);
        String edited = packaged.replaceFirst("name=\"([^\"]*)\"", "name=\"$1 (studio)\"");
        ModelStudio.Deployed deployed = studio.deploy(ModelType.BPMN, GRANT, edited, "admin", 0);
        assertThat(deployed.problems()).isEmpty();
        studioDeployment = deployed.deploymentId();
        long deployments = repository.createDeploymentQuery().count();

        assertThat(startup.heldElsewhere()).contains("bpmn/" + GRANT + ".bpmn");
        startup.run(new DefaultApplicationArguments());

        var latest = repository.createProcessDefinitionQuery().processDefinitionKey(GRANT).latestVersion().singleResult();
        assertThat(latest.getVersion()).isEqualTo(deployed.version());
        assertThat(latest.getDeploymentId()).isEqualTo(deployed.deploymentId());
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }
}
