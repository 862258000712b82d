package org.clinicportal.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
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

  /**
   * Stops every HTTP listener protocol of the domain from sending the Server and X-Powered-By
   * headers.
   */
  static void hideServerIdentity(Path domainXml) throws LaunchFailure {
    edit(
        domainXml,
        document -> {
          NodeList protocols = document.getElementsByTagName("protocol");
          for (int i = 0; i < protocols.getLength(); i++) {
            Element protocol = (Element) protocols.item(i);
            NodeList http = protocol.getElementsByTagName("http");
            if (protocol.getAttribute("name").startsWith("http-listener") && http.getLength() > 0) {
              Element settings = (Element) http.item(0);
              settings.setAttribute("xpowered-by", "false");
              settings.setAttribute("server-header", "false");
            }
          }
        });
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
