package org.clinicportal.web.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinicportal.exchange.ApiAccessException;
import org.clinicportal.exchange.ExportRefusedException;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * How the FHIR API reads the bearer token and answers a refusal: no working token 401 with {@code
 * WWW-Authenticate: Bearer}, a scope too narrow 403, and an export refused with its own status;
 * each as an OperationOutcome, which HAPI writes for the exceptions made here and {@link #write}
 * writes outside HAPI.
 */
final class ApiAnswers {

  static final String FHIR_JSON = "application/fhir+json";

  private ApiAnswers() {}

  /** The bearer token of the request, or null without one. */
  static String bearer(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).strip();
  }

  static BaseServerResponseException refusal(ApiAccessException refused) {
    if (refused.isAuthenticated()) {
      return new ForbiddenOperationException(refused.getMessage());
    }
    BaseServerResponseException unauthenticated =
        new UnclassifiedServerFailureException(
            HttpServletResponse.SC_UNAUTHORIZED, refused.getMessage());
    unauthenticated.addResponseHeader("WWW-Authenticate", "Bearer");
    return unauthenticated;
  }

  static BaseServerResponseException refusal(ExportRefusedException refused) {
    return switch (refused.getStatus()) {
      case HttpServletResponse.SC_BAD_REQUEST -> new InvalidRequestException(refused.getMessage());
      case HttpServletResponse.SC_NOT_FOUND -> new ResourceNotFoundException(refused.getMessage());
      default -> new UnclassifiedServerFailureException(refused.getStatus(), refused.getMessage());
    };
  }

  /** Writes a refusal as HAPI would, for answers made outside HAPI's servlet. */
  static void write(HttpServletResponse response, BaseServerResponseException refusal)
      throws IOException {
    response.setStatus(refusal.getStatusCode());
    if (refusal.hasResponseHeaders()) {
      refusal
          .getResponseHeaders()
          .forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }
    write(
        response,
        OperationOutcome.IssueSeverity.ERROR,
        refusal.getStatusCode() == HttpServletResponse.SC_NOT_FOUND
            ? OperationOutcome.IssueType.NOTFOUND
            : OperationOutcome.IssueType.PROCESSING,
        refusal.getMessage());
  }

  /** Writes an outcome of one issue as FHIR JSON; the status is the caller's. */
  static void write(
      HttpServletResponse response,
      OperationOutcome.IssueSeverity severity,
      OperationOutcome.IssueType type,
      String text)
      throws IOException {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(text);
    response.setContentType(FHIR_JSON);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(outcome));
  }
}
