package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clinicportal.security.SignInResult.Refusal;
import org.junit.jupiter.api.Test;

class HashingGateTest {

  private static final Duration WAIT = Duration.ofMillis(300);

  @Test
  void aCheckRunsWhileAPlaceIsFreeAndAnswersBusyOnceEveryPlaceIsHeld() throws Exception {
    HashingGate gate = new HashingGate(2, WAIT, HashingGate.WAITING);
    assertEquals(Refusal.NOT_RECOGNISED, gate.pass(SignInResult::notRecognised).refusal());

    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService checks = Executors.newFixedThreadPool(2);
    try {
      List<Future<SignInResult>> held = holdPlaces(gate, 2, checks, finish);

      AtomicBoolean checked = new AtomicBoolean();
      long start = System.nanoTime();
      SignInResult crowded =
          gate.pass(
              () -> {
                checked.set(true);
                return SignInResult.notRecognised();
              });
      Duration waited = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(Refusal.BUSY, crowded.refusal());
      assertFalse(checked.get(), "nothing was checked");
      assertTrue(waited.compareTo(WAIT) >= 0, "waited " + waited + " before answering busy");
      assertTrue(waited.compareTo(Duration.ofSeconds(3)) < 0, "waited " + waited);

      finish.countDown();
      for (Future<SignInResult> answer : held) {
        assertEquals(Refusal.NOT_RECOGNISED, answer.get(5, TimeUnit.SECONDS).refusal());
      }
      assertEquals(
          Refusal.NOT_RECOGNISED,
          gate.pass(SignInResult::notRecognised).refusal(),
          "the places are free again");
    } finally {
      finish.countDown();
      checks.shutdownNow();
    }
  }

  @Test
  void aCheckThatThrowsGivesItsPlaceBack() {
    HashingGate gate = new HashingGate(1, WAIT, HashingGate.WAITING);
    for (int i = 0; i < 3; i++) {
      try {
        gate.pass(
            () -> {
              throw new IllegalStateException("database gone");
            });
      } catch (IllegalStateException expected) {
        assertEquals("database gone", expected.getMessage());
      }
    }

    assertEquals(Refusal.NOT_RECOGNISED, gate.pass(SignInResult::notRecognised).refusal());
  }

  @Test
  void aSignInThatFindsTheLineOfWaitingOnesFullIsAnsweredBusyAtOnce() throws Exception {
    HashingGate gate = new HashingGate(1, Duration.ofSeconds(20), 1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService checks = Executors.newFixedThreadPool(2);
    try {
      Future<SignInResult> holder = holdPlaces(gate, 1, checks, finish).get(0);
      Future<SignInResult> waiter = checks.submit(() -> gate.pass(SignInResult::notRecognised));
      awaitWaiting(gate, waiter);

      long start = System.nanoTime();
      SignInResult third = gate.pass(SignInResult::notRecognised);
      Duration waited = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(Refusal.BUSY, third.refusal());
      assertTrue(waited.compareTo(Duration.ofSeconds(5)) < 0, "answered at once: " + waited);
      finish.countDown();
      assertEquals(Refusal.NOT_RECOGNISED, holder.get(5, TimeUnit.SECONDS).refusal());
      assertEquals(
          Refusal.NOT_RECOGNISED,
          waiter.get(5, TimeUnit.SECONDS).refusal(),
          "the one in line was checked once the place was free");
    } finally {
      finish.countDown();
      checks.shutdownNow();
    }
  }

  @Test
  void checksRunOneFewerAtOnceThanThereAreProcessorsAndAtLeastOne() {
    assertEquals(1, HashingGate.placesFor(1));
    assertEquals(1, HashingGate.placesFor(2));
    assertEquals(7, HashingGate.placesFor(8));
  }

  @Test
  void theWaitIsTwentySecondsUnlessTheSettingGivesOneToSixty() {
    assertEquals(Duration.ofSeconds(20), HashingGate.waitFrom(Map.of()));
    assertEquals(
        Duration.ofSeconds(3), HashingGate.waitFrom(Map.of(HashingGate.WAIT_VARIABLE, " 3 ")));
    assertEquals(
        Duration.ofSeconds(20), HashingGate.waitFrom(Map.of(HashingGate.WAIT_VARIABLE, "0")));
    assertEquals(
        Duration.ofSeconds(20), HashingGate.waitFrom(Map.of(HashingGate.WAIT_VARIABLE, "61")));
    assertEquals(
        Duration.ofSeconds(20), HashingGate.waitFrom(Map.of(HashingGate.WAIT_VARIABLE, "soon")));
  }

  /** Until the second sign-in has joined the line; it must be waiting there, not answered. */
  private static void awaitWaiting(HashingGate gate, Future<SignInResult> waiter)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (gate.waiting() < 1 && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertEquals(1, gate.waiting(), "the second sign-in waits for the place");
    assertFalse(waiter.isDone());
  }

  /** Checks that take {@code count} places and keep them until {@code finish} opens. */
  private static List<Future<SignInResult>> holdPlaces(
      HashingGate gate, int count, ExecutorService checks, CountDownLatch finish)
      throws InterruptedException {
    CountDownLatch inside = new CountDownLatch(count);
    List<Future<SignInResult>> held = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      held.add(
          checks.submit(
              () ->
                  gate.pass(
                      () -> {
                        inside.countDown();
                        awaitQuietly(finish);
                        return SignInResult.notRecognised();
                      })));
    }
    assertTrue(inside.await(5, TimeUnit.SECONDS), count + " places taken");
    return held;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
