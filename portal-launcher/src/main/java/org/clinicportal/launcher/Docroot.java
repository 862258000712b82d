package org.clinicportal.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's own document root, answered at {@code /}: Payara's welcome page there names the
 * server and its version, so the root only sends a visitor on to the portal.
 */
final class Docroot {

  static final String INDEX =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <meta http-equiv="refresh" content="0; url=/portal/"><title>Clinic Portal</title></head>
      <body><p><a href="/portal/">Clinic Portal</a></p></body></html>
      """;

  private Docroot() {}

  static void pointAtThePortal(Path docroot) throws LaunchFailure {
    try {
      FileTrees.delete(docroot, true);
      Files.createDirectories(docroot);
      Files.writeString(docroot.resolve("index.html"), INDEX, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LaunchFailure("Could not replace the server's welcome page: " + e.getMessage());
    }
  }
}
