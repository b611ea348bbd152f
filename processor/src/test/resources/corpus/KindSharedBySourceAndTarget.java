// case: a source and a target may share a kind
// expect: clean
// generates: corpus.KindSharedBySourceAndTarget$Csv, corpus.KindSharedBySourceAndTarget$CsvOut
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class KindSharedBySourceAndTarget {
    @SourceDriver(kind = "csv", supports = Engine.STOREY)
    public static class Csv extends BaseSourceDriver {
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }

    @TargetDriver(kind = "csv", supports = Engine.STOREY)
    public static class CsvOut extends BaseStoreTarget {
        public boolean isSingleFile() {
            return false;
        }

        public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
            return null;
        }
    }
}
