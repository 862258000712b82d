package org.clinicportal.assessment;

import java.io.Serializable;

/** One red-flag question and its answer: yes, no, or not yet answered (null). */
public class RedFlagRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private RedFlag flag;
  private Boolean present;

  public RedFlagRow() {}

  public RedFlagRow(RedFlag flag, Boolean present) {
    this.flag = flag;
    this.present = present;
  }

  public RedFlag getFlag() {
    return flag;
  }

  public Boolean getPresent() {
    return present;
  }

  public void setPresent(Boolean present) {
    this.present = present;
  }
}
