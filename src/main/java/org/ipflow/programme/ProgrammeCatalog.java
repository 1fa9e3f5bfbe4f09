package org.ipflow.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The programmes enterprises can apply to, in the order the office lists them. */
@ConfigurationProperties("ipflow")
public record ProgrammeCatalog(List<Programme> programmes) {

    public ProgrammeCatalog {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    public List<Programme> all() {
        return programmes;
    }

    public Optional<Programme> find(String key) {
        return programmes.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Optional<Programme> byProcessKey(String processKey) {
        return programmes.stream().filter(p -> p.processKey().equals(processKey)).findFirst();
    }
}
