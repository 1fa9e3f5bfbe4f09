/**
 * Operating the engine, for administrators: running instances per programme and step, incidents with
 * a retry, timers with a "run now". Reads through Camunda's query APIs only; every action is announced
 * as an {@link org.ipflow.shared.AdminActionPerformed} so that it lands in the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.ipflow.operations;
