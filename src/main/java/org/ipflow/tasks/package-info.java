/**
 * The staff's work on tasks: one inbox of the tasks a reviewer, finance officer or approver holds or may
 * claim, showing who applied, with filters, paging, overdue marks and its export; the task façade that
 * alone claims, unclaims and completes tasks, after checking the caller's right to each; the task page with the application, its
 * documents, timeline and the task's form; "done by me", read from IPFlow's own decision records; and the
 * escalation list (督办) of tasks overdue by more working days than set ({@code calendar}), from which an
 * approver reminds their holders ({@code notification}); and a call's ranking, which an approver decides as
 * one batch.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"application", "calendar", "enterprise", "forms",
        "identity", "notification", "programme", "shared"})
package org.ipflow.tasks;
