/**
 * Public notice (公示): the applications under notice on a public page and API, and the objections anyone may
 * file while a notice runs, throttled per client address, each handed to the process as a message. The
 * reviewer's outcome is recorded through {@link org.ipflow.application.TaskDecisions}.
 */
package org.ipflow.application.notice;
