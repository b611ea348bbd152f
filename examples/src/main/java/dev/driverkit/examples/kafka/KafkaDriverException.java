package dev.driverkit.examples.kafka;

/**
 * A failure of a kafka driver that the user can act on: brokers not reachable (named as host:port),
 * authentication refused, a malformed message under {@code on_malformed: fail}, records not acknowledged.
 * Its message never holds a password.
 */
public class KafkaDriverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KafkaDriverException(String message) {
        super(message);
    }

    public KafkaDriverException(String message, Throwable cause) {
        super(message, cause);
    }
}
