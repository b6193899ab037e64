// The 问答对, 同义词 and 未答问题 tabs: FAQ pairs, synonyms, and the questions workers could not get answered.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, el = A.el, button = A.button, row = A.row, ops = A.ops;
  var fill = A.fill, time = A.time, versionNote = A.versionNote, loaders = A.loaders;

  // ---- FAQ ----

  loaders.faq = function () {
    return api('GET', '/admin/faq').then(function (items) {
      fill($('faq-list'), items, function (f) {
        var q = el('div', '', f.question);
        var alts = f.alternatives || [];
        if (alts.length) {
          var more = el('div', 'hint', '其他问法：' + alts.join('；'));
          q.appendChild(more);
        }
        var answer = el('div', '', f.answer);
        answer.style.whiteSpace = 'pre-line';
        return row([
          [q, 'long'], [answer, 'long'],
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
    $('faq-alternatives').value = (f.alternatives || []).join('\n');
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
    var body = {
      question: $('faq-question').value.trim(),
      answer: $('faq-answer').value.trim(),
      alternatives: lines($('faq-alternatives').value)
    };
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

  /** The non-blank lines of a text box, each trimmed: one alternative wording a line. */
  function lines(text) {
    return text.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l; });
  }

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
        return row([[cell, 'long'], [u.count, 'num'], [time(u.lastAt), 'nowrap'],
          ops(button('归入已有问答', function () { attach(cell, u); }, 'primary'),
            button('新建问答', function () { askAnswer(cell, u); }),
            button('忽略', function () { ignore(u); }))]);
      }, 4, '没有未答问题');
    });
  };

  /**
   * A form in a row of its own under the question's row, as wide as the table (a phone has no room
   * beside the question), replacing any other one there.
   */
  function rowForm(cell) {
    var tr = cell.closest('tr');
    var next = tr.nextElementSibling;
    if (next && next.classList.contains('formrow')) next.remove();
    var holder = el('tr', 'formrow');
    var td = el('td');
    td.colSpan = tr.children.length;
    var form = el('form', 'rowform');
    form.style.display = 'flex';
    form.style.flexWrap = 'wrap';
    form.style.alignItems = 'center';
    form.style.gap = '0.5em';
    td.appendChild(form);
    holder.appendChild(td);
    tr.parentNode.insertBefore(holder, tr.nextSibling);
    form.remove = function () { holder.remove(); };
    return form;
  }

  /** Offers the nearest FAQ pairs (then all the others) and adds the question as a wording. */
  function attach(cell, u) {
    run(function () {
      return api('GET', '/admin/faq').then(function (faqs) {
        if (!faqs.length) return '还没有问答对，请先点“新建问答”';
        var form = rowForm(cell);
        var pick = el('select');
        pick.style.maxWidth = '100%';
        pick.setAttribute('aria-label', '归入哪个问答');
        var near = {};
        (u.closest || []).forEach(function (c) {
          near[c.id] = true;
          pick.appendChild(option(c.id, '（相近）' + c.question));
        });
        faqs.forEach(function (f) {
          if (!near[f.id]) pick.appendChild(option(f.id, f.question));
        });
        var save = el('button', 'primary', '归入');
        save.type = 'submit';
        form.appendChild(el('span', 'hint', '这个问题和哪个问答意思相同？'));
        form.appendChild(pick);
        form.appendChild(save);
        form.appendChild(button('取消', function () { form.remove(); }));
        form.addEventListener('submit', function (event) {
          event.preventDefault();
          var chosen = pick.options[pick.selectedIndex].textContent.replace(/^（相近）/, '');
          run(function () {
            return api('POST', '/admin/unanswered/attach', { text: u.text, faq: pick.value })
              .then(function (r) {
                return loaders.unanswered().then(function () {
                  return '已把「' + u.text + '」归入问答「' + chosen + '」，以后这样问就能答上' + versionNote(r);
                });
              });
          });
        });
        pick.focus();
      });
    });
  }

  function option(value, label) {
    var o = el('option', '', label);
    o.value = value;
    return o;
  }

  /** Asks for the answer in the row itself, then turns the question into a FAQ pair. */
  function askAnswer(cell, u) {
    var form = rowForm(cell);
    var answer = el('textarea');
    answer.rows = 3;
    answer.style.width = '100%';
    answer.placeholder = '这个问题的答案（可以写多行）';
    answer.setAttribute('aria-label', '答案');
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
    answer.focus();
  }

  function ignore(u) {
    run(function () {
      return api('POST', '/admin/unanswered/ignore', { text: u.text }).then(function () {
        return loaders.unanswered().then(function () {
          return '已忽略「' + u.text + '」，以后不再列出';
        });
      });
    });
  }

  $('ignore-noise').addEventListener('click', function () {
    if (!confirm('忽略所有寒暄和无意义内容（如“你好”“在吗”“好的”、表情、标点）？以后这类内容也不再列出。')) return;
    run(function () {
      return api('POST', '/admin/unanswered/ignore', { kind: 'noise' }).then(function (r) {
        return loaders.unanswered().then(function () {
          return '已忽略 ' + r.ignored + ' 条寒暄和无意义内容，以后这类内容也不再列出';
        });
      });
    });
  });
})(window.UnionAdmin);
