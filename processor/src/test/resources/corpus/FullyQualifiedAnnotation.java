// case: annotations and engines written with their qualified names, no imports
// expect: clean
// generates: corpus.FullyQualifiedAnnotation
package corpus;

@dev.driverkit.SourceDriver(kind = "qualified", supports = {dev.driverkit.Engine.STOREY})
public class FullyQualifiedAnnotation extends dev.driverkit.BaseSourceDriver {
    @dev.driverkit.Spec String table;

    public java.util.concurrent.Flow.Publisher<dev.driverkit.engine.Event> toStep(
            dev.driverkit.engine.StepRequest request) {
        return null;
    }
}
