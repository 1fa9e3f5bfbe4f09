package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An iframe's {@code sandbox} and {@code allow} attributes from its {@code security}, as form-js-viewer
 * 1.23.0's {@code useSecurityAttributesMap} (over {@code SECURITY_ATTRIBUTES_DEFINITIONS}) builds them: each
 * property set to {@code true} adds its directive, sandbox directives joined by spaces, allow directives
 * by {@code "; "}, in the definitions' order; without {@code security} the sandbox is empty, which allows
 * nothing, not even scripts. One exception: IPFlow never gives {@code allow-same-origin} together with
 * {@code allow-scripts} to a page of its own site, because such a page could remove its own sandbox and act
 * as the signed-in user; there it keeps {@code allow-scripts} and drops {@code allow-same-origin}.
 */
final class FormFrames {

    private static final String[][] SANDBOX = {
        {"allowScripts", "allow-scripts"}, {"allowSameOrigin", "allow-same-origin"}, {"allowForms", "allow-forms"},
        {"allowModals", "allow-modals"}, {"allowPopups", "allow-popups"}, {"allowTopNavigation", "allow-top-navigation"},
        {"allowStorageAccessByUserActivation", "allow-storage-access-by-user-activation"}};
    private static final String[][] ALLOW = {
        {"fullscreen", "fullscreen"}, {"geolocation", "geolocation"}, {"camera", "camera"}, {"microphone", "microphone"}};

    private FormFrames() {
    }

    /** The sandbox attribute for a frame of {@code host} on a page of {@code pageHost} (null: unknown, taken as the same site). */
    static String sandbox(JsonNode iframe, String host, String pageHost) {
        JsonNode security = iframe.path("security");
        List<String> directives = new ArrayList<>();
        for (String[] entry : SANDBOX) {
            if (security.path(entry[0]).asBoolean(false)) {
                directives.add(entry[1]);
            }
        }
        if (directives.contains("allow-scripts") && sameSite(host, pageHost)) {
            directives.remove("allow-same-origin");
        }
        return String.join(" ", directives);
    }

    /** The allow attribute (permissions policy), empty when the frame asks for none. */
    static String allow(JsonNode iframe) {
        JsonNode security = iframe.path("security");
        List<String> directives = new ArrayList<>();
        for (String[] entry : ALLOW) {
            if (security.path(entry[0]).asBoolean(false)) {
                directives.add(entry[1]);
            }
        }
        return String.join("; ", directives);
    }

    /**
     * Whether two hosts may be of one site. Without the public suffix list, hosts sharing their last two
     * labels count as one site: that takes some different sites for one ({@code a.gov.cn}, {@code b.gov.cn}),
     * which only refuses the combination more often, never less.
     */
    static boolean sameSite(String host, String pageHost) {
        if (host == null || pageHost == null || pageHost.isBlank()) {
            return true;
        }
        return lastTwo(host).equals(lastTwo(pageHost));
    }

    private static String lastTwo(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").split("\\.");
        return labels.length < 2 ? labels[0] : labels[labels.length - 2] + "." + labels[labels.length - 1];
    }
}
