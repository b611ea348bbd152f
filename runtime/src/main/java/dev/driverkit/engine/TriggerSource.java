package dev.driverkit.engine;

/** An online source: it adds its trigger to the serving function. */
public interface TriggerSource extends DriverAdapter {
    NuclioFunction addNuclioTrigger(NuclioFunction function);
}
