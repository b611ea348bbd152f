package dev.driverkit.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** What every generated class shares: the {@code @Generated} mark, one-line overrides, the file layout. */
final class GeneratedTypes {
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final String GENERATOR = "dev.driverkit.processor.DriverProcessor";
    /** Characters per text block: a class-file constant holds at most 65535 bytes of (modified) UTF-8. */
    private static final int TEXT_BLOCK_CHARS = 20_000;

    private GeneratedTypes() {}

    /** {@code @Override public <returns> <name>() { <body>; }} */
    static MethodSpec override(String name, TypeName returns, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addStatement(body)
                .build();
    }

    /**
     * A text block (or several, joined at run time, when the text is too long for one class-file constant)
     * holding {@code text}, which must end with a line break.
     */
    static CodeBlock textBlock(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a text block's text must end with a line break");
        }
        List<CodeBlock> blocks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start + TEXT_BLOCK_CHARS >= text.length() ? text.length()
                    : text.lastIndexOf('\n', start + TEXT_BLOCK_CHARS) + 1;
            if (end <= start) { // one line longer than a constant: cut it
                end = start + TEXT_BLOCK_CHARS;
            }
            String part = text.substring(start, end);
            // escapes: every backslash, and the third quote of each run of three
            blocks.add(CodeBlock.of("\"\"\"\n$L$L\"\"\"", part.replace("\\", "\\\\").replace("\"\"\"", "\"\"\\\""),
                    part.endsWith("\n") ? "" : "\\\n"));
            start = end;
        }
        return blocks.size() == 1 ? blocks.get(0)
                : CodeBlock.of("$T.join(\"\",$W$L)", String.class, CodeBlock.join(blocks, ",$W"));
    }

    /**
     * The file of a class generated for {@code driver}, in the driver's package, marked {@code @Generated},
     * suppressing the warnings in {@code suppressed} ({@link DeprecatedUses}).
     */
    static JavaFile file(TypeElement driver, TypeSpec.Builder type, Elements elements, Set<String> suppressed) {
        if (elements.getTypeElement(GENERATED.canonicalName()) != null) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
        }
        if (!suppressed.isEmpty()) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "{$L}",
                    suppressed.stream().map(token -> CodeBlock.of("$S", token)).collect(CodeBlock.joining(", "))).build());
        }
        return JavaFile.builder(GeneratedNames.packageName(driver, elements), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
