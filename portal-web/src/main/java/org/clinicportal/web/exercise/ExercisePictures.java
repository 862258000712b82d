package org.clinicportal.web.exercise;

import jakarta.enterprise.context.ApplicationScoped;
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

  /** The picture's address, or empty when the exercise has none. */
  public String of(Exercise exercise) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    if (exercise.isBuiltIn()) {
      return context + "/resources/images/exercises/" + exercise.getBuiltInCode() + ".svg";
    }
    if (exercise.hasPicture()) {
      return context
          + ExercisePictureServlet.PATH
          + "?id="
          + exercise.getId()
          + "&v="
          + exercise.getVersion();
    }
    return "";
  }
}
