package org.clinicportal.exchange;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * One page of a search's matches, the resources they asked to include, and how many matched in all.
 */
public record SearchPage(List<Resource> matches, List<Resource> included, int total) {

  public SearchPage {
    matches = List.copyOf(matches);
    included = List.copyOf(included);
  }
}
