package dev.driverkit.engine;

import dev.driverkit.Engine;
import java.util.Set;
import java.util.stream.Collectors;

/** A driver was asked for an engine (or role) it does not declare; the message lists what it supports. */
public final class EngineNotSupportedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EngineNotSupportedException(String message) {
        super(message);
    }

    static EngineNotSupportedException of(DriverAdapter adapter, String driverClass, String role, String fix) {
        Set<Engine> engines = adapter.engines();
        String supported = engines.stream().map(e -> "Engine." + e).collect(Collectors.joining(", "));
        return new EngineNotSupportedException("The '" + adapter.kind() + "' driver (" + driverClass + ") cannot "
                + role + "; it supports " + (engines.size() == 1 ? "only " : "") + supported + ". "
                + fix.replace("%those%", engines.size() == 1 ? "that engine" : "one of those engines"));
    }
}
