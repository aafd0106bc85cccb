package de.anliegen.identity.boundary;

import de.anliegen.platform.export.ExportFiles;
import de.anliegen.platform.export.ExportWriter;

/**
 * A component that stores data about consumers. Export, restriction and erasure go through every implementation (found
 * with CDI), so that a component's data cannot be forgotten: a test scans every table after an erasure. They run in
 * the caller's transaction.
 */
public interface PersonalData {

    /** Where the holder comes in export and erasure: lower first; the profile itself (identity) comes last. */
    int order();

    /** Writes everything held about the consumer, in sections of items. */
    void export(ConsumerId consumer, ExportWriter writer);

    /** Writes the files held about the consumer (pictures, attachments), after the data. */
    default void exportFiles(ConsumerId consumer, ExportFiles files) {}

    /** Deletes everything held about the consumer, or removes what links it to them. */
    void erase(ConsumerId consumer);
}
