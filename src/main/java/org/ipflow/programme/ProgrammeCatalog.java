package org.ipflow.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The programmes enterprises can apply to, in the order the office lists them. Read from the database on
 * each call (a few rows), so an administrator's change is seen by every node at once.
 */
@Service
public class ProgrammeCatalog {

    private final ProgrammeRepository repository;

    ProgrammeCatalog(ProgrammeRepository repository) {
        this.repository = repository;
    }

    /** The active programmes, those applicants may choose. */
    public List<Programme> all() {
        return repository.list(true).stream().map(ProgrammeRepository.Row::programme).toList();
    }

    /** Every programme, retired ones included: the names of older applications' programmes. */
    public List<Programme> everything() {
        return repository.list(false).stream().map(ProgrammeRepository.Row::programme).toList();
    }

    /** A programme by key, retired or not: running applications of a retired programme still need it. */
    public Optional<Programme> find(String key) {
        return key == null ? Optional.empty() : repository.find(key).map(ProgrammeRepository.Row::programme);
    }

    public Optional<Programme> byProcessKey(String processKey) {
        return repository.byProcessKey(processKey).map(ProgrammeRepository.Row::programme);
    }
}
