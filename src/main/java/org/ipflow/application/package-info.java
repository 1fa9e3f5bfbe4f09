/**
 * Applications: drafts that enterprises fill and continue later, their documents, submission, the
 * status every party sees, and the timeline of decisions. Also the building blocks BPMN models call
 * (set status, return for correction, public notice, disburse once, notify; one programme's own rules in
 * {@code process.grant} and {@code process.pledge}), the process façade that
 * alone starts processes, and the rules and records a task's completion goes through (decision records,
 * objections, expert scores, money rules, separation of duties), which the {@code tasks} module calls.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "enterprise", "forms",
        "programme"})
package org.ipflow.application;
