package org.ipflow.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is deployed, per model and version: when, by whom (start-up, the studio's administrator,
 * /engine-rest) and how many instances run on each version; and the content of the latest version,
 * which the studio edits when there is no draft.
 */
@Component
class DeployedModels {

    /** One deployed version of a model. */
    public record Version(String definitionId, int version, String deploymentId, Instant deployedAt, String deployedBy,
            long running) {
    }

    /** A model and its versions, newest first. */
    public record Model(ModelType type, String key, String name, List<Version> versions) {

        public Version latest() {
            return versions.get(0);
        }
    }

    private final RepositoryService repository;
    private final RunningInstances running;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    DeployedModels(RepositoryService repository, RunningInstances running, AuditLog audit, JdbcClient jdbc) {
        this.repository = repository;
        this.running = running;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    List<Model> all(ModelType type) {
        record Definition(String key, String name, String id, int version, String deploymentId) {
        }
        List<Definition> definitions = switch (type) {
            case BPMN -> repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                    .orderByProcessDefinitionVersion().desc().listPage(0, 2000).stream()
                    .map(d -> new Definition(d.getKey(), d.getName(), d.getId(), d.getVersion(), d.getDeploymentId())).toList();
            case DMN -> repository.createDecisionDefinitionQuery().orderByDecisionDefinitionKey().asc()
                    .orderByDecisionDefinitionVersion().desc().listPage(0, 2000).stream()
                    .map(d -> new Definition(d.getKey(), d.getName(), d.getId(), d.getVersion(), d.getDeploymentId())).toList();
            case FORM -> jdbc.sql("select KEY_, ID_, VERSION_, DEPLOYMENT_ID_ from ACT_RE_CAMFORMDEF order by KEY_, VERSION_ desc")
                    .query((rs, n) -> new Definition(rs.getString(1), rs.getString(1), rs.getString(2), rs.getInt(3),
                            rs.getString(4))).list();
        };
        List<String> deploymentIds = definitions.stream().map(Definition::deploymentId).distinct().toList();
        Map<String, Deployment> deployments = deploymentIds.isEmpty() ? Map.of()
                : repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 2000).stream().collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, String> studioDeployers = audit.deployers(deploymentIds);
        Map<String, List<Version>> versions = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Definition d : definitions) {
            Deployment deployment = deployments.get(d.deploymentId());
            String by = studioDeployers.getOrDefault(d.deploymentId(), deployment == null ? "" : deployment.getName());
            versions.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(new Version(d.id(), d.version(), d.deploymentId(),
                    deployment == null ? null : deployment.getDeploymentTime().toInstant(), by,
                    type == ModelType.BPMN ? running.count(d.id()) : 0));
            names.putIfAbsent(d.key(), d.name() == null ? d.key() : d.name());
        }
        return versions.entrySet().stream().map(e -> new Model(type, e.getKey(), names.get(e.getKey()),
                e.getValue().stream().sorted(Comparator.comparingInt(Version::version).reversed()).toList())).toList();
    }

    Optional<Model> find(ModelType type, String key) {
        return all(type).stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The XML or JSON of the latest deployed version, if the model is deployed. */
    Optional<String> latestContent(ModelType type, String key) {
        return switch (type) {
            case BPMN -> Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult()).map(d -> read(repository.getProcessModel(d.getId())));
            case DMN -> Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .latestVersion().singleResult()).map(d -> read(repository.getDecisionModel(d.getId())));
            case FORM -> jdbc.sql("""
                    select DEPLOYMENT_ID_, RESOURCE_NAME_ from ACT_RE_CAMFORMDEF where KEY_ = ?
                    order by VERSION_ desc limit 1""").param(key)
                    .query((rs, n) -> read(repository.getResourceAsStream(rs.getString(1), rs.getString(2))))
                    .optional();
        };
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
