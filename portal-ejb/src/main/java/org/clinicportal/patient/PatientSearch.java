package org.clinicportal.patient;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.security.UserAccount;

/**
 * The queries of one patient search in the bound clinic: a page sorted in the database, and the
 * number of matches up to {@link PatientResults#COUNT_LIMIT}.
 *
 * <p>A name sorts by its surname key (last name, then first name, in lower case), with the id
 * breaking ties. A text search sorted by name reads each of its three key ranges (last name, first
 * name, record number) in name order, up to the end of the page, and merges them: a common last
 * name then costs one short ordered index scan, however many patients of the clinic carry it.
 */
final class PatientSearch {

  private static final List<String> SEARCH_KEYS = List.of("surnameKey", "nameKey", "recordKey");

  /** The C collation the keys are stored in orders by the bytes of their UTF-8 form. */
  private static final Comparator<String> KEY_ORDER =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private final EntityManager em;
  private final CriteriaBuilder cb;
  private final PatientQuery query;

  PatientSearch(EntityManager em, PatientQuery query) {
    this.em = em;
    this.cb = em.getCriteriaBuilder();
    this.query = query;
  }

  PatientResults page() {
    List<PatientSummary> rows = readsKeyRanges() ? mergedFromKeyRanges() : sortedPage();
    if (query.first() == 0 && rows.size() < query.pageSize()) {
      return new PatientResults(rows, rows.size(), false);
    }
    int matching = countUpToLimit();
    return matching > PatientResults.COUNT_LIMIT
        ? new PatientResults(rows, PatientResults.COUNT_LIMIT, true)
        : new PatientResults(rows, matching, false);
  }

  /**
   * Whether the page is merged from the key ranges: a name search in name order, on a page the
   * pager can reach (a page past the counted matches is read the plain way).
   */
  private boolean readsKeyRanges() {
    return query.sort() == PatientSort.NAME
        && !query.text().isEmpty()
        && query.dateOfBirth().isEmpty()
        && query.first() < PatientResults.COUNT_LIMIT;
  }

  private List<PatientSummary> sortedPage() {
    CriteriaQuery<PatientSummary> select = cb.createQuery(PatientSummary.class);
    Root<Patient> patient = select.from(Patient.class);
    From<Therapist, UserAccount> account = accountOf(patient);
    select
        .select(summary(patient, account))
        .where(matching(patient, account, textMatch(patient)))
        .orderBy(order(patient));
    return em.createQuery(select)
        .setFirstResult(query.first())
        .setMaxResults(query.pageSize())
        .getResultList();
  }

  /**
   * Reads, from each key range in name order, the ids and sort keys up to the end of the page,
   * merges them without repeats, and reads the page's rows.
   */
  private List<PatientSummary> mergedFromKeyRanges() {
    int upTo = query.first() + query.pageSize();
    Map<Long, String> candidates = new LinkedHashMap<>();
    for (String key : SEARCH_KEYS) {
      CriteriaQuery<Object[]> ids = cb.createQuery(Object[].class);
      Root<Patient> patient = ids.from(Patient.class);
      ids.multiselect(patient.get("id"), patient.get("sortKey"))
          .where(
              matching(
                  patient, caseloadAccountOf(patient), Optional.of(startsWith(patient.get(key)))))
          .orderBy(order(patient));
      for (Object[] row : em.createQuery(ids).setMaxResults(upTo).getResultList()) {
        candidates.putIfAbsent((Long) row[0], (String) row[1]);
      }
    }
    Comparator<Map.Entry<Long, String>> order =
        Map.Entry.<Long, String>comparingByValue(KEY_ORDER)
            .thenComparing(Map.Entry.comparingByKey());
    List<Long> pageIds =
        candidates.entrySet().stream()
            .sorted(query.ascending() ? order : order.reversed())
            .skip(query.first())
            .limit(query.pageSize())
            .map(Map.Entry::getKey)
            .toList();
    if (pageIds.isEmpty()) {
      return List.of();
    }
    CriteriaQuery<PatientSummary> select = cb.createQuery(PatientSummary.class);
    Root<Patient> patient = select.from(Patient.class);
    select.select(summary(patient, accountOf(patient))).where(patient.get("id").in(pageIds));
    Map<Long, PatientSummary> byId =
        em.createQuery(select).getResultList().stream()
            .collect(Collectors.toMap(PatientSummary::getId, Function.identity()));
    return pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private int countUpToLimit() {
    CriteriaQuery<Long> ids = cb.createQuery(Long.class);
    Root<Patient> counted = ids.from(Patient.class);
    ids.select(counted.get("id"))
        .where(matching(counted, caseloadAccountOf(counted), textMatch(counted)));
    return em.createQuery(ids).setMaxResults(PatientResults.COUNT_LIMIT + 1).getResultList().size();
  }

  private static From<Therapist, UserAccount> accountOf(Root<Patient> patient) {
    return patient.join("therapist", JoinType.LEFT).join("account", JoinType.LEFT);
  }

  /** The therapist's account, joined only when the query keeps to one therapist's caseload. */
  private From<Therapist, UserAccount> caseloadAccountOf(Root<Patient> patient) {
    return query.onlyTherapistAccountId() == null ? null : accountOf(patient);
  }

  private CompoundSelection<PatientSummary> summary(
      Root<Patient> patient, From<Therapist, UserAccount> account) {
    return cb.construct(
        PatientSummary.class,
        patient.get("id"),
        patient.get("recordNumber"),
        patient.get("firstName"),
        patient.get("lastName"),
        patient.get("dateOfBirth"),
        account.get("displayName"),
        patient.get("archived"));
  }

  /** The query's filters (archived, one therapist's caseload) and the text's own condition. */
  private Predicate[] matching(
      Root<Patient> patient, From<Therapist, UserAccount> account, Optional<Predicate> text) {
    List<Predicate> where = new ArrayList<>();
    if (!query.includeArchived()) {
      where.add(cb.isFalse(patient.get("archived")));
    }
    if (query.onlyTherapistAccountId() != null) {
      where.add(cb.equal(account.get("id"), query.onlyTherapistAccountId()));
    }
    text.ifPresent(where::add);
    return where.toArray(Predicate[]::new);
  }

  /** What the text matches: the date of birth it stands for, or the start of a key. */
  private Optional<Predicate> textMatch(Root<Patient> patient) {
    if (query.text().isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> born = query.dateOfBirth();
    if (born.isPresent()) {
      return Optional.of(cb.equal(patient.get("dateOfBirth"), born.get()));
    }
    return Optional.of(
        cb.or(
            SEARCH_KEYS.stream()
                .map(key -> startsWith(patient.get(key)))
                .toArray(Predicate[]::new)));
  }

  /** A range of one search key: an index range, which row-level security lets PostgreSQL use. */
  private Predicate startsWith(Path<String> key) {
    return cb.and(
        cb.greaterThanOrEqualTo(key, query.keyFrom()), cb.lessThan(key, query.keyUntil()));
  }

  private List<Order> order(Root<Patient> patient) {
    List<Path<?>> keys =
        switch (query.sort()) {
          case NAME -> List.of(patient.get("sortKey"));
          case RECORD_NUMBER -> List.of(patient.get("recordNumber"));
          case DATE_OF_BIRTH -> List.of(patient.get("dateOfBirth"), patient.get("sortKey"));
        };
    List<Order> orders = new ArrayList<>();
    for (Path<?> key : keys) {
      orders.add(query.ascending() ? cb.asc(key) : cb.desc(key));
    }
    orders.add(query.ascending() ? cb.asc(patient.get("id")) : cb.desc(patient.get("id")));
    return orders;
  }
}
