package org.ipflow.tasks;

import java.util.Locale;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.shared.Region;

/**
 * Who applied, as the office's staff see it on a task: the enterprise, its credit code and contact, and the
 * application's region by name in the reader's language (the code when it names no region).
 */
public record Applicant(String enterpriseName, String creditCode, String regionName, String contactName,
        String contactPhone) {

    static Applicant of(Enterprise enterprise, String regionCode, Locale locale) {
        String regionName = regionName(regionCode, locale);
        return enterprise == null ? new Applicant(null, null, regionName, null, null)
                : new Applicant(enterprise.name(), enterprise.creditCode(), regionName, enterprise.contactName(),
                        enterprise.contactPhone());
    }

    static String regionName(String code, Locale locale) {
        return code == null ? null : Region.ofCode(code).map(r -> r.name(locale)).orElse(code);
    }
}
