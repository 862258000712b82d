package org.clinicportal.web.exchange;

import ca.uhn.fhir.rest.annotation.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinicportal.exchange.BulkExports;
import org.clinicportal.exchange.ExportLevel;
import org.clinicportal.exchange.FhirApi;
import org.clinicportal.platform.PortalAddress;
import org.hl7.fhir.r4.model.Patient;

/** The clinic's patients, archived ones marked inactive; and all of them as Bulk Data. */
class PatientProvider extends WholeClinicProvider {

  private final BulkExports exports;
  private final PortalAddress portal;

  PatientProvider(FhirApi api, BulkExports exports, PortalAddress portal) {
    super(api);
    this.exports = exports;
    this.portal = portal;
  }

  /** {@code GET /fhir/Patient/$export}: every patient of the clinic, as Bulk Data. */
  @Operation(name = "$export", idempotent = true, manualResponse = true)
  public void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
    BulkKickOff.start(exports, portal, ExportLevel.PATIENT, null, request, response);
  }

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }
}
