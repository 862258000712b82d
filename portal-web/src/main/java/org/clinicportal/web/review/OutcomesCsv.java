package org.clinicportal.web.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clinicportal.review.EpisodeOutcome;
import org.clinicportal.review.OutcomeReport;
import org.clinicportal.web.Messages;

/**
 * The episodes of an outcome report as CSV (RFC 4180), one row each, with its header in the
 * reader's language. A cell that a spreadsheet would take for a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading
 * apostrophe, so that a name typed into the portal never runs in the clinic's spreadsheet.
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
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** One cell, neutralised against formulas and quoted when it holds a comma, quote or break. */
  static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
