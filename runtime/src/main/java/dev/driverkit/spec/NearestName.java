package dev.driverkit.spec;

import java.util.Collection;
import java.util.Locale;

/** Picks the known name nearest to a misspelt one (Levenshtein distance), as "did you mean" hints. */
public final class NearestName {
    private NearestName() {}

    /**
     * The nearest candidate within a distance that still looks like a typo, or null. A candidate whose
     * length differs by more than that distance is never compared: a huge name from a hostile spec
     * costs nothing, whatever its length.
     */
    public static String among(String wrong, Collection<String> candidates) {
        int tolerated = Math.max(2, wrong.length() / 3);
        String lowerWrong = null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - wrong.length()) > tolerated) {
                continue; // the distance is at least the difference in length
            }
            if (lowerWrong == null) {
                lowerWrong = wrong.toLowerCase(Locale.ROOT);
            }
            int distance = distance(lowerWrong, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= tolerated ? best : null;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
