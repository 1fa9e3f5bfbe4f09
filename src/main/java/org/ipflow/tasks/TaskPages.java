package org.ipflow.tasks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationDetails;
import org.ipflow.application.ApplicationFormDocuments;
import org.ipflow.application.Applications;
import org.ipflow.application.Decision;
import org.ipflow.application.Timeline;
import org.ipflow.forms.FormDocuments;
import org.ipflow.forms.FormPrefill;
import org.ipflow.forms.FormRenderer;
import org.ipflow.forms.FormSchema;
import org.ipflow.programme.ProgrammeCatalog;
import org.ipflow.programme.ProgrammeExpertSettings;
import org.ipflow.shared.ProcessVariables;
import org.ipflow.shared.Region;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the models of the inbox, task and "done by me" pages. */
@Component
class TaskPages {

    private static final int DONE_PAGE = 50;

    private final ApplicationDetails details;
    private final TaskCompletion completion;
    private final FormRenderer renderer;
    private final ProgrammeCatalog programmes;
    private final Timeline timeline;
    private final Applications applications;
    private final MessageSource messages;
    private final ProcessTasks processTasks;
    private final StepFacts facts;
    private final Inbox inbox;
    private final TaskObjections objections;
    private final ScoreSheet scores;
    private final TaskTransfer transfer;
    private final Absences absences;
    private final TaskPanels panels;
    private final TaskFormState formStates;
    private final RubricScoring rubrics;
    private final ProgrammeExpertSettings expertSettings;

    TaskPages(ApplicationDetails details, TaskCompletion completion, FormRenderer renderer, ProgrammeCatalog programmes,
            Timeline timeline, Applications applications, MessageSource messages, ProcessTasks processTasks,
            Inbox inbox, TaskObjections objections, ScoreSheet scores, StepFacts facts, TaskTransfer transfer,
            Absences absences, TaskPanels panels, TaskFormState formStates, RubricScoring rubrics,
            ProgrammeExpertSettings expertSettings) {
        this.formStates = formStates;
        this.expertSettings = expertSettings;
        this.rubrics = rubrics;
        this.absences = absences;
        this.transfer = transfer;
        this.panels = panels;
        this.facts = facts;
        this.scores = scores;
        this.details = details;
        this.completion = completion;
        this.renderer = renderer;
        this.programmes = programmes;
        this.timeline = timeline;
        this.applications = applications;
        this.messages = messages;
        this.processTasks = processTasks;
        this.inbox = inbox;
        this.objections = objections;
    }

    String inbox(Model model, Authentication user, InboxFilter filter, InboxPage page) {
        model.addAttribute("items", page.items());
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        // Retired programmes too: their running applications still have tasks.
        model.addAttribute("programmes", programmes.everything());
        model.addAttribute("regions", Region.values());
        // Every step of the programmes (or of the chosen one), not only those on this page.
        model.addAttribute("steps", inbox.steps(filter.programme() != null ? List.of(filter.programme())
                : programmes.everything().stream().map(p -> p.processKey()).toList()));
        model.addAttribute("user", user.getName());
        model.addAttribute("onBehalfOf", absences.coveredBy(user.getName()));
        return "tasks/inbox";
    }

    /** The task page of a task read and checked for it ({@link ProcessTasks#forPage}), read once for all its parts. */
    String task(Model model, Authentication user, ProcessTasks.PageTask page, Map<String, ?> data,
            Map<String, String> errors) {
        WorkItem item = page.item();
        var locale = LocaleContextHolder.getLocale();
        if (applications.awaitsDeclaration(user, item.application().id())) {
            return declaration(model, item, data, errors);
        }
        ApplicationDetails.View view = details.view(user, item.application().id());
        Application application = view.application();
        var programme = programmes.find(application.programmeKey()).orElseThrow();
        FormSchema taskForm = completion.form(item);
        model.addAttribute("item", item);
        model.addAttribute("view", view);
        model.addAttribute("app", application);
        model.addAttribute("programme", programme);
        // the office reads the application's documents: its forms' filepickers and previews show them
        FormDocuments attached = ApplicationFormDocuments.of(application.id(), view.attachments(), null);
        model.addAttribute("applicationForm", renderer.render(applications.form(application, programme), application.data(),
                Map.of(), locale, Map.of(), Map.of(), attached));
        Map<String, ?> shown = taskForm == null ? Map.of()
                : data == null ? FormPrefill.startValues(taskForm, completion.input(item)) : data;
        model.addAttribute("taskForm", taskForm == null ? null
                : renderer.render(taskForm, shown, errors, locale, Map.of(), completion.variables(item), attached));
        model.addAttribute("formState", formStates.of(item, taskForm, shown));
        model.addAttribute("rubric", rubrics.of(item, taskForm).orElse(null));
        model.addAttribute("typed", data == null ? Map.of() : data);
        model.addAttribute("errors", errors);
        var objection = objections.of(item.id()).orElse(null);
        model.addAttribute("facts", facts.of(user, item, taskForm, objection != null));
        model.addAttribute("objection", objection);
        model.addAttribute("mine", absences.holds(user.getName(), item.assignee()));
        model.addAttribute("onBehalfOf", user.getName().equals(item.assignee()) ? Map.of()
                : absences.coveredBy(user.getName()));
        model.addAttribute("colleagues", transfer.colleagues(user, page));
        model.addAttribute("dutyConflict", processTasks.dutyConflict(user, page).orElse(null));
        model.addAttribute("active", String.join(",", view.activeActivities()));
        model.addAttribute("done", String.join(",", view.timeline().stream().map(Decision::stepKey).distinct().toList()));
        // An expert about to score sees no other expert's score of the step; the other steps see every score.
        boolean scoring = taskForm != null && taskForm.field(ProcessVariables.SCORE).isPresent();
        model.addAttribute("timeline", scoring ? ScoreSheet.withoutScoresOf(item.taskDefinitionKey(), view.timeline())
                : view.timeline());
        model.addAttribute("scores", scoring ? List.of() : scores.of(view.timeline(),
                expertSettings.of(application.programmeKey()).dispersionThreshold()));
        model.addAttribute("criteria", rubrics.criteria(application.programmeKey()));
        panels.fill(model, user, view, taskForm);
        return "tasks/task";
    }

    /** The declaration of interests: the expert sees who applied for what, and the application only once accepted. */
    private String declaration(Model model, WorkItem item, Map<String, ?> data, Map<String, String> errors) {
        FormSchema taskForm = completion.form(item);
        model.addAttribute("item", item);
        model.addAttribute("programme", programmes.find(item.application().programmeKey()).orElseThrow());
        model.addAttribute("taskForm", renderer.render(taskForm, data == null ? Map.of() : data, errors,
                LocaleContextHolder.getLocale(), Map.of(), completion.variables(item)));
        model.addAttribute("errors", errors);
        return "tasks/declaration";
    }

    String done(Model model, Authentication user, Long before) {
        List<Decision> page = timeline.doneBy(user.getName(), before, DONE_PAGE);
        Map<Long, Application> byId = applications.findByIds(page.stream().map(Decision::applicationId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Application::id, Function.identity()));
        model.addAttribute("decisions", timeline.forReader(byId.values(), page, LocaleContextHolder.getLocale()));
        model.addAttribute("applications", byId);
        model.addAttribute("next", page.size() == DONE_PAGE ? page.get(page.size() - 1).id() : null);
        return "tasks/done";
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
