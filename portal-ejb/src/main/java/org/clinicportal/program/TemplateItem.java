package org.clinicportal.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.platform.ClinicOwned;

/** One dosed exercise of a program template. */
@Entity
@Table(name = "program_template_item")
public class TemplateItem extends ClinicOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "template_id", nullable = false, updatable = false)
  private ProgramTemplate template;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ExerciseKind phase;

  @ManyToOne(optional = false)
  @JoinColumn(name = "exercise_id", nullable = false)
  private Exercise exercise;

  @Embedded private Dosage dosage;

  protected TemplateItem() {}

  TemplateItem(
      ProgramTemplate template,
      int position,
      ExerciseKind phase,
      Exercise exercise,
      Dosage dosage) {
    this.template = Objects.requireNonNull(template);
    this.position = position;
    this.phase = Objects.requireNonNull(phase);
    this.exercise = Objects.requireNonNull(exercise);
    this.dosage = Objects.requireNonNull(dosage);
  }

  public ExerciseKind getPhase() {
    return phase;
  }

  public Exercise getExercise() {
    return exercise;
  }

  public Dosage getDosage() {
    return dosage;
  }
}
