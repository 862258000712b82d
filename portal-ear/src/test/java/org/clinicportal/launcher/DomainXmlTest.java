package org.clinicportal.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener settings written into a domain before its first start. */
class DomainXmlTest {

  @Test
  void everyHttpListenerStopsAnnouncingTheServerAndTheRestStaysAsItWas(@TempDir Path domain)
      throws Exception {
    Path file = domain.resolve("domain.xml");
    Files.writeString(
        file,
        """
        <domain log-root="${com.sun.aas.instanceRoot}/logs">
          <configs><config name="server-config"><network-config><protocols>
            <protocol name="http-listener-1"><http default-virtual-server="server"/></protocol>
            <protocol name="http-listener-2" security-enabled="true"><http max-connections="250"/></protocol>
            <protocol name="admin-listener"><http default-virtual-server="__asadmin"/></protocol>
          </protocols></network-config></config></configs>
        </domain>
        """);

    DomainXml.hideServerIdentity(file);

    String written = Files.readString(file);
    assertTrue(
        written.matches(
            "(?s).*<protocol name=\"http-listener-1\"><http [^>]*server-header=\"false\".*"),
        written);
    assertTrue(
        written.matches(
            "(?s).*<protocol name=\"http-listener-2\"[^>]*><http [^>]*xpowered-by=\"false\".*"),
        written);
    assertFalse(
        written.matches("(?s).*<protocol name=\"admin-listener\"><http [^>]*server-header.*"),
        written);
    assertTrue(written.contains("log-root=\"${com.sun.aas.instanceRoot}/logs\""), written);
    assertTrue(written.contains("default-virtual-server=\"__asadmin\""), written);
  }
}
