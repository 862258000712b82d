package org.clinicportal.exercise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a person enters of an exercise's words: its name, purpose, steps (one a line) and cautions,
 * for an exercise the clinic writes or for its words in another language.
 */
public class ExerciseWords implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{exercise.name.required}")
  @Size(max = 120, message = "{exercise.name.size}")
  private String name;

  @NotBlank(message = "{exercise.purpose.required}")
  @Size(max = 1000, message = "{exercise.purpose.size}")
  private String purpose;

  @NotBlank(message = "{exercise.instructions.required}")
  @Size(max = 4000, message = "{exercise.instructions.size}")
  private String instructions;

  @Size(max = 2000, message = "{exercise.cautions.size}")
  private String cautions;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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
}
