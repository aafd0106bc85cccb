package de.anliegen.privacy.control;

import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.logging.Logger;

/**
 * The approximate location (country, and region where known) of an IP address, from a database file the operator puts
 * on the server: a CSV in DB-IP's "lite" layout, country edition ({@code start,end,country}) or city edition
 * ({@code start,end,continent,country,region,city,latitude,longitude}; only country and region are used). Without
 * one, every location is "unknown". No address ever leaves the server for a lookup.
 */
@ApplicationScoped
public class IpLocations {

    public static final String UNKNOWN = "unknown";

    private static final Logger LOG = Logger.getLogger(IpLocations.class.getName());

    @Inject
    Settings settings;

    private volatile Table table;

    public String of(String ip) {
        var address = IpAddresses.parse(ip);
        if (address.isEmpty()) {
            return UNKNOWN;
        }
        return table().find(IpAddresses.sixteenBytes(address.get()));
    }

    /** The table of the configured file, loaded on first use and again when the operator names another file. */
    private Table table() {
        var file = settings.get(Setting.IP_LOCATION_CSV);
        var loaded = table;
        if (loaded == null || !loaded.file().equals(file)) {
            synchronized (this) {
                loaded = table;
                if (loaded == null || !loaded.file().equals(file)) {
                    loaded = load(file);
                    table = loaded;
                }
            }
        }
        return loaded;
    }

    static Table load(String file) {
        if (file == null || file.isBlank()) {
            return Table.EMPTY;
        }
        var started = System.nanoTime();
        var rows = new ArrayList<Row>();
        var places = new HashMap<String, String>();
        try (BufferedReader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                var row = Row.parse(line, places);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            LOG.severe("The IP location database " + file + " cannot be read (" + e.getMessage()
                    + "); every location is \"unknown\" until it can.");
            return Table.empty(file);
        }
        var table = Table.of(file, rows);
        LOG.info("IP location database " + file + ": " + rows.size() + " ranges in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return table;
    }

    /** One line of the file, or null when it is not a range (a header, a comment, a broken line). */
    record Row(byte[] start, byte[] end, String place) {

        static Row parse(String line, HashMap<String, String> places) {
            var fields = Csv.fields(line);
            if (fields.size() < 3) {
                return null;
            }
            var start = IpAddresses.parse(fields.get(0));
            var end = IpAddresses.parse(fields.get(1));
            if (start.isEmpty() || end.isEmpty()) {
                return null;
            }
            var place = fields.size() >= 5
                    ? join(fields.get(3), fields.get(4))
                    : fields.get(2).strip();
            if (place.isEmpty()) {
                return null;
            }
            return new Row(
                    IpAddresses.sixteenBytes(start.get()),
                    IpAddresses.sixteenBytes(end.get()),
                    places.computeIfAbsent(place, p -> p));
        }

        private static String join(String country, String region) {
            var c = country.strip();
            var r = region.strip();
            return r.isEmpty() || c.isEmpty() ? c : c + ", " + r;
        }
    }

    /** The ranges sorted by start, as pairs of longs (no object per range: a city edition has millions). */
    static final class Table {

        static final Table EMPTY = empty("");

        private final String file;
        private final long[] starts;
        private final long[] ends;
        private final int[] placeIndex;
        private final String[] places;

        private Table(String file, long[] starts, long[] ends, int[] placeIndex, String[] places) {
            this.file = file;
            this.starts = starts;
            this.ends = ends;
            this.placeIndex = placeIndex;
            this.places = places;
        }

        static Table empty(String file) {
            return new Table(file, new long[0], new long[0], new int[0], new String[0]);
        }

        String file() {
            return file;
        }

        static Table of(String file, List<Row> rows) {
            var sorted = rows.stream()
                    .sorted((a, b) -> Arrays.compareUnsigned(a.start(), b.start()))
                    .toList();
            var starts = new long[sorted.size() * 2];
            var ends = new long[sorted.size() * 2];
            var index = new int[sorted.size()];
            var places = new ArrayList<String>();
            var numbers = new HashMap<String, Integer>();
            for (int i = 0; i < sorted.size(); i++) {
                var row = sorted.get(i);
                var start = ByteBuffer.wrap(row.start());
                var end = ByteBuffer.wrap(row.end());
                starts[2 * i] = start.getLong();
                starts[2 * i + 1] = start.getLong();
                ends[2 * i] = end.getLong();
                ends[2 * i + 1] = end.getLong();
                index[i] = numbers.computeIfAbsent(row.place(), place -> {
                    places.add(place);
                    return places.size() - 1;
                });
            }
            return new Table(file, starts, ends, index, places.toArray(String[]::new));
        }

        String find(byte[] address) {
            var key = ByteBuffer.wrap(address);
            long high = key.getLong();
            long low = key.getLong();
            // the last range that starts at or before the address
            int lo = 0;
            int hi = placeIndex.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (compare(starts[2 * mid], starts[2 * mid + 1], high, low) <= 0) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (found < 0 || compare(ends[2 * found], ends[2 * found + 1], high, low) < 0) {
                return UNKNOWN;
            }
            return places[placeIndex[found]];
        }

        private static int compare(long aHigh, long aLow, long bHigh, long bLow) {
            var c = Long.compareUnsigned(aHigh, bHigh);
            return c != 0 ? c : Long.compareUnsigned(aLow, bLow);
        }
    }
}
