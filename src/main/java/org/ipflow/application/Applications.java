package org.ipflow.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.internal.ApplicationAccess;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.ApplicationSearch;
import org.ipflow.application.internal.Drafts;
import org.ipflow.application.internal.ProgrammeAdmission;
import org.ipflow.application.internal.QueryCodes;
import org.ipflow.application.internal.StartForms;
import org.ipflow.application.internal.Submission;
import org.ipflow.application.internal.Withdrawal;
import org.ipflow.forms.FormSchema;
import org.ipflow.programme.Programme;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications as the enterprise, the office and other modules work with them: drafts, submission and
 * resubmission, what a user may see and list, and, for modules that decided by their own rules who may see
 * an application, plain look-ups and a status change. A draft may be saved half-filled (only what is filled
 * is checked); submission checks the whole start form and the required documents, then starts the
 * programme's process in the same transaction, so the row and the process commit together.
 */
@Service
@Transactional
public class Applications {

    private final ApplicationRepository repository;
    private final ApplicationSearch lists;
    private final ApplicationAccess access;
    private final Drafts drafts;
    private final Submission submission;
    private final StartForms forms;
    private final ProgrammeAdmission admission;
    private final Withdrawal withdrawal;
    private final QueryCodes queryCodes;

    Applications(ApplicationRepository repository, ApplicationSearch lists, ApplicationAccess access, Drafts drafts,
            Submission submission, StartForms forms, ProgrammeAdmission admission, Withdrawal withdrawal,
            QueryCodes queryCodes) {
        this.withdrawal = withdrawal;
        this.queryCodes = queryCodes;
        this.repository = repository;
        this.lists = lists;
        this.access = access;
        this.drafts = drafts;
        this.submission = submission;
        this.forms = forms;
        this.admission = admission;
    }

    public Application createDraft(String username, String programmeKey, Map<String, Object> data) {
        return createDraft(username, programmeKey, data, null);
    }

    /** With a client token: a repeated or concurrent request with the same token answers the first one's draft. */
    public Application createDraft(String username, String programmeKey, Map<String, Object> data, String token) {
        return drafts.create(username, programmeKey, data, token);
    }

    public Application updateDraft(String username, long id, Map<String, Object> data) {
        return drafts.update(username, id, data);
    }

    /** Submits a draft, or resubmits a returned application before its correction deadline. */
    public Application submit(String username, long id) {
        return submit(username, id, null);
    }

    /**
     * With a client token, a repeated or concurrent submission with the same token answers the application
     * as the first one left it. Without one, the row lock still lets only one of two racing submissions in;
     * the other finds the application submitted (409).
     */
    public Application submit(String username, long id, String token) {
        return submission.submit(username, id, token);
    }

    /** Deletes a draft of the user's enterprise; a submitted application cannot be deleted (409). */
    public void deleteDraft(String username, long id) {
        drafts.delete(username, id);
    }

    /** The enterprise withdraws its application before a final decision, with a reason. */
    public Application withdraw(String username, long id, String reason) {
        return withdrawal.withdraw(username, id, reason);
    }

    @Transactional(readOnly = true)
    public Application visible(Authentication user, long id) {
        return access.visible(user, id);
    }

    /** Whether the user is an expert drawn for the application who must declare before it opens to them. */
    @Transactional(readOnly = true)
    public boolean awaitsDeclaration(Authentication user, long id) {
        return access.awaitsDeclaration(user, id);
    }

    @Transactional(readOnly = true)
    public List<Application> mine(String username, int limit) {
        return lists.listForEnterprise(access.enterpriseOf(username).id(), limit);
    }

    /** What the caller may list: an enterprise its own applications, staff the most recently changed ones. */
    @Transactional(readOnly = true)
    public List<Application> listFor(Authentication user, int limit) {
        return listFor(user, null, limit);
    }

    /**
     * The same, narrowed by a search text when there is one: staff find any submitted application by its
     * number or by its enterprise (credit code or a part of the name); an enterprise searches its own by
     * number or title.
     */
    @Transactional(readOnly = true)
    public List<Application> listFor(Authentication user, String search, int limit) {
        String text = search == null ? "" : search.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        boolean staff = ApplicationAccess.isStaff(user.getAuthorities());
        if (text.isEmpty()) {
            return staff ? lists.listRecentSubmitted(limit) : mine(user.getName(), limit);
        }
        return staff ? lists.searchSubmitted(text, limit)
                : lists.searchForEnterprise(access.enterpriseOf(user.getName()).id(), text, limit);
    }

    /**
     * The application, for a module that decided by its own rules who may see it (a process step, a task the
     * caller may work): no access check here, unlike {@link #visible}.
     */
    @Transactional(readOnly = true)
    public Optional<Application> findById(long id) {
        return repository.findById(id);
    }

    /**
     * The query code on the application's receipt (for the public progress look-up), once it was submitted; for a
     * module that tells the enterprise itself, without an access check.
     */
    @Transactional(readOnly = true)
    public Optional<String> queryCode(long id) {
        return queryCodes.of(id);
    }

    /** The applications with these ids that exist, likewise without an access check. */
    @Transactional(readOnly = true)
    public List<Application> findByIds(Collection<Long> ids) {
        return repository.findByIds(ids);
    }

    /** The applications these process instances run, likewise without an access check. */
    @Transactional(readOnly = true)
    public List<Application> findByProcessInstances(Collection<String> processInstanceIds) {
        return repository.findByProcessInstances(processInstanceIds);
    }

    /** Moves the application to a status, for a process step of another module; listeners hear of it at once. */
    public void updateStatus(long id, ApplicationStatus status) {
        repository.updateStatus(id, status);
    }

    /** The user's application while its enterprise may change it: a draft, or returned for correction. */
    public Application editable(String username, long id) {
        return drafts.editable(username, id);
    }

    /** The start form a new draft is written in: the programme's current one. */
    public FormSchema form(Programme programme) {
        return forms.current(programme);
    }

    /** The start form of an application: a draft's is current, a submitted one's the version it was submitted with. */
    public FormSchema form(Application application, Programme programme) {
        return forms.of(application, programme);
    }

    /** Why the user may not start a draft of this programme, if they may not (shown on the new-draft page). */
    @Transactional(readOnly = true)
    public Optional<String> draftRefusal(String username, Programme programme) {
        return admission.draftRefusal(programme, access.enterpriseOf(username));
    }
}
