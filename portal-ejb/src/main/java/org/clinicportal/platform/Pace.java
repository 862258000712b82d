package org.clinicportal.platform;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The pace of background work done in batches beside people's requests (the alert watch, the
 * reminder job, the mail worker): after each batch it rests in proportion to how long the batch
 * took, so that such work takes at most its share of the time it runs in (half by default, less for
 * work that has several runs to finish in) and the pages keep the processors the rest of it.
 */
public final class Pace {

  /** Sleeps for a while; interruptible. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration length) throws InterruptedException;
  }

  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final int restsPerWork;
  private long batchStarted;

  Pace(LongSupplier nanoTime, Sleeper sleeper, int restsPerWork) {
    if (restsPerWork < 1) {
      throw new IllegalArgumentException("A pace rests at least as long as it works");
    }
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.restsPerWork = restsPerWork;
    this.batchStarted = nanoTime.getAsLong();
  }

  /**
   * A pace taking half of the time, whose first batch starts now; each next one starts at {@link
   * #batchStarts()}.
   */
  public static Pace start() {
    return oneIn(2);
  }

  /**
   * A pace taking one part in {@code parts} of the time (2: half, 4: a quarter), for work that has
   * longer than it needs: after each batch it rests {@code parts - 1} times as long as the batch
   * took.
   */
  public static Pace oneIn(int parts) {
    return new Pace(System::nanoTime, length -> Thread.sleep(length.toMillis()), parts - 1);
  }

  /**
   * Rests after the batch that started at {@link #batchStarts()}: as long as the batch took for a
   * pace of one in two, three times as long for one in four.
   *
   * @return false when the rest was interrupted (the thread keeps its interrupt): the work should
   *     stop
   */
  public boolean rest() {
    Duration took = Duration.ofNanos(nanoTime.getAsLong() - batchStarted);
    try {
      sleeper.sleep(took.multipliedBy(restsPerWork));
      return true;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A batch starts now. */
  public void batchStarts() {
    batchStarted = nanoTime.getAsLong();
  }
}
