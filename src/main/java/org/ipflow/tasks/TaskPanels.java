package org.ipflow.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipflow.application.ApplicationDetails;
import org.ipflow.application.ApplicationNotes;
import org.ipflow.application.Attachment;
import org.ipflow.application.Decision;
import org.ipflow.application.DecisionFile;
import org.ipflow.application.DecisionFiles;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.PaymentHistory;
import org.ipflow.application.ProjectResults;
import org.ipflow.application.ReportForms;
import org.ipflow.forms.FormSchema;
import org.ipflow.identity.Roles;
import org.ipflow.shared.ProcessVariables;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The task page's panels for the office's eyes: internal notes, the documents as a reviewer reads them (with
 * what changed since the last return for correction), on a disbursement the applicant's earlier payments, on a
 * decision that may recover the grant what this application was paid so far, and a
 * funded project's results report once the enterprise sent it (its documents are among the documents).
 */
@Component
class TaskPanels {

    /** What a timeline entry of a return for correction records: the reviewer's choice, or the status it set. */
    private static final Set<String> RETURNS = Set.of(ProcessVariables.Values.RETURN, DecisionKind.RETURNED.value());

    private final ApplicationNotes notes;
    private final PaymentHistory payments;
    private final DecisionFiles files;
    private final ProjectResults results;
    private final ReportForms reportForms;

    TaskPanels(ApplicationNotes notes, PaymentHistory payments, DecisionFiles files, ProjectResults results,
            ReportForms reportForms) {
        this.results = results;
        this.reportForms = reportForms;
        this.files = files;
        this.notes = notes;
        this.payments = payments;
    }

    /** A document, and whether it came (new or as a replacement) after the application was last returned. */
    record ReviewedDocument(Attachment attachment, boolean newSinceReturn) {

        /** Shown in the browser rather than downloaded: what browsers display themselves. */
        public boolean previewable() {
            return attachment.contentType().equals("application/pdf") || attachment.contentType().startsWith("image/");
        }
    }

    void fill(Model model, Authentication user, ApplicationDetails.View view, FormSchema taskForm) {
        long id = view.application().id();
        // An expert reads the application and its documents, never the office's notes and decision files.
        boolean office = user.getAuthorities().stream().noneMatch(a -> Roles.EXPERT.equals(a.getAuthority()));
        model.addAttribute("notes", office ? notes.of(user, id) : null);
        model.addAttribute("documents", reviewed(view.attachments(), view.timeline()));
        boolean disbursing = taskForm != null && taskForm.field(ProcessVariables.PAID_AMOUNT).isPresent();
        model.addAttribute("decisionFiles", office ? stepFiles(files.of(user, id), view.timeline()) : List.of());
        model.addAttribute("payments", disbursing ? payments.before(user, id, LocaleContextHolder.getLocale()) : null);
        boolean recovering = taskForm != null && taskForm.field(ProcessVariables.RECOVERY_AMOUNT).isPresent();
        model.addAttribute("paidSoFar", recovering && office ? payments.paidSoFar(user, id) : null);
        var report = office ? results.of(user, id).orElse(null) : null;
        model.addAttribute("results", report);
        model.addAttribute("resultsView", report == null ? null
                : reportForms.shown(view.application().programmeKey(), report, LocaleContextHolder.getLocale()));
    }

    /** A decision's file with the name of the step whose decision it belongs to. */
    record StepFile(String step, DecisionFile file) {
    }

    static List<StepFile> stepFiles(List<DecisionFile> files, List<Decision> timeline) {
        Map<String, String> steps = timeline.stream().filter(d -> d.taskId() != null)
                .collect(Collectors.toMap(Decision::taskId, Decision::stepName, (a, b) -> a));
        return files.stream().map(f -> new StepFile(steps.getOrDefault(f.taskId(), ""), f)).toList();
    }

    static List<ReviewedDocument> reviewed(List<Attachment> attachments, List<Decision> timeline) {
        Instant returned = timeline.stream().filter(d -> RETURNS.contains(d.decision())).map(Decision::decidedAt)
                .max(Instant::compareTo).orElse(null);
        return attachments.stream()
                .map(a -> new ReviewedDocument(a, returned != null && a.uploadedAt().isAfter(returned))).toList();
    }
}
