package dev.driverkit.examples.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Every log line of the JVM while it is open, at INFO and above: log4j 2 (where the Kafka clients log
 * through slf4j, their configuration dumps included) and java.util.logging (where System.Logger goes).
 */
final class LogCapture implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final LoggerConfig root = context.getConfiguration().getRootLogger();
    private final Level level = root.getLevel();
    private final AbstractAppender appender = new AbstractAppender("driverkit-capture", null, null, true, Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            add(event.getLoggerName() + ": " + event.getMessage().getFormattedMessage()
                    + (event.getThrown() == null ? "" : " " + event.getThrown()));
        }
    };
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            add(record.getLoggerName() + ": " + new java.util.logging.SimpleFormatter().formatMessage(record)
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    LogCapture() {
        appender.start();
        root.addAppender(appender, Level.INFO, null);
        root.setLevel(Level.INFO);
        context.updateLoggers();
        java.util.logging.Logger.getLogger("").addHandler(handler);
    }

    private synchronized void add(String line) {
        lines.add(line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        root.removeAppender(appender.getName());
        root.setLevel(level);
        context.updateLoggers();
        appender.stop();
        java.util.logging.Logger.getLogger("").removeHandler(handler);
    }
}
