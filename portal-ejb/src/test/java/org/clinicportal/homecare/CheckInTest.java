package org.clinicportal.homecare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.RecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CheckInTest {

  private static final Instant ASKED = Instant.parse("2026-11-29T17:00:00Z");

  private final CheckIn checkIn =
      new CheckIn(
          new Patient("R-1", "Robin", "Lee", LocalDate.of(1980, 1, 1), Sex.FEMALE),
          null,
          LocalDate.of(2026, 11, 29),
          ASKED);

  @Test
  void anAnswerOutsideTheRulesKeepsNothing() {
    Instant later = ASKED.plusSeconds(60);
    assertRefused("checkIn.days", () -> checkIn.answer(-1, CheckInBarrier.PAIN, later));
    assertRefused("checkIn.days", () -> checkIn.answer(8, CheckInBarrier.PAIN, later));
    assertRefused("checkIn.barrier", () -> checkIn.answer(3, null, later));
    assertFalse(checkIn.isAnswered());
    assertNull(checkIn.getDaysExercised());
    assertNull(checkIn.getBarrier());
  }

  @Test
  void aLaterAnswerReplacesTheEarlierWhileOpenAndNoneIsTakenAfter() throws Exception {
    checkIn.answer(0, CheckInBarrier.FORGOT, ASKED.plusSeconds(60));
    checkIn.answer(7, CheckInBarrier.NOTHING, ASKED.plus(Duration.ofDays(6)));
    assertEquals(7, checkIn.getDaysExercised());
    assertEquals(CheckInBarrier.NOTHING, checkIn.getBarrier());

    Instant closed = ASKED.plus(CheckIn.OPEN_FOR);
    assertTrue(checkIn.isOpen(closed.minusSeconds(1)));
    assertFalse(checkIn.isOpen(closed));
    assertRefused("checkIn.closed", () -> checkIn.answer(2, CheckInBarrier.PAIN, closed));
    assertEquals(7, checkIn.getDaysExercised(), "the answer given while open stays");
  }

  private static void assertRefused(String key, Executable step) {
    assertEquals(key, assertThrows(RecordException.class, step).messageKey());
  }
}
