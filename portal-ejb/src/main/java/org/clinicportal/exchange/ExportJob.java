package org.clinicportal.exchange;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An export as its client polls it: where it stands, how far it got, and when done how many
 * resources each file holds.
 */
public record ExportJob(
    String jobId,
    ExportStatus status,
    String request,
    OffsetDateTime requestedAt,
    int patientsDone,
    int patientsAll,
    Map<String, Integer> output,
    List<String> types,
    String problem,
    OffsetDateTime expiresAt) {

  public ExportJob {
    output = Collections.unmodifiableMap(new LinkedHashMap<>(output));
    types = List.copyOf(types);
  }

  static ExportJob of(BulkExport export) {
    return new ExportJob(
        export.getJobId(),
        export.getStatus(),
        export.getRequest(),
        export.getRequestedAt(),
        export.getPatientsDone(),
        export.getPatientsAll(),
        export.output(),
        export.types(),
        export.getProblem(),
        export.expiresAt());
  }
}
