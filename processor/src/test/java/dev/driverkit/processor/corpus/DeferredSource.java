package dev.driverkit.processor.corpus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link DeferredSourceGenerator}, a stand-in for another annotation processor, to generate a class
 * in a later round: corpus cases use it for drivers that depend on generated classes.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface DeferredSource {
    /** The qualified name of the class to generate. */
    String name();

    /** Its source, package declaration included. */
    String code();

    /** The processing round that generates it: 1 is the first; later rounds are reached through filler classes. */
    int round() default 2;
}
