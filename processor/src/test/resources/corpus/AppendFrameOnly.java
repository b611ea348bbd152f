// case: DK042, a warning
// generates: corpus.AppendFrameOnly
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import org.dflib.DataFrame;

@TargetDriver(kind = "frames", supports = Engine.PANDAS, append = true) // expect: DK042
public class AppendFrameOnly extends BaseStoreTarget {
    public boolean isSingleFile() {
        return true;
    }

    public void writeDataframe(DataFrame df, WriteRequest request) {}

    public DataFrame asDf(ReadRequest request) {
        return null;
    }
}
