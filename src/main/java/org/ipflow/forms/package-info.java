/**
 * Camunda Forms on the server: loads the form-js schemas of {@code forms/} (and, later, those deployed
 * to the engine or drawn in the browser editor), binds HTML form parameters and JSON data to them,
 * validates submissions against the same rules the schema shows (required, lengths, ranges, patterns,
 * options, and IPFlow's {@code requiredIf}/{@code requiredUnless}), and builds the view model that the
 * Thymeleaf fragments in {@code templates/fragments/form.html} turn into accessible Bootstrap controls,
 * so that every form works without JavaScript and no client can skip a rule.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ipflow.forms;
