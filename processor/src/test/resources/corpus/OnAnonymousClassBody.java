// case: an anonymous subclass of a driver: only the named driver is registered
// expect: clean
// generates: corpus.OnAnonymousClassBody
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "anon", supports = Engine.STOREY)
public class OnAnonymousClassBody extends BaseSourceDriver {
    static final BaseSourceDriver VARIANT = new OnAnonymousClassBody() {
        @Override
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    };

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
