package org.clinicportal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.clinicportal.platform.Pictures;

/**
 * How the portal sends a stored picture: as the PNG or JPEG its content is, never as a type an
 * upload claimed, shown inline under a name the portal makes (no part of it comes from a person),
 * not sniffed, and kept by the person's browser only, for a day: its address names the version of
 * the record it belongs to, so a replaced picture has a new address.
 */
public final class PictureDownload {

  static final String CACHE_CONTROL = "private, max-age=86400";

  private PictureDownload() {}

  /** Sends the picture, or 404 when what is stored is no PNG or JPEG. */
  public static void send(HttpServletResponse response, byte[] content, String name)
      throws IOException {
    Optional<String> type = Pictures.typeOf(content);
    if (type.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String extension = Pictures.PNG_TYPE.equals(type.get()) ? ".png" : ".jpg";
    response.setContentType(type.get());
    response.setHeader("Content-Disposition", "inline; filename=\"" + name + extension + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
