// case: DK017 on the annotation, on an annotation type
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "annotation", supports = Engine.STOREY) // expect: DK017
public @interface OnAnnotationType {
}
