package dev.driverkit.bench.child;

import java.util.function.Function;

/**
 * Evidence for measures 3 and 5: what some JDK facilities cost on their first use in a fresh JVM, one
 * facility per JVM. driverkit's runtime uses them on its first call; the hand-written baseline does not.
 */
public final class JdkCostsMain {
    private JdkCostsMain() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        Object result = switch (args[0]) {
            // the runtime asks for its System.Logger only when it has something to log
            case "System.getLogger" -> System.getLogger("dev.driverkit.registry");
            // what lambdas and method references cost on first use (the runtime's first-call paths have none now)
            case "first method reference" -> ((Function<String, Integer>) String::length).apply("x");
            // javac compiles a + b + c to invokedynamic (StringConcatFactory) since JDK 9: the first one spins
            // method-handle classes; driverkit's runtime is compiled with -XDstringConcat=inline to avoid it
            case "first string concatenation" -> args.length + "/" + System.nanoTime() + "." + args[0];
            // streams: the runtime's first-call paths use loops instead
            case "first stream pipeline" -> "key_field".chars().allMatch(Character::isLetterOrDigit);
            // every variant parses the spec's date-times and duration: the spec's own cost
            case "first java.time parse" -> java.time.LocalDateTime.parse("2024-03-01T12:30:45").toString()
                    + java.time.Duration.parse("PT15M");
            // every variant creates a JsonFactory and parses with it
            case "first Jackson parse" -> {
                try (var parser = new com.fasterxml.jackson.core.JsonFactory().createParser("{\"a\":[1,\"x\"]}")) {
                    int tokens = 0;
                    while (parser.nextToken() != null) {
                        tokens++;
                    }
                    yield tokens;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        };
        System.out.println("micros=" + (System.nanoTime() - start) / 1_000);
        System.out.println("result=" + result);
    }
}
