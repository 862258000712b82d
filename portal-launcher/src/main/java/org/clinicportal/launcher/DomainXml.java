package org.clinicportal.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Settings written into a stopped domain's configuration file. A listener setting changed on a
 * running domain restarts the listener while the web container may be starting its first
 * application, which can leave the port closed; written before the first start it is simply there.
 */
final class DomainXml {

  private DomainXml() {}

  /** Request threads of the portal's listeners: page requests mostly wait on the database. */
  static final int REQUEST_THREADS = 48;

  /** Threads kept ready when the portal is quiet. */
  static final int READY_THREADS = 8;

  /** The longest a request may take, reading its body included, before its connection is closed. */
  static final int REQUEST_TIMEOUT_SECONDS = 60;

  /** How long a kept-alive connection may sit idle between requests. */
  static final int KEEP_ALIVE_SECONDS = 20;

  /** How long a read of a request's body may wait for the next bytes. */
  static final int READ_TIMEOUT_MILLIS = 10_000;

  /** The server's own heap and collector settings, which replace the domain template's. */
  static final List<String> REPLACED_JVM_OPTIONS = List.of("-Xmx512m", "-XX:NewRatio=2");

  /**
   * The heap and collector, chosen from the benchmark (README, "Benchmark"): the heap still live
   * after a run at 200 users is about 230 MiB, so a fixed heap of 400 MiB leaves the collector room
   * without the resident memory passing 1 GiB; G1 keeps its young generation free to size itself
   * for a pause goal of 50 ms (a fixed ratio of young to old, as the template sets, would stop it);
   * the collector's log is kept beside the server's.
   */
  static final List<String> HEAP_AND_COLLECTOR =
      List.of(
          "-Xms400m",
          "-Xmx400m",
          "-XX:+UseG1GC",
          "-XX:MaxGCPauseMillis=50",
          "-Xlog:gc:file=${com.sun.aas.instanceRoot}/logs/gc.log:uptime:filecount=4,filesize=8m");

  /**
   * Java's thread priorities given to the operating system: the lowest, at which the portal's
   * background work runs (the mail connections, the reminder job), becomes nice 19, so that it
   * takes only the processor time the pages leave (README, "The reminder minute"); every other
   * priority stays at nice 0, as without these options (the JVM's own mapping would raise its
   * collector and compiler threads above the pages). Lowering a thread's priority needs no
   * privilege; not run as root, the JVM says at its start that it may not raise one, which none of
   * these asks.
   */
  static final List<String> THREAD_PRIORITIES =
      Stream.concat(
              Stream.of("-XX:ThreadPriorityPolicy=1", "-XX:JavaPriority1_To_OSPriority=19"),
              IntStream.rangeClosed(2, 10)
                  .mapToObj(priority -> "-XX:JavaPriority" + priority + "_To_OSPriority=0"))
          .toList();

  /** The server's own JVM options, beside the template's. */
  static final List<String> JVM_OPTIONS =
      Stream.concat(HEAP_AND_COLLECTOR.stream(), THREAD_PRIORITIES.stream()).toList();

  /**
   * Everything a new domain needs before its first start: the listeners stop naming the server, the
   * administration listens on this machine only, the server's own error pages are empty (the portal
   * has its own), and the request threads and timeouts are sized so that a few slow or idle clients
   * cannot hold every thread.
   */
  static void harden(Path domainXml) throws LaunchFailure {
    edit(
        domainXml,
        document -> {
          Element config = serverConfig(document);
          hideServerIdentityAndBoundRequests(config);
          for (Element listener : children(config, "network-listener")) {
            if ("admin-listener".equals(listener.getAttribute("name"))) {
              listener.setAttribute("address", "127.0.0.1");
            }
          }
          for (Element server : children(config, "virtual-server")) {
            if ("server".equals(server.getAttribute("id"))) {
              Element property = document.createElement("property");
              property.setAttribute("name", "errorReportValve");
              property.setAttribute("value", "");
              server.appendChild(property);
            }
          }
          for (Element pool : children(config, "thread-pool")) {
            if ("http-thread-pool".equals(pool.getAttribute("name"))) {
              pool.setAttribute("max-thread-pool-size", String.valueOf(REQUEST_THREADS));
              pool.setAttribute("min-thread-pool-size", String.valueOf(READY_THREADS));
            }
          }
          for (Element transport : children(config, "transport")) {
            transport.setAttribute("read-timeout-millis", String.valueOf(READ_TIMEOUT_MILLIS));
          }
          sizeTheHeap(document, config);
        });
  }

  /** Replaces the template's heap settings on the server's own JVM with {@link #JVM_OPTIONS}. */
  private static void sizeTheHeap(Document document, Element config) {
    List<Element> javaConfigs = children(config, "java-config");
    if (javaConfigs.isEmpty()) {
      throw new IllegalArgumentException("The server's configuration has no java-config.");
    }
    Element java = javaConfigs.get(0);
    for (Element option : children(java, "jvm-options")) {
      if (REPLACED_JVM_OPTIONS.contains(option.getTextContent().strip())) {
        java.removeChild(option);
      }
    }
    for (String option : JVM_OPTIONS) {
      Element added = document.createElement("jvm-options");
      added.setTextContent(option);
      java.appendChild(added);
    }
  }

  /**
   * Stops every HTTP listener protocol from sending the Server and X-Powered-By headers, and bounds
   * how long a request and an idle connection may last.
   */
  private static void hideServerIdentityAndBoundRequests(Element config) {
    for (Element protocol : children(config, "protocol")) {
      NodeList http = protocol.getElementsByTagName("http");
      if (protocol.getAttribute("name").startsWith("http-listener") && http.getLength() > 0) {
        Element settings = (Element) http.item(0);
        settings.setAttribute("xpowered-by", "false");
        settings.setAttribute("server-header", "false");
        settings.setAttribute("request-timeout-seconds", String.valueOf(REQUEST_TIMEOUT_SECONDS));
        settings.setAttribute("timeout-seconds", String.valueOf(KEEP_ALIVE_SECONDS));
        settings.setAttribute(
            "connection-upload-timeout-millis", String.valueOf(READ_TIMEOUT_MILLIS));
      }
    }
  }

  private static Element serverConfig(Document document) {
    for (Element config : children(document.getDocumentElement(), "config")) {
      if ("server-config".equals(config.getAttribute("name"))) {
        return config;
      }
    }
    throw new IllegalArgumentException("The domain's configuration has no server-config.");
  }

  private static List<Element> children(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static void edit(Path domainXml, Consumer<Document> change) throws LaunchFailure {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(domainXml.toFile());
      change.accept(document);
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(document), new StreamResult(domainXml.toFile()));
    } catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
      throw new LaunchFailure(
          "Could not write the settings into " + domainXml + ": " + e.getMessage());
    }
  }
}
