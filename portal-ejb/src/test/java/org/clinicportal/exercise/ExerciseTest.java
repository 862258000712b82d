package org.clinicportal.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.clinicportal.platform.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dosage each exercise of a library starts at: a built-in routine's, or a clinic's own. */
class ExerciseTest {

  private static final Map<BuiltInExercise, String> USUAL_DOSAGES =
      Map.ofEntries(
          Map.entry(
              BuiltInExercise.QL_CLINIC_RELEASE,
              "for 10 minutes, both sides, once a day, 1 day a week"),
          Map.entry(
              BuiltInExercise.QL_TOOL_SELF_RELEASE,
              "1 set of 4, hold 45 seconds, both sides, twice a day, every day"),
          Map.entry(
              BuiltInExercise.BALL_WALL_RELEASE,
              "1 set of 4, hold 30 seconds, both sides, once a day, every day"),
          Map.entry(
              BuiltInExercise.QL_STRETCH,
              "1 set of 3, hold 30 seconds, both sides, twice a day, every day"),
          Map.entry(
              BuiltInExercise.FIGURE_FOUR_STRETCH,
              "1 set of 3, hold 30 seconds, both sides, twice a day, every day"),
          Map.entry(
              BuiltInExercise.PIRIFORMIS_STRETCH,
              "1 set of 3, hold 30 seconds, both sides, twice a day, every day"),
          Map.entry(
              BuiltInExercise.HIP_FLEXOR_STRETCH,
              "1 set of 3, hold 30 seconds, both sides, twice a day, every day"),
          Map.entry(
              BuiltInExercise.KNEES_TO_CHEST_STRETCH,
              "1 set of 3, hold 30 seconds, both sides, once a day, every day"),
          Map.entry(
              BuiltInExercise.BACK_EXTENSION,
              "3 sets of 10, hold 2 seconds, rest 1 minute between sets, both sides, once a day,"
                  + " 3 days a week"),
          Map.entry(
              BuiltInExercise.REVERSE_HYPER,
              "3 sets of 12, rest 1 minute between sets, both sides, once a day, 3 days a week"),
          Map.entry(
              BuiltInExercise.SUITCASE_CARRY,
              "3 sets, for 30 seconds, rest 1 minute between sets, both sides, once a day,"
                  + " 3 days a week"),
          Map.entry(
              BuiltInExercise.BIRD_DOG_ROW,
              "3 sets of 8, rest 1 minute between sets, both sides, once a day, 3 days a week"));

  @ParameterizedTest(name = "{0}")
  @EnumSource(BuiltInExercise.class)
  void everyRoutineStartsAtItsOwnDosage(BuiltInExercise builtIn) {
    Dosage usual = builtIn.usualDosage();

    assertEquals(USUAL_DOSAGES.get(builtIn), usual.inWords(Language.ENGLISH));
    Integer rest =
        switch (builtIn.kind()) {
          case RELEASE -> null;
          case STRETCH -> 15;
          case STRENGTHEN -> 60;
        };
    assertEquals(rest, usual.getRestSeconds());
    assertEquals(BodySide.BOTH, usual.getSide());
    assertNull(usual.getLoad());
    assertNull(usual.getNotes());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BuiltInExercise.class)
  void aClinicsCopyOfARoutineStartsAtTheRoutinesDosageOnTheSideGiven(BuiltInExercise builtIn) {
    Exercise copy = Exercise.copyOf(builtIn);

    assertEquals(builtIn.usualDosage(), copy.usualDosageOn(BodySide.BOTH));
    assertEquals(
        builtIn.usualDosage().toBuilder().side(BodySide.LEFT).build(),
        copy.usualDosageOn(BodySide.LEFT));
  }

  @Test
  void anExerciseTheClinicWritesStartsAtTwoSetsOfTenOnceADayEveryDay() {
    ExerciseDetails details = new ExerciseDetails();
    details.setName("Band pull-apart");
    details.setKind(ExerciseKind.STRENGTHEN);
    details.setPurpose("Strength between the shoulder blades.");
    details.setInstructions("Hold the band at shoulder height.\nPull it apart slowly.");

    Dosage usual = new Exercise(details).usualDosageOn(BodySide.RIGHT);

    assertEquals(
        Dosage.of()
            .sets(2)
            .repetitions(10)
            .timesPerDay(1)
            .daysPerWeek(7)
            .side(BodySide.RIGHT)
            .build(),
        usual);
    assertEquals(
        "2 sets of 10, right side, once a day, every day", usual.inWords(Language.ENGLISH));
  }

  @Test
  void anExerciseTheClinicWroteIsShownInALanguageItWasGivenWordsInAndAsWrittenOtherwise() {
    ExerciseDetails details = new ExerciseDetails();
    details.setName("Band pull-apart");
    details.setKind(ExerciseKind.STRENGTHEN);
    details.setPurpose("Strength between the shoulder blades.");
    details.setInstructions("Hold the band at shoulder height.\nPull it apart slowly.");
    Exercise band = new Exercise(details);
    ExerciseWords polish = new ExerciseWords();
    polish.setName("Rozciąganie taśmy");
    polish.setPurpose("Siła między łopatkami.");
    polish.setInstructions("Trzymaj taśmę na wysokości barków.\n\nRozciągaj ją powoli.");

    band.translate(Language.POLISH, polish);

    assertTrue(band.speaks(Language.POLISH));
    assertEquals(
        new ExerciseText(
            "Rozciąganie taśmy",
            "Siła między łopatkami.",
            List.of("Trzymaj taśmę na wysokości barków.", "Rozciągaj ją powoli."),
            ""),
        band.textIn(Language.POLISH));
    assertFalse(band.speaks(Language.UKRAINIAN));
    assertEquals("Band pull-apart", band.textIn(Language.UKRAINIAN).name());
    assertEquals(List.of(Language.POLISH), band.getTranslatedInto());

    band.removeTranslation(Language.POLISH);

    assertFalse(band.speaks(Language.POLISH));
    assertEquals("Band pull-apart", band.textIn(Language.POLISH).name());
  }

  @Test
  void aBuiltInRoutineSpeaksEveryLanguageAndIsNotTranslatedByTheClinic() {
    Exercise copy = Exercise.copyOf(BuiltInExercise.QL_TOOL_SELF_RELEASE);
    for (Language language : Language.values()) {
      assertTrue(copy.speaks(language));
      assertEquals(
          BuiltInExercise.QL_TOOL_SELF_RELEASE.textIn(language).name(),
          copy.textIn(language).name());
    }
    assertNotEquals(copy.textIn(Language.ENGLISH).name(), copy.textIn(Language.UKRAINIAN).name());
    assertThrows(
        IllegalStateException.class, () -> copy.translate(Language.SPANISH, new ExerciseWords()));
  }
}
