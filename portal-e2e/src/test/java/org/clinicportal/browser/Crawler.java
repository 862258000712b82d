package org.clinicportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Presses every enabled, visible button, link and command of a signed-in role's pages and collects
 * each press that ends badly: on one of the portal's error pages (they all carry {@code
 * #errorTitle}), with a stack trace on the page, an answer of 500 or more, a script error or
 * refused resource in the browser's console, a Content Security Policy violation, or back on the
 * sign-in page.
 *
 * <p>The crawl starts at the role's pages given to it, opens each tab of a tab view, and follows
 * the portal links it finds and the pages presses land on; a page is crawled once per view (the
 * path without its query), its start pages always. Before each press the page is opened afresh (and
 * its tab), so every press starts from the page as the server shows it; a link is followed aside
 * with the browser's session and its answer checked, and a link to a section of the same page is
 * pressed in place, so neither needs the page again. A component repeated in the rows of a table is
 * pressed in the first row a rule allows, and a link to an address the crawl has already opened (by
 * a link or as a page it crawls) is not followed again: a link asks for its address alone, whatever
 * page it is on. A press that opens a dialog is followed by a press of the dialog's button; a
 * confirmation is answered yes. A press with a named undo (such as Archive and Restore) is followed
 * by the undo in the same row, so the crawl leaves what it changed as it found it. What the crawl
 * must not press is named with a reason and reported.
 */
final class Crawler {

  /** One press that ended badly: where, what was pressed, and what went wrong. */
  record Failure(String page, String pressed, String problem) {
    @Override
    public String toString() {
      return page + " · " + pressed + " → " + problem;
    }
  }

  /**
   * What a crawl did: the views it crawled, the presses, the failures, what it left alone and the
   * time it spent on each page and tab, its presses and their fresh pages included.
   */
  record Report(
      String role,
      Set<String> pages,
      int presses,
      List<Failure> failures,
      Map<String, String> skipped,
      Set<String> pagesNotReached,
      List<String> pressed,
      Map<String, Duration> timeSpent) {

    /** The figures of the crawl in one line, e.g. "therapist: 11 pages, 90 presses, 0 failures". */
    String figures() {
      return role
          + ": "
          + pages.size()
          + " pages, "
          + presses
          + " presses, "
          + failures.size()
          + " failures";
    }

    /** Everything the crawl has to say, for the test's output and its failure message. */
    String details() {
      StringBuilder text = new StringBuilder(figures()).append('\n');
      text.append("  pages: ").append(pages).append('\n');
      pressed.forEach(what -> text.append("  pressed ").append(what).append('\n'));
      timeSpent.forEach(
          (state, spent) ->
              text.append("  time on ")
                  .append(state)
                  .append(": ")
                  .append(String.format(Locale.ROOT, "%.1f s", spent.toMillis() / 1000.0))
                  .append('\n'));
      failures.forEach(failure -> text.append("  FAILED ").append(failure).append('\n'));
      skipped.forEach(
          (what, why) ->
              text.append("  skipped ").append(what).append(": ").append(why).append('\n'));
      if (!pagesNotReached.isEmpty()) {
        text.append("  not reached: ").append(pagesNotReached).append('\n');
      }
      return text.toString();
    }
  }

  /** A button, link or command found on a page, as the discovery script describes it. */
  record Pressable(
      WebElement element,
      String key,
      String label,
      String kind,
      String href,
      String row,
      String rowText,
      boolean inDialog) {

    String describe() {
      String name = label.isBlank() ? key : "“" + label + "”";
      return kind + " " + name;
    }
  }

  private record Rule(Pattern page, Predicate<Pressable> applies, String reason) {}

  /** Pages whose address matches {@code page} are read only unless they show {@code ownMarker}. */
  private record ReadOnly(Pattern page, String ownMarker, String reason) {}

