package dev.driverkit.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a file of Spark SQL statements, as {@code spark-sql -f} does, for Spark installations without the
 * spark-sql command line (it comes with Spark's Hive build): no Java to write.
 *
 * <pre>
 * spark-submit --jars my-driver-all.jar --class dev.driverkit.spark.SqlScript driverkit-spark.jar \
 *     [--define name=value]... script.sql
 * </pre>
 *
 * Statements end with {@code ;} at the end of a line; {@code --} starts a comment line. Each
 * {@code --define name=value} is a session setting, so that {@code ${name}} in a statement is replaced by
 * Spark's variable substitution. The rows of each query are printed tab-separated, {@code NULL} for null,
 * as spark-sql prints them.
 */
public final class SqlScript {
    private SqlScript() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> defines = new LinkedHashMap<>();
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--define") || args[i].equals("-d")) && i + 1 < args.length) {
                String[] pair = args[++i].split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("--define takes name=value, not " + args[i]);
                }
                defines.put(pair[0], pair[1]);
            } else if (file == null) {
                file = Path.of(args[i]);
            } else {
                throw new IllegalArgumentException("Unexpected argument " + args[i] + usage());
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("No script given." + usage());
        }
        SparkSession session = SparkSession.builder().getOrCreate();
        try {
            run(session, Files.readString(file, StandardCharsets.UTF_8), defines, System.out);
        } finally {
            session.stop();
        }
    }

    private static String usage() {
        return " Usage: SqlScript [--define name=value]... script.sql";
    }

    /** Runs each statement of {@code script} in {@code session}, printing the rows of queries to {@code out}. */
    public static void run(SparkSession session, String script, Map<String, String> defines, PrintStream out) {
        defines.forEach((name, value) -> session.conf().set(name, value));
        for (String statement : statements(script)) {
            Dataset<Row> result = session.sql(statement);
            for (Row row : result.collectAsList()) {
                List<String> values = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    values.add(row.isNullAt(i) ? "NULL" : String.valueOf(row.get(i)));
                }
                out.println(String.join("\t", values));
            }
        }
        out.flush();
    }

    /** The statements of a script: text up to each {@code ;} that ends a line, comment lines left out. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                lines.add(line.substring(0, line.lastIndexOf(';')));
                add(statements, lines);
            } else {
                lines.add(line);
            }
        }
        add(statements, lines);
        return statements;
    }

    private static void add(List<String> statements, List<String> lines) {
        String statement = lines.stream().collect(Collectors.joining("\n")).strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        lines.clear();
    }
}
