package dev.driverkit.registry;

/** Sources and targets are separate kind spaces: a csv source and a csv target may coexist. */
public enum Direction {
    SOURCE("source", "sources"),
    TARGET("target", "targets");

    private final String noun;
    private final String folder;

    Direction(String noun, String folder) {
        this.noun = noun;
        this.folder = folder;
    }

    /** "source" or "target", for messages. */
    public String noun() {
        return noun;
    }

    /** The folder of this direction's registry entries below {@link RegistryFormat#ROOT}. */
    public String folder() {
        return folder;
    }

    public Direction other() {
        return this == SOURCE ? TARGET : SOURCE;
    }
}
