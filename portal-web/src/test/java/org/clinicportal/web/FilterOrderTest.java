package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.annotation.WebFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The portal's filters run in the order web.xml writes them: each is declared there and nowhere
 * else, and each is mapped by address, which the container applies in the written order.
 */
class FilterOrderTest {

  private static final Path WEB_XML = Path.of("src/main/webapp/WEB-INF/web.xml");

  private static final List<String> OUTERMOST_FIRST =
      List.of(
          "ForwardedRequest",
          "SecurityHeaders",
          "SqlStatementHeader",
          "CallerAddress",
          "PasswordChangeGate",
          "SignInNotices",
          "UploadLimit",
          "PageTransaction");

  @Test
  void theFiltersAreMappedInTheirDeclaredOrderByAddressOnly() throws Exception {
    Document webXml = read();
    List<String> mapped = new ArrayList<>();
    NodeList mappings = webXml.getElementsByTagName("filter-mapping");
    for (int i = 0; i < mappings.getLength(); i++) {
      Element mapping = (Element) mappings.item(i);
      String name = text(mapping, "filter-name");
      mapped.add(name);
      assertEquals(
          0,
          mapping.getElementsByTagName("servlet-name").getLength(),
          name + " is mapped by address, so that it keeps its place");
      assertTrue(mapping.getElementsByTagName("url-pattern").getLength() > 0, name);
    }
    assertEquals(OUTERMOST_FIRST, mapped);
  }

  @Test
  void everyFilterIsDeclaredInWebXmlAloneAndIsAFilter() throws Exception {
    Map<String, String> classes = new LinkedHashMap<>();
    NodeList filters = read().getElementsByTagName("filter");
    for (int i = 0; i < filters.getLength(); i++) {
      Element filter = (Element) filters.item(i);
      classes.put(text(filter, "filter-name"), text(filter, "filter-class"));
    }
    assertEquals(OUTERMOST_FIRST, List.copyOf(classes.keySet()));
    for (String className : classes.values()) {
      Class<?> type = Class.forName(className);
      assertTrue(Filter.class.isAssignableFrom(type), className);
      assertFalse(
          type.isAnnotationPresent(WebFilter.class),
          className + " is mapped by web.xml; an annotation would add a mapping of unknown order");
    }
  }

  private static Document read() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(WEB_XML.toFile());
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }
}
