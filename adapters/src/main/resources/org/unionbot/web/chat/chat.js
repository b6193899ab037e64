// The chat page: talks to POST /api/chat as a worker would in WeChat. Every text the bot sends is
// put into the page with textContent, never as HTML.
(function () {
  'use strict';

  var STORE_KEY = 'unionbot_user';
  var HISTORY_KEY = 'unionbot_history';
  var HISTORY_SIZE = 50;
  var MENU_LABELS = { QUIZ: '答题', OUTLINE: '要点', SCORE: '积分', HELP: '帮助' };

  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('text');
  var queue = Promise.resolve();
  var user = userId();
  var history = loadHistory();

  /**
   * Whether this browser was here before, and the id it sends as "user". The server knows the page
   * by the signed HttpOnly cookie it set with the page and ignores this id while that cookie is
   * there; the id only matters for a browser that refuses cookies.
   */
  function userId() {
    var id = null;
    var first = false;
    try {
      id = localStorage.getItem(STORE_KEY);
    } catch (e) {
      // storage disabled: a fresh id for this page only
    }
    if (!id || !/^web-[0-9a-f]{8}$/.test(id)) {
      var bytes = new Uint8Array(4);
      crypto.getRandomValues(bytes);
      id = 'web-' + Array.prototype.map.call(bytes, function (b) {
        return (b < 16 ? '0' : '') + b.toString(16);
      }).join('');
      first = true;
      try {
        localStorage.setItem(STORE_KEY, id);
      } catch (e) {
        // see above
      }
    }
    return { id: id, first: first };
  }

  /** The last messages of this browser, oldest first: {me: text} or {bot: reply}. */
  function loadHistory() {
    try {
      var saved = JSON.parse(localStorage.getItem(HISTORY_KEY) || '[]');
      return Array.isArray(saved) ? saved.slice(-HISTORY_SIZE) : [];
    } catch (e) {
      return [];
    }
  }

  function remember(entry) {
    history.push(entry);
    history = history.slice(-HISTORY_SIZE);
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    } catch (e) {
      // storage full or disabled: the page still works, it only forgets on reload
    }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function bubble(side, text) {
    var row = el('div', 'row ' + side);
    var b = el('div', 'bubble', text);
    row.appendChild(b);
    log.appendChild(row);
    scrollDown();
    return b;
  }

  function note(text, error) {
    log.appendChild(el('p', error ? 'note error' : 'note', text));
    scrollDown();
  }

  /** Disables the buttons of earlier quiz questions: only the latest one can be answered. */
  function retireOptions() {
    var stale = log.querySelectorAll('.options button, .quiz-actions button');
    for (var i = 0; i < stale.length; i++) stale[i].disabled = true;
  }

  /**
   * The reply's text without what the page shows otherwise: the quiz options and how to answer them
   * (buttons), the numbered suggestions (buttons) and the grade's verdict line (the badge).
   */
  function shownLines(reply) {
    var options = (reply.quiz && reply.quiz.options) || [];
    var suggestions = reply.suggestions || [];
    var lines = (reply.text || '').split('\n');
    return lines.filter(function (line, i) {
      var t = line.trim();
      if (options.length && (options.indexOf(t) >= 0 || /^（回复A/.test(t))) return false;
      var numbered = /^\d+\.\s*(.*)$/.exec(t);
      if (numbered && suggestions.indexOf(numbered[1]) >= 0) return false;
      if (reply.grade && i === 0 && /^[✔✘]/.test(t)) return false;
      return true;
    });
  }

  function render(reply, restoring) {
    retireOptions();
    var b = bubble('bot', '');
    b.setAttribute('data-kind', reply.kind || '');
    var lines = (reply.text || '').split('\n');
    if (reply.grade) {
      var g = reply.grade;
      var verdict = /^[✔✘]/.test(lines[0]) ? lines[0] : (g.correct ? '✔ 答对了' : '✘ 答错了');
      b.appendChild(el('div', g.correct ? 'grade ok' : 'grade bad', verdict));
    }
    var text = el('span', 'text');
    shownLines(reply).forEach(function (line, i) {
      if (i > 0) text.appendChild(document.createTextNode('\n'));
      if (reply.kind === 'leaderboard' && line.indexOf('（我）') >= 0) {
        text.appendChild(el('mark', 'me', line));
      } else {
        text.appendChild(document.createTextNode(line));
      }
    });
    b.appendChild(text);
    var named = /摘自|出处：|】/.test(reply.text || '');
    if (reply.sources && reply.sources.length && !named) {
      // the source once, by its section's short name; the title only when there are several
      var s = reply.sources[0];
      b.appendChild(el('div', 'source', '来源：' + (s.section || s.title)));
    }
    if (reply.quiz) {
      renderQuiz(b, reply.quiz);
    }
    if (restoring) {
      retireOptions();
    } else {
      remember({ bot: reply });
    }
    if ((reply.kind === 'welcome' || reply.kind === 'help') && reply.suggestions &&
        reply.suggestions.length) {
      // the hint is a question the notice now serving answers, never a fixed one
      input.placeholder = '输入问题，如：' + reply.suggestions[0];
    }
    if (reply.suggestions && reply.suggestions.length) {
      var chips = el('div', 'chips');
      reply.suggestions.forEach(function (s) {
        var chip = el('button', 'chip', s);
        chip.type = 'button';
        chip.addEventListener('click', function () { say(s); });
        chips.appendChild(chip);
      });
      b.appendChild(chips);
    }
    scrollDown();
  }

  function renderQuiz(b, quiz) {
    if (quiz.type === 'choice' && quiz.options && quiz.options.length) {
      var options = el('div', 'options');
      quiz.options.forEach(function (option) {
        var button = el('button', 'option', option);
        button.type = 'button';
        var letter = /^\s*([A-Za-z])[.．、\s]/.exec(option);
        button.addEventListener('click', function () {
          button.classList.add('chosen');
          retireOptions();
          say(letter ? letter[1].toUpperCase() : option, option);
        });
        options.appendChild(button);
      });
      b.appendChild(options);
    } else {
      b.appendChild(el('div', 'hint', '填空题：在下方输入答案后发送'));
      input.focus();
    }
    var actions = el('div', 'quiz-actions');
    [['跳过', '跳过'], ['退出答题', '退出']].forEach(function (pair) {
      var button = el('button', '', pair[0]);
      button.type = 'button';
      button.addEventListener('click', function () { say(pair[1]); });
      actions.appendChild(button);
    });
    b.appendChild(actions);
  }

  /** Sends one request after the ones before it, so replies show in order. */
  function send(payload, shown) {
    if (shown) {
      bubble('me', shown);
      remember({ me: shown });
    }
    queue = queue.then(function () { return post(payload); });
    return queue;
  }

  function post(payload) {
    var typing = bubble('bot', '···');
    typing.classList.add('typing');
    var body = { user: user.id };
    Object.keys(payload).forEach(function (k) { body[k] = payload[k]; });
    return fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (res) {
      return res.text().then(function (raw) {
        var data = null;
        try { data = JSON.parse(raw); } catch (e) { /* not JSON */ }
        typing.parentNode.remove();
        if (!res.ok || !data) {
          note((data && data.error) || ('出错了（HTTP ' + res.status + '）'), true);
          return;
        }
        render(data);
      });
    }).catch(function () {
      typing.parentNode.remove();
      note('网络连接失败，请稍后再试', true);
    });
  }

  function say(text, shown) {
    return send({ text: text }, shown || text);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    say(text);
  });

  document.getElementById('menu').addEventListener('click', function (event) {
    var key = event.target && event.target.getAttribute('data-key');
    if (key) send({ event: 'click', key: key }, MENU_LABELS[key] || key);
  });

  history.slice().forEach(function (entry) {
    if (typeof entry.me === 'string') bubble('me', entry.me);
    else if (entry.bot && typeof entry.bot === 'object') render(entry.bot, true);
  });
  if (user.first) {
    send({ event: 'subscribe' });
  } else {
    note('欢迎回来。输入问题，或点下方菜单。');
  }
})();
