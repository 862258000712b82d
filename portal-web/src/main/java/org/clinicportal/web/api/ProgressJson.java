package org.clinicportal.web.api;

import java.util.List;
import org.clinicportal.homecare.CareProgress;

/** How home care is going, as the app shows it: weeks of adherence, pain over time, the review. */
public record ProgressJson(String reviewOn, List<Week> weeks, List<Pain> pain) {

  /** A week from its Monday: rounds planned, rounds done, and the share done. */
  public record Week(String weekOf, int planned, int done, int percent) {}

  /** Pain before and after a session on a day, from the journal. */
  public record Pain(String day, int before, int after) {}

  static ProgressJson of(CareProgress progress) {
    return new ProgressJson(
        progress.hasProgram() && progress.program().getReviewOn() != null
            ? progress.program().getReviewOn().toString()
            : null,
        progress.weeks().stream()
            .map(w -> new Week(w.weekOf().toString(), w.planned(), w.done(), w.percent()))
            .toList(),
        progress.pain().stream()
            .map(p -> new Pain(p.on().toString(), p.before(), p.after()))
            .toList());
  }
}
