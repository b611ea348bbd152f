package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.registry.RegistryFormat;
import dev.driverkit.spec.SpecCodec;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * No other class has the name of the driver's generated class, {@code <Driver>_SpecCodec} (DK037); its
 * engine adapter is nested in it. The driver's own codec from an earlier build, on the class path in
 * incremental builds, is not a clash.
 */
public final class CodecNameRule implements DriverRule {
    private static final String SPEC_CODEC = SpecCodec.class.getCanonicalName();

    /** The longest file name common file systems allow (ext4, APFS and NTFS: 255 bytes or UTF-16 units). */
    static final int MAX_FILE_NAME = 255;

    @Override
    public void check(DriverModel driver, RuleContext context) {
        String codec = codecName(driver.type(), context.elements());
        if (reportTooLong(driver, context)) {
            return;
        }
        // Looked up in the driver's module, where the codec goes. (In a clean build it does not exist yet: a
        // getTypeElement(name) without module would search every platform module, as javac's Filer does
        // anyway when the codec is created.)
        ModuleElement module = context.elements().getModuleOf(driver.type());
        TypeElement existing = module == null ? context.elements().getTypeElement(codec)
                : context.elements().getTypeElement(module, codec);
        if (existing == null) {
            return;
        }
        Optional<TypeElement> codecOf = codecOf(existing);
        if (codecOf.isEmpty() || !codecOf.get().equals(driver.type())) { // else: its own, from an earlier build
            report(driver, context, codec, codecOf
                    .map(other -> "that is already the spec codec of driver " + other.getQualifiedName())
                    .orElse("a class of that name already exists"), codecOf
                    .map(other -> other.getQualifiedName().toString()).orElse(codec));
        }
    }

    /**
     * DK038 when the longest generated class file's name, {@code <Driver>_SpecCodec$Engines.class}, is longer
     * than a file name may be: writing it would fail. (javac writes the driver's own, shorter class file.)
     */
    private static boolean reportTooLong(DriverModel driver, RuleContext context) {
        String binaryName = context.elements().getBinaryName(driver.type()).toString();
        String adapter = RegistryFormat.adapterClassName(binaryName);
        String fileName = adapter.substring(adapter.lastIndexOf('.') + 1) + ".class";
        int length = Math.max(fileName.length(), fileName.getBytes(StandardCharsets.UTF_8).length);
        if (length <= MAX_FILE_NAME) {
            return false;
        }
        boolean nested = driver.type().getNestingKind().isNested();
        context.report(Diagnostic.CODEC_NAME_TOO_LONG, driver.type(), driver.type().getQualifiedName(), fileName, length,
                MAX_FILE_NAME, driver.simpleName(), nested ? " or of the classes it is nested in" : "");
        return true;
    }

    /** Whether a class with the driver's codec name exists and is this driver's codec (an earlier build's). */
    public static boolean ownCodecExists(DriverModel driver, RuleContext context) {
        TypeElement existing = context.elements().getTypeElement(codecName(driver.type(), context.elements()));
        return existing != null && codecOf(existing).filter(driver.type()::equals).isPresent();
    }

    /** The qualified name of the driver's codec: {@code com.acme.Outer_Csv_SpecCodec} for {@code Outer.Csv}. */
    public static String codecName(TypeElement driver, Elements elements) {
        return RegistryFormat.codecClassName(elements.getBinaryName(driver).toString());
    }

    /** Reports DK037 on the driver for its spec codec's name. */
    public static void report(DriverModel driver, RuleContext context, String because, String rename) {
        report(driver, context, codecName(driver.type(), context.elements()), because, rename);
    }

    /**
     * Reports DK037 on the driver.
     *
     * @param because completes "..., but": who has the name
     * @param rename the other class to rename, as an alternative to renaming the driver
     */
    private static void report(DriverModel driver, RuleContext context, String name, String because, String rename) {
        context.report(Diagnostic.CODEC_NAME_TAKEN, driver.type(), driver.type().getQualifiedName(), name,
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
