package org.ipflow.forms;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of form rendering.
 *
 * @param iframeHosts hosts whose https pages an {@code iframe} component frames (sandboxed); the pages'
 *                    content security policy allows exactly these. A frame of any other host is shown
 *                    as a link.
 */
@ConfigurationProperties("ipflow.forms")
public record FormsSettings(@DefaultValue List<String> iframeHosts) {

    public FormsSettings {
        iframeHosts = iframeHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }
}
