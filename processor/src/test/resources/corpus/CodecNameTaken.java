// case: DK037, a class of the user already has the codec's name
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "codec", supports = Engine.STOREY)
public class CodecNameTaken extends BaseSourceDriver { // expect: DK037
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}

class CodecNameTaken_SpecCodec {
}
