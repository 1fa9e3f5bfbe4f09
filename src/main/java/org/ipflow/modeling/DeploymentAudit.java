package org.ipflow.modeling;

import java.util.function.Supplier;

/**
 * Marks the deployments IPFlow's own code makes (the studio, which audits with the model's key and
 * version; start-up, IPFlow's own models) so that {@link ModelValidationDeployer} audits every other one:
 * Camunda Modeler through /engine-rest, or any other code calling the engine's deployment API.
 */
final class DeploymentAudit {

    private static final ThreadLocal<Boolean> BY_CALLER = ThreadLocal.withInitial(() -> false);

    private DeploymentAudit() {
    }

    static <T> T byCaller(Supplier<T> deployment) {
        boolean outer = BY_CALLER.get();
        BY_CALLER.set(true);
        try {
            return deployment.get();
        } finally {
            BY_CALLER.set(outer);
        }
    }

    static boolean isByCaller() {
        return BY_CALLER.get();
    }
}
