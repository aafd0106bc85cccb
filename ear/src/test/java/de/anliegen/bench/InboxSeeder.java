package de.anliegen.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Fills a MariaDB database the product has migrated with an inbox of years (issue 22, docs/benchmarks.md): by default
 * 1,000,000 conversations over 50 companies, of which the demo Stadtwerke has 300,000, and 20,000,000 messages (one
 * conversation of the Stadtwerke with 2,000, the others 1 to 39), written with multi-row inserts. Among the texts, the
 * word {@value #RARE_WORD} stands in exactly {@value #RARE_IN_STADTWERKE} messages of the Stadtwerke (and as many of
 * the other companies), for the search's figure. A fifth of the conversations carry one or two of {@link #TAGS}
 * ({@value #RARE_TAG} only in one in a thousand), their priority is mostly normal, those with a single message still
 * await their first response (due four hours after it came), and one open conversation in ten has an unread message of
 * its consumer. The full-text index of the messages is dropped while writing and built again after, as a bulk import
 * would do.
 *
 * <pre>
 * mvn -q test -Pbenchmark -DskipTests -Dbench.main=de.anliegen.bench.InboxSeeder \
 *     -Dbench.jdbc='jdbc:mariadb://127.0.0.1:3306/bench?user=root&amp;password='
 * </pre>
 */
public final class InboxSeeder {

    static final String RARE_WORD = "Zauberwort";
    static final int RARE_IN_STADTWERKE = 100;
    static final long FIRST_ID = 10_000_001L;
    static final String[] TAGS = ("zählerstand rechnung umzug störung kündigung tarif abschlag mahnung termin "
                    + "hausanschluss beschwerde lob rückruf vip dringend")
            .split(" ");
    static final String RARE_TAG = "presse";
    /** The Stadtwerke's conversation with the long thread: the first one written. */
    static final long LONG_THREAD = FIRST_ID;

    private static final int LONG_THREAD_MESSAGES = 2_000;
    private static final int ROWS_PER_INSERT = 2_000;
    private static final int CONVERSATIONS_PER_CONSUMER = 5;
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] WORDS = ("Zählerstand Rechnung Abschlag Vertrag Kündigung Umzug Strom Gas Wasser "
                    + "Fernwärme Tarif Preis Erhöhung Zahlung Lastschrift Mahnung Ablesung Termin Techniker Störung "
                    + "Ausfall Hausanschluss Baustelle Guthaben Nachzahlung Jahresabrechnung Kundennummer Zähler "
                    + "Nummer Foto Brief Post Email Anruf Rückruf bitte danke gerne heute morgen gestern Woche Monat "
                    + "Jahr Januar Februar März April Mai Juni Juli August September Oktober November Dezember "
                    + "Frage Antwort Hilfe Problem Lösung erledigt offen warten prüfen senden schicken geändert "
                    + "neu alt falsch richtig hoch niedrig teuer günstig schnell langsam freundlich Grüße Hallo "
                    + "Guten Tag Abend Ihnen Sie wir ich mein unser Ihr Konto Bank IBAN Adresse Name Wohnung Haus "
                    + "Keller Garage Heizung Warmwasser Leitung Druck Rohr Leck Notdienst Bäckerei Brötchen Torte "
                    + "Bestellung Abholung Lieferung Filiale Öffnungszeiten Gutschein Rabatt Aktion Angebot")
            .split(" ");

    private final String url;
    private final int conversations;
    private final long messages;
    private final int companies;
    private final int bigCompany;

    private InboxSeeder() {
        url = System.getProperty("bench.jdbc", "jdbc:mariadb://127.0.0.1:3306/bench?user=root&password=");
        conversations = Integer.getInteger("bench.conversations", 1_000_000);
        messages = Long.getLong("bench.messages", 20_000_000L);
        companies = Integer.getInteger("bench.companies", 50);
        bigCompany = Integer.getInteger("bench.bigCompany", 300_000);
    }

    public static void main(String[] args) throws Exception {
        new InboxSeeder().seed();
    }

    private void seed() throws Exception {
        var started = System.nanoTime();
        try (var db = DriverManager.getConnection(url);
                var sql = db.createStatement()) {
            if (count(sql, "SELECT COUNT(*) FROM conversation WHERE id >= " + FIRST_ID) > 0) {
                System.out.println("Seeded already: nothing written.");
                return;
            }
            var stadtwerke = count(sql, "SELECT id FROM company WHERE handle = 'stadtwerke-musterstadt'");
            var agents = ids(sql, "SELECT id FROM staff_account WHERE company_id = " + stadtwerke + " ORDER BY id");
            var companyIds = new ArrayList<Long>(List.of(stadtwerke));
            var now = LocalDateTime.now(ZoneOffset.UTC);
            for (var i = 1; i < companies; i++) {
                sql.executeUpdate("INSERT INTO company (handle, name, description, created_at) VALUES ('bench-firma-"
                        + i + "', 'Firma " + i + "', 'Für den Benchmark', '" + SQL_TIME.format(now) + "')");
                companyIds.add(count(sql, "SELECT id FROM company WHERE handle = 'bench-firma-" + i + "'"));
            }
            System.out.println("Dropping the messages' full-text index while writing");
            sql.execute("ALTER TABLE message DROP INDEX ft_message_body");
            // and its hidden FTS_DOC_ID column: MariaDB 10.11 builds a full-text index that finds nothing on a table
            // that kept the column of one dropped before (reproduced on a table of two rows); a rebuild drops it
            sql.execute("ALTER TABLE message FORCE");
            var plan = Plan.of(conversations, messages, companyIds, bigCompany);
            write(plan, agents);
            System.out.printf("Written in %d s; building the full-text index%n", seconds(started));
            var indexing = System.nanoTime();
            sql.execute("SET SESSION innodb_ft_enable_stopword = 0");
            sql.execute("CREATE FULLTEXT INDEX ft_message_body ON message (body)");
            System.out.printf("Full-text index built in %d s%n", seconds(indexing));
            sql.execute("ANALYZE TABLE conversation, conversation_tag, message, consumer, company_connection");
            System.out.printf(
                    "Seeded %,d conversations and %,d messages over %d companies in %d s; the long thread is %d%n",
                    conversations,
                    count(sql, "SELECT COUNT(*) FROM message WHERE conversation_id >= " + FIRST_ID),
                    companies,
                    seconds(started),
                    LONG_THREAD);
        }
    }

    /** Conversations, their consumers and connections, then messages, on two connections at once. */
    private void write(Plan plan, List<Long> agents) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        var done = new ArrayList<Future<?>>();
        var half = plan.conversations() / 2;
        done.add(writers.submit(() -> writeRange(plan, agents, 0, half)));
        done.add(writers.submit(() -> writeRange(plan, agents, half, plan.conversations())));
        for (var future : done) {
            future.get();
        }
        writers.shutdown();
        writers.awaitTermination(1, TimeUnit.MINUTES);
    }

    private Void writeRange(Plan plan, List<Long> agents, int from, int to) throws SQLException {
        var random = new Random(from);
        var rare = new Random(42);
        var rareConversations = new HashSet<Integer>();
        while (rareConversations.size() < RARE_IN_STADTWERKE) {
            rareConversations.add(1 + rare.nextInt(plan.big() - 1));
        }
        while (rareConversations.size() < 2 * RARE_IN_STADTWERKE) {
            rareConversations.add(plan.big() + rare.nextInt(plan.conversations() - plan.big()));
        }
        var end = Instant.now();
        try (var db = DriverManager.getConnection(url);
                var sql = db.createStatement()) {
            sql.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
            var consumers =
                    new Rows(sql, "INSERT INTO consumer (id, first_name, last_name, created_at, version) VALUES ");
            var connections = new Rows(
                    sql, "INSERT INTO company_connection (consumer_id, company_id, connected_at, active) VALUES ");
            var conversationRows = new Rows(
                    sql,
                    "INSERT INTO conversation (id, consumer_id, company_id, client_request_id, subject, status,"
                            + " assigned_agent_id, last_seq, consumer_delivered_seq, consumer_read_seq,"
                            + " company_delivered_seq, company_read_seq, created_at, last_activity_at, priority,"
                            + " first_response_due_at, first_response_at, waiting_since, company_unread) VALUES ");
            // after their requests: on MariaDB a tag's row takes its request's activity when it is written (V33_1)
            var tagRows = new Rows(
                    sql, "INSERT INTO conversation_tag (conversation_id, company_id, tag) VALUES ", conversationRows);
            var messageRows = new Rows(
                    sql,
                    "INSERT INTO message (conversation_id, seq, client_message_id, author, agent_id, agent_name, body,"
                            + " sent_at) VALUES ");
            var written = 0L;
            var progress = System.nanoTime();
            for (var k = from; k < to; k++) {
                var id = FIRST_ID + k;
                var consumer = FIRST_ID + k / CONVERSATIONS_PER_CONSUMER;
                var company = plan.companyOf(k);
                if (k % CONVERSATIONS_PER_CONSUMER == 0) {
                    consumers.add("(" + consumer + ", 'Bench', 'Kunde " + consumer + "', '" + time(end) + "', 0)");
                    connections.add("(" + consumer + ", " + company + ", '" + time(end) + "', 1)");
                }
                var count = k == 0 ? LONG_THREAD_MESSAGES : plan.messagesOf(k, random);
                var last = end.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
                var first = last.minus(Duration.ofMinutes(count * (1L + random.nextInt(30))));
                var status = switch (random.nextInt(10)) {
                    case 0, 1 -> "OPEN";
                    case 2 -> "WAITING_FOR_CONSUMER";
                    case 3, 4, 5, 6 -> "RESOLVED";
                    default -> "CLOSED";
                };
                var agent = random.nextBoolean() ? "NULL" : String.valueOf(agents.get(random.nextInt(agents.size())));
                var priority = switch (random.nextInt(20)) {
                    case 0, 1 -> "LOW";
                    case 2, 3, 4 -> "HIGH";
                    case 5 -> "URGENT";
                    default -> "NORMAL";
                };
                var open = status.equals("OPEN");
                var unread = open && count % 2 == 1 && random.nextInt(10) == 0;
                var answered = count == 1
                        ? "NULL"
                        : "'"
                                + time(first.plus(Duration.between(first, last)
                                        .multipliedBy(2)
                                        .dividedBy(count))) + "'";
                conversationRows.add("(" + id + ", " + consumer + ", " + company + ", 'b" + k + "', '"
                        + sentence(random, 3) + "', '" + status + "', " + agent + ", " + count + ", " + count + ", "
                        + count + ", " + count + ", " + (unread ? count - 1 : count) + ", '" + time(first) + "', '"
                        + time(last) + "', '" + priority + "', '" + time(first.plus(Duration.ofHours(4))) + "', "
                        + answered + ", " + (open ? "'" + time(last) + "'" : "NULL") + ", " + unread + ")");
                if (random.nextInt(5) == 0) {
                    var tag = TAGS[random.nextInt(TAGS.length)];
                    tagRows.add("(" + id + ", " + company + ", '" + tag + "')");
                    var second = TAGS[random.nextInt(TAGS.length)];
                    if (random.nextBoolean() && !second.equals(tag)) {
                        tagRows.add("(" + id + ", " + company + ", '" + second + "')");
                    }
                }
                if (k % 1_000 == 7) {
                    tagRows.add("(" + id + ", " + company + ", '" + RARE_TAG + "')");
                }
                var rareAt = rareConversations.contains(k) ? 1 + random.nextInt(count) : -1;
                for (var seq = 1; seq <= count; seq++) {
                    var byCompany = seq % 2 == 0;
                    var text = sentence(random, 6 + random.nextInt(9)) + (seq == rareAt ? " " + RARE_WORD : "");
                    var at = first.plus(
                            Duration.between(first, last).multipliedBy(seq).dividedBy(count));
                    messageRows.add("(" + id + ", " + seq + ", 'b" + seq + "', '" + (byCompany ? "COMPANY" : "CONSUMER")
                            + "', " + (byCompany ? agents.get(0) : "NULL") + ", "
                            + (byCompany ? "'Alex Agent'" : "NULL")
                            + ", '" + text + "', '" + time(at) + "')");
                }
                written += count;
                if (System.nanoTime() - progress > TimeUnit.SECONDS.toNanos(30)) {
                    progress = System.nanoTime();
                    System.out.printf("  %,d of %,d conversations, %,d messages%n", k - from, to - from, written);
                }
            }
            consumers.flush();
            connections.flush();
            conversationRows.flush();
            tagRows.flush();
            messageRows.flush();
        }
        return null;
    }

    private static String sentence(Random random, int words) {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String time(Instant instant) {
        return SQL_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Long> ids(Statement sql, String query) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var rows = sql.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static long seconds(long since) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
    }

    /** Rows of one table, written {@value #ROWS_PER_INSERT} to a statement. */
    private static final class Rows {
        private final Statement sql;
        private final String head;
        private final List<String> rows = new ArrayList<>();
        private final Rows after;

        Rows(Statement sql, String head) {
            this(sql, head, null);
        }

        /** Rows that refer to those of {@code after}, which are written first. */
        Rows(Statement sql, String head, Rows after) {
            this.sql = sql;
            this.head = head;
            this.after = after;
        }

        void add(String row) throws SQLException {
            rows.add(row);
            if (rows.size() == ROWS_PER_INSERT) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (after != null) {
                after.flush();
            }
            if (!rows.isEmpty()) {
                sql.executeUpdate(head + String.join(", ", rows));
                rows.clear();
            }
        }
    }

    /** Which company each conversation goes to and how many messages it holds, for the totals asked. */
    private record Plan(int conversations, long messages, List<Long> companies, int big) {

        static Plan of(int conversations, long messages, List<Long> companies, int big) {
            return new Plan(conversations, messages, companies, Math.min(big, conversations));
        }

        long companyOf(int k) {
            if (k < big) {
                return companies.get(0);
            }
            // the rest in blocks, so that a consumer's five conversations go to one company
            var others = companies.size() - 1;
            var block = (k - big) / CONVERSATIONS_PER_CONSUMER;
            return companies.get(1 + (int) (block % others));
        }

        /** 1 to 2 × average − 1 (the average's fraction by chance), so that the total comes near {@code messages}. */
        int messagesOf(int k, Random random) {
            var exact = Math.max(1.0, (messages - LONG_THREAD_MESSAGES) / (double) Math.max(1, conversations - 1));
            var average = (int) exact + (random.nextDouble() < exact - (int) exact ? 1 : 0);
            return 1 + random.nextInt(2 * average - 1);
        }
    }
}
