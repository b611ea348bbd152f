package dev.driverkit.testdrivers;

import dev.driverkit.OnlineSource;
import dev.driverkit.engine.NuclioFunction;

/** A hand-written online source with no attributes of its own. */
public class HttpTestSource extends OnlineSource {
    public HttpTestSource() {}

    public NuclioFunction addNuclioTrigger(NuclioFunction function) {
        return function;
    }
}
