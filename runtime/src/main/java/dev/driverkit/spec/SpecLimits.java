package dev.driverkit.spec;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;

/**
 * The limits on spec JSON, chosen for specs rather than left at Jackson's defaults: a spec is a few
 * hundred bytes to a few kilobytes of settings, and it may come from anyone. Past a limit, reading is a
 * {@link SpecException} (malformed JSON, at the spot), never an {@link OutOfMemoryError} or a
 * {@link StackOverflowError}. Documented in docs/reference.md ("Limits").
 */
public final class SpecLimits {
    /** The longest spec, in characters: checked before parsing. */
    public static final int MAX_DOCUMENT_CHARS = 10_000_000;
    /** The longest string value (Jackson's default is 20 million): a setting is a name, a path, a query. */
    public static final int MAX_STRING_CHARS = 1_000_000;
    /** The longest key (Jackson's default is 50,000): keys are identifiers. */
    public static final int MAX_KEY_CHARS = 1_000;
    /** The most characters of one number, Jackson's default: enough for any exact decimal a spec holds. */
    public static final int MAX_NUMBER_CHARS = 1_000;
    /**
     * The deepest nesting of objects and arrays, the spec object itself counting one (Jackson's default
     * is 1,000). Readers of nested values recurse; 100 keeps that far from any stack's end. Writing
     * has the same limit, so what is written can be read back.
     */
    public static final int MAX_NESTING_DEPTH = 100;

    private SpecLimits() {}

    /** The factory every spec is read and written with. */
    static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_CHARS)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNameLength(MAX_KEY_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                // a token Jackson quotes in its own messages (an unrecognized word) is cut as Excerpt cuts
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(Excerpt.MAX_CHARS).maxRawContentLength(0).build())
                // a key twice in one object: readers disagree on which wins (Python's json the last,
                // others the first), so a spec that has one is an error, wherever it is
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
