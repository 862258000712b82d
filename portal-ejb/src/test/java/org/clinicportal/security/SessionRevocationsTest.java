package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionRevocationsTest {

  private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void aSessionBegunBeforeItsAccountsSessionsWereEndedIsOverAndOneBegunSinceIsNot() {
    SessionRevocations revocations = new SessionRevocations();
    assertFalse(
        revocations.revoked(SessionRevocations.Holder.account(7), NINE.minusSeconds(60)),
        "nothing ended yet");
    revocations.ended(
        new SessionRevocations.SessionsEnded(SessionRevocations.Holder.account(7), NINE));

    assertTrue(revocations.revoked(SessionRevocations.Holder.account(7), NINE.minusSeconds(60)));
    assertTrue(revocations.revoked(SessionRevocations.Holder.account(7), NINE.minusNanos(1)));
    assertFalse(
        revocations.revoked(SessionRevocations.Holder.account(7), NINE),
        "the session that changed its own password");
    assertFalse(
        revocations.revoked(SessionRevocations.Holder.account(7), NINE.plusSeconds(60)),
        "signed in again since");
    assertFalse(
        revocations.revoked(SessionRevocations.Holder.account(8), NINE.minusSeconds(60)),
        "other accounts are untouched");
  }

  @Test
  void anOperatorAndAnAccountOfTheSameIdAreNotOneHolder() {
    SessionRevocations revocations = new SessionRevocations();
    revocations.ended(
        new SessionRevocations.SessionsEnded(SessionRevocations.Holder.operator(7), NINE));

    assertTrue(revocations.revoked(SessionRevocations.Holder.operator(7), NINE.minusSeconds(60)));
    assertFalse(revocations.revoked(SessionRevocations.Holder.account(7), NINE.minusSeconds(60)));
  }

  @Test
  void anEndLearntLateDoesNotUndoALaterOne() {
    SessionRevocations revocations = new SessionRevocations();
    revocations.learn(SessionRevocations.Holder.account(7), NINE.plusSeconds(3600));
    revocations.learn(SessionRevocations.Holder.account(7), NINE);

    assertTrue(revocations.revoked(SessionRevocations.Holder.account(7), NINE.plusSeconds(60)));
  }

  @Test
  void anEndIsKeptToTheMicrosecondAsTheDatabaseKeepsIt() {
    Instant changedAt = NINE.plusNanos(123_456_789);
    SessionRevocations.SessionsEnded ended =
        new SessionRevocations.SessionsEnded(SessionRevocations.Holder.account(7), changedAt);

    assertEquals(NINE.plusNanos(123_456_000), ended.at());
    SessionRevocations revocations = new SessionRevocations();
    revocations.ended(ended);
    assertFalse(
        revocations.revoked(SessionRevocations.Holder.account(7), changedAt),
        "the session dated by the change itself");
  }

  @Test
  void theLatestEndCounts() {
    SessionRevocations revocations = new SessionRevocations();
    revocations.ended(
        new SessionRevocations.SessionsEnded(SessionRevocations.Holder.account(7), NINE));
    revocations.ended(
        new SessionRevocations.SessionsEnded(
            SessionRevocations.Holder.account(7), NINE.plusSeconds(3600)));

    assertTrue(revocations.revoked(SessionRevocations.Holder.account(7), NINE.plusSeconds(60)));
  }
}
