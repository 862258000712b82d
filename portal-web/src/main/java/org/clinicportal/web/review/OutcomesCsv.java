package org.clinicportal.web.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clinicportal.platform.CsvLines;
import org.clinicportal.review.EpisodeOutcome;
import org.clinicportal.review.OutcomeReport;
import org.clinicportal.web.Messages;

/**
 * The episodes of an outcome report as CSV, one row each, with its header in the reader's language;
 * cells are written by {@link CsvLines}, safe from spreadsheet formulas.
 */
final class OutcomesCsv {

  private static final List<String> HEADER =
      List.of(
          "outcomes.csv.episode",
          "outcomes.csv.therapist",
          "outcomes.csv.opened",
          "outcomes.csv.closed",
          "outcomes.csv.reason",
          "outcomes.csv.pain",
          "outcomes.csv.disability",
          "outcomes.csv.function",
          "outcomes.csv.adherence",
          "outcomes.csv.alerts");

  private OutcomesCsv() {}

  static byte[] of(OutcomeReport report, Locale locale) {
    StringBuilder csv = new StringBuilder();
    line(csv, HEADER.stream().map(key -> Messages.text(locale, key)).toList());
    for (EpisodeOutcome episode : report.episodes()) {
      List<String> cells = new ArrayList<>();
      cells.add(Long.toString(episode.episodeId()));
      cells.add(Objects.toString(episode.therapist(), ""));
      cells.add(episode.openedOn().toString());
      cells.add(episode.closedOn().toString());
      cells.add(episode.reason().name());
      cells.add(Objects.toString(episode.pain(), ""));
      cells.add(Objects.toString(episode.disability(), ""));
      cells.add(Objects.toString(episode.function(), ""));
      cells.add(Objects.toString(episode.adherencePercent(), ""));
      cells.add(Integer.toString(episode.alertsRaised()));
      line(csv, cells);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, List<String> cells) {
    csv.append(CsvLines.line(cells));
  }
}
