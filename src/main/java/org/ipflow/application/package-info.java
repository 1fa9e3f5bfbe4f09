/**
 * Applications: drafts that enterprises fill and continue later, their documents, submission, the status
 * every party sees, the timeline of decisions and the public notice ({@code notice}); also the building
 * blocks BPMN models call ({@code process}; one programme's own rules in {@code process.grant} and
 * {@code process.pledge}) and the process façade that alone starts processes. Other modules
 * see only this package: {@link org.ipflow.application.Applications}, the records and events of an
 * application, {@link org.ipflow.application.Timeline} to write and read decision records, and
 * {@link org.ipflow.application.TaskDecisions}, what a task's completion must pass and records (separation of
 * duties, money rules, objection outcomes), {@link org.ipflow.application.ExpertScoring} and
 * {@link org.ipflow.application.CallRounds} (a call's budget room and batch notice), which the {@code tasks} module calls. The stores and
 * services behind them are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "enterprise", "forms",
        "programme", "calendar"})
package org.ipflow.application;
