package org.clinicportal.web.assessment;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.clinicportal.audit.FieldChange;

/**
 * An amendment's list of changes in the reader's language. The assessment stores each change as a
 * fact under a stable name ({@code painNow}, {@code redFlag.FOOT_DROP}, {@code
 * triggerPoint.2.muscle}) with coded values; this names the field as the form does and words each
 * code. A name or value it does not know, such as one an older version of the portal wrote as
 * English text, is shown as stored.
 */
public final class AmendmentWords {

  /** One change as the page shows it. */
  public record Change(String field, String before, String after) {}

  private final ResourceBundle bundle;
  private final Locale locale;

  AmendmentWords(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  List<Change> of(List<FieldChange> changes) {
    return changes.stream().map(this::word).toList();
  }

  private Change word(FieldChange change) {
    String[] name = change.field().split("\\.");
    UnaryOperator<String> value = valueWords(name);
    return new Change(
        field(name, change.field()),
        wordOrNull(value, change.before()),
        wordOrNull(value, change.after()));
  }

  private static String wordOrNull(UnaryOperator<String> words, String value) {
    return value == null ? null : words.apply(value);
  }

  private String field(String[] name, String stored) {
    String head = name[0];
    if (name.length == 1) {
      return "palpationFinding".equals(head)
          ? text("assessment.section.palpation", stored)
          : text("assessment." + head, stored);
    }
    return switch (head) {
      case "redFlag", "oswestry" -> text(stored, stored);
      case "motion" ->
          name.length == 2
              ? text("movement." + name[1], stored)
              : format("assessment.change.painful", stored, text("movement." + name[1], stored));
      case "activity" -> format("assessment.change.activity", stored, name[1]);
      case "mark" -> format("assessment.change.mark", stored, name[1]);
      case "triggerPoint" ->
          name.length == 2
              ? format("assessment.change.pointAll", stored, name[1])
              : format(
                  "assessment.change.point", stored, name[1], text(pointField(name[2]), stored));
      default -> stored;
    };
  }

  private static String pointField(String name) {
    return switch (name) {
      case "signs" -> "assessment.findings";
      case "note" -> "assessment.pointNote";
      default -> "assessment." + name;
    };
  }

  private UnaryOperator<String> valueWords(String[] name) {
    String head = name[0];
    String last = name[name.length - 1];
    if ("redFlag".equals(head) || "painful".equals(last)) {
      return answer -> text("common." + answer, answer);
    }
    if ("triggerPoint".equals(head) && name.length == 3) {
      return switch (last) {
        case "muscle" -> code -> text("muscle." + code, code);
        case "side" -> code -> text("side." + code, code);
        case "signs" -> list(sign -> text(signKey(sign), sign));
        default -> UnaryOperator.identity();
      };
    }
    return switch (head) {
      case "assessedOn", "symptomsSince" -> this::date;
      case "onsetCause" -> code -> text("onset." + code, code);
      case "palpationFinding" -> code -> text("palpation." + code, code);
      case "skinSigns" -> list(code -> text("skin." + code, code));
      case "mark" -> this::mark;
      default -> UnaryOperator.identity();
    };
  }

  private static String signKey(String sign) {
    return "deepMedial".equals(sign) ? "assessment.deepMedial.short" : "criterion." + sign;
  }

  private static UnaryOperator<String> list(UnaryOperator<String> each) {
    return codes -> Arrays.stream(codes.split(", ")).map(each).collect(Collectors.joining(", "));
  }

  private String date(String iso) {
    try {
      return LocalDate.parse(iso)
          .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    } catch (DateTimeParseException notADate) {
      return iso;
    }
  }

  /**
   * A mark stored as its kind and, when placed by name, its site: {@code PAIN_AREA
   * PIRIFORMIS_LEFT}.
   */
  private String mark(String stored) {
    String[] parts = stored.split(" ");
    boolean known =
        parts.length <= 2
            && bundle.containsKey("mark." + parts[0])
            && (parts.length == 1 || bundle.containsKey("site." + parts[1]));
    if (!known) {
      return stored;
    }
    String kind = bundle.getString("mark." + parts[0]);
    return parts.length == 1 ? kind : kind + ", " + bundle.getString("site." + parts[1]);
  }

  private String text(String key, String otherwise) {
    return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
  }

  private String format(String key, String otherwise, Object... arguments) {
    return bundle.containsKey(key)
        ? new MessageFormat(bundle.getString(key), locale).format(arguments)
        : otherwise;
  }
}
