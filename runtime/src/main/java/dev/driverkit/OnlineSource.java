package dev.driverkit;

/**
 * The base of online sources (http, streams, kafka): sources that feed a serving function through a
 * trigger. An online source must declare
 * {@code public NuclioFunction addNuclioTrigger(NuclioFunction function)}; the processor checks it.
 */
public abstract class OnlineSource extends BaseSourceDriver {
    protected OnlineSource() {}

    @Override
    public final boolean isOnline() {
        return true;
    }
}
