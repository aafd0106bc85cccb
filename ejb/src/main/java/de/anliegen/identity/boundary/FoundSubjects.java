package de.anliegen.identity.boundary;

import java.util.List;

/**
 * What a search of the data protection officer found: at most {@link DataSubjects#MOST_FOUND} people, and whether
 * more match, so that the page can say so instead of showing a cut list as if it were whole.
 */
public record FoundSubjects(List<DataSubject> subjects, boolean more) {

    /** From the people read, up to {@code most} and one more when more match (that one is told, never shown). */
    static FoundSubjects of(List<DataSubject> read, int most) {
        return read.size() > most
                ? new FoundSubjects(List.copyOf(read.subList(0, most)), true)
                : new FoundSubjects(List.copyOf(read), false);
    }
}
