package org.ipflow.application.internal;

import java.util.Collection;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.StateConflict;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.identity.Roles;
import org.ipflow.identity.SecurityAudit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Object-level access: an enterprise's users see only their enterprise's applications; office staff
 * see submitted ones; an expert sees the applications drawn for them once they declared no conflict of interest,
 * and no longer after declining. Anything else is answered as if the application did not exist, and the refusal
 * of an existing application is recorded in the security audit.
 */
@Component
public class ApplicationAccess {

    private final ApplicationRepository applications;
    private final Enterprises enterprises;
    private final SecurityAudit audit;
    private final ExpertDraws draws;

    ApplicationAccess(ApplicationRepository applications, Enterprises enterprises, SecurityAudit audit,
            ExpertDraws draws) {
        this.draws = draws;
        this.applications = applications;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    public Application visible(Authentication user, long id) {
        Application application = applications.findById(id).orElseThrow(() -> new ApplicationNotFound(id));
        if (isStaff(user.getAuthorities()) && application.status() != ApplicationStatus.DRAFT) {
            return application;
        }
        if (ownedBy(user.getName(), application)) {
            return application;
        }
        if (isExpert(user.getAuthorities()) && draws.assigned(user.getName(), id, application.enterpriseId())) {
            return application;
        }
        throw refused(user.getName(), id);
    }

    /**
     * Whether the user is an expert drawn for the application who has yet to declare: they see what their
     * declaration needs (the applicant) and not the application.
     */
    public boolean awaitsDeclaration(Authentication user, long id) {
        return isExpert(user.getAuthorities()) && applications.findById(id)
                .map(a -> draws.awaitsDeclaration(user.getName(), id, a.enterpriseId())).orElse(false);
    }

    private static boolean isExpert(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().anyMatch(a -> Roles.EXPERT.equals(a.getAuthority()));
    }

    /** The application if it belongs to the user's enterprise; for changes only the owner qualifies. */
    Application owned(String username, long id) {
        Application application = applications.findById(id).orElseThrow(() -> new ApplicationNotFound(id));
        if (!ownedBy(username, application)) {
            throw refused(username, id);
        }
        return application;
    }

    /** The user's enterprise if the application belongs to it ({@link #owned}), read once for the check and the caller. */
    Enterprise ownerOf(String username, long id) {
        Application application = applications.findById(id).orElseThrow(() -> new ApplicationNotFound(id));
        return enterprises.ofUser(username).filter(e -> e.id() == application.enterpriseId())
                .orElseThrow(() -> refused(username, id));
    }

    private ApplicationNotFound refused(String username, long id) {
        audit.refused(username, "application " + id);
        return new ApplicationNotFound(id);
    }

    public Enterprise enterpriseOf(String username) {
        return enterprises.ofUser(username)
                .orElseThrow(() -> new StateConflict("user " + username + " belongs to no enterprise"));
    }

    private boolean ownedBy(String username, Application application) {
        return enterprises.ofUser(username).map(e -> e.id() == application.enterpriseId()).orElse(false);
    }

    public static boolean isStaff(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> Roles.STAFF.contains(a) || Roles.ADMIN.equals(a));
    }
}
