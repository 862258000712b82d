package org.clinicportal.platform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plural forms as each language needs them for whole numbers, by the rules of the Unicode CLDR:
 * English, German and Spanish tell one from other; French counts 0 with 1; Polish and Ukrainian
 * also have a few form (2 to 4, 22 to 24, …) and a many form (5 to 21, 25 to 31, …, and 11 to 14),
 * and Ukrainian takes the one form for 21, 31, … too. Java's choice format knows ranges only, so a
 * pattern that depends on these rules writes a plural block, which this class turns into the plain
 * text of the right branch before the pattern is formatted:
 *
 * <pre>{0,plural,=2{twice}one{# set}few{# sets}many{# sets}other{# sets}}</pre>
 *
 * An exact branch ({@code =2}) wins over the categories; {@code #} stands for the number. A branch
 * may hold other placeholders; quotes inside a plural block are not read.
 */
public final class Plurals {

  /** The categories a whole number falls into. */
  public enum Category {
    ONE,
    FEW,
    MANY,
    OTHER;

    String keyword() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private Plurals() {}

  /** The category of {@code n} in {@code language}. */
  public static Category of(Language language, long n) {
    long units = Math.abs(n) % 10;
    long tens = Math.abs(n) % 100;
    boolean fewEnding = units >= 2 && units <= 4 && (tens < 12 || tens > 14);
    return switch (language) {
      case POLISH -> n == 1 ? Category.ONE : fewEnding ? Category.FEW : Category.MANY;
      case UKRAINIAN ->
          units == 1 && tens != 11 ? Category.ONE : fewEnding ? Category.FEW : Category.MANY;
      case FRENCH -> n == 0 || n == 1 ? Category.ONE : Category.OTHER;
      default -> n == 1 ? Category.ONE : Category.OTHER;
    };
  }

  /** Every category some whole number falls into in {@code language}. */
  public static Set<Category> categories(Language language) {
    return switch (language) {
      case POLISH, UKRAINIAN -> EnumSet.of(Category.ONE, Category.FEW, Category.MANY);
      default -> EnumSet.of(Category.ONE, Category.OTHER);
    };
  }

  /**
   * The pattern with each plural block replaced by the branch its number selects.
   *
   * @throws IllegalArgumentException for a block that is not closed, whose number is not among the
   *     arguments, or that has no branch for the number
   */
  public static String expand(Language language, String pattern, Object... arguments) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    int start;
    while ((start = nextBlock(pattern, from)) >= 0) {
      out.append(pattern, from, start);
      int comma = pattern.indexOf(',', start);
      int argument = Integer.parseInt(pattern.substring(start + 1, comma));
      if (argument >= arguments.length || !(arguments[argument] instanceof Number number)) {
        throw new IllegalArgumentException("No number for the plural block of {" + argument + "}");
      }
      Block block = Block.read(pattern, pattern.indexOf(',', comma + 1) + 1);
      out.append(
          block
              .select(language, number.longValue())
              .replace("#", "{" + argument + ",number,integer}"));
      from = block.end();
    }
    return out.append(pattern.substring(from)).toString();
  }

  /** Where the next {@code {n,plural,} begins at or after {@code from}, or -1. */
  private static int nextBlock(String pattern, int from) {
    int at = from;
    while ((at = pattern.indexOf('{', at)) >= 0) {
      int comma = pattern.indexOf(',', at);
      if (comma > at + 1
          && pattern.substring(at + 1, comma).chars().allMatch(Character::isDigit)
          && pattern.startsWith("plural,", comma + 1)) {
        return at;
      }
      at++;
    }
    return -1;
  }

  /** The branches of one plural block, and where the block ends. */
  private record Block(List<String> selectors, List<String> texts, int end) {

    static Block read(String pattern, int at) {
      List<String> selectors = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      int i = at;
      while (i < pattern.length() && pattern.charAt(i) != '}') {
        int open = pattern.indexOf('{', i);
        if (open < 0) {
          break;
        }
        selectors.add(pattern.substring(i, open).strip());
        int depth = 1;
        int j = open + 1;
        while (j < pattern.length() && depth > 0) {
          char c = pattern.charAt(j);
          depth += c == '{' ? 1 : c == '}' ? -1 : 0;
          j++;
        }
        if (depth > 0) {
          throw new IllegalArgumentException("A plural branch is not closed: " + pattern);
        }
        texts.add(pattern.substring(open + 1, j - 1));
        i = j;
        while (i < pattern.length() && Character.isWhitespace(pattern.charAt(i))) {
          i++;
        }
      }
      if (i >= pattern.length() || selectors.isEmpty()) {
        throw new IllegalArgumentException("A plural block is not closed: " + pattern);
      }
      return new Block(selectors, texts, i + 1);
    }

    String select(Language language, long n) {
      int exact = selectors.indexOf("=" + n);
      if (exact >= 0) {
        return texts.get(exact);
      }
      int category = selectors.indexOf(of(language, n).keyword());
      if (category < 0) {
        category = selectors.indexOf("other");
      }
      if (category < 0) {
        throw new IllegalArgumentException(
            "No branch for " + n + " (" + of(language, n).keyword() + ") in " + selectors);
      }
      return texts.get(category);
    }
  }
}
