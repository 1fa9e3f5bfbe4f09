/**
 * Who may do what: Spring Security authenticates against Camunda's identity service (the single
 * user and group store, bcrypt-hashed), the roles of DESIGN.md become authorities, and each endpoint
 * family gets its filter chain (browser form login with CSRF, stateless JSON API and engine REST
 * with HTTP Basic).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ipflow.identity;
