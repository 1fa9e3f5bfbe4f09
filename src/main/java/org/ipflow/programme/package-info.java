/**
 * The programme catalogue: each programme is data in IPFlow's tables (key, names, application-number
 * prefix, start form, documents asked for, BPMN process, the form fields holding title and amount, who
 * may apply) with its calls for applications, served by one shared mechanism so that a new programme
 * needs no release. Administrators define programmes and calls at {@code /admin/programmes}; the
 * release's programmes are seeded from {@code ipflow.programmes} where missing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "forms"})
package org.ipflow.programme;
