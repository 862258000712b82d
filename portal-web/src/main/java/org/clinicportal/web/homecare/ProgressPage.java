package org.clinicportal.web.homecare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.homecare.CareProgress;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.web.Messages;

/** The patient's progress: adherence week by week, the pain chart and the next review. */
@Named
@ViewScoped
public class ProgressPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private HomeCare homeCare;
  @Inject private CareCharts charts;
  @Inject private Messages messages;

  private transient boolean loaded;
  private transient CareProgress progress;
  private transient String painChart;
  private transient String adherenceChart;

  public void load() {
    loaded = true;
    messages.attempt(
        () -> {
          progress = homeCare.myProgress();
          painChart = charts.pain(progress.pain());
          adherenceChart = charts.adherence(progress.weeks());
        });
  }

  public CareProgress getProgress() {
    readOnce();
    return progress;
  }

  public String getPainChart() {
    readOnce();
    return painChart;
  }

  public String getAdherenceChart() {
    readOnce();
    return adherenceChart;
  }

  /** A copy of the view on another server reads the progress anew. */
  private void readOnce() {
    if (!loaded) {
      load();
    }
  }
}
