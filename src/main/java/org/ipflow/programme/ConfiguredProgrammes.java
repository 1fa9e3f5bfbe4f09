package org.ipflow.programme;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The programmes a release brings ({@code ipflow.programmes}): seeded into the catalogue where missing. */
@ConfigurationProperties("ipflow")
record ConfiguredProgrammes(List<Programme> programmes) {

    ConfiguredProgrammes {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }
}
