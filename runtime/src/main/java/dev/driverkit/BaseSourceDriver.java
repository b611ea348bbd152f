package dev.driverkit;

import dev.driverkit.spec.SpecCodecs;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base of every source driver, holding the common fields of MLRun's {@code DataSource}. A source
 * driver extends it (or {@link OnlineSource}), is annotated with {@link SourceDriver} and declares the
 * methods its engines need; it does not override anything here.
 *
 * <p>Driver-specific settings are {@link Spec} fields of the subclass. {@link #getExtraAttributes()}
 * keeps attribute keys the driver does not model (read in lenient mode) so that nothing is lost when
 * a spec is read and written back.
 */
public abstract class BaseSourceDriver {
    private String name;
    private String path;
    private String keyField;
    private String timeField;
    private String schedule;
    private Integer workers;
    private Integer maxAge;
    private LocalDateTime startTime;
    private LocalDateTime endTime;
    private String credentialsPrefix;
    private final Map<String, Object> extraAttributes = new LinkedHashMap<>();

    protected BaseSourceDriver() {}

    /** The kind this driver is registered under, from its {@link SourceDriver} annotation. */
    public final String kind() {
        return SpecCodecs.forDriver(this).kind();
    }

    /** Whether this is an online source (MLRun writes {@code "online": true} for those). */
    public boolean isOnline() {
        return false;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getKeyField() {
        return keyField;
    }

    public void setKeyField(String keyField) {
        this.keyField = keyField;
    }

    public String getTimeField() {
        return timeField;
    }

    public void setTimeField(String timeField) {
        this.timeField = timeField;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public Integer getWorkers() {
        return workers;
    }

    public void setWorkers(Integer workers) {
        this.workers = workers;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public LocalDateTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalDateTime startTime) {
        this.startTime = startTime;
    }

    public LocalDateTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalDateTime endTime) {
        this.endTime = endTime;
    }

    public String getCredentialsPrefix() {
        return credentialsPrefix;
    }

    public void setCredentialsPrefix(String credentialsPrefix) {
        this.credentialsPrefix = credentialsPrefix;
    }

    /**
     * Attribute keys the driver has no {@link Spec} field for, as plain JSON values (String, Long,
     * Double, Boolean, List, Map, or null). Modifiable; written back inside {@code "attributes"}.
     */
    public Map<String, Object> getExtraAttributes() {
        return extraAttributes;
    }
}
