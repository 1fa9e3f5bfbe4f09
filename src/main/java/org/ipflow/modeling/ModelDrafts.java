package org.ipflow.modeling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Drafts of models kept on the server, one per model, so that a closed tab loses nothing. Each save
 * names the version it started from; a save over someone else's newer draft is refused with who saved
 * it and when ({@link DraftConflict}), instead of overwriting it.
 */
@Repository
class ModelDrafts {

    record Draft(ModelType type, String key, String content, String author, Instant updatedAt, int version) {
    }

    private final JdbcClient jdbc;

    ModelDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Draft> find(ModelType type, String key) {
        return jdbc.sql("select content, author, updated_at, version from model_draft where model_type = ? and model_key = ?")
                .params(type.name(), key)
                .query((rs, n) -> new Draft(type, key, rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getInt(4)))
                .optional();
    }

    /** Saves over version {@code basedOn} (0: there was no draft) and answers the new version. */
    int save(ModelType type, String key, String content, String author, int basedOn) {
        Timestamp now = Timestamp.from(Instant.now());
        if (basedOn == 0) {
            if (find(type, key).isEmpty()) {
                try {
                    jdbc.sql("insert into model_draft (model_type, model_key, content, author, updated_at, version) "
                            + "values (?, ?, ?, ?, ?, 1)").params(type.name(), key, content, author, now).update();
                    return 1;
                } catch (org.springframework.dao.DuplicateKeyException e) {
                    // saved by someone else between the look-up and the insert: a conflict like any other
                }
            }
            throw conflict(type, key);
        }
        int updated = jdbc.sql("update model_draft set content = ?, author = ?, updated_at = ?, version = version + 1 "
                + "where model_type = ? and model_key = ? and version = ?")
                .params(content, author, now, type.name(), key, basedOn).update();
        if (updated == 0) {
            throw conflict(type, key);
        }
        return basedOn + 1;
    }

    /** Drops the draft if it is still at {@code version}; false when someone saved a newer one. */
    boolean delete(ModelType type, String key, int version) {
        if (version == 0) {
            return find(type, key).isEmpty();
        }
        return jdbc.sql("delete from model_draft where model_type = ? and model_key = ? and version = ?")
                .params(type.name(), key, version).update() == 1;
    }

    DraftConflict conflict(ModelType type, String key) {
        return find(type, key).map(d -> new DraftConflict(d.author(), d.updatedAt(), d.version()))
                .orElseGet(() -> new DraftConflict(null, null, 0));
    }
}
