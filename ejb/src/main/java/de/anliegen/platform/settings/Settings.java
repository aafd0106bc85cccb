package de.anliegen.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The one place that reads configuration: system property, then environment variable, then the default. */
@ApplicationScoped
public class Settings {

    public String get(Setting setting) {
        var value = System.getProperty(setting.systemProperty());
        if (value == null || value.isBlank()) {
            value = System.getenv(setting.environmentVariable());
        }
        return value == null || value.isBlank() ? setting.defaultValue() : value.trim();
    }

    public int getInt(Setting setting) {
        var value = get(setting);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    setting.environmentVariable() + " must be a whole number, not '" + value + "'");
        }
    }

    public Duration minutes(Setting setting) {
        return Duration.ofMinutes(getInt(setting));
    }

    /** A comma-separated list of whole numbers, for example {@code 1,2,5,10}. */
    public List<Integer> getInts(Setting setting) {
        var value = get(setting);
        try {
            return Arrays.stream(value.split(","))
                    .map(String::trim)
                    .map(Integer::valueOf)
                    .toList();
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    setting.environmentVariable() + " must be whole numbers separated by commas, not '" + value + "'");
        }
    }

    /**
     * A file a setting names, or by default that name in the server's data directory ({@code jboss.server.data.dir},
     * {@code standalone/data}, which a container keeps on a volume).
     */
    public Path file(Setting setting, String inDataDirectory) {
        var configured = get(setting);
        return configured.isEmpty()
                ? Path.of(System.getProperty("jboss.server.data.dir", "."), inDataDirectory)
                : Path.of(configured);
    }

    /** This server's node name ({@code jboss.node.name}, which the server sets from its host name or the CLI). */
    public static String nodeName() {
        return System.getProperty("jboss.node.name", "default");
    }

    /** Whether this server is a node of a cluster: {@code ANLIEGEN_CLUSTER_MEMBERS} names its members (ADR 12). */
    public boolean isClusterNode() {
        return !get(Setting.CLUSTER_MEMBERS).isBlank();
    }

    public Mode mode() {
        return Mode.parse(get(Setting.MODE));
    }

    public boolean isDev() {
        return mode() == Mode.DEV;
    }
}
