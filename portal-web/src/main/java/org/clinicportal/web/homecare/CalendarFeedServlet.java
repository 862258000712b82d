package org.clinicportal.web.homecare;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.clinicportal.homecare.CalendarLinks;

/**
 * A patient's calendar feed at {@code /calendar/<token>.ics}, which their phone's calendar fetches
 * on its own, without signing in and without keeping a session: no page is involved, so nothing
 * asks for one. Anything but a current link is answered with the same 404, whether it names another
 * clinic, was changed or was replaced by a new link. Nothing is cached on the way, so a replaced
 * link stops at once.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final String SUFFIX = ".ics";
  private static final int LONGEST_PATH = 100;

  @Inject private CalendarLinks links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Optional<String> feed = token(request.getPathInfo()).flatMap(links::feed);
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** What stands between the slash and {@code .ics}; empty for any other path. */
  private static Optional<String> token(String path) {
    if (path == null
        || path.length() > LONGEST_PATH
        || !path.endsWith(SUFFIX)
        || path.indexOf('/', 1) >= 0) {
      return Optional.empty();
    }
    return Optional.of(path.substring(1, path.length() - SUFFIX.length()));
  }
}
