// The 统计 tab: questions per day, the answered share and the quiz figures.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, el = A.el, row = A.row, fill = A.fill, percent = A.percent;
  var loaders = A.loaders;

  // ---- stats ----

  loaders.stats = function () {
    return api('GET', '/admin/stats').then(function (s) {
      s = s || {};
      var quiz = s.quiz || {};
      var summary = $('stats-summary');
      summary.textContent = '';
      [
        ['回答率', percent(s.answeredShare)],
        ['答题轮数', quiz.rounds],
        ['作答题数', quiz.answers],
        ['答对题数', quiz.correct],
        ['正确率', percent(quiz.accuracy)]
      ].forEach(function (pair) {
        var box = el('div', 'stat');
        box.appendChild(el('div', 'value', pair[1] === undefined ? '—' : pair[1]));
        box.appendChild(el('div', 'label', pair[0]));
        summary.appendChild(box);
      });
      fill($('stats-days'), s.days, function (d) {
        return row([[d.day, 'nowrap'], [d.questions, 'num'], [d.answered, 'num']]);
      }, 3, '还没有提问');
      fill($('stats-top'), s.topQuestions, function (t) {
        return row([[t.text, 'long'], [t.count, 'num']]);
      }, 2, '还没有提问');
    });
  };
})(window.UnionAdmin);
