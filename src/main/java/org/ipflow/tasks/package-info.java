/**
 * The staff's inbox: one list of the tasks a reviewer, finance officer or approver holds or may claim,
 * with filters and overdue marks; the task page with the application, its documents, timeline and the
 * task's form; and "done by me", read from IPFlow's own decision records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"application", "forms", "programme", "shared"})
package org.ipflow.tasks;
