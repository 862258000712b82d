package org.clinicportal.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicportal.review.OutcomeReport;
import org.clinicportal.review.Outcomes;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;
import org.clinicportal.web.homecare.CareCharts;

/**
 * The clinic's outcomes over a period (the last 90 days unless changed), per therapist and for the
 * clinic, with the episodes behind them to download.
 */
@Named
@ViewScoped
public class OutcomesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The period shown when the page opens. */
  static final int DEFAULT_DAYS = 90;

  @Inject private Outcomes outcomes;
  @Inject private Messages messages;
  @Inject private CurrentUser currentUser;
  @Inject private CareCharts charts;

  private LocalDate from;
  private LocalDate to;
  private OutcomeReport report;
  private String chart;

  public void load() {
    to = LocalDate.now(ZoneId.of(currentUser.getTimeZone()));
    from = to.minusDays(DEFAULT_DAYS - 1L);
    show();
  }

  /** Reads the outcomes of the period chosen. */
  public void show() {
    report = null;
    chart = null;
    messages.attempt(
        () -> {
          report = outcomes.summary(from, to);
          chart = charts.outcomes(report.perTherapist());
        });
  }

  /** The shares per therapist as a chart's configuration; the table beside it says the same. */
  public String getChart() {
    return chart;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public OutcomeReport getReport() {
    return report;
  }
}
