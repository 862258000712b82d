package org.clinicportal.exchange;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of one batch of an export's patients, the last patient's id to go on from, and
 * whether the export still runs (a cancelled one stops at the next batch).
 */
public record ExportBatch(
    List<Resource> resources, long lastPatientId, int patients, boolean running) {

  static ExportBatch stopped() {
    return new ExportBatch(List.of(), 0, 0, false);
  }
}