  private record State(String url, String tab) {
    String name() {
      return tab == null ? url : url + " [" + tab + "]";
    }
  }

  private static final Pattern STACK_TRACE =
      Pattern.compile("(\\n\\s*at [\\w$.]+\\(|\\b[a-z]+\\.[\\w.]+(Exception|Error)\\b)");

  private static final Pattern PAGE_LINK = Pattern.compile("^/[\\w/-]+\\.xhtml(\\?.*)?$");

  private static final Pattern IN_PAGE_LINK = Pattern.compile("^#[\\w-]+$");

  private static final Pattern SCRIPT_OR_TAG =
      Pattern.compile("(?s)<(script|style)\\b.*?</\\1>|<[^>]*>");

  private static final HttpClient FETCHING =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  private static final String DISCOVER =
      """
      var found = [];
      var selector = 'button, a[href], input[type=submit], input[type=button], .ui-commandlink';
      document.querySelectorAll(selector).forEach(function (el) {
        if (el.closest('.ui-tabs-nav') || el.closest('.ui-confirm-dialog')) return;
        if (el.closest('.ui-selectonemenu-panel, .ui-datepicker-panel, .ui-overlaypanel')) return;
        if (el.closest('.ui-dialog-titlebar') || el.closest('.ui-messages, .ui-message')) return;
        var box = el.getBoundingClientRect();
        var style = getComputedStyle(el);
        if (el.offsetParent === null || box.width === 0 || box.height === 0) return;
        if (style.visibility === 'hidden' || style.pointerEvents === 'none') return;
        if (el.disabled || el.classList.contains('ui-state-disabled')
            || el.getAttribute('aria-disabled') === 'true') return;
        var holder = el.parentElement ? el.parentElement.closest('[id]') : null;
        var row = el.closest('tr, article');
        var href = el.tagName === 'A' ? (el.getAttribute('href') || '') : '';
        var label = (el.innerText || el.value || el.getAttribute('aria-label')
            || el.getAttribute('title') || '').replace(/\\s+/g, ' ').trim();
        var kind = el.tagName === 'A' && href && href.charAt(0) !== '#'
            && href.indexOf('javascript:') !== 0 ? 'link' : (el.tagName === 'A' ? 'command link' : 'button');
        found.push({
          element: el,
          id: el.id || '',
          holder: holder ? holder.id : '',
          tag: el.tagName.toLowerCase(),
          classes: Array.from(el.classList).filter(function (c) {
            return c.indexOf('portal-') === 0 || c.indexOf('timer-') === 0; }).join('.'),
          label: label,
          kind: kind,
          href: href,
          inRow: row !== null,
          row: row === null ? '' : (row.id || row.innerText.trim().split(/\\s*[\\n\\t]/)[0]),
          rowText: row === null ? '' : row.innerText.replace(/\\s+/g, ' ').trim(),
          inDialog: el.closest('.ui-dialog') !== null
        });
      });
      return found;
      """;

  private static final int MOST_PRESSES_OF_A_STATE = 60;

  /** The title of the page the portal shows when a request failed on the server. */
  static final String GENERAL_ERROR = "Something went wrong";

  private final Browser browser;
  private final String role;
  private final Runnable signIn;
  private final List<String> startPages = new ArrayList<>();
  private final List<Rule> skips = new ArrayList<>();
  private final Map<String, String> undos = new LinkedHashMap<>();
  private final Map<String, Consumer<Browser>> undoReveals = new LinkedHashMap<>();
  private final Set<String> pressedLast = new LinkedHashSet<>();
  private final List<ReadOnly> readOnly = new ArrayList<>();
  private Consumer<Browser> beforeEachPress = page -> {};
  private UnaryOperator<String> linkChange = UnaryOperator.identity();
  private boolean followLinks = true;
  private boolean stopAtFirstFailure;
  private String pagesFolder;
  private Set<String> expectedUnreached = Set.of();

