package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaceTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final List<Duration> rests = new ArrayList<>();

  @AfterEach
  void forgetInterrupt() {
    Thread.interrupted();
  }

  @Test
  void eachBatchIsFollowedByARestAsLongAsItTook() {
    Pace pace = new Pace(now::get, rests::add, 1);
    work(Duration.ofMillis(40));
    assertTrue(pace.rest());
    pace.batchStarts();
    work(Duration.ofMillis(250));
    assertTrue(pace.rest());

    assertEquals(List.of(Duration.ofMillis(40), Duration.ofMillis(250)), rests);
  }

  @Test
  void aSmallerShareRestsSeveralTimesAsLongAsEachBatchTook() {
    Pace pace = new Pace(now::get, rests::add, 3);
    work(Duration.ofMillis(40));
    assertTrue(pace.rest());
    pace.batchStarts();
    work(Duration.ofMillis(250));
    assertTrue(pace.rest());

    assertEquals(List.of(Duration.ofMillis(120), Duration.ofMillis(750)), rests);
  }

  @Test
  void aShareLargerThanHalfIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Pace.oneIn(1));
  }

  @Test
  void whatHappensBeforeABatchStartsIsNotPaidFor() {
    Pace pace = new Pace(now::get, rests::add, 1);
    work(Duration.ofSeconds(3));
    pace.batchStarts();
    work(Duration.ofMillis(7));
    pace.rest();

    assertEquals(List.of(Duration.ofMillis(7)), rests);
  }

  @Test
  void anInterruptedRestTellsTheWorkToStopAndKeepsTheInterrupt() {
    Pace pace =
        new Pace(
            now::get,
            length -> {
              throw new InterruptedException();
            },
            1);
    work(Duration.ofMillis(5));

    assertFalse(pace.rest());
    assertTrue(Thread.currentThread().isInterrupted());
  }

  private void work(Duration length) {
    now.addAndGet(length.toNanos());
  }
}
