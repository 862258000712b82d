package org.clinicportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium pointed at the portal the end-to-end set-up deployed. */
final class Browser implements AutoCloseable {

  static final String PASSWORD = "Hamstring!Kettle-48";

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path profile;

  Browser(int width, int height) {
    this(width, height, false);
  }

  /**
   * A browser of this window size; with {@code recordResponses} it also keeps the status of every
   * answer the server gives, for {@link #serverErrors()}.
   */
  Browser(int width, int height, boolean recordResponses) {
    this(
        width,
        height,
        recordResponses,
        System.getProperty("portal.e2e.baseUrl", "http://localhost:28080/portal"));
  }

  /** A browser that reaches the portal at another address, such as through a {@link Network}. */
  Browser(int width, int height, boolean recordResponses, String baseUrl) {
    this(width, height, recordResponses, baseUrl, 100);
  }

  /**
   * A browser whose text is set larger in its settings, as a person who sees poorly sets it: {@code
   * percent} of the usual 16 pixels.
   */
  static Browser withTextSize(int width, int height, int percent) {
    return new Browser(
        width,
        height,
        false,
        System.getProperty("portal.e2e.baseUrl", "http://localhost:28080/portal"),
        percent);
  }

  private Browser(int width, int height, boolean recordResponses, String baseUrl, int textPercent) {
    this.baseUrl = baseUrl;
    try {
      profile = Files.createTempDirectory("portal-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("portal.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    if (recordResponses) {
      logs.enable(LogType.PERFORMANCE, Level.ALL);
    }
    options.setCapability("goog:loggingPrefs", logs);
    if (textPercent != 100) {
      options.setExperimentalOption(
          "prefs", java.util.Map.of("webkit.webprefs.default_font_size", 16 * textPercent / 100));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    driver = new ChromeDriver(service, options);
  }

  Browser() {
    this(1280, 900);
  }

  /**
   * What the pages' Content Security Policy refused since the last call: a script, a style or a
   * picture the portal itself asked for and the browser did not allow.
   */
  List<String> contentSecurityViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /**
   * Runs a script that ends by calling its last argument with a result (a promise's outcome, say),
   * and returns that result.
   */
  Object asyncScript(String script) {
    return driver.executeAsyncScript(script);
  }

  /** Sends a command of the DevTools protocol to the page, and returns its answer. */
  java.util.Map<String, Object> devTools(String command, java.util.Map<String, Object> parameters) {
    return driver.executeCdpCommand(command, parameters);
  }

  /**
   * Everything the pages wrote to the browser's console since the last call, as "LEVEL message":
   * script errors, refused resources and Content Security Policy violations among them.
   */
  List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(entry -> entry.getLevel() + " " + entry.getMessage())
        .toList();
  }

  /**
   * The answers with a status of 500 or more the server gave since the last call, as "status url";
   * recorded only by a browser made with {@code recordResponses}.
   */
  List<String> serverErrors() {
    List<String> errors = new java.util.ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      String message = entry.getMessage();
      int response = message.indexOf("\"response\":{");
      if (!message.contains("\"Network.responseReceived\"") || response < 0) {
        continue;
      }
      java.util.regex.Matcher status = STATUS.matcher(message).region(response, message.length());
      java.util.regex.Matcher url = URL.matcher(message).region(response, message.length());
      if (status.find() && Integer.parseInt(status.group(1)) >= 500) {
        errors.add(status.group(1) + " " + (url.find() ? url.group(1) : "?"));
      }
    }
    return errors;
  }

  private static final java.util.regex.Pattern STATUS =
      java.util.regex.Pattern.compile("\"status\":(\\d{3})\\b");
  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("\"url\":\"([^\"]*)\"");

  String baseUrl() {
    return baseUrl;
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Starts afresh: no session, on the sign-in page. The portal's cookies can be deleted only from
   * one of its pages, so a browser elsewhere (a new one) opens one first.
   */
  void signOutEverywhere() {
    if (!driver.getCurrentUrl().startsWith(baseUrl)) {
      open("/signin.xhtml");
    }
    driver.manage().deleteAllCookies();
    open("/signin.xhtml");
  }

  void signIn(String clinic, String username, String password) {
    signOutEverywhere();
    type(By.id("signin:clinic"), clinic);
    type(By.id("signin:username"), username);
    type(By.id("signin:password"), password);
    String before = driver.getCurrentUrl();
    driver.findElement(By.id("signin:submit")).click();
    waitUntil(
        d ->
            !before.equals(d.getCurrentUrl())
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
  }

  /**
   * On the password page after signing in with a one-time password: replaces it with a chosen one.
   */
  void chooseOwnPassword(String oneTime, String chosen) {
    type(By.id("password:current"), oneTime);
    type(By.id("password:chosen"), chosen);
    type(By.id("password:repeated"), chosen);
    click(By.id("password:save"));
  }

  /** Registers a patient through the form and returns the id the chart opened with. */
  long registerPatient(String first, String last, String born) {
    open("/therapist/patients/index.xhtml");
    click(By.id("newPatient"));
    waitFor(By.id("edit:firstName"));
    type(By.id("edit:firstName"), first);
    type(By.id("edit:lastName"), last);
    typeDate("edit:dateOfBirth", born);
    choose("edit:sex", "Female");
    click(By.id("edit:save"));
    waitUntil(d -> d.getCurrentUrl().contains("chart.xhtml?id="));
    String path = path();
    return Long.parseLong(path.substring(path.indexOf("id=") + 3));
  }

  /** A patient the signed-in therapist registered, with portal access and a program assigned. */
  record PatientWithProgram(long id, String username, String oneTimePassword) {}

  /**
   * Registers a patient as the signed-in therapist, opens their portal access under their last name
   * and assigns the program the portal suggests.
   */
  PatientWithProgram registerPatientWithProgram(String first, String last, String born) {
    long patient = registerPatient(first, last, born);
    String username = last.toLowerCase(java.util.Locale.ROOT);
    type(By.id("chart:tabs:username"), username);
    click(By.id("chart:tabs:openAccess"));
    waitFor(By.id("issuedPassword"));
    String oneTime = text(By.id("issuedPassword"));
    openTab("Home program");
    click(By.id("chart:tabs:suggestProgram"));
    waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/edit.xhtml"));
    click(By.id("program:assign"));
    waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/view.xhtml"));
    return new PatientWithProgram(patient, username, oneTime);
  }

  /**
   * Chooses the option of a PrimeFaces radio group that shows this label, and waits until it is.
   */
  void press(String groupId, String label) {
    WebElement option =
        driver.findElement(
            By.xpath("//*[@id='" + groupId + "']//label[normalize-space(.)='" + label + "']"));
    By input = By.id(option.getAttribute("for"));
    option.click();
    waitUntil(d -> d.findElement(input).isSelected());
  }

  /** Ticks a PrimeFaces check box, unless it is ticked already. */
  void tick(String checkboxId) {
    By box = By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box");
    if (!driver.findElement(box).getAttribute("class").contains("ui-state-active")) {
      driver.findElement(box).click();
    }
    waitUntil(d -> d.findElement(box).getAttribute("class").contains("ui-state-active"));
  }

  void untick(String checkboxId) {
    By box = By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box");
    if (driver.findElement(box).getAttribute("class").contains("ui-state-active")) {
      driver.findElement(box).click();
    }
    waitUntil(d -> !d.findElement(box).getAttribute("class").contains("ui-state-active"));
  }

  /** Chooses the radio button of a PrimeFaces radio group whose label reads this. */
  void chooseRadio(String groupId, String label) {
    driver
        .findElement(
            By.xpath("//*[@id='" + groupId + "']//label[normalize-space(.)='" + label + "']"))
        .click();
  }

  /** Confirms the PrimeFaces confirmation dialog that is open. */
  void confirm() {
    By yes = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");
    waitUntil(d -> d.findElement(yes).isDisplayed());
    settle();
    driver.findElement(yes).click();
  }

  /**
   * Types into a field, replacing what it holds. A field that an ajax answer renders anew between
   * finding and typing is found again, as a person's next keystroke would land in the new one.
   */
  void type(By field, String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
        return;
      } catch (StaleElementReferenceException renderedAnew) {
        if (attempt == 3) {
          throw renderedAnew;
        }
      }
    }
  }

  /**
   * Picks an option of a PrimeFaces select menu the way a person does: open it, let its opening
   * transition finish, click the label. The menu's own select element, which the form submits, must
   * then hold the choice; a click that the widget's transition swallowed is made again.
   */
  void choose(String menuId, String label) {
    By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    for (int attempt = 0; attempt < 3; attempt++) {
      driver.findElement(By.id(menuId)).click();
      waitUntil(d -> d.findElement(option).isDisplayed());
      settle();
      driver.findElement(option).click();
      settle();
      if (label.equals(selectedLabel(menuId))) {
        return;
      }
    }
    throw new AssertionError(
        "The menu " + menuId + " did not take " + label + "; it holds " + selectedLabel(menuId));
  }

  private String selectedLabel(String menuId) {
    Object text =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var s = document.getElementById(arguments[0]);"
                    + " return s.selectedIndex < 0 ? '' : s.options[s.selectedIndex].text;",
                menuId + "_input");
    return text == null ? "" : text.toString().trim();
  }

