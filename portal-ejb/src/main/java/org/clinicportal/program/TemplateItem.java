package org.clinicportal.program;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseKind;

/** One dosed exercise of a program template. */
@Entity
@Table(name = "program_template_item")
public class TemplateItem extends DosedExercise {

  @ManyToOne(optional = false)
  @JoinColumn(name = "template_id", nullable = false, updatable = false)
  private ProgramTemplate template;

  protected TemplateItem() {}

  TemplateItem(
      ProgramTemplate template,
      int position,
      ExerciseKind phase,
      Exercise exercise,
      Dosage dosage) {
    super(position, phase, exercise, dosage);
    this.template = Objects.requireNonNull(template);
  }
}
