package org.unionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionbot.http.HttpError;
import org.unionbot.http.Response;

class AdminMessagesTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "401|wrong admin token|管理令牌不对，请核对后重新输入。",
        "429|too many failed logins; try again in 8 s|令牌输错次数太多，请 8 秒后再试，并核对令牌。",
        "413|request body too large (limit 1048576 bytes)|上传的内容太大：最多 1 MB。",
        "404|no document doc-7|找不到这份文档，可能已被别人删除或改动，请刷新页面后再试。",
        "404|no FAQ pair faq-2|找不到这条问答，",
        "404|no quiz item cq-3|找不到这道题，",
        "404|no version 99|没有这个版本",
        "400|the title “职工书屋” is already taken by document doc-2|标题「职工书屋」已被另一份文档使用",
        "400|the question has 600 characters; the limit is 500|问题有 600 个字，最多 500 个字",
        "400|the answer is empty|答案不能是空的",
        "400|\"text\" is required|请填写正文。",
        "400|\"version\" must be a whole number|版本号应是一个整数。",
        "400|days must be a number from 1 to 366|天数应是 1 到 366 之间的数。",
        "400|a choice needs 2 to 6 options|选择题要有 2 到 6 个选项",
        "400|button 2.3: name is 70 bytes, at most 60|第 2 个按钮的第 3 个子按钮：名称太长：70 字节，最多 60 字节",
        "404|not found|没有这个功能地址",
        "405|method not allowed|这个地址不支持这种操作",
        "500|internal error|服务器出了问题",
      })
  void knownRefusalsReadAsChineseWithoutIds(int status, String english, String chinese) {
    String text = AdminMessages.chinese(status, english);
    assertThat(text).contains(chinese).doesNotContainPattern("doc-\\d|faq-\\d|cq-\\d");
  }

  @Test
  void anUnknownEnglishRefusalStillReadsAsChineseAndChineseStaysAsItIs() {
    assertThat(AdminMessages.chinese(400, "something new went wrong"))
        .isEqualTo("这次操作没有完成：填写的内容不符合要求，请检查后再试。");
    assertThat(AdminMessages.chinese(503, "whatever")).contains("服务器");
    String chinese = "这份 PDF 设了密码，读不了。";
    assertThat(AdminMessages.chinese(400, chinese)).isEqualTo(chinese);
  }

  @Test
  void theStatusAndHeadersStay() {
    HttpError error =
        AdminMessages.chinese(
            HttpError.tooManyRequests("too many failed logins; try again in 4 s", 4, "from x"));
    Response r = error.toResponse(true);
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.bodyText()).isEqualTo("{\"error\":\"令牌输错次数太多，请 4 秒后再试，并核对令牌。\"}");
    assertThat(error.detail()).contains("from x");
    assertThat(r.headers()).containsEntry("Retry-After", "4");
  }
}
