package org.clinicportal.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.clinicportal.homecare.SkipReason;
import org.clinicportal.web.Messages;

/**
 * The words the offline app shows, taken from the bundle the patient's pages use, so that the
 * safety questions and their instruction read exactly as on the journal page. The app keeps them
 * with the plan, so they show without a network; patterns keep their {@code {0}} placeholders.
 */
final class AppWords {

  /** The keys the app reads, besides one per skip reason. */
  static final List<String> KEYS =
      List.of(
          "care.today.round",
          "care.today.done",
          "care.today.skipped",
          "care.today.markDone",
          "care.today.skip",
          "care.today.skipWhy",
          "care.today.toJournal",
          "care.timer.hold",
          "care.timer.rest",
          "care.timer.go",
          "care.timer.done",
          "care.timer.rep",
          "care.timer.set",
          "care.timer.start",
          "care.timer.pause",
          "care.timer.reset",
          "care.journal.new",
          "care.journal.painBefore",
          "care.journal.painAfter",
          "care.journal.painScale",
          "care.journal.effort",
          "care.journal.effortScale",
          "care.journal.note",
          "care.journal.save",
          "care.safety.title",
          "care.safety.lead",
          "care.safety.saddle",
          "care.safety.bladder",
          "care.safety.weakness",
          "care.safety.fever",
          "care.yes",
          "care.no",
          "care.urgent.title",
          "care.urgent.text",
          "care.urgent.therapist",
          "care.urgent.therapistLater",
          "journal.saved",
          "journal.pain",
          "journal.effort",
          "journal.note",
          "journal.safety",
          "app.waitingOne",
          "app.waitingMany",
          "app.roundWaiting",
          "app.entryWaiting",
          "app.refused",
          "app.title",
          "app.allPages",
          "app.noProgram",
          "app.sessionEnded",
          "app.offlineAsOf",
          "app.offlineNoCopy",
          "app.notKept",
          "app.noStorage",
          "care.nav.today",
          "care.today.how");

  private AppWords() {}

  static Map<String, String> in(Locale locale) {
    Map<String, String> words = new LinkedHashMap<>();
    Stream.concat(
            KEYS.stream(),
            Stream.of(SkipReason.values()).map(reason -> "skipReason." + reason.name()))
        .forEach(key -> words.put(key, Messages.text(locale, key)));
    return words;
  }
}
