package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.registry.RegistryFormat;
import dev.driverkit.spec.SpecCodec;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * No other class has the name of one of the driver's generated classes, {@code <Driver>_SpecCodec} and
 * {@code <Driver>_Engines} (DK037). The driver's own classes from an earlier build, on the class path in
 * incremental builds, are not a clash.
 */
public final class CodecNameRule implements DriverRule {
    private static final String SPEC_CODEC = SpecCodec.class.getCanonicalName();
    static final String CODEC = "spec codec";
    static final String ADAPTER = "engine adapter";

    @Override
    public void check(DriverModel driver, RuleContext context) {
        String codec = codecName(driver.type(), context.elements());
        TypeElement existingCodec = context.elements().getTypeElement(codec);
        if (existingCodec != null) {
            Optional<TypeElement> codecOf = codecOf(existingCodec);
            if (codecOf.isEmpty() || !codecOf.get().equals(driver.type())) { // else: its own, from an earlier build
                report(driver, context, CODEC, codec, codecOf
                        .map(other -> "that is already the spec codec of driver " + other.getQualifiedName())
                        .orElse("a class of that name already exists"), codecOf
                        .map(other -> other.getQualifiedName().toString()).orElse(codec));
                return;
            }
        }
        String adapter = adapterName(driver.type(), context.elements());
        TypeElement existingAdapter = context.elements().getTypeElement(adapter);
        if (existingAdapter != null && !isAdapterOf(existingAdapter, driver.type(), context)) {
            report(driver, context, ADAPTER, adapter, "a class of that name already exists", adapter);
        }
    }

    /** The qualified name of the driver's engine adapter: {@code com.acme.Outer_Csv_Engines}. */
    public static String adapterName(TypeElement driver, Elements elements) {
        return RegistryFormat.adapterClassName(elements.getBinaryName(driver).toString());
    }

    /** Whether {@code type} is the engine adapter generated for {@code driver}: a public constructor taking it. */
    private static boolean isAdapterOf(TypeElement type, TypeElement driver, RuleContext context) {
        for (javax.lang.model.element.ExecutableElement constructor
                : javax.lang.model.util.ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().size() == 1 && context.types().isSameType(
                    constructor.getParameters().get(0).asType(), context.types().erasure(driver.asType()))) {
                return true;
            }
        }
        return false;
    }

    /** The qualified name of the driver's codec: {@code com.acme.Outer_Csv_SpecCodec} for {@code Outer.Csv}. */
    public static String codecName(TypeElement driver, Elements elements) {
        return RegistryFormat.codecClassName(elements.getBinaryName(driver).toString());
    }

    /** Reports DK037 on the driver for its spec codec's name. */
    public static void report(DriverModel driver, RuleContext context, String because, String rename) {
        report(driver, context, CODEC, codecName(driver.type(), context.elements()), because, rename);
    }

    /**
     * Reports DK037 on the driver.
     *
     * @param what "spec codec" or "engine adapter"
     * @param because completes "..., but": who has the name
     * @param rename the other class to rename, as an alternative to renaming the driver
     */
    public static void report(DriverModel driver, RuleContext context, String what, String name, String because,
            String rename) {
        context.report(Diagnostic.CODEC_NAME_TAKEN, driver.type(), 4, driver.type().getQualifiedName(), name, what,
                because, rename, driver.type().getQualifiedName());
    }

    /** The driver a class is the spec codec of: the {@code D} of its {@code SpecCodec<D>}. */
    private static Optional<TypeElement> codecOf(TypeElement type) {
        for (TypeMirror implemented : type.getInterfaces()) {
            if (implemented.getKind() != TypeKind.DECLARED) {
                continue;
            }
            DeclaredType declared = (DeclaredType) implemented;
            if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(SPEC_CODEC)
                    && declared.getTypeArguments().size() == 1
                    && declared.getTypeArguments().get(0).getKind() == TypeKind.DECLARED) {
                return Optional.of((TypeElement) ((DeclaredType) declared.getTypeArguments().get(0)).asElement());
            }
        }
        return Optional.empty();
    }
}
