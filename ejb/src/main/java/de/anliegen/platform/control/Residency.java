package de.anliegen.platform.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the data lives: the database hosts a JDBC URL names, and those of them outside the operator's allow-list.
 * An embedded database (H2 file) lives on this server.
 */
public final class Residency {

    private Residency() {}

    /** The hosts of a MariaDB/MySQL JDBC URL ({@code jdbc:mariadb://a:3306,b/db?...}); none for an embedded one. */
    public static List<String> databaseHosts(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank() || !jdbcUrl.contains("://")) {
            return List.of();
        }
        var authority = jdbcUrl.substring(jdbcUrl.indexOf("://") + 3);
        var end = authority.length();
        for (var stop : new char[] {'/', '?'}) {
            var at = authority.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        var hosts = new ArrayList<String>();
        for (var part : authority.substring(0, end).split(",")) {
            var host = part.strip();
            if (host.contains("@")) {
                host = host.substring(host.lastIndexOf('@') + 1);
            }
            if (host.startsWith("address=")) {
                var named = host.toLowerCase(Locale.ROOT).indexOf("host=");
                host = named < 0 ? host : host.substring(named + 5).replaceAll("\\).*", "");
            } else if (host.startsWith("[")) {
                host = host.substring(1, Math.max(1, host.indexOf(']')));
            } else if (host.indexOf(':') == host.lastIndexOf(':') && host.contains(":")) {
                host = host.substring(0, host.indexOf(':'));
            }
            if (!host.isEmpty()) {
                hosts.add(host.toLowerCase(Locale.ROOT));
            }
        }
        return hosts;
    }

    /** The hosts not in the allow-list (comma-separated names or addresses; "*.example.de" allows a domain). */
    public static List<String> outside(List<String> hosts, String allowList) {
        Set<String> allowed = Arrays.stream(allowList == null ? new String[0] : allowList.split(","))
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .filter(entry -> !entry.isEmpty())
                .collect(Collectors.toSet());
        return hosts.stream()
                .filter(host -> allowed.stream()
                        .noneMatch(entry ->
                                entry.equals(host) || (entry.startsWith("*.") && host.endsWith(entry.substring(1)))))
                .toList();
    }
}
