package dev.driverkit.examples.secrets;

import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Secrets read the way MLRun's {@code get_secret_or_env(key, prefix=credentials_prefix)} reads them: the
 * key is prefixed with {@code <prefix>_} when a credentials prefix is set, then looked up as an environment
 * variable, then as the variable MLRun mounts from a project secret ({@code MLRUN_K8S_SECRET__<KEY>}). With
 * no prefix on the spec, the {@code CREDENTIALS_PREFIX} variable gives one. The environment is a function,
 * so tests and embedding applications supply their own; by default it is {@link System#getenv(String)}.
 * Values read here never go into spec JSON, messages or logs.
 */
public final class MlrunSecrets {
    private static final String K8S_SECRET_PREFIX = "MLRUN_K8S_SECRET__";

    private final UnaryOperator<String> environment;

    private MlrunSecrets(UnaryOperator<String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Secrets from the process environment. */
    public static MlrunSecrets fromEnvironment() {
        return new MlrunSecrets(System::getenv);
    }

    /** Secrets from {@code environment} (a variable name to its value, or null). */
    public static MlrunSecrets from(UnaryOperator<String> environment) {
        return new MlrunSecrets(environment);
    }

    /** The value of {@code key} under the credentials prefix (the spec's, else {@code CREDENTIALS_PREFIX}), or "". */
    public String get(String key, String credentialsPrefix) {
        String prefix = credentialsPrefix != null && !credentialsPrefix.isEmpty() ? credentialsPrefix
                : lookup("CREDENTIALS_PREFIX");
        String name = prefix != null && !prefix.isEmpty() ? prefix + "_" + key : key;
        String value = lookup(name);
        return value != null ? value : "";
    }

    /** A plain setting of the environment (no prefix, not a secret), e.g. {@code MLRUN_REDIS__URL}, or "". */
    public String setting(String name) {
        String value = environment.apply(name);
        return value == null ? "" : value;
    }

    private String lookup(String name) {
        String value = environment.apply(name);
        if (value == null || value.isEmpty()) {
            value = environment.apply(K8S_SECRET_PREFIX + name.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isEmpty() ? null : value;
    }
}
