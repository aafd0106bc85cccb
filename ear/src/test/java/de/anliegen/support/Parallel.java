package de.anliegen.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** The same request made from many threads at the same moment, its answers counted by status. */
public final class Parallel {

    private Parallel() {}

    /** Status → how many answered it, of {@code times} requests released together. */
    public static Map<Integer, Integer> statuses(int times, Supplier<Api.Reply> request) {
        var pool = Executors.newFixedThreadPool(times);
        var start = new CountDownLatch(1);
        try {
            var answers = IntStream.range(0, times)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return request.get().status();
                    }))
                    .toList();
            start.countDown();
            var counted = new TreeMap<Integer, Integer>();
            for (var answer : answers) {
                counted.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
            }
            return counted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a request failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
