package org.ipflow.modeling;

import java.util.List;

/**
 * The studio's package-private classes that use the engine's RuntimeService without being a process façade:
 * the administrator's read-only instance lists and the migration of instances between versions. Named here by
 * type, so that the architecture rule exempts exactly these classes and a rename cannot leave a stale name.
 */
public final class ModelingEngineReaders {

    public static final List<Class<?>> TYPES = List.of(RunningInstances.class, InstanceMigration.class);

    private ModelingEngineReaders() {
    }
}
