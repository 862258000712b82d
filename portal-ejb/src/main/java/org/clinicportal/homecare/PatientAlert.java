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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.security.UserAccount;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * Something in a patient's home care for a therapist to look at. It stays open until a therapist
 * acknowledges it with a note of what was done.
 */
@Entity
@Table(name = "patient_alert")
@NamedQuery(
    name = "PatientAlert.open",
    query =
        "select a from PatientAlert a join fetch a.patient p where a.acknowledgedAt is null"
            + " order by a.raisedAt desc")
@NamedQuery(
    name = "PatientAlert.openOfTherapist",
    query =
        "select a from PatientAlert a join fetch a.patient p where a.acknowledgedAt is null"
            + " and p.therapist.account.id = :accountId order by a.raisedAt desc")
@NamedQuery(
    name = "PatientAlert.countOpen",
    query = "select count(a) from PatientAlert a where a.acknowledgedAt is null")
@NamedQuery(
    name = "PatientAlert.countOpenOfTherapist",
    query =
        "select count(a) from PatientAlert a where a.acknowledgedAt is null"
            + " and a.patient.therapist.account.id = :accountId")
@NamedQuery(
    name = "PatientAlert.countRaisedSince",
    query = "select count(a) from PatientAlert a where a.raisedAt >= :since and a.kind <> :urgent")
@NamedQuery(
    name = "PatientAlert.countRaisedSinceOfTherapist",
    query =
        "select count(a) from PatientAlert a where a.raisedAt >= :since and a.kind <> :urgent"
            + " and a.patient.therapist.account.id = :accountId")
@NamedQuery(
    name = "PatientAlert.acknowledged",
    query =
        "select a from PatientAlert a join fetch a.patient p where a.acknowledgedAt is not null"
            + " order by a.acknowledgedAt desc")
@NamedQuery(
    name = "PatientAlert.ofPatient",
    query = "select a from PatientAlert a where a.patient.id = :patientId order by a.raisedAt desc")
@NamedQuery(
    name = "PatientAlert.byCause",
    query =
        "select a from PatientAlert a where a.patient.id = :patientId and a.kind = :kind"
            + " and a.reasonKey = :reasonKey")
@NamedQuery(
    name = "PatientAlert.causesOfPatients",
    query =
        "select a.patient.id, a.kind, a.reasonKey from PatientAlert a"
            + " where a.patient.id in :patientIds")
@NamedQuery(
    name = "PatientAlert.openOfKind",
    query =
        "select a from PatientAlert a where a.patient.id = :patientId and a.kind = :kind"
            + " and a.acknowledgedAt is null")
@NamedQuery(
    name = "PatientAlert.runningPrograms",
    query =
        "select new org.clinicportal.homecare.RunningProgram(p.id, p.patient.id, p.startsOn,"
            + " p.reviewOn, a.painNow, p.episode.id) from HomeProgram p left join p.assessment a"
            + " where p.status = org.clinicportal.program.ProgramStatus.ACTIVE"
            + " and p.startsOn <= :today and p.patient.id > :after order by p.patient.id")
@NamedQuery(
    name = "PatientAlert.timesOfEpisodes",
    query =
        "select a.episode.id, a.raisedAt, a.acknowledgedAt from PatientAlert a"
            + " where a.episode.id in :ids")
public class PatientAlert extends ClinicOwned {

