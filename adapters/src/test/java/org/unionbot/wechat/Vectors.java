package org.unionbot.wechat;

/** The official test vectors of docs/WECHAT.md §2.5, verbatim. */
final class Vectors {
  // Vector A: the 公众号 official Java sample (WXBizMsgCryptTest)
  static final String A_TOKEN = "pamtest";
  static final String A_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  static final String A_APP_ID = "wxb11529c136998cb6";
  static final String A_TIMESTAMP = "1409304348";
  static final String A_NONCE = "xxxxxx";
  static final String A_RANDOM = "aaaabbbbccccdddd";
  static final String A1_PLAIN = "我是中文abcd123";
  static final String A1_ENCRYPT =
      "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";
  static final String A1_MSG_SIGNATURE = "82c962d39941aa48552f90ef55aa323dc620cc10";
  static final String A2_PLAIN =
      "<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName>"
          + "<FromUserName><![CDATA[gh_7f083739789a]]></FromUserName>"
          + "<CreateTime>1407743423</CreateTime><MsgType><![CDATA[video]]></MsgType>"
          + "<Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]>"
          + "</MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title>"
          + "<Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>";
  static final String A2_ENCRYPT =
      "jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb";

  // Vector B: the WeCom official sample (same algorithm; the receive id plays the AppID)
  static final String B_TOKEN = "QDG6eK";
  static final String B_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  static final String B_APP_ID = "wx5823bf96d3bd56c7";
  static final String B1_MSG_SIGNATURE = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";
  static final String B1_TIMESTAMP = "1409659589";
  static final String B1_NONCE = "263014780";
  static final String B1_ECHOSTR =
      "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
  static final String B1_PLAIN = "1616140317555161061";
  static final String B2_MSG_SIGNATURE = "477715d11cdb4164915debcba66cb864d751f3e6";
  static final String B2_TIMESTAMP = "1409659813";
  static final String B2_NONCE = "1372623149";
  static final String B2_ENCRYPT =
      "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";
  static final String B2_PLAIN =
      "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n"
          + "<FromUserName><![CDATA[mycreate]]></FromUserName>\n"
          + "<CreateTime>1409659813</CreateTime>\n"
          + "<MsgType><![CDATA[text]]></MsgType>\n"
          + "<Content><![CDATA[hello]]></Content>\n"
          + "<MsgId>4561255354251345929</MsgId>\n"
          + "<AgentID>218</AgentID>\n"
          + "</xml>";

  // Vector D: the WeCom Python sample; its plaintext has no CDATA at all
  static final String D_TOKEN = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
  static final String D_KEY = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";
  static final String D_APP_ID = "ww1436e0e65a779aee";
  static final String D1_MSG_SIGNATURE = "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb";
  static final String D1_TIMESTAMP = "1476416373";
  static final String D1_NONCE = "47744683";
  static final String D1_ECHOSTR =
      "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==";
  static final String D1_PLAIN = "1288432023552776189";
  static final String D2_MSG_SIGNATURE = "0c3914025cb4b4d68103f6bfc8db550f79dcf48e";
  static final String D2_TIMESTAMP = "1476422779";
  static final String D2_NONCE = "1597212914";
  static final String D2_ENCRYPT =
      "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+";
  static final String D2_PLAIN =
      "<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName>"
          + "<CreateTime>1476422779</CreateTime><MsgType>text</MsgType><Content>你好</Content>"
          + "<MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>";

  private Vectors() {}
}
