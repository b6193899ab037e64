// The 题库 tab: the quiz items, generated and curated, found by search and filters, edited in their
// own row, disabled or enabled. A blank item is made by selecting its answer in the sentence.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, flash = A.flash, el = A.el, button = A.button;
  var row = A.row, ops = A.ops, fill = A.fill, lines = A.lines, percent = A.percent;
  var versionNote = A.versionNote, loaders = A.loaders;

  // the API's difficulty, from the share of answers that were right (docs/api.md)
  var DIFFICULTY = { easy: '容易', medium: '中等', hard: '较难' };
  var ORIGINS = { generated: '自动生成', curated: '人工添加', edited: '人工修改' };
  var BLANK = '（____）';
  var PAGE = 50; // rows shown at first; 显示更多 adds as many again
  var COLUMNS = 7;

  var items = [];
  var limit = PAGE;
  var editing = null; // the id of the item whose row holds the form

  // ---- the list: search, filters, sort ----

  loaders.quiz = function () {
    return api('GET', '/admin/quiz/questions').then(function (list) {
      items = list || [];
      fillSections();
      render();
    });
  };

  function fillSections() {
    var select = $('quiz-filter-section');
    var chosen = select.value;
    var seen = {};
    while (select.options.length > 1) select.remove(1);
    items.forEach(function (q) {
      if (q.section && !seen[q.section]) {
        seen[q.section] = true;
        var option = el('option', '', q.section);
        option.value = q.section;
        select.appendChild(option);
      }
    });
    select.value = seen[chosen] ? chosen : '';
  }

  function haystack(q) {
    return [q.prompt, q.answer, q.source, q.section].concat(q.options || [], q.accepted || [])
      .join('\n').toLowerCase();
  }

  function matches(q) {
    var words = $('quiz-search').value.toLowerCase().split(/\s+/).filter(Boolean);
    var text = words.length ? haystack(q) : '';
    var section = $('quiz-filter-section').value, type = $('quiz-filter-type').value;
    var origin = $('quiz-filter-origin').value, enabled = $('quiz-filter-enabled').value;
    return words.every(function (w) { return text.indexOf(w) >= 0; }) &&
      (!section || q.section === section) &&
      (!type || q.type === type) &&
      (!origin || q.origin === origin) &&
      (!enabled || (enabled === 'on') === Boolean(q.enabled));
  }

  function number(value, otherwise) {
    return typeof value === 'number' && !isNaN(value) ? value : otherwise;
  }

  function sorted(list) {
    var sort = $('quiz-sort').value;
    if (sort === 'asked') {
      return list.slice().sort(function (a, b) { return number(b.asked, -1) - number(a.asked, -1); });
    }
    if (sort === 'hard') {
      // items never asked have no share yet: they go last
      var share = function (q) { return number(q.asked, 0) > 0 ? number(q.rightShare, 2) : 3; };
      return list.slice().sort(function (a, b) { return share(a) - share(b); });
    }
    return list;
  }

  function render() {
    var found = sorted(items.filter(matches));
    var shown = found.slice(0, limit);
    homeForm();
    fill($('quiz-list'), shown, toRow, COLUMNS,
      items.length ? '没有符合条件的题目，请换个搜索词或筛选条件' : '题库是空的');
    $('quiz-count').textContent = '共 ' + items.length + ' 题，符合条件 ' + found.length + ' 题' +
      (found.length > shown.length ? '，显示前 ' + shown.length + ' 题' : '');
    $('quiz-more').hidden = found.length <= shown.length;
    if (editing) {
      var tr = rowOf(editing);
      if (tr) placeForm(tr); else editing = null;
    }
  }

  function stats(q) {
    if (typeof q.asked !== 'number') return el('span', 'hint', '暂无统计');
    var box = el('div', '', '问过 ' + q.asked + ' 次');
    if (q.asked > 0) box.appendChild(el('div', '', '答对 ' + percent(q.rightShare)));
    if (q.difficulty !== undefined && q.difficulty !== null && q.difficulty !== '') {
      var d = DIFFICULTY[q.difficulty] || q.difficulty;
      box.appendChild(el('div', 'hint', '难度：' + d));
    }
    return box;
  }

  function toRow(q) {
    var prompt = el('div', '', q.prompt);
    if (q.type === 'choice' && q.options && q.options.length) {
      prompt.appendChild(el('div', 'hint', q.options.join('　')));
    }
    var state = el('span', q.enabled ? 'badge on' : 'badge off', q.enabled ? '启用' : '停用');
    var toggle = q.enabled
      ? button('停用', function () { setQuizEnabled(q, false); }, 'danger')
      : button('启用', function () { setQuizEnabled(q, true); });
    var tr = row([
      [q.type === 'blank' ? '填空' : '选择', 'nowrap'],
      [prompt, 'long'],
      [q.answer, 'long'],
      [(ORIGINS[q.origin] || q.origin || '') + (q.section ? ' · ' + q.section : ''), 'long'],
      [stats(q), 'nowrap'],
      state,
      ops(button('编辑', function () { editQuiz(q, tr); }), toggle)
    ], q.enabled ? '' : 'off');
    tr.setAttribute('data-id', q.id);
    return tr;
  }

  function rowOf(id) {
    var rows = $('quiz-list').querySelectorAll('tr[data-id]');
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].getAttribute('data-id') === id) return rows[i];
    }
    return null;
  }

  /** Says message in the item's row; returns it instead when the row is not shown. */
  function tellRow(id, message) {
    var tr = rowOf(id);
    if (!tr) return message;
    tr.classList.add('saved');
    flash(message, false, tr.lastElementChild);
    return undefined;
  }

  ['quiz-search'].forEach(function (id) {
    $(id).addEventListener('input', function () { limit = PAGE; render(); });
  });
  ['quiz-filter-section', 'quiz-filter-type', 'quiz-filter-origin', 'quiz-filter-enabled',
    'quiz-sort'].forEach(function (id) {
    $(id).addEventListener('change', function () { limit = PAGE; render(); });
  });
  $('quiz-more').addEventListener('click', function () { limit += PAGE; render(); });

  // ---- the form: at the bottom to add, in the item's row to edit ----

  function homeForm() {
    var form = $('quiz-form');
    var holder = form.closest('tr');
    if (form.parentNode !== $('quiz-form-home')) $('quiz-form-home').appendChild(form);
    if (holder) holder.remove();
  }

  function placeForm(tr) {
    var holder = el('tr', 'editing');
    var td = el('td');
    td.colSpan = COLUMNS;
    td.appendChild($('quiz-form'));
    holder.appendChild(td);
    tr.parentNode.insertBefore(holder, tr.nextSibling);
  }

  function quizTypeChanged() {
    var blank = $('quiz-type').value === 'blank';
    $('quiz-options-label').hidden = blank;
    $('quiz-blank-maker').hidden = !blank;
  }

  function resetQuizForm() {
    editing = null;
    homeForm();
    $('quiz-form').reset();
    $('quiz-id').value = '';
    $('quiz-form-title').textContent = '添加题目';
    $('quiz-submit').textContent = '添加';
    quizTypeChanged();
  }

  function editQuiz(q, tr) {
    A.clearFlash();
    editing = q.id;
    homeForm();
    placeForm(tr);
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
    $('quiz-prompt').focus();
  }

  function setQuizEnabled(q, enabled) {
    if (!enabled && !confirm('停用这道题？停用后不再出现在答题里。')) return;
    run(function () {
      var path = '/admin/quiz/questions/' + encodeURIComponent(q.id);
      var call = enabled ? api('POST', path + '/enable') : api('DELETE', path);
      return call.then(function (r) {
        return loaders.quiz().then(function () {
          return tellRow(q.id, (enabled ? '已启用' : '已停用') + versionNote(r));
        });
      });
    });
  }

  // ---- a blank made from the sentence: select the answer, press the button ----

  function makeBlank() {
    var source = $('quiz-source');
    var text = source.value;
    var start = source.selectionStart, end = source.selectionEnd;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (start >= end) {
      flash('请先把原句粘贴到“出处原句”里，用鼠标选中要挖空的文字，再点这个按钮', true,
        $('quiz-make-blank'));
      return;
    }
    var answer = text.slice(start, end);
    $('quiz-prompt').value = (text.slice(0, start) + BLANK + text.slice(end)).trim();
    $('quiz-answer').value = answer;
    flash('已挖空「' + answer + '」：题目和答案已填好，检查后点“' + $('quiz-submit').textContent +
      '”', false, $('quiz-make-blank'));
  }

  /** A blank typed by hand, as （ ）, (___) or ____, becomes the exact （____） the quiz uses. */
  function normalizeBlank(prompt) {
    return prompt.replace(/[（(][\s_＿]*[)）]|[_＿]{2,}/g, BLANK);
  }

  $('quiz-make-blank').addEventListener('click', makeBlank);
  $('quiz-type').addEventListener('change', quizTypeChanged);

  $('quiz-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var id = $('quiz-id').value;
    var type = $('quiz-type').value;
    var prompt = $('quiz-prompt').value.trim();
    var body = {
      type: type,
      prompt: type === 'blank' ? normalizeBlank(prompt) : prompt,
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
          if (!id) return '已添加题目「' + body.prompt + '」' + versionNote(r);
          return tellRow(r && r.id ? r.id : id, '已保存' + versionNote(r));
        });
      });
    });
  });

  $('quiz-cancel').addEventListener('click', resetQuizForm);
})(window.UnionAdmin);
