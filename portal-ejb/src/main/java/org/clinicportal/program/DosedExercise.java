package org.clinicportal.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.platform.ClinicOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** An exercise in its phase with its dosage, as a program or a template holds it. */
@MappedSuperclass
public abstract class DosedExercise extends ClinicOwned {

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ExerciseKind phase;

  @ManyToOne(optional = false)
  @JoinColumn(name = "exercise_id", nullable = false)
  @BatchFetch(BatchFetchType.IN)
  private Exercise exercise;

  @Embedded private Dosage dosage;

  protected DosedExercise() {}

  DosedExercise(int position, ExerciseKind phase, Exercise exercise, Dosage dosage) {
    this.position = position;
    this.phase = Objects.requireNonNull(phase);
    this.exercise = Objects.requireNonNull(exercise);
    this.dosage = Objects.requireNonNull(dosage);
  }

  public int getPosition() {
    return position;
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
