package org.ipflow.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' changes to the catalogue: defining and editing programmes, retiring and reactivating
 * them, their calls, and their expert settings with the rubric. Each change is announced as an {@link AdminActionPerformed}, so the audit log
 * records it in the same transaction.
 */
@Service
@Transactional
class ProgrammeAdministration {

    /** The outcome of a change: problems by field, or none. */
    record Outcome(Map<String, String> problems, boolean conflict) {

        static final Outcome DONE = new Outcome(Map.of(), false);

        boolean done() {
            return problems.isEmpty() && !conflict;
        }
    }

    private final ProgrammeRepository repository;
    private final ProgrammeRules rules;
    private final ProgrammeCalls calls;
    private final ApplicationEventPublisher events;
    private final ProgrammeExpertSettings expertSettings;
    private final Rubrics rubrics;

    ProgrammeAdministration(ProgrammeRepository repository, ProgrammeRules rules, ProgrammeCalls calls,
            ApplicationEventPublisher events, ProgrammeExpertSettings expertSettings, Rubrics rubrics) {
        this.expertSettings = expertSettings;
        this.rubrics = rubrics;
        this.repository = repository;
        this.rules = rules;
        this.calls = calls;
        this.events = events;
    }

    Outcome create(ProgrammeForm form, String actor) {
        Map<String, String> problems = rules.check(form, true);
        if (!problems.isEmpty()) {
            return new Outcome(problems, false);
        }
        Programme programme = form.toProgramme(Programme.Status.ACTIVE);
        repository.insert(programme, "admin", actor);
        audit(actor, "PROGRAMME_CREATE", programme.key(), describe(programme));
        return Outcome.DONE;
    }

    Outcome update(String key, ProgrammeForm form, String actor) {
        ProgrammeRepository.Row row = repository.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        ProgrammeForm keyed = new ProgrammeForm(key, form.nameZh(), form.nameEn(), form.summaryZh(), form.summaryEn(),
                form.numberPrefix(), form.processKey(), form.startForm(), form.titleField(), form.amountField(),
                form.startVariables(), form.documents(), form.regions(), form.certificationRequired(),
                form.letterTemplate(), form.version());
        Map<String, String> problems = rules.check(keyed, false);
        if (!problems.isEmpty()) {
            return new Outcome(problems, false);
        }
        Programme programme = keyed.toProgramme(row.programme().status());
        int expected = form.version() == null ? row.version() : form.version();
        if (!repository.update(programme, expected, "admin", actor)) {
            return new Outcome(Map.of(), true);
        }
        audit(actor, "PROGRAMME_UPDATE", key, describe(programme));
        return Outcome.DONE;
    }

    void changeStatus(String key, Programme.Status status, String actor) {
        repository.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        if (repository.setStatus(key, status, actor)) {
            audit(actor, status == Programme.Status.RETIRED ? "PROGRAMME_RETIRE" : "PROGRAMME_REACTIVATE", key, null);
        }
    }

    Outcome addCall(String key, CallForm form, String actor) {
        repository.find(key).orElseThrow(() -> new ProgrammeNotFound(key));
        if (!form.problems().isEmpty()) {
            return new Outcome(form.problems(), false);
        }
        long id = calls.add(key, form.nameZh().strip(), form.nameEn().strip(), form.opens(), form.closes(),
                form.budgetAmount(), actor);
        audit(actor, "CALL_CREATE", key, describe(id, form));
        return Outcome.DONE;
    }

    Outcome changeCall(String key, long id, CallForm form, String actor) {
        call(key, id);
        if (!form.problems().isEmpty()) {
            return new Outcome(form.problems(), false);
        }
        calls.change(id, form.nameZh().strip(), form.nameEn().strip(), form.opens(), form.closes(), form.budgetAmount());
        audit(actor, "CALL_UPDATE", key, describe(id, form));
        return Outcome.DONE;
    }

    /** Sets or clears a call's budget (API); false when the amount is not a budget. */
    boolean changeBudget(long id, String budget, String actor) {
        Call call = calls.find(id).orElseThrow(() -> new ProgrammeNotFound(String.valueOf(id)));
        BigDecimal amount = budget == null || budget.isBlank() ? null : CallForm.amount(budget);
        if (budget != null && !budget.isBlank() && amount == null) {
            return false;
        }
        calls.changeBudget(id, amount);
        audit(actor, "CALL_BUDGET", call.programmeKey(), "call " + id + " budget "
                + (amount == null ? "none" : amount.toPlainString()));
        return true;
    }

    void closeCall(String key, long id, String actor) {
        call(key, id);
        calls.closeNow(id);
        Call closed = call(key, id);
        audit(actor, "CALL_CLOSE", key, "call " + id + " closes " + CallForm.local(closed.closesAt()));
    }

    /** The expert settings and the rubric in one transaction with their audit entry, so none is left half saved. */
    void saveExperts(String key, ExpertSettings settings, List<Rubric.Criterion> criteria, String actor) {
        expertSettings.save(key, settings, actor);
        rubrics.save(key, criteria);
        audit(actor, "PROGRAMME_EXPERTS", key, "fields " + settings.fields() + ", experts " + settings.experts()
                + ", region recusal " + settings.regionRecusal() + ", accept within " + settings.acceptWithin()
                + ", dispersion " + settings.dispersionThreshold().toPlainString() + ", rubric " + (criteria.isEmpty()
                ? "none" : criteria.stream().map(c -> c.key() + " weight " + c.weight().toPlainString() + " max "
                        + c.maximum().toPlainString()).collect(Collectors.joining("; "))));
    }

    private Call call(String key, long id) {
        return calls.find(id).filter(c -> c.programmeKey().equals(key)).orElseThrow(() -> new ProgrammeNotFound(key));
    }

    private void audit(String actor, String action, String key, String detail) {
        events.publishEvent(new AdminActionPerformed(actor, action, "programme:" + key, detail));
    }

    private static String describe(Programme p) {
        return "prefix " + p.numberPrefix() + ", process " + p.processKey() + ", form " + p.startForm()
                + ", documents " + p.documents().stream().map(Programme.DocumentKind::kind).toList()
                + ", regions " + (p.regions().isEmpty() ? "all" : p.regions())
                + (p.certificationRequired() == null ? "" : ", certification " + p.certificationRequired());
    }

    private static String describe(long id, CallForm form) {
        return "call " + id + " " + form.nameZh().strip() + ": " + form.opensAt() + " – "
                + (form.closes() == null ? "open-ended" : form.closesAt())
                + (form.budgetAmount() == null ? "" : ", budget " + form.budgetAmount().toPlainString());
    }
}
