package org.clinicportal.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Words;

/**
 * The routines every clinic's library starts with: trigger-point release, then stretching of the
 * treated muscles, then strengthening of the muscles around them. Dosages are starting points the
 * therapist adjusts. Their words live in a bundle per language ({@link #textIn}), so that a patient
 * reads them in their own.
 */
public enum BuiltInExercise {
  QL_CLINIC_RELEASE(
      ExerciseKind.RELEASE,
      PerformedBy.THERAPIST,
      Set.of(Muscle.QUADRATUS_LUMBORUM),
      Set.of(),
      Dosage.of().durationSeconds(600).timesPerDay(1).daysPerWeek(1)),
  QL_TOOL_SELF_RELEASE(
      ExerciseKind.RELEASE,
      PerformedBy.PATIENT,
      Set.of(Muscle.QUADRATUS_LUMBORUM),
      Set.of(Equipment.QL_RELEASE_TOOL),
      Dosage.of().sets(1).repetitions(4).holdSeconds(45).timesPerDay(2).daysPerWeek(7)),
  BALL_WALL_RELEASE(
      ExerciseKind.RELEASE,
      PerformedBy.PATIENT,
      Set.of(
          Muscle.QUADRATUS_LUMBORUM,
          Muscle.GLUTEUS_MEDIUS,
          Muscle.GLUTEUS_MINIMUS,
          Muscle.PIRIFORMIS),
      Set.of(Equipment.MASSAGE_BALL, Equipment.WALL),
      Dosage.of().sets(1).repetitions(4).holdSeconds(30).timesPerDay(1).daysPerWeek(7)),
  QL_STRETCH(
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      Set.of(Muscle.QUADRATUS_LUMBORUM),
      Set.of(),
      Dosage.of()
          .sets(1)
          .repetitions(3)
          .holdSeconds(30)
          .restSeconds(15)
          .timesPerDay(2)
          .daysPerWeek(7)),
  FIGURE_FOUR_STRETCH(
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      Set.of(Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS),
      Set.of(Equipment.MAT),
      Dosage.of()
          .sets(1)
          .repetitions(3)
          .holdSeconds(30)
          .restSeconds(15)
          .timesPerDay(2)
          .daysPerWeek(7)),
  PIRIFORMIS_STRETCH(
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      Set.of(Muscle.PIRIFORMIS),
      Set.of(Equipment.MAT),
      Dosage.of()
          .sets(1)
          .repetitions(3)
          .holdSeconds(30)
          .restSeconds(15)
          .timesPerDay(2)
          .daysPerWeek(7)),
  HIP_FLEXOR_STRETCH(
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      Set.of(Muscle.ILIOPSOAS),
      Set.of(Equipment.MAT),
      Dosage.of()
          .sets(1)
          .repetitions(3)
          .holdSeconds(30)
          .restSeconds(15)
          .timesPerDay(2)
          .daysPerWeek(7)),
  KNEES_TO_CHEST_STRETCH(
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      Set.of(Muscle.ERECTOR_SPINAE, Muscle.MULTIFIDUS),
      Set.of(Equipment.MAT),
      Dosage.of()
          .sets(1)
          .repetitions(3)
          .holdSeconds(30)
          .restSeconds(15)
          .timesPerDay(1)
          .daysPerWeek(7)),
  BACK_EXTENSION(
      ExerciseKind.STRENGTHEN,
      PerformedBy.PATIENT,
      Set.of(Muscle.ERECTOR_SPINAE, Muscle.MULTIFIDUS),
      Set.of(Equipment.MAT),
      Dosage.of()
          .sets(3)
          .repetitions(10)
          .holdSeconds(2)
          .restSeconds(60)
          .timesPerDay(1)
          .daysPerWeek(3)),
  REVERSE_HYPER(
      ExerciseKind.STRENGTHEN,
      PerformedBy.PATIENT,
      Set.of(Muscle.GLUTEUS_MEDIUS, Muscle.ERECTOR_SPINAE),
      Set.of(Equipment.BENCH),
      Dosage.of().sets(3).repetitions(12).restSeconds(60).timesPerDay(1).daysPerWeek(3)),
  SUITCASE_CARRY(
      ExerciseKind.STRENGTHEN,
      PerformedBy.PATIENT,
      Set.of(Muscle.QUADRATUS_LUMBORUM),
      Set.of(Equipment.WEIGHT),
      Dosage.of().sets(3).durationSeconds(30).restSeconds(60).timesPerDay(1).daysPerWeek(3)),
  BIRD_DOG_ROW(
      ExerciseKind.STRENGTHEN,
      PerformedBy.PATIENT,
      Set.of(Muscle.MULTIFIDUS, Muscle.ERECTOR_SPINAE, Muscle.GLUTEUS_MEDIUS),
      Set.of(Equipment.BENCH, Equipment.WEIGHT),
      Dosage.of().sets(3).repetitions(8).restSeconds(60).timesPerDay(1).daysPerWeek(3));

  private static final String WORDS = "org.clinicportal.exercise.built-in-exercises";

  private final ExerciseKind kind;
  private final PerformedBy performedBy;
  private final Set<Muscle> muscles;
  private final Set<Equipment> equipment;
  private final Dosage usualDosage;

  BuiltInExercise(
      ExerciseKind kind,
      PerformedBy performedBy,
      Set<Muscle> muscles,
      Set<Equipment> equipment,
      Dosage.Builder usualDosage) {
    this.kind = kind;
    this.performedBy = performedBy;
    this.muscles = muscles;
    this.equipment = equipment;
    this.usualDosage = usualDosage.side(BodySide.BOTH).build();
  }

  /**
   * The routine's words in a language: its title, what it is for, its steps in order and its
   * cautions, from {@code built-in-exercises.properties} and the file of each language beside it.
   */
  public ExerciseText textIn(Language language) {
    Words words = language.words(WORDS, BuiltInExercise.class);
    List<String> steps = new ArrayList<>();
    for (int step = 1; words.has(name() + ".step" + step); step++) {
      steps.add(words.text(name() + ".step" + step));
    }
    return new ExerciseText(
        words.text(name() + ".title"),
        words.text(name() + ".purpose"),
        steps,
        words.text(name() + ".cautions"));
  }

  public ExerciseKind kind() {
    return kind;
  }

  public PerformedBy performedBy() {
    return performedBy;
  }

  public Set<Muscle> muscles() {
    return muscles;
  }

  public Set<Equipment> equipment() {
    return equipment;
  }

  /**
   * The dosage the routine starts at. A routine names no side; the dosage is given for both until
   * the therapist chooses one for a patient.
   */
  public Dosage usualDosage() {
    return usualDosage;
  }
}
