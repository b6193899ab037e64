package org.unionbot.core.admin;

import java.time.ZoneId;
import java.util.Optional;
import org.unionbot.knowledge.NoticeText;

/** Small notices that build in a few milliseconds, and a clock the tests move. */
final class Notices {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static final String SPORTS_TEXT =
      "关于举办职工运动会的通知\n\n"
          + "市总工会决定于2026年5月18日在市体育中心举办第五届职工运动会。\n\n"
          + "运动会设拔河、跳绳和长跑三个项目。各基层工会须在4月30日前报名。\n";

  /** The seed of most tests. */
  static final NoticeText SPORTS = new NoticeText("sports", Optional.empty(), SPORTS_TEXT);

  static final String LIBRARY_TITLE = "职工书屋开放";

  static final String LIBRARY_TEXT =
      "关于开放职工书屋的通知\n\n" + "职工书屋自2026年3月1日起每周六上午九点对全市职工免费开放。\n\n" + "职工书屋位于劳动路8号工人文化宫三楼，藏书一万册。\n";

  /** Only the library notice answers this. */
  static final String LIBRARY_QUESTION = "职工书屋在哪里";

  static final String LIBRARY_ANSWER = "劳动路8号";

  private Notices() {}
}
