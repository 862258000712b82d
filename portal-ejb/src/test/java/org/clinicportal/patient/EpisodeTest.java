package org.clinicportal.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.clinicportal.platform.Role;
import org.clinicportal.security.UserAccount;
import org.junit.jupiter.api.Test;

/** The boundaries of an episode of care: when it may close, for what, and only once. */
class EpisodeTest {

  private static final LocalDate OPENED = LocalDate.of(2026, 11, 2);
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-04T10:00:00Z");

  private final UserAccount dana = new UserAccount("dana", "Dana Whitfield", Role.THERAPIST, "x");
  private final Episode episode =
      new Episode(new Patient("R-1", "Robin", "Lee", LocalDate.of(1980, 1, 1), Sex.FEMALE), OPENED);

  @Test
  void aDischargeNeedsAReasonADayFromTheOpeningAndANoteForAnotherReason() {
    assertEquals(Optional.of("episode.reason"), episode.problemWithDischarge(null, OPENED, null));
    assertEquals(
        Optional.of("episode.dischargeBeforeStart"),
        episode.problemWithDischarge(DischargeReason.GOALS_MET, OPENED.minusDays(1), null));
    assertEquals(
        Optional.of("episode.noteForOther"),
        episode.problemWithDischarge(DischargeReason.OTHER, OPENED, "   "));
    assertEquals(
        Optional.of("episode.note"),
        episode.problemWithDischarge(
            DischargeReason.OTHER, OPENED, "x".repeat(Episode.MAX_NOTE + 1)));
    assertEquals(
        Optional.empty(),
        episode.problemWithDischarge(DischargeReason.GOALS_MET, OPENED, null),
        "the day it opened is a day of the episode");
    assertThrows(
        IllegalArgumentException.class,
        () -> episode.discharge(DischargeReason.OTHER, OPENED, null, dana, NOW));
    assertTrue(episode.isOpen(), "a refused discharge changes nothing");
  }

  @Test
  void anEpisodeClosesOnceWithItsTrimmedNote() {
    episode.discharge(DischargeReason.OTHER, OPENED.plusDays(30), "  Moved away  ", dana, NOW);

    assertFalse(episode.isOpen());
    assertEquals(OPENED.plusDays(30), episode.getClosedOn());
    assertEquals("Moved away", episode.getDischargeNote());
    assertThrows(
        IllegalStateException.class,
        () -> episode.discharge(DischargeReason.GOALS_MET, OPENED.plusDays(31), null, dana, NOW));
    assertEquals(DischargeReason.OTHER, episode.getDischargeReason(), "the first discharge stays");
  }
}
