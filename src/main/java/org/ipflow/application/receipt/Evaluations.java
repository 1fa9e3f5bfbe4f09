package org.ipflow.application.receipt;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.Applications;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.ipflow.application.internal.ApplicationAccess;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's evaluation (好差评) of an application that ended: a rating of 1 to 5 and a comment, once
 * per application, by one of the enterprise's users. Approvers see it on the application; the dashboard
 * shows the satisfaction per programme.
 */
@Service
public class Evaluations {

    static final int COMMENT_LENGTH = 1000;

    private final Applications applications;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    Evaluations(Applications applications, JdbcClient jdbc, MessageSource messages) {
        this.applications = applications;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** One evaluation. */
    public record Evaluation(int rating, String comment, String evaluatedBy, Instant evaluatedAt) {
    }

    /**
     * @throws ApplicationNotFound for anyone but the enterprise's users
     * @throws StateConflict       before the application ended, or when it was evaluated already
     */
    @Transactional
    public Evaluation evaluate(Authentication user, long id, Integer rating, String comment) {
        Application application = applications.visible(user, id);
        if (ApplicationAccess.isStaff(user.getAuthorities())) {
            throw new ApplicationNotFound(id);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (rating == null || rating < 1 || rating > 5) {
            errors.put("rating", message("evaluation.error.rating"));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_LENGTH) {
            errors.put("comment", message("evaluation.error.comment", COMMENT_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (!application.status().finished()) {
            throw new StateConflict("application " + id + " has not ended yet");
        }
        Instant now = Instant.now();
        try {
            jdbc.sql("insert into application_evaluation (application_id, programme_key, rating, comment, evaluated_by, "
                            + "evaluated_at) values (?, ?, ?, ?, ?, ?)")
                    .params(id, application.programmeKey(), rating, text, user.getName(), Timestamp.from(now)).update();
        } catch (DuplicateKeyException twice) {
            throw new StateConflict("application " + id + " was evaluated already");
        }
        return new Evaluation(rating, text, user.getName(), now);
    }

    public Optional<Evaluation> of(long applicationId) {
        return jdbc.sql("select rating, comment, evaluated_by, evaluated_at from application_evaluation "
                        + "where application_id = ?").param(applicationId)
                .query((rs, n) -> new Evaluation(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
