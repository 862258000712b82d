package org.clinicportal.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.platform.AccessRefusedException;
import org.clinicportal.platform.NoClinicBoundException;
import org.clinicportal.platform.RecordException;
import org.clinicportal.web.ApiProblem;

/**
 * How the API answers what went wrong, always as an {@link ApiProblem}: a service's refusal with
 * its own message (403 for a role that may not, 404 for something not the patient's, 400 for a
 * value out of range), a body that is not the JSON asked for with 400, an address or method the API
 * does not have with its HTTP status, and anything unforeseen with 500 and a line in the log.
 */
final class ApiRefusals {

  private static final Logger LOG = Logger.getLogger(ApiRefusals.class.getName());

  private ApiRefusals() {}

  static int statusOf(RecordException refused) {
    if (refused instanceof AccessRefusedException) {
      return 403;
    }
    String key = refused.messageKey();
    return key.endsWith(".notFound") || key.equals("homecare.noRecord") ? 404 : 400;
  }

  /** A service refused: the request was understood and is not allowed or not valid. */
  @Provider
  public static class Refused implements ExceptionMapper<RecordException> {
    @Context private HttpServletRequest request;

    @Override
    public Response toResponse(RecordException refused) {
      return ApiProblem.answer(statusOf(refused), refused.messageKey(), request.getLocale());
    }
  }

  /** A body that JSON-B could not read into what the call takes. */
  @Provider
  public static class Unreadable implements ExceptionMapper<JsonbException> {
    @Context private HttpServletRequest request;

    @Override
    public Response toResponse(JsonbException broken) {
      return ApiProblem.answer(400, "api.json", request.getLocale());
    }
  }

  /** A body the runtime could not read at all. */
  @Provider
  public static class Unprocessable implements ExceptionMapper<ProcessingException> {
    @Context private HttpServletRequest request;

    @Override
    public Response toResponse(ProcessingException broken) {
      return ApiProblem.answer(400, "api.json", request.getLocale());
    }
  }

  /** An address, method or media type the API does not have. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Context private HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException failed) {
      int status = failed.getResponse().getStatus();
      if (status == 400 && failed.getCause() != null) {
        return ApiProblem.answer(400, "api.json", request.getLocale());
      }
      return ApiProblem.answer(status, "api.http." + status, request.getLocale());
    }
  }

  /**
   * Anything else: a session without a clinic (a platform operator) is refused; the rest is a fault
   * of the portal, answered without its details and logged.
   */
  @Provider
  public static class Unforeseen implements ExceptionMapper<Throwable> {
    @Context private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof NoClinicBoundException) {
          return ApiProblem.answer(403, "access.refused", request.getLocale());
        }
      }
      LOG.log(Level.SEVERE, "API call " + request.getRequestURI() + " failed", failure);
      return ApiProblem.answer(500, "api.failed", request.getLocale());
    }
  }
}
