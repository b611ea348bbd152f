package dev.driverkit.examples.parquet;

import static org.apache.spark.sql.functions.col;

import dev.driverkit.engine.WriteRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.JobExecutionStatus;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;

/**
 * The SPARK engine of {@link ParquetTarget}: MLRun's prepare_spark_df, and a writer that never leaves
 * half-written output where readers look.
 *
 * <p>Spark's own commit protocol keeps a failed job's files out of the output folder, but it creates
 * the folder, leaves {@code _temporary} in it while the job runs, and in overwrite mode deletes the old
 * data before the job starts. So the job writes into a new staging folder beside the target
 * ({@code .<name>.staging-<uuid>}, hidden from Spark's and the other engines' listings); on success,
 * overwrite swaps the target folder for it (two renames), append moves the new files in (each rename
 * publishes one complete file); on failure the staging folder is deleted and the target is untouched.
 * Renames go through Hadoop's FileSystem API of the session, so the same code works on HDFS (atomic
 * renames) and on object stores (where a rename is a copy).
 */
final class ParquetSparkWriter {
    private ParquetSparkWriter() {}

    static Dataset<Row> prepare(ParquetTarget target, Dataset<Row> df, WriteRequest request) {
        ParquetLayout layout = ParquetLayout.of(target, request.timestampKey() != null);
        List<String> columns = Arrays.asList(df.columns());
        for (String unit : layout.timeUnits()) {
            if (!columns.contains(unit)) {
                ParquetFrames.requireColumn(target.describe(), "the frame", columns, request.timestampKey(), "timestamp key");
                df = df.withColumn(unit, timeUnit(unit, col(request.timestampKey())));
            }
        }
        for (String column : layout.columns()) {
            ParquetFrames.requireColumn(target.describe(), "the frame", columns, column, "partition column");
        }
        return df;
    }

    private static Column timeUnit(String unit, Column time) {
        return switch (unit) {
            case "year" -> functions.year(time);
            case "month" -> functions.month(time);
            case "day" -> functions.dayofmonth(time);
            case "hour" -> functions.hour(time);
            case "minute" -> functions.minute(time);
            case "second" -> functions.second(time);
            default -> throw new IllegalArgumentException("not a time unit: " + unit);
        };
    }

    static void write(ParquetTarget target, Dataset<Row> df, WriteRequest request) {
        String what = target.describe();
        if (target.isSingleFile()) {
            throw new IllegalArgumentException(what + ": Spark writes a folder of files, and " + target.getPath()
                    + " names one file (MLRun's rule: Spark parquet targets are folders). Give a folder path, or"
                    + " write the file on STOREY.");
        }
        Map<String, String> options = new LinkedHashMap<>(target.getSparkOptions(request));
        Dataset<Row> prepared = target.prepareSparkDf(df, request);
        String path = options.remove("path");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException(what + " has no path: set \"path\" in the spec.");
        }
        String format = options.remove("format");
        String partitionBy = options.remove("partitionBy");
        boolean overwrite = "overwrite".equals(options.remove("mode"));

        Configuration conf = prepared.sparkSession().sparkContext().hadoopConfiguration();
        try {
            Path output = new Path(path);
            FileSystem fs = output.getFileSystem(conf);
            output = fs.makeQualified(output);
            Path parent = output.getParent();
            if (parent == null) {
                throw new IllegalArgumentException(what + ": cannot write to the root folder " + output);
            }
            String id = UUID.randomUUID().toString();
            Path staging = new Path(parent, "." + output.getName() + ".staging-" + id);
            SparkContext context = prepared.sparkSession().sparkContext();
            String tag = "driverkit-parquet-write-" + id;
            context.addJobTag(tag);
            try {
                var writer = prepared.write().format(format).options(options).mode(SaveMode.ErrorIfExists);
                if (partitionBy != null) {
                    writer = writer.partitionBy(partitionBy.split(","));
                }
                writer.save(staging.toString());
            } catch (Throwable failure) {
                // The job has failed, but its other tasks may still be running (and writing) while they are
                // cancelled: wait for them, or they would write into the staging folder after it is deleted.
                awaitTasks(context, tag);
                fs.delete(staging, true);
                if (failure instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(what + ": writing " + output + " on Spark failed; the target is as it"
                        + " was (the job's staging folder was removed). Cause: " + rootMessage(failure), failure);
            } finally {
                context.removeJobTag(tag);
            }
            publish(fs, staging, output, overwrite, id);
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Cancels the jobs tagged {@code tag} and waits (up to a minute) until none of their tasks runs. */
    private static void awaitTasks(SparkContext context, String tag) {
        context.cancelJobsWithTag(tag);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline && running(context.statusTracker(), tag)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean running(SparkStatusTracker tracker, String tag) {
        for (int job : tracker.getJobIdsForTag(tag)) {
            scala.Option<SparkJobInfo> info = tracker.getJobInfo(job);
            if (info.isEmpty()) {
                return true; // not yet known to the status store: its events are still on their way
            }
            if (info.get().status() == JobExecutionStatus.RUNNING) {
                return true;
            }
            for (int stage : info.get().stageIds()) {
                scala.Option<SparkStageInfo> stageInfo = tracker.getStageInfo(stage);
                if (stageInfo.isDefined() && stageInfo.get().numActiveTasks() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Moves a finished staging folder's output into place; see the class comment. */
    private static void publish(FileSystem fs, Path staging, Path output, boolean overwrite, String id) throws IOException {
        fs.mkdirs(output.getParent());
        if (!fs.exists(output)) {
            rename(fs, staging, output);
            return;
        }
        if (overwrite) {
            Path old = new Path(output.getParent(), "." + output.getName() + ".replaced-" + id);
            rename(fs, output, old);
            try {
                rename(fs, staging, output);
            } catch (IOException e) {
                fs.rename(old, output);
                fs.delete(staging, true);
                throw e;
            }
            fs.delete(old, true);
            return;
        }
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(staging, true);
        String root = staging.toUri().getPath();
        while (files.hasNext()) {
            FileStatus file = files.next();
            String relative = file.getPath().toUri().getPath().substring(root.length() + 1);
            if (hidden(relative)) {
                continue; // _SUCCESS: the target has its own from its first write
            }
            Path destination = new Path(output, relative);
            fs.mkdirs(destination.getParent());
            rename(fs, file.getPath(), destination);
        }
        fs.delete(staging, true);
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void rename(FileSystem fs, Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("cannot rename " + from + " to " + to);
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage()) : root + " (in: " + firstLine(failure.getMessage()) + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
