package org.clinicportal.web.records;

import java.util.Arrays;

/**
 * The tabs of a patient's chart, in the order the page shows them, with the name a link uses to
 * open the chart at one of them ({@code chart.xhtml?id=7&tab=program}).
 */
public enum ChartTab {
  DETAILS("details"),
  ASSESSMENTS("assessments"),
  PROGRAM("program"),
  HOME_CARE("homeCare"),
  HISTORY("history");

  private final String parameter;

  ChartTab(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  /** The portal path of a patient's chart opened at this tab, for a redirect. */
  public String of(long patientId) {
    return "/therapist/patients/chart.xhtml?id=" + patientId + "&tab=" + parameter;
  }

  /** The tab a link names; the details for a name that is missing or names no tab. */
  public static ChartTab named(String parameter) {
    return Arrays.stream(values())
        .filter(tab -> tab.parameter.equals(parameter))
        .findFirst()
        .orElse(DETAILS);
  }

  /** The tab at a position of the page; the details for a position the page does not have. */
  public static ChartTab at(int index) {
    return index >= 0 && index < values().length ? values()[index] : DETAILS;
  }
}
