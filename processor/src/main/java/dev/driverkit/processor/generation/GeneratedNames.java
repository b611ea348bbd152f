package dev.driverkit.processor.generation;

import dev.driverkit.registry.RegistryFormat;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** The names of what is generated for a driver, derived from the runtime's {@link RegistryFormat}. */
public final class GeneratedNames {
    private GeneratedNames() {}

    public static String binaryName(TypeElement driver, Elements elements) {
        return elements.getBinaryName(driver).toString();
    }

    public static String packageName(TypeElement driver, Elements elements) {
        return elements.getPackageOf(driver).getQualifiedName().toString();
    }

    /** The codec's simple name: {@code CsvSource_SpecCodec}, or {@code Outer_Csv_SpecCodec} for a nested driver. */
    public static String codecSimpleName(TypeElement driver, Elements elements) {
        return simpleName(RegistryFormat.codecClassName(binaryName(driver, elements)), driver, elements);
    }

    private static String simpleName(String generatedBinaryName, TypeElement driver, Elements elements) {
        String packageName = packageName(driver, elements);
        return packageName.isEmpty() ? generatedBinaryName : generatedBinaryName.substring(packageName.length() + 1);
    }
}
