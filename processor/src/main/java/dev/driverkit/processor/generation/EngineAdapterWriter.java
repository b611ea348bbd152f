package dev.driverkit.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.driverkit.Engine;
import dev.driverkit.processor.model.ContractMethod;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineContract;
import dev.driverkit.processor.model.EngineContract.Requirement;
import dev.driverkit.processor.model.EngineRole;
import dev.driverkit.registry.RegistryFormat;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds {@code <Driver>_SpecCodec.Adapter}: the driver's engine adapter, nested in its spec codec (see
 * {@link DriverSourceWriter}). It implements the engine roles that apply to the driver (read from the
 * runtime's {@code @Role} interfaces) by calling the driver's methods, so engines use any driver
 * without reflection: each required method, and each optional one the driver declares (otherwise the
 * role's default runs). It mentions only the types of the roles that apply, so it compiles without the
 * other engines' libraries.
 */
public final class EngineAdapterWriter {
    private static final ClassName DRIVER_ADAPTER = ClassName.get(EngineContract.ROLE_PACKAGE, "DriverAdapter");
    private static final ClassName ENGINE = ClassName.get(Engine.class);

    private final Supplier<EngineContract> contract;
    private final Elements elements;
    private final Types types;

    public EngineAdapterWriter(Supplier<EngineContract> contract, Elements elements, Types types) {
        this.contract = contract;
        this.elements = elements;
        this.types = types;
    }

    /** The adapter class, to nest in the driver's spec codec. */
    public TypeSpec type(DriverModel driver) {
        ClassName driverClass = ClassName.get(driver.type());
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
        List<EngineRole> roles = mostSpecific(contract.get().rolesOf(driver));
        if (roles.isEmpty()) {
            adapter.addSuperinterface(DRIVER_ADAPTER);
        }
        roles.forEach(role -> adapter.addSuperinterface(ClassName.get(role.type())));
        Set<String> declared = new HashSet<>();
        ElementFilter.methodsIn(elements.getAllMembers(driver.type()))
                .forEach(method -> declared.add(method.getSimpleName().toString()));
        for (Requirement requirement : contract.get().required(driver)) {
            if (!requirement.optional() || declared.contains(requirement.method().name())) {
                adapter.addMethod(delegate(requirement.method()));
            }
        }
        return adapter.build();
    }

    /** The roles without those another one extends ({@code SparkSource} when {@code SparkOfflineSource} is there). */
    private List<EngineRole> mostSpecific(List<EngineRole> roles) {
        return roles.stream()
                .filter(role -> roles.stream().noneMatch(other -> other != role
                        && types.isSubtype(other.type().asType(), role.type().asType())))
                .toList();
    }

    private static MethodSpec delegate(ContractMethod method) {
        ExecutableElement element = method.element();
        String arguments = String.join(", ", method.parameterNames());
        MethodSpec.Builder delegate = MethodSpec.overriding(element);
        if (element.getReturnType().getKind() == TypeKind.VOID) {
            delegate.addStatement("driver.$N($L)", method.name(), arguments);
        } else {
            delegate.addStatement("return driver.$N($L)", method.name(), arguments);
        }
        return delegate.build();
    }
}
