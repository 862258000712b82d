package org.clinicportal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's welcome page is replaced by one that leads to the portal. */
class DocrootTest {

  @Test
  void theWelcomePageAndItsFilesMakeWayForALinkToThePortal(@TempDir Path dir) throws Exception {
    Path docroot = dir.resolve("docroot");
    Files.createDirectories(docroot.resolve("css"));
    Files.writeString(docroot.resolve("index.html"), "<title>Payara Server 6</title>");
    Files.writeString(docroot.resolve("css/theme.css"), "body {}");

    Docroot.pointAtThePortal(docroot);

    try (Stream<Path> files = Files.list(docroot)) {
      assertEquals(List.of(docroot.resolve("index.html")), files.toList());
    }
    String index = Files.readString(docroot.resolve("index.html"));
    assertTrue(index.contains("url=/portal/"), index);
    assertFalse(index.contains("Payara"), index);
  }
}
