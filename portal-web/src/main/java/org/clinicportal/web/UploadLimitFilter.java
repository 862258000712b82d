package org.clinicportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A form with a file that is larger than the portal takes ({@link #MAX_REQUEST_BYTES}, as the
 * multipart-config of the Faces Servlet in web.xml) is refused before anything parses it: once
 * parsed, the server's own limit would end on the error page. Its body is read and dropped, and the
 * browser is sent back to the same page, where {@link UploadRefusalNotice} tells the person that
 * the file was too large. Nothing of the form is applied, so nothing is stored. A body sent without
 * a length is refused the same way.
 */
public class UploadLimitFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The largest form with files, in bytes; web.xml's max-request-size and max-file-size. */
  public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

  /** The session attribute that tells the next page that an upload was refused. */
  static final String REFUSED = UploadLimitFilter.class.getName() + ".refused";

  /** What is read and dropped at most; the connection is closed after a larger body. */
  private static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isUpload(request)
        || (request.getContentLengthLong() >= 0
            && request.getContentLengthLong() <= MAX_REQUEST_BYTES)) {
      chain.doFilter(request, response);
      return;
    }
    if (!drained(request.getInputStream())) {
      response.setHeader("Connection", "close");
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(REFUSED, Boolean.TRUE);
    }
    String query = request.getQueryString();
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
  }

  private static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /** Reads the body to its end, up to {@link #MAX_DRAINED_BYTES}; whether the end was reached. */
  private static boolean drained(InputStream body) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
      read += n;
      if (read > MAX_DRAINED_BYTES) {
        return false;
      }
    }
    return true;
  }
}
