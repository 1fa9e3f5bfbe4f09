package org.ipflow.identity;

import java.util.Locale;

/**
 * How to reach a user outside IPFlow: the account's e-mail (null if it has none) and the language of its
 * messages, the one the user last chose on IPFlow's pages (Chinese until they choose).
 */
public record Contact(String username, String email, Locale language) {
}
