/**
 * The programme catalogue: each programme is data (key, names, application-number prefix, start form,
 * documents asked for, BPMN process, the form field holding the requested amount), served by one shared
 * mechanism so that a new programme needs no release.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ipflow.programme;