  private final Set<String> crawledViews = new LinkedHashSet<>();
  private final Set<String> checkedStates = new LinkedHashSet<>();
  private final Set<String> openedAddresses = new LinkedHashSet<>();
  private final Map<String, String> skipped = new LinkedHashMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> pressed = new ArrayList<>();
  private final Map<String, Duration> timeSpent = new LinkedHashMap<>();
  private int presses;

  /**
   * A crawler for one role; {@code signIn} signs the browser in as that role, at the start and
   * whenever a press lost the session (which is reported as a failure).
   */
  Crawler(Browser browser, String role, Runnable signIn) {
    this.browser = browser;
    this.role = role;
    this.signIn = signIn;
  }

  /** The pages the crawl starts at, the role's home page first; each one is crawled. */
  Crawler startingAt(String... paths) {
    startPages.addAll(List.of(paths));
    return this;
  }

  /** Presses on pages whose address matches {@code page} and that match {@code which} are left. */
  Crawler skipping(String page, Predicate<Pressable> which, String reason) {
    skips.add(new Rule(Pattern.compile(page), which, reason));
    return this;
  }

  /** Presses labelled exactly {@code label}, on any page, are left alone. */
  Crawler skippingLabel(String label, String reason) {
    return skipping(".*", pressable -> pressable.label().equals(label), reason);
  }

  /**
   * On pages whose address matches {@code page} and whose text does not contain {@code ownMarker},
   * only links are followed; buttons and commands are left, for this reason.
   */
  Crawler readOnlyUnless(String page, String ownMarker, String reason) {
    readOnly.add(new ReadOnly(Pattern.compile(page), ownMarker, reason));
    return this;
  }

  /** After a press labelled {@code done}, the crawl presses {@code undo} to put it back. */
  Crawler undoing(String done, String undo) {
    return undoing(done, undo, page -> {});
  }

  /**
   * After a press labelled {@code done}, the crawl does {@code reveal} on the page and then presses
   * {@code undo}: for an undo the page shows only on asking, as hidden exercises are.
   */
  Crawler undoing(String done, String undo, Consumer<Browser> reveal) {
    undos.put(done, undo);
    undoReveals.put(done, reveal);
    return this;
  }

  /** Presses with these labels come after every other press of their page: they end its state. */
  Crawler pressingLast(String... labels) {
    pressedLast.addAll(List.of(labels));
    return this;
  }

  /** Something done to the page after it is opened and before each press. */
  Crawler beforeEachPress(Consumer<Browser> change) {
    beforeEachPress = change;
    return this;
  }

  /**
   * Changes each link's address before the crawl follows it: for a crawl that is to show a link
   * ending badly is reported.
   */
  Crawler changingLinks(UnaryOperator<String> change) {
    linkChange = change;
    return this;
  }

  /** Crawls the start pages alone. */
  Crawler notFollowingLinks() {
    followLinks = false;
    return this;
  }

  /** Ends the crawl at its first failure: for a crawl that is to show a failure is reported. */
  Crawler stoppingAtFirstFailure() {
    stopAtFirstFailure = true;
    return this;
  }

  private boolean stopped() {
    return stopAtFirstFailure && !failures.isEmpty();
  }

  /**
   * The role's pages are the .xhtml files in this folder of the web module; those the crawl did not
   * reach, apart from {@code unreachable}, are reported.
   */
  Crawler coveringPagesIn(String folder, String... unreachable) {
    pagesFolder = folder;
    expectedUnreached = Set.of(unreachable);
    return this;
  }

