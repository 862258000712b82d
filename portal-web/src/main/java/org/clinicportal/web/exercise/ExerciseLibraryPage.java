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
import org.clinicportal.exercise.ExerciseText;
import org.clinicportal.exercise.ExerciseWords;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.RecordException;
import org.clinicportal.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * The clinic's exercise library: filter it, add the clinic's own exercises and give them words in
 * other languages, hide what is unused.
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
  private Long translatingId;
  private String translatingName;
  private Language translationLanguage;
  private boolean translated;
  private ExerciseWords words = new ExerciseWords();

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

  /** Opens the words in another language of an exercise the clinic wrote. */
  public void startTranslating(Exercise exercise) {
    translatingId = exercise.getId();
    translatingName = exercise.getName();
    translationLanguage = null;
    translated = false;
    words = new ExerciseWords();
  }

  /** Shows the words the exercise has in the language chosen, or empty fields for new ones. */
  public void loadTranslation() {
    messages.attempt(
        () -> {
          Exercise exercise =
              library
                  .find(translatingId)
                  .orElseThrow(() -> new RecordException("exercise.notFound"));
          words = new ExerciseWords();
          translated = translationLanguage != null && exercise.speaks(translationLanguage);
          if (translated) {
            ExerciseText text = exercise.textIn(translationLanguage);
            words.setName(text.name());
            words.setPurpose(text.purpose());
            words.setInstructions(String.join("\n", text.steps()));
            words.setCautions(text.cautions());
          }
        });
  }

  public void saveTranslation() {
    if (translationLanguage == null) {
      messages.error("translation:language", "library.translation.chooseLanguage");
      return;
    }
    messages.attempt(
        () -> {
          library.translate(translatingId, translationLanguage, words);
          translated = true;
          messages.info(null, "library.translation.saved", translationLanguage.ownName());
          search();
        });
  }

  public void removeTranslation() {
    if (translationLanguage == null) {
      messages.error("translation:language", "library.translation.chooseLanguage");
      return;
    }
    messages.attempt(
        () -> {
          library.removeTranslation(translatingId, translationLanguage);
          messages.info(null, "library.translation.removed", translationLanguage.ownName());
          translated = false;
          words = new ExerciseWords();
          search();
        });
  }

  public void stopTranslating() {
    translatingId = null;
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

  public Long getTranslatingId() {
    return translatingId;
  }

  public String getTranslatingName() {
    return translatingName;
  }

  public Language getTranslationLanguage() {
    return translationLanguage;
  }

  public void setTranslationLanguage(Language translationLanguage) {
    this.translationLanguage = translationLanguage;
  }

  /** Whether the exercise has words in the language chosen, which can then be removed. */
  public boolean isTranslated() {
    return translated;
  }

  public ExerciseWords getWords() {
    return words;
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
