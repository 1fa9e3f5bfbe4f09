package org.ipflow.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.ipflow.application.ApplicationCertificates.IssuedCertificate;
import org.ipflow.application.ApplicationJson.AttachmentJson;
import org.ipflow.application.ApplicationJson.HistoryJson;
import org.ipflow.application.ApplicationJson.StepJson;
import org.ipflow.application.internal.ApplicationAccess;
import org.ipflow.application.internal.ApplicationProcess;
import org.ipflow.application.internal.Disbursements;
import org.ipflow.application.internal.Documents;
import org.ipflow.application.internal.IssuedLetters;
import org.ipflow.application.internal.ProcessProgress;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.identity.Roles;
import org.ipflow.application.internal.QueryCodes;
import org.ipflow.programme.ProgrammeCalls;
import org.ipflow.shared.Money;
import org.ipflow.shared.Region;
import org.ipflow.shared.StepNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything a detail page or API client shows of one application, read in one transaction. */
@Service
@Transactional(readOnly = true)
public class ApplicationDetails {

    private final Applications applications;
    private final Documents documents;
    private final Timeline timeline;
    private final ApplicationProcess process;
    private final ObjectProvider<ApplicationCertificates> certificates;
    private final IssuedLetters letters;
    private final StepNames stepNames;
    private final ProcessProgress progress;
    private final Disbursements payments;
    private final Enterprises enterprises;
    private final QueryCodes queryCodes;
    private final ProgrammeCalls calls;

    ApplicationDetails(Applications applications, Documents documents, Timeline timeline,
            ApplicationProcess process, ObjectProvider<ApplicationCertificates> certificates, IssuedLetters letters,
            StepNames stepNames, ProcessProgress progress, Disbursements payments, Enterprises enterprises,
            QueryCodes queryCodes, ProgrammeCalls calls) {
        this.calls = calls;
        this.progress = progress;
        this.payments = payments;
        this.enterprises = enterprises;
        this.queryCodes = queryCodes;
        this.letters = letters;
        this.stepNames = stepNames;
        this.applications = applications;
        this.documents = documents;
        this.timeline = timeline;
        this.process = process;
        this.certificates = certificates;
    }

    /**
     * The parts of the detail view; {@code certificate} and {@code letter} are null unless one was issued,
     * {@code payments} empty until paid.
     */
    public record View(Application application, List<Attachment> attachments, List<Decision> timeline,
            List<StepJson> steps, List<String> activeActivities, IssuedCertificate certificate,
            IssuedLetters.Letter letter, Enterprise enterprise, List<Disbursements.Disbursement> payments,
            List<ProcessProgress.Step> progress) {

        /** The first payment (the whole amount, or a grant's award tranche); null until paid. */
        public Disbursements.Disbursement payment() {
            return payments.isEmpty() ? null : payments.get(0);
        }
    }

    /** Step names (current steps and timeline) are in the reader's language. */
    public View view(Authentication user, long id) {
        return view(user, id, true);
    }

    /** {@code active}: with the running process's active elements, which only the pages' diagram shows. */
    private View view(Authentication user, long id, boolean active) {
        Locale locale = LocaleContextHolder.getLocale();
        Application application = applications.visible(user, id);
        boolean staff = ApplicationAccess.isStaff(user.getAuthorities());
        // Who holds a step is the office's business: an expert is anonymous to the applicant.
        List<Task> open = process.openTasks(application);
        List<StepJson> steps = open.stream()
                .map(t -> new StepJson(t.getTaskDefinitionKey(), t.getId(),
                        stepNames.of(t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName(), locale),
                        staff ? t.getAssignee() : null, t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
        IssuedCertificate certificate = certificates.stream().flatMap(c -> c.of(id).stream()).findFirst().orElse(null);
        Map<String, Instant> due = new HashMap<>();
        steps.stream().filter(s -> s.due() != null).forEach(s -> due.merge(s.id(), s.due(), (a, b) -> a.isBefore(b) ? a : b));
        // The timeline's step names come from the definition the process runs on: an open task of it names it.
        String definitionId = open.isEmpty() ? null : open.get(0).getProcessDefinitionId();
        List<Decision> entries = othersScoresHidden(user, timeline.of(application, definitionId, locale), steps);
        return new View(application, documents.list(id), staff ? entries
                : timeline.withAnonymousExperts(entries, locale),
                steps, active ? process.activeSteps(application) : List.of(), certificate, letters.of(id).orElse(null),
                enterprises.findById(application.enterpriseId()).orElseThrow(),
                payments.paymentsOf(id), progress.of(application, due, locale));
    }

    /** For an expert, the other experts' scores of a step some expert is still to score: no score leans on another. */
    private static List<Decision> othersScoresHidden(Authentication user, List<Decision> entries, List<StepJson> open) {
        if (user.getAuthorities().stream().noneMatch(a -> Roles.EXPERT.equals(a.getAuthority()))) {
            return entries;
        }
        Set<String> scoring = open.stream().map(StepJson::id).collect(Collectors.toSet());
        return entries.stream().filter(d -> !(DecisionKind.SCORE.value().equals(d.decision())
                && scoring.contains(d.stepKey()) && !user.getName().equals(d.actor()))).toList();
    }

    ApplicationJson json(Authentication user, long id) {
        View view = view(user, id, false);
        Application a = view.application();
        return new ApplicationJson(a.id(), a.number(), a.programmeKey(), a.status().name(), a.title(), a.data(),
                Money.ofNullable(a.requestedAmount()), Money.ofNullable(a.approvedAmount()), a.submittedAt(),
                a.updatedAt(),
                a.correctionRequest() == null ? null
                        : new ApplicationJson.Correction(a.correctionRequest(), a.correctionDeadline()),
                a.noticeUntil(), view.attachments().stream().map(AttachmentJson::of).toList(), view.steps(),
                view.timeline().stream().map(HistoryJson::of).toList(),
                view.certificate() == null ? null
                        : new ApplicationJson.CertificateJson(view.certificate().number(), view.certificate().code()),
                view.letter(), enterprise(view.enterprise()), ApplicationJson.PaymentJson.of(view.payment()),
                view.progress().stream().map(ApplicationJson.ProgressJson::of).toList(),
                // Only the enterprise's own users get the receipt's code; staff see the application anyway.
                ApplicationAccess.isStaff(user.getAuthorities()) ? null : queryCodes.of(id).orElse(null),
                a.callId() == null ? null : calls.find(a.callId())
                        .map(c -> new ApplicationJson.CallJson(c.id(), c.name(LocaleContextHolder.getLocale())))
                        .orElse(null),
                view.payments().stream().map(ApplicationJson.PaymentJson::of).toList());
    }

    private static ApplicationJson.EnterpriseJson enterprise(Enterprise e) {
        Locale locale = LocaleContextHolder.getLocale();
        return new ApplicationJson.EnterpriseJson(e.name(), e.creditCode(), e.region(),
                Region.ofCode(e.region()).map(r -> r.name(locale)).orElse(e.region()));
    }
}