  Report crawl() {
    signIn.run();
    drainLogs();
    Deque<String> queue = new ArrayDeque<>(startPages);
    Set<String> queuedViews = new LinkedHashSet<>();
    startPages.forEach(page -> queuedViews.add(view(page)));
    while (!queue.isEmpty() && !stopped()) {
      String page = queue.removeFirst();
      crawledViews.add(view(page));
      for (String link : crawlPage(page)) {
        if (followLinks && queuedViews.add(view(link))) {
          queue.addLast(link);
        }
      }
    }
    Set<String> notReached = new TreeSet<>(rolePages());
    notReached.removeAll(crawledViews);
    notReached.removeAll(expectedUnreached);
    return new Report(
        role,
        crawledViews,
        presses,
        List.copyOf(failures),
        skipped,
        notReached,
        List.copyOf(pressed),
        Collections.unmodifiableMap(new LinkedHashMap<>(timeSpent)));
  }

  /**
   * Presses the portal's sign-out button on the home page and checks it lands on the sign-in page:
   * pressed once, at the end, because it ends the session the crawl runs in.
   */
  Report signOut(Report report) {
    open(new State(startPages.get(0), null));
    Optional<Pressable> signOut =
        discover().stream().filter(p -> p.key().contains("signOut")).findFirst();
    if (signOut.isEmpty()) {
      failures.add(new Failure(startPages.get(0), "Sign out", "no sign-out button"));
    } else {
      press(new State(startPages.get(0), null), signOut.get());
      if (!browser.path().startsWith("/signin.xhtml")) {
        failures.add(new Failure(startPages.get(0), "Sign out", "ended on " + browser.path()));
      }
    }
    return new Report(
        role,
        report.pages(),
        presses,
        List.copyOf(failures),
        report.skipped(),
        report.pagesNotReached(),
        List.copyOf(pressed),
        report.timeSpent());
  }

  /** Crawls one page and its tabs; the portal pages it links to or whose presses land on. */
  private Set<String> crawlPage(String page) {
    Set<String> found = new LinkedHashSet<>();
    long started = System.nanoTime();
    State plain = new State(page, null);
    if (!open(plain)) {
      return found;
    }
    List<State> states = new ArrayList<>();
    states.add(plain);
    for (String tab : tabTitles()) {
      states.add(new State(page, tab));
    }
    Set<String> done = new LinkedHashSet<>();
    for (State state : states) {
      if (stopped()) {
        break;
      }
      found.addAll(crawlState(state, done));
      long now = System.nanoTime();
      timeSpent.merge(state.name(), Duration.ofNanos(now - started), Duration::plus);
      started = now;
    }
    return found;
  }

  private List<String> tabTitles() {
    List<String> titles = new ArrayList<>();
    for (WebElement tab : browser.driver().findElements(By.cssSelector(".ui-tabs-nav li"))) {
      if (!tab.getAttribute("class").contains("ui-tabs-selected")) {
        titles.add(tab.getText().trim());
      }
    }
    return titles;
  }

  /** Crawls one state of a page; {@code done} holds what was pressed in the page's other tabs. */
  private Set<String> crawlState(State state, Set<String> done) {
    Set<String> found = new LinkedHashSet<>();
    int pressesBefore = presses;
    if (state.tab() != null) {
      if (!open(state)) {
        return found;
      }
      presses++;
      pressed.add(state.name() + " · tab");
    }
    checkAccessibility(state);
    while (true) {
      List<Pressable> candidates = discover();
      found.addAll(links(candidates));
      Optional<Pressable> next = nextPress(state, candidates, done);
      if (next.isEmpty() || stopped()) {
        return found;
      }
      Pressable pressable = next.get();
      done.add(pressable.key());
      beforeEachPress.accept(browser);
      drainLogs();
      Optional<String> landed = press(state, pressable);
      landed.ifPresent(found::add);
      String undo = undos.get(pressable.label());
      if (undo != null) {
        done.add(undoKeyPressed(state, pressable, undo));
      }
      if (pressedLast.contains(pressable.label()) && endedBy(state)) {
        return found;
      }
      if (presses - pressesBefore > MOST_PRESSES_OF_A_STATE) {
        failures.add(
            new Failure(state.name(), "every press", "more than 60 presses: not settling"));
        return found;
      }
      if (!leavesPageAsItWas(pressable) && !open(state)) {
        return found;
      }
    }
  }

