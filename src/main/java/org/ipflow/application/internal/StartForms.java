package org.ipflow.application.internal;

import org.ipflow.application.Application;
import org.ipflow.forms.FormCatalog;
import org.ipflow.forms.FormSchema;
import org.ipflow.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * Which start form an application is shown and checked with: a draft follows the programme's current
 * form (a form redeployed in the studio reaches new and unsubmitted drafts), a submitted application
 * keeps the version it was submitted with, also when it is returned for correction.
 */
@Component
public class StartForms {

    /** A start form and the deployed version it is (null: packaged only, never deployed). */
    public record Versioned(FormSchema schema, Integer version) {
    }

    private final FormCatalog forms;

    StartForms(FormCatalog forms) {
        this.forms = forms;
    }

    /** The programme's start form as drafts use it now. */
    public FormSchema current(Programme programme) {
        return forms.require(programme.startForm());
    }

    /** The form of an application: pinned from its submission on, else the programme's current one. */
    public FormSchema of(Application application, Programme programme) {
        if (application != null && application.startFormKey() != null) {
            return forms.find(application.startFormKey(), application.startFormVersion())
                    .orElseGet(() -> forms.require(application.startFormKey()));
        }
        return current(programme);
    }

    /** The latest deployed version, read now, for a first submission to be checked against and pinned to. */
    Versioned latest(Programme programme) {
        Integer version = forms.latestVersion(programme.startForm());
        FormSchema schema = version == null ? current(programme)
                : forms.find(programme.startForm(), version).orElseGet(() -> current(programme));
        return new Versioned(schema, version);
    }
}
