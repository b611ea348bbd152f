// case: @Spec in a class that is not a driver is not checked (no driver, nothing to generate)
// expect: clean
package corpus;

import dev.driverkit.Spec;

public class SpecOnNonDriver {
    @Spec Thread notChecked;
}
