package org.ipflow.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No user of this id; the administrator's pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UserNotFound extends RuntimeException {

    UserNotFound(String username) {
        super("No user " + username);
    }
}
