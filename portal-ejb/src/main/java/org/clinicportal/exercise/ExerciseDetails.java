package org.clinicportal.exercise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.assessment.Muscle;

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

  private List<Muscle> muscles = new ArrayList<>();

  private List<Equipment> equipment = new ArrayList<>();

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

  public List<Muscle> getMuscles() {
    return muscles;
  }

  public void setMuscles(List<Muscle> muscles) {
    this.muscles = muscles == null ? new ArrayList<>() : new ArrayList<>(muscles);
  }

  public List<Equipment> getEquipment() {
    return equipment;
  }

  public void setEquipment(List<Equipment> equipment) {
    this.equipment = equipment == null ? new ArrayList<>() : new ArrayList<>(equipment);
  }
}
