package dev.driverkit.bench.child;

import java.util.function.Function;

/**
 * A diagnostic for measures 3 and 5: initialises, before the clock starts, the JDK facilities whose first
 * use driverkit's runtime pays on its first call and the hand-written code does not (the System.Logger
 * finder, the lambda/method-reference bootstrap, invokedynamic string concatenation, streams). The difference it makes shows how much of a
 * cold call is those first uses; each further lambda still costs its own hidden class.
 */
final class JdkWarmUp {
    private JdkWarmUp() {}

    static void run() {
        System.getLogger("bench.warm-up");
        Function<String, Integer> length = String::length;
        String concatenated = "x" + System.nanoTime() + "/" + length.apply("x"); // the first indy string concatenation
        if (concatenated.isEmpty() || !"ab".chars().allMatch(Character::isLetter)) {
            throw new IllegalStateException();
        }
    }
}
