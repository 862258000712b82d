package org.clinicportal.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.clinicportal.platform.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A dosage's rules, each refused with the message key a page shows, and its plain words. */
class DosageTest {

  /** Three sets of ten on both sides, twice a day, every day: sane in every part. */
  private static Dosage.Builder threeSetsOfTen() {
    return Dosage.of().sets(3).repetitions(10).timesPerDay(2).daysPerWeek(7).side(BodySide.BOTH);
  }

  @Test
  void aSaneDosageIsBuiltAsNamed() {
    Dosage dosage =
        threeSetsOfTen()
            .holdSeconds(5)
            .durationSeconds(90)
            .restSeconds(60)
            .load(" a red band ")
            .notes(" Slowly on the way down. ")
            .build();

    assertEquals(3, dosage.getSets());
    assertEquals(10, dosage.getRepetitions());
    assertEquals(5, dosage.getHoldSeconds());
    assertEquals(90, dosage.getDurationSeconds());
    assertEquals(60, dosage.getRestSeconds());
    assertEquals(2, dosage.getTimesPerDay());
    assertEquals(7, dosage.getDaysPerWeek());
    assertEquals(BodySide.BOTH, dosage.getSide());
    assertEquals("a red band", dosage.getLoad());
    assertEquals("Slowly on the way down.", dosage.getNotes());
  }

  @Test
  void noRestAndBlankWordsAreLeftOut() {
    Dosage dosage = threeSetsOfTen().restSeconds(0).load("  ").notes("").build();

    assertNull(dosage.getRestSeconds());
    assertNull(dosage.getLoad());
    assertNull(dosage.getNotes());
    assertNull(dosage.getHoldSeconds());
    assertNull(dosage.getDurationSeconds());
  }

  @Test
  void everyLimitItselfIsAccepted() {
    Dosage.Builder highest =
        Dosage.of()
            .sets(Dosage.MAX_SETS)
            .repetitions(Dosage.MAX_REPETITIONS)
            .holdSeconds(Dosage.MAX_HOLD_SECONDS)
            .durationSeconds(Dosage.MAX_DURATION_SECONDS)
            .restSeconds(Dosage.MAX_REST_SECONDS)
            .timesPerDay(Dosage.MAX_TIMES_PER_DAY)
            .daysPerWeek(7)
            .side(BodySide.LEFT)
            .load(" " + "l".repeat(100) + " ")
            .notes(" " + "n".repeat(500) + " ");
    Dosage.Builder lowest =
        Dosage.of().holdSeconds(1).timesPerDay(1).daysPerWeek(1).side(BodySide.RIGHT);

    assertEquals(List.of(), highest.problems());
    assertEquals(Dosage.MAX_REPETITIONS, highest.build().getRepetitions());
    assertEquals(List.of(), lowest.problems());
    assertEquals(1, lowest.build().getHoldSeconds());
    assertEquals(
        List.of(),
        Dosage.of()
            .durationSeconds(1)
            .timesPerDay(1)
            .daysPerWeek(1)
            .side(BodySide.BOTH)
            .problems());
  }

