package dev.driverkit.processor;

import com.google.auto.service.AutoService;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.generation.DriverSourceWriter;
import dev.driverkit.processor.generation.RegistryEntryWriter;
import dev.driverkit.processor.generation.SchemaWriter;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.DriverModelReader;
import dev.driverkit.processor.model.EngineContract;
import dev.driverkit.processor.model.Names;
import dev.driverkit.processor.model.SourceFiles;
import dev.driverkit.processor.model.UnresolvedTypeException;
import dev.driverkit.processor.validation.AnnotationValues;
import dev.driverkit.processor.validation.BaseClassRule;
import dev.driverkit.processor.validation.ClasspathKindRule;
import dev.driverkit.processor.validation.CodecNameRule;
import dev.driverkit.processor.validation.DriverRule;
import dev.driverkit.processor.validation.DuplicateCodecNames;
import dev.driverkit.processor.validation.DuplicateKinds;
import dev.driverkit.processor.validation.EngineLibraryRule;
import dev.driverkit.processor.validation.RuleContext;
import dev.driverkit.processor.validation.Rules;
import dev.driverkit.registry.Direction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Checks every {@code @SourceDriver} and {@code @TargetDriver} class and, for each driver without
 * errors, generates its registry entry and its spec codec (which serves its JSON Schema and holds its
 * engine adapter).
 *
 * <p>Each round reads a model per driver, runs every rule (so one compile shows all of a driver's
 * mistakes), checks kinds across the compilation, then generates. A driver whose types are not
 * resolved yet is retried in the next round. Nothing a user writes can make it throw: an unexpected
 * failure is reported as DK099 on the driver instead of javac's "processor threw an exception".
 */
