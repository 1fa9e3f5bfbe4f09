package org.ipflow.modeling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's work on one model: open (the draft, else the deployed version, else a new model), save
 * the draft, validate, compare with the deployed version, and deploy a new version under the
 * deployment name {@value #DEPLOYMENT_NAME} (never the start-up one, so a restart does not replace it).
 * Deploying names the draft version it deploys, so that nobody deploys over a colleague's newer draft.
 */
@Service
class ModelStudio {

    static final String DEPLOYMENT_NAME = "ipflow-studio";
    static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** The longest note on a deployment (column {@code admin_audit.note}). */
    static final int NOTE_LENGTH = 500;

    /** What the editor opens: the content, the draft it comes from (version 0: none) and the deployed version. */
    record Opened(ModelType type, String key, String content, int draftVersion, String draftAuthor,
            Instant draftSavedAt, Integer deployedVersion) {
    }

    /**
     * The outcome of a deployment: the new version, or the problems that kept it from being deployed;
     * either way the warnings, which keep nothing from being deployed.
     */
    record Deployed(Integer version, String deploymentId, List<ModelProblem> problems, List<ModelWarning> warnings) {
    }

    private final ModelDrafts drafts;
    private final DeployedModels deployed;
    private final ModelValidator validator;
    private final RepositoryService repository;
    private final AuditLog audit;

    ModelStudio(ModelDrafts drafts, DeployedModels deployed, ModelValidator validator, RepositoryService repository,
            AuditLog audit) {
        this.drafts = drafts;
        this.deployed = deployed;
        this.validator = validator;
        this.repository = repository;
        this.audit = audit;
    }

    Opened open(ModelType type, String key) {
        requireKey(key);
        Integer version = deployed.find(type, key).map(m -> m.latest().version()).orElse(null);
        Optional<ModelDrafts.Draft> draft = drafts.find(type, key);
        if (draft.isPresent()) {
            ModelDrafts.Draft d = draft.get();
            return new Opened(type, key, d.content(), d.version(), d.author(), d.updatedAt(), version);
        }
        String content = deployed.latestContent(type, key).orElseGet(() -> NewModels.blank(type, key));
        return new Opened(type, key, content, 0, null, null, version);
    }

    int saveDraft(ModelType type, String key, String content, String author, int basedOn) {
        requireKey(key);
        return drafts.save(type, key, content, author, basedOn);
    }

    List<ModelProblem> validate(ModelType type, String key, String content) {
        requireKey(key);
        List<ModelProblem> problems = new java.util.ArrayList<>(validator.validate(type, content));
        problems.addAll(NewModels.keyProblems(type, key, content));
        return problems;
    }

    /** What the model would do better but may be deployed without: for processes, where English is missing. */
    List<ModelWarning> warnings(ModelType type, String content) {
        return type == ModelType.BPMN ? ModelEnglish.check(content) : List.of();
    }

    ModelDiff.Result diff(ModelType type, String key, String content) {
        return ModelDiff.compare(type, deployed.latestContent(type, key).orElse(""), content);
    }

    Deployed deploy(ModelType type, String key, String content, String actor, int draftVersion) {
        return deploy(type, key, content, actor, draftVersion, null);
    }

    /** Deploys with the administrator's note on why (optional; blank is none), kept with the version. */
    @Transactional
    Deployed deploy(ModelType type, String key, String content, String actor, int draftVersion, String note) {
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > NOTE_LENGTH) {
            throw new IllegalArgumentException("a deployment's note has at most " + NOTE_LENGTH + " characters");
        }
        List<ModelProblem> problems = validate(type, key, content);
        List<ModelWarning> warnings = warnings(type, content);
        if (!problems.isEmpty()) {
            return new Deployed(null, null, problems, warnings);
        }
        if (!drafts.delete(type, key, draftVersion)) {
            throw drafts.conflict(type, key);
        }
        DeploymentWithDefinitions deployment;
        try {
            deployment = DeploymentAudit.byCaller(() -> repository.createDeployment().name(DEPLOYMENT_NAME)
                    .source(DEPLOYMENT_NAME).addString(type.resourceName(key), content).deployWithResult());
        } catch (ParseException e) {
            // The validator ran above; the engine's own deployers can still refuse (e.g. a clash of ids).
            throw new ModelRefused(e.getResorceReports().stream().flatMap(r -> r.getErrors().stream())
                    .map(ModelStudio::problem).toList());
        }
        int version = deployed.find(type, key).map(m -> m.latest().version()).orElse(0);
        audit.recordDeployment(actor, type.path() + ":" + key, deployment.getId(), "version " + version + (why == null ? "" : ": " + why), why);
        return new Deployed(version, deployment.getId(), List.of(), warnings);
    }

    /** The validator's own refusal keeps its code, so that it is shown in the reader's language. */
    private static ModelProblem problem(Problem reported) {
        return reported instanceof ModelValidationDeployer.RefusedElement refused ? refused.problem()
                : ModelProblem.engine(reported.getMainElementId(), reported.getLine(), reported.getMessage());
    }

    static void requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a model key is a letter followed by letters, digits, - or _");
        }
    }
}
