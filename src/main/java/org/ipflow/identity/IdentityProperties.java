package org.ipflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator of a fresh installation, taken from the environment, never from a file. */
@ConfigurationProperties("ipflow.admin")
record IdentityProperties(String username, String password) {
}
