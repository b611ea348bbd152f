package dev.driverkit.processor.generation;

import com.palantir.javapoet.JavaFile;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineContract;
import java.io.IOException;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;

/**
 * Writes the one Java source generated for a driver, {@code <Driver>_SpecCodec}, with the driver as its
 * only originating element: the spec codec ({@link SpecCodecWriter}), its {@code schema()} (the spec's
 * JSON Schema, {@link SchemaWriter}) and, nested in it, the engine adapter
 * {@code <Driver>_SpecCodec.Adapter} ({@link EngineAdapterWriter}).
 *
 * <p>One source per driver, beside its registry entry, and nothing else: javac's cost grows with the
 * number of generated files (its Filer checks each new file against every input and every file created
 * before, and each source is parsed and entered anew in a later round), while the size of a source
 * matters little. The classes still load separately: a registry lookup loads the codec, an engine the
 * adapter.
 */
public final class DriverSourceWriter {
    private final Filer filer;
    private final Elements elements;
    private final SpecCodecWriter codecs;
    private final EngineAdapterWriter adapters;
    private final Supplier<EngineContract> contract;
    private final SchemaWriter schemas;

    public DriverSourceWriter(ProcessingEnvironment environment, Supplier<EngineContract> contract) {
        this.contract = contract;
        this.adapters = new EngineAdapterWriter(contract, environment.getElementUtils(), environment.getTypeUtils());
        this.filer = environment.getFiler();
        this.elements = environment.getElementUtils();
        this.codecs = new SpecCodecWriter(elements, environment.getTypeUtils());
        this.schemas = new SchemaWriter(environment);
    }

    public JavaFile file(DriverModel driver) throws IOException {
        return GeneratedTypes.file(driver.type(), codecs.type(driver)
                .addMethod(schemas.method(driver))
                .addType(adapters.type(driver)), elements, DeprecatedUses.of(driver, elements, contract.get()));
    }

    public void write(DriverModel driver) throws IOException {
        file(driver).writeTo(filer);
    }
}
