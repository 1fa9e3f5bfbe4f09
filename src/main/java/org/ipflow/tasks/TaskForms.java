package org.ipflow.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.ipflow.forms.FormCatalog;
import org.ipflow.forms.FormSchema;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Service;

/**
 * The form a task asks for, by either of Camunda 7's references. {@code camunda:formRef} with the binding
 * {@code latest} is the catalogue's form of that id (the latest deployed, else the packaged one); with
 * {@code deployment}, {@code version} or {@code versionTag} the engine resolves the version the binding
 * names, as does {@code camunda:formKey="camunda-forms:deployment:FILE"} (the file deployed with the
 * process). {@code camunda-forms:app:FILE} names a form of the application: one of the packaged
 * {@code forms/}, by its file name, which is its id.
 *
 * <p>A form of the definition's own deployment (the {@code camunda-forms:deployment:} file, the binding
 * {@code deployment}) never changes, so it is kept parsed per definition: a task page, a completion and a
 * batch read it without asking the engine for the task's form resource each time. A {@code version} or
 * {@code versionTag} binding is resolved on every read: a deleted deployment's version number is given to the next.
 */
@Service
class TaskForms {

    static final String DEPLOYMENT = "camunda-forms:deployment:";
    static final String APP = "camunda-forms:app:";
    /** WorkItems' mark for a {@code formRef} whose binding the engine resolves. */
    static final String BOUND = "camunda-forms:bound:";
    /** WorkItems' mark, after such a key, of the definition whose own deployment holds the form. */
    static final String OF_DEFINITION = "|";
    private static final int MAX_KEPT = 200;

    private final FormCatalog catalog;
    private final FormService engine;
    private final Map<String, FormSchema> ofDeployments = new ConcurrentHashMap<>();

    TaskForms(FormCatalog catalog, FormService engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    /** The reference a task's form key stands for in {@link WorkItem#formKey()}. */
    static String key(CamundaFormRef ref, String formKey) {
        if (ref == null) {
            return formKey;
        }
        return ref.getBinding() == null || "latest".equals(ref.getBinding()) ? ref.getKey() : BOUND + ref.getKey();
    }

    /**
     * As {@link #key(CamundaFormRef, String)}, with the task's definition after a form of its own deployment,
     * which can then be kept parsed.
     */
    static String key(CamundaFormRef ref, String formKey, String definitionId) {
        String key = key(ref, formKey);
        boolean ownDeployment = key != null && (key.startsWith(DEPLOYMENT)
                || ref != null && "deployment".equals(ref.getBinding()));
        return ownDeployment && definitionId != null ? key + OF_DEFINITION + definitionId : key;
    }

    FormSchema of(WorkItem item) {
        String key = item.formKey();
        if (key == null) {
            return null;
        }
        if (key.startsWith(APP)) {
            String file = key.substring(key.lastIndexOf('/') + 1);
            return catalog.require(file.endsWith(".form") ? file.substring(0, file.length() - ".form".length()) : file);
        }
        if (key.startsWith(DEPLOYMENT) || key.startsWith(BOUND)) {
            if (!key.contains(OF_DEFINITION)) {
                return deployed(item);
            }
            if (ofDeployments.size() > MAX_KEPT) {
                ofDeployments.clear();
            }
            return ofDeployments.computeIfAbsent(key, k -> deployed(item));
        }
        return catalog.require(key);
    }

    /**
     * Whether the task's form asks for a {@code score}, the only way an expert's score is recorded; also true
     * for a form only the engine could show (a {@code version} or {@code versionTag} binding), which is not read
     * here for this question.
     */
    boolean asksForScore(WorkItem item) {
        String key = item.formKey();
        if (key == null) {
            return false;
        }
        if ((key.startsWith(DEPLOYMENT) || key.startsWith(BOUND)) && !key.contains(OF_DEFINITION)) {
            return true;
        }
        return of(item).field(ProcessVariables.SCORE).isPresent();
    }

    private FormSchema deployed(WorkItem item) {
        try (InputStream form = engine.getDeployedTaskForm(item.id())) {
            return catalog.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
