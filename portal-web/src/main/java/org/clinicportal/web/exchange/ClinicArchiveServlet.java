package org.clinicportal.web.exchange;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicportal.exchange.ClinicArchives;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.web.security.SameOrigin;

/**
 * Sends the clinic's archive to its administrator as a ZIP file, streamed as it is written. Open to
 * administrators alone (web.xml and the service both say so), and only when the browser says the
 * request came from the portal's own page, so that another site cannot set a server to work on it.
 */
@WebServlet(ClinicArchiveServlet.PATH)
public class ClinicArchiveServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/admin/clinic-archive";

  @Inject private transient ClinicArchives archives;
  @Inject private transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!(request.getUserPrincipal() instanceof ClinicPrincipal admin)
        || admin.role() != Role.CLINIC_ADMIN) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!SameOrigin.posted(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(admin.timeZone())));
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"clinic-archive-" + admin.clinicCode() + "-" + today + ".zip\"");
    response.setHeader("Cache-Control", "no-store");
    try {
      archives.write(response.getOutputStream());
    } catch (RecordException refused) {
      response.reset();
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
