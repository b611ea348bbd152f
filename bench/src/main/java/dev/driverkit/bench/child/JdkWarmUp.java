package dev.driverkit.bench.child;

import java.util.function.Function;

/**
 * A diagnostic for measures 3 and 5: initialises, before the clock starts, JDK facilities whose first use
 * in a JVM is expensive (the System.Logger finder, which also opens the JDK's image and jar readers, the
 * lambda/method-reference bootstrap, invokedynamic string concatenation, streams). The difference it
 * makes shows how much of a cold call is first-use cost of the JVM rather than the call's own work.
 */
final class JdkWarmUp {
    private static final String SUFFIX = "+jdkwarm";

    private JdkWarmUp() {}

    /** For a variant named {@code x+jdkwarm}: warms the JDK up and returns {@code x}; else the variant as is. */
    static String runIfAsked(String variant) {
        if (!variant.endsWith(SUFFIX)) {
            return variant;
        }
        run();
        return variant.substring(0, variant.length() - SUFFIX.length());
    }

    private static void run() {
        System.getLogger("bench.warm-up");
        Function<String, Integer> length = String::length;
        String concatenated = "x" + System.nanoTime() + "/" + length.apply("x"); // the first indy string concatenation
        if (concatenated.isEmpty() || !"ab".chars().allMatch(Character::isLetter)) {
            throw new IllegalStateException();
        }
    }
}
