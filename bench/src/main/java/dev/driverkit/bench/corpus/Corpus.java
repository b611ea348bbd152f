package dev.driverkit.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The javac corpus: N driver classes written as a user would, with varied engines (every non-empty
 * subset of STOREY, SPARK, PANDAS), the methods each engine requires, and 2 to 8 {@code @Spec} fields of
 * mixed types (some with defaults, an enum, collections, java.time values, a renamed key with an alias).
 * One driver in five is a target. Drivers sit 100 to a package. Deterministic: driver {@code i} is always
 * the same text.
 */
public final class Corpus {
    private static final String[][] ENGINE_SETS = {
            {"STOREY"}, {"SPARK"}, {"PANDAS"}, {"STOREY", "SPARK"}, {"STOREY", "PANDAS"}, {"SPARK", "PANDAS"},
            {"STOREY", "SPARK", "PANDAS"}};

    private record FieldType(String type, String name, String init, String importName) {}

    private static final FieldType[] TYPES = {
            new FieldType("String", "table", "", null),
            new FieldType("int", "batchSize", " = 100", null),
            new FieldType("long", "maxBytes", "", null),
            new FieldType("double", "sampleRatio", " = 0.5", null),
            new FieldType("boolean", "compact", "", null),
            new FieldType("Boolean", "verify", "", null),
            new FieldType("Integer", "retries", "", null),
            new FieldType("Long", "offset", "", null),
            new FieldType("List<String>", "columns", "", "java.util.List"),
            new FieldType("Set<String>", "tags", "", "java.util.Set"),
            new FieldType("Map<String, String>", "options", "", "java.util.Map"),
            new FieldType("Map<String, Integer>", "weights", "", "java.util.Map"),
            new FieldType("Duration", "pollTimeout", "", "java.time.Duration"),
            new FieldType("LocalDateTime", "since", "", "java.time.LocalDateTime"),
            new FieldType("Character", "quote", "", null),
            new FieldType("Mode", "mode", " = Mode.FAST", null),
            new FieldType("List<Integer>", "partitions", "", "java.util.List"),
            new FieldType("float", "threshold", "", null)};

    /** One driver of the corpus. */
    public record Driver(int index, String packageName, String simpleName, String kind, boolean target, Path file) {
        public String className() {
            return packageName + "." + simpleName;
        }

        /** The path of its class file under an output folder. */
        public Path classFile(Path out) {
            return out.resolve(packageName.replace('.', '/')).resolve(simpleName + ".class");
        }
    }

    private Corpus() {}

    /** Driver {@code i}'s name, kind and file under {@code srcRoot}. */
    public static Driver driver(Path srcRoot, int i, boolean withTargets) {
        String pkg = String.format(Locale.ROOT, "bench.corpus.p%02d", i / 100);
        String name = String.format(Locale.ROOT, "Driver%04d", i);
        return new Driver(i, pkg, name, String.format(Locale.ROOT, "kind%04d", i), withTargets && i % 5 == 4,
                srcRoot.resolve(pkg.replace('.', '/')).resolve(name + ".java"));
    }

