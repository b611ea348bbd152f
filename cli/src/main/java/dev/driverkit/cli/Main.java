package dev.driverkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.driverkit.Engine;
import dev.driverkit.engine.EngineNotSupportedException;
import dev.driverkit.engine.EngineUnavailableException;
import dev.driverkit.ingest.Ingest;
import dev.driverkit.ingest.IngestException;
import dev.driverkit.ingest.IngestResult;
import dev.driverkit.ingest.OnlineLookup;
import dev.driverkit.ingest.TargetResult;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverLookupException;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.spec.SpecException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code driverkit} command:
 * <pre>
 * java -jar driverkit-cli.jar ingest --source SPEC --target SPEC [--target SPEC ...] [--engine storey|pandas|spark]
 * java -jar driverkit-cli.jar get --target SPEC [--target SPEC ...] --key column=value [--key ...]
 * java -jar driverkit-cli.jar kinds
 * </pre>
 * A SPEC is a spec JSON or {@code @file}. Exit codes: 0 done, 1 the data or a driver failed (one line on
 * standard error says why), 2 the command line is wrong.
 */
public final class Main {
    private static final Set<String> VALUED = Set.of("--source", "--target", "--engine", "--key", "--jars",
            "--max-events", "--spark-master");
    private static final Set<String> FLAGS = Set.of("--append", "--verbose", "--help");

    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.console() != null);
        System.out.flush();
        // Spark leaves non-daemon threads behind; the command is done.
        System.exit(code);
    }

    /** Runs one command; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        boolean verbose = List.of(args).contains("--verbose");
        try {
            Arguments arguments = Arguments.parse(args, VALUED, FLAGS);
            DriverRegistry registry = registry(arguments);
            switch (arguments.command()) {
                case "--help", "help", "-h" -> help(registry, out);
                case "kinds" -> kinds(registry, out);
                case "ingest" -> ingest(arguments, registry, out, err, terminal);
                case "get" -> get(arguments, registry, out);
                default -> throw new Arguments.UsageException("unknown command '" + arguments.command()
                        + "'; the commands are ingest, get and kinds");
            }
            return 0;
        } catch (Arguments.UsageException e) {
            err.println("driverkit: " + e.getMessage() + " (driverkit --help shows the usage)");
            return 2;
        } catch (SpecException | DriverLookupException | EngineNotSupportedException | EngineUnavailableException
                | IngestException | IllegalArgumentException | IllegalStateException | IOException
                | UncheckedIOException e) {
            err.println("driverkit: " + firstLine(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static void ingest(Arguments arguments, DriverRegistry registry, PrintStream out, PrintStream err,
            boolean terminal) throws IOException {
        Engine engine = engine(arguments.one("--engine", "storey"));
        List<String> targets = arguments.all("--target");
        if (targets.isEmpty()) {
            throw new Arguments.UsageException("'ingest' needs at least one --target");
        }
        Ingest ingest = Ingest.with(registry).source(Arguments.spec(arguments.required("--source")))
                .overwrite(!arguments.flag("--append"));
        for (String target : targets) {
            ingest.target(Arguments.spec(target));
        }
        String maxEvents = arguments.one("--max-events", null);
        if (maxEvents != null) {
            ingest.maxEvents(positive("--max-events", maxEvents));
        }
        Progress progress = new Progress(err, terminal);
        ingest.progress(progress);
        Object spark = engine == Engine.SPARK ? SparkSessions.start(arguments.one("--spark-master", "local[*]")) : null;
        IngestResult result;
        try {
            result = ingest.sparkSession(spark).run(engine);
        } finally {
            progress.finish();
            if (spark != null) {
                SparkSessions.stop(spark);
            }
        }
        out.printf(Locale.ROOT, "ingested %s on %s in %.2f s%n", result.sourceKind(), result.engine(),
                result.elapsed().toNanos() / 1e9);
        for (TargetResult target : result.targets()) {
            out.println("  " + target.summary());
        }
    }

    private static void get(Arguments arguments, DriverRegistry registry, PrintStream out) throws IOException {
        List<String> targets = new ArrayList<>();
        for (String target : arguments.all("--target")) {
            targets.add(Arguments.spec(target));
        }
        if (targets.isEmpty()) {
            throw new Arguments.UsageException("'get' needs at least one --target");
        }
        Map<String, Object> key = new LinkedHashMap<>();
        for (String pair : arguments.all("--key")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new Arguments.UsageException("--key takes column=value, not '" + pair + "'");
            }
            key.put(pair.substring(0, equals), value(pair.substring(equals + 1)));
        }
        if (key.isEmpty()) {
            throw new Arguments.UsageException("'get' needs --key column=value");
        }
        try (OnlineLookup lookup = OnlineLookup.open(registry, targets)) {
            out.println(json(lookup.get(key)));
        }
    }

    private static void help(DriverRegistry registry, PrintStream out) {
        out.println("""
                usage: driverkit ingest --source SPEC --target SPEC [--target SPEC ...] [--engine storey|pandas|spark]
                                        [--append] [--max-events N] [--spark-master URL] [--jars A.jar,B.jar]
                       driverkit get --target SPEC [--target SPEC ...] --key COLUMN=VALUE [--key ...] [--jars ...]
                       driverkit kinds

                  ingest  reads the source and writes every target on one engine (default storey); --append
                          keeps what the targets hold (targets declared append = true)
                  get     prints the feature vector of one entity from queryable online targets, as JSON
                  kinds   lists the drivers on the class path
                SPEC is a spec JSON in MLRun's shape ({"kind": "csv", "path": "data.csv", ...}) or @FILE.
                --jars adds driver jars; --verbose prints the stack trace of a failure.
                Exit codes: 0 done, 1 a spec, a driver or the data failed, 2 a wrong command line.
                """);
        kinds(registry, out);
    }

    private static void kinds(DriverRegistry registry, PrintStream out) {
        out.println("drivers (kind: engines):");
        out.println("  sources: " + describe(registry.sources()));
        out.println("  targets: " + describe(registry.targets()));
    }

    private static String describe(List<DriverInfo> drivers) {
        if (drivers.isEmpty()) {
            return "(none)";
        }
        List<String> kinds = new ArrayList<>();
        for (DriverInfo info : drivers) {
            kinds.add(info.kind() + " " + info.engines().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
        }
        return String.join(", ", kinds);
    }

    private static DriverRegistry registry(Arguments arguments) throws MalformedURLException {
        String jars = arguments.one("--jars", null);
        if (jars == null) {
            return DriverRegistry.load();
        }
        List<URL> urls = new ArrayList<>();
        for (String jar : jars.split("[,:]")) {
            Path path = Path.of(jar);
            if (!Files.isRegularFile(path)) {
                throw new Arguments.UsageException("no such jar: " + jar);
            }
            urls.add(path.toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Main.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        return DriverRegistry.load(loader);
    }

    private static Engine engine(String name) {
        for (Engine engine : Engine.values()) {
            if (engine.name().equalsIgnoreCase(name)) {
                return engine;
            }
        }
        throw new Arguments.UsageException("unknown engine '" + name + "'; the engines are storey, pandas and spark");
    }

    private static long positive(String option, String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new Arguments.UsageException(option + " takes a positive whole number, not '" + text + "'");
    }

    /** A key value as typed: a whole number as a number, anything else as text. */
    private static Object value(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    static String json(Map<String, Object> vector) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            write(json, vector);
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.writeNumber(new java.math.BigDecimal(number.toString()));
        } else {
            json.writeString(value.toString());
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
