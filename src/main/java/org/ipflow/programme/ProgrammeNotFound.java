package org.ipflow.programme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No programme (or no call of it) under this key: the administrator's pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProgrammeNotFound extends RuntimeException {

    ProgrammeNotFound(String key) {
        super("no programme " + key);
    }
}
