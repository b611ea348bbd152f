// case: DK017 on the annotation, on an enum
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "enum", supports = Engine.STOREY) // expect: DK017
public enum OnEnum {
    A
}
