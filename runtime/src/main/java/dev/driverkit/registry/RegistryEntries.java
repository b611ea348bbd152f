package dev.driverkit.registry;

import dev.driverkit.spec.Excerpt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry entries a class loader sees, parsed: one kind's entries, or all of a direction's. Finding
 * and reading the files is {@link EntryFiles}'s job, parsing one is {@link EntryParser}'s.
 */
final class RegistryEntries {
    private final EntryFiles files;

    /**
     * Entries read by kind, per direction: a kind's files are read once per registry. Only kinds that
     * have entries are kept, so a registry fed specs with made-up kinds does not grow.
     */
    private final Map<String, List<DriverInfo>> sourcesByKind = new ConcurrentHashMap<>();
    private final Map<String, List<DriverInfo>> targetsByKind = new ConcurrentHashMap<>();

    RegistryEntries(ClassLoader loader) {
        this.files = new EntryFiles(loader);
    }

    /**
     * Every entry for {@code kind}: one file name per kind, so this reads only that kind's files, once
     * (threads that ask at the same time wait for the first reader). An unknown kind reads nothing
     * that stays: its lookups look again.
     *
     * @throws IllegalArgumentException when {@code kind} is not a valid kind ({@link RegistryFormat#isValidKind})
     */
    List<DriverInfo> forKind(Direction direction, String kind) {
        if (!RegistryFormat.isValidKind(kind)) {
            throw new IllegalArgumentException("not a valid kind: " + Excerpt.of(kind));
        }
        Map<String, List<DriverInfo>> read = direction == Direction.SOURCE ? sourcesByKind : targetsByKind;
        List<DriverInfo> entries = read.get(kind);
        if (entries != null) {
            return entries;
        }
        synchronized (read) { // a lock and a second look, not computeIfAbsent with a lambda: a first lookup's cost
            entries = read.get(kind);
            if (entries == null) {
                entries = List.copyOf(readKind(direction, kind));
                if (!entries.isEmpty()) {
                    read.put(kind, entries);
                }
            }
            return entries;
        }
    }

    private List<DriverInfo> readKind(Direction direction, String kind) {
        List<DriverInfo> entries = new ArrayList<>(1);
        try {
            for (EntryFile file : files.ofKind(direction, kind)) {
                DriverInfo info = EntryParser.parse(file);
                if (info.kind().equals(kind)) {
                    entries.add(info);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read driverkit registry entries for kind '" + kind + "'", e);
        }
        return entries;
    }

    /**
     * Every entry of a direction, from every class-path root that holds some. Entries of one kind
     * from several roots come in class-path order, the order a lookup by kind sees them in.
     */
    List<DriverInfo> all(Direction direction) {
        List<DriverInfo> entries = new ArrayList<>();
        try {
            for (EntryFile file : files.all(direction)) {
                entries.add(EntryParser.parse(file));
            }
            return inClassPathOrder(direction, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list driverkit registry entries in " + RegistryFormat.folder(direction), e);
        }
    }

    /**
     * Puts the entries of a kind that several roots register in the order a lookup by kind finds them
     * (class-path order), so listing and lookup agree on which root comes first.
     */
    private List<DriverInfo> inClassPathOrder(Direction direction, List<DriverInfo> entries) throws IOException {
        Map<String, List<DriverInfo>> byKind = new LinkedHashMap<>();
        for (DriverInfo entry : entries) {
            byKind.computeIfAbsent(entry.kind(), k -> new ArrayList<>(1)).add(entry);
        }
        if (byKind.size() == entries.size()) {
            return entries;
        }
        List<DriverInfo> ordered = new ArrayList<>(entries.size());
        for (Map.Entry<String, List<DriverInfo>> kind : byKind.entrySet()) {
            List<DriverInfo> candidates = kind.getValue();
            if (candidates.size() > 1) {
                List<String> origins = files.originsOfKind(direction, kind.getKey());
                candidates.sort(Comparator.comparingInt(info -> {
                    int index = origins.indexOf(info.origin());
                    return index < 0 ? Integer.MAX_VALUE : index;
                }));
            }
            ordered.addAll(candidates);
        }
        return ordered;
    }
}
