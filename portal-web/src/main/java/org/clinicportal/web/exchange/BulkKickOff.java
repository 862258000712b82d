package org.clinicportal.web.exchange;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinicportal.exchange.ApiAccessException;
import org.clinicportal.exchange.BulkExports;
import org.clinicportal.exchange.ExportJob;
import org.clinicportal.exchange.ExportLevel;
import org.clinicportal.exchange.ExportRefusedException;
import org.clinicportal.platform.PortalAddress;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The kick-off of a Bulk Data export, the same at every level: it must ask {@code Prefer:
 * respond-async}, may name the NDJSON output format and the kinds of resource ({@code _type}), and
 * is answered 202 with the status address in {@code Content-Location}. The parameters the portal
 * does not honour are refused rather than ignored, so that a client never takes a whole export for
 * the filtered one it asked for.
 */
final class BulkKickOff {

  /** Where an export is polled, cancelled and its files read, below the FHIR address. */
  static final String STATUS_PATH = FhirServer.PATH + "/bulk";

  private static final Set<String> NDJSON =
      Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");
  private static final List<String> NOT_HONOURED =
      List.of("_since", "_typeFilter", "_elements", "patient", "includeAssociatedData");

  private BulkKickOff() {}

  static void start(
      BulkExports exports,
      PortalAddress portal,
      ExportLevel level,
      Long therapist,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    String prefer = request.getHeader("Prefer");
    if (prefer == null || !prefer.toLowerCase(Locale.ROOT).contains("respond-async")) {
      throw new InvalidRequestException(
          "A Bulk Data export needs the header Prefer: respond-async");
    }
    String format = request.getParameter("_outputFormat");
    if (format != null && !NDJSON.contains(format.strip())) {
      throw new InvalidRequestException("_outputFormat must be application/fhir+ndjson");
    }
    for (String parameter : NOT_HONOURED) {
      if (request.getParameter(parameter) != null) {
        throw new InvalidRequestException(parameter + " is not supported by this server");
      }
    }
    String asked =
        request.getRequestURL()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    ExportJob job;
    try {
      job =
          exports.start(
              ApiAnswers.bearer(request), level, therapist, request.getParameter("_type"), asked);
    } catch (ApiAccessException refused) {
      throw ApiAnswers.refusal(refused);
    } catch (ExportRefusedException refused) {
      throw ApiAnswers.refusal(refused);
    }
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
    response.setHeader("Content-Location", portal.of(STATUS_PATH + "/" + job.jobId()));
    ApiAnswers.write(
        response,
        OperationOutcome.IssueSeverity.INFORMATION,
        OperationOutcome.IssueType.INFORMATIONAL,
        "Export started for " + job.patientsAll() + " patients; poll the Content-Location");
  }
}
