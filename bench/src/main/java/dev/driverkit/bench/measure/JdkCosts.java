package dev.driverkit.bench.measure;

import dev.driverkit.bench.Env;
import dev.driverkit.bench.Procs;
import dev.driverkit.bench.Report;
import dev.driverkit.bench.Stats;
import dev.driverkit.bench.child.JdkCostsMain;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link JdkCostsMain}: the first-use cost of JDK facilities the runtime's first call uses. */
final class JdkCosts {
    private JdkCosts() {}

    static void report(Env env, Report report, int reps) {
        List<String> parts = new ArrayList<>();
        String classpath = env.benchClasses() + java.io.File.pathSeparator + env.element("jackson-core", null);
        for (String facility : List.of("System.getLogger", "first method reference", "first string concatenation",
                "first stream pipeline",
                "first java.time parse", "first Jackson parse")) {
            List<Double> times = new ArrayList<>();
            for (int rep = 0; rep < reps; rep++) {
                Procs.Result result = Procs.run(List.of(env.java().toString(), "-cp", classpath,
                        JdkCostsMain.class.getName(), facility), env.workDir().resolve("jdk-costs.log"));
                times.add(Double.parseDouble(result.get("micros")) / 1000);
            }
            parts.add(facility + " " + Stats.fmt(Stats.median(times)) + " ms");
        }
        report.detail("  first use in a fresh JVM (each alone, median of " + reps + "): " + String.join(", ", parts));
    }
}
