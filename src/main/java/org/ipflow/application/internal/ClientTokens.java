package org.ipflow.application.internal;

import java.util.Map;
import java.util.Optional;
import org.ipflow.application.StateConflict;
import org.ipflow.application.ValidationFailed;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A client's token on a request that must take effect once, such as a draft created or submitted again after
 * a lost answer or a double click. The first request with a token claims it; a repeated or concurrent one
 * answers the first one's application; a token reused for another kind of request, or for another
 * application, is refused (409).
 */
@Component
class ClientTokens {

    private final IdempotencyKeys keys;
    private final MessageSource messages;

    ClientTokens(IdempotencyKeys keys, MessageSource messages) {
        this.keys = keys;
        this.messages = messages;
    }

    /** Empty when the token is new and now claimed by this request, else the earlier request's application. */
    Optional<Long> claim(String username, String token, IdempotencyKeys.Operation operation, Long applicationId) {
        return keys.claim(username, checked(token), operation, applicationId)
                .map(earlier -> sameRequest(earlier, operation, applicationId));
    }

    /** Records the draft a create request made, in the request's transaction. */
    void created(String username, String token, long applicationId) {
        keys.result(username, token, applicationId);
    }

    private String checked(String token) {
        if (token.isBlank() || token.length() > IdempotencyKeys.MAX_LENGTH) {
            throw new ValidationFailed(Map.of("Idempotency-Key", message("application.error.idempotencyKey",
                    IdempotencyKeys.MAX_LENGTH)));
        }
        return token;
    }

    /** The earlier request's application, if it was the same kind of request (for the same application). */
    private long sameRequest(IdempotencyKeys.Earlier earlier, IdempotencyKeys.Operation operation, Long applicationId) {
        if (earlier.operation() != operation || earlier.applicationId() == null
                || (applicationId != null && !applicationId.equals(earlier.applicationId()))) {
            throw new StateConflict(message("application.error.idempotencyKeyReused"));
        }
        return earlier.applicationId();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
