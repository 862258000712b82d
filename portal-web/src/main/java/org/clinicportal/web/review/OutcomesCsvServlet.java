package org.clinicportal.web.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.review.OutcomeReport;
import org.clinicportal.review.Outcomes;
import org.clinicportal.web.ClinicDownloadServlet;
import org.clinicportal.web.Download;

/**
 * The episodes behind the clinic's outcomes page as CSV, for the period the page shows ({@code
 * from} and {@code to}, ISO dates); the clinic's own episodes alone, as the service reads them.
 */
@WebServlet(OutcomesCsvServlet.PATH)
public class OutcomesCsvServlet extends ClinicDownloadServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/outcomes/episodes.csv";

  @Inject private Outcomes outcomes;

  @Override
  protected Optional<Download> find(ClinicPrincipal person, HttpServletRequest request)
      throws RecordException {
    LocalDate from;
    LocalDate to;
    try {
      from = LocalDate.parse(String.valueOf(request.getParameter("from")));
      to = LocalDate.parse(String.valueOf(request.getParameter("to")));
    } catch (DateTimeParseException notADay) {
      return Optional.empty();
    }
    OutcomeReport report = outcomes.report(from, to);
    return Optional.of(
        Download.attachment(
            OutcomesCsv.of(report, request.getLocale()),
            "text/csv; charset=UTF-8",
            "outcomes-" + from + "-" + to + ".csv"));
  }
}
