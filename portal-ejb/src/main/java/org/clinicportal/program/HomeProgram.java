package org.clinicportal.program;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.security.UserAccount;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/**
 * One version of a patient's home program. A draft may be changed; once active it is what the
 * patient follows, and a change is a new version that replaces it when activated.
 */
@Entity
@Table(name = "home_program")
@NamedQuery(
    name = "HomeProgram.findOfPatient",
    query = "select p from HomeProgram p where p.patient.id = :patientId order by p.number desc")
@NamedQuery(
    name = "HomeProgram.findActiveOfPatients",
    query =
        "select p from HomeProgram p where p.patient.id in :patientIds"
            + " and p.status = org.clinicportal.program.ProgramStatus.ACTIVE")
@NamedQuery(
    name = "HomeProgram.findActiveOfPatient",
    query =
        "select p from HomeProgram p where p.patient.id = :patientId"
            + " and p.status = org.clinicportal.program.ProgramStatus.ACTIVE")
@NamedQuery(
    name = "HomeProgram.reviewsDueOfTherapist",
    query =
        "select p from HomeProgram p where p.status = org.clinicportal.program.ProgramStatus.ACTIVE"
            + " and p.reviewOn <= :today and p.patient.archived = false"
            + " and p.patient.therapist.account.id = :accountId order by p.reviewOn, p.id")
@NamedQuery(
    name = "HomeProgram.lastNumberOfPatient",
    query = "select max(p.number) from HomeProgram p where p.patient.id = :patientId")
@NamedQuery(
    name = "HomeProgram.startedOfEpisodes",
    query =
        "select p from HomeProgram p where p.episode.id in :ids and p.startsOn is not null"
            + " and p.status <> org.clinicportal.program.ProgramStatus.DRAFT")
public class HomeProgram extends ClinicOwned {

  /** How long after the start a program is reviewed unless the therapist says otherwise. */
  public static final int DEFAULT_REVIEW_DAYS = 14;

