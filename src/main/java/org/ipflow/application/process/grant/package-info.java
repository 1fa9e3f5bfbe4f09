/**
 * What only the patent-transformation grant (专利转化资助) has in code: the names its model shares with Java
 * ({@link org.ipflow.application.process.grant.GrantProcess}) and the yearly cap a decision table cannot
 * express. Everything another programme may use stays in the building blocks one package up.
 */
package org.ipflow.application.process.grant;
