package org.clinicportal.exchange;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search of the FHIR API, with its parameters read already: the kind of resource, and the
 * resource id, patient, codes, time span and statuses asked for (each empty when not asked),
 * whether a care plan's requests are to come along, and which page.
 *
 * @param codes codes as {@code system|code}, or a bare code for any system
 * @param from the earliest moment of the span, inclusive
 * @param before the end of the span, exclusive
 * @param offset how many matches to skip
 * @param count how many to answer at most; more than {@link #MAX_COUNT} is taken as that
 */
public record ResourceSearch(
    String resourceType,
    Optional<String> id,
    Optional<Long> patientId,
    Set<String> codes,
    Optional<Instant> from,
    Optional<Instant> before,
    Set<String> statuses,
    boolean includeRequests,
    int offset,
    int count) {

  /** The most resources a page holds. */
  public static final int MAX_COUNT = 100;

  /** The resources a page holds when the client does not say. */
  public static final int DEFAULT_COUNT = 20;

  public ResourceSearch {
    Objects.requireNonNull(resourceType);
    codes = Set.copyOf(codes);
    statuses = Set.copyOf(statuses);
    offset = Math.max(0, offset);
    count = Math.min(MAX_COUNT, Math.max(0, count));
  }

  /** A search of a kind of resource by id and patient, each optional, at that page. */
  public static ResourceSearch of(
      String resourceType, Optional<String> id, Optional<Long> patientId, int offset, int count) {
    return new ResourceSearch(
        resourceType,
        id,
        patientId,
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        false,
        offset,
        count);
  }

  /** A search for every resource of a kind, first page. */
  public static ResourceSearch of(String resourceType) {
    return of(resourceType, Optional.empty(), Optional.empty(), 0, DEFAULT_COUNT);
  }

  /** The same search, of these codes only. */
  public ResourceSearch withCodes(Set<String> wanted) {
    return new ResourceSearch(
        resourceType,
        id,
        patientId,
        wanted,
        from,
        before,
        statuses,
        includeRequests,
        offset,
        count);
  }

  /** The same search, within this span. */
  public ResourceSearch within(Optional<Instant> start, Optional<Instant> end) {
    return new ResourceSearch(
        resourceType, id, patientId, codes, start, end, statuses, includeRequests, offset, count);
  }

  /** The same search, of these statuses only. */
  public ResourceSearch withStatuses(Set<String> wanted) {
    return new ResourceSearch(
        resourceType, id, patientId, codes, from, before, wanted, includeRequests, offset, count);
  }

  /** The same search, bringing a care plan's requests along or not. */
  public ResourceSearch includingRequests(boolean include) {
    return new ResourceSearch(
        resourceType, id, patientId, codes, from, before, statuses, include, offset, count);
  }
}
