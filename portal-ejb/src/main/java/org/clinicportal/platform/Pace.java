package org.clinicportal.platform;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The pace of background work done in batches beside people's requests (the alert watch, the
 * reminder job, the mail worker): after each batch it rests as long as the batch took, so that such
 * work takes at most about half of the time it runs in and the pages keep the processors the rest
 * of it.
 */
public final class Pace {

  /** Sleeps for a while; interruptible. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration length) throws InterruptedException;
  }

  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long batchStarted;

  Pace(LongSupplier nanoTime, Sleeper sleeper) {
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.batchStarted = nanoTime.getAsLong();
  }

  /** A pace whose first batch starts now; each next one starts at {@link #batchStarts()}. */
  public static Pace start() {
    return new Pace(System::nanoTime, length -> Thread.sleep(length.toMillis()));
  }

  /**
   * Rests as long as the batch took since it started.
   *
   * @return false when the rest was interrupted (the thread keeps its interrupt): the work should
   *     stop
   */
  public boolean rest() {
    Duration took = Duration.ofNanos(nanoTime.getAsLong() - batchStarted);
    try {
      sleeper.sleep(took);
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
