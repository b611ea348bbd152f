package dev.driverkit.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.driverkit.testdrivers.CsvTestSource;
import dev.driverkit.testdrivers.CsvTestSource_SpecCodec;
import dev.driverkit.testdrivers.NoCodecSource;
import dev.driverkit.testdrivers.Outer;
import dev.driverkit.testdrivers.Outer_Inner_SpecCodec;
import org.junit.jupiter.api.Test;

class SpecCodecsTest {
    @Test
    void findsTheCodecOfADriverByTheNamingRule() {
        CsvTestSource csv = new CsvTestSource();
        SpecCodec<CsvTestSource> codec = SpecCodecs.forDriver(csv);
        assertInstanceOf(CsvTestSource_SpecCodec.class, codec);
        assertSame(codec, SpecCodecs.forDriver(new CsvTestSource()), "one codec per driver class");
        assertEquals("csv", csv.kind());
    }

    @Test
    void nestedDriverClass() {
        assertInstanceOf(Outer_Inner_SpecCodec.class, SpecCodecs.forDriver(new Outer.Inner()));
        assertEquals("inner", new Outer.Inner().kind());
    }

    @Test
    void driverWithoutCodec() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SpecCodecs.forDriver(new NoCodecSource()));
        assertEquals("No generated spec codec dev.driverkit.testdrivers.NoCodecSource_SpecCodec for"
                + " dev.driverkit.testdrivers.NoCodecSource: the class is not a driver, or driverkit-processor did not"
                + " run when it was compiled (put driverkit-processor on annotationProcessorPaths).", e.getMessage());
        assertInstanceOf(ClassNotFoundException.class, e.getCause());
    }

    @Test
    void loadByName() {
        assertInstanceOf(CsvTestSource_SpecCodec.class, SpecCodecs.load(
                "dev.driverkit.testdrivers.CsvTestSource_SpecCodec", getClass().getClassLoader(), "x"));
        IllegalStateException notACodec = assertThrows(IllegalStateException.class,
                () -> SpecCodecs.load("java.lang.String", getClass().getClassLoader(), "x"));
        assertInstanceOf(ClassCastException.class, notACodec.getCause());
        IllegalStateException noConstructor = assertThrows(IllegalStateException.class,
                () -> SpecCodecs.load("java.lang.Integer", getClass().getClassLoader(), "x"));
        assertInstanceOf(NoSuchMethodException.class, noConstructor.getCause());
    }
}
