/**
 * The enterprises that apply for the office's programmes: self-registration of an enterprise together
 * with its first user (one transaction over IPFlow's tables and Camunda's identity store), membership of
 * users in enterprises, and the demo enterprises. Other modules ask {@link org.ipflow.enterprise.Enterprises}
 * which enterprise a user acts for; the credit code and region come from {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.ipflow.enterprise;
