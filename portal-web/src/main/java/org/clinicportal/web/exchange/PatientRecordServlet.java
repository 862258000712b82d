package org.clinicportal.web.exchange;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.OptionalLong;
import org.clinicportal.exchange.RecordExport;
import org.clinicportal.exchange.RecordExports;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.web.ClinicDownloadServlet;
import org.clinicportal.web.Download;
import org.clinicportal.web.RecordIds;

/**
 * Sends a therapist or an administrator the record of a patient of their clinic as a FHIR R4
 * bundle; another clinic's patient, a malformed id or anyone else gets 404.
 */
@WebServlet(PatientRecordServlet.PATH)
public class PatientRecordServlet extends ClinicDownloadServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/therapist/patients/fhir-record";

  @Inject private RecordExports exports;

  @Override
  protected Optional<Download> find(ClinicPrincipal person, HttpServletRequest request)
      throws RecordException {
    OptionalLong id = RecordIds.parse(request.getParameter("id"));
    if (id.isEmpty() || (person.role() != Role.THERAPIST && person.role() != Role.CLINIC_ADMIN)) {
      return Optional.empty();
    }
    RecordExport record = exports.of(id.getAsLong());
    return Optional.of(
        Download.attachment(record.bytes(), RecordExport.MEDIA_TYPE, record.fileName()));
  }
}
