package de.anliegen.privacy.control;

import de.anliegen.platform.texts.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Browser, operating system and device of a request, from its User-Agent header, by Yauaa (a maintained analyzer
 * with its own rules; no hand-written patterns here). Built once, on first use, off the request path.
 */
@ApplicationScoped
public class UserAgents {

    public record Described(String browser, String operatingSystem, String device) {}

    private static final int MOST = 100;

    private volatile UserAgentAnalyzer analyzer;

    public Described describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Described("unknown", "unknown", "unknown");
        }
        var parsed = analyzer().parse(userAgent);
        var browser = join(parsed, UserAgent.AGENT_NAME, UserAgent.AGENT_VERSION_MAJOR);
        var system = join(parsed, UserAgent.OPERATING_SYSTEM_NAME, UserAgent.OPERATING_SYSTEM_VERSION_MAJOR);
        var device = device(parsed);
        return new Described(browser, system, device);
    }

    private UserAgentAnalyzer analyzer() {
        var built = analyzer;
        if (built == null) {
            synchronized (this) {
                built = analyzer;
                if (built == null) {
                    built = UserAgentAnalyzer.newBuilder()
                            .hideMatcherLoadStats()
                            .withCache(10_000)
                            .withField(UserAgent.AGENT_NAME)
                            .withField(UserAgent.AGENT_VERSION_MAJOR)
                            .withField(UserAgent.OPERATING_SYSTEM_NAME)
                            .withField(UserAgent.OPERATING_SYSTEM_VERSION_MAJOR)
                            .withField(UserAgent.DEVICE_CLASS)
                            .withField(UserAgent.DEVICE_NAME)
                            .build();
                    analyzer = built;
                }
            }
        }
        return built;
    }

    /** "Chrome 131", "Android 14", "Phone Samsung SM-G991B": the known parts, at most 100 characters. */
    private static String join(UserAgent parsed, String first, String second) {
        var a = known(parsed.getValue(first));
        var b = known(parsed.getValue(second));
        var joined = a.isEmpty() ? b : b.isEmpty() || b.equals(a) ? a : a + " " + b;
        return Texts.cut(joined.isEmpty() ? "unknown" : joined, MOST);
    }

    /** "Phone Samsung SM-G991B", but "Linux Desktop" rather than "Desktop Linux Desktop". */
    private static String device(UserAgent parsed) {
        var deviceClass = known(parsed.getValue(UserAgent.DEVICE_CLASS));
        var name = known(parsed.getValue(UserAgent.DEVICE_NAME));
        if (!deviceClass.isEmpty() && name.contains(deviceClass)) {
            return Texts.cut(name, MOST);
        }
        return join(parsed, UserAgent.DEVICE_CLASS, UserAgent.DEVICE_NAME);
    }

    private static String known(String value) {
        if (value == null || value.isBlank() || value.startsWith("Unknown") || value.equals("??")) {
            return "";
        }
        return value.strip();
    }
}
