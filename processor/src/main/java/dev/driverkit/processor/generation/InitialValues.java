package dev.driverkit.processor.generation;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * The initial value of a {@code @Spec} field, for the "default" of its JSON Schema: a literal
 * ({@code 1000}, {@code "id"}, {@code true}, {@code -1}) or an enum constant. The standard
 * javax.lang.model API does not show initializers (and {@code getConstantValue()} only those of final
 * fields, which a {@code @Spec} field is not), so this reads the compiler's syntax tree: javac's public
 * tree API, or ECJ's AST through its public fields ({@link EcjInitializers}). Both give the same
 * defaults. Under another compiler (or IDE wrapper), or for other initializers ({@code new ArrayList<>()},
 * method calls, {@code 2 * 3}), there is no default and the schema leaves it out.
 */
final class InitialValues {
    private final Trees trees;

    private InitialValues(Trees trees) {
        this.trees = trees;
    }

    static InitialValues of(ProcessingEnvironment environment) {
        try {
            return new InitialValues(Trees.instance(environment));
        } catch (RuntimeException | LinkageError notJavac) {
            return new InitialValues(null);
        }
    }

    /** The field's initial value as a JSON value (String, Number, Boolean, or an enum constant's name). */
    Optional<Object> of(VariableElement field) {
        if (trees == null) {
            return EcjInitializers.value(field, isEnumField(field));
        }
        try {
            Tree tree = trees.getTree(field);
            if (tree instanceof VariableTree variable && variable.getInitializer() != null) {
                return value(variable.getInitializer(), field);
            }
        } catch (RuntimeException unreadable) {
            // a tree the compiler cannot give (e.g. a field of a class file): no default
        }
        return Optional.empty();
    }

    private static Optional<Object> value(ExpressionTree expression, VariableElement field) {
        if (expression instanceof LiteralTree literal) {
            Object value = literal.getValue();
            return value instanceof Character c ? Optional.of(String.valueOf(c)) : Optional.ofNullable(value);
        }
        if (expression instanceof UnaryTree unary && unary.getKind() == Tree.Kind.UNARY_MINUS
                && unary.getExpression() instanceof LiteralTree literal && literal.getValue() instanceof Number number) {
            return Optional.of(negate(number));
        }
        if (expression instanceof MemberSelectTree select && isEnumField(field)) {
            return Optional.of(select.getIdentifier().toString());
        }
        return Optional.empty();
    }

    static boolean isEnumField(VariableElement field) {
        return field.asType() instanceof javax.lang.model.type.DeclaredType declared
                && declared.asElement().getKind() == ElementKind.ENUM;
    }

    static Number negate(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return -number.doubleValue();
        }
        return -number.longValue();
    }
}
