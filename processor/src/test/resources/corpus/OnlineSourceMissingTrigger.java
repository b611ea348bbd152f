// case: an online source without addNuclioTrigger
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "stream", supports = Engine.STOREY)
public class OnlineSourceMissingTrigger extends OnlineSource { // expect: DK022
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
