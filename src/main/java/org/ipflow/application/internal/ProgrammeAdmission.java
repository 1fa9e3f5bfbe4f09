package org.ipflow.application.internal;

import java.util.Map;
import java.util.Optional;
import org.ipflow.application.ApplicationCertificates;
import org.ipflow.application.ValidationFailed;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.programme.Call;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCalls;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.Region;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may apply to a programme, and when. A draft needs an active programme and an eligible enterprise
 * (its region, a certificate it must hold); a first submission also needs an open call, and is refused
 * outside one with the reason under {@code call}, the draft staying as it was. A returned application
 * is part of a running one: its resubmission is not checked again, so it finishes even if the call has
 * closed or the programme was retired meanwhile.
 */
@Component
public class ProgrammeAdmission {

    private final ProgrammeCalls calls;
    private final ObjectProvider<ApplicationCertificates> certificates;
    private final MessageSource messages;
    private final OfficeTime officeTime;

    ProgrammeAdmission(ProgrammeCalls calls, ObjectProvider<ApplicationCertificates> certificates,
            MessageSource messages, OfficeTime officeTime) {
        this.calls = calls;
        this.certificates = certificates;
        this.messages = messages;
        this.officeTime = officeTime;
    }

    /** Why this enterprise may not start a draft of the programme, if it may not. */
    public Optional<String> draftRefusal(Programme programme, Enterprise enterprise) {
        if (!programme.active()) {
            return Optional.of(message("application.error.programmeRetired", programme.name(locale())));
        }
        if (!programme.admits(enterprise.region())) {
            return Optional.of(message("application.error.regionNotEligible", programme.name(locale()),
                    String.join("、", programme.regions().stream().map(ProgrammeAdmission::regionName).toList())));
        }
        if (programme.certificationRequired() != null) {
            ApplicationCertificates issued = certificates.getIfAvailable();
            if (issued == null || !issued.holds(enterprise.id(), programme.certificationRequired())) {
                return Optional.of(message("application.error.certificationRequired",
                        message("application.certification." + programme.certificationRequired())));
            }
        }
        return Optional.empty();
    }

    void checkDraft(Programme programme, Enterprise enterprise) {
        draftRefusal(programme, enterprise).ifPresent(reason -> {
            throw new ValidationFailed(Map.of("programme", reason));
        });
    }

    /** The call a first submission goes into; refused when none is open now. */
    Call checkSubmission(Programme programme, Enterprise enterprise) {
        checkDraft(programme, enterprise);
        return calls.openNow(programme.key()).orElseThrow(() -> new ValidationFailed(Map.of("call",
                calls.nextUpcoming(programme.key())
                        .map(next -> message("application.error.callUpcoming", next.name(locale()),
                                officeTime.minutes(next.opensAt())))
                        .orElseGet(() -> message("application.error.noOpenCall", programme.name(locale()))))));
    }

    private static String regionName(String code) {
        return Region.ofCode(code).map(r -> r.name(locale())).orElse(code);
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, locale());
    }
}
