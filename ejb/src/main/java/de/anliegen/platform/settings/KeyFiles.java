package de.anliegen.platform.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/** Files with keys the operator keeps outside the database: made readable for the server's user alone. */
public final class KeyFiles {

    private KeyFiles() {}

    /** Writes a new key file (and its directories), readable and writable by the owner only where the disk can say so. */
    public static void create(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.US_ASCII);
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The key file " + file + " cannot be made", e);
        }
    }

    /** The file's text; a warning in the log when every user of the machine may read it. */
    public static String read(Path file, Logger log) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")
                    && Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ)) {
                log.warning("Every user of this machine can read the key file " + file
                        + "; allow only the server's user (chmod 600).");
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("The key file " + file + " cannot be read", e);
        }
    }
}
