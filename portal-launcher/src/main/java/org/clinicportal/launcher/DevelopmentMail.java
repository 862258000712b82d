package org.clinicportal.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail server for trying the portal on one machine, started by the run command when no {@code
 * PORTAL_SMTP_HOST} is set: it accepts what the portal sends on 127.0.0.1 and keeps it in memory,
 * and a page on 127.0.0.1 lists it, newest first, with its links, so that a newcomer can confirm
 * the demo patient's address and read the reminders that follow. Nothing leaves the machine.
 */
final class DevelopmentMail implements AutoCloseable {

  static final int SMTP_PORT = 2525;
  static final int VIEWER_PORT = 8025;
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  private final GreenMail smtp;
  private final HttpServer viewer;

  private DevelopmentMail(GreenMail smtp, HttpServer viewer) {
    this.smtp = smtp;
    this.viewer = viewer;
  }

  /** Starts the server and its page, or says why not and gives nothing. */
  static Optional<DevelopmentMail> start(Consumer<String> say) {
    GreenMail smtp =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    try {
      smtp.start();
      HttpServer viewer =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), VIEWER_PORT), 0);
      viewer.createContext(
          "/",
          exchange -> {
            byte[] page = page(messages(smtp)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
              body.write(page);
            }
          });
      viewer.start();
      return Optional.of(new DevelopmentMail(smtp, viewer));
    } catch (IOException | RuntimeException unavailable) {
      smtp.stop();
      say.accept(
          "No development mail server (ports "
              + SMTP_PORT
              + " and "
              + VIEWER_PORT
              + " on 127.0.0.1 must be free): e-mail is queued and not sent. "
              + unavailable.getMessage());
      return Optional.empty();
    }
  }

  /** What the portal's server needs to send here. */
  Map<String, String> serverEnvironment() {
    return Map.of(
        "PORTAL_SMTP_HOST", "127.0.0.1",
        "PORTAL_SMTP_PORT", Integer.toString(SMTP_PORT),
        "PORTAL_SMTP_STARTTLS", "off",
        "PORTAL_MAIL_FROM", "portal@clinic-portal.localhost.example",
        "PORTAL_MAIL_SECONDS", "10");
  }

  URI viewerUri() {
    return URI.create("http://127.0.0.1:" + VIEWER_PORT + "/");
  }

  private static List<Shown> messages(GreenMail smtp) {
    List<Shown> shown = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      try {
        Object content = message.getContent();
        shown.add(
            0,
            new Shown(
                String.valueOf(message.getAllRecipients()[0]),
                message.getSubject(),
                content instanceof String text ? text : "(not plain text)"));
      } catch (MessagingException | IOException unreadable) {
        shown.add(0, new Shown("?", "(unreadable)", String.valueOf(unreadable.getMessage())));
      }
    }
    return shown;
  }

  /** The page listing messages, newest first, their text escaped and their addresses made links. */
  static String page(List<Shown> messages) {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Development mail</title></head><body>"
                + "<h1>Mail the portal sent</h1>");
    if (messages.isEmpty()) {
      html.append("<p>Nothing yet. Reload this page in a moment.</p>");
    }
    for (Shown message : messages) {
      html.append("<article><h2>")
          .append(escape(message.subject()))
          .append("</h2><p>To: ")
          .append(escape(message.to()))
          .append("</p><pre>")
          .append(linked(message.text()))
          .append("</pre></article><hr>");
    }
    return html.append("</body></html>").toString();
  }

  private static String linked(String text) {
    StringBuilder out = new StringBuilder();
    Matcher link = LINK.matcher(text);
    int at = 0;
    while (link.find()) {
      out.append(escape(text.substring(at, link.start())));
      String address = escape(link.group());
      out.append("<a href=\"").append(address).append("\">").append(address).append("</a>");
      at = link.end();
    }
    return out.append(escape(text.substring(at))).toString();
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;");
  }

  @Override
  public void close() {
    viewer.stop(0);
    smtp.stop();
  }

  /** One message as the page shows it. */
  record Shown(String to, String subject, String text) {}
}
