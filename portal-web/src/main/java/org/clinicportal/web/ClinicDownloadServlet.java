package org.clinicportal.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;

/**
 * A download for the signed-in people of a clinic. Anyone else, and any request whose file cannot
 * be found for the person asking (another clinic's id, a malformed one, a refusal of the service),
 * gets the same 404, so that no answer tells whether a record exists.
 */
public abstract class ClinicDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Download> download = Optional.empty();
    if (request.getUserPrincipal() instanceof ClinicPrincipal person && person.clinicId() != null) {
      try {
        download = find(person, request);
      } catch (RecordException refused) {
        download = Optional.empty();
      }
    }
    if (download.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    download.get().send(response);
  }

  /** The file this request asks for, as the person may have it; empty when there is none. */
  protected abstract Optional<Download> find(ClinicPrincipal person, HttpServletRequest request)
      throws RecordException;
}
