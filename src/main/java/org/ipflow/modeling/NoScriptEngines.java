package org.ipflow.modeling;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * The engine's script engines, of which IPFlow has none: the validator refuses scripts, and should a
 * model get past it, its script task, script listener or scripted decision fails where it would run.
 * Camunda 7.24 always registers its JUEL script engine, whose own resolver chain ends in a
 * BeanELResolver and would bypass the expression sandbox.
 */
final class NoScriptEngines implements ScriptEngineResolver {

    private final ScriptEngineManager manager = new ScriptEngineManager(null);

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
        // registered by the engine (JUEL); never handed out
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        return manager;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean cached) {
        throw new ProcessEngineException("scripts are not allowed in IPFlow's models: '" + language + "'");
    }
}
