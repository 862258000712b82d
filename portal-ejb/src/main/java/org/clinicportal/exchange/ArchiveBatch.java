package org.clinicportal.exchange;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/**
 * One batch of patients for the clinic's archive: their FHIR resources, the rows they add to each
 * table, their documents (the signed assessments and the running programs' handouts as PDFs, each
 * with its path in the archive), and the last patient's id to go on from.
 */
public record ArchiveBatch(
    List<Resource> resources,
    Map<String, List<List<String>>> rows,
    Map<String, byte[]> documents,
    long lastPatientId,
    int patients) {}
