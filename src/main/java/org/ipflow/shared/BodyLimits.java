package org.ipflow.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body IPFlow reads, uploads aside ({@code ipflow.limits.body-size}). The container's
 * own bound of form posts, {@code server.tomcat.max-http-form-post-size} (2 MB), must not be lower.
 */
@ConfigurationProperties("ipflow.limits")
record BodyLimits(@DefaultValue("2MB") DataSize bodySize) {

    /** The bound as people read it: "2 MB", "512 KB". */
    String readable() {
        long bytes = bodySize.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}
