package dev.driverkit.spec;

/**
 * The one exception for a bad spec: malformed JSON, a wrong value type, an unknown kind or key. It
 * names the JSON path of the fault ({@code $.attributes.batch_size}) and, for a misspelt key or kind,
 * the nearest known one.
 */
public final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final String suggestion;

    public SpecException(String path, String problem) {
        this(path, problem, null, null);
    }

    public SpecException(String path, String problem, String suggestion, Throwable cause) {
        super(message(path, problem, suggestion), cause);
        this.path = path;
        this.problem = problem;
        this.suggestion = suggestion;
    }

    private static String message(String path, String problem, String suggestion) {
        String text = "Bad spec at " + path + ": " + problem;
        return suggestion == null ? text : text + " Did you mean '" + suggestion + "'?";
    }

    /** The JSON path of the fault, e.g. {@code $.attributes.columns[2]}. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path: {@code expected a string, found the number 3.} */
    public String problem() {
        return problem;
    }

    /** The nearest known key or kind for a misspelt one, or null. */
    public String suggestion() {
        return suggestion;
    }
}
