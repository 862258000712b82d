package org.clinicportal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.stream.Collectors;

/**
 * One visitor of the portal the end-to-end set-up deployed, speaking plain HTTP: its own cookies,
 * redirects followed by hand so that every hop can be looked at, and forms posted the way a browser
 * posts them.
 */
final class PortalSession {

  static final String BASE_URL =
      System.getProperty("portal.e2e.baseUrl", "http://localhost:28080/portal");
  static final String PASSWORD = "Hamstring!Kettle-48";

  /** The portal's origin, as a browser names it in the {@code Origin} header of a post. */
  static final String ORIGIN =
      URI.create(BASE_URL).getScheme() + "://" + URI.create(BASE_URL).getRawAuthority();

  private static final int MAX_REDIRECTS = 5;
  private static final String AJAX = "Faces-Request";

  /** The portal's address for this visitor: through the proxy, or one server's own. */
  private final String base;

  private final List<String> cookiesSet = new ArrayList<>();
  private final Map<String, String> onEveryRequest = new LinkedHashMap<>();

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** What one request ended on after its redirects. */
  record Page(int status, URI uri, HttpHeaders headers, String body) {

    String path() {
      return uri.getRawPath().substring(URI.create(BASE_URL).getRawPath().length())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    Form form(String id) {
      return Form.of(body, id);
    }
  }

  private PortalSession(String base) {
    this.base = base;
  }

  static PortalSession anonymous() {
    return new PortalSession(BASE_URL);
  }

  /** A visitor of the portal at another address with the same path, such as one server's own. */
  static PortalSession anonymousAt(String baseUrl) {
    return new PortalSession(baseUrl);
  }

  /** This visitor, sending a header of its choice with every request from now on. */
  PortalSession sendingEveryTime(String header, String value) {
    onEveryRequest.put(header, value);
    return this;
  }

  /** Signs in through the sign-in form; fails when the portal does not accept the person. */
  static PortalSession signedIn(String clinic, String username) {
    return signedInAt(BASE_URL, clinic, username);
  }

  /** Signs in at another address of the portal, such as one server's own. */
  static PortalSession signedInAt(String baseUrl, String clinic, String username) {
    PortalSession session = new PortalSession(baseUrl);
    Page signedIn = session.signIn(clinic, username, PASSWORD);
    if (signedIn.path().startsWith("/signin.xhtml")) {
      throw new IllegalStateException(clinic + "/" + username + " could not sign in");
    }
    return session;
  }

  /** Posts the sign-in form and follows where it leads. */
  Page signIn(String clinic, String username, String password) {
    Form form = get("/signin.xhtml").form("signin");
    form.set("signin:clinic", clinic);
    form.set("signin:username", username);
    form.set("signin:password", password);
    return submit(form, "signin:submit");
  }

  /**
   * Posts the sign-in form as a browser does from a page of this origin (the {@code Origin} header
   * it sends with every post), and follows where it leads.
   */
  Page signInFrom(String origin, String clinic, String username, String password) {
    Form form = get("/signin.xhtml").form("signin");
    form.set("signin:clinic", clinic);
    form.set("signin:username", username);
    form.set("signin:password", password);
    return follow(send(postOf(form, "signin:submit").header("Origin", origin)));
  }

  /** A GET that follows redirects. */
  Page get(String path) {
    return follow(send(HttpRequest.newBuilder(uri(path)).GET()));
  }

  /** Posts a body of form fields to a path as a program would, not following redirects. */
  Page postFields(String path, String body) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    return new Page(response.statusCode(), response.uri(), response.headers(), response.body());
  }

  /** Posts a form as a full page submit pressed with the named button, following redirects. */
  Page submit(Form form, String button) {
    return follow(send(postOf(form, button)));
  }

