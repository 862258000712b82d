package org.clinicportal.exercise;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Pictures;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;

/**
 * The bound clinic's exercise library: the built-in routines it was given and the exercises it
 * added. Therapists and clinic administrators search it, add to it and hide what they do not use.
 */
@Stateless
@TenantBound
public class ExerciseLibrary {

  /**
   * The longest side of a stored exercise picture, in pixels: the library and the patient's pages
   * show it a few hundred pixels wide, so 2000 pixels leave room to zoom on a phone, and a stored
   * picture takes at most 16 MB of memory as pixels.
   */
  public static final int PICTURE_LONGEST_SIDE = 2000;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;

  /** Gives the bound clinic every built-in routine it does not hold yet. */
  public int addMissingBuiltIns() {
    Set<String> held =
        new HashSet<>(
            em.createNamedQuery("Exercise.findBuiltInCodes", String.class).getResultList());
    int added = 0;
    for (BuiltInExercise builtIn : BuiltInExercise.values()) {
      if (!held.contains(builtIn.name())) {
        em.persist(Exercise.copyOf(builtIn));
        added++;
      }
    }
    return added;
  }

  /** Empties the bound clinic's library, when a clinic whose set-up failed is removed. */
  public int removeAll() {
    List<Exercise> all = em.createNamedQuery("Exercise.findAll", Exercise.class).getResultList();
    all.forEach(em::remove);
    em.flush();
    return all.size();
  }

  /** The exercises that match, by kind and then name. */
  public List<Exercise> search(@NotNull ExerciseQuery query) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return em.createNamedQuery("Exercise.findAll", Exercise.class)
        .getResultStream()
        .filter(query::matches)
        .toList();
  }

  /** The exercise with this id in the bound clinic; empty for an unknown id or another clinic's. */
  public Optional<Exercise> find(long id) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN, Role.PATIENT);
    return Optional.ofNullable(em.find(Exercise.class, id));
  }

  /**
   * The picture the bound clinic uploaded for one of its exercises, read in the call that finds the
   * exercise (the picture itself is loaded only when asked for); empty when there is none.
   */
  public Optional<ExercisePicture> picture(long id) throws RecordException {
    return find(id)
        .filter(Exercise::hasPicture)
        .map(exercise -> new ExercisePicture(exercise.getImage(), exercise.getImageType()));
  }

  /** Adds an exercise of the clinic's own, with its picture when one is given. */
  public Exercise add(@NotNull @Valid ExerciseDetails details, byte[] picture)
      throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    Exercise exercise = new Exercise(details);
    if (picture != null) {
      exercise.showPicture(Pictures.accept(picture, PICTURE_LONGEST_SIDE, "exercise.picture"));
    }
    em.persist(exercise);
    return exercise;
  }

  public Exercise revise(long id, @NotNull @Valid ExerciseDetails details) throws RecordException {
    Exercise exercise = editable(id);
    if (exercise.isBuiltIn()) {
      throw new RecordException("exercise.builtIn");
    }
    exercise.revise(details);
    return exercise;
  }

  /**
   * Accepts a PNG or JPEG of at most 512 KiB that decodes as the picture of an exercise the clinic
   * added, and keeps it re-encoded and scaled down to {@value #PICTURE_LONGEST_SIDE} pixels on its
   * longest side (see {@link Pictures#accept}).
   */
  public Exercise showPicture(long id, byte[] picture) throws RecordException {
    Exercise exercise = editable(id);
    if (exercise.isBuiltIn()) {
      throw new RecordException("exercise.builtIn");
    }
    exercise.showPicture(Pictures.accept(picture, PICTURE_LONGEST_SIDE, "exercise.picture"));
    return exercise;
  }

  /**
   * Gives an exercise the clinic wrote its words in another language, which patients reading that
   * language are shown; a built-in routine is translated by the portal.
   *
   * @throws RecordException {@code exercise.notFound}, or {@code exercise.builtIn}
   */
  public Exercise translate(
      long id, @NotNull Language language, @NotNull @Valid ExerciseWords words)
      throws RecordException {
    Exercise exercise = editable(id);
    if (exercise.isBuiltIn()) {
      throw new RecordException("exercise.builtIn");
    }
    exercise.translate(language, words);
    return exercise;
  }

  /** Takes away an exercise's words in a language. */
  public Exercise removeTranslation(long id, @NotNull Language language) throws RecordException {
    Exercise exercise = editable(id);
    exercise.removeTranslation(language);
    return exercise;
  }

  /** Keeps an exercise out of searches and suggestions; programs that use it keep it. */
  public Exercise hide(long id) throws RecordException {
    Exercise exercise = editable(id);
    exercise.hide();
    return exercise;
  }

  public Exercise show(long id) throws RecordException {
    Exercise exercise = editable(id);
    exercise.show();
    return exercise;
  }

  private Exercise editable(long id) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    Exercise exercise = em.find(Exercise.class, id);
    if (exercise == null) {
      throw new RecordException("exercise.notFound");
    }
    return exercise;
  }
}
