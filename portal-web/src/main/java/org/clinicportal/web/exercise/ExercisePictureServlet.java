package org.clinicportal.web.exercise;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.exercise.ExercisePicture;
import org.clinicportal.platform.RecordException;
import org.clinicportal.security.ClinicPrincipal;
import org.clinicportal.web.PictureDownload;
import org.clinicportal.web.RecordIds;

/**
 * Serves the picture a clinic uploaded for one of its exercises, to people of that clinic only; any
 * other id answers 404.
 */
@WebServlet(ExercisePictureServlet.PATH)
public class ExercisePictureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/exercise-picture";

  @Inject private ExerciseLibrary library;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = RecordIds.parse(request.getParameter("id"));
    if (!(request.getUserPrincipal() instanceof ClinicPrincipal principal)
        || principal.clinicId() == null
        || id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ExercisePicture picture;
    try {
      picture = library.picture(id.getAsLong()).orElse(null);
    } catch (RecordException e) {
      picture = null;
    }
    if (picture == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PictureDownload.send(response, picture.content(), "exercise-" + id.getAsLong());
  }
}
