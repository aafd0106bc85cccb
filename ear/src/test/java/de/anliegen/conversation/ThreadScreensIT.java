package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A long conversation opens at its newest messages: a page before a cursor answers the messages just before it, in
 * order, and leads on to the page before it until the first message, none missed and none twice.
 */
@OnEveryDatabase
class ThreadScreensIT extends AgainstTheProduct {

    // five screens of twenty, the last one short
    private static final int MESSAGES = 95;
    private static final int SCREEN = 20;

    @Test
    void the_newest_screen_comes_first_and_paging_back_reaches_the_first_message_once_each() {
        var consumer = Consumers.signUp("Lena", "Lang");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Ein langer Verlauf");
        ServiceRequests.sendMany(consumer.accessToken(), id, MESSAGES - 1);
        var lastSeq = ServiceRequests.conversation(agent.accessToken(), id)
                .getJsonNumber("lastSeq")
                .longValue();
        assertEquals(MESSAGES, lastSeq);

        var newest = before(agent.accessToken(), id, lastSeq + 1, SCREEN);
        assertEquals(
                LongStream.rangeClosed(lastSeq - SCREEN + 1, lastSeq).boxed().toList(), seqs(newest));
        assertEquals(lastSeq - SCREEN + 1, newest.getJsonNumber("earlier").longValue());
        assertEquals(lastSeq, newest.getJsonNumber("next").longValue());
        assertFalse(newest.getBoolean("more"), newest::toString);

        var seen = new ArrayList<>(seqs(newest));
        var page = newest;
        while (page.containsKey("earlier")) {
            page = before(agent.accessToken(), id, page.getJsonNumber("earlier").longValue(), SCREEN);
            var shown = seqs(page);
            assertEquals(shown.stream().sorted().toList(), shown, "in order");
            assertTrue(page.getBoolean("more"), "newer messages follow an earlier page");
            assertEquals(shown.get(shown.size() - 1), page.getJsonNumber("next").longValue());
            seen.addAll(0, shown);
        }
        assertEquals(1L, seqs(page).get(0), "the last page back holds the first message");
        assertEquals(LongStream.rangeClosed(1, lastSeq).boxed().toList(), seen, "none missed, none twice");
    }

    @Test
    void before_is_refused_with_after_and_below_1() {
        var consumer = Consumers.signUp("Bernd", "Vorher");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(consumer.accessToken(), STADTWERKE, "Ein kurzer Verlauf");
        var path = "/api/v1/conversations/" + id + "/messages?";

        var both = Api.get(path + "after=0&before=5", consumer.accessToken());
        assertEquals(400, both.status(), both::toString);
        assertEquals("before", field(both));
        for (var wrong : List.of("0", "-3")) {
            var refused = Api.get(path + "before=" + wrong, consumer.accessToken());
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("before", field(refused));
        }

        var everything = before(consumer.accessToken(), id, Long.MAX_VALUE, 50);
        assertEquals(List.of(1L), seqs(everything));
        assertFalse(everything.containsKey("earlier"), everything::toString);
    }

    private static JsonObject before(String token, long id, long before, int limit) {
        var reply = Api.get("/api/v1/conversations/" + id + "/messages?before=" + before + "&limit=" + limit, token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<Long> seqs(JsonObject page) {
        return page.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(message -> message.getJsonNumber("seq").longValue())
                .toList();
    }

    private static String field(Api.Reply reply) {
        var errors = reply.json().getJsonArray("errors");
        assertNotNull(errors, reply::toString);
        return errors.getJsonObject(0).getString("field");
    }
}
