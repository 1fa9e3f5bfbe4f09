package org.ipflow.identity;

import java.util.Optional;

/**
 * The credit code of the enterprise an account acts for, as the enterprise module knows it: single sign-on
 * lets a linked person in only while the provider still names the same enterprise.
 */
public interface EnterpriseCodes {

    Optional<String> creditCodeOf(String username);
}
