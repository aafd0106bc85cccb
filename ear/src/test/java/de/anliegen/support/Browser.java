package de.anliegen.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (never a downloaded browser). Records every request the
 * page makes and every console message, and keeps screenshots under target/screenshots.
 *
 * <p>A closed browser is kept for the next test that opens one of its kind, as a person's browser comes back to the
 * product another day: on a blank page, without cookies or anything the product's origin stored, with only its HTTP
 * cache left. Starting Chromium and loading the portal's scripts into an empty cache took about 3½ of the 5½ seconds
 * from opening a browser to a signed-in portal on our 2-core machine. A browser whose network settings a test changed
 * is quit instead.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Map<Boolean, Deque<Browser>> KEPT = new HashMap<>();
    /** What a page can store for its origin, in DevTools' storage types (not the HTTP cache). */
    private static final String STORED_BY_THE_PAGE = "cookies,local_storage,indexeddb,service_workers,cache_storage,"
            + "file_systems,websql,shared_storage,storage_buckets";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitKept));
    }

    private final ChromeDriver driver;
    private final URI origin;
    private final boolean phone;
    private boolean networkChanged;

    private Browser(ChromeDriver driver, URI origin, boolean phone) {
        this.driver = driver;
        this.origin = origin;
        this.phone = phone;
    }

    static {
        // Selenium looks for a DevTools binding matching Chromium's version; the tests read the logs, not DevTools
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
        java.util.logging.Logger.getLogger("org.openqa.selenium.chromium").setLevel(Level.SEVERE);
    }

    /** A laptop-sized window. */
    public static Browser open() {
        return open(Api.BASE, "1366,900", false);
    }

    /** A phone's screen (360 × 640 CSS pixels, emulated: a window cannot be that narrow), as the app is used. */
    public static Browser openPhone() {
        return open(Api.BASE, "500,800", true);
    }

    /** A laptop-sized window on the product at another address (a cluster's balancer); quit when closed. */
    public static Browser openAt(URI origin) {
        return open(origin, "1366,900", false);
    }

    private static Browser open(URI origin, String windowSize, boolean phone) {
        synchronized (KEPT) {
            var kept = KEPT.get(phone);
            if (origin.equals(Api.BASE) && kept != null && !kept.isEmpty()) {
                return kept.pop();
            }
        }
        if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        var logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        logging.enable(LogType.BROWSER, Level.ALL);
        var options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--ignore-certificate-errors",
                        "--ignore-certificate-errors-spki-list=" + serverKey(origin),
                        "--window-size=" + windowSize,
                        "--lang=de-DE");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        if (phone) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", 360, "height", 640, "pixelRatio", 2.0, "touch", true)));
        }
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        return new Browser(new ChromeDriver(service, options), origin, phone);
    }

    /** The base64 SHA-256 of the product's public key, whose certificate Chromium then takes as valid. */
    private static String serverKey(URI origin) {
        try (var socket = (javax.net.ssl.SSLSocket)
                Api.trustingSelfSigned().getSocketFactory().createSocket(origin.getHost(), origin.getPort())) {
            socket.startHandshake();
            var key =
                    socket.getSession().getPeerCertificates()[0].getPublicKey().getEncoded();
            return java.util.Base64.getEncoder()
                    .encodeToString(
                            java.security.MessageDigest.getInstance("SHA-256").digest(key));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(origin.resolve(path).toString());
        return this;
    }

    /** Every URL the browser requested since the last call (from Chromium's performance log). */
    public List<String> requestedUrls() {
        return requestedUrls(null);
    }

    /** Every URL the browser requested with this method (null: any) since the last call. */
    public List<String> requestedUrls(String method) {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> entry.getMessage())
                .filter(message -> message.contains("\"Network.requestWillBeSent\""))
                .flatMap(message -> urlOf(message, method))
                .toList();
    }

    /** Those of the URLs that go anywhere but the product's own origin (data: URLs stay local). */
    public static List<String> otherOrigins(List<String> urls) {
        return urls.stream()
                .filter(url -> {
                    var uri = java.net.URI.create(url);
                    var own = "https".equals(uri.getScheme())
                            && Api.BASE.getAuthority().equals(uri.getAuthority());
                    return !own && !"data".equals(uri.getScheme());
                })
                .toList();
    }

    /** Console messages of level SEVERE since the last call: script errors, CSP violations, failed loads. */
    /** Fails unless the page is no wider than the window: nothing to scroll sideways (on a phone, say). */
    /**
     * Fails unless the page is no wider than the screen. Not measured against window.innerWidth: a phone zooms out to
     * show a page that is too wide, and innerWidth grows with it; the root's clientWidth stays the screen's.
     */
    public void assertFitsTheScreen(String page) {
        var widths = (List<?>) driver().executeScript(
                        "const root = document.documentElement; return [root.scrollWidth, root.clientWidth];");
        if (((Number) widths.get(0)).longValue() > ((Number) widths.get(1)).longValue()) {
            throw new AssertionError(page + " is wider than the screen (scroll width, screen width): " + widths);
        }
    }

    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    /** The console errors but those that contain this text (the failures a test brought about itself). */
    public List<String> consoleErrorsExcept(String expected) {
        return consoleErrors().stream()
                .filter(error -> !error.contains(expected))
                .toList();
    }

    /** Sends this header with every request from now on, as a browser setting or extension would (DNT, Sec-GPC). */
    public Browser sendingHeader(String name, String value) {
        networkChanged = true;
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of(name, value)));
        return this;
    }

    /** Cuts the page off the network (Chromium's network conditions) or connects it again. */
    public Browser offline(boolean offline) {
        networkChanged = true;
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        return this;
    }

    /**
     * Lets no request matching these patterns through ({@code *} for any text), until called with none: unlike the
     * network conditions, this outlives a reload of the page.
     */
    public Browser blocking(String... patterns) {
        networkChanged = true;
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(patterns)));
        return this;
    }

    /** Runs this script in every page before the page's own (DevTools), as an imitation of what a test needs. */
    public Browser beforeEveryPage(String script) {
        networkChanged = true;
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        return this;
    }

    /** The names of the cookies the browser holds for the product. */
    public Set<String> cookieNames() {
        return driver.manage().getCookies().stream().map(Cookie::getName).collect(Collectors.toSet());
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name)).map(Cookie::getValue);
    }

    /** A screenshot with this element scrolled into the middle of the window. */
    public Path screenshot(String name, By showing) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(showing));
        return screenshot(name);
    }

    public Path screenshot(String name) {
        try {
            var directory = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(directory);
            var file = directory.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<String> urlOf(String message, String method) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(message))) {
            var request = reader.readObject()
                    .getJsonObject("message")
                    .getJsonObject("params")
                    .getJsonObject("request");
            return method == null || method.equals(request.getString("method"))
                    ? Stream.of(request.getString("url"))
                    : Stream.empty();
        } catch (RuntimeException e) {
            return Stream.empty();
        }
    }

    /** Keeps the browser for the next test, as new but for its HTTP cache, or quits it. */
    @Override
    public void close() {
        if (networkChanged || !origin.equals(Api.BASE) || !forgetEverything()) {
            driver.quit();
            return;
        }
        synchronized (KEPT) {
            KEPT.computeIfAbsent(phone, kind -> new ArrayDeque<>()).push(this);
        }
    }

    /**
     * The page a new browser shows ("data:,", after the product's session storage was emptied), no cookies, nothing stored for the
     * product's origin (local storage, IndexedDB, service worker, cache storage), no unread log entries. The tab
     * stays, and with it Chromium's memory cache: the disk cache takes nothing from a server whose certificate it
     * does not trust. False if the browser could not be brought there (a dialog left open, say).
     */
    private boolean forgetEverything() {
        try {
            if (driver.getCurrentUrl().startsWith(Api.BASE.toString())) {
                driver.executeScript("sessionStorage.clear()");
            }
            driver.get("data:,");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand(
                    "Storage.clearDataForOrigin",
                    Map.of("origin", "https://" + Api.BASE.getAuthority(), "storageTypes", STORED_BY_THE_PAGE));
            requestedUrls();
            consoleErrors();
            return driver.getWindowHandles().size() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void quitKept() {
        synchronized (KEPT) {
            KEPT.values().forEach(kept -> kept.forEach(browser -> browser.driver.quit()));
            KEPT.clear();
        }
    }
}
