package org.clinicportal.web.api;

import java.util.List;
import java.util.Map;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseText;
import org.clinicportal.homecare.DayExercise;
import org.clinicportal.homecare.TodaysPlan;
import org.clinicportal.platform.Language;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.web.exercise.ExercisePictures;

/**
 * Today's plan as the app shows it: the program, and each exercise due today with its picture,
 * steps, dosage and rounds. Each version of a program is a record of its own, so the program's id
 * names the version that what is logged for it belongs to. The day is the clinic's, in its time
 * zone, which the app uses to date what it logs offline. The owner names the signed-in account
 * without saying who it is, so that a phone shared by two patients never sends what one of them did
 * under the other's name; the words are the app's texts in the patient's language, whose tag the
 * language gives.
 */
public record TodayJson(
    String day,
    String zone,
    String owner,
    Program program,
    boolean notStarted,
    List<DueExercise> exercises,
    String language,
    Map<String, String> words) {

  /** The program version the plan comes from. */
  public record Program(long id, String title, String startsOn, String reviewOn) {}

  /** An exercise due today. */
  public record DueExercise(
      long item,
      String name,
      String kind,
      String picture,
      List<String> steps,
      String cautions,
      String dosage,
      String notes,
      Timer timer,
      List<Round> rounds) {}

  /** What the hold-and-rest timer counts, in seconds and repetitions; absent values are null. */
  public record Timer(
      Integer holdSeconds,
      Integer repetitions,
      Integer sets,
      Integer restSeconds,
      Integer durationSeconds) {}

  /** A round of the day and its answer: {@code DONE}, {@code SKIPPED} or null while open. */
  public record Round(int round, String outcome, String skipReason) {}

  static TodayJson of(
      TodaysPlan plan,
      String contextPath,
      String zone,
      String owner,
      Language language,
      Map<String, String> words) {
    if (!plan.hasProgram()) {
      return new TodayJson(
          plan.day().toString(), zone, owner, null, false, List.of(), language.tag(), words);
    }
    HomeProgram program = plan.program();
    return new TodayJson(
        plan.day().toString(),
        zone,
        owner,
        new Program(
            program.getId(),
            program.getTitle(),
            String.valueOf(program.getStartsOn()),
            program.getReviewOn() == null ? null : program.getReviewOn().toString()),
        plan.isNotStarted(),
        plan.due().stream().map(exercise -> due(exercise, contextPath, language)).toList(),
        language.tag(),
        words);
  }

  private static DueExercise due(DayExercise due, String contextPath, Language language) {
    Exercise exercise = due.item().getExercise();
    ExerciseText text = exercise.textIn(language);
    Dosage dosage = due.item().getDosage();
    return new DueExercise(
        due.item().getId(),
        text.name(),
        exercise.getKind().name(),
        ExercisePictures.address(exercise, contextPath),
        text.steps(),
        text.cautions(),
        dosage.inWords(language),
        dosage.getNotes(),
        new Timer(
            dosage.getHoldSeconds(),
            dosage.getRepetitions(),
            dosage.getSets(),
            dosage.getRestSeconds(),
            dosage.getDurationSeconds()),
        due.rounds().stream()
            .map(
                round ->
                    new Round(
                        round.number(),
                        round.outcome() == null ? null : round.outcome().name(),
                        round.skipReason() == null ? null : round.skipReason().name()))
            .toList());
  }
}
