package org.clinicportal.program;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseKind;

/** One dosed exercise of a program, in its phase. */
@Entity
@Table(name = "program_item")
@NamedQuery(
    name = "ProgramItem.askedOfEpisodes",
    query =
        "select i.id, p.episode.id, p.startsOn, p.status, p.supersededAt, p.endedAt,"
            + " i.dosage.timesPerDay, i.dosage.daysPerWeek"
            + " from ProgramItem i join i.program p where p.episode.id in :ids"
            + " and p.startsOn is not null"
            + " and p.status <> org.clinicportal.program.ProgramStatus.DRAFT")
public class ProgramItem extends DosedExercise {

  @ManyToOne(optional = false)
  @JoinColumn(name = "program_id", nullable = false, updatable = false)
  private HomeProgram program;

  protected ProgramItem() {}

  ProgramItem(
      HomeProgram program, int position, ExerciseKind phase, Exercise exercise, Dosage dosage) {
    super(position, phase, exercise, dosage);
    this.program = Objects.requireNonNull(program);
  }

  public HomeProgram getProgram() {
    return program;
  }
}
