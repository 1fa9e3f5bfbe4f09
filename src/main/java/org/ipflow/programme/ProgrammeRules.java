package org.ipflow.programme;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.ipflow.forms.FormCatalog;
import org.ipflow.forms.FormField;
import org.ipflow.forms.FormSchema;
import org.ipflow.shared.ProcessVariables;
import org.ipflow.shared.Region;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks a programme definition before it is stored: a key and an application-number prefix of their
 * own, a deployed process, a start form the form catalogue knows, title, amount and start-variable
 * fields that exist in that form, distinct document kinds, known regions. Every problem is reported
 * under the form field it concerns, so the page shows it there.
 */
@Component
class ProgrammeRules {

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
    static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final ProgrammeRepository programmes;
    private final FormCatalog forms;
    private final RepositoryService repository;
    private final MessageSource messages;

    ProgrammeRules(ProgrammeRepository programmes, FormCatalog forms, RepositoryService repository,
            MessageSource messages) {
        this.programmes = programmes;
        this.forms = forms;
        this.repository = repository;
        this.messages = messages;
    }

    /** Problems by form field, in the page's order; empty when the definition may be stored. */
    Map<String, String> check(ProgrammeForm form, boolean creating) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (creating) {
            if (blank(form.key()) || form.key().length() > 64 || !KEY.matcher(form.key()).matches()) {
                errors.put("key", message("programmes.error.key"));
            } else if (programmes.find(form.key()).isPresent()) {
                errors.put("key", message("programmes.error.keyTaken"));
            }
        }
        requireText(errors, "nameZh", form.nameZh(), 200);
        requireText(errors, "nameEn", form.nameEn(), 200);
        maxLength(errors, "summaryZh", form.summaryZh(), 1000);
        maxLength(errors, "summaryEn", form.summaryEn(), 1000);
        if (blank(form.numberPrefix()) || !PREFIX.matcher(form.numberPrefix()).matches()) {
            errors.put("numberPrefix", message("programmes.error.prefix"));
        } else {
            programmes.keyWithPrefix(form.numberPrefix()).filter(owner -> !owner.equals(form.key()))
                    .ifPresent(owner -> errors.put("numberPrefix", message("programmes.error.prefixTaken", owner)));
        }
        if (blank(form.processKey()) || repository.createProcessDefinitionQuery().processDefinitionKey(form.processKey())
                .latestVersion().count() == 0) {
            errors.put("processKey", message("programmes.error.process"));
        }
        Optional<FormSchema> schema = blank(form.startForm()) ? Optional.empty() : forms.find(form.startForm());
        if (schema.isEmpty()) {
            errors.put("startForm", message("programmes.error.form"));
        } else {
            checkFields(errors, form, schema.get());
        }
        checkDocuments(errors, form);
        if (form.regions().stream().anyMatch(r -> Region.ofCode(r).isEmpty())) {
            errors.put("regions", message("programmes.error.region"));
        }
        if (!blank(form.certificationRequired()) && !List.of("PILOT", "DEMONSTRATION").contains(form.certificationRequired())) {
            errors.put("certificationRequired", message("programmes.error.certification"));
        }
        checkLetter(errors, form.letterTemplate());
        return errors;
    }

    private void checkFields(Map<String, String> errors, ProgrammeForm form, FormSchema schema) {
        if (!blank(form.titleField()) && schema.field(form.titleField()).isEmpty()) {
            errors.put("titleField", message("programmes.error.field", form.titleField(), schema.id()));
        }
        if (!blank(form.amountField())) {
            Optional<FormField> amount = schema.field(form.amountField());
            if (amount.isEmpty()) {
                errors.put("amountField", message("programmes.error.field", form.amountField(), schema.id()));
            } else if (amount.get().type() != FormField.Type.NUMBER) {
                errors.put("amountField", message("programmes.error.amountNumber", form.amountField()));
            }
        }
        int line = 0;
        for (String text : form.startVariables() == null ? List.<String>of() : form.startVariables().lines().toList()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            int eq = text.indexOf('=');
            String variable = eq < 0 ? "" : text.substring(0, eq).strip();
            String field = eq < 0 ? "" : text.substring(eq + 1).strip();
            if (!VARIABLE.matcher(variable).matches() || ProcessVariables.RESERVED.contains(variable)) {
                errors.putIfAbsent("startVariables", message("programmes.error.variable", line, variable));
            } else if (schema.field(field).isEmpty()) {
                errors.putIfAbsent("startVariables", message("programmes.error.variableField", line, field, schema.id()));
            }
        }
    }

    private void checkDocuments(Map<String, String> errors, ProgrammeForm form) {
        Set<String> kinds = new HashSet<>();
        int line = 0;
        for (String[] parts : form.documentLines()) {
            line++;
            if (!KIND.matcher(parts[0]).matches()) {
                errors.putIfAbsent("documents", message("programmes.error.documentKind", line, parts[0]));
            } else if (!kinds.add(parts[0])) {
                errors.putIfAbsent("documents", message("programmes.error.documentDuplicate", line, parts[0]));
            } else if (parts[1].isEmpty() || parts[2].isEmpty() || parts[1].length() > 200 || parts[2].length() > 200) {
                errors.putIfAbsent("documents", message("programmes.error.documentLabel", line));
            } else if (!List.of("required", "optional").contains(parts[3].toLowerCase(java.util.Locale.ROOT))
                    || parts.length > 4) {
                errors.putIfAbsent("documents", message("programmes.error.documentRequired", line));
            }
        }
    }

    private void checkLetter(Map<String, String> errors, String template) {
        if (template == null || template.isBlank()) {
            return;
        }
        maxLength(errors, "letterTemplate", template, 4000);
        var placeholder = Pattern.compile("\\{([^{}]*)}").matcher(template);
        while (placeholder.find()) {
            if (!Programme.LETTER_PLACEHOLDERS.contains(placeholder.group(1))) {
                errors.putIfAbsent("letterTemplate", message("programmes.error.placeholder", placeholder.group(1),
                        String.join(", ", new java.util.TreeSet<>(Programme.LETTER_PLACEHOLDERS))));
            }
        }
    }

    private void requireText(Map<String, String> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.put(field, message("programmes.error.required"));
        } else {
            maxLength(errors, field, value, max);
        }
    }

    private void maxLength(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, message("programmes.error.tooLong", max));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
