package org.clinicportal.web.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.ResourceHandler;
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
    return address(
        exercise, FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
  }

  /** The same address, for an answer that Faces does not write (the patient's JSON API). */
  public static String address(Exercise exercise, String contextPath) {
    if (exercise.isBuiltIn()) {
      return contextPath
          + ResourceHandler.RESOURCE_IDENTIFIER
          + "/images/exercises/"
          + exercise.getBuiltInCode()
          + ".svg.xhtml";
    }
    if (exercise.hasPicture()) {
      return contextPath
          + ExercisePictureServlet.PATH
          + "?id="
          + exercise.getId()
          + "&v="
          + exercise.getVersion();
    }
    return "";
  }
}
