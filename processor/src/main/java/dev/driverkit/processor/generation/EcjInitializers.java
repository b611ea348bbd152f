package dev.driverkit.processor.generation;

import java.lang.reflect.Field;
import java.util.Optional;
import javax.lang.model.element.VariableElement;

/**
 * A field's initializer as the Eclipse compiler (ECJ) parsed it, read through the public fields and
 * methods of its AST, which ECJ exposes to no standard API: the element's {@code _binding}, its
 * {@code sourceField().initialization}. Only what javac's reader accepts is read (a literal, a negated
 * number, a qualified enum constant), with the same Java types, so both compilers write the same schema.
 * Anything unexpected (another ECJ version, another compiler) gives no default, never an error.
 */
final class EcjInitializers {
    private static final String ECJ = "org.eclipse.jdt.internal.compiler.";
    // ECJ's TypeIds, fixed since its first release
    private static final int T_CHAR = 2;
    private static final int T_BYTE = 3;
    private static final int T_SHORT = 4;
    private static final int T_BOOLEAN = 5;
    private static final int T_LONG = 7;
    private static final int T_DOUBLE = 8;
    private static final int T_FLOAT = 9;
    private static final int T_INT = 10;
    private static final int T_STRING = 11;

    private EcjInitializers() {}

    static Optional<Object> value(VariableElement field, boolean enumField) {
        if (!field.getClass().getName().startsWith(ECJ)) {
            return Optional.empty();
        }
        try {
            Object binding = publicField(field, "_binding");
            Object declaration = call(binding, ECJ + "lookup.FieldBinding", "sourceField");
            Object initializer = declaration == null ? null : publicField(declaration, "initialization");
            return initializer == null ? Optional.empty() : expression(initializer, enumField);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Object> expression(Object expression, boolean enumField) throws ReflectiveOperationException {
        if (isA(expression, ECJ + "ast.Literal")) {
            return literal(expression);
        }
        if (isA(expression, ECJ + "ast.UnaryExpression")
                && "-".equals(call(expression, ECJ + "ast.OperatorExpression", "operatorToString"))) {
            Optional<Object> operand = literal(publicField(expression, "expression"));
            return operand.filter(Number.class::isInstance).map(number -> InitialValues.negate((Number) number));
        }
        if (enumField && isA(expression, ECJ + "ast.QualifiedNameReference")) {
            char[][] tokens = (char[][]) publicField(expression, "tokens");
            return Optional.of(new String(tokens[tokens.length - 1]));
        }
        return Optional.empty();
    }

    /** A literal's value, as javac's {@code LiteralTree.getValue()} gives it (a char as a one-letter string). */
    private static Optional<Object> literal(Object literal) throws ReflectiveOperationException {
        if (!isA(literal, ECJ + "ast.Literal") || isA(literal, ECJ + "ast.NullLiteral")) {
            return Optional.empty();
        }
        Object constant = publicField(literal, "constant");
        if (constant == null) {
            // not resolved yet while processors run; computing it sets what ECJ's own resolution would set
            call(literal, ECJ + "ast.Literal", "computeConstant");
            constant = publicField(literal, "constant");
        }
        if (constant == null) {
            return Optional.empty();
        }
        int type = (int) call(constant, ECJ + "impl.Constant", "typeID");
        String method = switch (type) {
            case T_BOOLEAN -> "booleanValue";
            case T_INT, T_BYTE, T_SHORT -> "intValue";
            case T_LONG -> "longValue";
            case T_FLOAT -> "floatValue";
            case T_DOUBLE -> "doubleValue";
            case T_CHAR -> "charValue";
            case T_STRING -> "stringValue";
            default -> null;
        };
        if (method == null) {
            return Optional.empty();
        }
        Object value = call(constant, ECJ + "impl.Constant", method);
        return Optional.of(value instanceof Character c ? String.valueOf(c) : value);
    }

    private static Object publicField(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getField(name);
        return field.get(owner);
    }

    /** Calls a public method as the public class {@code declaringClass} declares it (subclasses may not be public). */
    private static Object call(Object target, String declaringClass, String method) throws ReflectiveOperationException {
        return ancestor(target, declaringClass).getMethod(method).invoke(target);
    }

    private static boolean isA(Object object, String className) {
        try {
            ancestor(object, className);
            return true;
        } catch (ClassNotFoundException no) {
            return false;
        }
    }

    private static Class<?> ancestor(Object object, String className) throws ClassNotFoundException {
        for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return type;
            }
        }
        throw new ClassNotFoundException(className);
    }
}
