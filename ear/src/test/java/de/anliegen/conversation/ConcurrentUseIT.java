package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.BAECKEREI;
import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Consumers;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Two consumers and the agents of two companies at once, each with a live socket: everyone hears exactly the messages
 * of their own conversations, in order, and nothing of anyone else's.
 */
@OnEveryDatabase
class ConcurrentUseIT extends AgainstTheProduct {

    private static final int MESSAGES = 10;

    @Test
    void two_consumers_and_two_companies_agents_work_at_once_and_each_hears_only_their_own() throws Exception {
        var anna = Consumers.signUp("Anna", "Gleichzeitig");
        var ben = Consumers.signUp("Ben", "Gleichzeitig");
        for (var consumer : List.of(anna, ben)) {
            ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
            ServiceRequests.connect(consumer.accessToken(), BAECKEREI);
        }
        var stadtwerke = ServiceRequests.stadtwerkeAgent();
        var baeckerei = ServiceRequests.baeckereiAgent();
        var annaStadtwerke = ServiceRequests.open(anna.accessToken(), STADTWERKE, "Anna an Stadtwerke");
        var annaBaeckerei = ServiceRequests.open(anna.accessToken(), BAECKEREI, "Anna an Bäckerei");
        var benStadtwerke = ServiceRequests.open(ben.accessToken(), STADTWERKE, "Ben an Stadtwerke");
        var benBaeckerei = ServiceRequests.open(ben.accessToken(), BAECKEREI, "Ben an Bäckerei");

        try (var annasApp = StreamClient.ready(anna.accessToken(), null);
                var bensApp = StreamClient.ready(ben.accessToken(), null);
                var stadtwerkeClient = StreamClient.ready(stadtwerke.accessToken(), null);
                var baeckereiClient = StreamClient.ready(baeckerei.accessToken(), null)) {
            var pool = Executors.newFixedThreadPool(8);
            try {
                var writers = new ArrayList<Callable<Void>>();
                writers.add(writer(anna.accessToken(), annaStadtwerke, "A→S"));
                writers.add(writer(anna.accessToken(), annaBaeckerei, "A→B"));
                writers.add(writer(ben.accessToken(), benStadtwerke, "B→S"));
                writers.add(writer(ben.accessToken(), benBaeckerei, "B→B"));
                writers.add(writer(stadtwerke.accessToken(), annaStadtwerke, "S→A"));
                writers.add(writer(stadtwerke.accessToken(), benStadtwerke, "S→B"));
                writers.add(writer(baeckerei.accessToken(), annaBaeckerei, "B→A"));
                writers.add(writer(baeckerei.accessToken(), benBaeckerei, "B→Ben"));
                for (var done : pool.invokeAll(writers)) {
                    done.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertHears(annasApp, Map.of(annaStadtwerke, 1 + 2 * MESSAGES, annaBaeckerei, 1 + 2 * MESSAGES));
            assertHears(bensApp, Map.of(benStadtwerke, 1 + 2 * MESSAGES, benBaeckerei, 1 + 2 * MESSAGES));
            assertHears(stadtwerkeClient, Map.of(annaStadtwerke, 1 + 2 * MESSAGES, benStadtwerke, 1 + 2 * MESSAGES));
            assertHears(baeckereiClient, Map.of(annaBaeckerei, 1 + 2 * MESSAGES, benBaeckerei, 1 + 2 * MESSAGES));
        }
    }

    private static Callable<Void> writer(String token, long conversation, String tag) {
        return () -> {
            for (var i = 0; i < MESSAGES; i++) {
                ServiceRequests.send(token, conversation, tag + " " + i);
            }
            return null;
        };
    }

    /**
     * The stream brings, in cursor order without gaps, the messages of exactly these conversations, each conversation's
     * messages in their order (the opening message was before the socket: it is not among them).
     */
    private static void assertHears(StreamClient stream, Map<Long, Integer> lastSeqs) {
        var seen = new HashMap<Long, Long>();
        var expected = lastSeqs.values().stream().mapToInt(last -> last - 1).sum();
        long cursor = -1;
        for (var i = 0; i < expected; i++) {
            JsonObject event = stream.next("message");
            var at = event.getJsonNumber("cursor").longValue();
            if (cursor >= 0) {
                assertEquals(cursor + 1, at, "no gap, no repetition: " + event);
            }
            cursor = at;
            var conversation =
                    event.getJsonObject("conversation").getJsonNumber("id").longValue();
            assertNotEquals(null, lastSeqs.get(conversation), "another's conversation: " + event);
            var seq = event.getJsonObject("message").getJsonNumber("seq").longValue();
            assertEquals(seen.getOrDefault(conversation, 1L) + 1, seq, "in order: " + event);
            seen.put(conversation, seq);
        }
        for (var conversation : lastSeqs.entrySet()) {
            assertEquals((long) conversation.getValue(), seen.get(conversation.getKey()));
        }
    }
}
