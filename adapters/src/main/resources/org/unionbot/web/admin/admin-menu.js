// The 菜单 tab: the account menu edited as a form (its JSON under 高级), saved and published to
// WeChat, and the referral text for questions outside the notices.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, flash = A.flash, el = A.el, button = A.button;
  var loaders = A.loaders;

  // WeChat's limits (docs/WECHAT.md §3.1), checked again by the server
  var MAX_BUTTONS = 3, MAX_SUBS = 5, MAX_NAME = 16, MAX_SUB_NAME = 60, MAX_URL = 1024;

  /** What a button can do: the click keys the bot answers (its menu commands), or a web page. */
  var ACTIONS = [
    ['QUIZ', '开始答题'],
    ['OUTLINE', '看学习要点'],
    ['SCORE', '查我的积分'],
    ['HELP', '看使用帮助'],
    ['view', '打开网页']
  ];
  var KEYS = ACTIONS.slice(0, 4).map(function (a) { return a[0]; });
  var TARGETS = { wechat: '微信公众号', wecom: '企业微信' };

  // the menu being edited: [{name, action, url, raw, subs}], action one of ACTIONS, 'sub' (a
  // sub-menu of subs) or 'other' (a type the form does not edit, kept as raw)
  var model = [];
  var jsonEdited = false;

  // ---- the menu's JSON and the form's model ----

  function leafOf(b) {
    if (b.type === 'click' && KEYS.indexOf(b.key) >= 0) return { name: b.name || '', action: b.key };
    if (b.type === 'view') return { name: b.name || '', action: 'view', url: b.url || '' };
    return { name: b.name || '', action: 'other', raw: b };
  }

  function fromJson(menu) {
    var root = menu && menu.menu ? menu.menu : menu;
    if (!root || !Array.isArray(root.button)) throw new Error('菜单 JSON 里要有 "button" 列表');
    return root.button.map(function (b) {
      if (!b || typeof b !== 'object') throw new Error('菜单 JSON 里的每个按钮都要是 {…}');
      if (Array.isArray(b.sub_button)) {
        return { name: b.name || '', action: 'sub', subs: b.sub_button.map(leafOf) };
      }
      return leafOf(b);
    });
  }

  function leafJson(b) {
    if (b.action === 'view') return { type: 'view', name: b.name.trim(), url: b.url.trim() };
    if (b.action === 'other') return Object.assign({}, b.raw, { name: b.name.trim() });
    return { type: 'click', name: b.name.trim(), key: b.action };
  }

  function toJson() {
    return {
      button: model.map(function (b) {
        return b.action === 'sub'
          ? { name: b.name.trim(), sub_button: b.subs.map(leafJson) }
          : leafJson(b);
      })
    };
  }

  function bytes(text) {
    return new TextEncoder().encode(text).length;
  }

  /** What is wrong with the menu, in words an officer can act on; empty when it is fine. */
  function problems() {
    var out = [];
    if (!model.length) out.push('菜单里至少要有 1 个按钮');
    if (model.length > MAX_BUTTONS) out.push('微信菜单最多 ' + MAX_BUTTONS + ' 个按钮');
    model.forEach(function (b, i) {
      var where = '按钮 ' + (i + 1);
      checkLeaf(out, where, b, MAX_NAME);
      if (b.action !== 'sub') return;
      if (!b.subs.length) out.push(where + '：子菜单里至少要有 1 个子按钮，或把动作换成别的');
      if (b.subs.length > MAX_SUBS) out.push(where + '：最多 ' + MAX_SUBS + ' 个子按钮');
      b.subs.forEach(function (s, j) { checkLeaf(out, where + ' 的子按钮 ' + (j + 1), s, MAX_SUB_NAME); });
    });
    return out;
  }

  function checkLeaf(out, where, b, maxName) {
    var name = b.name.trim();
    if (!name) out.push(where + '：请填写名称');
    else if (bytes(name) > maxName) {
      out.push(where + '「' + name + '」：名称太长，最多 ' + Math.floor(maxName / 3) + ' 个汉字（' +
        maxName + ' 个英文字母）');
    }
    if (b.action !== 'view') return;
    var url = (b.url || '').trim();
    if (!/^https?:\/\/\S+$/.test(url)) {
      out.push(where + '：请把浏览器地址栏里的完整网址复制过来（以 http 或 https 开头）');
    } else if (bytes(url) > MAX_URL) {
      out.push(where + '：网址太长，最多 ' + MAX_URL + ' 个字符');
    }
  }

  // ---- the form ----

  function syncJson() {
    $('menu-json').value = JSON.stringify(toJson(), null, 2);
    jsonEdited = false;
  }

  function changed() {
    render();
    syncJson();
  }

  function field(label, value, onInput, className) {
    var wrap = el('label', className || '', label + ' ');
    var input = el('input');
    input.type = 'text';
    input.value = value || '';
    input.addEventListener('input', function () {
      onInput(input.value);
      syncJson();
    });
    wrap.appendChild(input);
    return wrap;
  }

  function actionSelect(b, top) {
    var wrap = el('label', '', '动作 ');
    var select = el('select');
    var choices = ACTIONS.slice();
    if (top) choices.push(['sub', '展开子菜单']);
    if (b.action === 'other') choices.push(['other', '其他（' + (b.raw.type || '未知类型') + '，在高级里修改）']);
    choices.forEach(function (c) {
      var option = el('option', '', c[1]);
      option.value = c[0];
      select.appendChild(option);
    });
    select.value = b.action;
    select.addEventListener('change', function () {
      b.action = select.value;
      if (b.action === 'sub' && !(b.subs && b.subs.length)) b.subs = [{ name: '', action: 'QUIZ' }];
      if (b.action === 'view' && b.url === undefined) b.url = '';
      changed();
    });
    wrap.appendChild(select);
    return wrap;
  }

  /** Up, down and remove for item i of list. */
  function moves(list, i, what) {
    var box = el('div', 'actions');
    var up = button('上移', function () { swap(list, i, i - 1); });
    up.disabled = i === 0;
    var down = button('下移', function () { swap(list, i, i + 1); });
    down.disabled = i === list.length - 1;
    box.appendChild(up);
    box.appendChild(down);
    box.appendChild(button('删除' + what, function () { list.splice(i, 1); changed(); }, 'danger'));
    return box;
  }

  function swap(list, i, j) {
    var t = list[i];
    list[i] = list[j];
    list[j] = t;
    changed();
  }

  function leafFields(box, b, maxName, top) {
    var line = el('div', 'menu-line');
    line.appendChild(field('名称', b.name, function (v) { b.name = v; }, 'menu-name'));
    line.appendChild(actionSelect(b, top));
    if (b.action === 'view') {
      line.appendChild(field('网址', b.url, function (v) { b.url = v; }, 'menu-url'));
    }
    box.appendChild(line);
    box.appendChild(el('p', 'hint', '名称最多 ' + Math.floor(maxName / 3) + ' 个汉字'));
  }

  function render() {
    var editor = $('menu-editor');
    editor.textContent = '';
    model.forEach(function (b, i) {
      var card = el('fieldset', 'card menu-button');
      card.appendChild(el('legend', '', '按钮 ' + (i + 1)));
      leafFields(card, b, MAX_NAME, true);
      if (b.action === 'sub') {
        var subs = el('div', 'menu-subs');
        b.subs.forEach(function (s, j) {
          var sub = el('fieldset', 'menu-sub');
          sub.appendChild(el('legend', '', '子按钮 ' + (j + 1)));
          leafFields(sub, s, MAX_SUB_NAME, false);
          sub.appendChild(moves(b.subs, j, '子按钮'));
          subs.appendChild(sub);
        });
        if (b.subs.length < MAX_SUBS) {
          var more = el('div', 'actions');
          more.appendChild(button('添加子按钮', function () {
            b.subs.push({ name: '', action: 'HELP' });
            changed();
          }));
          subs.appendChild(more);
        }
        card.appendChild(subs);
      }
      card.appendChild(moves(model, i, '按钮'));
      editor.appendChild(card);
    });
    $('menu-add').hidden = model.length >= MAX_BUTTONS;
  }

  function show(menu) {
    model = fromJson(menu);
    render();
    $('menu-json').value = JSON.stringify(menu, null, 2);
    jsonEdited = false;
  }

  /** Takes in what was typed under 高级, if anything; false (with the reason shown) if unusable. */
  function takeJson(place) {
    if (!jsonEdited) return true;
    try {
      model = fromJson(JSON.parse($('menu-json').value));
    } catch (e) {
      $('menu-advanced').open = true;
      flash('出错：高级里的 JSON 用不了：' + (e instanceof SyntaxError ? '格式不对，请检查括号、引号和逗号' :
        e.message), true, place);
      return false;
    }
    changed();
    return true;
  }

  /** Checks the menu; says what is wrong beside place and returns false when it is not fine. */
  function ready(place) {
    if (!takeJson(place)) return false;
    var wrong = problems();
    if (wrong.length) flash('请先改正：\n' + wrong.join('\n'), true, place);
    return !wrong.length;
  }

  function save() {
    return api('PUT', '/admin/menu', toJson()).then(function (saved) {
      if (saved) show(saved);
    });
  }

  function published(result) {
    var list = (result && result.published) || [];
    if (!list.length) throw new Error('菜单已保存，但服务器没有配置可以发布的公众号');
    var failed = list.filter(function (p) { return !p.ok; });
    var names = function (ps) { return ps.map(function (p) { return TARGETS[p.target] || p.target; }).join('、'); };
    if (failed.length) {
      throw new Error('菜单已保存，发布到' + names(failed) + '没有成功' +
        failed.map(function (p) { return p.error ? '：' + p.error : ''; }).join(''));
    }
    return '已发布到' + names(list) + '，职工重新进入公众号后就能看到新菜单';
  }

  loaders.menu = function () {
    return Promise.all([
      api('GET', '/admin/menu').then(show),
      api('GET', '/admin/referral').then(function (referral) {
        $('referral-text').value = referral.text;
      })
    ]);
  };

  $('menu-add').addEventListener('click', function () {
    if (model.length < MAX_BUTTONS) model.push({ name: '', action: 'HELP' });
    changed();
  });

  $('menu-json').addEventListener('input', function () { jsonEdited = true; });

  $('menu-from-json').addEventListener('click', function () {
    var place = $('menu-from-json');
    if (takeJson(place)) flash('表单已按 JSON 更新', false, place);
  });

  $('menu-load').addEventListener('click', function () {
    run(function () { return loaders.menu().then(function () { return '已重新载入保存的菜单'; }); });
  });

  $('menu-save').addEventListener('click', function () {
    var place = $('menu-save');
    if (!ready(place)) return;
    run(function () {
      return save().then(function () {
        return '已保存菜单。点“发布到微信”后，职工的微信里才会换成这个菜单';
      });
    }, place);
  });

  $('menu-publish').addEventListener('click', function () {
    var place = $('menu-publish');
    if (!ready(place)) return;
    run(function () {
      return save().then(function () {
        return api('POST', '/admin/menu/publish').then(published, function (e) {
          if (e.status === 404 || e.status === 405) {
            var stored = new Error('菜单已保存，但这个版本的服务器还不能发布到微信：菜单只保存在这里，' +
              '职工看到的还是原来的菜单。请在公众号后台按这个菜单手动设置，或升级服务器后再发布');
            stored.warning = true;
            throw stored;
          }
          throw e;
        });
      });
    }, place);
  });

  // ---- referral text ----

  $('referral-save').addEventListener('click', function () {
    run(function () {
      return api('PUT', '/admin/referral', { text: $('referral-text').value }).then(function (saved) {
        $('referral-text').value = saved.text;
        return '已保存转介话术';
      });
    });
  });
})(window.UnionAdmin);
