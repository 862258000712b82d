package org.clinicportal.web.program;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.clinicportal.platform.RecordException;
import org.clinicportal.program.Handout;
import org.clinicportal.program.ProgramHandouts;
import org.clinicportal.security.ClinicPrincipal;
import org.clinicportal.security.Role;
import org.clinicportal.web.RecordIds;

/**
 * Sends the PDF handout of a program of the signed-in person's clinic, or to a patient the handout
 * of their own active program whatever id they send; any other id, a draft, or a caller without
 * access answers 404.
 */
@WebServlet(ProgramHandoutServlet.PATH)
public class ProgramHandoutServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/program-handout";

  @Inject private ProgramHandouts handouts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = RecordIds.parse(request.getParameter("id"));
    if (!(request.getUserPrincipal() instanceof ClinicPrincipal principal)
        || principal.clinicId() == null
        || (id.isEmpty() && principal.role() != Role.PATIENT)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Handout handout;
    try {
      handout =
          principal.role() == Role.PATIENT ? handouts.ofOwnProgram() : handouts.of(id.getAsLong());
    } catch (RecordException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + handout.fileName() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(handout.pdf().length);
    response.getOutputStream().write(handout.pdf());
  }
}
