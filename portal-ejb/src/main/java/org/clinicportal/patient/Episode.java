package org.clinicportal.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.security.UserAccount;

/**
 * An episode of care: a patient's course from the first assessment of a complaint to the discharge.
 * Assessments, program versions, journal entries, check-ins and alerts belong to one (see {@link
 * Episodes#of}). A patient has at most one open episode.
 */
@Entity
@Table(name = "episode")
@NamedQuery(
    name = "Episode.ofPatient",
    query =
        "select e from Episode e where e.patient.id = :patientId order by e.openedOn desc, e.id desc")
@NamedQuery(
    name = "Episode.openOfPatient",
    query = "select e from Episode e where e.patient.id = :patientId and e.closedOn is null")
@NamedQuery(
    name = "Episode.covering",
    query =
        "select e from Episode e where e.patient.id = :patientId and e.openedOn <= :day"
            + " and (e.closedOn is null or e.closedOn >= :day) order by e.openedOn desc, e.id desc")
@NamedQuery(
    name = "Episode.closedBetween",
    query =
        "select e.id, p.id, e.openedOn, e.closedOn, e.dischargeReason, acc.displayName"
            + " from Episode e join e.patient p left join p.therapist t left join t.account acc"
            + " where e.closedOn between :from and :to order by e.closedOn, e.id")
public class Episode extends ClinicOwned {

  public static final int MAX_NOTE = 1000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @Column(name = "opened_on", nullable = false, updatable = false)
  private LocalDate openedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "discharge_reason", length = 20)
  private DischargeReason dischargeReason;

  @Column(name = "discharge_note", length = MAX_NOTE)
  private String dischargeNote;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "discharged_by")
  private UserAccount dischargedBy;

  @Column(name = "discharged_at")
  private OffsetDateTime dischargedAt;

  protected Episode() {}

  /** An open episode of the patient's care from the given day. */
  public Episode(Patient patient, LocalDate openedOn) {
    this.patient = Objects.requireNonNull(patient);
    this.openedOn = Objects.requireNonNull(openedOn);
  }

  /**
   * What is wrong with a discharge on this day, for this reason, with this note, as the message key
   * a person reads: no reason, a day before the episode opened, another reason without a note, or a
   * note too long. Empty when the discharge may be made.
   */
  public Optional<String> problemWithDischarge(DischargeReason reason, LocalDate on, String note) {
    String kept = trimmed(note);
    if (reason == null) {
      return Optional.of("episode.reason");
    }
    if (on.isBefore(openedOn)) {
      return Optional.of("episode.dischargeBeforeStart");
    }
    if (reason == DischargeReason.OTHER && kept == null) {
      return Optional.of("episode.noteForOther");
    }
    if (kept != null && kept.length() > MAX_NOTE) {
      return Optional.of("episode.note");
    }
    return Optional.empty();
  }

  /**
   * Closes the episode on a day no earlier than it opened, for a reason; another reason than those
   * named needs a note.
   *
   * @throws IllegalStateException when the episode is closed already
   * @throws IllegalArgumentException when {@link #problemWithDischarge} names a problem
   */
  public void discharge(
      DischargeReason reason, LocalDate on, String note, UserAccount by, OffsetDateTime at) {
    if (!isOpen()) {
      throw new IllegalStateException("The episode was discharged already");
    }
    problemWithDischarge(reason, on, note)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException("Not a discharge of this episode: " + problem);
            });
    this.closedOn = on;
    this.dischargeReason = reason;
    this.dischargeNote = trimmed(note);
    this.dischargedBy = Objects.requireNonNull(by);
    this.dischargedAt = Objects.requireNonNull(at);
  }

  private static String trimmed(String note) {
    return note == null || note.isBlank() ? null : note.trim();
  }

  public boolean isOpen() {
    return closedOn == null;
  }

  public Patient getPatient() {
    return patient;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public DischargeReason getDischargeReason() {
    return dischargeReason;
  }

  public String getDischargeNote() {
    return dischargeNote;
  }

  public OffsetDateTime getDischargedAt() {
    return dischargedAt;
  }
}
