package org.ipflow.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
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
 * {@code java -jar} and so created a new version of every model at each switch.
 */
@Component
@Order(-10)
class StartupDeployment implements ApplicationRunner {

    static final String NAME = "ipflow-startup";
    private static final Logger log = LoggerFactory.getLogger(StartupDeployment.class);
    private static final List<String> PATTERNS = List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn",
            "classpath*:forms/**/*.form");

    private final RepositoryService repository;

    StartupDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        DeploymentBuilder deployment = repository.createDeployment().name(NAME).source(NAME)
                .enableDuplicateFiltering(true);
        int count = 0;
        for (String pattern : PATTERNS) {
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(stableName(resource), in);
                }
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        DeploymentWithDefinitions result = deployment.deployWithResult();
        log.info("Start-up deployment of {} models: {} process and {} decision definitions (re)deployed", count,
                result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size(),
                result.getDeployedDecisionDefinitions() == null ? 0 : result.getDeployedDecisionDefinitions().size());
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
