// The 题库 tab: the quiz items, generated and curated, edited, disabled or enabled.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, el = A.el, button = A.button, row = A.row, ops = A.ops;
  var fill = A.fill, lines = A.lines, versionNote = A.versionNote, loaders = A.loaders;

  // ---- quiz questions ----

  var ORIGINS = { generated: '自动生成', curated: '人工添加', edited: '人工修改' };

  loaders.quiz = function () {
    return api('GET', '/admin/quiz/questions').then(function (items) {
      fill($('quiz-list'), items, function (q) {
        var prompt = el('div', '', q.prompt);
        if (q.type === 'choice' && q.options && q.options.length) {
          prompt.appendChild(el('div', 'hint', q.options.join('　')));
        }
        var state = el('span', q.enabled ? 'badge on' : 'badge off', q.enabled ? '启用' : '停用');
        var toggle = q.enabled
          ? button('停用', function () { setQuizEnabled(q, false); }, 'danger')
          : button('启用', function () { setQuizEnabled(q, true); });
        return row([
          [q.type === 'blank' ? '填空' : '选择', 'nowrap'],
          [prompt, 'long'],
          [q.answer, 'long'],
          [(ORIGINS[q.origin] || q.origin || '') + (q.section ? ' · ' + q.section : ''), 'long'],
          state,
          ops(button('编辑', function () { editQuiz(q); }), toggle)
        ], q.enabled ? '' : 'off');
      }, 6, '题库是空的');
    });
  };

  function quizTypeChanged() {
    $('quiz-options-label').hidden = $('quiz-type').value !== 'choice';
  }

  function resetQuizForm() {
    $('quiz-form').reset();
    $('quiz-id').value = '';
    $('quiz-form-title').textContent = '添加题目';
    $('quiz-submit').textContent = '添加';
    quizTypeChanged();
  }

  function editQuiz(q) {
    $('quiz-id').value = q.id;
    $('quiz-type').value = q.type === 'blank' ? 'blank' : 'choice';
    $('quiz-prompt').value = q.prompt || '';
    $('quiz-options').value = (q.options || []).join('\n');
    $('quiz-answer').value = q.answer || '';
    $('quiz-accepted').value = (q.accepted || []).join('\n');
    $('quiz-source').value = q.source || '';
    $('quiz-form-title').textContent = '编辑题目';
    $('quiz-submit').textContent = '保存';
    quizTypeChanged();
    $('quiz-form').scrollIntoView();
  }

  function setQuizEnabled(q, enabled) {
    if (!enabled && !confirm('停用这道题？停用后不再出现在答题里。')) return;
    run(function () {
      var path = '/admin/quiz/questions/' + encodeURIComponent(q.id);
      var call = enabled ? api('POST', path + '/enable') : api('DELETE', path);
      return call.then(function (r) {
        return loaders.quiz().then(function () {
          return (enabled ? '已启用' : '已停用') + versionNote(r);
        });
      });
    });
  }

  $('quiz-type').addEventListener('change', quizTypeChanged);

  $('quiz-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var id = $('quiz-id').value;
    var type = $('quiz-type').value;
    var body = {
      type: type,
      prompt: $('quiz-prompt').value.trim(),
      options: type === 'choice' ? lines($('quiz-options').value) : [],
      answer: $('quiz-answer').value.trim(),
      accepted: lines($('quiz-accepted').value),
      source: $('quiz-source').value.trim()
    };
    run(function () {
      var call = id
        ? api('PUT', '/admin/quiz/questions/' + encodeURIComponent(id), body)
        : api('POST', '/admin/quiz/questions', body);
      return call.then(function (r) {
        resetQuizForm();
        return loaders.quiz().then(function () {
          return (id ? '已保存题目' : '已添加题目') + versionNote(r);
        });
      });
    });
  });

  $('quiz-cancel').addEventListener('click', resetQuizForm);
})(window.UnionAdmin);
