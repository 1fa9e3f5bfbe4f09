/**
 * Value objects every module uses: credit codes, regions, {@link org.ipflow.shared.Money} (and how a decimal
 * number is kept in a process variable, {@link org.ipflow.shared.ExactDecimals}); the names of process steps in the
 * reader's language ({@link org.ipflow.shared.StepNames}); office time, in which pages show every moment
 * ({@link org.ipflow.shared.OfficeTime}); the table every list exports as CSV and Excel
 * ({@link org.ipflow.shared.Table}, {@link org.ipflow.shared.ExportFormat}); the JSON API's one error format,
 * problem details ({@link org.ipflow.shared.ApiProblems}), and its OpenAPI description; and the start-up wiring
 * that makes Flyway run before the engine.
 * The only module all others may depend on.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ipflow.shared;
