package dev.driverkit.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** What every generated class shares: the {@code @Generated} mark, one-line overrides, the file layout. */
final class GeneratedTypes {
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final String GENERATOR = "dev.driverkit.processor.DriverProcessor";

    private GeneratedTypes() {}

    /** {@code @Override public <returns> <name>() { <body>; }} */
    static MethodSpec override(String name, TypeName returns, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addStatement(body)
                .build();
    }

    /** The file of a class generated for {@code driver}, in the driver's package, marked {@code @Generated}. */
    static JavaFile file(TypeElement driver, TypeSpec.Builder type, Elements elements) {
        if (elements.getTypeElement(GENERATED.canonicalName()) != null) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
        }
        return JavaFile.builder(GeneratedNames.packageName(driver, elements), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
