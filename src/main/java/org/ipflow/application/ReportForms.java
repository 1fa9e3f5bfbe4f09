package org.ipflow.application;

import java.util.Locale;
import java.util.Map;
import org.ipflow.forms.FormCatalog;
import org.ipflow.forms.FormRenderer;
import org.ipflow.forms.FormSchema;
import org.ipflow.forms.RenderedForm;
import org.ipflow.programme.ProjectTerms;
import org.springframework.stereotype.Component;

/**
 * The form a programme's enterprises report their project's results with (programme data, chosen with the project
 * terms), rendered by the shared form engine for the enterprise's page and, filled, for the reviewer's.
 */
@Component
public class ReportForms {

    private final ProjectTerms terms;
    private final FormCatalog catalog;
    private final FormRenderer renderer;

    ReportForms(ProjectTerms terms, FormCatalog catalog, FormRenderer renderer) {
        this.terms = terms;
        this.catalog = catalog;
        this.renderer = renderer;
    }

    /**
     * The programme's report form; the default one should the chosen form be gone (a deleted deployment), so that
     * an enterprise can still report the figures every form asks for.
     */
    FormSchema of(String programmeKey) {
        return catalog.find(terms.reportForm(programmeKey))
                .orElseGet(() -> catalog.require(ProjectTerms.DEFAULT_REPORT_FORM));
    }

    /** The form to fill, starting from {@code data} (what was typed, or the report returned for correction). */
    public RenderedForm entry(String programmeKey, Map<String, ?> data, Map<String, String> errors, Locale locale) {
        return renderer.render(of(programmeKey), data, errors, locale);
    }

    /** A report as its programme's form shows it. */
    public RenderedForm shown(String programmeKey, ProjectResult result, Locale locale) {
        return renderer.render(of(programmeKey), result.asFormData(), Map.of(), locale);
    }
}
