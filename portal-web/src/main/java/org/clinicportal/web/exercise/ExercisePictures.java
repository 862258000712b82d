package org.clinicportal.web.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.Resource;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.clinicportal.exercise.Exercise;

/**
 * Where a page finds an exercise's picture: the drawing of a built-in routine, the picture a clinic
 * uploaded for its own, or none.
 */
@Named
@ApplicationScoped
public class ExercisePictures {

  /**
   * The picture's address as a page's {@code img} takes it, context path included: a built-in
   * routine's drawing through the Faces resource handler, which sends it with cache headers, or the
   * clinic's upload; empty when the exercise has none.
   */
  public String of(Exercise exercise) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (exercise.isBuiltIn()) {
      Resource drawing =
          faces
              .getApplication()
              .getResourceHandler()
              .createResource("images/exercises/" + exercise.getBuiltInCode() + ".svg");
      return drawing == null ? "" : drawing.getRequestPath();
    }
    if (exercise.hasPicture()) {
      return faces.getExternalContext().getRequestContextPath()
          + ExercisePictureServlet.PATH
          + "?id="
          + exercise.getId()
          + "&v="
          + exercise.getVersion();
    }
    return "";
  }
}