@AutoService(Processor.class)
public final class DriverProcessor extends AbstractProcessor {
    private Reporter reporter;
    private RuleContext context;
    private EngineContract.OfClassPath contract;
    private DriverModelReader reader;
    private List<DriverRule> rules;
    private RegistryEntryWriter entries;
    private DriverSourceWriter sources;
    private DuplicateKinds kinds;
    private SourceFiles files;
    private final DuplicateCodecNames codecNames = new DuplicateCodecNames();
    /** A class the processor needs but the processor path lacks; reported once (DK098), then null. */
    private String missingFromProcessorPath;
    /** Drivers whose types were not resolved yet, by name (elements do not survive rounds). */
    private final Map<String, String> deferred = new LinkedHashMap<>();

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        reporter = new Reporter(environment.getMessager());
        contract = new EngineContract.OfClassPath(environment.getElementUtils());
        context = new RuleContext(environment.getElementUtils(), environment.getTypeUtils(), reporter, contract);
        reader = new DriverModelReader(environment.getElementUtils(), environment.getTypeUtils(), contract);
        try {
            // The rules and writers use driverkit-runtime's spec tables, which need jackson-core.
            files = new SourceFiles(environment);
            rules = Rules.all(environment.getFiler(), files);
            new SchemaWriter(environment).probe();
        } catch (NoClassDefFoundError missing) {
            missingFromProcessorPath = missing.getMessage() == null ? "a dependency"
                    : missing.getMessage().replace('/', '.');
            rules = null;
            return;
        }
        kinds = new DuplicateKinds(files,
                (direction, kind) -> ClasspathKindRule.isRegistered(environment.getFiler(), direction, kind));
        entries = new RegistryEntryWriter(environment.getFiler(), environment.getElementUtils());
        sources = new DriverSourceWriter(environment, contract);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // Generated too: the codecs this processor writes carry it, and without a processor claiming it
        // javac's -Xlint:processing warns in the round that compiles them (breaking -Werror builds).
        return Set.of(Names.SOURCE_DRIVER, Names.TARGET_DRIVER, Names.SPEC, "javax.annotation.processing.Generated");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (contract != null) {
            contract.forget();
        }
        if (missingFromProcessorPath != null) {
            if (!annotations.isEmpty()) {
                reporter.reportGlobal(Diagnostic.PROCESSOR_PATH_INCOMPLETE, missingFromProcessorPath);
                missingFromProcessorPath = null;
            }
            return false;
        }
        if (rules == null) {
            return false; // the processor path is incomplete: DK098 was reported
        }
        files.recordRound(round);
        Set<Element> candidates = new LinkedHashSet<>();
        for (String name : new ArrayList<>(deferred.keySet())) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                candidates.add(type);
            }
        }
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            if (name.equals(Names.SOURCE_DRIVER) || name.equals(Names.TARGET_DRIVER)) {
                candidates.addAll(round.getElementsAnnotatedWith(annotation));
            }
        }
        // Every driver that could be read takes part in the checks across drivers, errors or not, so one
        // compile shows a duplicate kind beside missing methods; only the valid ones are generated.
        List<DriverModel> read = new ArrayList<>();
        Set<DriverModel> valid = new HashSet<>();
        for (Element element : candidates) {
            readAndCheck(element).ifPresent(checked -> {
                read.add(checked.driver());
                if (checked.valid()) {
                    valid.add(checked.driver());
                }
            });
        }
        Set<DriverModel> clashing = new HashSet<>();
        try {
            clashing.addAll(kinds.claim(read, context));
            clashing.addAll(codecNames.claim(read, context));
        } catch (RuntimeException | LinkageError e) {
            read.forEach(driver -> internalError(driver.type(), e));
            return true;
        }
        for (DriverModel driver : read) {
            // An annotation value the compiler could not resolve gets no DK code (the compiler reports it) and no files.
            if (valid.contains(driver) && !clashing.contains(driver) && AnnotationValues.complete(driver)) {
                generate(driver);
            }
        }
        if (round.processingOver()) {
            reportStillUnresolved();
        }
        return true; // driverkit's annotations are driverkit's alone
    }

    /** A driver as read, and whether its rules found no error. */
    private record Checked(DriverModel driver, boolean valid) {}

    /** The driver's model, unless it cannot be read (yet); reports everything wrong with it. */
    private Optional<Checked> readAndCheck(Element element) {
        try {
            Optional<Direction> direction = direction(element);
            if (direction.isEmpty()) {
                return Optional.empty();
            }
            TypeElement type = (TypeElement) element;
            AnnotationMirror annotation =
                    DriverModelReader.annotation(type, Names.annotation(direction.get())).orElseThrow();
            DriverModel driver;
            try {
                driver = reader.read(type, direction.get(), annotation);
            } catch (UnresolvedTypeException e) {
                deferred.put(type.getQualifiedName().toString(), e.typeName());
                return Optional.empty();
            }
            deferred.remove(type.getQualifiedName().toString());
            int errorsBefore = reporter.errorCount();
            boolean otherDirection = BaseClassRule.extendsOtherDirection(driver, context);
            for (DriverRule rule : rules) {
                if (!(otherDirection && Rules.checksEngineMethods(rule))) {
                    rule.check(driver, context);
                }
            }
            return Optional.of(new Checked(driver, reporter.errorCount() == errorsBefore));
        } catch (RuntimeException | LinkageError e) {
            internalError(element, e);
            return Optional.empty();
        }
    }

    /** The driver's direction; reports annotations on things that cannot be drivers. */
    private Optional<Direction> direction(Element element) {
        boolean source = DriverModelReader.annotation(element, Names.SOURCE_DRIVER).isPresent();
        boolean target = DriverModelReader.annotation(element, Names.TARGET_DRIVER).isPresent();
        String annotation = source ? "SourceDriver" : "TargetDriver";
        if (element.getKind() != ElementKind.CLASS) {
            Direction direction = source ? Direction.SOURCE : Direction.TARGET;
            String base = Names.baseClass(direction);
            reporter.report(Diagnostic.NOT_A_CLASS, notAClassLocation(element, direction), annotation,
                    element.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + element.getSimpleName(),
                    annotation, base.substring(base.lastIndexOf('.') + 1));
            return Optional.empty();
        }
        if (source && target) {
            reporter.report(Diagnostic.BOTH_DIRECTIONS, Location.of(element), element.getSimpleName());
            return Optional.empty();
        }
        return Optional.of(source ? Direction.SOURCE : Direction.TARGET);
    }

    /**
     * The annotation on the type; on a record, its canonical constructor, which both compilers place on the
     * record's header (ECJ 3.40 places nothing on a record or its annotations: the message would have no line).
     */
    private static Location notAClassLocation(Element element, Direction direction) {
        if (element.getKind() == ElementKind.RECORD) {
            for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
                return Location.of(constructor);
            }
        }
        AnnotationMirror mirror = DriverModelReader.annotation(element, Names.annotation(direction)).orElse(null);
        return new Location(element, mirror, null);
    }

    private void generate(DriverModel driver) {
        try {
            try {
                sources.write(driver);
            } catch (FilerException nameTaken) {
                // CodecNameRule lets a SpecCodec of this driver pass, as an earlier build's output on the class
                // path. javac's Filer then refuses only one that is a source of this compilation; ECJ's refuses any
                // type that exists, so an earlier build's codec on the class path stops it (DK039).
                String codec = CodecNameRule.codecName(driver.type(), processingEnv.getElementUtils());
                if (CodecNameRule.ownCodecExists(driver, context)
                        && !files.isCompiledNow(processingEnv.getElementUtils().getTypeElement(codec))) {
                    reporter.report(Diagnostic.CODEC_FROM_EARLIER_BUILD, Location.of(driver.type()), codec,
                            driver.simpleName());
                } else {
                    CodecNameRule.report(driver, context, "a class of that name is already part of this compilation",
                            codec);
                }
                return;
            }
            entries.write(driver);
        } catch (IOException | RuntimeException e) {
            internalError(driver.type(), e);
        }
    }

    /**
     * DK090 for drivers whose types never resolved; but when the driver lists an engine whose library
     * is missing (the usual reason its engine methods do not resolve), DK026 says what to add instead.
     */
    private void reportStillUnresolved() {
        EngineLibraryRule libraries = new EngineLibraryRule();
        deferred.forEach((name, typeName) -> {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type == null) {
                return;
            }
            try {
                int errorsBefore = reporter.errorCount();
                Optional<Direction> direction = direction(type);
                if (direction.isPresent()) {
                    AnnotationMirror annotation =
                            DriverModelReader.annotation(type, Names.annotation(direction.get())).orElseThrow();
                    libraries.check(reader.readDeclaration(type, direction.get(), annotation), context);
                }
                if (reporter.errorCount() == errorsBefore) {
                    reporter.report(Diagnostic.UNRESOLVED_TYPE, Location.of(type), type.getSimpleName(), typeName,
                            typeName);
                }
            } catch (RuntimeException | LinkageError e) {
                internalError(type, e);
            }
        });
        deferred.clear();
    }

    private void internalError(Element element, Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        reporter.report(Diagnostic.INTERNAL_ERROR, Location.of(element), version(), element.getSimpleName(),
                e + where);
    }

    private static String version() {
        String version = DriverProcessor.class.getPackage().getImplementationVersion();
        return version != null ? version : "(development build)";
    }
}
