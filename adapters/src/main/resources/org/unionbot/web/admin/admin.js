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
          logout(data && data.error ? data.error : '令牌无效或已失效，请重新登录');
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

  // ---- where a message goes: next to the control that caused it ----

  // The control whose event is being handled (a clicked button, a submitted form's button, a picked
  // file): recorded before any handler runs and forgotten once the event is over, so that run(action)
  // called from a handler knows its place without being told.
  var trigger = null;

  function remember(node) {
    trigger = node;
    setTimeout(function () { if (trigger === node) trigger = null; }, 0);
  }

  document.addEventListener('click', function (event) {
    var b = event.target.closest && event.target.closest('button');
    if (b) remember(b);
  }, true);
  document.addEventListener('submit', function (event) {
    remember(event.submitter || event.target.querySelector('[type=submit]') || event.target);
  }, true);
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('input[type=file]')) remember(event.target);
  }, true);

  /**
   * Runs an action. While it runs, the control that started it (and a form's other submit buttons)
   * are disabled; its error, or the success message it returns, shows next to that control.
   *
   * @param place the control or element to report beside; left out: the control whose event is
   *     being handled; null: the page's message line
   */
  function run(action, place) {
    if (place === undefined) place = trigger;
    clearNote(place);
    var release = busy(place);
    return Promise.resolve().then(action).then(function (message) {
      release();
      if (message) flash(message, false, place);
    }, function (e) {
      release();
      if (e && e.status === 401) return;
      if (e && e.warning) flash(e.message, 'warning', place);
      else flash('出错：' + (e && e.message ? e.message : String(e)), true, place);
    });
  }

  /** Disables the place's buttons while an action runs; returns what enables them again. */
  function busy(place) {
    if (!place || !place.closest) return function () {};
    var form = place.form || place.closest('form');
    var controls = form ? Array.prototype.slice.call(form.querySelectorAll('button[type=submit]')) : [];
    if (place.tagName === 'BUTTON' && controls.indexOf(place) < 0) controls.push(place);
    controls = controls.filter(function (c) { return !c.disabled; });
    controls.forEach(function (c) {
      c.disabled = true;
      c.setAttribute('aria-busy', 'true');
    });
    return function () {
      controls.forEach(function (c) {
        c.disabled = false;
        c.removeAttribute('aria-busy');
      });
    };
  }

  /** Where a place's message line goes: after its group of controls, or inside its table cell. */
  function anchor(place) {
    var group = place.closest('.actions, .inline, .rowform, label');
    if (group) return { after: group };
    var cell = place.closest('td');
    return cell ? { inside: cell } : { after: place };
  }

  function noteOf(place, create) {
    var at = anchor(place);
    var existing = at.inside
      ? at.inside.querySelector(':scope > .note')
      : at.after.nextElementSibling;
    if (existing && existing.classList.contains('note')) return existing;
    if (!create) return null;
    var note = el('p', 'flash note');
    if (at.inside) at.inside.appendChild(note); else at.after.parentNode.insertBefore(note, at.after.nextSibling);
    return note;
  }

  function clearNote(place) {
    var note = place && place.isConnected ? noteOf(place, false) : null;
    if (note) note.remove();
  }

  /**
   * Shows a message next to place (see run), or, with no place or one no longer on the page, on
   * the page's message line, which stays in view at the bottom of the window.
   *
   * @param error true for an error, 'warning' for something done only in part
   */
  function flash(message, error, place) {
    var f = place && place.isConnected ? noteOf(place, true) : $('flash');
    f.textContent = message;
    f.className = 'flash' + (error === 'warning' ? ' warning' : error ? ' error' : '') +
      (f.id === 'flash' ? ' toast' : ' note');
    f.setAttribute('role', error ? 'alert' : 'status');
    f.hidden = false;
    if (f.id === 'flash') {
      clearTimeout(flash.timer);
      if (!error) flash.timer = setTimeout(function () { f.hidden = true; }, 8000);
    } else if (f.scrollIntoView) {
      f.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Clears the page's message line and every message beside a control. */
  function clearFlash() {
    $('flash').hidden = true;
    $('flash').textContent = '';
    var notes = document.querySelectorAll('.note');
    for (var i = 0; i < notes.length; i++) notes[i].remove();
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

  /**
   * A table row: each cell a text, a node, or [text or node, className, label]. A cell's label
   * (data-label, shown before it when the table reads as cards on a phone) is its column's heading
   * unless given.
   */
  function row(cells, className) {
    var tr = el('tr', className || '');
    cells.forEach(function (cell) {
      var content = Array.isArray(cell) ? cell[0] : cell;
      var td = el('td', Array.isArray(cell) ? cell[1] : '');
      if (Array.isArray(cell) && cell[2]) td.setAttribute('data-label', cell[2]);
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

  // ---- tabs: a WAI-ARIA tab list (arrow keys, Home and End move between tabs) ----

  var loaders = {};

  /** Ties each tab to its panel (tab-NAME) for assistive technology. */
  function setUpTabs() {
    tabButtons().forEach(function (b) {
      var name = b.getAttribute('data-tab');
      var panel = $('tab-' + name);
      b.id = 'tab-button-' + name;
      b.setAttribute('aria-controls', 'tab-' + name);
      b.setAttribute('aria-selected', 'false');
      b.tabIndex = -1;
      if (panel) {
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('aria-labelledby', b.id);
        panel.tabIndex = 0;
      }
    });
  }

  function tabButtons() {
    return Array.prototype.slice.call($('tabs').querySelectorAll('[role=tab]'));
  }

  function openTab(tab) {
    if (!loaders[tab]) tab = 'documents';
    current = tab;
    if (location.hash !== '#' + tab) history.replaceState(null, '', '#' + tab);
    tabButtons().forEach(function (b) {
      var on = b.getAttribute('data-tab') === tab;
      b.classList.toggle('active', on);
      b.setAttribute('aria-selected', on ? 'true' : 'false');
      b.tabIndex = on ? 0 : -1;
      if (on && b.scrollIntoView) b.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    var tabs = document.querySelectorAll('.tab');
    for (var j = 0; j < tabs.length; j++) tabs[j].hidden = tabs[j].id !== 'tab-' + tab;
    // the panel is busy while its loader runs (assistive technology waits; so do the tests)
    var panel = $('tab-' + tab);
    panel.setAttribute('aria-busy', 'true');
    run(function () { return loaders[tab]().then(function () { return undefined; }); }, null)
      .then(function () { panel.removeAttribute('aria-busy'); });
  }

  function choose(tab) {
    clearFlash();
    openTab(tab);
  }

  $('tabs').addEventListener('click', function (event) {
    var b = event.target.closest && event.target.closest('[role=tab]');
    if (b) choose(b.getAttribute('data-tab'));
  });

  // A file the API answers (an export), saved under `name` in the browser.
  function download(path, name) {
    var headers = { 'Authorization': 'Bearer ' + session.token };
    return fetch(path, { headers: headers, cache: 'no-store' }).then(function (res) {
      if (!res.ok) {
        return res.text().then(function (raw) {
          var data = null;
          try { data = JSON.parse(raw); } catch (e) { data = null; }
          throw new ApiError(res.status, data && data.error ? data.error : '下载失败（' + res.status + '）');
        });
      }
      return res.blob().then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = name;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
        return '已下载 ' + name;
      });
    });
  }

  $('tabs').addEventListener('keydown', function (event) {
    var all = tabButtons();
    var at = all.indexOf(event.target);
    if (at < 0) return;
    var to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    var next = all[(to + all.length) % all.length];
    choose(next.getAttribute('data-tab'));
    next.focus();
  });

  // ---- tables read as cards on a phone: each cell carries its column's heading ----

  function labelCells(tr) {
    var table = tr.closest('table');
    var head = table && table.tHead && table.tHead.rows[0];
    if (!head) return;
    Array.prototype.forEach.call(tr.cells, function (td, i) {
      var th = head.cells[i];
      var label = th && td.colSpan === 1 ? th.textContent.trim() : '';
      if (label && !td.hasAttribute('data-label')) td.setAttribute('data-label', label);
    });
  }

  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      Array.prototype.forEach.call(change.addedNodes, function (node) {
        if (node.nodeType !== 1) return;
        if (node.tagName === 'TR') labelCells(node);
        else Array.prototype.forEach.call(node.querySelectorAll('tbody tr'), labelCells);
      });
    });
  }).observe($('app'), { childList: true, subtree: true });

  // ---- an empty required field is named in Chinese, whatever language the browser speaks ----

  function fieldName(field) {
    var label = field.labels && field.labels[0];
    var text = label && label.firstChild && label.firstChild.nodeType === 3 ? label.firstChild.nodeValue : '';
    return (text || '').trim() || '这一项';
  }

  document.addEventListener('invalid', function (event) {
    var field = event.target;
    if (field.validity && field.validity.valueMissing) {
      field.setCustomValidity('请填写“' + fieldName(field) + '”');
    }
  }, true);
  document.addEventListener('input', function (event) {
    if (event.target.setCustomValidity) event.target.setCustomValidity('');
  }, true);

  // ---- start: after every tab's script has registered its loader ----

  window.UnionAdmin = {
    $: $, api: api, run: run, flash: flash, clearFlash: clearFlash, clearNote: clearNote, el: el, button: button, row: row, ops: ops, fill: fill,
    time: time, percent: percent, lines: lines, versionNote: versionNote, loaders: loaders,
    MAX_FILE_BYTES: MAX_FILE_BYTES, TOO_LARGE: TOO_LARGE, download: download
  };

  document.addEventListener('DOMContentLoaded', function () {
    setUpTabs();
    $('flash').addEventListener('click', function () { $('flash').hidden = true; });
    if (session.token) {
      showApp();
    } else {
      showLogin('');
    }
  });
})();
