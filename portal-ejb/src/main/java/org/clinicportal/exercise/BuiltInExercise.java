package org.clinicportal.exercise;

import java.util.List;
import java.util.Set;
import org.clinicportal.anatomy.Muscle;

/**
 * The routines every clinic's library starts with: trigger-point release, then stretching of the
 * treated muscles, then strengthening of the muscles around them. Dosages are starting points the
 * therapist adjusts.
 */
public enum BuiltInExercise {
  QL_CLINIC_RELEASE(
      "Trigger-point massage of the quadratus lumborum",
      ExerciseKind.RELEASE,
      PerformedBy.THERAPIST,
      "Sustained pressure on the knots of the quadratus lumborum, including the deep points near the"
          + " spine, so that the taut bands let go.",
      List.of(
          "Lie on the side that does not hurt, with a pillow under the waist to open the gap between"
              + " the lowest rib and the pelvis.",
          "The therapist finds each tender spot along the muscle and presses until the patient feels"
              + " a strong but bearable ache.",
          "Pressure is held until the tenderness fades, usually 30 to 90 seconds, then moved on.",
          "The deeper points are reached by working in from the side, under the long back muscles."),
      "Tell the therapist when the pressure feels sharp, burning or above 7 of 10. Not over skin"
          + " lumps, bruises, or the kidneys.",
      Set.of(Muscle.QUADRATUS_LUMBORUM),
      Set.of(),
      Dosage.of().durationSeconds(600).timesPerDay(1).daysPerWeek(1)),
  QL_TOOL_SELF_RELEASE(
      "Quadratus lumborum self-release with a release tool",
      ExerciseKind.RELEASE,
      PerformedBy.PATIENT,
      "Pressure on your own quadratus lumborum knots at home with a tool shaped to reach the muscle"
          + " between rib and pelvis.",
      List.of(
          "Set the tool on the floor or a firm bed.",
          "Lie down so that its tip rests in the soft hollow between your lowest rib and the top of"
              + " your pelvis, just outside the long muscles beside the spine.",
          "Let your weight sink onto it and breathe slowly; stay on a tender spot until the ache"
              + " eases.",
          "Shift a finger's width along the muscle and repeat on the next spot."),
      "Keep off the spine, the ribs and the pelvic bone. Stop if you feel tingling, numbness or sharp"
          + " pain.",
      Set.of(Muscle.QUADRATUS_LUMBORUM),
      Set.of(Equipment.QL_RELEASE_TOOL),
      Dosage.of().sets(1).repetitions(4).holdSeconds(45).timesPerDay(2).daysPerWeek(7)),
  BALL_WALL_RELEASE(
      "Massage-ball release against a wall",
      ExerciseKind.RELEASE,
      PerformedBy.PATIENT,
      "Self-massage of knots in the low back and hip muscles with a ball held between you and a"
          + " wall.",
      List.of(
          "Stand with your back to a wall and place a firm ball on the tender area.",
          "Lean into the wall and bend your knees a little to roll the ball slowly over the muscle.",
          "When you find a tender spot, stop and hold the pressure while you breathe out slowly.",
          "Move on once the ache has eased."),
      "Not on the spine itself. Ease off if pain spreads down the leg or feels sharp.",
      Set.of(
          Muscle.QUADRATUS_LUMBORUM,
          Muscle.GLUTEUS_MEDIUS,
          Muscle.GLUTEUS_MINIMUS,
          Muscle.PIRIFORMIS),
      Set.of(Equipment.MASSAGE_BALL, Equipment.WALL),
      Dosage.of().sets(1).repetitions(4).holdSeconds(30).timesPerDay(1).daysPerWeek(7)),
  QL_STRETCH(
      "Standing side-bend stretch",
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      "Lengthens the quadratus lumborum after release so that it does not tighten again.",
      List.of(
          "Stand tall and cross the leg of the side to be stretched behind the other.",
          "Raise the arm of that side overhead.",
          "Lean gently away from that side until you feel the stretch between ribs and pelvis.",
          "Hold, breathing calmly, then come back up slowly."),
      "A gentle pull is right; pain is not. Hold on to something if your balance is unsure.",
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
      "Figure-four glute stretch",
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      "Stretches the gluteal muscles on the outside of the hip.",
      List.of(
          "Lie on your back with both knees bent.",
          "Rest the ankle of the side to be stretched on the opposite knee.",
          "Draw the lower thigh towards your chest until you feel the stretch in the buttock.",
          "Hold, then lower slowly."),
      "Keep the low back resting on the floor. Stop if the knee hurts.",
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
      "Piriformis stretch",
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      "Stretches the piriformis deep in the buttock.",
      List.of(
          "Lie on your back with the legs straight.",
          "Bend the knee of the side to be stretched and take it with the opposite hand.",
          "Guide the knee across the body towards the opposite shoulder.",
          "Hold where you feel the stretch deep in the buttock."),
      "Ease off if you feel tingling down the leg.",
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
      "Half-kneeling hip flexor stretch",
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      "Stretches the iliopsoas at the front of the hip.",
      List.of(
          "Kneel on the side to be stretched with the other foot flat in front.",
          "Tuck the pelvis under and tighten the buttock of the kneeling side.",
          "Shift your weight forward until you feel the stretch at the front of the hip.",
          "Hold without arching the low back."),
      "Put a cushion under the knee. Do not arch the back to go further.",
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
      "Knees-to-chest stretch",
      ExerciseKind.STRETCH,
      PerformedBy.PATIENT,
      "Eases the long back muscles and the multifidus along the lumbar spine.",
      List.of(
          "Lie on your back with both knees bent.",
          "Bring one knee, then the other, towards your chest.",
          "Hold the shins and let the low back round gently onto the floor.",
          "Hold, then lower one leg at a time."),
      "Move slowly; stop if pain spreads into a leg.",
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
      "Back extension",
      ExerciseKind.STRENGTHEN,
      PerformedBy.PATIENT,
      "Builds endurance in the muscles along the spine.",
      List.of(
          "Lie face down on a mat with your arms by your sides, or set up on an extension bench.",
          "Tighten the buttocks and lift the chest a little, keeping the neck long.",
          "Pause at the top, then lower under control."),
      "Lift only as far as is comfortable; no jerking. Skip it while pain is above 6 of 10.",
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
      "Reverse hyperextension",
      ExerciseKind.STRENGTHEN,
      PerformedBy.PATIENT,
      "Strengthens the buttocks and the low back from the hips rather than the spine.",
      List.of(
          "Lie face down on a bench with your hips at its edge and hold on to the sides.",
          "With the legs together and nearly straight, raise them until they line up with the body.",
          "Lower slowly."),
      "Raise the legs no higher than the body. Start without added weight.",
      Set.of(Muscle.GLUTEUS_MEDIUS, Muscle.ERECTOR_SPINAE),
      Set.of(Equipment.BENCH),
      Dosage.of().sets(3).repetitions(12).restSeconds(60).timesPerDay(1).daysPerWeek(3)),
  SUITCASE_CARRY(
      "Suitcase carry",
      ExerciseKind.STRENGTHEN,
      PerformedBy.PATIENT,
      "Trains the quadratus lumborum and the trunk to hold you upright under a load on one side.",
      List.of(
          "Hold a weight in one hand at your side, like a suitcase.",
          "Stand tall without leaning towards or away from the weight.",
          "Walk with steady, even steps for the time set, then change hands."),
      "Choose a weight you can carry without leaning. Put it down if the back starts to ache.",
      Set.of(Muscle.QUADRATUS_LUMBORUM),
      Set.of(Equipment.WEIGHT),
      Dosage.of().sets(3).durationSeconds(30).restSeconds(60).timesPerDay(1).daysPerWeek(3)),
  BIRD_DOG_ROW(
      "Bird dog row",
      ExerciseKind.STRENGTHEN,
      PerformedBy.PATIENT,
      "Trains the deep back muscles to keep the spine steady while arms and legs move.",
      List.of(
          "Kneel with one knee and one hand on a bench, a light weight in the free hand.",
          "Stretch the leg opposite the weight straight back, level with the body.",
          "Row the weight up to your side without twisting, then lower it.",
          "Finish the set, then change sides."),
      "Keep the back flat and the hips level. Start with a light weight.",
      Set.of(Muscle.MULTIFIDUS, Muscle.ERECTOR_SPINAE, Muscle.GLUTEUS_MEDIUS),
      Set.of(Equipment.BENCH, Equipment.WEIGHT),
      Dosage.of().sets(3).repetitions(8).restSeconds(60).timesPerDay(1).daysPerWeek(3));

  private final String title;
  private final ExerciseKind kind;
  private final PerformedBy performedBy;
  private final String purpose;
  private final List<String> steps;
  private final String cautions;
  private final Set<Muscle> muscles;
  private final Set<Equipment> equipment;
  private final Dosage usualDosage;

  BuiltInExercise(
      String title,
      ExerciseKind kind,
      PerformedBy performedBy,
      String purpose,
      List<String> steps,
      String cautions,
      Set<Muscle> muscles,
      Set<Equipment> equipment,
      Dosage.Builder usualDosage) {
    this.title = title;
    this.kind = kind;
    this.performedBy = performedBy;
    this.purpose = purpose;
    this.steps = steps;
    this.cautions = cautions;
    this.muscles = muscles;
    this.equipment = equipment;
    this.usualDosage = usualDosage.side(BodySide.BOTH).build();
  }

  public String title() {
    return title;
  }

  public ExerciseKind kind() {
    return kind;
  }

  public PerformedBy performedBy() {
    return performedBy;
  }

  public String purpose() {
    return purpose;
  }

  public List<String> steps() {
    return steps;
  }

  public String cautions() {
    return cautions;
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
