package org.ipflow.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ipflow.programme.Programme.DocumentKind;

/**
 * What the administrator's programme page posts, as typed: documents as lines of
 * {@code kind | 中文名称 | English label | required|optional}, start variables as lines of
 * {@code variable=field}, the letter template as typed. Converted explicitly to a {@link Programme} once {@link ProgrammeRules} found
 * nothing wrong, so that a refused form is shown again exactly as it was typed.
 */
record ProgrammeForm(String key, String nameZh, String nameEn, String summaryZh, String summaryEn,
        String numberPrefix, String processKey, String startForm, String titleField, String amountField,
        String startVariables, String documents, List<String> regions, String certificationRequired,
        String letterTemplate, Integer version) {

    ProgrammeForm {
        key = trim(key);
        nameZh = trim(nameZh);
        nameEn = trim(nameEn);
        numberPrefix = trim(numberPrefix);
        processKey = trim(processKey);
        startForm = trim(startForm);
        titleField = trim(titleField);
        amountField = trim(amountField);
        certificationRequired = trim(certificationRequired);
        regions = regions == null ? List.of() : regions.stream().filter(r -> r != null && !r.isBlank()).toList();
    }

    static ProgrammeForm empty() {
        return new ProgrammeForm(null, null, null, null, null, null, null, null, null, null, null,
                "business-licence | 营业执照 | Business licence | required", List.of(), null, null, null);
    }

    static ProgrammeForm of(Programme p, int version) {
        return new ProgrammeForm(p.key(), p.nameZh(), p.nameEn(), p.summaryZh(), p.summaryEn(), p.numberPrefix(),
                p.processKey(), p.startForm(), p.titleField(), p.amountField(),
                ProgrammeRepository.variables(p.startVariables()),
                p.documents().stream().map(d -> d.kind() + " | " + d.labelZh() + " | " + d.labelEn() + " | "
                        + (d.required() ? "required" : "optional")).collect(Collectors.joining("\n")),
                p.regions(), p.certificationRequired(), p.letterTemplate(), version);
    }

    /** The definition this form describes; call only after {@link ProgrammeRules} accepted it. */
    Programme toProgramme(Programme.Status status) {
        return new Programme(key, nameZh, nameEn, numberPrefix, processKey, startForm, blankToNull(titleField),
                blankToNull(amountField), ProgrammeRepository.variables(startVariables), documentKinds(),
                blankToNull(summaryZh), blankToNull(summaryEn), regions, blankToNull(certificationRequired), status,
                blankToNull(letterTemplate));
    }

    List<DocumentKind> documentKinds() {
        List<DocumentKind> kinds = new ArrayList<>();
        for (String[] parts : documentLines()) {
            kinds.add(new DocumentKind(parts[0], parts[1], parts[2], "required".equalsIgnoreCase(parts[3])));
        }
        return kinds;
    }

    /** The non-blank document lines split at "|" into their four parts, each trimmed (missing parts are ""). */
    List<String[]> documentLines() {
        List<String[]> lines = new ArrayList<>();
        if (documents != null) {
            documents.lines().filter(l -> !l.isBlank()).forEach(l -> {
                String[] split = l.split("\\|", -1);
                String[] parts = new String[Math.max(4, split.length)];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = i < split.length ? split[i].strip() : "";
                }
                lines.add(parts);
            });
        }
        return lines;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