  /**
   * A press after which the page is still as the server showed it, so the next press needs no fresh
   * page: a link the crawl fetches aside with the browser's session, or one to a place on the page
   * itself.
   */
  private boolean leavesPageAsItWas(Pressable pressable) {
    return pressable.kind().equals("link") || isInPageLink(pressable);
  }

  /** A link to a file rather than a page. */
  private boolean isDownload(Pressable pressable) {
    return pressable.kind().equals("link")
        && !PAGE_LINK.matcher(portalPath(pressable.href())).find();
  }

  /** A link to a section of the page it is on ({@code href="#motion"}), which sends nothing. */
  private static boolean isInPageLink(Pressable pressable) {
    return IN_PAGE_LINK.matcher(pressable.href()).matches();
  }

  /** A link to one of the portal's pages. */
  private boolean isPageLink(Pressable pressable) {
    return pressable.kind().equals("link")
        && isPortal(pressable.href())
        && PAGE_LINK.matcher(portalPath(pressable.href())).find();
  }

  /**
   * Runs axe-core on a state the first time the crawl opens it, and reports each serious or
   * critical violation as a failure of the page.
   */
  private void checkAccessibility(State state) {
    if (!checkedStates.add(state.name())) {
      return;
    }
    for (String violation : Accessibility.seriousViolations(browser)) {
      failures.add(new Failure(state.name(), "accessibility", violation));
    }
  }

  /**
   * Whether a press that ends its page's subject (signing or discarding a draft) did so: the page
   * then opens on an error page, which is the answer to a draft that is no longer there.
   */
  private boolean endedBy(State state) {
    browser.open(state.url());
    settle();
    drainLogs();
    List<WebElement> title = browser.driver().findElements(By.id("errorTitle"));
    if (title.isEmpty()) {
      return false;
    }
    if (title.get(0).getText().equals(GENERAL_ERROR)) {
      failures.add(new Failure(state.name(), "opening the page again", "error page"));
    }
    return true;
  }

  /**
   * The next press of this state: the first allowed one not pressed yet, "last" ones at the end.
   */
  private Optional<Pressable> nextPress(State state, List<Pressable> candidates, Set<String> done) {
    Optional<String> readOnlyReason = readOnlyReason(state);
    List<Pressable> allowed = new ArrayList<>();
    for (Pressable candidate : candidates) {
      if (done.contains(candidate.key()) || candidate.key().contains("signOut")) {
        continue;
      }
      if (isPageLink(candidate) && openedAddresses.contains(portalPath(candidate.href()))) {
        continue;
      }
      Optional<String> reason = skipReason(state, candidate, readOnlyReason);
      if (reason.isPresent()) {
        skipped.putIfAbsent(view(state.url()) + " · " + candidate.describe(), reason.get());
        continue;
      }
      allowed.add(candidate);
    }
    return Stream.concat(
            allowed.stream().filter(p -> !pressedLast.contains(p.label())),
            allowed.stream().filter(p -> pressedLast.contains(p.label())))
        .findFirst();
  }

  /** Why the page the browser shows may only be looked at, if it may: its source read once. */
  private Optional<String> readOnlyReason(State state) {
    String source = null;
    for (ReadOnly rule : readOnly) {
      if (!rule.page().matcher(state.url()).find()) {
        continue;
      }
      if (rule.ownMarker() != null && source == null) {
        source = browser.pageSource();
      }
      if (rule.ownMarker() == null || !source.contains(rule.ownMarker())) {
        return Optional.of(rule.reason());
      }
    }
    return Optional.empty();
  }

