package org.clinicportal.web.assessment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.OptionalLong;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.web.ClinicDownloadServlet;
import org.clinicportal.web.Download;
import org.clinicportal.web.RecordIds;

/**
 * Sends a signed assessment of the clinic as a PDF to its therapists and administrators (web.xml
 * and the service both say so); a draft, another clinic's id or a malformed one answers 404.
 */
@WebServlet(AssessmentPdfServlet.PATH)
public class AssessmentPdfServlet extends ClinicDownloadServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/therapist/assessments/pdf";

  @Inject private Assessments assessments;

  @Override
  protected Optional<Download> find(ClinicPrincipal person, HttpServletRequest request)
      throws RecordException {
    OptionalLong id = RecordIds.parse(request.getParameter("id"));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return assessments
        .print(id.getAsLong())
        .map(print -> Download.attachment(print.pdf(), "application/pdf", print.fileName()));
  }
}
