/**
 * The internals of the application module: its tables, the drafting and submission behind
 * {@link org.ipflow.application.Applications}, uploaded documents and their checks, the process façade, and the
 * rules behind {@link org.ipflow.application.TaskDecisions}. The types are public for the module's other packages
 * only: {@code ApplicationModules.verify()} fails when another module uses one of them.
 */
package org.ipflow.application.internal;
