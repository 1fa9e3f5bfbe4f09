package org.ipflow.application.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Periods the building blocks apply when a model does not say otherwise ({@code ipflow.correction.*},
 * {@code ipflow.public-notice.*}).
 */
@ConfigurationProperties("ipflow")
record ProcessSettings(@DefaultValue Correction correction, @DefaultValue PublicNotice publicNotice) {

    /** @param defaultDays calendar days an enterprise has to correct a returned application */
    record Correction(@DefaultValue("15") int defaultDays) {
    }

    /** @param workingDays working days during which anyone may object to a grant */
    record PublicNotice(@DefaultValue("5") int workingDays) {
    }
}
