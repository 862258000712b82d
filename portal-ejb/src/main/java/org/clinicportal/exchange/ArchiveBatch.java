package org.clinicportal.exchange;

import java.util.List;
import java.util.Map;
import org.clinicportal.program.Handout;
import org.hl7.fhir.r4.model.Resource;

/**
 * One batch of patients for the clinic's archive: their FHIR resources, the rows they add to each
 * table, the handouts of their running programs, and the last patient's id to go on from.
 */
public record ArchiveBatch(
    List<Resource> resources,
    Map<String, List<List<String>>> rows,
    List<Handout> handouts,
    long lastPatientId,
    int patients) {}
