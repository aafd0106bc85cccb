package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.Sent;
import de.anliegen.platform.problems.DatabaseFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit of sends (ADR 16): the sends that arrive on a node while a batch is being written wait for it and are
 * written together in the next one, one transaction for all, by the thread of one of their requests. A lone send is
 * written at once, on its own thread, as before; under load the statements, commits and locks of many sends are
 * shared. Every send is answered only once its batch has committed, so an answered message is stored.
 */
@ApplicationScoped
public class SendQueue {

    static final int MOST_PER_BATCH = 64;
    /** How often a batch the database rolled back to resolve a conflict (a deadlock) is written again. */
    static final int MOST_ATTEMPTS = 3;

    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    @Inject
    SendBatch batches;

    /** Sends the message with those that arrive meanwhile: its outcome, the refusal of its rules thrown. */
    public Sent send(Send send) {
        var mine = new Waiting(send, new CompletableFuture<>());
        waiting.add(mine);
        writing.lock();
        try {
            while (!mine.outcome().isDone()) {
                write(next(), 1);
            }
        } finally {
            writing.unlock();
        }
        try {
            return mine.outcome().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private List<Waiting> next() {
        var batch = new ArrayList<Waiting>();
        for (var one = waiting.poll(); one != null; one = batch.size() < MOST_PER_BATCH ? waiting.poll() : null) {
            batch.add(one);
        }
        return batch;
    }

    private void write(List<Waiting> batch, int attempt) {
        try {
            var outcomes = batches.send(batch.stream().map(Waiting::send).toList());
            for (var i = 0; i < batch.size(); i++) {
                var outcome = outcomes.get(i);
                if (outcome.refusal() == null) {
                    batch.get(i).outcome().complete(outcome.sent());
                } else {
                    batch.get(i).outcome().completeExceptionally(outcome.refusal());
                }
            }
        } catch (RuntimeException failure) {
            if (DatabaseFailures.isTransientConflict(failure) && attempt < MOST_ATTEMPTS) {
                write(batch, attempt + 1);
            } else if (batch.size() > 1 && DatabaseFailures.isConstraintViolation(failure)) {
                // a send elsewhere committed a client message id of this batch first: alone, only its repetition fails
                batch.forEach(one -> write(List.of(one), attempt));
            } else {
                batch.forEach(one -> one.outcome().completeExceptionally(failure));
            }
        } finally {
            if (!batch.stream().allMatch(one -> one.outcome().isDone())) {
                var unwritten = new IllegalStateException("The batch of sends ended without an outcome for this one.");
                batch.forEach(one -> one.outcome().completeExceptionally(unwritten));
            }
        }
    }

    private record Waiting(Send send, CompletableFuture<Sent> outcome) {}
}
