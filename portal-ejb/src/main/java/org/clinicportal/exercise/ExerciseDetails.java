package org.clinicportal.exercise;

import jakarta.validation.constraints.NotNull;
import org.clinicportal.anatomy.Muscle;

/**
 * What a clinic enters for an exercise of its own: its words, as for a translation, and what kind
 * of exercise it is, which muscles it works and what it needs.
 */
public class ExerciseDetails extends ExerciseWords {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "{exercise.kind.required}")
  private ExerciseKind kind;

  private Muscle[] muscles = new Muscle[0];

  private Equipment[] equipment = new Equipment[0];

  public ExerciseKind getKind() {
    return kind;
  }

  public void setKind(ExerciseKind kind) {
    this.kind = kind;
  }

  public Muscle[] getMuscles() {
    return muscles.clone();
  }

  public void setMuscles(Muscle[] muscles) {
    this.muscles = muscles == null ? new Muscle[0] : muscles.clone();
  }

  public Equipment[] getEquipment() {
    return equipment.clone();
  }

  public void setEquipment(Equipment[] equipment) {
    this.equipment = equipment == null ? new Equipment[0] : equipment.clone();
  }
}
