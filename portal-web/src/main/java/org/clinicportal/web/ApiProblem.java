package org.clinicportal.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the patient's JSON API answers when it refuses a request: the message key a program can act
 * on and the same words the pages show, never a stack trace. The filters in front of the API (the
 * sign-in, the password gate) answer its requests the same way rather than with a page.
 */
public record ApiProblem(String error, String message) {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** Whether a request is one of the API's, by its address. */
  public static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /** A problem answered by a resource with {@code status}, in the caller's language. */
  public static Response answer(int status, String key, Locale locale) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiProblem(key, Messages.text(locale, key)))
        .build();
  }

  /** The same problem written by a filter, before any resource is reached. */
  public static void write(
      HttpServletRequest request, HttpServletResponse response, int status, String key)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(JSON.toJson(new ApiProblem(key, Messages.text(request.getLocale(), key))));
  }
}
