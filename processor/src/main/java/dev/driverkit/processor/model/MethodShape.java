package dev.driverkit.processor.model;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A method that a driver must declare: its name, return type and parameters, and why it is required
 * ("lists Engine.SPARK in supports").
 *
 * @param engine the engine that calls it, or null when the driver's kind of driver requires it
 */
public record MethodShape(String name, TypeRef returns, List<Parameter> parameters, dev.driverkit.Engine engine) {
    public MethodShape {
        parameters = List.copyOf(parameters);
    }

    /** One parameter of a required method. */
    public record Parameter(TypeRef type, String name) {}

    /** The declaration to paste: {@code public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request)}. */
    public String declaration() {
        return "public " + returns.sourceText() + " " + name + parameterText();
    }

    /** {@code (SparkSession session, ReadRequest request)}. */
    public String parameterText() {
        return parameters.stream().map(p -> p.type().sourceText() + " " + p.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** The imports the declaration needs. */
    public Set<String> imports() {
        Set<String> imports = new TreeSet<>(returns.imports());
        parameters.forEach(p -> imports.addAll(p.type().imports()));
        return imports;
    }
}
