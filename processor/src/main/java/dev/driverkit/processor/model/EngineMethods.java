package dev.driverkit.processor.model;

import dev.driverkit.Engine;
import dev.driverkit.processor.model.MethodShape.Parameter;
import dev.driverkit.registry.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CONTRACT.md's required-method table: which methods a driver must declare, with the exact signature
 * the processor expects, given its direction, engines and flags.
 */
public final class EngineMethods {
    private static final String ENGINE_PACKAGE = "dev.driverkit.engine";
    private static final String SPARK_SQL = "org.apache.spark.sql";

    static final TypeRef STRING = TypeRef.of("java.lang", "String");
    static final TypeRef BOOLEAN = TypeRef.primitive("boolean");
    static final TypeRef EVENT = TypeRef.of(ENGINE_PACKAGE, "Event");
    static final TypeRef READ_REQUEST = TypeRef.of(ENGINE_PACKAGE, "ReadRequest");
    static final TypeRef STEP_REQUEST = TypeRef.of(ENGINE_PACKAGE, "StepRequest");
    static final TypeRef NUCLIO_FUNCTION = TypeRef.of(ENGINE_PACKAGE, "NuclioFunction");
    static final TypeRef STRING_MAP = TypeRef.of("java.util", "Map", STRING, STRING);
    static final TypeRef SPARK_SESSION = TypeRef.of(SPARK_SQL, "SparkSession");
    static final TypeRef DATASET_OF_ROWS = TypeRef.of(SPARK_SQL, "Dataset", TypeRef.of(SPARK_SQL, "Row"));
    static final TypeRef DATA_FRAME = TypeRef.of("org.dflib", "DataFrame");
    static final TypeRef WRITE_REQUEST = TypeRef.of(ENGINE_PACKAGE, "WriteRequest");
    static final TypeRef WRITER_STEP_REQUEST = TypeRef.of(ENGINE_PACKAGE, "WriterStepRequest");
    static final TypeRef FEATURE_TABLE = TypeRef.of(ENGINE_PACKAGE, "FeatureTable");
    static final TypeRef VOID = TypeRef.primitive("void");

    /** The name of every method any driver may be required to declare. */
    public static final Set<String> ALL_NAMES = Set.of(
            "isIterator", "addNuclioTrigger", "toStep", "getSparkOptions", "toSparkDf", "toDataframe",
            "isSingleFile", "addWriterStep", "prepareSparkDf", "writeDataframe", "asDf", "getTableObject");

    /**
     * A required method and why the driver needs it.
     *
     * @param because completes "CsvSource ... but has no method": "lists Engine.SPARK in supports"
     * @param requiredBy what expects the method: "Engine.SPARK", "iterator = true", "OnlineSource"
     * @param role the engine-role interface of {@code dev.driverkit.engine} through which engines call
     *     the method (the generated adapter implements it), or null when no engine calls it directly
     */
    public record Requirement(MethodShape method, String because, String requiredBy, String role) {}

    private EngineMethods() {}

    /** Every method the driver must declare. */
    public static List<Requirement> required(DriverModel driver) {
        List<Requirement> required = new ArrayList<>();
        if (driver.direction() == Direction.SOURCE) {
            if (driver.flag("iterator")) {
                required.add(new Requirement(isIterator(), "is declared with iterator = true", "iterator = true", null));
            }
            if (driver.onlineSource()) {
                required.add(new Requirement(addNuclioTrigger(), "is an online source (extends OnlineSource)",
                        "OnlineSource", "TriggerSource"));
            }
            for (Engine engine : driver.engines()) {
                String role = switch (engine) {
                    case STOREY -> "StoreySource";
                    case SPARK -> driver.onlineSource() ? "SparkSource" : "SparkOfflineSource";
                    case PANDAS -> driver.flag("iterator") ? "PandasChunkedSource" : "PandasSource";
                };
                for (MethodShape method : sourceMethods(engine, driver.flag("iterator"), driver.onlineSource())) {
                    required.add(new Requirement(method, "lists Engine." + engine + " in supports", "Engine." + engine, role));
                }
            }
        } else {
            if (driver.flag("offline")) {
                required.add(new Requirement(isSingleFile(), "is an offline target (offline = true)", "offline = true",
                        "OfflineTarget"));
            }
            for (Engine engine : driver.engines()) {
                String role = switch (engine) {
                    case STOREY -> "StoreyTarget";
                    case SPARK -> "SparkTarget";
                    case PANDAS -> "PandasTarget";
                };
                for (MethodShape method : targetMethods(engine)) {
                    required.add(new Requirement(method, "lists Engine." + engine + " in supports", "Engine." + engine, role));
                }
            }
            if (driver.flag("queryable") && driver.flag("online")) {
                required.add(new Requirement(getTableObject(), "is a queryable online target (queryable = true,"
                        + " online = true)", "queryable = true", "OnlineQueryTarget"));
            }
            if (driver.flag("queryable") && driver.flag("offline") && !driver.engines().contains(Engine.PANDAS)) {
                required.add(new Requirement(asDf(), "is a queryable offline target (queryable = true,"
                        + " offline = true)", "queryable = true", "OfflineQueryTarget"));
            }
        }
        return required;
    }

