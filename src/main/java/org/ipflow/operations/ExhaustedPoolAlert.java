package org.ipflow.operations;

import java.util.List;
import org.ipflow.identity.GroupCoverage;
import org.ipflow.identity.Roles;
import org.ipflow.notification.Notifications;
import org.ipflow.shared.ExpertPoolExhausted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every active administrator when a draw of experts found nobody left to draw: the review goes on with
 * the experts it has, and the administrators widen the pool (or its fields) for the next draw.
 */
@Component
class ExhaustedPoolAlert {

    static final String MESSAGE = "notification.expertPoolExhausted";

    private final GroupCoverage coverage;
    private final Notifications notifications;

    ExhaustedPoolAlert(GroupCoverage coverage, Notifications notifications) {
        this.coverage = coverage;
        this.notifications = notifications;
    }

    // Inside the drawing step's transaction: a rolled-back draw tells nobody.
    @EventListener
    void on(ExpertPoolExhausted exhausted) {
        List<String> admins = coverage.activeMembers(List.of(Roles.ADMIN)).get(Roles.ADMIN);
        notifications.toStaff(admins, exhausted.applicationId(), MESSAGE, exhausted.applicationNumber(),
                exhausted.field());
    }
}
