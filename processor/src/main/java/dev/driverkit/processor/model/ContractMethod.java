package dev.driverkit.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * One method of an engine role, as a driver must declare it: read from the role interface, with the
 * parameter names the runtime was compiled with ({@code -parameters}).
 *
 * @param element the role's method
 * @param optional a default method: the driver may declare it, and the engine's default runs otherwise
 * @param returnText the return type as written in source with {@link #imports()}
 * @param parameterText {@code (SparkSession session, ReadRequest request)}
 */
public record ContractMethod(ExecutableElement element, boolean optional, String returnText, String parameterText,
        Set<String> imports) {

    static ContractMethod of(ExecutableElement method) {
        Set<String> imports = new TreeSet<>();
        String returns = SignatureText.of(method.getReturnType(), imports);
        StringJoiner parameters = new StringJoiner(", ", "(", ")");
        for (VariableElement parameter : method.getParameters()) {
            parameters.add(SignatureText.of(parameter.asType(), imports) + " " + parameter.getSimpleName());
        }
        return new ContractMethod(method, method.getModifiers().contains(Modifier.DEFAULT), returns,
                parameters.toString(), Set.copyOf(imports));
    }

    public String name() {
        return element.getSimpleName().toString();
    }

    /** The declaration to paste: {@code public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request)}. */
    public String declaration() {
        return "public " + returnText + " " + name() + parameterText;
    }

    /** The parameter names, in order, for a call that passes them on. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        element.getParameters().forEach(parameter -> names.add(parameter.getSimpleName().toString()));
        return names;
    }

    /** The imports the declaration needs, sorted. */
    public Set<String> sortedImports() {
        return new TreeSet<>(imports);
    }
}
