package org.clinicportal.homecare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.platform.RecordException;
import org.clinicportal.program.HomeProgram;

/**
 * The weekly check-in of one patient: asked on the check-in day, open for a week, answered with the
 * number of days the patient exercised and what got in the way. Answering again while it is open
 * replaces the answer; a closed check-in keeps the answer it has, or stays unanswered.
 */
@Entity
@Table(name = "check_in")
@NamedQuery(
    name = "CheckIn.ofPatient",
    query =
        "select c from CheckIn c where c.patient.id = :patientId"
            + " order by c.weekEnding desc, c.id desc")
@NamedQuery(
    name = "CheckIn.ofWeek",
    query =
        "select c from CheckIn c where c.patient.id = :patientId and c.weekEnding = :weekEnding")
public class CheckIn extends ClinicOwned {

  /** How long a check-in can be answered after it is asked. */
  public static final Duration OPEN_FOR = Duration.ofDays(7);

  /** The most days a week has. */
  public static final int MAX_DAYS = 7;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "program_id", updatable = false)
  private HomeProgram program;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "episode_id", updatable = false)
  private Episode episode;

  @Column(name = "week_ending", nullable = false, updatable = false)
  private LocalDate weekEnding;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private OffsetDateTime askedAt;

  @Column(name = "open_until", nullable = false, updatable = false)
  private OffsetDateTime openUntil;

  @Column(name = "days_exercised")
  private Integer daysExercised;

  @Enumerated(EnumType.STRING)
  @Column(name = "barrier", length = 20)
  private CheckInBarrier barrier;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  protected CheckIn() {}

  /**
   * The question of the week ending on {@code weekEnding}, asked at {@code askedAt} about the
   * program running that week, if any; it belongs to that program's episode.
   */
  public CheckIn(Patient patient, HomeProgram program, LocalDate weekEnding, Instant askedAt) {
    this.patient = Objects.requireNonNull(patient);
    this.program = program;
    this.episode = program == null ? null : program.getEpisode();
    this.weekEnding = Objects.requireNonNull(weekEnding);
    this.askedAt = OffsetDateTime.ofInstant(askedAt, ZoneOffset.UTC);
    this.openUntil = this.askedAt.plus(OPEN_FOR);
  }

  /**
   * Keeps the patient's answer.
   *
   * @throws RecordException {@code checkIn.closed} after the check-in closed, {@code checkIn.days}
   *     for a number of days outside 0 to 7, {@code checkIn.barrier} with no answer to what got in
   *     the way
   */
  public void answer(int days, CheckInBarrier inTheWay, Instant now) throws RecordException {
    if (!isOpen(now)) {
      throw new RecordException("checkIn.closed");
    }
    if (days < 0 || days > MAX_DAYS) {
      throw new RecordException("checkIn.days");
    }
    if (inTheWay == null) {
      throw new RecordException("checkIn.barrier");
    }
    daysExercised = days;
    barrier = inTheWay;
    answeredAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  /** Whether the check-in can still be answered. */
  public boolean isOpen(Instant now) {
    return now.isBefore(openUntil.toInstant());
  }

  public boolean isAnswered() {
    return answeredAt != null;
  }

  public Patient getPatient() {
    return patient;
  }

  /** The episode of care the check-in belongs to, or null when it was asked about no program. */
  public Episode getEpisode() {
    return episode;
  }

  public LocalDate getWeekEnding() {
    return weekEnding;
  }

  public OffsetDateTime getAskedAt() {
    return askedAt;
  }

  public OffsetDateTime getOpenUntil() {
    return openUntil;
  }

  /** The days the patient says they exercised, or null before an answer. */
  public Integer getDaysExercised() {
    return daysExercised;
  }

  /** What got in the way, or null before an answer. */
  public CheckInBarrier getBarrier() {
    return barrier;
  }

  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }
}
