package org.ipflow.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.ipflow.forms.DeployedForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/} and {@code forms/} at start-up under stable resource names (the path below the
 * folder), and only what changed since the last start-up deployment. The engine's own auto-deployment
 * names resources by their absolute location, which differs between {@code mvn spring-boot:run} and
 * {@code java -jar} and so created a new version of every model at each switch. A model whose latest
 * version came from elsewhere (the studio, Camunda Modeler) is left alone: a restart must not replace
 * what an administrator deployed after the release.
 */
@Component
@Order(-10)
class StartupDeployment implements ApplicationRunner {

    static final String NAME = "ipflow-startup";
    private static final Logger log = LoggerFactory.getLogger(StartupDeployment.class);
    private static final List<String> PATTERNS = List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn",
            "classpath*:forms/**/*.form");

    private final RepositoryService repository;
    private final DeployedForms forms;

    StartupDeployment(RepositoryService repository, DeployedForms forms) {
        this.repository = repository;
        this.forms = forms;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        DeploymentBuilder deployment = repository.createDeployment().name(NAME).source(NAME)
                .enableDuplicateFiltering(true);
        Set<String> heldElsewhere = heldElsewhere();
        int count = 0;
        for (String pattern : PATTERNS) {
            for (Resource resource : resolver.getResources(pattern)) {
                String name = stableName(resource);
                if (heldElsewhere.contains(name)) {
                    log.info("Start-up deployment leaves {} alone: its latest version was deployed after the release",
                            name);
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(name, in);
                }
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        DeploymentWithDefinitions result = DeploymentAudit.byCaller(deployment::deployWithResult);
        log.info("Start-up deployment of {} models: {} process and {} decision definitions (re)deployed", count,
                result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size(),
                result.getDeployedDecisionDefinitions() == null ? 0 : result.getDeployedDecisionDefinitions().size());
    }

    /** Resource names whose latest definition comes from a deployment other than the start-up one. */
    Set<String> heldElsewhere() {
        Set<String> deploymentIds = new HashSet<>();
        Set<String> held = new HashSet<>();
        repository.createDeploymentQuery().deploymentName(NAME).list().forEach(d -> deploymentIds.add(d.getId()));
        repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(d -> !deploymentIds.contains(d.getDeploymentId())).forEach(d -> held.add(d.getResourceName()));
        repository.createDecisionDefinitionQuery().latestVersion().list().stream()
                .filter(d -> !deploymentIds.contains(d.getDeploymentId())).forEach(d -> held.add(d.getResourceName()));
        forms.latest().stream().filter(f -> !deploymentIds.contains(f.deploymentId()))
                .forEach(f -> held.add(f.resourceName()));
        return held;
    }

    static String stableName(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        for (String folder : List.of("/bpmn/", "/forms/")) {
            int at = url.lastIndexOf(folder);
            if (at >= 0) {
                return url.substring(at + 1);
            }
        }
        return resource.getFilename();
    }
}
