package org.unionbot.server;

import java.util.Map;

/** Bodies /wechat must refuse with 400 while signed correctly: the refusal list. */
final class Hostile {
  private Hostile() {}

  static final String XXE =
      "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
          + "<xml><ToUserName>gh_123456789abc</ToUserName><FromUserName>o</FromUserName>"
          + "<CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content>"
          + "<MsgId>1</MsgId></xml>";

  static final String BILLION_LAUGHS =
      "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY lol \"lol\">"
          + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
          + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
          + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
          + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
          + "<xml><ToUserName>gh_1</ToUserName><FromUserName>o</FromUserName><CreateTime>1"
          + "</CreateTime><MsgType>text</MsgType><Content>&lol4;</Content><MsgId>2</MsgId></xml>";

  static final String TRUNCATED =
      "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><FromUserName><![CDATA[o]]>"
          + "</FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Cont";

  static final String JSON = "{\"ToUserName\":\"gh_123456789abc\",\"MsgType\":\"text\"}";

  static final String NO_MSG_TYPE =
      "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><FromUserName><![CDATA[o]]>"
          + "</FromUserName><CreateTime>1</CreateTime><Content><![CDATA[hi]]></Content>"
          + "<MsgId>3</MsgId></xml>";

  /** Each signed-but-malformed body by name. */
  static final Map<String, String> MALFORMED =
      Map.of(
          "XXE", XXE,
          "billion laughs", BILLION_LAUGHS,
          "truncated XML", TRUNCATED,
          "JSON", JSON,
          "missing MsgType", NO_MSG_TYPE);
}