    /** Writes drivers {@code 0 .. n-1} under {@code srcRoot}. */
    public static List<Driver> write(Path srcRoot, int n, boolean autoService, boolean withTargets) {
        List<Driver> drivers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Driver driver = driver(srcRoot, i, withTargets);
            write(driver, autoService, 0);
            drivers.add(driver);
        }
        return drivers;
    }

    /** (Re)writes one driver; {@code edit > 0} is an edited version (another engine set, one more field). */
    public static void write(Driver driver, boolean autoService, int edit) {
        try {
            Files.createDirectories(driver.file().getParent());
            Files.writeString(driver.file(), source(driver, autoService, edit), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engines of driver {@code i} in edit {@code edit}. */
    public static String[] engines(int i, int edit) {
        return ENGINE_SETS[(i + edit) % ENGINE_SETS.length];
    }

    /** The name of the field that edit {@code edit} adds. */
    public static String editField(int edit) {
        return "edit" + edit;
    }

    static String source(Driver d, boolean autoService, int edit) {
        int i = d.index();
        String[] engines = engines(i, edit);
        boolean storey = has(engines, "STOREY");
        boolean spark = has(engines, "SPARK");
        boolean pandas = has(engines, "PANDAS");
        TreeSet<String> imports = new TreeSet<>();
        imports.add("dev.driverkit.Engine");
        imports.add("dev.driverkit.Spec");
        imports.add(d.target() ? "dev.driverkit.TargetDriver" : "dev.driverkit.SourceDriver");
        imports.add(d.target() ? "dev.driverkit.BaseStoreTarget" : "dev.driverkit.BaseSourceDriver");
        if (autoService) {
            imports.add("com.google.auto.service.AutoService");
        }

        StringBuilder fields = new StringBuilder();
        List<String> names = new ArrayList<>();
        boolean usesMode = false;
        int count = 2 + i % 7;
        for (int k = 0; k < count; k++) {
            FieldType type = TYPES[(i * 5 + k * 3) % TYPES.length];
            String name = type.name() + k;
            names.add(name);
            usesMode |= type.type().equals("Mode");
            if (type.importName() != null) {
                imports.add(type.importName());
            }
            String annotation = (i % 11 == 0 && k == 1)
                    ? "@Spec(name = \"legacy_" + name.toLowerCase(Locale.ROOT) + "\", aliases = {\"old_" + k + "\"})"
                    : "@Spec";
            fields.append("    /** Setting ").append(k).append(" of ").append(d.kind()).append(". */\n")
                    .append("    ").append(annotation).append(' ').append(type.type()).append(' ').append(name)
                    .append(type.init()).append(";\n");
        }
        if (edit > 0) {
            String name = editField(edit);
            names.add(name);
            fields.append("    /** Added by edit ").append(edit).append(". */\n")
                    .append("    @Spec long ").append(name).append(" = ").append(edit).append(";\n");
        }

        StringBuilder methods = new StringBuilder();
        if (d.target()) {
            methods.append("    public boolean isSingleFile() {\n        return ").append(i % 2 == 0).append(";\n    }\n\n");
            if (storey) {
                imports.add("java.util.concurrent.Flow");
                imports.add("dev.driverkit.engine.Event");
                imports.add("dev.driverkit.engine.WriterStepRequest");
                methods.append("""
                            public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
                                throw new UnsupportedOperationException(describe() + " writes no events in the benchmark corpus");
                            }

                        """);
            }
            if (spark) {
                imports.add("java.util.Map");
                imports.add("java.util.LinkedHashMap");
                imports.add("org.apache.spark.sql.Dataset");
                imports.add("org.apache.spark.sql.Row");
                imports.add("dev.driverkit.engine.WriteRequest");
                methods.append("    public Map<String, String> getSparkOptions(WriteRequest request) {\n")
                        .append(optionsBody(names))
                        .append("    }\n\n")
                        .append("""
                                    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
                                        return df;
                                    }

                                """);
            }
            if (pandas) {
                imports.add("org.dflib.DataFrame");
                imports.add("dev.driverkit.engine.WriteRequest");
                imports.add("dev.driverkit.engine.ReadRequest");
                methods.append("""
                            public void writeDataframe(DataFrame df, WriteRequest request) {
                                throw new UnsupportedOperationException(describe() + " writes no frames in the benchmark corpus");
                            }

                            public DataFrame asDf(ReadRequest request) {
                                throw new UnsupportedOperationException(describe() + " reads no frames in the benchmark corpus");
                            }

                        """);
            }
        } else {
            if (storey) {
                imports.add("java.util.concurrent.Flow");
                imports.add("dev.driverkit.engine.Event");
                imports.add("dev.driverkit.engine.StepRequest");
                methods.append("""
                            public Flow.Publisher<Event> toStep(StepRequest request) {
                                throw new UnsupportedOperationException(describe() + " streams no events in the benchmark corpus");
                            }

                        """);
            }
            if (spark) {
                imports.add("java.util.Map");
                imports.add("java.util.LinkedHashMap");
                imports.add("org.apache.spark.sql.Dataset");
                imports.add("org.apache.spark.sql.Row");
                imports.add("org.apache.spark.sql.SparkSession");
                imports.add("dev.driverkit.engine.ReadRequest");
                methods.append("    public Map<String, String> getSparkOptions() {\n")
                        .append(optionsBody(names))
                        .append("    }\n\n")
                        .append("""
                                    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {
                                        throw new UnsupportedOperationException(describe() + " reads nothing in the benchmark corpus");
                                    }

                                """);
            }
            if (pandas) {
                imports.add("org.dflib.DataFrame");
                imports.add("dev.driverkit.engine.ReadRequest");
                methods.append("""
                            public DataFrame toDataframe(ReadRequest request) {
                                throw new UnsupportedOperationException(describe() + " reads no frames in the benchmark corpus");
                            }

                        """);
            }
        }

        StringBuilder describe = new StringBuilder("    /** For messages. */\n    String describe() {\n        return \"")
                .append(d.kind()).append(d.target() ? " target" : " source").append(" '\" + getName() + \"' (\"");
        for (int k = 0; k < names.size(); k++) {
            describe.append(k == 0 ? " + \"" : " + \", ").append(names.get(k)).append("=\" + ").append(names.get(k));
        }
        describe.append(" + \")\";\n    }\n");

        StringBuilder text = new StringBuilder();
        text.append("package ").append(d.packageName()).append(";\n\n");
        for (String name : imports) {
            text.append("import ").append(name).append(";\n");
        }
        text.append("\n/** Benchmark corpus driver ").append(i).append(" (generated by driverkit-bench). */\n");
        if (autoService) {
            text.append("@AutoService(").append(d.target() ? "BaseStoreTarget" : "BaseSourceDriver").append(".class)\n");
        }
        text.append('@').append(d.target() ? "TargetDriver" : "SourceDriver").append("(kind = \"").append(d.kind())
                .append("\", supports = {");
        for (int e = 0; e < engines.length; e++) {
            text.append(e == 0 ? "" : ", ").append("Engine.").append(engines[e]);
        }
        text.append("})\n");
        text.append("public class ").append(d.simpleName()).append(" extends ")
                .append(d.target() ? "BaseStoreTarget" : "BaseSourceDriver").append(" {\n");
        if (usesMode) {
            text.append("    /** How the driver trades speed for safety. */\n    public enum Mode { FAST, SAFE, OFF }\n\n");
        }
        text.append(fields).append('\n');
        text.append("    public ").append(d.simpleName()).append("() {}\n\n");
        text.append(methods);
        text.append(describe);
        text.append("}\n");
        return text.toString();
    }

    private static String optionsBody(List<String> names) {
        StringBuilder body = new StringBuilder("        Map<String, String> options = new LinkedHashMap<>();\n")
                .append("        options.put(\"path\", String.valueOf(getPath()));\n");
        for (String name : names) {
            body.append("        options.put(\"").append(name).append("\", String.valueOf(").append(name).append("));\n");
        }
        return body.append("        return options;\n").toString();
    }

    private static boolean has(String[] engines, String engine) {
        for (String e : engines) {
            if (e.equals(engine)) {
                return true;
            }
        }
        return false;
    }
}