  public static final int MAX_ACKNOWLEDGEMENT = 500;

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12, updatable = false)
  private AlertKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "episode_id", updatable = false)
  private Episode episode;

  @Column(name = "reason_key", nullable = false, length = 60, updatable = false)
  private String reasonKey;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private OffsetDateTime raisedAt;

  @Column(name = "starting_level", updatable = false)
  private Integer startingLevel;

  @Column(name = "pain_level", updatable = false)
  private Integer painLevel;

  @Column(updatable = false)
  private LocalDate dated;

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne
  @JoinColumn(name = "journal_entry_id", updatable = false)
  private JournalEntry journalEntry;

  @Column(name = "acknowledged_at")
  private OffsetDateTime acknowledgedAt;

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne
  @JoinColumn(name = "acknowledged_by")
  private UserAccount acknowledgedBy;

  @Column(length = MAX_ACKNOWLEDGEMENT)
  private String acknowledgement;

  protected PatientAlert() {}

  private PatientAlert(
      Patient patient,
      Episode episode,
      AlertKind kind,
      String reasonKey,
      OffsetDateTime raisedAt,
      Integer startingLevel,
      Integer painLevel,
      LocalDate dated,
      JournalEntry journalEntry) {
    this.patient = Objects.requireNonNull(patient);
    this.episode = episode;
    this.kind = Objects.requireNonNull(kind);
    this.reasonKey = Objects.requireNonNull(reasonKey);
    this.raisedAt = Objects.requireNonNull(raisedAt);
    this.startingLevel = startingLevel;
    this.painLevel = painLevel;
    this.dated = dated;
    this.journalEntry = journalEntry;
  }

  /** A yes to a safety question in a journal entry, in the entry's episode. */
  static PatientAlert safety(JournalEntry entry, OffsetDateTime at) {
    return new PatientAlert(
        entry.getPatient(),
        entry.getEpisode(),
        AlertKind.SAFETY,
        "entry:" + entry.getId(),
        at,
        null,
        entry.getPainBefore(),
        entry.getSessionOn(),
        entry);
  }

  /**
   * A journal entry whose pain is two points or more over the starting level, in the entry's
   * episode.
   */
  static PatientAlert worsening(JournalEntry entry, int startingLevel, OffsetDateTime at) {
    return new PatientAlert(
        entry.getPatient(),
        entry.getEpisode(),
        AlertKind.WORSENING,
        "entry:" + entry.getId(),
        at,
        startingLevel,
        entry.getPainBefore(),
        entry.getSessionOn(),
        entry);
  }

  /**
   * The review date of a program reached without the expected improvement, in the program's
   * episode.
   */
  static PatientAlert noProgress(
      Patient patient,
      Episode episode,
      long programId,
      LocalDate reviewOn,
      int startingLevel,
      Integer latestLevel,
      OffsetDateTime at) {
    return new PatientAlert(
        patient,
        episode,
        AlertKind.NO_PROGRESS,
        "program:" + programId,
        at,
        startingLevel,
        latestLevel,
        reviewOn,
        null);
  }

  /**
   * Three whole days without a journal entry since the given day, in the episode of the program
   * that asked for entries.
   */
  static PatientAlert silence(
      Patient patient, Episode episode, LocalDate lastHeard, OffsetDateTime at) {
    return new PatientAlert(
        patient, episode, AlertKind.SILENCE, "since:" + lastHeard, at, null, null, lastHeard, null);
  }

  /**
   * Closes the alert with what the therapist did about it.
   *
   * @throws IllegalArgumentException without a note, or with one too long
   * @throws IllegalStateException when it was acknowledged already
   */
  public void acknowledge(UserAccount by, String note, OffsetDateTime at) {
    if (isAcknowledged()) {
      throw new IllegalStateException("The alert was acknowledged already");
    }
    String text = note == null ? "" : note.trim();
    if (text.isEmpty() || text.length() > MAX_ACKNOWLEDGEMENT) {
      throw new IllegalArgumentException("An acknowledgement needs a note of what was done");
    }
    this.acknowledgedBy = Objects.requireNonNull(by);
    this.acknowledgement = text;
    this.acknowledgedAt = Objects.requireNonNull(at);
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }

  public Patient getPatient() {
    return patient;
  }

  /** The episode of care the alert belongs to, or null when none covered its day. */
  public Episode getEpisode() {
    return episode;
  }

  public AlertKind getKind() {
    return kind;
  }

  public String getReasonKey() {
    return reasonKey;
  }

  public OffsetDateTime getRaisedAt() {
    return raisedAt;
  }

  public Integer getStartingLevel() {
    return startingLevel;
  }

  public Integer getPainLevel() {
    return painLevel;
  }

  public LocalDate getDated() {
    return dated;
  }

  public JournalEntry getJournalEntry() {
    return journalEntry;
  }

  public OffsetDateTime getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public UserAccount getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public String getAcknowledgement() {
    return acknowledgement;
  }
}
