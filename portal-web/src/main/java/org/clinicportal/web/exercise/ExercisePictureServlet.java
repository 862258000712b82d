package org.clinicportal.web.exercise;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.OptionalLong;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.web.ClinicDownloadServlet;
import org.clinicportal.web.Download;
import org.clinicportal.web.RecordIds;

/**
 * Serves the picture a clinic uploaded for one of its exercises, to people of that clinic only; any
 * other id answers 404.
 */
@WebServlet(ExercisePictureServlet.PATH)
public class ExercisePictureServlet extends ClinicDownloadServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/exercise-picture";

  @Inject private ExerciseLibrary library;

  @Override
  protected Optional<Download> find(ClinicPrincipal person, HttpServletRequest request)
      throws RecordException {
    OptionalLong id = RecordIds.parse(request.getParameter("id"));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return library
        .picture(id.getAsLong())
        .flatMap(picture -> Download.picture(picture.content(), "exercise-" + id.getAsLong()));
  }
}
