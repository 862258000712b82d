package org.clinicportal.web.exchange;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.clinicportal.exchange.RecordExport;
import org.clinicportal.exchange.RecordExports;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.web.ClinicDownloadServlet;
import org.clinicportal.web.Download;

/**
 * Sends the signed-in patient their own record as a FHIR R4 bundle. It takes no id: a patient has
 * one record, and nobody else is sent one here (404).
 */
@WebServlet(OwnRecordServlet.PATH)
public class OwnRecordServlet extends ClinicDownloadServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/patient/my-record";

  @Inject private RecordExports exports;

  @Override
  protected Optional<Download> find(ClinicPrincipal person, HttpServletRequest request)
      throws RecordException {
    if (person.role() != Role.PATIENT) {
      return Optional.empty();
    }
    RecordExport record = exports.mine();
    return Optional.of(
        Download.attachment(record.bytes(), RecordExport.MEDIA_TYPE, record.fileName()));
  }
}
