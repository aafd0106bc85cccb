package de.anliegen.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** The 112,000 most common passwords of our minimum length (common-passwords.md says where they come from). */
public final class CommonPasswords {

    private static final String LIST = "/de/anliegen/identity/common-passwords.txt.gz";

    private CommonPasswords() {}

    public static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Loaded on first use, once. */
    private static final class Holder {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (var in = CommonPasswords.class.getResourceAsStream(LIST);
                    var reader = new BufferedReader(
                            new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                var passwords = new HashSet<String>(150_000);
                reader.lines().forEach(passwords::add);
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + LIST, e);
            }
        }
    }
}
