package dev.driverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built command, run as README says: {@code java -jar cli/target/driverkit-cli-VERSION.jar}, with no
 * flags of its own (the manifest names the class path and Spark's add-opens).
 */
class CliJarIT {
    @TempDir
    Path folder;

    private String run(List<String> words) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("driverkit.cli.jar")));
        command.addAll(words);
        Path log = folder.resolve("out.txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the command ends");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void sparkIngestFromTheJar() throws Exception {
        Files.writeString(folder.resolve("people.csv"), "id,name,score\n1,ann,0.5\n2,bob,0.75\n");
        String output = run(List.of("ingest", "--source", "{\"kind\": \"csv\", \"path\": \"people.csv\"}",
                "--target", "{\"kind\": \"parquet\", \"path\": \"out/\"}", "--engine", "spark"));
        assertTrue(output.contains("ingested csv on SPARK"), output);
        assertTrue(output.contains("parquet: 2 rows"), output);
        try (Stream<Path> files = Files.walk(folder.resolve("out"))) {
            assertTrue(files.anyMatch(file -> file.toString().endsWith(".parquet")), "parquet files written");
        }
    }
}
