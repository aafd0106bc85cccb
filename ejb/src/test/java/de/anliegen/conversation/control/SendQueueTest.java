package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.conversation.boundary.Sent;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.platform.problems.Conflict;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit: who waits for whom, what goes into a batch, and how a batch's failure reaches each of its sends. */
class SendQueueTest {

    private final ExecutorService senders = Executors.newCachedThreadPool();
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        senders.shutdownNow();
    }

    @Test
    void a_lone_send_is_written_at_once_in_a_batch_of_its_own() {
        var queue = queue(sends -> sends.stream().map(SendQueueTest::written).toList());

        var sent = queue.send(send("Hallo"));

        assertEquals("Hallo", sent.message().text());
        assertEquals(List.of(List.of("Hallo")), batches);
    }

    @Test
    void the_sends_that_arrive_while_a_batch_is_written_go_together_in_the_next() throws Exception {
        var writing = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var queue = queue(sends -> {
            if (sends.get(0).text().equals("erste")) {
                writing.countDown();
                await(release);
            }
            return sends.stream().map(SendQueueTest::written).toList();
        });
        var first = senders.submit(() -> queue.send(send("erste")));
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        var threads = Collections.synchronizedList(new ArrayList<Thread>());
        var later = new ArrayList<Future<Sent>>();
        for (var text : List.of("zweite", "dritte", "vierte")) {
            later.add(senders.submit(() -> {
                threads.add(Thread.currentThread());
                return queue.send(send(text));
            }));
            waitUntilWaiting(threads, later.size());
        }

        release.countDown();

        assertEquals("erste", first.get(10, TimeUnit.SECONDS).message().text());
        for (var sent : later) {
            assertTrue(sent.get(10, TimeUnit.SECONDS).isNew());
        }
        assertEquals(List.of(List.of("erste"), List.of("zweite", "dritte", "vierte")), batches);
    }

    @Test
    void a_sender_writes_only_a_batch_that_holds_its_own_send_and_is_answered_with_its_own_message() throws Exception {
        // a thread whose send another writer took must not write a batch of later sends before it answers its request
        var strangers = Collections.synchronizedList(new ArrayList<String>());
        var queue = queue(sends -> {
            var mine = Thread.currentThread().getName();
            if (sends.stream().noneMatch(send -> send.text().startsWith(mine + ":"))) {
                strangers.add(mine + " wrote " + sends.stream().map(Send::text).toList());
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
            return sends.stream().map(SendQueueTest::written).toList();
        });
        var everyone = new ArrayList<Future<?>>();
        for (var sender = 0; sender < 16; sender++) {
            everyone.add(senders.submit(() -> {
                var me = Thread.currentThread().getName();
                for (var i = 0; i < 50; i++) {
                    var text = me + ":" + i;
                    assertEquals(text, queue.send(send(text)).message().text());
                }
                return null;
            }));
        }
        for (var sender : everyone) {
            sender.get(30, TimeUnit.SECONDS);
        }

        assertEquals(List.of(), strangers);
        assertTrue(batches.size() < 16 * 50, "no sends went together: " + batches.size());
    }

    @Test
    void a_refused_send_gets_its_problem_and_the_others_of_its_batch_their_messages() {
        var closed = new Conflict("conversation-closed", "closed");
        var queue = queue(sends -> sends.stream()
                .map(send -> send.text().equals("zu spät") ? SendBatch.Outcome.refused(closed) : written(send))
                .toList());

        assertSame(closed, assertThrows(Conflict.class, () -> queue.send(send("zu spät"))));
        assertEquals("pünktlich", queue.send(send("pünktlich")).message().text());
    }

    @Test
    void a_batch_a_unique_key_refused_is_written_again_send_by_send() throws Exception {
        var writing = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var taken = new Conflict("client-message-id-reused", "taken");
        var queue = queue(sends -> {
            if (sends.get(0).text().equals("erste")) {
                writing.countDown();
                await(release);
            }
            if (sends.size() > 1) {
                throw new IllegalStateException("commit failed", new SQLException("Duplicate entry", "23000"));
            }
            return List.of(
                    sends.get(0).text().equals("doppelt") ? SendBatch.Outcome.refused(taken) : written(sends.get(0)));
        });
        var first = senders.submit(() -> queue.send(send("erste")));
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        var threads = Collections.synchronizedList(new ArrayList<Thread>());
        var doubled = senders.submit(() -> {
            threads.add(Thread.currentThread());
            return queue.send(send("doppelt"));
        });
        waitUntilWaiting(threads, 1);
        var fine = senders.submit(() -> {
            threads.add(Thread.currentThread());
            return queue.send(send("einzeln"));
        });
        waitUntilWaiting(threads, 2);

        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        var refused = assertThrows(ExecutionException.class, () -> doubled.get(10, TimeUnit.SECONDS));
        assertSame(taken, refused.getCause());
        assertEquals("einzeln", fine.get(10, TimeUnit.SECONDS).message().text());
        assertEquals(
                List.of(List.of("erste"), List.of("doppelt", "einzeln"), List.of("doppelt"), List.of("einzeln")),
                batches);
    }

    @Test
    void a_batch_the_database_rolled_back_to_end_a_deadlock_is_written_again() {
        var attempts = new AtomicInteger();
        var queue = queue(sends -> {
            if (attempts.incrementAndGet() < SendQueue.MOST_ATTEMPTS) {
                throw new IllegalStateException(
                        "rolled back", new SQLTransactionRollbackException("Deadlock", "40001"));
            }
            return sends.stream().map(SendQueueTest::written).toList();
        });

        assertEquals("beharrlich", queue.send(send("beharrlich")).message().text());
        assertEquals(SendQueue.MOST_ATTEMPTS, batches.size());
    }

    @Test
    void a_batch_that_keeps_deadlocking_fails_its_sends() {
        var queue = queue(sends -> {
            throw new IllegalStateException("rolled back", new SQLTransactionRollbackException("Deadlock", "40001"));
        });

        assertThrows(IllegalStateException.class, () -> queue.send(send("vergeblich")));
        assertEquals(SendQueue.MOST_ATTEMPTS, batches.size());
    }

    @Test
    void a_failed_batch_fails_each_of_its_sends_and_the_next_send_is_written_again() {
        var gone = new IllegalStateException("database gone");
        var queue = queue(sends -> {
            if (sends.get(0).text().equals("weg")) {
                throw gone;
            }
            return sends.stream().map(SendQueueTest::written).toList();
        });

        assertSame(gone, assertThrows(IllegalStateException.class, () -> queue.send(send("weg"))));
        assertEquals("wieder da", queue.send(send("wieder da")).message().text());
    }

    @Test
    void a_batch_that_breaks_fails_its_send_instead_of_leaving_it_waiting() {
        var queue = queue(sends -> List.of());

        assertThrows(RuntimeException.class, () -> queue.send(send("verloren")));
    }

    private SendQueue queue(Function<List<Send>, List<SendBatch.Outcome>> writes) {
        var queue = new SendQueue();
        queue.batches = new SendBatch() {
            @Override
            public List<Outcome> send(List<Send> sends) {
                batches.add(sends.stream().map(Send::text).toList());
                return writes.apply(sends);
            }
        };
        return queue;
    }

    private static SendBatch.Outcome written(Send send) {
        return SendBatch.Outcome.of(new Sent(
                new MessageView(
                        1,
                        send.conversationId(),
                        1,
                        send.clientMessageId(),
                        "consumer",
                        null,
                        send.text(),
                        List.of(),
                        Instant.EPOCH,
                        false,
                        false),
                true));
    }

    private static Send send(String text) {
        return new Send(Participant.consumer(new ConsumerId(7)), 42, text, text, List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until the latest sender waits for the queue's lock: its send is queued by then. */
    private static void waitUntilWaiting(List<Thread> threads, int count) throws InterruptedException {
        var until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (threads.size() < count || threads.get(count - 1).getState() != Thread.State.WAITING) {
            assertTrue(System.nanoTime() < until, "the sender never waited");
            Thread.sleep(1);
        }
    }
}
