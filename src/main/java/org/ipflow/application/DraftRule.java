package org.ipflow.application;

import java.util.Map;

/**
 * A rule on an application's data that its form schema cannot express, such as that a cited certificate
 * is the enterprise's own. A module that knows such a rule provides it as a bean; every rule is checked
 * when a draft is saved and when it is submitted.
 */
public interface DraftRule {

    /** Problems by field key, in the reader's language; empty when the data may be kept. */
    Map<String, String> check(long enterpriseId, Map<String, Object> data);
}
