package dev.driverkit.processor.validation;

import dev.driverkit.processor.model.SourceFiles;
import java.util.List;
import javax.annotation.processing.Filer;

/** Every per-driver rule, in the order their diagnostics are most useful to read. */
public final class Rules {
    private Rules() {}

    public static List<DriverRule> all(Filer filer, SourceFiles files) {
        return List.of(
                new KindRule(),
                new ClasspathKindRule(filer, files),
                new BaseClassRule(),
                new ClassShapeRules.PublicClass(),
                new ClassShapeRules.ReachableNesting(),
                new ClassShapeRules.ConcreteClass(),
                new ClassShapeRules.StaticNesting(),
                new ClassShapeRules.NonGeneric(),
                new ClassShapeRules.NoArgConstructor(),
                new SupportsRule(),
                new TargetFlagsRule(),
                new OnlineTargetRule(),
                new AppendRule(),
                new EngineLibraryRule(),
                new RequiredMethodsRule(),
                new UndeclaredEngineRule(),
                new NeverCalledMethodRule(),
                new CheckedExceptionRule(),
                new SpecFieldRules.NotStatic(),
                new SpecFieldRules.NotFinal(),
                new SpecFieldRules.Accessible(),
                new SpecFieldRules.SupportedType(),
                new SpecFieldRules.ReachableType(),
                new SpecFieldRules.Keys(),
                new SpecFieldRules.SecretKeys(),
                new CodecNameRule());
    }

    /**
     * Whether a rule checks the engine methods of the driver's direction. They are skipped for a class that
     * extends the other direction's base class (DK010 names the annotation that goes with it): its methods
     * are most likely right for that direction, and a DK022 per method would bury the one mistake.
     */
    public static boolean checksEngineMethods(DriverRule rule) {
        return rule instanceof RequiredMethodsRule || rule instanceof UndeclaredEngineRule
                || rule instanceof NeverCalledMethodRule || rule instanceof CheckedExceptionRule
                || rule instanceof EngineLibraryRule;
    }
}
