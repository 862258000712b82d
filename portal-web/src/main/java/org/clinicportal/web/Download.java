package org.clinicportal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.clinicportal.platform.Pictures;

/**
 * A file the portal sends: its bytes, the type the portal knows them to be, whether the browser
 * shows it or saves it, a name the portal makes (no part of it comes from a person), and how long
 * the person's browser may keep it. Nothing is sniffed and no shared cache keeps it.
 */
public record Download(
    byte[] content, String contentType, boolean inline, String fileName, String cacheControl) {

  /** Stored pictures: their address names the record's version, so a browser may keep one a day. */
  static final String PICTURE_CACHE = "private, max-age=86400";

  static final String NOT_KEPT = "private, no-store";

  /**
   * A stored picture, shown inline as the PNG or JPEG its content is, never as a type an upload
   * claimed; nothing when what is stored is neither.
   */
  public static Optional<Download> picture(byte[] content, String name) {
    return Pictures.typeOf(content)
        .map(
            type ->
                new Download(
                    content,
                    type,
                    true,
                    name + (Pictures.PNG_TYPE.equals(type) ? ".png" : ".jpg"),
                    PICTURE_CACHE));
  }

  /** A document the browser saves rather than shows, and keeps nowhere. */
  public static Download attachment(byte[] content, String contentType, String fileName) {
    return new Download(content, contentType, false, fileName, NOT_KEPT);
  }

  void send(HttpServletResponse response) throws IOException {
    response.setContentType(contentType);
    response.setHeader(
        "Content-Disposition",
        (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", cacheControl);
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
