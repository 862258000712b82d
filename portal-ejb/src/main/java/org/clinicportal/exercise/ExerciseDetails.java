package org.clinicportal.exercise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clinicportal.anatomy.Muscle;

/** What a clinic enters for an exercise of its own. */
public class ExerciseDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{exercise.name.required}")
  @Size(max = 120, message = "{exercise.name.size}")
  private String name;

  @NotNull(message = "{exercise.kind.required}")
  private ExerciseKind kind;

  @NotBlank(message = "{exercise.purpose.required}")
  @Size(max = 1000, message = "{exercise.purpose.size}")
  private String purpose;

  @NotBlank(message = "{exercise.instructions.required}")
  @Size(max = 4000, message = "{exercise.instructions.size}")
  private String instructions;

  @Size(max = 2000, message = "{exercise.cautions.size}")
  private String cautions;

  private Muscle[] muscles = new Muscle[0];

  private Equipment[] equipment = new Equipment[0];

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ExerciseKind getKind() {
    return kind;
  }

  public void setKind(ExerciseKind kind) {
    this.kind = kind;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public String getCautions() {
    return cautions;
  }

  public void setCautions(String cautions) {
    this.cautions = cautions;
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
