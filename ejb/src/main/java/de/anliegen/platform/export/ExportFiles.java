package de.anliegen.platform.export;

/** Where a holder puts the files of an export: each under a path inside the archive. */
public interface ExportFiles {

    /** Adds a file; {@code path} is relative ("attachments/12/3-invoice.pdf") and made safe by the archive. */
    void add(String path, byte[] content);
}
