package org.clinicportal.assessment;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The Patient-Specific Functional Scale: up to five activities the patient finds hard, each rated 0
 * (unable) to 10 (as before the problem); the score is their mean.
 */
public final class FunctionalScale {

  public static final int MAX_ACTIVITIES = 5;

  /** The smallest change of the mean score that is more than measurement error, in points. */
  public static final double MINIMAL_IMPORTANT_CHANGE = 2.0;

  /** One activity and how well the patient can do it now. */
  public record Activity(String name, int rating) {
    public Activity {
      if (name == null || name.isBlank() || name.length() > 200) {
        throw new IllegalArgumentException("An activity needs a name of at most 200 characters");
      }
      if (rating < 0 || rating > 10) {
        throw new IllegalArgumentException("An activity is rated 0 to 10, not " + rating);
      }
      name = name.trim();
    }
  }

  private final List<Activity> activities;

  public FunctionalScale(List<Activity> activities) {
    if (activities.size() > MAX_ACTIVITIES) {
      throw new IllegalArgumentException("At most " + MAX_ACTIVITIES + " activities");
    }
    this.activities = List.copyOf(activities);
  }

  public List<Activity> activities() {
    return activities;
  }

  public OptionalDouble score() {
    return activities.stream().mapToInt(Activity::rating).average();
  }
}
