package org.clinicportal.http;

import java.util.concurrent.CompletableFuture;

/**
 * A patient's journal entry as the HTTP tests post it from the journal page: pain before and after,
 * effort, a note of the test's own and no to every safety question.
 */
final class JournalEntries {

  /** What the journal says when the entry is saved. */
  static final String SAVED = "Your entry is saved.";

  private static final String RENDERED = "journal:entryPanel journal:messages journal:entries";

  private JournalEntries() {}

  /** Posts an entry with this note from the journal page, as its save button does. */
  static PortalSession.Page save(PortalSession patient, PortalSession.Page journal, String note) {
    return patient.ajax(entry(journal, note), "journal:save", RENDERED);
  }

  /**
   * Posts an entry with this note, the second half of its body only once {@code rest} completes: an
   * entry under way while something happens to its server.
   */
  static CompletableFuture<PortalSession.Page> saveHeldBack(
      PortalSession patient, PortalSession.Page journal, String note, CompletableFuture<?> rest) {
    return patient.ajaxHeldBack(entry(journal, note), "journal:save", RENDERED, rest);
  }

  private static Form entry(PortalSession.Page journal, String note) {
    return journal
        .form("journal")
        .set("journal:painBefore", "3")
        .set("journal:painAfter", "2")
        .set("journal:effort", "4")
        .set("journal:note", note)
        .set("journal:saddle", "false")
        .set("journal:bladder", "false")
        .set("journal:weakness", "false")
        .set("journal:fever", "false");
  }
}