    private static List<MethodShape> targetMethods(Engine engine) {
        return switch (engine) {
            case STOREY -> List.of(new MethodShape("addWriterStep",
                    TypeRef.of("java.util.concurrent", "Flow.Subscriber", EVENT),
                    List.of(new Parameter(WRITER_STEP_REQUEST, "request")), engine));
            case SPARK -> List.of(
                    new MethodShape("getSparkOptions", STRING_MAP, List.of(new Parameter(WRITE_REQUEST, "request")), engine),
                    new MethodShape("prepareSparkDf", DATASET_OF_ROWS,
                            List.of(new Parameter(DATASET_OF_ROWS, "df"), new Parameter(WRITE_REQUEST, "request")), engine));
            case PANDAS -> List.of(
                    new MethodShape("writeDataframe", VOID,
                            List.of(new Parameter(DATA_FRAME, "df"), new Parameter(WRITE_REQUEST, "request")), engine),
                    asDf());
        };
    }

    /** Reads written data back as a frame; PANDAS needs it, and so does an offline query. */
    private static MethodShape asDf() {
        return new MethodShape("asDf", DATA_FRAME, List.of(new Parameter(READ_REQUEST, "request")), Engine.PANDAS);
    }

    private static MethodShape isSingleFile() {
        return new MethodShape("isSingleFile", BOOLEAN, List.of(), null);
    }

    private static MethodShape getTableObject() {
        return new MethodShape("getTableObject", FEATURE_TABLE, List.of(), null);
    }

    /**
     * The names of methods only the given engine calls: a driver that declares one of them without
     * the engine has probably forgotten the engine.
     */
    public static Set<String> namesOnlyFor(Direction direction, Engine engine) {
        if (direction == Direction.SOURCE) {
            return switch (engine) {
                case STOREY -> Set.of("toStep");
                case SPARK -> Set.of("toSparkDf", "getSparkOptions");
                case PANDAS -> Set.of("toDataframe");
            };
        }
        return switch (engine) {
            case STOREY -> Set.of("addWriterStep");
            case SPARK -> Set.of("prepareSparkDf", "getSparkOptions");
            case PANDAS -> Set.of("writeDataframe", "asDf");
        };
    }

    private static List<MethodShape> sourceMethods(Engine engine, boolean iterator, boolean online) {
        return switch (engine) {
            case STOREY -> List.of(new MethodShape("toStep",
                    TypeRef.of("java.util.concurrent", "Flow.Publisher", EVENT),
                    List.of(new Parameter(STEP_REQUEST, "request")), engine));
            case SPARK -> {
                MethodShape toSparkDf = new MethodShape("toSparkDf", DATASET_OF_ROWS,
                        List.of(new Parameter(SPARK_SESSION, "session"), new Parameter(READ_REQUEST, "request")), engine);
                yield online
                        ? List.of(toSparkDf)
                        : List.of(new MethodShape("getSparkOptions", STRING_MAP, List.of(), engine), toSparkDf);
            }
            case PANDAS -> List.of(new MethodShape("toDataframe",
                    iterator ? TypeRef.of("java.util.stream", "Stream", DATA_FRAME) : DATA_FRAME,
                    List.of(new Parameter(READ_REQUEST, "request")), engine));
        };
    }

    private static MethodShape isIterator() {
        return new MethodShape("isIterator", BOOLEAN, List.of(), null);
    }

    private static MethodShape addNuclioTrigger() {
        return new MethodShape("addNuclioTrigger", NUCLIO_FUNCTION,
                List.of(new Parameter(NUCLIO_FUNCTION, "function")), null);
    }
}
