package org.clinicportal.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.platform.Language;

/** The words of an exercise the clinic wrote, in one other language. */
@Entity
@Table(name = "exercise_translation")
public class ExerciseTranslation extends ClinicOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "exercise_id", nullable = false, updatable = false)
  private Exercise exercise;

  @Column(name = "language", nullable = false, updatable = false, length = 2)
  private Language language;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 1000)
  private String purpose;

  @Column(nullable = false)
  private String instructions;

  @Column(nullable = false, length = 2000)
  private String cautions;

  protected ExerciseTranslation() {}

  ExerciseTranslation(Exercise exercise, Language language, ExerciseWords words) {
    this.exercise = Objects.requireNonNull(exercise);
    this.language = Objects.requireNonNull(language);
    reword(words);
  }

  void reword(ExerciseWords words) {
    name = words.getName().trim();
    purpose = words.getPurpose().trim();
    instructions = words.getInstructions().trim();
    cautions = words.getCautions() == null ? "" : words.getCautions().trim();
  }

  public Language getLanguage() {
    return language;
  }

  /** The words as a patient reads them: the steps one a line, as the exercise keeps its own. */
  public ExerciseText text() {
    return new ExerciseText(
        name, purpose, instructions.lines().filter(line -> !line.isBlank()).toList(), cautions);
  }
}
