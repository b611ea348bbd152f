package dev.driverkit;

import dev.driverkit.spec.SpecCodecs;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of every target driver, holding the common fields of MLRun's {@code DataTargetBase} and
 * of a target's status entry. A target driver extends it, is annotated with {@link TargetDriver} and
 * declares the methods its engines need; it does not override anything here.
 *
 * <p>Unset fields are null and left out of the spec JSON; {@code false} and {@code 0} are kept.
 */
public abstract class BaseStoreTarget {
    private String name;
    private String path;
    private String afterStep;
    private Boolean partitioned;
    private Integer keyBucketingNumber;
    private List<String> partitionCols;
    private String timePartitioningGranularity;
    private Integer maxEvents;
    private Integer flushAfterSeconds;
    private Map<String, Object> storageOptions;
    private String runId;
    private Map<String, Object> schema;
    private String credentialsPrefix;
    // The status entry's fields (MLRun writes them in a feature set's status targets).
    private String status;
    private LocalDateTime updated;
    private Long size;
    private LocalDateTime lastWritten;
    private Boolean online;
    private LocalDateTime startTime;
    private final Map<String, Object> extraAttributes = new LinkedHashMap<>();

    protected BaseStoreTarget() {}

    /** The kind this driver is registered under, from its {@link TargetDriver} annotation. */
    public final String kind() {
        return SpecCodecs.forDriver(this).kind();
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

    public String getAfterStep() {
        return afterStep;
    }

    public void setAfterStep(String afterStep) {
        this.afterStep = afterStep;
    }

    public Boolean getPartitioned() {
        return partitioned;
    }

    public void setPartitioned(Boolean partitioned) {
        this.partitioned = partitioned;
    }

    public Integer getKeyBucketingNumber() {
        return keyBucketingNumber;
    }

    public void setKeyBucketingNumber(Integer keyBucketingNumber) {
        this.keyBucketingNumber = keyBucketingNumber;
    }

    public List<String> getPartitionCols() {
        return partitionCols;
    }

    public void setPartitionCols(List<String> partitionCols) {
        this.partitionCols = partitionCols;
    }

    public String getTimePartitioningGranularity() {
        return timePartitioningGranularity;
    }

    public void setTimePartitioningGranularity(String timePartitioningGranularity) {
        this.timePartitioningGranularity = timePartitioningGranularity;
    }

    public Integer getMaxEvents() {
        return maxEvents;
    }

    public void setMaxEvents(Integer maxEvents) {
        this.maxEvents = maxEvents;
    }

    public Integer getFlushAfterSeconds() {
        return flushAfterSeconds;
    }

    public void setFlushAfterSeconds(Integer flushAfterSeconds) {
        this.flushAfterSeconds = flushAfterSeconds;
    }

    public Map<String, Object> getStorageOptions() {
        return storageOptions;
    }

    public void setStorageOptions(Map<String, Object> storageOptions) {
        this.storageOptions = storageOptions;
    }

    public String getRunId() {
        return runId;
    }

    public void setRunId(String runId) {
        this.runId = runId;
    }

    public Map<String, Object> getSchema() {
        return schema;
    }

    public void setSchema(Map<String, Object> schema) {
        this.schema = schema;
    }

    public String getCredentialsPrefix() {
        return credentialsPrefix;
    }

    public void setCredentialsPrefix(String credentialsPrefix) {
        this.credentialsPrefix = credentialsPrefix;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDateTime getUpdated() {
        return updated;
    }

    public void setUpdated(LocalDateTime updated) {
        this.updated = updated;
    }

    public Long getSize() {
        return size;
    }

    public void setSize(Long size) {
        this.size = size;
    }

    public LocalDateTime getLastWritten() {
        return lastWritten;
    }

    public void setLastWritten(LocalDateTime lastWritten) {
        this.lastWritten = lastWritten;
    }

    /** The status entry's {@code online} value, as stored; null when the spec has none. */
    public Boolean getOnline() {
        return online;
    }

    public void setOnline(Boolean online) {
        this.online = online;
    }

    public LocalDateTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalDateTime startTime) {
        this.startTime = startTime;
    }

    /**
     * Attribute keys the driver has no {@link Spec} field for, as plain JSON values (read in lenient
     * mode). Modifiable; written back inside {@code "attributes"}.
     */
    public Map<String, Object> getExtraAttributes() {
        return extraAttributes;
    }
}
