/**
 * Applications: drafts that enterprises fill and continue later, their documents, submission, the
 * status every party sees, and the timeline of decisions. Also the building blocks BPMN models call
 * (set status, return for correction, public notice, disburse once, notify) and the process façade that
 * alone starts processes and completes their tasks, after checking the caller's right to do so.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "enterprise", "forms",
        "programme"})
package org.ipflow.application;
