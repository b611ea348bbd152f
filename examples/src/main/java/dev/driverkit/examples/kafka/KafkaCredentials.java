package dev.driverkit.examples.kafka;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The SASL settings of a kafka spec ({@code "sasl": {"enabled": true, "user": ..., "password": ...,
 * "mechanism": ...}}) with the credentials a spec leaves out read from the environment as MLRun's
 * {@code get_secret_or_env} reads them: {@code <credentials_prefix>_KAFKA_SASL_PASSWORD} (or
 * {@code KAFKA_SASL_PASSWORD} without a prefix), then {@code MLRUN_K8S_SECRET__} and the same name in
 * upper case (a project secret MLRun mounts). The same for the user ({@code KAFKA_SASL_USER}).
 *
 * <p>{@link #toString()} never shows the password.
 */
final class KafkaCredentials {
    static final String USER_KEY = "KAFKA_SASL_USER";
    static final String PASSWORD_KEY = "KAFKA_SASL_PASSWORD";
    private static final String K8S_SECRET_PREFIX = "MLRUN_K8S_SECRET__";

    private final boolean enabled;
    private final String user;
    private final String password;
    private final String mechanism;

    private KafkaCredentials(boolean enabled, String user, String password, String mechanism) {
        this.enabled = enabled;
        this.user = user;
        this.password = password;
        this.mechanism = mechanism;
    }

    /**
     * The credentials of {@code sasl} (may be null), completed from {@code environment}. SASL is on when
     * the spec says {@code enabled} or Nuclio's {@code enable}, or when it has a user.
     */
    static KafkaCredentials of(Map<String, Object> sasl, String credentialsPrefix, UnaryOperator<String> environment) {
        Map<String, Object> settings = sasl == null ? Map.of() : sasl;
        String user = text(settings.get("user"));
        if (user == null) {
            user = secretOrEnv(USER_KEY, credentialsPrefix, environment);
        }
        Object flag = settings.containsKey("enabled") ? settings.get("enabled") : settings.get("enable");
        boolean enabled = flag != null ? Boolean.parseBoolean(String.valueOf(flag)) : user != null && !settings.isEmpty();
        String password = text(settings.get("password"));
        if (password == null && enabled) {
            password = secretOrEnv(PASSWORD_KEY, credentialsPrefix, environment);
        }
        String mechanism = text(settings.containsKey("mechanism") ? settings.get("mechanism") : settings.get("sasl_mechanism"));
        return new KafkaCredentials(enabled, user, password, mechanism == null ? "PLAIN" : mechanism.toUpperCase(Locale.ROOT));
    }

    /** MLRun's {@code get_secret_or_env(key, prefix=credentials_prefix)} without a secret store. */
    static String secretOrEnv(String key, String credentialsPrefix, UnaryOperator<String> environment) {
        String name = credentialsPrefix == null || credentialsPrefix.isEmpty() ? key : credentialsPrefix + "_" + key;
        String value = environment.apply(name);
        if (value == null || value.isEmpty()) {
            value = environment.apply(K8S_SECRET_PREFIX + name.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isEmpty() ? null : value;
    }

    boolean enabled() {
        return enabled;
    }

    String user() {
        return user;
    }

    String mechanism() {
        return mechanism;
    }

    /**
     * The Kafka client settings for SASL: {@code security.protocol}, {@code sasl.mechanism} and the
     * JAAS line with the password (Kafka keeps {@code sasl.jaas.config} as a password type, which its
     * config logging prints as {@code [hidden]}). Empty when SASL is off.
     */
    Map<String, Object> clientSettings(String what) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (!enabled) {
            return settings;
        }
        if (user == null || password == null) {
            throw new KafkaDriverException(what + ": SASL is enabled but " + (user == null ? "no user" : "no password")
                    + " is set: put it in the spec's sasl (\"" + (user == null ? "user" : "password") + "\") or in the"
                    + " environment variable " + (user == null ? USER_KEY : PASSWORD_KEY)
                    + " (with the spec's credentials_prefix and '_' before it, if it has one)");
        }
        String module = switch (mechanism) {
            case "PLAIN" -> "org.apache.kafka.common.security.plain.PlainLoginModule";
            case "SCRAM-SHA-256", "SCRAM-SHA-512" -> "org.apache.kafka.common.security.scram.ScramLoginModule";
            default -> throw new KafkaDriverException(what + ": SASL mechanism '" + mechanism + "' is not supported by the"
                    + " kafka drivers; use PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512, or set sasl.jaas.config yourself in"
                    + " the client options");
        };
        settings.put("security.protocol", "SASL_PLAINTEXT");
        settings.put("sasl.mechanism", mechanism);
        settings.put("sasl.jaas.config", module + " required username=\"" + jaasEscape(user) + "\" password=\""
                + jaasEscape(password) + "\";");
        return settings;
    }

    /** The password for the Nuclio trigger, which needs it to authenticate; null when there is none. */
    String password() {
        return password;
    }

    private static String jaasEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    @Override
    public String toString() {
        return enabled ? "SASL " + mechanism + " as " + user + (password == null ? " (no password)" : " (password hidden)")
                : "no SASL";
    }
}
