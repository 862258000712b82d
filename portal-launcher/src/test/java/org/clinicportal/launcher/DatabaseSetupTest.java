package org.clinicportal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseSetupTest {

  @Test
  void anUnreachableServerIsReportedInOneSentenceNamingTheUrl() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/portal";
    Settings settings = Settings.from(new Properties(), Map.of("PORTAL_DB_URL", url));

    LaunchFailure failure =
        assertThrows(LaunchFailure.class, () -> new DatabaseSetup(settings).ensureReady());

    assertEquals(
        "Cannot reach PostgreSQL at "
            + url
            + ": start PostgreSQL there, or set PORTAL_DB_URL to a server that is running.",
        failure.getMessage());
  }
}