  @JoinFetch(JoinFetchType.INNER)
  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "episode_id", nullable = false, updatable = false)
  private Episode episode;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ProgramStatus status = ProgramStatus.DRAFT;

  @Column(nullable = false, length = 120)
  private String title;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "review_on")
  private LocalDate reviewOn;

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne
  @JoinColumn(name = "assessment_id", updatable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "previous_id", updatable = false)
  private HomeProgram previous;

  @JoinFetch(JoinFetchType.INNER)
  @ManyToOne(optional = false)
  @JoinColumn(name = "prescribed_by", nullable = false)
  private UserAccount prescribedBy;

  @Column(name = "activated_at")
  private OffsetDateTime activatedAt;

  @Column(name = "superseded_at")
  private OffsetDateTime supersededAt;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @BatchFetch(BatchFetchType.IN)
  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProgramItem> items = new ArrayList<>();

  protected HomeProgram() {}

  /** A new draft, the given version of the program of the patient whose episode of care it is. */
  public HomeProgram(
      Episode episode,
      int number,
      Assessment assessment,
      UserAccount prescribedBy,
      OffsetDateTime createdAt) {
    this.episode = Objects.requireNonNull(episode);
    this.patient = episode.getPatient();
    this.number = number;
    this.assessment = assessment;
    this.prescribedBy = Objects.requireNonNull(prescribedBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** The next version of an active program, starting from what it holds. */
  public static HomeProgram nextVersionOf(
      HomeProgram active, UserAccount by, OffsetDateTime createdAt) {
    if (active.status != ProgramStatus.ACTIVE) {
      throw new IllegalStateException("Only an active program gets a new version");
    }
    HomeProgram next =
        new HomeProgram(active.episode, active.number + 1, active.assessment, by, createdAt);
    next.previous = active;
    next.title = active.title;
    for (ProgramItem item : active.items) {
      next.items.add(
          new ProgramItem(
              next,
              next.items.size(),
              item.getPhase(),
              item.getExercise(),
              item.getDosage().copy()));
    }
    return next;
  }

  /**
   * Replaces the title and the exercises of a draft, the exercises sorted into their phases:
   * release, then stretching, then strengthening.
   */
  public void revise(String title, List<ProgramPlan.Item> plan, Map<Long, Exercise> exercises) {
    requireDraft();
    this.title = title.trim();
    items.clear();
    plan.stream()
        .sorted(Comparator.comparing(ProgramPlan.Item::getPhase))
        .forEach(
            item ->
                items.add(
                    new ProgramItem(
                        this,
                        items.size(),
                        item.getPhase(),
                        exercises.get(item.getExerciseId()),
                        item.toDosage())));
  }

  /** Makes the draft the program the patient follows from the start date until the review. */
  public void activate(LocalDate startsOn, LocalDate reviewOn, OffsetDateTime at) {
    requireDraft();
    if (items.isEmpty()) {
      throw new IllegalStateException("An empty program is not activated");
    }
    if (!reviewOn.isAfter(startsOn)) {
      throw new IllegalStateException("The review comes after the start");
    }
    this.startsOn = startsOn;
    this.reviewOn = reviewOn;
    this.activatedAt = at;
    this.status = ProgramStatus.ACTIVE;
  }

  /** Marks an active program as replaced by a newer version at the given moment. */
  void supersede(OffsetDateTime at) {
    if (status != ProgramStatus.ACTIVE) {
      throw new IllegalStateException("Only an active program is superseded");
    }
    status = ProgramStatus.SUPERSEDED;
    supersededAt = Objects.requireNonNull(at);
  }

  /**
   * The last day this version was the patient's plan, in the clinic's calendar: the day it was
   * replaced or ended; empty while it is the plan, or before it ever was.
   */
  public Optional<LocalDate> lastDayAsPlan(ZoneId clinicZone) {
    return lastDayAsPlan(status, supersededAt, endedAt, clinicZone);
  }

  /** The same rule, for a version read as a row: its status and when it was replaced or ended. */
  public static Optional<LocalDate> lastDayAsPlan(
      ProgramStatus status, OffsetDateTime supersededAt, OffsetDateTime endedAt, ZoneId zone) {
    OffsetDateTime until =
        switch (status) {
          case SUPERSEDED -> supersededAt;
          case ENDED -> endedAt;
          case DRAFT, ACTIVE -> null;
        };
    return Optional.ofNullable(until).map(at -> at.atZoneSameInstant(zone).toLocalDate());
  }

  /** Ends an active program, as a discharge does; the patient follows no program after it. */
  public void end(OffsetDateTime at) {
    if (status != ProgramStatus.ACTIVE) {
      throw new IllegalStateException("Only an active program ends");
    }
    status = ProgramStatus.ENDED;
    endedAt = Objects.requireNonNull(at);
  }

  /**
   * Whether this version was the patient's plan on a day of the clinic's calendar: from its start,
   * and for a replaced version up to and including the day it was replaced. What the patient did
   * that day, sent later from a phone that was offline, belongs to this version.
   */
  public boolean wasThePlanOn(LocalDate day, ZoneId clinicZone) {
    if (status == ProgramStatus.DRAFT || startsOn == null || day.isBefore(startsOn)) {
      return false;
    }
    return lastDayAsPlan(clinicZone).map(last -> !day.isAfter(last)).orElse(true);
  }

  private void requireDraft() {
    if (status != ProgramStatus.DRAFT) {
      throw new IllegalStateException("Only a draft program changes");
    }
  }

  /** The program as the plan the therapist edits. */
  public ProgramPlan toPlan() {
    ProgramPlan plan = new ProgramPlan(title);
    items.forEach(item -> plan.getItems().add(ProgramPlan.Item.of(item)));
    return plan;
  }

  public List<ProgramItem> itemsOf(ExerciseKind phase) {
    return items.stream().filter(item -> item.getPhase() == phase).toList();
  }

  public boolean isDraft() {
    return status == ProgramStatus.DRAFT;
  }

  public Episode getEpisode() {
    return episode;
  }

  public Patient getPatient() {
    return patient;
  }

  public int getNumber() {
    return number;
  }

  public ProgramStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getReviewOn() {
    return reviewOn;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public HomeProgram getPrevious() {
    return previous;
  }

  public UserAccount getPrescribedBy() {
    return prescribedBy;
  }

  public OffsetDateTime getActivatedAt() {
    return activatedAt;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public List<ProgramItem> getItems() {
    return items;
  }
}
