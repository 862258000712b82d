package org.clinicportal.homecare;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the patient fills in after a session. Each form carries its own submission key, so sending
 * the same form twice records one entry.
 */
public class JournalForm implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_NOTE = 1000;

  private final UUID submissionKey;
  private Long programId;
  private LocalDate sessionOn;
  private Integer painBefore;
  private Integer painAfter;
  private Integer effort;
  private String note;
  private Boolean saddleNumbness;
  private Boolean bladderOrBowel;
  private Boolean legWeakness;
  private Boolean fever;

  public JournalForm() {
    this(UUID.randomUUID());
  }

  public JournalForm(UUID submissionKey) {
    this.submissionKey = submissionKey;
  }

  /** The message keys of what is missing or out of range, in the order of the form. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (outsideScale(painBefore) || outsideScale(painAfter)) {
      problems.add("journal.pain");
    }
    if (outsideScale(effort)) {
      problems.add("journal.effort");
    }
    if (note != null && note.length() > MAX_NOTE) {
      problems.add("journal.note");
    }
    if (saddleNumbness == null || bladderOrBowel == null || legWeakness == null || fever == null) {
      problems.add("journal.safety");
    }
    return problems;
  }

  private static boolean outsideScale(Integer value) {
    return value == null || value < 0 || value > 10;
  }

  /** Whether any safety question was answered yes. */
  public boolean raisesSafetyConcern() {
    return Boolean.TRUE.equals(saddleNumbness)
        || Boolean.TRUE.equals(bladderOrBowel)
        || Boolean.TRUE.equals(legWeakness)
        || Boolean.TRUE.equals(fever);
  }

  public UUID getSubmissionKey() {
    return submissionKey;
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  /** The day of the session, in the clinic's calendar; null for today. */
  public LocalDate getSessionOn() {
    return sessionOn;
  }

  public void setSessionOn(LocalDate sessionOn) {
    this.sessionOn = sessionOn;
  }

  public Integer getPainBefore() {
    return painBefore;
  }

  public void setPainBefore(Integer painBefore) {
    this.painBefore = painBefore;
  }

  public Integer getPainAfter() {
    return painAfter;
  }

  public void setPainAfter(Integer painAfter) {
    this.painAfter = painAfter;
  }

  public Integer getEffort() {
    return effort;
  }

  public void setEffort(Integer effort) {
    this.effort = effort;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Boolean getSaddleNumbness() {
    return saddleNumbness;
  }

  public void setSaddleNumbness(Boolean saddleNumbness) {
    this.saddleNumbness = saddleNumbness;
  }

  public Boolean getBladderOrBowel() {
    return bladderOrBowel;
  }

  public void setBladderOrBowel(Boolean bladderOrBowel) {
    this.bladderOrBowel = bladderOrBowel;
  }

  public Boolean getLegWeakness() {
    return legWeakness;
  }

  public void setLegWeakness(Boolean legWeakness) {
    this.legWeakness = legWeakness;
  }

  public Boolean getFever() {
    return fever;
  }

  public void setFever(Boolean fever) {
    this.fever = fever;
  }
}
