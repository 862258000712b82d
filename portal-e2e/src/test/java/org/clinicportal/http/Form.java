package org.clinicportal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a browser would post for one form of a page: text and hidden inputs with their values,
 * checked boxes, the chosen option of each list, text areas, and the view state.
 */
final class Form {

  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-\\w:.]*)=\"([^\"]*)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
  private static final Pattern SELECT =
      Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

  /** PrimeFaces' ajax sends the page's script nonce with every request, and checks it. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private static final String NONCE_FIELD = "primefaces.nonce";

  private final String action;
  private final Map<String, String> fields;

  private Form(String action, Map<String, String> fields) {
    this.action = action;
    this.fields = fields;
  }

  static Form of(String html, String id) {
    Matcher form =
        Pattern.compile(
                "<form\\b([^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*)>(.*?)</form>",
                Pattern.DOTALL)
            .matcher(html);
    if (!form.find()) {
      throw new IllegalArgumentException("no form " + id + " on the page");
    }
    Map<String, String> formAttributes = attributes(form.group(1));
    Map<String, String> fields = new LinkedHashMap<>();
    String body = form.group(2);
    Matcher input = INPUT.matcher(body);
    while (input.find()) {
      Map<String, String> a = attributes(input.group(1));
      String type = a.getOrDefault("type", "text");
      String name = a.get("name");
      if (name == null
          || a.containsKey("disabled")
          || type.matches("submit|button|image|reset|file")) {
        continue;
      }
      if (type.matches("checkbox|radio") && !input.group(1).contains("checked")) {
        continue;
      }
      fields.put(name, a.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
    }
    Matcher select = SELECT.matcher(body);
    while (select.find()) {
      String name = attributes(select.group(1)).get("name");
      if (name == null) {
        continue;
      }
      String chosen = null;
      Matcher option = OPTION.matcher(select.group(2));
      while (option.find()) {
        Map<String, String> a = attributes(option.group(1));
        if (chosen == null || option.group(1).contains("selected")) {
          chosen = a.getOrDefault("value", "");
        }
        if (option.group(1).contains("selected")) {
          break;
        }
      }
      fields.put(name, chosen == null ? "" : chosen);
    }
    Matcher textarea = TEXTAREA.matcher(body);
    while (textarea.find()) {
      String name = attributes(textarea.group(1)).get("name");
      if (name != null) {
        fields.put(name, unescape(textarea.group(2)));
      }
    }
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      fields.putIfAbsent(NONCE_FIELD, nonce.group(1));
    }
    return new Form(unescape(formAttributes.get("action")), fields);
  }

  /** The same fields, to change without touching this one. */
  Form copy() {
    return new Form(action, new LinkedHashMap<>(fields));
  }

  String action() {
    return action;
  }

  Map<String, String> fields() {
    return fields;
  }

  String get(String name) {
    return fields.get(name);
  }

  Form set(String name, String value) {
    fields.put(name, value);
    return this;
  }

  Form remove(String name) {
    fields.remove(name);
    return this;
  }

  String viewState() {
    return fields.get("jakarta.faces.ViewState");
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      found.put(attribute.group(1), unescape(attribute.group(2)));
    }
    if (tag.matches("(?s).*\\sdisabled(\\s.*|$|=.*)")) {
      found.putIfAbsent("disabled", "disabled");
    }
    return found;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