  static Stream<Arguments> dosagesBreakingOneRule() {
    return Stream.of(
        Arguments.of("dosage.sets", threeSetsOfTen().sets(0)),
        Arguments.of("dosage.sets", threeSetsOfTen().sets(Dosage.MAX_SETS + 1)),
        Arguments.of("dosage.repetitions", threeSetsOfTen().repetitions(0)),
        Arguments.of(
            "dosage.repetitions", threeSetsOfTen().repetitions(Dosage.MAX_REPETITIONS + 1)),
        Arguments.of("dosage.hold", threeSetsOfTen().holdSeconds(0)),
        Arguments.of("dosage.hold", threeSetsOfTen().holdSeconds(Dosage.MAX_HOLD_SECONDS + 1)),
        Arguments.of("dosage.duration", threeSetsOfTen().durationSeconds(0)),
        Arguments.of(
            "dosage.duration", threeSetsOfTen().durationSeconds(Dosage.MAX_DURATION_SECONDS + 1)),
        Arguments.of("dosage.rest", threeSetsOfTen().restSeconds(-1)),
        Arguments.of("dosage.rest", threeSetsOfTen().restSeconds(Dosage.MAX_REST_SECONDS + 1)),
        Arguments.of("dosage.timesPerDay", threeSetsOfTen().timesPerDay(null)),
        Arguments.of("dosage.timesPerDay", threeSetsOfTen().timesPerDay(0)),
        Arguments.of(
            "dosage.timesPerDay", threeSetsOfTen().timesPerDay(Dosage.MAX_TIMES_PER_DAY + 1)),
        Arguments.of("dosage.daysPerWeek", threeSetsOfTen().daysPerWeek(null)),
        Arguments.of("dosage.daysPerWeek", threeSetsOfTen().daysPerWeek(0)),
        Arguments.of("dosage.daysPerWeek", threeSetsOfTen().daysPerWeek(8)),
        Arguments.of("dosage.nothingToDo", threeSetsOfTen().repetitions(null)),
        Arguments.of("dosage.side", threeSetsOfTen().side(null)),
        Arguments.of("dosage.load", threeSetsOfTen().load("l".repeat(101))),
        Arguments.of("dosage.notes", threeSetsOfTen().notes("n".repeat(501))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dosagesBreakingOneRule")
  void eachRuleIsNamedByItsKeyAndRefused(String key, Dosage.Builder dosage) {
    assertEquals(List.of(key), dosage.problems());
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, dosage::build);
    assertEquals("Not a dosage: [" + key + "]", refused.getMessage());
  }

  @Test
  void everyProblemIsNamedInTheOrderThePageShowsThem() {
    assertEquals(
        List.of("dosage.sets", "dosage.hold", "dosage.timesPerDay"),
        threeSetsOfTen().sets(0).holdSeconds(3600).timesPerDay(12).problems());
    assertEquals(
        List.of("dosage.repetitions", "dosage.rest", "dosage.daysPerWeek", "dosage.side"),
        threeSetsOfTen()
            .repetitions(-1)
            .restSeconds(601)
            .timesPerDay(1)
            .daysPerWeek(8)
            .side(null)
            .problems());
    assertEquals(
        List.of("dosage.timesPerDay", "dosage.daysPerWeek", "dosage.nothingToDo", "dosage.side"),
        Dosage.of().problems());
  }

  @Test
  void aDosageGoesThroughItsBuilderUnchanged() {
    Dosage dosage =
        threeSetsOfTen()
            .holdSeconds(5)
            .durationSeconds(90)
            .restSeconds(60)
            .load("a red band")
            .notes("Slowly on the way down.")
            .build();

    Dosage again = dosage.toBuilder().build();
    Dosage fourSets = dosage.toBuilder().sets(4).build();

    assertEquals(dosage, again);
    assertEquals(dosage.hashCode(), again.hashCode());
    assertNotSame(dosage, again);
    assertEquals(dosage, dosage.copy());
    assertNotSame(dosage, dosage.copy());
    assertEquals(4, fourSets.getSets());
    assertEquals(
        threeSetsOfTen()
            .sets(4)
            .holdSeconds(5)
            .durationSeconds(90)
            .restSeconds(60)
            .load("a red band")
            .notes("Slowly on the way down.")
            .build(),
        fourSets);
    assertEquals(3, dosage.getSets(), "the dosage built from stays as it was");
  }

  @Test
  void aDosageReadsInPlainWords() {
    assertEquals(
        "3 sets of 10, hold 5 seconds, right side, twice a day, every day",
        Dosage.of()
            .sets(3)
            .repetitions(10)
            .holdSeconds(5)
            .timesPerDay(2)
            .daysPerWeek(7)
            .side(BodySide.RIGHT)
            .build()
            .inWords(Language.ENGLISH));
    assertEquals(
        "3 sets, for 1 minute 30 seconds, rest 1 minute between sets, with a 12 kg kettlebell,"
            + " both sides, once a day, 3 days a week",
        Dosage.of()
            .sets(3)
            .durationSeconds(90)
            .restSeconds(60)
            .timesPerDay(1)
            .daysPerWeek(3)
            .side(BodySide.BOTH)
            .load(" a 12 kg kettlebell ")
            .build()
            .inWords(Language.ENGLISH));
    assertEquals(
        "4 times, hold 45 seconds, left side, 3 times a day, 5 days a week",
        Dosage.of()
            .repetitions(4)
            .holdSeconds(45)
            .restSeconds(0)
            .timesPerDay(3)
            .daysPerWeek(5)
            .side(BodySide.LEFT)
            .load("")
            .build()
            .inWords(Language.ENGLISH));
  }

  @Test
  void polishAndUkrainianNumbersTakeTheFormTheirEndingNeeds() {
    Dosage twentyTwo =
        Dosage.of()
            .sets(2)
            .repetitions(12)
            .holdSeconds(22)
            .timesPerDay(1)
            .daysPerWeek(7)
            .side(BodySide.BOTH)
            .build();
    Dosage twentyOne =
        Dosage.of()
            .sets(5)
            .repetitions(10)
            .holdSeconds(21)
            .timesPerDay(3)
            .daysPerWeek(4)
            .side(BodySide.BOTH)
            .build();

    assertEquals(
        "2 serie po 12, przytrzymaj 22 sekundy, obie strony, raz dziennie, codziennie",
        twentyTwo.inWords(Language.POLISH));
    assertEquals(
        "5 serii po 10, przytrzymaj 21 sekund, obie strony, 3 razy dziennie, 4 dni w tygodniu",
        twentyOne.inWords(Language.POLISH));
    assertEquals(
        "2 підходи по 12, утримуйте 22 секунди, обидві сторони, раз на день, щодня",
        twentyTwo.inWords(Language.UKRAINIAN));
    assertEquals(
        "5 підходів по 10, утримуйте 21 секунду, обидві сторони, 3 рази на день, 4 дні на тиждень",
        twentyOne.inWords(Language.UKRAINIAN));
  }
}
