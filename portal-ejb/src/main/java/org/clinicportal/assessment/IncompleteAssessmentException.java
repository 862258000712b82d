package org.clinicportal.assessment;

import java.util.List;
import org.clinicportal.platform.RecordException;

/** Signing was refused because the assessment still lacks what these message keys name. */
public class IncompleteAssessmentException extends RecordException {
  private static final long serialVersionUID = 1L;

  private final List<String> missing;

  public IncompleteAssessmentException(List<String> missing) {
    super("assessment.incomplete");
    this.missing = List.copyOf(missing);
  }

  public List<String> missing() {
    return missing;
  }
}
