package dev.driverkit.processor.model;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The engine contract, read from the runtime on the compile class path: every {@code @Role} interface
 * of {@code dev.driverkit.engine}. It is the single definition of what each engine requires; adding a
 * method to a role there makes every driver the role applies to need it, with no edit here.
 */
public final class EngineContract {
    public static final String ROLE_PACKAGE = "dev.driverkit.engine";
    static final String ROLE_ANNOTATION = ROLE_PACKAGE + ".Role";
    private static final String DRIVER_ADAPTER = ROLE_PACKAGE + ".DriverAdapter";

    private final List<EngineRole> roles;
    private final Set<String> methodNames = new LinkedHashSet<>();

    private EngineContract(List<EngineRole> roles) {
        this.roles = List.copyOf(roles);
        roles.forEach(role -> role.methods().forEach(method -> methodNames.add(method.name())));
    }

    /** Reads the roles; throws IllegalStateException when the class path has no driverkit-runtime roles. */
    public static EngineContract read(Elements elements) {
        PackageElement engine = elements.getPackageElement(ROLE_PACKAGE);
        List<EngineRole> roles = new ArrayList<>();
        if (engine != null) {
            for (TypeElement type : ElementFilter.typesIn(engine.getEnclosedElements())) {
                if (type.getKind() == ElementKind.INTERFACE) {
                    DriverModelReader.annotation(type, ROLE_ANNOTATION)
                            .ifPresent(role -> roles.add(role(type, role, elements)));
                }
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalStateException("no engine roles (@Role interfaces of " + ROLE_PACKAGE + ") on the compile"
                    + " class path: is driverkit-runtime a dependency, of the same version as driverkit-processor?");
        }
        // Class-path listing order differs between compilers: a fixed order keeps messages stable.
        roles.sort(Comparator.comparing((EngineRole role) -> role.engine() == null ? -1 : role.engine().ordinal())
                .thenComparing(role -> role.type().getQualifiedName().toString()));
        return new EngineContract(roles);
    }

    private static EngineRole role(TypeElement type, AnnotationMirror role, Elements elements) {
        Map<String, AnnotationValue> values = new LinkedHashMap<>();
        elements.getElementValuesWithDefaults(role)
                .forEach((attribute, value) -> values.put(attribute.getSimpleName().toString(), value));
        Direction direction = Direction.valueOf(constant(values.get("direction")));
        List<Engine> engines = constants(values.get("engine"), Engine.class);
        List<ContractMethod> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            TypeElement declaring = (TypeElement) method.getEnclosingElement();
            if (declaring.getKind() == ElementKind.INTERFACE && !method.getModifiers().contains(Modifier.STATIC)
                    && !declaring.getQualifiedName().contentEquals(DRIVER_ADAPTER)) {
                methods.add(ContractMethod.of(method));
            }
        }
        methods.sort(Comparator.comparing(ContractMethod::name));
        return new EngineRole(type, direction, engines.isEmpty() ? null : engines.get(0),
                EnumSet.copyOf(withNone(constants(values.get("when"), DriverFlag.class), DriverFlag.class)),
                EnumSet.copyOf(withNone(constants(values.get("unless"), DriverFlag.class), DriverFlag.class)),
                EnumSet.copyOf(withNone(constants(values.get("uses"), Engine.class), Engine.class)), methods);
    }

    private static <E extends Enum<E>> java.util.Collection<E> withNone(List<E> list, Class<E> type) {
        return list.isEmpty() ? EnumSet.noneOf(type) : list;
    }

    private static String constant(AnnotationValue value) {
        return ((VariableElement) value.getValue()).getSimpleName().toString();
    }

    private static <E extends Enum<E>> List<E> constants(AnnotationValue value, Class<E> type) {
        List<E> constants = new ArrayList<>();
        if (value != null && value.getValue() instanceof List<?> list) {
            for (Object item : list) {
                constants.add(Enum.valueOf(type, constant((AnnotationValue) item)));
            }
        }
        return constants;
    }

    public List<EngineRole> roles() {
        return roles;
    }

    /** The roles that apply to the driver, in the contract's order. */
    public List<EngineRole> rolesOf(DriverModel driver) {
        return roles.stream().filter(role -> role.appliesTo(driver)).toList();
    }

    /**
     * Every method the driver's roles make it declare, each name once (the first role that needs it
     * gives the reason), required ones and optional ones.
     */
    public List<Requirement> required(DriverModel driver) {
        Map<String, Requirement> byName = new LinkedHashMap<>();
        for (EngineRole role : rolesOf(driver)) {
            for (ContractMethod method : role.methods()) {
                byName.putIfAbsent(method.name(), new Requirement(method, role));
            }
        }
        return List.copyOf(byName.values());
    }

    /** The name of every method of every role: what an engine may call on some driver. */
    public Set<String> methodNames() {
        return methodNames;
    }

    /**
     * The names of the methods only the given engine calls on drivers of this direction: a driver that
     * declares one of them without the engine has probably forgotten the engine.
     */
    public Set<String> namesOnlyFor(Direction direction, Engine engine) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (EngineRole role : roles) {
            if (role.direction() == direction && role.engine() != null) {
                (role.engine() == engine ? names : others).addAll(role.methods().stream().map(ContractMethod::name).toList());
            }
        }
        names.removeAll(others);
        return names;
    }

    /** The roles of a direction that have a method of that name, the ones the driver's engines allow. */
    public List<EngineRole> rolesWith(String methodName, DriverModel driver) {
        return roles.stream()
                .filter(role -> role.direction() == driver.direction()
                        && (role.engine() == null || driver.engines().contains(role.engine()))
                        && role.methods().stream().anyMatch(method -> method.name().equals(methodName)))
                .toList();
    }

    /** The contract of a compilation, read from its class path when first asked for. */
    public static final class OfClassPath implements java.util.function.Supplier<EngineContract> {
        private final Elements elements;
        private EngineContract contract;

        public OfClassPath(Elements elements) {
            this.elements = elements;
        }

        /**
         * Reads the roles again when next asked: elements of one round are not comparable with the next
         * round's on every compiler (ECJ makes new ones), and a later round's drivers are checked against them.
         */
        public void forget() {
            contract = null;
        }

        @Override
        public EngineContract get() {
            if (contract == null) {
                contract = read(elements);
            }
            return contract;
        }
    }

    /** A method a driver's role makes it declare, and the role. */
    public record Requirement(ContractMethod method, EngineRole role) {
        public boolean optional() {
            return method.optional();
        }
    }
}
