package org.clinicportal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The settings written into a domain before its first start. */
class DomainXmlTest {

  private static final String DOMAIN =
      """
      <domain log-root="${com.sun.aas.instanceRoot}/logs">
        <configs>
          <config name="server-config">
            <http-service>
              <virtual-server id="server" network-listeners="http-listener-1,http-listener-2"/>
              <virtual-server id="__asadmin" network-listeners="admin-listener"/>
            </http-service>
            <network-config>
              <protocols>
                <protocol name="http-listener-1"><http default-virtual-server="server"/></protocol>
                <protocol name="http-listener-2" security-enabled="true"><http max-connections="250"/></protocol>
                <protocol name="admin-listener"><http default-virtual-server="__asadmin"/></protocol>
              </protocols>
              <network-listeners>
                <network-listener port="8080" protocol="http-listener-1" name="http-listener-1" thread-pool="http-thread-pool"/>
                <network-listener port="8048" protocol="admin-listener" name="admin-listener" thread-pool="admin-thread-pool"/>
              </network-listeners>
              <transports><transport name="tcp"/></transports>
            </network-config>
            <thread-pools>
              <thread-pool name="admin-thread-pool" max-thread-pool-size="15"/>
              <thread-pool name="http-thread-pool" max-queue-size="4096"/>
            </thread-pools>
            <java-config classpath-suffix="">
              <jvm-options>-server</jvm-options>
              <jvm-options>-Xmx512m</jvm-options>
              <jvm-options>-XX:NewRatio=2</jvm-options>
              <jvm-options>-Djava.awt.headless=true</jvm-options>
            </java-config>
          </config>
          <config name="default-config">
            <network-config>
              <protocols>
                <protocol name="http-listener-1"><http default-virtual-server="server"/></protocol>
              </protocols>
              <network-listeners>
                <network-listener port="${ASADMIN_LISTENER_PORT}" name="admin-listener"/>
              </network-listeners>
            </network-config>
            <thread-pools><thread-pool name="http-thread-pool"/></thread-pools>
            <java-config><jvm-options>-Xmx512m</jvm-options></java-config>
          </config>
        </configs>
      </domain>
      """;

  @Test
  void theServerStopsNamingItselfAndItsAdministrationListensOnThisMachineOnly(@TempDir Path dir)
      throws Exception {
    Document domain = harden(dir);

    for (String listener : new String[] {"http-listener-1", "http-listener-2"}) {
      String http = server("network-config/protocols/protocol[@name='" + listener + "']/http/@");
      assertEquals("false", text(domain, http + "server-header"), listener);
      assertEquals("false", text(domain, http + "xpowered-by"), listener);
    }
    assertEquals(
        "",
        text(
            domain,
            server(
                "network-config/protocols/protocol[@name='admin-listener']/http/@server-header")));
    assertEquals(
        "127.0.0.1",
        text(
            domain,
            server(
                "network-config/network-listeners/network-listener[@name='admin-listener']/@address")));
    assertEquals(
        "",
        text(
            domain,
            server(
                "network-config/network-listeners/network-listener[@name='http-listener-1']/@address")),
        "the portal itself still listens on every interface");
    assertEquals(
        "1",
        text(
            domain,
            "count("
                + server(
                    "http-service/virtual-server[@id='server']/property[@name='errorReportValve'"
                        + " and @value='']")
                + ")"),
        "the server's own error pages are off");
  }

  @Test
  void requestThreadsAndTimeoutsAreBoundedOnTheServersListenersAlone(@TempDir Path dir)
      throws Exception {
    Document domain = harden(dir);

    String pool = server("thread-pools/thread-pool[@name='http-thread-pool']/@");
    assertEquals(
        String.valueOf(DomainXml.REQUEST_THREADS), text(domain, pool + "max-thread-pool-size"));
    assertEquals(
        String.valueOf(DomainXml.READY_THREADS), text(domain, pool + "min-thread-pool-size"));
    assertEquals("4096", text(domain, pool + "max-queue-size"));
    String http = server("network-config/protocols/protocol[@name='http-listener-1']/http/@");
    assertEquals(
        String.valueOf(DomainXml.REQUEST_TIMEOUT_SECONDS),
        text(domain, http + "request-timeout-seconds"));
    assertEquals(
        String.valueOf(DomainXml.KEEP_ALIVE_SECONDS), text(domain, http + "timeout-seconds"));
    assertEquals(
        String.valueOf(DomainXml.READ_TIMEOUT_MILLIS),
        text(
            domain,
            server("network-config/transports/transport[@name='tcp']/@read-timeout-millis")));
    assertEquals(
        "",
        text(
            domain,
            "/domain/configs/config[@name='default-config']/thread-pools/thread-pool/@max-thread-pool-size"),
        "the template other instances copy is left as it was");
    assertEquals(
        "",
        text(domain, "/domain/configs/config[@name='default-config']//network-listener/@address"));
  }

  @Test
  void theServersHeapAndCollectorReplaceTheTemplatesAndOtherOptionsStay(@TempDir Path dir)
      throws Exception {
    Document domain = harden(dir);

    List<String> server = options(domain, "server-config");
    assertEquals(
        List.of("-server", "-Djava.awt.headless=true"),
        server.subList(0, 2),
        "the options the portal does not choose are kept, in order");
    assertEquals(DomainXml.JVM_OPTIONS, server.subList(2, server.size()));
    assertFalse(server.contains("-Xmx512m"), server.toString());
    assertFalse(server.contains("-XX:NewRatio=2"), "G1 sizes its young generation itself");
    assertEquals(List.of("-Xmx512m"), options(domain, "default-config"), "the template stays");
  }

  @Test
  void aConfigurationWithoutTheServersConfigIsRefusedWithASentence(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("domain.xml");
    Files.writeString(file, "<domain><configs/></domain>");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> DomainXml.harden(file));
    assertTrue(refused.getMessage().contains("server-config"), refused.getMessage());
    assertFalse(refused.getMessage().contains("Exception"), refused.getMessage());
  }

  private static Document harden(Path dir) throws Exception {
    Path file = dir.resolve("domain.xml");
    Files.writeString(file, DOMAIN);
    DomainXml.harden(file);
    String written = Files.readString(file);
    assertTrue(written.contains("log-root=\"${com.sun.aas.instanceRoot}/logs\""), written);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> options(Document domain, String config) throws Exception {
    NodeList nodes =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                    "/domain/configs/config[@name='" + config + "']/java-config/jvm-options",
                    domain,
                    XPathConstants.NODESET);
    List<String> options = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      options.add(nodes.item(i).getTextContent().strip());
    }
    return options;
  }

  private static String server(String path) {
    return "/domain/configs/config[@name='server-config']/" + path;
  }

  private static String text(Document document, String xpath) throws Exception {
    return (String)
        XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
  }
}
