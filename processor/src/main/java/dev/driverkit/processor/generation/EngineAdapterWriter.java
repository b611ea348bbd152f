package dev.driverkit.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.driverkit.Engine;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineMethods;
import dev.driverkit.processor.model.EngineMethods.Requirement;
import dev.driverkit.processor.model.MethodShape;
import dev.driverkit.processor.model.TypeRef;
import dev.driverkit.registry.RegistryFormat;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Builds {@code <Driver>_SpecCodec.Adapter}: the driver's engine adapter, nested in its spec codec (see
 * {@link DriverSourceWriter}). It implements the engine-role interfaces of the driver's declared engines
 * ({@code StoreySource}, {@code SparkTarget}, ...) by calling the driver's methods, so engines use any
 * driver without reflection. It mentions only the engine types the driver declares, so it compiles
 * without the other engines' libraries.
 */
public final class EngineAdapterWriter {
    private static final String ENGINE_PACKAGE = "dev.driverkit.engine";
    private static final ClassName DRIVER_ADAPTER = ClassName.get(ENGINE_PACKAGE, "DriverAdapter");
    private static final ClassName ENGINE = ClassName.get(Engine.class);

    /** The adapter class, to nest in the driver's spec codec. */
    public TypeSpec type(DriverModel driver) {
        ClassName driverClass = ClassName.get(driver.type());
        List<Requirement> delegated = EngineMethods.required(driver).stream().filter(r -> r.role() != null).toList();
        Set<String> roles = delegated.stream().map(Requirement::role).collect(Collectors.toCollection(LinkedHashSet::new));
        TypeName engineSet = ParameterizedTypeName.get(ClassName.get(Set.class), ENGINE);
        TypeSpec.Builder adapter = TypeSpec.classBuilder(RegistryFormat.ADAPTER_NAME)
                .addJavadoc("The engine adapter of {@link $T}: engines call its methods through the roles below.\n",
                        driverClass)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(engineSet, "ENGINES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.unmodifiableSet($T.of($L))", Collections.class, EnumSet.class,
                                CodeBlock.join(driver.engines().stream()
                                        .map(engine -> CodeBlock.of("$T.$L", ENGINE, engine.name())).toList(), ", "))
                        .build())
                .addField(driverClass, "driver", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(driverClass, "driver")
                        .addStatement("this.driver = driver")
                        .build())
                .addMethod(GeneratedTypes.override("kind", ClassName.get(String.class),
                        CodeBlock.of("return $S", driver.kind())))
                .addMethod(GeneratedTypes.override("engines", engineSet, CodeBlock.of("return ENGINES")));
        if (roles.isEmpty()) {
            adapter.addSuperinterface(DRIVER_ADAPTER);
        }
        roles.forEach(role -> adapter.addSuperinterface(ClassName.get(ENGINE_PACKAGE, role)));
        Set<String> written = new LinkedHashSet<>();
        for (Requirement requirement : delegated) {
            if (written.add(requirement.method().name())) {
                adapter.addMethod(delegate(requirement.method()));
            }
        }
        return adapter.build();
    }

    private static MethodSpec delegate(MethodShape shape) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(shape.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(typeName(shape.returns()));
        for (MethodShape.Parameter parameter : shape.parameters()) {
            method.addParameter(typeName(parameter.type()), parameter.name());
        }
        String arguments = shape.parameters().stream().map(MethodShape.Parameter::name).collect(Collectors.joining(", "));
        if (shape.returns().simpleName().equals("void")) {
            method.addStatement("driver.$N($L)", shape.name(), arguments);
        } else {
            method.addStatement("return driver.$N($L)", shape.name(), arguments);
        }
        return method.build();
    }

    private static TypeName typeName(TypeRef type) {
        if (type.isPrimitiveOrVoid()) {
            return switch (type.simpleName()) {
                case "void" -> TypeName.VOID;
                case "boolean" -> TypeName.BOOLEAN;
                default -> throw new IllegalArgumentException("no engine method uses " + type.simpleName());
            };
        }
        String[] names = type.simpleName().split("\\.");
        ClassName raw = ClassName.get(type.packageName(), names[0],
                java.util.Arrays.copyOfRange(names, 1, names.length));
        if (type.arguments().isEmpty()) {
            return raw;
        }
        return ParameterizedTypeName.get(raw, type.arguments().stream().map(EngineAdapterWriter::typeName)
                .toArray(TypeName[]::new));
    }
}
