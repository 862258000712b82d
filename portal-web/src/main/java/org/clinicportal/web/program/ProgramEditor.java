package org.clinicportal.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.ProgramReadiness;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.exercise.ExerciseQuery;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramPlan;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;
import org.clinicportal.web.Navigation;
import org.clinicportal.web.RecordIds;
import org.clinicportal.web.records.ChartTab;

/**
 * Edits a draft program: its exercises with their dosages, added from the library or removed, and
 * assigns it from a start date with a review date two weeks later unless changed.
 */
@Named
@ViewScoped
public class ProgramEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private HomePrograms programs;
  @Inject private ExerciseLibrary library;
  @Inject private Assessments assessments;
  @Inject private Messages messages;
  @Inject private CurrentUser currentUser;
  @Inject private Navigation navigation;

  private String id;
  private long programId;
  private long version;
  private transient Patient patient;
  private int number;
  private ProgramPlan plan;
  private transient List<Exercise> exercises;
  private Long exerciseToAdd;
  private LocalDate startsOn;
  private LocalDate reviewOn;
  private ProgramReadiness readiness;
  private boolean conflict;
  private String templateName;

  public void load() throws IOException, RecordException {
    OptionalLong parsed = RecordIds.parse(id);
    HomeProgram program =
        parsed.isPresent() ? programs.find(parsed.getAsLong()).orElse(null) : null;
    if (program == null) {
      messages.notFound();
      return;
    }
    if (!program.isDraft() || !"THERAPIST".equals(currentUser.getRole())) {
      navigation.redirect("/therapist/programs/view.xhtml?id=" + program.getId());
      return;
    }
    show(program);
    exercises = library.search(ExerciseQuery.everything());
    startsOn = LocalDate.now(ZoneId.of(currentUser.getTimeZone()));
    reviewOn = startsOn.plusDays(HomeProgram.DEFAULT_REVIEW_DAYS);
    readiness = assessments.programReadiness(patient.getId());
  }

  /** The library, which a copy of the view on another server reads again. */
  private List<Exercise> exercises() {
    if (exercises == null) {
      exercises = List.of();
      messages.attempt(() -> exercises = library.search(ExerciseQuery.everything()));
    }
    return exercises;
  }

  private void show(HomeProgram program) {
    programId = program.getId();
    version = program.getVersion();
    patient = program.getPatient();
    number = program.getNumber();
    plan = program.toPlan();
    conflict = false;
  }

  public void save() {
    try {
      version = programs.saveDraft(programId, version, plan).getVersion();
      messages.info(null, "program.saved");
    } catch (StaleRecordException e) {
      conflict = true;
      messages.error(null, "program.stale");
    } catch (RecordException e) {
      messages.error(null, e.messageKey());
    }
  }

  /** Saves the plan and makes it the patient's program. */
  public void assign() throws IOException {
    try {
      version = programs.saveDraft(programId, version, plan).getVersion();
      HomeProgram active = programs.activate(programId, version, startsOn, reviewOn);
      messages.flashInfo("program.assigned");
      navigation.redirect("/therapist/programs/view.xhtml?id=" + active.getId());
    } catch (StaleRecordException e) {
      conflict = true;
      messages.error(null, "program.stale");
    } catch (RecordException e) {
      messages.error(null, e.messageKey());
    }
  }

  /** Saves the draft, then keeps what it holds as one of the clinic's templates. */
  public void saveAsTemplate() {
    try {
      version = programs.saveDraft(programId, version, plan).getVersion();
      String saved = programs.saveAsTemplate(programId, templateName).getName();
      templateName = null;
      messages.info(null, "template.saved", saved);
    } catch (StaleRecordException e) {
      conflict = true;
      messages.error(null, "program.stale");
    } catch (RecordException e) {
      messages.error(null, e.messageKey());
    }
  }

  public void reload() throws IOException, RecordException {
    HomeProgram program = programs.find(programId).orElse(null);
    if (program == null || !program.isDraft()) {
      navigation.redirect(ChartTab.PROGRAM.of(getPatient().getId()));
      return;
    }
    show(program);
    messages.info(null, "program.reloaded");
  }

  public void addExercise() {
    Exercise exercise =
        exercises().stream().filter(e -> e.getId().equals(exerciseToAdd)).findFirst().orElse(null);
    if (exercise == null) {
      messages.error(null, "program.exercise.unknown");
      return;
    }
    if (plan.getItems().size() >= ProgramPlan.MAX_ITEMS) {
      messages.error(null, "program.items.size");
      return;
    }
    plan.getItems().add(ProgramPlan.Item.of(exercise, BodySide.BOTH));
    exerciseToAdd = null;
  }

  public void removeItem(ProgramPlan.Item item) {
    plan.getItems().remove(item);
  }

  public List<Exercise> getVisibleExercises() {
    return exercises().stream().filter(e -> !e.isHidden()).toList();
  }

  public BodySide[] getSides() {
    return BodySide.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Patient getPatient() {
    if (patient == null && programId != 0) {
      messages.attempt(
          () -> programs.find(programId).ifPresent(program -> patient = program.getPatient()));
    }
    return patient;
  }

  public int getNumber() {
    return number;
  }

  public ProgramPlan getPlan() {
    return plan;
  }

  public Long getExerciseToAdd() {
    return exerciseToAdd;
  }

  public void setExerciseToAdd(Long exerciseToAdd) {
    this.exerciseToAdd = exerciseToAdd;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getReviewOn() {
    return reviewOn;
  }

  public void setReviewOn(LocalDate reviewOn) {
    this.reviewOn = reviewOn;
  }

  public ProgramReadiness getReadiness() {
    return readiness;
  }

  public String getTemplateName() {
    return templateName;
  }

  public void setTemplateName(String templateName) {
    this.templateName = templateName;
  }

  public boolean isConflict() {
    return conflict;
  }
}
