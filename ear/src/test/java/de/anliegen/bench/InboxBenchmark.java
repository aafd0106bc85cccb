package de.anliegen.bench;

import de.anliegen.conversation.control.InboxQuery;
import de.anliegen.conversation.entity.Priority;
import de.anliegen.conversation.entity.Status;
import de.anliegen.support.Api;
import de.anliegen.support.ServiceRequests;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inbox at the size {@link InboxSeeder} writes (issue 22), as the demo Stadtwerke's agent sees it over HTTPS: each
 * filter's first page and its 1,000th page (reached by cursor), searches, the first screen of the long thread, and the
 * trivial request beside them; each row 200 requests one after another after 20 of warm-up, latency at the client
 * (so an upper bound of the server's time), every answer other than 2xx counted as failed. Then, from the database,
 * the statements one inbox page costs and the plans of the inbox's queries ({@code ANALYZE}: rows read, not guessed).
 *
 * <pre>
 * mvn -q test -Pbenchmark -DskipTests -Dbench.main=de.anliegen.bench.InboxBenchmark \
 *     -Dbench.jdbc='jdbc:mariadb://127.0.0.1:3306/bench?user=root&amp;password='
 * </pre>
 */
public final class InboxBenchmark {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    /**
     * Only the lists and searches whose name holds this (e.g. "search", "tag"), without the statements and plans;
     * empty: all.
     */
    private static final String ONLY = System.getProperty("bench.only", "");

    private static final int WARM_UP = 20;
    private static final int DEEP_PAGE = 1_000;
    private static final int PAGE = 20;
    private static final List<String[]> SHAPES = List.of(
            new String[] {"all", null},
            new String[] {"unassigned", null},
            new String[] {"mine", null},
            new String[] {"all", "open"},
            new String[] {"unassigned", "open"},
            new String[] {"mine", "open"});
    /** The help-desk's filters over all queues: what they add to the list's address. */
    private static final List<String[]> FILTERS = List.of(
            new String[] {"priority urgent", "&priority=urgent"},
            new String[] {"tag `rückruf` (in about 2 % of requests)", "&tag=r%C3%BCckruf"},
            new String[] {"tag `" + InboxSeeder.RARE_TAG + "` (1 in 1,000)", "&tag=" + InboxSeeder.RARE_TAG},
            new String[] {"awaiting first response, due soonest first", "&order=due"});

    private final HttpClient http = HttpClient.newBuilder()
            .sslContext(Api.trustingSelfSigned())
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String jdbc =
            System.getProperty("bench.jdbc", "jdbc:mariadb://127.0.0.1:3306/bench?user=root&password=");
    private String token;

    public static void main(String[] args) throws Exception {
        new InboxBenchmark().run();
    }

    private void run() throws Exception {
        token = ServiceRequests.stadtwerkeAgent().accessToken();
        System.out.println("| what | requests | p50 ms | p99 ms | max ms | failed | answered |");
        System.out.println("|---|---|---|---|---|---|---|");
        measure("trivial `GET /api/dev/ping`", "/api/dev/ping");
        var deepCursors = new ArrayList<String>();
        for (var shape : SHAPES) {
            if (!name(shape).contains(ONLY)) {
                continue;
            }
            var list = "/api/v1/conversations?queue=" + shape[0] + (shape[1] == null ? "" : "&status=" + shape[1])
                    + "&limit=" + PAGE;
            measure("inbox " + name(shape) + ", first page", list);
            var walked = walk(list);
            deepCursors.add(walked.cursor());
            measure(
                    "inbox " + name(shape) + ", page " + walked.page() + " by cursor",
                    list + "&after=" + walked.cursor());
        }
        for (var filter : FILTERS) {
            if (!filter[0].contains(ONLY)) {
                continue;
            }
            var list = "/api/v1/conversations?queue=all&limit=" + PAGE + filter[1];
            measure("inbox all, " + filter[0] + ", first page", list);
            var walked = walk(list);
            if (walked.page() > 1) {
                measure(
                        "inbox all, " + filter[0] + ", page " + walked.page() + " by cursor",
                        list + "&after=" + walked.cursor());
            }
        }
        measure("search, a word in 100 messages (`" + InboxSeeder.RARE_WORD + "`)", search(InboxSeeder.RARE_WORD));
        measure("search, a customer's name", search("Kunde 10000123"), 20);
        measure("search, a piece of 2 letters (`ok`), by like", search("ok"), 20);
        measure("search, a word in 4 % of all messages (`Zählerstand`)", search("Zählerstand"), 20);
        measure(
                "thread of 2,000 messages, first 50",
                "/api/v1/conversations/" + InboxSeeder.LONG_THREAD + "/messages?after=0&limit=50");
        measure(
                "thread of 2,000 messages, newest 50",
                "/api/v1/conversations/" + InboxSeeder.LONG_THREAD + "/messages?before=2001&limit=50");
        if (ONLY.isEmpty()) {
            statementsPerPage();
            plans(deepCursors);
        }
    }

    private static String name(String[] shape) {
        return shape[0] + (shape[1] == null ? "" : " + " + shape[1]);
    }

    private static String search(String term) {
        return "/api/v1/conversations?queue=all&limit=" + PAGE + "&q="
                + URLEncoder.encode(term, StandardCharsets.UTF_8);
    }

    /** Follows next from the first page to page {@value #DEEP_PAGE}, or the last there is. */
    private Walked walk(String list) throws Exception {
        String cursor = null;
        var page = 1;
        while (page < DEEP_PAGE) {
            var answer = get(list + (cursor == null ? "" : "&after=" + cursor));
            var next = !answer.containsKey("next") || answer.isNull("next") ? null : answer.getString("next");
            if (next == null) {
                break;
            }
            cursor = next;
            page++;
        }
        return new Walked(page, cursor);
    }

    private record Walked(int page, String cursor) {}

    private JsonObject get(String path) throws Exception {
        var response = http.send(request(path), BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        try (var reader = Deliveries.JSON.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(Api.BASE.resolve(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .build();
    }

    private void measure(String what, String path) throws Exception {
        measure(what, path, REQUESTS);
    }

    /** {@code requests} one after another (after a warm-up as long, at most {@value #WARM_UP}). */
    private void measure(String what, String path, int requests) throws Exception {
        if (!what.contains(ONLY) && !what.startsWith("trivial")) {
            return;
        }
        var failed = 0;
        for (var i = 0; i < Math.min(WARM_UP, requests); i++) {
            http.send(request(path), BodyHandlers.discarding());
        }
        var millis = new double[requests];
        var last = "";
        for (var i = 0; i < requests; i++) {
            var started = System.nanoTime();
            var response = http.send(request(path), BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() / 100 != 2) {
                failed++;
            }
            last = response.body();
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f | %d | %s |%n",
                what,
                requests,
                millis[requests / 2],
                millis[(int) Math.ceil(requests * 0.99) - 1],
                millis[requests - 1],
                failed,
                answered(last));
    }

    private static String answered(String body) {
        if (!body.startsWith("{")) {
            return "";
        }
        try (var reader = Deliveries.JSON.createReader(new StringReader(body))) {
            var json = reader.readObject();
            if (json.containsKey("conversations")) {
                return json.getJsonArray("conversations").size() + " rows, total " + json.getJsonNumber("total")
                        + (json.getBoolean("totalCapped", false) ? "+" : "")
                        + (json.containsKey("searchedOnlyNewest")
                                ? ", searched the newest " + json.getJsonNumber("searchedOnlyNewest")
                                : "");
            }
            if (json.containsKey("messages")) {
                return json.getJsonArray("messages").size() + " messages";
            }
            return "";
        }
    }

    /** What MariaDB receives for one inbox page, all told (token check, usage log, the page's own queries). */
    private void statementsPerPage() throws Exception {
        try (var db = DriverManager.getConnection(jdbc);
                var sql = db.createStatement()) {
            var path = "/api/v1/conversations?queue=unassigned&limit=" + PAGE;
            var before = questions(sql);
            for (var i = 0; i < REQUESTS; i++) {
                http.send(request(path), BodyHandlers.discarding());
            }
            var after = questions(sql);
            System.out.printf(
                    Locale.ROOT,
                    "%nStatements MariaDB received per inbox page (Questions, %d pages, the server otherwise idle): %.1f%n",
                    REQUESTS,
                    (after - before - 1) / (double) REQUESTS);
        }
    }

    private static long questions(Statement sql) throws SQLException {
        try (var rows = sql.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rows.next();
            return rows.getLong(2);
        }
    }

    /** ANALYZE of each shape's page query, first page and deep, with the rows each step really read. */
    private void plans(List<String> deepCursors) throws SQLException {
        try (var db = DriverManager.getConnection(jdbc);
                var sql = db.createStatement()) {
            var company = single(sql, "SELECT id FROM company WHERE handle = 'stadtwerke-musterstadt'");
            var agent =
                    single(sql, "SELECT id FROM staff_account WHERE email = 'agent@stadtwerke-musterstadt.example'");
            System.out.println();
            for (var i = 0; i < SHAPES.size(); i++) {
                var shape = SHAPES.get(i);
                var status = shape[1] == null ? null : Status.valueOf(shape[1].toUpperCase(Locale.ROOT));
                var query = InboxQuery.ofCompany(company, agent, shape[0], status, null, null, null, null);
                for (var deep : new boolean[] {false, true}) {
                    var text = query.pageSql(deep, true)
                            .replace(":company", String.valueOf(company))
                            .replace(":agent", String.valueOf(agent))
                            .replace(":status", status == null ? "" : "'" + status.name() + "'");
                    if (deep) {
                        var cursor = new String(
                                        Base64.getUrlDecoder().decode(deepCursors.get(i)), StandardCharsets.US_ASCII)
                                .split("\\.");
                        var at = java.time.Instant.ofEpochSecond(Long.parseLong(cursor[1]), Long.parseLong(cursor[2]));
                        text = text.replace(
                                        ":at",
                                        "'" + at.toString().replace("T", " ").replace("Z", "") + "'")
                                .replace(":id", cursor[3]);
                    }
                    text += " LIMIT " + (PAGE + 1);
                    analyze(sql, name(shape) + (deep ? ", deep page" : ", first page"), text);
                }
            }
            // the help-desk's filters, first page
            var filters = Map.of(
                    "priority urgent",
                    InboxQuery.ofCompany(company, agent, "all", null, Priority.URGENT, null, null, null),
                    "tag `rückruf`",
                    InboxQuery.ofCompany(company, agent, "all", null, null, "rückruf", null, null),
                    "awaiting first response, due soonest first",
                    InboxQuery.ofCompany(company, agent, "all", null, null, null, null, InboxQuery.BY_DUE));
            for (var filter : filters.entrySet()) {
                analyze(
                        sql,
                        filter.getKey() + ", first page",
                        filter.getValue()
                                        .pageSql(false, true)
                                        .replace(":company", String.valueOf(company))
                                        .replace(":priority", "'URGENT'")
                                        .replace(":tag", "'rückruf'")
                                + " LIMIT " + (PAGE + 1));
            }
            // the unread count in every agent's navigation, and the dashboard's overdue count (Conversation's queries)
            analyze(
                    sql,
                    "unread count",
                    "SELECT c.consumer_id FROM conversation c WHERE c.company_id = " + company
                            + " AND c.company_unread = TRUE AND c.status = 'OPEN' LIMIT 400");
            analyze(
                    sql,
                    "overdue count",
                    "SELECT COUNT(*) FROM conversation c WHERE c.company_id = " + company
                            + " AND c.first_response_at IS NULL AND c.first_response_due_at < NOW()");
        }
    }

    private static void analyze(Statement sql, String what, String query) throws SQLException {
        System.out.println("`" + what + "`: " + query);
        try (var rows = sql.executeQuery("ANALYZE " + query)) {
            while (rows.next()) {
                System.out.printf(
                        "    type %s, key %s, rows %s, r_rows %s, Extra %s%n",
                        rows.getString("type"),
                        rows.getString("key"),
                        rows.getString("rows"),
                        rows.getString("r_rows"),
                        rows.getString("Extra"));
            }
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
