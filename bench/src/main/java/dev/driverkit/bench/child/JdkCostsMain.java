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
            // RegistryEntries and JsonValues each hold a System.Logger in a static field
            case "System.getLogger" -> System.getLogger("dev.driverkit.registry");
            // SourceSpecs' table of common fields is built from method references, as the codecs' list readers are
            case "first method reference" -> ((Function<String, Integer>) String::length).apply("x");
            // javac compiles a + b + c to invokedynamic (StringConcatFactory) since JDK 9: the first one spins
            // method-handle classes; RegistryFormat.entryPath and SpecPaths.child concatenate on every lookup/key
            case "first string concatenation" -> args.length + "/" + System.nanoTime() + "." + args[0];
            // SpecPaths.child checks each key with key.chars().allMatch(...)
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
