package dev.driverkit.engine;

import dev.driverkit.DriverFlag;
import dev.driverkit.registry.Direction;

/** An online source adds its trigger (http, kafka, ...) to the serving function. */
@Role(direction = Direction.SOURCE, when = DriverFlag.ONLINE)
public interface TriggerSource extends DriverAdapter {
    NuclioFunction addNuclioTrigger(NuclioFunction function);
}
