package org.clinicportal.exercise;

import java.io.Serializable;
import java.util.List;

/** What a person reads of an exercise, in one language: its name, purpose, steps and cautions. */
public record ExerciseText(String name, String purpose, List<String> steps, String cautions)
    implements Serializable {

  public ExerciseText {
    steps = List.copyOf(steps);
  }
}
