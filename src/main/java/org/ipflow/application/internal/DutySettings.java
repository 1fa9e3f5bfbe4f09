package org.ipflow.application.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Separation of duties per programme ({@code ipflow.separation-of-duties.*}): on for every programme
 * unless its key is listed in {@code exempt-programmes}, e.g. for a small office with too few reviewers.
 */
@ConfigurationProperties("ipflow.separation-of-duties")
record DutySettings(List<String> exemptProgrammes) {

    DutySettings {
        exemptProgrammes = exemptProgrammes == null ? List.of() : List.copyOf(exemptProgrammes);
    }

    boolean appliesTo(String programmeKey) {
        return !exemptProgrammes.contains(programmeKey);
    }
}
