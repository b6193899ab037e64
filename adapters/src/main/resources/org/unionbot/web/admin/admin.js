// The admin page: every section talks to the admin API (/admin/...) with the bearer token kept in
// sessionStorage. Whatever the server sends back is put into the page with textContent, never as
// HTML. Any refusal shows the server's message; a 401 goes back to the login form.
(function () {
  'use strict';

  var TOKEN_KEY = 'unionbot_admin_token';
  var NAME_KEY = 'unionbot_admin_name';
  var MAX_FILE_BYTES = 1024 * 1024; // the server's limit for /admin/ bodies
  var TOO_LARGE = '文件太大：最多 1 MB。Word 文件里如有大图片，请删去图片后另存再上传，' +
    '或把正文复制粘贴到“正文”框里';

  var $ = function (id) { return document.getElementById(id); };
  var session = {
    token: read(TOKEN_KEY),
    name: read(NAME_KEY) || ''
  };
  var current = null;

  function read(key) {
    try { return sessionStorage.getItem(key); } catch (e) { return null; }
  }

  function write(key, value) {
    try {
      if (value) sessionStorage.setItem(key, value); else sessionStorage.removeItem(key);
    } catch (e) {
      // storage disabled: the login lasts as long as the page
    }
  }

  // ---- talking to the API ----

  /** An error the API reported, with its status. */
  function ApiError(status, message) {
    this.status = status;
    this.message = message;
  }
  ApiError.prototype = Object.create(Error.prototype);

  function api(method, path, body) {
    var headers = { 'Authorization': 'Bearer ' + session.token, 'Accept': 'application/json' };
    // header values must be Latin-1: the name travels percent-encoded as UTF-8
    if (session.name) headers['X-Admin-Name'] = encodeURIComponent(session.name);
    var init = { method: method, headers: headers, cache: 'no-store' };
    if (body instanceof Blob) {
      // a file as it is: the server tells Word, PDF and text (any encoding) by its first bytes
      headers['Content-Type'] = 'application/octet-stream';
      init.body = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (res) {
      return res.text().then(function (raw) {
        var data = null;
        if (raw) {
          try { data = JSON.parse(raw); } catch (e) { data = null; }
        }
        if (res.status === 401) {
          logout('令牌无效或已失效，请重新登录' + (data && data.error ? '（' + data.error + '）' : ''));
          throw new ApiError(401, '需要重新登录');
        }
        if (res.status === 429) {
          // the lockout after 5 wrong tokens from this address; Retry-After says for how long
          var wait = parseInt(res.headers.get('Retry-After'), 10) || 1;
          throw new ApiError(429, '令牌输错次数太多，请' + wait + '秒后再试（请核对令牌）');
        }
        if (res.status === 413) throw new ApiError(413, TOO_LARGE);
        if (!res.ok) {
          var message = data && typeof data.error === 'string' ? data.error : raw.trim();
          throw new ApiError(res.status, message || ('HTTP ' + res.status));
        }
        return data;
      });
    }, function () {
      throw new ApiError(0, '连不上服务器');
    });
  }

  /** Runs an action: its error, or its success message, goes to the flash line. */
  function run(action) {
    return Promise.resolve().then(action).then(function (message) {
      if (message) flash(message, false);
    }, function (e) {
      if (e && e.status === 401) return;
      flash('出错：' + (e && e.message ? e.message : String(e)), true);
    });
  }

  function flash(message, error) {
    var f = $('flash');
    f.textContent = message;
    f.className = error ? 'flash error' : 'flash';
    f.hidden = false;
  }

  function clearFlash() {
    $('flash').hidden = true;
    $('flash').textContent = '';
  }

  function versionNote(result) {
    return result && result.version !== undefined ? '（版本 ' + result.version + '）' : '';
  }

  // ---- DOM helpers ----

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function button(label, onClick, className) {
    var b = el('button', className || '', label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  /** A table row: each cell a text, a node, or [text or node, className]. */
  function row(cells, className) {
    var tr = el('tr', className || '');
    cells.forEach(function (cell) {
      var content = Array.isArray(cell) ? cell[0] : cell;
      var td = el('td', Array.isArray(cell) ? cell[1] : '');
      if (content instanceof Node) {
        td.appendChild(content);
      } else if (content !== undefined && content !== null) {
        td.textContent = String(content);
      }
      tr.appendChild(td);
    });
    return tr;
  }

  function ops() {
    var span = el('span');
    Array.prototype.forEach.call(arguments, function (b) { span.appendChild(b); });
    return [span, 'ops'];
  }

  function fill(tbody, items, toRow, columns, empty) {
    tbody.textContent = '';
    if (!items || !items.length) {
      var tr = el('tr');
      var td = el('td', 'empty', empty || '暂无');
      td.colSpan = columns;
      tr.appendChild(td);
      tbody.appendChild(tr);
      return;
    }
    items.forEach(function (item) {
      tbody.appendChild(toRow(item));
    });
  }

  function time(value) {
    if (value === undefined || value === null || value === '') return '';
    var d = new Date(value);
    return isNaN(d.getTime()) ? String(value) : d.toLocaleString('zh-CN', { hour12: false });
  }

  function percent(share) {
    if (typeof share !== 'number' || isNaN(share)) return '—';
    return (share <= 1 ? share * 100 : share).toFixed(1) + '%';
  }

  function lines(text) {
    return text.split(/\r?\n/).map(function (s) { return s.trim(); })
      .filter(function (s) { return s; });
  }

  // ---- login ----

  function showLogin(message) {
    $('app').hidden = true;
    $('logout').hidden = true;
    $('who').textContent = '';
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('name').value = session.name;
    $('token').focus();
  }

  function showApp() {
    $('login').hidden = true;
    $('app').hidden = false;
    $('logout').hidden = false;
    $('who').textContent = session.name ? '操作人：' + session.name : '';
    openTab(current || location.hash.replace('#', '') || 'documents');
  }

  function logout(message) {
    session.token = null;
    write(TOKEN_KEY, null);
    showLogin(message);
  }

  $('login-form').addEventListener('submit', function (event) {
    event.preventDefault();
    session.token = $('token').value.trim();
    session.name = $('name').value.trim();
    $('login-error').textContent = '';
    if (!session.token) return;
    api('GET', '/admin/documents').then(function () {
      write(TOKEN_KEY, session.token);
      write(NAME_KEY, session.name);
      $('token').value = '';
      clearFlash();
      showApp();
    }, function (e) {
      if (e.status !== 401) {
        session.token = null;
        $('login-error').textContent = '登录失败：' + e.message;
      }
    });
  });

  $('logout').addEventListener('click', function () {
    logout('已退出登录');
  });

  // ---- tabs ----

  var loaders = {};

  function openTab(tab) {
    if (!loaders[tab]) tab = 'documents';
    current = tab;
    if (location.hash !== '#' + tab) history.replaceState(null, '', '#' + tab);
    var buttons = $('tabs').querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].classList.toggle('active', buttons[i].getAttribute('data-tab') === tab);
    }
    var tabs = document.querySelectorAll('.tab');
    for (var j = 0; j < tabs.length; j++) tabs[j].hidden = tabs[j].id !== 'tab-' + tab;
    run(loaders[tab]);
  }

  $('tabs').addEventListener('click', function (event) {
    var tab = event.target.getAttribute && event.target.getAttribute('data-tab');
    if (tab) {
      clearFlash();
      openTab(tab);
    }
  });

  // ---- documents ----

  loaders.documents = function () {
    return api('GET', '/admin/documents').then(function (docs) {
      fill($('doc-list'), docs, function (d) {
        return row([
          [d.title, 'long'], [d.chars, 'num'], [time(d.updatedAt), 'nowrap'],
          ops(button('替换', function () { editDocument(d.id); }),
            button('删除', function () { deleteDocument(d); }, 'danger'))
        ]);
      }, 4, '还没有文档');
    });
  };

  function resetDocumentForm() {
    $('doc-form').reset();
    $('doc-title').dataset.fromFile = '';
    $('doc-id').value = '';
    $('doc-form-title').textContent = '添加文档';
    $('doc-submit').textContent = '添加';
  }

  function editDocument(id) {
    run(function () {
      return api('GET', '/admin/documents/' + encodeURIComponent(id)).then(function (d) {
        $('doc-id').value = d.id;
        $('doc-title').value = d.title || '';
        $('doc-title').dataset.fromFile = '';
        $('doc-text').value = d.text || '';
        $('doc-form-title').textContent = '替换文档：' + (d.title || d.id);
        $('doc-submit').textContent = '保存替换';
        $('doc-form').scrollIntoView();
      });
    });
  }

  function deleteDocument(d) {
    if (!confirm('删除文档「' + d.title + '」？删除后其内容不再被回答。')) return;
    run(function () {
      return api('DELETE', '/admin/documents/' + encodeURIComponent(d.id)).then(function (r) {
        return loaders.documents().then(function () {
          return '已删除「' + d.title + '」' + versionNote(r);
        });
      });
    });
  }

  // a picked file is read by the server (Word, PDF, GBK text...) and shown for checking first
  $('doc-file').addEventListener('change', function () {
    var input = this;
    var file = input.files && input.files[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      flash('出错：' + TOO_LARGE, true);
      input.value = '';
      return;
    }
    run(function () {
      return api('POST', '/admin/documents/preview', file).then(function (r) {
        $('doc-text').value = r.text;
        var title = $('doc-title');
        if (!title.value.trim() || title.dataset.fromFile === '1') {
          title.value = r.title;
          title.dataset.fromFile = '1';
        }
        return '已读入 ' + file.name + '（' + r.chars + ' 字' +
          (r.format === 'gb18030' ? '，按 GBK 编码读出' : '') + '），请检查标题和正文，再点“' +
          $('doc-submit').textContent + '”';
      }, function (e) {
        input.value = '';
        throw e;
      });
    });
  });

  // a title the officer types is kept when another file is picked
  $('doc-title').addEventListener('input', function () { this.dataset.fromFile = ''; });

  $('doc-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var id = $('doc-id').value;
    var body = { title: $('doc-title').value.trim(), text: $('doc-text').value };
    run(function () {
      var call = id
        ? api('PUT', '/admin/documents/' + encodeURIComponent(id), body)
        : api('POST', '/admin/documents', body);
      return call.then(function (r) {
        resetDocumentForm();
        return loaders.documents().then(function () {
          return (id ? '已替换「' : '已添加「') + body.title + '」' + versionNote(r);
        });
      });
    });
  });

  $('doc-cancel').addEventListener('click', resetDocumentForm);

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

  // ---- versions ----

  loaders.versions = function () {
    return api('GET', '/admin/versions').then(function (items) {
      fill($('version-list'), items, function (v) {
        var last = v.current
          ? el('span', 'badge on', '当前')
          : ops(button('回滚到此版本', function () { rollback(v.version); }));
        return row([[v.version, 'num'], [time(v.at), 'nowrap'], v.actor, v.action, [v.target, 'long'],
          last], v.current ? 'current' : '');
      }, 6, '没有版本记录');
    });
  };

  function rollback(version) {
    if (!confirm('回滚到版本 ' + version + '？之后的修改将不再生效（仍可再回滚回来）。')) return;
    run(function () {
      return api('POST', '/admin/rollback', { version: version }).then(function (r) {
        return loaders.versions().then(function () {
          return '已回滚到版本 ' + version + '，现在是版本 ' + (r && r.version);
        });
      });
    });
  }

  // ---- audit log ----

  loaders.audit = function () {
    return api('GET', '/admin/audit').then(function (items) {
      fill($('audit-list'), items, function (a) {
        return row([[time(a.at), 'nowrap'], a.actor, a.action, [a.target, 'long'], [a.version, 'num']]);
      }, 5, '审计日志是空的');
    });
  };

  // ---- menu ----

  loaders.menu = function () {
    $('menu-error').textContent = '';
    $('referral-error').textContent = '';
    return Promise.all([
      api('GET', '/admin/menu').then(function (menu) {
        $('menu-json').value = JSON.stringify(menu, null, 2);
      }),
      api('GET', '/admin/referral').then(function (referral) {
        $('referral-text').value = referral.text;
      })
    ]);
  };

  $('referral-save').addEventListener('click', function () {
    $('referral-error').textContent = '';
    run(function () {
      return api('PUT', '/admin/referral', { text: $('referral-text').value }).then(function (saved) {
        $('referral-text').value = saved.text;
        return '已保存转介话术';
      }, function (e) {
        if (e.status !== 401) $('referral-error').textContent = e.message;
        throw e;
      });
    });
  });

  $('menu-load').addEventListener('click', function () {
    run(function () { return loaders.menu().then(function () { return '已载入菜单'; }); });
  });

  $('menu-save').addEventListener('click', function () {
    var menu;
    $('menu-error').textContent = '';
    try {
      menu = JSON.parse($('menu-json').value);
    } catch (e) {
      $('menu-error').textContent = 'JSON 格式错误：' + e.message;
      flash('出错：菜单不是合法的 JSON', true);
      return;
    }
    run(function () {
      return api('PUT', '/admin/menu', menu).then(function (saved) {
        $('menu-json').value = JSON.stringify(saved || menu, null, 2);
        return '已保存菜单';
      }, function (e) {
        if (e.status !== 401) $('menu-error').textContent = e.message;
        throw e;
      });
    });
  });

  // ---- start ----

  if (session.token) {
    showApp();
  } else {
    showLogin('');
  }
})();
