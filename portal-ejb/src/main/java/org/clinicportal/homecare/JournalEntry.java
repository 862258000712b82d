package org.clinicportal.homecare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.program.HomeProgram;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * What a patient wrote after a session: pain before and after, how hard it felt, a note, and the
 * answers to the safety questions. Entries are never changed.
 */
@Entity
@Table(name = "journal_entry")
@NamedQuery(
    name = "JournalEntry.ofPatient",
    query =
        "select j from JournalEntry j where j.patient.id = :patientId"
            + " order by j.sessionOn desc, j.recordedAt desc")
@NamedQuery(
    name = "JournalEntry.ofProgram",
    query =
        "select j from JournalEntry j where j.program.id = :programId"
            + " order by j.sessionOn, j.recordedAt")
@NamedQuery(
    name = "JournalEntry.readingsOfPrograms",
    query =
        "select j.program.id, j.sessionOn, j.painBefore, j.painAfter from JournalEntry j"
            + " where j.program.id in :programIds order by j.program.id, j.sessionOn, j.recordedAt")
@NamedQuery(
    name = "JournalEntry.lastOfPatients",
    query =
        "select j.patient.id, max(j.sessionOn) from JournalEntry j"
            + " where j.patient.id in :patientIds group by j.patient.id")
@NamedQuery(
    name = "JournalEntry.bySubmission",
    query =
        "select j from JournalEntry j where j.patient.id = :patientId and j.submissionKey = :key")
public class JournalEntry extends ClinicOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne
  @JoinColumn(name = "program_id", updatable = false)
  private HomeProgram program;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "episode_id", updatable = false)
  private Episode episode;

  @Column(name = "session_on", nullable = false, updatable = false)
  private LocalDate sessionOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "pain_before", nullable = false, updatable = false)
  private int painBefore;

  @Column(name = "pain_after", nullable = false, updatable = false)
  private int painAfter;

  @Column(nullable = false, updatable = false)
  private int effort;

  @Column(length = JournalForm.MAX_NOTE, updatable = false)
  private String note;

  @Column(name = "saddle_numbness", nullable = false, updatable = false)
  private boolean saddleNumbness;

  @Column(name = "bladder_or_bowel", nullable = false, updatable = false)
  private boolean bladderOrBowel;

  @Column(name = "leg_weakness", nullable = false, updatable = false)
  private boolean legWeakness;

  @Column(nullable = false, updatable = false)
  private boolean fever;

  @Column(name = "submission_key", nullable = false, updatable = false, length = 36)
  private String submissionKey;

  protected JournalEntry() {}

  /**
   * The entry a complete form makes for the patient's session on a day, in the episode of its
   * program, or without a program in the episode given (none when no episode covers the day).
   *
   * @throws IllegalArgumentException when the form still has problems, or the episode given is not
   *     the program's
   */
  public JournalEntry(
      Patient patient,
      HomeProgram program,
      Episode episode,
      JournalForm form,
      LocalDate sessionOn,
      OffsetDateTime recordedAt) {
    List<String> problems = form.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Incomplete journal entry: " + problems);
    }
    if (program != null && program.getEpisode() != episode) {
      throw new IllegalArgumentException("An entry of a program belongs to the program's episode");
    }
    this.patient = Objects.requireNonNull(patient);
    this.program = program;
    this.episode = episode;
    this.sessionOn = Objects.requireNonNull(sessionOn);
    this.recordedAt = Objects.requireNonNull(recordedAt);
    this.painBefore = form.getPainBefore();
    this.painAfter = form.getPainAfter();
    this.effort = form.getEffort();
    this.note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().trim();
    this.saddleNumbness = form.getSaddleNumbness();
    this.bladderOrBowel = form.getBladderOrBowel();
    this.legWeakness = form.getLegWeakness();
    this.fever = form.getFever();
    this.submissionKey = form.getSubmissionKey().toString();
  }

  /** Whether the patient answered yes to any safety question. */
  public boolean raisesSafetyConcern() {
    return saddleNumbness || bladderOrBowel || legWeakness || fever;
  }

  public PainReading reading() {
    return new PainReading(sessionOn, painBefore, painAfter);
  }

  public Patient getPatient() {
    return patient;
  }

  public HomeProgram getProgram() {
    return program;
  }

  /** The episode of care the entry belongs to, or null when none covered its day. */
  public Episode getEpisode() {
    return episode;
  }

  public LocalDate getSessionOn() {
    return sessionOn;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }

  public int getPainBefore() {
    return painBefore;
  }

  public int getPainAfter() {
    return painAfter;
  }

  public int getEffort() {
    return effort;
  }

  public String getNote() {
    return note;
  }

  public boolean isSaddleNumbness() {
    return saddleNumbness;
  }

  public boolean isBladderOrBowel() {
    return bladderOrBowel;
  }

  public boolean isLegWeakness() {
    return legWeakness;
  }

  public boolean isFever() {
    return fever;
  }

  public String getSubmissionKey() {
    return submissionKey;
  }
}
