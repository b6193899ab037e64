package org.unionbot.core.intent;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionbot.core.Reply;

/**
 * Small talk and manners: a whole message that greets, thanks, says goodbye, asks who the bot is or
 * what it can do, praises, laughs, is only emoji, insults, or is nonsense gets a short friendly
 * reply of kind {@link Reply.Kind#SMALLTALK} that says what the bot can do. It never reaches the
 * knowledge base, so it is never logged as unanswered. A message that only starts with a greeting
 * ("你好，报名截止到哪天") is a question and goes on.
 */
final class SmallTalk implements Intent {

  /** What a message of small talk is, tried in order; each with its pattern and its reply. */
  enum Manner {
    WHO("(你|您)(是|叫)(谁|什么|啥|哪位|机器人|真人|人工)(吗|呀|啊)?|你叫什么名字|你是不是(机器人|真人)", Texts.WHO),
    ABILITY(
        "(你|您)?(能|会|可以)(做|干|帮我做|帮我干|帮)?(什么|啥|哪些事)(呀|啊|呢)?|(你|您)?有(什么|啥|哪些)(功能|用)(呀|啊|呢)?"
            + "|怎么(问|提问)|问什么",
        Texts.ABILITY),
    GREETING(
        "(你好|您好|哈喽|嗨|hi|hello|hey|在吗|在不在|有人吗|早|早安|早上好|上午好|中午好|下午好|晚上好|大家好|小助手|助手)"
            + "(呀|啊|哇|哦|呢|吗|小助手|助手)*",
        Texts.GREETING),
    THANKS(
        "(谢谢|多谢|感谢|谢了|谢啦|thanks|thankyou|thx|辛苦了|麻烦了|麻烦你了)(你|您|啦|了|呀|哈)*(的(帮助|解答))?", Texts.THANKS),
    BYE("(再见|拜拜|拜|bye|byebye|下次见|回头见|晚安|先这样|没事了|没有了)(了|啦|呀|哈)*", Texts.BYE),
    PRAISE("(你)?(真|好|太|很)?(棒|厉害|聪明|不错|好用|给力|牛|赞)(了|啊|呀|哦)*", Texts.PRAISE),
    OKAY("(好的?|嗯+|哦+|噢+|ok|okay|知道了|明白了?|懂了|收到|了解|行|可以)(的|了|啦|呀|哈)*", Texts.OKAY),
    LAUGH("(哈|呵|嘿|嘻|h){2,}|233+|笑死(我)?了?|xswl|lol", Texts.LAUGH),
    INSULT(
        "(你|您|这|它)?(真|太|好|是|真是|就是)?(个|一个)?(傻(瓜|子|x|逼|b)?|笨(蛋)?|蠢(货|蛋)?|垃圾|废物|智障|脑残|白痴|sb|辣鸡|滚(开|蛋)?)"
            + "(吧|啊|呀|机器人|东西)*",
        Texts.INSULT),
    /** Only emoji (WeChat's "[强]" or Unicode's 👍): matched before the patterns, not by one. */
    EMOJI("(?!)", Texts.EMOJI),
    /** Only marks ("？？？"), a Latin keyboard mash or one character repeated. */
    NONSENSE("(?!)", Texts.NONSENSE);

    private final Pattern pattern;
    private final String reply;

    Manner(String pattern, String reply) {
      this.pattern = Pattern.compile(pattern);
      this.reply = reply;
    }

    String reply() {
      return reply;
    }
  }

  /** WeChat's own emoji arrive as text: "[微笑]", "[强]", "/::)", "/:strong". */
  private static final Pattern WECHAT_EMOJI =
      Pattern.compile("\\[[\\p{IsHan}A-Za-z]{1,4}]|/:[^\\s/]{1,8}");

  /** Punctuation, symbols (emoji too), marks (variation selectors), format characters, spaces. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{P}\\p{S}\\p{M}\\p{C}\\s]+");

  /** Latin letters only, four or more, no space: a keyboard mash when no word can be read in it. */
  private static final Pattern LATIN_ONLY = Pattern.compile("[a-z]{4,}");

  /** Four consonants in a row, which no English or pinyin word has ("asdfgh", "jkjkl"). */
  private static final Pattern CONSONANTS = Pattern.compile("[b-df-hj-np-tv-xz]{4}");

  /** Longest message, in characters, that small talk may be; longer ones are questions. */
  static final int LONGEST = 16;

  private final Examples examples;

  SmallTalk(Examples examples) {
    this.examples = examples;
  }

  @Override
  public Optional<Reply> handle(Turn turn) {
    Optional<Manner> manner = manner(turn.text(), turn.normalized());
    manner.ifPresent(m -> turn.session().unsure(m == Manner.NONSENSE));
    return manner.map(
        m -> turn.remindingOfTheRound(examples.reply(Reply.Kind.SMALLTALK, m.reply())));
  }

  /**
   * What {@code text} is as small talk, if it is: a whole message of one manner, emoji only
   * (laughter), or nonsense (only marks, a Latin keyboard mash, one character repeated).
   *
   * @param normalized {@code text} as {@link org.unionbot.knowledge.KnowledgeBase#normalize} makes
   *     it
   */
  static Optional<Manner> manner(String text, String normalized) {
    String withoutEmoji = WECHAT_EMOJI.matcher(normalized).replaceAll("");
    String key = INVISIBLE.matcher(withoutEmoji).replaceAll("").toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return normalized.equals(withoutEmoji) && !hasPictograph(text)
          ? Optional.of(Manner.NONSENSE)
          : Optional.of(Manner.EMOJI);
    }
    if (key.codePointCount(0, key.length()) > LONGEST) {
      return Optional.empty();
    }
    for (Manner m : Manner.values()) {
      if (m.pattern.matcher(key).matches()) {
        return Optional.of(m);
      }
    }
    return nonsense(key) ? Optional.of(Manner.NONSENSE) : Optional.empty();
  }

  private static boolean hasPictograph(String text) {
    return text.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL);
  }

  /**
   * Nonsense: a Latin keyboard mash (letters only, with no vowel or four consonants in a row) or
   * one character repeated three times or more ("啊啊啊啊").
   */
  private static boolean nonsense(String key) {
    int first = key.codePointAt(0);
    boolean repeated =
        key.codePoints().allMatch(c -> c == first) && key.codePointCount(0, key.length()) >= 3;
    boolean mash =
        LATIN_ONLY.matcher(key).matches()
            && (!key.matches(".*[aeiou].*") || CONSONANTS.matcher(key).find());
    return repeated || mash;
  }
}
