package org.clinicportal.homecare;

import java.io.Serializable;
import java.util.List;
import org.clinicportal.program.ProgramItem;

/**
 * One exercise of the program on a day: its rounds (one per time a day) with what became of each,
 * and whether it is due today given the days a week it is asked for.
 */
public record DayExercise(ProgramItem item, List<Round> rounds, int otherDaysDoneThisWeek)
    implements Serializable {

  /** One round of the exercise; the outcome is empty until the patient answers. */
  public record Round(int number, LogOutcome outcome, SkipReason skipReason)
      implements Serializable {

    public boolean isOpen() {
      return outcome == null;
    }

    public boolean isDone() {
      return outcome == LogOutcome.DONE;
    }
  }

  public boolean isDue() {
    return Adherence.isDue(item.getDosage().getDaysPerWeek(), otherDaysDoneThisWeek)
        || rounds.stream().anyMatch(round -> !round.isOpen());
  }

  /** The first round without an answer, or empty when every round has one. */
  public java.util.Optional<Round> nextRound() {
    return rounds.stream().filter(Round::isOpen).findFirst();
  }

  public long roundsDone() {
    return rounds.stream().filter(Round::isDone).count();
  }

  public boolean isFinished() {
    return nextRound().isEmpty();
  }
}
