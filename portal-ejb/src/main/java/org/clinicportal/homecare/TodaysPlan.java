package org.clinicportal.homecare;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramItem;

/**
 * The patient's program as it stands on a day: every exercise with its rounds. Empty when there is
 * no active program, and not yet started before its start date.
 */
public record TodaysPlan(HomeProgram program, LocalDate day, List<DayExercise> exercises)
    implements Serializable {

  public static TodaysPlan none(LocalDate day) {
    return new TodaysPlan(null, day, List.of());
  }

  /** The plan of a day from the program and what was logged in that day's week. */
  public static TodaysPlan of(HomeProgram program, LocalDate day, List<ExerciseLog> logsOfWeek) {
    if (day.isBefore(program.getStartsOn())) {
      return new TodaysPlan(program, day, List.of());
    }
    List<DayExercise> exercises = new ArrayList<>();
    for (ProgramItem item : program.getItems()) {
      List<ExerciseLog> ofItem =
          logsOfWeek.stream().filter(log -> log.getItem().getId().equals(item.getId())).toList();
      List<DayExercise.Round> rounds = new ArrayList<>();
      for (int number = 1; number <= item.getDosage().getTimesPerDay(); number++) {
        int round = number;
        rounds.add(
            ofItem.stream()
                .filter(log -> log.getPerformedOn().equals(day) && log.getRound() == round)
                .findFirst()
                .map(log -> new DayExercise.Round(round, log.getOutcome(), log.getSkipReason()))
                .orElse(new DayExercise.Round(round, null, null)));
      }
      int otherDays =
          (int)
              ofItem.stream()
                  .filter(ExerciseLog::isDone)
                  .map(ExerciseLog::getPerformedOn)
                  .filter(on -> !on.equals(day))
                  .distinct()
                  .count();
      exercises.add(new DayExercise(item, rounds, otherDays));
    }
    return new TodaysPlan(program, day, exercises);
  }

  public boolean hasProgram() {
    return program != null;
  }

  public boolean isNotStarted() {
    return program != null && day.isBefore(program.getStartsOn());
  }

  public List<DayExercise> due() {
    return exercises.stream().filter(DayExercise::isDue).toList();
  }

  /** Exercises asked for on fewer days a week whose days are used up this week. */
  public List<DayExercise> restingToday() {
    return exercises.stream().filter(exercise -> !exercise.isDue()).toList();
  }
}
