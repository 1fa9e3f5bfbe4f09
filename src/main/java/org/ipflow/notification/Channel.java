package org.ipflow.notification;

/** How a message leaves IPFlow; WEBHOOK is a signed POST to a subscriber's URL ({@code org.ipflow.integration}). */
public enum Channel {
    EMAIL, SMS, WEBHOOK
}
