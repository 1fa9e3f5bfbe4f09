package org.ipflow.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.ipflow.forms.FormCatalog;
import org.ipflow.forms.FormSchema;
import org.springframework.stereotype.Service;

/**
 * The form a task asks for, by either of Camunda 7's references. {@code camunda:formRef} with the binding
 * {@code latest} is the catalogue's form of that id (the latest deployed, else the packaged one); with
 * {@code deployment}, {@code version} or {@code versionTag} the engine resolves the version the binding
 * names, as does {@code camunda:formKey="camunda-forms:deployment:FILE"} (the file deployed with the
 * process). {@code camunda-forms:app:FILE} names a form of the application: one of the packaged
 * {@code forms/}, by its file name, which is its id.
 */
@Service
class TaskForms {

    static final String DEPLOYMENT = "camunda-forms:deployment:";
    static final String APP = "camunda-forms:app:";
    /** WorkItems' mark for a {@code formRef} whose binding the engine resolves. */
    static final String BOUND = "camunda-forms:bound:";

    private final FormCatalog catalog;
    private final FormService engine;

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
            try (InputStream form = engine.getDeployedTaskForm(item.id())) {
                return catalog.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalog.require(key);
    }
}
