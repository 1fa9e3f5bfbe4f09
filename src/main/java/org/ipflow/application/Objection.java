package org.ipflow.application;

import java.time.Instant;

/**
 * An objection filed during a public notice, as the reviewer who examines it reads it: who filed it, how
 * to reach them, when, and why. Only staff working the objection's task see it; the public never does.
 */
public record Objection(long id, String name, String contact, String reason, Instant filedAt) {
}
