package org.clinicportal.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;
import org.clinicportal.assessment.TriggerPoint;
import org.clinicportal.assessment.TriggerPointCriteria.Classification;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.exercise.PerformedBy;

/**
 * Turns a signed assessment into a first program: each muscle with an active or latent trigger
 * point gets the home release and the stretch that target it, on the side where the points were
 * found; the strengthening routines follow, on both sides.
 */
public final class ProgramSuggestion {

  private ProgramSuggestion() {}

  /**
   * The plan for the trigger points an assessment found (none when there is no signed assessment),
   * from the clinic's library.
   */
  public static ProgramPlan from(List<TriggerPoint> points, List<Exercise> library, String title) {
    Map<Muscle, Set<Side>> found = new EnumMap<>(Muscle.class);
    for (TriggerPoint point : points) {
      if (point.getClassification() != Classification.NOT_A_TRIGGER_POINT) {
        found
            .computeIfAbsent(point.getMuscle(), m -> EnumSet.noneOf(Side.class))
            .add(point.getSide());
      }
    }
    List<Exercise> usable =
        library.stream()
            .filter(exercise -> !exercise.isHidden())
            .filter(exercise -> exercise.getPerformedBy() == PerformedBy.PATIENT)
            .sorted(Comparator.comparing(Exercise::getName))
            .toList();
    ProgramPlan plan = new ProgramPlan(title);
    for (ExerciseKind kind : List.of(ExerciseKind.RELEASE, ExerciseKind.STRETCH)) {
      for (Exercise exercise : usable) {
        if (exercise.getKind() != kind) {
          continue;
        }
        Set<Side> sides = EnumSet.noneOf(Side.class);
        found.forEach(
            (muscle, at) -> {
              if (exercise.targets(muscle)) {
                sides.addAll(at);
              }
            });
        if (!sides.isEmpty()) {
          plan.getItems().add(ProgramPlan.Item.of(exercise, side(sides)));
        }
      }
    }
    List<ProgramPlan.Item> strengthening = new ArrayList<>();
    for (Exercise exercise : usable) {
      if (exercise.getKind() == ExerciseKind.STRENGTHEN && exercise.isBuiltIn()) {
        strengthening.add(ProgramPlan.Item.of(exercise, BodySide.BOTH));
      }
    }
    plan.getItems().addAll(strengthening);
    return plan;
  }

  private static BodySide side(Set<Side> sides) {
    if (sides.size() > 1) {
      return BodySide.BOTH;
    }
    return sides.contains(Side.LEFT) ? BodySide.LEFT : BodySide.RIGHT;
  }
}
