package com.creditwb.workbench.common;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * The one way to run work in the background with progress and cancel (exports, batch imports, re-scoring):
 * a small bounded pool (two workers, as many as the machine's cores, and a bounded queue — a flood of
 * requests is refused, never piles up threads), each job running with the signed-in user of whoever started
 * it, so that the services it calls ask the access policy for that user. A job reports how far it is and
 * stops at its next step once cancelled.
 */
@Component
public class BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    /** The work itself; call {@link Progress#step} as it goes (which also stops it once cancelled). */
    @FunctionalInterface
    public interface Task {
        void run(Progress progress) throws Exception;
    }

    public enum State {
        RUNNING, DONE, CANCELLED, FAILED
    }

    /** How far a job is, and whether it has been asked to stop. */
    public static final class Progress {
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final AtomicBoolean cancelled = new AtomicBoolean();

        public void total(long total) {
            this.total.set(total);
        }

        /** Records that {@code done} units are finished; throws CancellationException once the job is cancelled. */
        public void step(long done) {
            this.done.set(done);
            if (cancelled.get()) {
                throw new CancellationException();
            }
        }

        public long done() {
            return done.get();
        }

        public long total() {
            return total.get();
        }

        public boolean cancelled() {
            return cancelled.get();
        }
    }

    /** A job started in the background. */
    public static final class Job {
        private final String name;
        private final Progress progress = new Progress();
        private final CountDownLatch finished = new CountDownLatch(1);
        private volatile State state = State.RUNNING;
        private volatile Exception error;

        Job(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public Progress progress() {
            return progress;
        }

        public State state() {
            return state;
        }

        public Exception error() {
            return error;
        }

        public boolean finished() {
            return state != State.RUNNING;
        }

        /** Asks the job to stop at its next step. */
        public void cancel() {
            progress.cancelled.set(true);
        }

        /** Waits until the job has finished (for tests and shutdown); false when it is still running after the time. */
        public boolean await(Duration timeout) throws InterruptedException {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        void run(Task task, java.util.function.Consumer<Job> after) {
            try {
                task.run(progress);
                state = progress.cancelled() ? State.CANCELLED : State.DONE;
            } catch (CancellationException e) {
                state = State.CANCELLED;
            } catch (Exception e) {
                error = e;
                state = State.FAILED;
                log.error("Background job {} failed", name, e);
            } finally {
                finished.countDown();
                if (after != null) {
                    after.accept(this);
                }
            }
        }
    }

    private final ExecutorService executor;

    public BackgroundWork() {
        this(2, 50);
    }

    BackgroundWork(int workers, int queue) {
        AtomicInteger n = new AtomicInteger();
        this.executor = workers == 0 ? null : new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "background-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Work that runs at once on the calling thread (for tests of views that start background work). */
    public static BackgroundWork onCallingThread() {
        return new BackgroundWork(0, 0);
    }

    /** Starts the task as the signed-in user; {@code after} runs when it has finished, however it ended. */
    public Job submit(String name, Task task, java.util.function.Consumer<Job> after) {
        Job job = new Job(name);
        if (executor == null) {
            job.run(task, after);
            return job;
        }
        try {
            executor.execute(new DelegatingSecurityContextRunnable(() -> job.run(task, after)));
        } catch (RejectedExecutionException busy) {
            throw new IllegalStateException("background work queue full", busy);
        }
        return job;
    }

    public Job submit(String name, Task task) {
        return submit(name, task, null);
    }

    /**
     * Runs one step per part, as many at once as the machine has cores, each as the signed-in user, and returns when all
     * are done; the first failure is thrown (the parts not begun are not run). For a task whose parts are independent
     * (re-scoring a portfolio page by page). On the calling thread alone when the work runs there.
     */
    public <T> void inParallel(List<T> parts, java.util.function.Consumer<T> step) throws InterruptedException {
        if (executor == null) {
            parts.forEach(step);
            return;
        }
        int threads = Math.min(parts.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = new org.springframework.security.concurrent.DelegatingSecurityContextExecutorService(
                new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "parallel-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }));
        try {
            List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (T part : parts) {
                running.add(pool.submit(() -> step.accept(part)));
            }
            for (java.util.concurrent.Future<?> f : running) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether the work runs on the calling thread (then a view updates itself directly instead of through UI.access). */
    public boolean onCaller() {
        return executor == null;
    }
}
