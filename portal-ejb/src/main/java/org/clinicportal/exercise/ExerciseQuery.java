package org.clinicportal.exercise;

import java.io.Serializable;
import java.util.Locale;
import org.clinicportal.anatomy.Muscle;

/**
 * A search of the library: part of a name, and optionally one kind, one muscle and one piece of
 * equipment; hidden exercises only when asked for.
 */
public record ExerciseQuery(
    String text, ExerciseKind kind, Muscle muscle, Equipment equipment, boolean includeHidden)
    implements Serializable {

  public static ExerciseQuery everything() {
    return new ExerciseQuery("", null, null, null, false);
  }

  public boolean matches(Exercise exercise) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return (includeHidden || !exercise.isHidden())
        && (kind == null || exercise.getKind() == kind)
        && (muscle == null || exercise.targets(muscle))
        && (equipment == null || exercise.getEquipment().contains(equipment))
        && (wanted.isEmpty() || exercise.getName().toLowerCase(Locale.ROOT).contains(wanted));
  }
}
