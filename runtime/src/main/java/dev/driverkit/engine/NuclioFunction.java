package dev.driverkit.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The serving function an online source attaches its trigger to (MLRun's nuclio function): its
 * name and its triggers by name, each a trigger spec in nuclio's dictionary shape.
 */
public final class NuclioFunction {
    private final String name;
    private final Map<String, Map<String, Object>> triggers = new LinkedHashMap<>();

    public NuclioFunction(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String name() {
        return name;
    }

    /** Adds or replaces the trigger {@code triggerName}; returns this function. */
    public NuclioFunction addTrigger(String triggerName, Map<String, Object> spec) {
        triggers.put(Objects.requireNonNull(triggerName, "triggerName"), Map.copyOf(spec));
        return this;
    }

    public Map<String, Map<String, Object>> triggers() {
        return Collections.unmodifiableMap(triggers);
    }
}
