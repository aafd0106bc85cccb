package de.anliegen.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserAgentsTest {

    private final UserAgents userAgents = new UserAgents();

    @Test
    void a_phone_browser_is_told_by_browser_system_and_device() {
        var described = userAgents.describe("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.6778.135 Mobile Safari/537.36");

        assertEquals("Chrome 131", described.browser());
        assertEquals("Android 14", described.operatingSystem());
        assertEquals("Phone Samsung SM-S918B", described.device());
    }

    @Test
    void a_desktop_browser() {
        var described =
                userAgents.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0");

        assertEquals("Firefox 133", described.browser());
        assertEquals("Windows NT >=10", described.operatingSystem(), "Windows 10 and 11 send the same header");
        assertEquals("Desktop", described.device());
    }

    @Test
    void no_header_is_unknown() {
        var described = userAgents.describe(null);

        assertEquals("unknown", described.browser());
        assertEquals("unknown", described.device());
    }
}
