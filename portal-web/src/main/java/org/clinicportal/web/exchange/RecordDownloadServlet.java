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
 * Sends a patient's record as a FHIR R4 bundle: to a patient their own, whatever they send, at the
 * patient's address; to a therapist or an administrator the record of the clinic's patient the id
 * names, at the chart's. Each address is open to those roles alone (web.xml); another clinic's
 * patient or a malformed id answers 404.
 */
@WebServlet({RecordDownloadServlet.OWN_PATH, RecordDownloadServlet.CHART_PATH})
public class RecordDownloadServlet extends ClinicDownloadServlet {
  private static final long serialVersionUID = 1L;

  public static final String OWN_PATH = "/patient/my-record";
  public static final String CHART_PATH = "/therapist/patients/fhir-record";

  @Inject private RecordExports exports;

  @Override
  protected Optional<Download> find(ClinicPrincipal person, HttpServletRequest request)
      throws RecordException {
    RecordExport record;
    if (person.role() == Role.PATIENT) {
      record = exports.mine();
    } else {
      OptionalLong id = RecordIds.parse(request.getParameter("id"));
      if (id.isEmpty()) {
        return Optional.empty();
      }
      record = exports.of(id.getAsLong());
    }
    return Optional.of(
        Download.attachment(record.bytes(), RecordExport.MEDIA_TYPE, record.fileName()));
  }
}