  private Optional<String> skipReason(
      State state, Pressable pressable, Optional<String> readOnlyReason) {
    String page = state.url();
    for (Rule rule : skips) {
      if (rule.page().matcher(page).find() && rule.applies().test(pressable)) {
        return Optional.of(rule.reason());
      }
    }
    if (pressable.kind().equals("link") && !isPortal(pressable.href())) {
      return Optional.of("leaves the portal");
    }
    if (!pressable.kind().equals("link") && !pressable.key().contains("paginator")) {
      return readOnlyReason;
    }
    return Optional.empty();
  }

  /**
   * Presses one thing and checks where it ended; the page it landed on when that is another portal
   * page.
   */
  private Optional<String> press(State state, Pressable pressable) {
    presses++;
    String pressed = pressable.describe();
    this.pressed.add(state.name() + " · " + pressed);
    if (pressable.kind().equals("link")) {
      return fetch(state, pressable);
    }
    if (isInPageLink(pressable)) {
      pressInPage(state, pressable);
      return Optional.empty();
    }
    String before = browser.path();
    try {
      click(pressable.element());
      settle();
      answerConfirmation();
      boolean fine =
          pressable.inDialog() || !pressDialogButton(state, pressed)
              ? check(state.name(), pressed)
              : browser.driver().findElements(By.id("errorTitle")).isEmpty();
      if (!fine) {
        return Optional.empty();
      }
    } catch (WebDriverException e) {
      failures.add(new Failure(state.name(), pressed, "could not press: " + firstLine(e)));
      return Optional.empty();
    }
    String after = browser.path();
    if (isPageLink(pressable)) {
      openedAddresses.add(portalPath(pressable.href()));
    }
    return after.equals(before) || !PAGE_LINK.matcher(after).find()
        ? Optional.empty()
        : Optional.of(after);
  }

  /** A dialog the press opened is answered with its own button, as a person would go on. */
  private boolean pressDialogButton(State state, String opener) {
    Optional<Pressable> button = discover().stream().filter(Pressable::inDialog).findFirst();
    if (button.isEmpty()) {
      return false;
    }
    check(state.name(), opener);
    drainLogs();
    presses++;
    pressed.add(state.name() + " · " + opener + " then " + button.get().describe());
    click(button.get().element());
    settle();
    check(state.name(), opener + " then " + button.get().describe());
    return true;
  }

  /** Presses the undo of a press in the same row (or anywhere on the page); the undo's key. */
  private String undoKeyPressed(State state, Pressable done, String undoLabel) {
    if (!open(state)) {
      return undoLabel;
    }
    undoReveals.get(done.label()).accept(browser);
    settle();
    Optional<Pressable> undo =
        discover().stream()
            .filter(p -> p.label().equals(undoLabel))
            .filter(p -> done.row().isEmpty() || p.row().equals(done.row()))
            .findFirst();
    if (undo.isEmpty()) {
      failures.add(
          new Failure(state.name(), done.describe(), "no “" + undoLabel + "” to put it back"));
      return undoLabel;
    }
    drainLogs();
    press(state, undo.get());
    return undo.get().key();
  }

