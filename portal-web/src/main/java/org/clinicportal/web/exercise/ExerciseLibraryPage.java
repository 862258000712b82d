package org.clinicportal.web.exercise;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.exercise.Equipment;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseDetails;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.exercise.ExerciseQuery;
import org.clinicportal.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * The clinic's exercise library: filter it, add the clinic's own exercises, hide what is unused.
 */
@Named
@ViewScoped
public class ExerciseLibraryPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ExerciseLibrary library;
  @Inject private Messages messages;

  private String text;
  private ExerciseKind kind;
  private Muscle muscle;
  private Equipment equipment;
  private boolean includeHidden;
  private transient List<Exercise> exercises;
  private ExerciseDetails details = new ExerciseDetails();
  private transient UploadedFile picture;

  public void load() {
    search();
  }

  public void search() {
    messages.attempt(
        () -> {
          exercises =
              library.search(new ExerciseQuery(text, kind, muscle, equipment, includeHidden));
        });
  }

  public void add() {
    messages.attempt(
        () -> {
          Exercise added =
              library.add(
                  details, picture == null || picture.getSize() == 0 ? null : picture.getContent());
          messages.info(null, "library.added", added.getName());
          details = new ExerciseDetails();
          picture = null;
          search();
        });
  }

  public void hide(Exercise exercise) {
    change(exercise, true);
  }

  public void show(Exercise exercise) {
    change(exercise, false);
  }

  private void change(Exercise exercise, boolean hide) {
    messages.attempt(
        () -> {
          if (hide) {
            library.hide(exercise.getId());
          } else {
            library.show(exercise.getId());
          }
          messages.info(null, hide ? "library.hidden" : "library.shown", exercise.getName());
          search();
        });
  }

  public ExerciseKind[] getKinds() {
    return ExerciseKind.values();
  }

  public Muscle[] getMuscles() {
    return Muscle.values();
  }

  public Equipment[] getAllEquipment() {
    return Equipment.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ExerciseKind getKind() {
    return kind;
  }

  public void setKind(ExerciseKind kind) {
    this.kind = kind;
  }

  public Muscle getMuscle() {
    return muscle;
  }

  public void setMuscle(Muscle muscle) {
    this.muscle = muscle;
  }

  public Equipment getEquipment() {
    return equipment;
  }

  public void setEquipment(Equipment equipment) {
    this.equipment = equipment;
  }

  public boolean isIncludeHidden() {
    return includeHidden;
  }

  public void setIncludeHidden(boolean includeHidden) {
    this.includeHidden = includeHidden;
  }

  public List<Exercise> getExercises() {
    if (exercises == null) {
      exercises = List.of();
      search();
    }
    return exercises;
  }

  public ExerciseDetails getDetails() {
    return details;
  }

  public UploadedFile getPicture() {
    return picture;
  }

  public void setPicture(UploadedFile picture) {
    this.picture = picture;
  }
}
