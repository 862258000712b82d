package org.clinicportal.web.program;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.OptionalLong;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.program.Handout;
import org.clinicportal.program.ProgramHandouts;
import org.clinicportal.web.ClinicDownloadServlet;
import org.clinicportal.web.Download;
import org.clinicportal.web.RecordIds;

/**
 * Sends the PDF handout of a program of the signed-in person's clinic, or to a patient the handout
 * of their own active program whatever id they send; any other id, a draft, or a caller without
 * access answers 404.
 */
@WebServlet(ProgramHandoutServlet.PATH)
public class ProgramHandoutServlet extends ClinicDownloadServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/program-handout";

  @Inject private ProgramHandouts handouts;

  @Override
  protected Optional<Download> find(ClinicPrincipal person, HttpServletRequest request)
      throws RecordException {
    Handout handout;
    if (person.role() == Role.PATIENT) {
      handout = handouts.ofOwnProgram();
    } else {
      OptionalLong id = RecordIds.parse(request.getParameter("id"));
      if (id.isEmpty()) {
        return Optional.empty();
      }
      handout = handouts.of(id.getAsLong());
    }
    return Optional.of(Download.attachment(handout.pdf(), "application/pdf", handout.fileName()));
  }
}
