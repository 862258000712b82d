package org.clinicportal.program;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.AssessmentForm;
import org.clinicportal.assessment.TriggerPointRow;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.BuiltInExercise;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.PortalEntity;
import org.clinicportal.platform.Role;
import org.clinicportal.security.UserAccount;
import org.junit.jupiter.api.Test;

/** The plan a therapist edits, the suggestion from findings, and program versions. */
class ProgramRulesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  private final Patient patient =
      new Patient("P1", "Jordan", "Lee", LocalDate.of(1980, 5, 1), Sex.FEMALE);
  private final UserAccount dana = new UserAccount("dana", "Dana Whitfield", Role.THERAPIST, "x");
  private final List<Exercise> library = library();

  @Test
  void activeAndLatentPointsGetTheirReleaseAndStretchOnTheirSideThenStrengthening() {
    AssessmentForm form = aQuadratusLumborumCase().form();
    TriggerPointRow leftGlute = new TriggerPointRow();
    leftGlute.setMuscle(Muscle.PIRIFORMIS);
    leftGlute.setSide(Side.LEFT);
    leftGlute.setTautBand(true);
    leftGlute.setHypersensitiveSpot(true);
    leftGlute.setReferredPain(true);
    leftGlute.setReferredTo("Back of the thigh");
    TriggerPointRow notAPoint = new TriggerPointRow();
    notAPoint.setMuscle(Muscle.ILIOPSOAS);
    notAPoint.setSide(Side.RIGHT);
    notAPoint.setTautBand(true);
    form.getTriggerPoints().addAll(List.of(leftGlute, notAPoint));
    Assessment assessment =
        new Assessment(new Episode(patient, form.getAssessedOn()), dana, form.getAssessedOn(), NOW);
    assessment.revise(form);

    ProgramPlan plan = ProgramSuggestion.from(assessment.getTriggerPoints(), library, "QL");

    Map<String, BodySide> sides =
        plan.getItems().stream()
            .collect(
                Collectors.toMap(
                    ProgramPlan.Item::getExerciseName,
                    ProgramPlan.Item::getSide,
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
    assertEquals(
        List.of(
            "Massage-ball release against a wall",
            "Quadratus lumborum self-release with a release tool",
            "Piriformis stretch",
            "Standing side-bend stretch",
            "Back extension",
            "Bird dog row",
            "Reverse hyperextension",
            "Suitcase carry"),
        List.copyOf(sides.keySet()));
    assertEquals(BodySide.BOTH, sides.get("Massage-ball release against a wall"));
    assertEquals(BodySide.RIGHT, sides.get("Quadratus lumborum self-release with a release tool"));
    assertEquals(BodySide.LEFT, sides.get("Piriformis stretch"));
    assertEquals(BodySide.BOTH, sides.get("Suitcase carry"));
    ProgramPlan.Item stretch = plan.getItems().get(3);
    assertEquals(ExerciseKind.STRETCH, stretch.getPhase());
    assertEquals(30, stretch.getHoldSeconds());
  }

  @Test
  void withoutFindingsOnlyStrengtheningIsSuggestedAndHiddenExercisesNever() {
    library.stream().filter(e -> e.getName().equals("Suitcase carry")).forEach(Exercise::hide);

    ProgramPlan plan = ProgramSuggestion.from(List.of(), library, "Core");

    assertEquals(
        List.of("Back extension", "Bird dog row", "Reverse hyperextension"),
        plan.getItems().stream().map(ProgramPlan.Item::getExerciseName).toList());
  }

  @Test
  void aChangeToAnActiveProgramIsANewVersionAndTheOldOneStays() {
    Map<Long, Exercise> byId =
        library.stream().collect(Collectors.toMap(Exercise::getId, Function.identity()));
    HomeProgram first =
        new HomeProgram(new Episode(patient, LocalDate.of(2026, 11, 1)), 1, null, dana, NOW);
    ProgramPlan plan = ProgramSuggestion.from(List.of(), library, "Core");
    first.revise(plan.getTitle(), plan.getItems(), byId);
    first.activate(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), NOW);

    HomeProgram second = HomeProgram.nextVersionOf(first, dana, NOW.plusDays(3));
    ProgramPlan changed = second.toPlan();
    changed.getItems().get(0).setSets(2);
    changed.getItems().remove(3);
    second.revise("Core, lighter", changed.getItems(), byId);
    first.supersede(NOW.plusDays(3));
    second.activate(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 19), NOW.plusDays(3));

    assertEquals(ProgramStatus.SUPERSEDED, first.getStatus());
    ZoneId zone = NOW.getOffset();
    LocalDate replacedOn = NOW.plusDays(3).toLocalDate();
    assertFalse(first.wasThePlanOn(LocalDate.of(2026, 11, 1), zone), "before its start");
    assertTrue(first.wasThePlanOn(replacedOn, zone), "the day it was replaced");
    assertFalse(first.wasThePlanOn(replacedOn.plusDays(1), zone), "after it was replaced");
    assertTrue(second.wasThePlanOn(replacedOn, zone));
    assertFalse(second.wasThePlanOn(LocalDate.of(2026, 11, 4), zone), "before its start");
    assertEquals(4, first.getItems().size());
    assertEquals(3, first.getItems().get(0).getDosage().getSets());
    assertEquals(2, second.getNumber());
    assertEquals(first, second.getPrevious());
    assertEquals(3, second.getItems().size());
    assertEquals(2, second.getItems().get(0).getDosage().getSets());
    assertNotSame(first.getItems().get(1).getDosage(), second.getItems().get(1).getDosage());
    assertEquals(first.getItems().get(1).getDosage(), second.getItems().get(1).getDosage());
    assertThrows(IllegalStateException.class, () -> first.revise("x", changed.getItems(), byId));
  }

  @Test
  void aPlanItemHoldsTheDosageItWasMadeFromUntilTheTherapistChangesIt() {
    Map<Long, Exercise> byId =
        library.stream().collect(Collectors.toMap(Exercise::getId, Function.identity()));
    HomeProgram program =
        new HomeProgram(new Episode(patient, LocalDate.of(2026, 11, 1)), 1, null, dana, NOW);
    ProgramPlan suggested = ProgramSuggestion.from(List.of(), library, "Core");
    suggested.getItems().get(0).setLoad(" a 12 kg kettlebell ");
    suggested.getItems().get(0).setNotes("Slowly on the way down.");
    suggested.getItems().get(0).setRestSeconds(60);
    program.revise(suggested.getTitle(), suggested.getItems(), byId);
    Dosage saved = program.getItems().get(0).getDosage();

    ProgramPlan.Item item = program.toPlan().getItems().get(0);

    assertEquals(saved, item.toDosage());
    assertEquals("a 12 kg kettlebell", item.getLoad());
    assertEquals(60, item.getRestSeconds());
    assertEquals(List.of(), item.problems());
    assertEquals(saved.inWords(Language.ENGLISH), item.inWords(Language.ENGLISH));
    item.setSets(0);
    item.setSide(null);
    assertEquals(List.of("dosage.sets", "dosage.side"), item.problems());
    assertEquals("", item.inWords(Language.ENGLISH));
    assertThrows(IllegalArgumentException.class, item::toDosage);
  }

  @Test
  void aPlanOfMoreThanSixExercisesSaysItHoldsTooMany() {
    ProgramPlan plan = new ProgramPlan("Core");
    for (int i = 0; i < ProgramPlan.MOST_EXERCISES; i++) {
      plan.getItems().add(new ProgramPlan.Item());
    }
    assertFalse(plan.holdsTooMany());
    plan.getItems().add(new ProgramPlan.Item());
    assertTrue(plan.holdsTooMany());
  }

  @Test
  void aProgramNeedsExercisesAndAReviewAfterItsStart() {
    HomeProgram empty =
        new HomeProgram(new Episode(patient, LocalDate.of(2026, 11, 1)), 1, null, dana, NOW);
    empty.revise("Nothing", List.of(), Map.of());
    assertThrows(
        IllegalStateException.class,
        () -> empty.activate(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), NOW));

    HomeProgram program =
        new HomeProgram(new Episode(patient, LocalDate.of(2026, 11, 1)), 1, null, dana, NOW);
    ProgramPlan plan = ProgramSuggestion.from(List.of(), library, "Core");
    program.revise(
        "Core",
        plan.getItems(),
        library.stream().collect(Collectors.toMap(Exercise::getId, Function.identity())));
    assertThrows(
        IllegalStateException.class,
        () -> program.activate(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), NOW));
    assertTrue(program.isDraft());
  }

  /** The built-in library as a clinic holds it, with ids as the database would give them. */
  private static List<Exercise> library() {
    long[] id = {100};
    return Arrays.stream(BuiltInExercise.values())
        .map(Exercise::copyOf)
        .peek(exercise -> giveId(exercise, id[0]++))
        .toList();
  }

  private static void giveId(Exercise exercise, long id) {
    try {
      Field field = PortalEntity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(exercise, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
