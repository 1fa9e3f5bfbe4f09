package org.ipflow.notification;

import java.util.Map;

/**
 * A user's addresses as IPFlow knows them, whether each is verified (only verified ones receive messages), and
 * for each kind of message the channels they get it on.
 */
public record ContactDetails(String email, boolean emailVerified, String mobile, boolean mobileVerified,
        Map<MessageKind, Map<Channel, Boolean>> choices) {
}