  /**
   * Types into a date picker's text field, then clicks the page's heading to close its calendar.
   */
  void typeDate(String pickerId, String isoDate) {
    WebElement input = driver.findElement(By.id(pickerId + "_input"));
    input.clear();
    input.sendKeys(isoDate);
    driver.findElement(By.tagName("h1")).click();
    settle();
  }

  /**
   * What a page at rest answers: loaded, no ajax request queued or under way, and no overlay, menu
   * or dialog in the middle of opening or closing.
   */
  static final String AT_REST =
      "return document.readyState === 'complete'"
          + " && (typeof PrimeFaces === 'undefined'"
          + " || (PrimeFaces.ajax.Queue.isEmpty() && !PrimeFaces.animationActive))"
          + " && (typeof jQuery === 'undefined'"
          + " || (jQuery.active === 0 && jQuery(':animated').length === 0));";

  /**
   * Waits until the page is at rest: clicks and keys sent while an overlay opens or closes can be
   * lost.
   */
  void settle() {
    waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AT_REST)));
  }

  /**
   * Clicks an element; one that an ajax answer renders anew between finding and clicking is found
   * again, as a person's click would land on the new one.
   */
  void click(By element) {
    for (int attempt = 1; ; attempt++) {
      try {
        driver.findElement(element).click();
        return;
      } catch (StaleElementReferenceException renderedAnew) {
        if (attempt == 3) {
          throw renderedAnew;
        }
      }
    }
  }

  /**
   * Opens a tab of a PrimeFaces tab view by its title and waits until the server's answer fills it:
   * the chart loads each tab's content when it is opened.
   */
  void openTab(String title) {
    WebElement link = driver.findElement(By.linkText(title));
    String panel = link.getAttribute("aria-controls");
    link.click();
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var panel = document.getElementById(arguments[0]);"
                            + "return PrimeFaces.ajax.Queue.isEmpty() && panel !== null"
                            + " && panel.offsetParent !== null && panel.childElementCount > 0;",
                        panel)));
  }

  String text(By element) {
    return driver.findElement(element).getText().trim();
  }

  boolean isPresent(By element) {
    return !driver.findElements(element).isEmpty();
  }

  /** Waits until the page shows pictures from this address and every one of them has loaded. */
  void waitForPictures(String address) {
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var address = arguments[0];"
                            + "var shown = Array.from(document.querySelectorAll('img'))"
                            + ".filter(function (i) { return i.src.indexOf(address) >= 0; });"
                            + "return shown.length > 0 && shown.every("
                            + "function (i) { return i.complete && i.naturalWidth > 0; });",
                        address)));
  }

  String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
  }

  /**
   * Fetches a file the page links to, the way the browser would download it: with the browser's
   * session.
   */
  byte[] download(String href) {
    String url = href.startsWith("http") ? href : baseUrl.replaceAll("/portal$", "") + href;
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
            .header("Cookie", "JSESSIONID=" + sessionId())
            .build();
    try {
      java.net.http.HttpResponse<byte[]> response =
          java.net.http.HttpClient.newHttpClient()
              .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError(url + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String sessionId() {
    Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  String pageSource() {
    return driver.getPageSource();
  }

  WebDriver driver() {
    return driver;
  }

  void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    patiently().ignoring(StaleElementReferenceException.class).until(condition::apply);
  }

  void waitFor(By element) {
    patiently().until(ExpectedConditions.presenceOfElementLocated(element));
  }

  /**
   * A wait of up to 15 s that looks again every 50 ms. Selenium's usual half-second poll would
   * sleep at least that long after every ajax click, since the first look comes before the answer.
   */
  private WebDriverWait patiently() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.pollingEvery(Duration.ofMillis(50));
    return wait;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
