package org.clinicportal.web.homecare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.clinicportal.homecare.PainReading;
import org.clinicportal.homecare.WeekAdherence;
import org.clinicportal.questionnaire.Measurement;
import org.clinicportal.review.OutcomeSummary;
import org.clinicportal.web.Messages;

/**
 * The Chart.js configurations of the pain and adherence charts, of an episode's measures and of the
 * clinic's outcomes, labelled from the bundle.
 */
@ApplicationScoped
public class CareCharts {

  private static final String BEFORE_COLOUR = "#b45309";
  private static final String AFTER_COLOUR = "#0f766e";
  private static final String ADHERENCE_COLOUR = "#2563eb";
  private static final String SCORE_AXIS = "y";
  private static final String PERCENT_AXIS = "percent";

  @Inject private Messages messages;

  /** Pain before and after each session, oldest first, on a 0 to 10 axis. */
  public String pain(List<PainReading> readings) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder before = Json.createArrayBuilder();
    JsonArrayBuilder after = Json.createArrayBuilder();
    for (PainReading reading : readings) {
      labels.add(day().format(reading.on()));
      before.add(reading.before());
      after.add(reading.after());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(line(messages.text("care.chart.painBefore"), before, BEFORE_COLOUR))
            .add(line(messages.text("care.chart.painAfter"), after, AFTER_COLOUR));
    return chart("line", labels, datasets, 10).build().toString();
  }

  /** The share of asked-for rounds done in each week, in percent. */
  public String adherence(List<WeekAdherence> weeks) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder percent = Json.createArrayBuilder();
    for (WeekAdherence week : weeks) {
      labels.add(day().format(week.weekOf()));
      percent.add(week.percent());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", messages.text("care.chart.adherence"))
                    .add("data", percent)
                    .add("backgroundColor", ADHERENCE_COLOUR));
    return chart("bar", labels, datasets, 100).build().toString();
  }

  /**
   * An episode's measures over its days, the therapist's and the patient's on one line each: pain
   * and the functional scale on a 0 to 10 axis, the Oswestry index on a percent axis beside it. A
   * day without a measure leaves a gap the line spans.
   */
  public String measures(List<Measurement> measured) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder pain = Json.createArrayBuilder();
    JsonArrayBuilder disability = Json.createArrayBuilder();
    JsonArrayBuilder function = Json.createArrayBuilder();
    for (Measurement each : measured) {
      labels.add(
          day().format(each.on())
              + " · "
              + messages.text(each.byPatient() ? "measures.byPatient" : "measures.byTherapist"));
      addValue(pain, each.pain() == null ? null : each.pain().doubleValue());
      addValue(disability, each.oswestry());
      addValue(function, each.functional());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                line(messages.text("comparison.painNow"), pain, BEFORE_COLOUR)
                    .add("yAxisID", SCORE_AXIS)
                    .add("spanGaps", true))
            .add(
                line(messages.text("comparison.functionalScale"), function, AFTER_COLOUR)
                    .add("yAxisID", SCORE_AXIS)
                    .add("spanGaps", true))
            .add(
                line(messages.text("comparison.oswestry"), disability, ADHERENCE_COLOUR)
                    .add("yAxisID", PERCENT_AXIS)
                    .add("spanGaps", true));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            options()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(SCORE_AXIS, axis(10).add("position", "left"))
                        .add(
                            PERCENT_AXIS,
                            axis(100)
                                .add("position", "right")
                                .add(
                                    "grid",
                                    Json.createObjectBuilder().add("drawOnChartArea", false)))))
        .build()
        .toString();
  }

  private static void addValue(JsonArrayBuilder data, Double value) {
    if (value == null) {
      data.addNull();
    } else {
      data.add(value);
    }
  }

  /**
   * Per therapist, the share of closed episodes that reached the smallest important change in pain,
   * disability and function, in percent; a share with nothing counted is left empty.
   */
  public String outcomes(List<OutcomeSummary> summaries) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder pain = Json.createArrayBuilder();
    JsonArrayBuilder disability = Json.createArrayBuilder();
    JsonArrayBuilder function = Json.createArrayBuilder();
    for (OutcomeSummary summary : summaries) {
      labels.add(summary.name().isEmpty() ? messages.text("outcomes.noTherapist") : summary.name());
      addShare(pain, summary.pain());
      addShare(disability, summary.disability());
      addShare(function, summary.function());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(bar(messages.text("outcomes.pain"), pain, AFTER_COLOUR))
            .add(bar(messages.text("outcomes.disability"), disability, ADHERENCE_COLOUR))
            .add(bar(messages.text("outcomes.function"), function, BEFORE_COLOUR));
    return chart("bar", labels, datasets, 100).build().toString();
  }

  private static void addShare(JsonArrayBuilder data, OutcomeSummary.Share share) {
    if (share.percent() == null) {
      data.addNull();
    } else {
      data.add(share.percent());
    }
  }

  private static JsonObjectBuilder bar(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("tension", 0.2);
  }

  private static JsonObjectBuilder chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, int max) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            options().add("scales", Json.createObjectBuilder().add(SCORE_AXIS, axis(max))));
  }

  private static JsonObjectBuilder options() {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false);
  }

  private static JsonObjectBuilder axis(int max) {
    return Json.createObjectBuilder()
        .add("min", 0)
        .add("max", max)
        .add("ticks", Json.createObjectBuilder().add("stepSize", max / 5));
  }

  /** A day as the charts label it, "4 Dec", in the viewer's language. */
  private DateTimeFormatter day() {
    return DateTimeFormatter.ofPattern("d MMM", messages.locale());
  }
}
