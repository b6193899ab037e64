package org.unionbot.core.contest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A knowledge contest (知识竞赛): its dates, how its rounds go, and which documents its items come
 * from.
 *
 * @param id its number, from 1
 * @param title what workers see, e.g. 学习工会十八大精神知识竞赛
 * @param startsAt when it starts (inclusive)
 * @param endsAt when it ends (exclusive); a round started before then counts to its end
 * @param roundSize items in each of its rounds
 * @param roundsPerDay how many of a worker's rounds a day count for it (calendar days in the bot's
 *     time zone, Asia/Shanghai); later rounds that day are ordinary rounds
 * @param documents the document ids its items come from; empty for every document
 * @param createdAt when an admin created it
 */
public record Contest(
    long id,
    String title,
    Instant startsAt,
    Instant endsAt,
    int roundSize,
    int roundsPerDay,
    List<String> documents,
    Instant createdAt) {

  /** The longest title, in characters. */
  public static final int MAX_TITLE = 60;

  public Contest {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(createdAt, "createdAt");
    documents = List.copyOf(documents);
    title = title.strip();
    if (title.isEmpty() || title.length() > MAX_TITLE || Names.hasControl(title)) {
      throw new ContestException("竞赛名称须为1到" + MAX_TITLE + "个字符");
    }
    if (!endsAt.isAfter(startsAt)) {
      throw new ContestException("结束时间须晚于开始时间");
    }
    if (roundSize < 1 || roundSize > 50) {
      throw new ContestException("每轮题数须在1到50之间");
    }
    if (roundsPerDay < 1 || roundsPerDay > 100) {
      throw new ContestException("每天计入竞赛的轮数须在1到100之间");
    }
  }

  /** Whether it runs at {@code at}. */
  public boolean runsAt(Instant at) {
    return !at.isBefore(startsAt) && at.isBefore(endsAt);
  }
}
