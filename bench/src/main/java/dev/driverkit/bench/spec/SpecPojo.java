package dev.driverkit.bench.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The databind baseline: a plain bean equivalent to {@link BenchSource}'s spec (the common fields at the
 * top level, the 15 attributes in a nested bean), read and written by Jackson databind's reflective bean
 * (de)serializers with snake_case naming (see {@link Databind}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "name", "path", "attributes", "key_field", "time_field", "schedule", "workers",
        "max_age", "start_time", "end_time", "credentials_prefix"})
public class SpecPojo {
    private String kind;
    private String name;
    private String path;
    private Attributes attributes;
    private String keyField;
    private String timeField;
    private String schedule;
    private Integer workers;
    private Integer maxAge;
    private LocalDateTime startTime;
    private LocalDateTime endTime;
    private String credentialsPrefix;

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public Attributes getAttributes() { return attributes; }
    public void setAttributes(Attributes attributes) { this.attributes = attributes; }
    public String getKeyField() { return keyField; }
    public void setKeyField(String keyField) { this.keyField = keyField; }
    public String getTimeField() { return timeField; }
    public void setTimeField(String timeField) { this.timeField = timeField; }
    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
    public Integer getWorkers() { return workers; }
    public void setWorkers(Integer workers) { this.workers = workers; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public LocalDateTime getStartTime() { return startTime; }
    public void setStartTime(LocalDateTime startTime) { this.startTime = startTime; }
    public LocalDateTime getEndTime() { return endTime; }
    public void setEndTime(LocalDateTime endTime) { this.endTime = endTime; }
    public String getCredentialsPrefix() { return credentialsPrefix; }
    public void setCredentialsPrefix(String credentialsPrefix) { this.credentialsPrefix = credentialsPrefix; }

    /** The driver's own settings, MLRun's {@code "attributes"}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"table", "batch_size", "max_bytes", "sample_ratio", "compact", "verify", "retries", "quote",
            "compression", "poll_timeout", "since", "columns", "tags", "options", "weights"})
    public static class Attributes {
        private String table;
        private int batchSize = 1000;
        private long maxBytes;
        private double sampleRatio = 1.0;
        private boolean compact;
        private Boolean verify;
        private Integer retries;
        private Character quote;
        private BenchSource.Compression compression;
        private Duration pollTimeout;
        private LocalDateTime since;
        private List<String> columns;
        @JsonDeserialize(as = LinkedHashSet.class)
        private Set<String> tags;
        private Map<String, String> options;
        private Map<String, Integer> weights;

        public String getTable() { return table; }
        public void setTable(String table) { this.table = table; }
        public int getBatchSize() { return batchSize; }
        public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
        public long getMaxBytes() { return maxBytes; }
        public void setMaxBytes(long maxBytes) { this.maxBytes = maxBytes; }
        public double getSampleRatio() { return sampleRatio; }
        public void setSampleRatio(double sampleRatio) { this.sampleRatio = sampleRatio; }
        public boolean isCompact() { return compact; }
        public void setCompact(boolean compact) { this.compact = compact; }
        public Boolean getVerify() { return verify; }
        public void setVerify(Boolean verify) { this.verify = verify; }
        public Integer getRetries() { return retries; }
        public void setRetries(Integer retries) { this.retries = retries; }
        public Character getQuote() { return quote; }
        public void setQuote(Character quote) { this.quote = quote; }
        public BenchSource.Compression getCompression() { return compression; }
        public void setCompression(BenchSource.Compression compression) { this.compression = compression; }
        public Duration getPollTimeout() { return pollTimeout; }
        public void setPollTimeout(Duration pollTimeout) { this.pollTimeout = pollTimeout; }
        public LocalDateTime getSince() { return since; }
        public void setSince(LocalDateTime since) { this.since = since; }
        public List<String> getColumns() { return columns; }
        public void setColumns(List<String> columns) { this.columns = columns; }
        public Set<String> getTags() { return tags; }
        public void setTags(Set<String> tags) { this.tags = tags; }
        public Map<String, String> getOptions() { return options; }
        public void setOptions(Map<String, String> options) { this.options = options; }
        public Map<String, Integer> getWeights() { return weights; }
        public void setWeights(Map<String, Integer> weights) { this.weights = weights; }
    }
}