  /**
   * Posts a form of enctype multipart/form-data as a browser does, with one file, pressed with the
   * named button, following redirects.
   */
  Page submitWithFile(Form form, String button, String fileField, String fileName, byte[] file) {
    form.set(button, "");
    String boundary = "----PortalSessionBoundary" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    form.fields()
        .forEach(
            (name, value) ->
                body.writeBytes(
                    ("--"
                            + boundary
                            + "\r\nContent-Disposition: form-data; name=\""
                            + name
                            + "\"\r\n\r\n"
                            + value
                            + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return follow(
        send(
            HttpRequest.newBuilder(URI.create(base).resolve(form.action()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
  }

  /**
   * A GET of a file, with these headers (name, value, ...), its body as bytes; redirects are not
   * followed.
   */
  HttpResponse<byte[]> download(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Posts a form as PrimeFaces' ajax does for the named component, and follows redirects keeping
   * the ajax header, as the browser's request object does.
   */
  Page ajax(Form form, String source, String render) {
    form.set("jakarta.faces.partial.ajax", "true");
    form.set("jakarta.faces.source", source);
    form.set("jakarta.faces.partial.execute", "@all");
    form.set("jakarta.faces.partial.render", render);
    HttpResponse<String> response = send(postOf(form, source).header(AJAX, "partial/ajax"));
    for (int hop = 0; isRedirect(response); hop++) {
      if (hop == MAX_REDIRECTS) {
        throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects");
      }
      response = send(HttpRequest.newBuilder(next(response)).header(AJAX, "partial/ajax").GET());
    }
    return new Page(response.statusCode(), response.uri(), response.headers(), response.body());
  }

  /**
   * Posts like {@link #ajax}, but holds back the second half of the body until {@code rest}
   * completes: a post that is under way, its server reading it, while something else happens.
   * Redirects are not followed.
   */
  CompletableFuture<Page> ajaxHeldBack(
      Form form, String source, String render, CompletableFuture<?> rest) {
    form.set("jakarta.faces.partial.ajax", "true");
    form.set("jakarta.faces.source", source);
    form.set("jakarta.faces.partial.execute", "@all");
    form.set("jakarta.faces.partial.render", render);
    form.set(source, "");
    byte[] body = encoded(form).getBytes(StandardCharsets.UTF_8);
    int half = body.length / 2;
    SubmissionPublisher<ByteBuffer> parts = new SubmissionPublisher<>();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base).resolve(form.action()))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(AJAX, "partial/ajax")
            .header("Origin", ORIGIN)
            .POST(HttpRequest.BodyPublishers.fromPublisher(parts, body.length));
    onEveryRequest.forEach(request::header);
    CompletableFuture<HttpResponse<String>> answer =
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    CompletableFuture.runAsync(
        () -> {
          while (parts.getNumberOfSubscribers() == 0 && !answer.isDone()) {
            Thread.onSpinWait();
          }
          parts.submit(ByteBuffer.wrap(body, 0, half));
          rest.join();
          parts.submit(ByteBuffer.wrap(body, half, body.length - half));
          parts.close();
        });
    return answer.thenApply(
        response ->
            new Page(response.statusCode(), response.uri(), response.headers(), response.body()));
  }

  /**
   * A call of the patient's JSON API as the app makes it: the API's header, a JSON body for a post,
   * and the given headers besides (each a name and a value; a null value leaves the header out).
   * Redirects are not followed.
   */
  Page api(String method, String path, String json, String... headers) {
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("X-Portal-Api", "1");
    sent.put("Accept", "application/json");
    if (json != null) {
      sent.put("Content-Type", "application/json");
      sent.put("Origin", ORIGIN);
    }
    for (int i = 0; i < headers.length; i += 2) {
      sent.put(headers[i], headers[i + 1]);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    sent.forEach(
        (name, value) -> {
          if (value != null) {
            request.header(name, value);
          }
        });
    HttpResponse<String> response = send(request);
    return new Page(response.statusCode(), response.uri(), response.headers(), response.body());
  }

  /** Every Set-Cookie header the server sent this visitor, oldest first. */
  List<String> cookiesSet() {
    return List.copyOf(cookiesSet);
  }

  /** The session cookie's name and value, as the server set it. */
  String sessionId() {
    return cookie("JSESSIONID");
  }

  /** The value of a cookie this visitor holds, or null when it holds none of that name. */
  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * Sends this session id from now on, as a browser still sends the id of a session the server has
   * ended; every other cookie stays.
   */
  void sendSessionId(String value) {
    CookieStore store = cookies.getCookieStore();
    store.getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .toList()
        .forEach(cookie -> store.remove(null, cookie));
    try {
      cookies.put(
          URI.create(base),
          Map.of(
              "Set-Cookie",
              List.of("JSESSIONID=" + value + "; Path=" + URI.create(base).getRawPath())));
    } catch (IOException unreachable) {
      throw new UncheckedIOException(unreachable);
    }
  }

  private HttpRequest.Builder postOf(Form form, String button) {
    form.set(button, "");
    return HttpRequest.newBuilder(URI.create(base).resolve(form.action()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encoded(form)));
  }

  private static String encoded(Form form) {
    return form.fields().entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
  }

  private Page follow(HttpResponse<String> response) {
    for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
      if (!isRedirect(response)) {
        return new Page(response.statusCode(), response.uri(), response.headers(), response.body());
      }
      response = send(HttpRequest.newBuilder(next(response)).GET());
    }
    throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects");
  }

  private static boolean isRedirect(HttpResponse<?> response) {
    return response.statusCode() >= 300 && response.statusCode() < 400;
  }

  private static URI next(HttpResponse<?> response) {
    return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    onEveryRequest.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      cookiesSet.addAll(response.headers().allValues("Set-Cookie"));
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