  private void answerConfirmation() {
    List<WebElement> yes =
        browser.driver().findElements(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    if (!yes.isEmpty() && yes.get(0).isDisplayed()) {
      settle();
      yes.get(0).click();
      settle();
    }
  }

  /**
   * Follows a link aside, with the browser's session: the answer must come without an error, the
   * portal's error page or a stack trace, and not on the sign-in page. A link to a page gives the
   * page it ends on, redirects followed. The linked view itself is crawled in the browser from its
   * first address found, where its scripts and policy are checked too; every other address of the
   * view is asked for here alone.
   */
  private Optional<String> fetch(State state, Pressable pressable) {
    String url = absolute(linkChange.apply(pressable.href()));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", "JSESSIONID=" + browser.sessionId())
            .timeout(Duration.ofSeconds(30))
            .build();
    HttpResponse<String> response;
    try {
      response = FETCHING.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      failures.add(new Failure(state.name(), pressable.describe(), "no answer: " + e));
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String landed = portalPath(response.uri().toString());
    String body = response.body();
    String text = SCRIPT_OR_TAG.matcher(body).replaceAll(" ");
    java.util.regex.Matcher trace = STACK_TRACE.matcher(text);
    String problem =
        response.statusCode() >= 400
            ? "answered " + response.statusCode() + " " + url
            : body.contains("id=\"errorTitle\"")
                ? "error page at " + landed
                : trace.find()
                    ? "stack trace on the page: " + trace.group().trim()
                    : landed.startsWith("/signin.xhtml") ? "signed out, on " + landed : null;
    if (problem != null) {
      failures.add(new Failure(state.name(), pressable.describe(), problem));
      return Optional.empty();
    }
    if (isDownload(pressable)) {
      return Optional.empty();
    }
    openedAddresses.add(portalPath(pressable.href()));
    return PAGE_LINK.matcher(landed).find() ? Optional.of(landed) : Optional.empty();
  }

  /**
   * Presses a link to a section of the same page: the section must be there, and the press must
   * leave no error behind.
   */
  private void pressInPage(State state, Pressable pressable) {
    String section = pressable.href().substring(1);
    if (browser.driver().findElements(By.id(section)).isEmpty()) {
      failures.add(
          new Failure(
              state.name(), pressable.describe(), "no section “" + section + "” on the page"));
      return;
    }
    try {
      click(pressable.element());
      settle();
      check(state.name(), pressable.describe());
    } catch (WebDriverException e) {
      failures.add(
          new Failure(state.name(), pressable.describe(), "could not press: " + firstLine(e)));
    }
  }

  /** Opens a state afresh and checks the page; false when the page itself is broken. */
  private boolean open(State state) {
    drainLogs();
    browser.open(state.url());
    settle();
    if (browser.path().startsWith("/signin.xhtml")) {
      signIn.run();
      browser.open(state.url());
      settle();
    }
    if (state.tab() == null) {
      openedAddresses.add(state.url());
    } else {
      try {
        browser.openTab(state.tab());
        settle();
      } catch (WebDriverException e) {
        failures.add(
            new Failure(state.name(), "tab " + state.tab(), "did not open: " + firstLine(e)));
        return false;
      }
    }
    return check(state.name(), "opening the page");
  }

  /** Checks the page the browser shows now; false and a failure recorded when it went wrong. */
  private boolean check(String page, String pressed) {
    List<String> problems = new ArrayList<>();
    List<WebElement> errorTitle = browser.driver().findElements(By.id("errorTitle"));
    if (!errorTitle.isEmpty()) {
      problems.add("error page “" + errorTitle.get(0).getText() + "” at " + browser.path());
    }
    String text = bodyText();
    java.util.regex.Matcher trace = STACK_TRACE.matcher(text);
    if (trace.find()) {
      problems.add("stack trace on the page: " + trace.group().trim());
    }
    if (browser.path().startsWith("/signin.xhtml") && !pressed.contains("Sign out")) {
      problems.add("signed out, on " + browser.path());
    }
    problems.addAll(browser.serverErrors().stream().map(e -> "server answered " + e).toList());
    for (String line : browser.console()) {
      if (line.contains("Content Security Policy")) {
        problems.add("Content Security Policy: " + line);
      } else if (line.startsWith("SEVERE") && !line.contains("favicon.ico")) {
        problems.add("browser console: " + line);
      }
    }
    problems.forEach(problem -> failures.add(new Failure(page, pressed, problem)));
    return problems.isEmpty();
  }

  /** The page's rendered text, as the browser lays it out (hidden elements left out). */
  private String bodyText() {
    try {
      Object text =
          ((JavascriptExecutor) browser.driver())
              .executeScript("return document.body ? document.body.innerText : '';");
      return text == null ? "" : text.toString();
    } catch (WebDriverException e) {
      return "";
    }
  }

  @SuppressWarnings("unchecked")
  private List<Pressable> discover() {
    List<Map<String, Object>> found =
        (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeScript(DISCOVER);
    List<Pressable> pressables = new ArrayList<>();
    for (Map<String, Object> item : found) {
      String id = (String) item.get("id");
      String label = (String) item.get("label");
      String href = (String) item.get("href");
      boolean inRow = Boolean.TRUE.equals(item.get("inRow"));
      String key =
          id.isEmpty()
              ? item.get("tag")
                  + "|"
                  + normalised((String) item.get("holder"))
                  + "|"
                  + item.get("classes")
                  + "|"
                  + (href.isEmpty() ? "" : normalised(portalPath(href).replaceAll("\\?.*", "")))
                  + "|"
                  + (inRow || !href.isEmpty() && href.charAt(0) != '#' ? "" : label)
              : normalised(id) + (id.contains("j_id") ? "|" + label : "");
      pressables.add(
          new Pressable(
              (WebElement) item.get("element"),
              key,
              label,
              (String) item.get("kind"),
              href,
              (String) item.get("row"),
              (String) item.get("rowText"),
              Boolean.TRUE.equals(item.get("inDialog"))));
    }
    return pressables;
  }

  /**
   * Row numbers and generated numbers are left out, so a component has one key in every row; a
   * generated id keeps its label beside it, as two buttons of one row differ only in their numbers.
   */
  private static String normalised(String id) {
    return id.replaceAll("\\d+", "#");
  }

  private Set<String> links(List<Pressable> pressables) {
    Set<String> links = new LinkedHashSet<>();
    for (Pressable pressable : pressables) {
      if (isPageLink(pressable)) {
        links.add(portalPath(pressable.href()));
      }
    }
    return links;
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException e) {
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
    }
  }

  /** Waits until the page has loaded and no Ajax request is under way. */
  private void settle() {
    try {
      browser.settle();
    } catch (WebDriverException e) {
      failures.add(new Failure(browser.path(), "waiting", "the page did not settle"));
    }
  }

  private void drainLogs() {
    browser.console();
    browser.serverErrors();
  }

  private boolean isPortal(String href) {
    return href.startsWith("/") && !href.startsWith("//") || href.startsWith(browser.baseUrl());
  }

  /** An address as a path inside the portal: "/patient/journal.xhtml?x=1". */
  private String portalPath(String href) {
    String context = URI.create(browser.baseUrl()).getPath();
    String path =
        href.startsWith(browser.baseUrl()) ? href.substring(browser.baseUrl().length()) : href;
    path = path.startsWith(context + "/") ? path.substring(context.length()) : path;
    return path.replaceAll(";jsessionid=[^?#]*", "").replaceAll("#.*", "");
  }

  private String absolute(String href) {
    if (href.startsWith("http")) {
      return href;
    }
    URI base = URI.create(browser.baseUrl());
    return base.getScheme() + "://" + base.getAuthority() + href;
  }

  private static String view(String page) {
    return page.replaceAll("\\?.*", "");
  }

  /** The role's pages, as the web module's .xhtml files under the folder given. */
  private Set<String> rolePages() {
    if (pagesFolder == null) {
      return Set.of();
    }
    Path webapp = webapp();
    try (Stream<Path> files = Files.walk(webapp.resolve(pagesFolder.substring(1)))) {
      Set<String> pages = new TreeSet<>();
      files
          .filter(file -> file.toString().endsWith(".xhtml"))
          .forEach(file -> pages.add("/" + webapp.relativize(file).toString().replace('\\', '/')));
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path webapp() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path webapp = dir.resolve("portal-web/src/main/webapp");
      if (Files.isDirectory(webapp)) {
        return webapp;
      }
    }
    throw new IllegalStateException("portal-web/src/main/webapp is not above " + Path.of(""));
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
