package org.clinicportal.homecare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.program.ProgramItem;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** One round of one exercise of the patient's program on a day: done, or skipped with a reason. */
@Entity
@Table(name = "exercise_log")
@NamedQuery(
    name = "ExerciseLog.ofPatientBetween",
    query =
        "select l from ExerciseLog l where l.patient.id = :patientId"
            + " and l.performedOn between :from and :to")
@NamedQuery(
    name = "ExerciseLog.ofRound",
    query =
        "select l from ExerciseLog l where l.item.id = :itemId and l.performedOn = :on"
            + " and l.round = :round")
@NamedQuery(
    name = "ExerciseLog.doneOfEpisodes",
    query =
        "select l.item.id, count(l) from ExerciseLog l where l.item.program.episode.id in :ids"
            + " and l.outcome = org.clinicportal.homecare.LogOutcome.DONE group by l.item.id")
public class ExerciseLog extends ClinicOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne(optional = false)
  @JoinColumn(name = "program_item_id", nullable = false, updatable = false)
  private ProgramItem item;

  @Column(name = "performed_on", nullable = false, updatable = false)
  private LocalDate performedOn;

  @Column(nullable = false, updatable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 7)
  private LogOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "skip_reason", length = 20)
  private SkipReason skipReason;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected ExerciseLog() {}

  /**
   * A round of an exercise on a day.
   *
   * @throws IllegalArgumentException when the round is not one of the exercise's times per day, or
   *     a skip has no reason
   */
  public ExerciseLog(
      Patient patient,
      ProgramItem item,
      LocalDate performedOn,
      int round,
      LogOutcome outcome,
      SkipReason skipReason,
      OffsetDateTime recordedAt) {
    if (round < 1 || round > item.getDosage().getTimesPerDay()) {
      throw new IllegalArgumentException("No such round of the exercise on a day");
    }
    this.patient = Objects.requireNonNull(patient);
    this.item = item;
    this.performedOn = Objects.requireNonNull(performedOn);
    this.round = round;
    record(outcome, skipReason, recordedAt);
  }

  /** Records what became of the round, replacing an earlier answer of the same day. */
  public void record(LogOutcome outcome, SkipReason skipReason, OffsetDateTime at) {
    if (outcome == LogOutcome.SKIPPED && skipReason == null) {
      throw new IllegalArgumentException("A skipped round has a reason");
    }
    this.outcome = Objects.requireNonNull(outcome);
    this.skipReason = outcome == LogOutcome.SKIPPED ? skipReason : null;
    this.recordedAt = Objects.requireNonNull(at);
  }

  public boolean isDone() {
    return outcome == LogOutcome.DONE;
  }

  public Patient getPatient() {
    return patient;
  }

  public ProgramItem getItem() {
    return item;
  }

  public LocalDate getPerformedOn() {
    return performedOn;
  }

  public int getRound() {
    return round;
  }

  public LogOutcome getOutcome() {
    return outcome;
  }

  public SkipReason getSkipReason() {
    return skipReason;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }
}
