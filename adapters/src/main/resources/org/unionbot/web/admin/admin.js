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

  // ---- start: after every tab's script has registered its loader ----

  window.UnionAdmin = {
    $: $, api: api, run: run, flash: flash, el: el, button: button, row: row, ops: ops, fill: fill,
    time: time, percent: percent, lines: lines, versionNote: versionNote, loaders: loaders,
    MAX_FILE_BYTES: MAX_FILE_BYTES, TOO_LARGE: TOO_LARGE, download: download
  };

  document.addEventListener('DOMContentLoaded', function () {
    if (session.token) {
      showApp();
    } else {
      showLogin('');
    }
  });
})();
