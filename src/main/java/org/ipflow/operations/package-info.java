/**
 * Operating the engine, for administrators: running instances per programme and step, incidents with
 * a retry, timers with a "run now" and, in the admin API, an application's jobs and running one — each
 * run with a reason. Reads through Camunda's query APIs only; every action is announced as an
 * {@link org.ipflow.shared.AdminActionPerformed} so that it lands in the audit log, and a run of an
 * application's job as a {@link org.ipflow.shared.JobRunManually} for its timeline. The page warns when a
 * year's office calendar is missing ({@code calendar}); it lists the steps whose candidate group has no active
 * member ({@code identity}'s {@link org.ipflow.identity.GroupCoverage}), which the dashboard shows too
 * ({@link org.ipflow.operations.UncoveredSteps}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "calendar", "identity", "notification"})
package org.ipflow.operations;
