package org.ipflow.integration;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ipflow.webhooks.*}: the hosts subscribers may be on, exactly or {@code *.domain} for its subdomains.
 * The list is checked when a subscription is saved and again before every delivery, so a host taken off it
 * receives nothing more.
 */
@ConfigurationProperties("ipflow.webhooks")
record WebhookSettings(@DefaultValue List<String> allowedHosts) {

    boolean allows(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return allowedHosts.stream().map(String::strip).map(h -> h.toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .anyMatch(h -> h.startsWith("*.") ? name.endsWith(h.substring(1)) : name.equals(h));
    }

    /** Loopback may take plain HTTP: the receiver then runs on the same machine, nothing crosses a network. */
    static boolean loopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.equals("[::1]") || name.matches("127(\\.\\d{1,3}){3}");
    }

    /** Whether IPFlow may POST to this address: an allowed host, HTTPS unless on loopback, no user in it. */
    boolean deliverable(URI url) {
        return url.getHost() != null && url.getUserInfo() == null && allows(url.getHost())
                && ("https".equals(url.getScheme()) || "http".equals(url.getScheme()) && loopback(url.getHost()));
    }
}
