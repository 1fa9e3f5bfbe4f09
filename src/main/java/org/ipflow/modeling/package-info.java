/**
 * Model safety: the one deployment validator every BPMN model passes (at start-up, through
 * /engine-rest and, later, from the browser studio), and the engine hardening that limits what a
 * deployed model can reach (one expression allow-list checked at deployment and enforced where
 * expressions run, no script engines, no class names).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "forms", "identity"})
package org.ipflow.modeling;
