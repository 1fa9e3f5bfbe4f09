package org.ipflow.operations;

import java.util.List;

/**
 * The operations module's package-private class that reads the engine's RuntimeService without being a process
 * façade: the administrator's incident list (Camunda's incident query lives on RuntimeService). Named here by
 * type, so that the architecture rule exempts exactly this class and a rename cannot leave a stale name.
 */
public final class OperationsEngineReaders {

    public static final List<Class<?>> TYPES = List.of(Incidents.class);

    private OperationsEngineReaders() {
    }
}
