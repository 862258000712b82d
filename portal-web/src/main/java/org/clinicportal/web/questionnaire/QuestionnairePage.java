package org.clinicportal.web.questionnaire;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.platform.RecordException;
import org.clinicportal.questionnaire.Questionnaire;
import org.clinicportal.questionnaire.QuestionnaireActivity;
import org.clinicportal.questionnaire.Questionnaires;
import org.clinicportal.web.Messages;
import org.clinicportal.web.RecordIds;

/**
 * A questionnaire on the patient's phone, one screen at a time: pain now, each Oswestry section
 * (which may be left out), their own activities, then a last look and sending. Each step forward
 * keeps the answer at once, so the patient may leave and come back to the screen they reached.
 */
@Named
@ViewScoped
public class QuestionnairePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Questionnaires questionnaires;
  @Inject private Messages messages;

  private String id;
  private long questionnaireId;
  private int screen;
  private Integer answer;
  private boolean open;
  private final List<Rating> ratings = new ArrayList<>();
  private transient Questionnaire questionnaire;

  /** One of the patient's activities and the rating chosen for it on the page. */
  public static final class Rating implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private Integer value;

    Rating(String name, Integer value) {
      this.name = name;
      this.value = value;
    }

    public String getName() {
      return name;
    }

    public Integer getValue() {
      return value;
    }

    public void setValue(Integer value) {
      this.value = value;
    }
  }

  public void load() throws IOException {
    OptionalLong parsed = RecordIds.parse(id);
    if (parsed.isEmpty()) {
      messages.notFound();
      return;
    }
    try {
      questionnaire = questionnaires.mine(parsed.getAsLong());
    } catch (RecordException refused) {
      messages.notFound();
      return;
    }
    questionnaireId = questionnaire.getId();
    show(questionnaire.getScreen());
  }

  /** Keeps the answer of this screen and shows the next. */
  public void next() {
    Integer given = answer;
    boolean kept =
        messages.attempt(
            () -> {
              if (screen == Questionnaire.PAIN) {
                questionnaire = questionnaires.answerPain(questionnaireId, given);
              } else if (screen == Questionnaire.ACTIVITIES) {
                questionnaire =
                    questionnaires.rateActivities(
                        questionnaireId, ratings.stream().map(Rating::getValue).toList());
              } else {
                questionnaire =
                    questionnaires.answerSection(
                        questionnaireId, Questionnaire.sectionOf(screen), given);
              }
            });
    if (kept) {
      show(questionnaire().next(screen));
    }
  }

  /** Leaves this Oswestry section out, as the paper form allows, and shows the next screen. */
  public void leaveOut() {
    if (!isSection()) {
      return;
    }
    answer = null;
    next();
  }

  /** Shows the screen before, with its answer as kept. */
  public void back() {
    show(questionnaire().previous(screen));
  }

  public void send() {
    messages.attempt(
        () -> {
          questionnaire = questionnaires.send(questionnaireId);
          open = false;
          messages.info(null, "questionnaire.thanks");
        });
  }

  private void show(int shown) {
    screen = shown;
    Questionnaire current = questionnaire();
    open = questionnaires.isOpenToday(current);
    if (screen == Questionnaire.PAIN) {
      answer = current.getPainNow();
    } else if (isSection()) {
      answer = current.oswestryAnswers().score(Questionnaire.sectionOf(screen));
    } else {
      answer = null;
    }
    ratings.clear();
    for (QuestionnaireActivity activity : current.getActivities()) {
      ratings.add(new Rating(activity.getName(), activity.getRating()));
    }
  }

  /** The questionnaire as kept, read again once per copy of the view. */
  public Questionnaire questionnaire() {
    if (questionnaire == null && questionnaireId > 0) {
      messages.attempt(() -> questionnaire = questionnaires.mine(questionnaireId));
    }
    return questionnaire;
  }

  public boolean isLoaded() {
    return questionnaire() != null;
  }

  /** Whether the patient may still answer: open today and not sent, as of the last step. */
  public boolean isOpen() {
    return open;
  }

  public boolean isPain() {
    return screen == Questionnaire.PAIN;
  }

  public boolean isSection() {
    return screen >= Questionnaire.FIRST_SECTION && screen < Questionnaire.ACTIVITIES;
  }

  public boolean isActivities() {
    return screen == Questionnaire.ACTIVITIES;
  }

  public boolean isLast() {
    return screen == Questionnaire.SEND;
  }

  /** The section this screen asks; null on another screen. */
  public OswestryIndex.Section getSection() {
    return isSection() ? Questionnaire.sectionOf(screen) : null;
  }

  /** Where this screen stands among the questionnaire's screens, from 1. */
  public int getPosition() {
    return questionnaire().screens().indexOf(screen) + 1;
  }

  public int getScreens() {
    return questionnaire().screens().size();
  }

  /** The answers of a section, 0 to 5, each with the words of its level. */
  public List<Integer> getSectionLevels() {
    return levels(OswestryIndex.MAX_SCORE);
  }

  /** The levels of pain and of an activity, 0 to 10. */
  public List<Integer> getTenLevels() {
    return levels(10);
  }

  private static List<Integer> levels(int top) {
    List<Integer> levels = new ArrayList<>();
    for (int level = 0; level <= top; level++) {
      levels.add(level);
    }
    return levels;
  }

  /**
   * The message key of a section's level: pain intensity has words of its own, the other sections
   * share how much the back limits what they name.
   */
  public String levelKey(int level) {
    return getSection() == OswestryIndex.Section.PAIN_INTENSITY
        ? "questionnaire.level.intensity." + level
        : "questionnaire.level." + level;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Integer getAnswer() {
    return answer;
  }

  public void setAnswer(Integer answer) {
    this.answer = answer;
  }

  public List<Rating> getRatings() {
    return ratings;
  }
}
