package org.ipflow.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is deployed, per model and version: when, by whom (start-up, the studio's administrator,
 * /engine-rest) and how many instances run on each version; and the content of the latest version,
 * which the studio edits when there is no draft.
 */
@Component
class DeployedModels {

    /** One deployed version of a model; {@code note}: why the studio's administrator deployed it (null: none). */
    public record Version(String definitionId, int version, String deploymentId, Instant deployedAt, String deployedBy,
            String note, long running) {
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

    /** How many versions per model the studio's list shows, newest first; the editor shows them all. */
    static final int LISTED_VERSIONS = 10;

    private static final int MAX = 2000;

    /**
     * Every deployed model of the type, by key, each with its newest versions. One query for the keys (their
     * latest versions), then one per key: however many versions accumulate, no model drops off the list.
     */
    List<Model> all(ModelType type) {
        List<String> keys = switch (type) {
            case BPMN -> repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc()
                    .listPage(0, MAX).stream().map(d -> d.getKey()).toList();
            case DMN -> repository.createDecisionDefinitionQuery().latestVersion().orderByDecisionDefinitionKey().asc()
                    .listPage(0, MAX).stream().map(d -> d.getKey()).toList();
            case FORM -> jdbc.sql("select distinct KEY_ from ACT_RE_CAMFORMDEF order by KEY_").query(String.class).list();
        };
        return keys.stream().map(key -> load(type, key, LISTED_VERSIONS)).flatMap(Optional::stream).toList();
    }

    /** One model with all its versions, if it is deployed. */
    Optional<Model> find(ModelType type, String key) {
        return load(type, key, MAX);
    }

    private Optional<Model> load(ModelType type, String key, int versions) {
        record Definition(String name, String id, int version, String deploymentId) {
        }
        List<Definition> definitions = switch (type) {
            case BPMN -> repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .orderByProcessDefinitionVersion().desc().listPage(0, versions).stream()
                    .map(d -> new Definition(d.getName(), d.getId(), d.getVersion(), d.getDeploymentId())).toList();
            case DMN -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .orderByDecisionDefinitionVersion().desc().listPage(0, versions).stream()
                    .map(d -> new Definition(d.getName(), d.getId(), d.getVersion(), d.getDeploymentId())).toList();
            case FORM -> jdbc.sql("select ID_, VERSION_, DEPLOYMENT_ID_ from ACT_RE_CAMFORMDEF where KEY_ = ? "
                            + "order by VERSION_ desc fetch first " + versions + " rows only").param(key)
                    .query((rs, n) -> new Definition(key, rs.getString(1), rs.getInt(2), rs.getString(3))).list();
        };
        if (definitions.isEmpty()) {
            return Optional.empty();
        }
        List<String> deploymentIds = definitions.stream().map(Definition::deploymentId).distinct().toList();
        record Deployed(String name, Instant at) {
        }
        Map<String, Deployed> deployments = new java.util.HashMap<>();
        jdbc.sql("select ID_, NAME_, DEPLOY_TIME_ from ACT_RE_DEPLOYMENT where ID_ in (:ids)").param("ids", deploymentIds)
                .query(rs -> {
                    java.sql.Timestamp at = rs.getTimestamp(3);
                    deployments.put(rs.getString(1), new Deployed(rs.getString(2), at == null ? null : at.toInstant()));
                });
        Map<String, AuditLog.Deployer> studioDeployers = audit.deployers(deploymentIds);
        List<Version> found = new ArrayList<>();
        for (Definition d : definitions) {
            Deployed deployment = deployments.get(d.deploymentId());
            AuditLog.Deployer studio = studioDeployers.get(d.deploymentId());
            String by = studio != null ? studio.actor() : deployment == null ? "" : deployment.name();
            found.add(new Version(d.id(), d.version(), d.deploymentId(), deployment == null ? null : deployment.at(), by,
                    studio == null ? null : studio.note(), type == ModelType.BPMN ? running.count(d.id()) : 0));
        }
        String name = definitions.get(0).name() == null ? key : definitions.get(0).name();
        return Optional.of(new Model(type, key, name, found));
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
