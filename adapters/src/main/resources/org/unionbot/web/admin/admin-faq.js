// The 问答对, 同义词 and 未答问题 tabs: FAQ pairs, synonyms, and the questions workers could not get answered.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, el = A.el, button = A.button, row = A.row, ops = A.ops;
  var fill = A.fill, time = A.time, versionNote = A.versionNote, loaders = A.loaders;

  // ---- FAQ ----

  loaders.faq = function () {
    return api('GET', '/admin/faq').then(function (items) {
      fill($('faq-list'), items, function (f) {
        return row([
          [f.question, 'long'], [f.answer, 'long'],
          ops(button('编辑', function () { editFaq(f); }),
            button('删除', function () { deleteFaq(f); }, 'danger'))
        ]);
      }, 3, '还没有问答对');
    });
  };

  function resetFaqForm() {
    $('faq-form').reset();
    $('faq-id').value = '';
    $('faq-form-title').textContent = '添加问答对';
    $('faq-submit').textContent = '添加';
  }

  function editFaq(f) {
    $('faq-id').value = f.id;
    $('faq-question').value = f.question || '';
    $('faq-answer').value = f.answer || '';
    $('faq-form-title').textContent = '编辑问答对';
    $('faq-submit').textContent = '保存';
    $('faq-form').scrollIntoView();
  }

  function deleteFaq(f) {
    if (!confirm('删除问答对「' + f.question + '」？')) return;
    run(function () {
      return api('DELETE', '/admin/faq/' + encodeURIComponent(f.id)).then(function (r) {
        return loaders.faq().then(function () { return '已删除问答对' + versionNote(r); });
      });
    });
  }

  $('faq-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var id = $('faq-id').value;
    var body = { question: $('faq-question').value.trim(), answer: $('faq-answer').value.trim() };
    run(function () {
      var call = id
        ? api('PUT', '/admin/faq/' + encodeURIComponent(id), body)
        : api('POST', '/admin/faq', body);
      return call.then(function (r) {
        resetFaqForm();
        return loaders.faq().then(function () {
          return (id ? '已保存问答对' : '已添加问答对') + versionNote(r);
        });
      });
    });
  });

  $('faq-cancel').addEventListener('click', resetFaqForm);

  // ---- synonyms ----

  loaders.synonyms = function () {
    return api('GET', '/admin/synonyms').then(function (items) {
      fill($('syn-list'), items, function (s) {
        return row([s.term, s.canonical, ops(button('删除', function () { deleteSynonym(s); }, 'danger'))]);
      }, 3, '还没有同义词');
    });
  };

  function deleteSynonym(s) {
    if (!confirm('删除同义词「' + s.term + ' → ' + s.canonical + '」？')) return;
    run(function () {
      return api('DELETE', '/admin/synonyms/' + encodeURIComponent(s.term)).then(function (r) {
        return loaders.synonyms().then(function () { return '已删除同义词' + versionNote(r); });
      });
    });
  }

  $('syn-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { term: $('syn-term').value.trim(), canonical: $('syn-canonical').value.trim() };
    run(function () {
      return api('POST', '/admin/synonyms', body).then(function (r) {
        $('syn-form').reset();
        return loaders.synonyms().then(function () {
          return '已添加同义词 ' + body.term + ' → ' + body.canonical + versionNote(r);
        });
      });
    });
  });

  // ---- unanswered questions ----

  loaders.unanswered = function () {
    return api('GET', '/admin/unanswered').then(function (items) {
      fill($('unanswered-list'), items, function (u) {
        var cell = el('div', '', u.text);
        var tr = row([[cell, 'long'], [u.count, 'num'], [time(u.lastAt), 'nowrap'],
          ops(button('设为问答对', function () { askAnswer(cell, u); }))]);
        return tr;
      }, 4, '没有未答问题');
    });
  };

  /** Asks for the answer in the row itself, then turns the question into a FAQ pair. */
  function askAnswer(cell, u) {
    if (cell.querySelector('form')) return;
    var form = el('form', 'rowform');
    var answer = el('input');
    answer.type = 'text';
    answer.placeholder = '这个问题的答案';
    answer.required = true;
    var save = el('button', 'primary', '保存');
    save.type = 'submit';
    form.appendChild(answer);
    form.appendChild(save);
    form.appendChild(button('取消', function () { form.remove(); }));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      run(function () {
        return api('POST', '/admin/unanswered/faq', { text: u.text, answer: answer.value.trim() })
          .then(function (r) {
            return loaders.unanswered().then(function () {
              return '已把「' + u.text + '」做成问答对' + versionNote(r);
            });
          });
      });
    });
    cell.appendChild(form);
    answer.focus();
  }
})(window.UnionAdmin);
