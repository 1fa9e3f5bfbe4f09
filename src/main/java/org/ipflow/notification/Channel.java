package org.ipflow.notification;

/** How a message leaves IPFlow. */
public enum Channel {
    EMAIL, SMS
}
