package org.ipflow.shared;

/**
 * A draw of experts found nobody left to draw for an application (the pool of the field is too small once the
 * recusals are applied): administrators are told, instead of a review waiting for an expert who never comes.
 */
public record ExpertPoolExhausted(long applicationId, String applicationNumber, String field) {
}
