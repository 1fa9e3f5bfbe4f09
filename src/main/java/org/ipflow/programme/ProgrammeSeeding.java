package org.ipflow.programme;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the release's programmes ({@code ipflow.programmes}) into the catalogue at start-up. A missing
 * programme is inserted with a standing, open-ended call; one the release seeded before is brought up
 * to date; one an administrator has changed since is left alone, as start-up deployment leaves alone a
 * model deployed from the studio.
 */
@Component
@Order(-5)
class ProgrammeSeeding implements ApplicationRunner {

    static final String ACTOR = "ipflow-startup";
    /** The standing call of a seeded programme opens long before any application can exist. */
    static final Instant STANDING_CALL_OPENS = Instant.parse("2000-01-01T00:00:00Z");
    private static final Logger log = LoggerFactory.getLogger(ProgrammeSeeding.class);

    private final ConfiguredProgrammes configured;
    private final ProgrammeRepository repository;
    private final ProgrammeCalls calls;
    private final TransactionTemplate transaction;

    ProgrammeSeeding(ConfiguredProgrammes configured, ProgrammeRepository repository, ProgrammeCalls calls,
            TransactionTemplate transaction) {
        this.configured = configured;
        this.repository = repository;
        this.calls = calls;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        configured.programmes().forEach(this::seed);
    }

    void seed(Programme programme) {
        try {
            transaction.executeWithoutResult(status -> seedInTransaction(programme));
        } catch (DuplicateKeyException e) {
            // Another node inserted it at the same moment: it is there, which is all that matters.
            log.info("Programme {} was seeded by another node", programme.key());
        }
    }

    private void seedInTransaction(Programme programme) {
        var existing = repository.find(programme.key());
        if (existing.isEmpty()) {
            repository.insert(programme, "config", ACTOR);
            calls.add(programme.key(), "常年受理", "Standing call", STANDING_CALL_OPENS, null, null, ACTOR);
            log.info("Programme {} added to the catalogue with a standing call", programme.key());
        } else if (!"config".equals(existing.get().origin())) {
            log.info("Programme {} was changed by an administrator: the configured definition is not applied",
                    programme.key());
        } else if (!sameDefinition(existing.get().programme(), programme)) {
            repository.update(programme, existing.get().version(), "config", ACTOR);
            log.info("Programme {} updated from the configuration", programme.key());
        }
    }

    /** Status is the administrator's to change, so a difference in it alone does not count. */
    private static boolean sameDefinition(Programme stored, Programme configured) {
        return stored.equals(new Programme(configured.key(), configured.nameZh(), configured.nameEn(),
                configured.numberPrefix(), configured.processKey(), configured.startForm(), configured.titleField(),
                configured.amountField(), configured.startVariables(), configured.documents(), configured.summaryZh(),
                configured.summaryEn(), configured.regions(), configured.certificationRequired(), stored.status(),
                configured.letterTemplate()));
    }
}
