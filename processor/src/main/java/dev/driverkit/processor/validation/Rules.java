package dev.driverkit.processor.validation;

import java.util.List;
import javax.annotation.processing.Filer;

/** Every per-driver rule, in the order their diagnostics are most useful to read. */
public final class Rules {
    private Rules() {}

    public static List<DriverRule> all(Filer filer) {
        return List.of(
                new KindRule(),
                new ClasspathKindRule(filer),
                new BaseClassRule(),
                new ClassShapeRules.PublicClass(),
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
                new SpecFieldRules.NotStatic(),
                new SpecFieldRules.NotFinal(),
                new SpecFieldRules.Accessible(),
                new SpecFieldRules.SupportedType(),
                new SpecFieldRules.ReachableType(),
                new SpecFieldRules.Keys(),
                new SpecFieldRules.SecretKeys(),
                new CodecNameRule());
    }
}
