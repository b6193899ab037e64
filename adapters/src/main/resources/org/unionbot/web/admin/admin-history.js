// The 版本 and 审计日志 tabs: every change as a sentence ("王丽 修改了题目「……」"); a rollback first
// shows, in plain Chinese, what it would change, and runs only when the officer confirms.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, el = A.el, button = A.button, row = A.row, ops = A.ops;
  var fill = A.fill, time = A.time, loaders = A.loaders;

  // ---- versions ----

  loaders.versions = function () {
    closeRollback();
    return api('GET', '/admin/versions').then(function (items) {
      fill($('version-list'), items, function (v) {
        var last = v.current
          ? [el('span', 'badge on', '正在使用'), 'ops']
          : ops(button('回滚到这个版本…', function () { showRollback(v); }));
        return row([[v.version, 'num'], [what(v), 'long'], last], v.current ? 'current' : '');
      }, 3, '没有版本记录');
    });
  };

  /** The sentence, and under it when: one cell, so that the table fits a phone. */
  function what(entry) {
    var cell = el('span');
    cell.appendChild(el('span', 'what', entry.summary));
    cell.appendChild(el('span', 'when', time(entry.at)));
    return cell;
  }

  function closeRollback() {
    var panel = $('rollback-panel');
    panel.hidden = true;
    $('rollback-lines').textContent = '';
  }

  /** Reads what a rollback to v would change and shows it with 确认回滚 and 取消. */
  function showRollback(v) {
    run(function () {
      return api('GET', '/admin/versions/' + v.version + '/diff').then(function (d) {
        var panel = $('rollback-panel');
        $('rollback-title').textContent = '回滚到版本 ' + v.version + '：先看看会改变什么';
        var list = $('rollback-lines');
        list.textContent = '';
        (d.lines || [d.summary]).forEach(function (line) { list.appendChild(el('li', '', line)); });
        $('rollback-intro').textContent = '版本 ' + v.version + '（' + time(v.at) + '）：' + v.summary +
          '。' + (d.unchanged
            ? ''
            : '回滚会在现在的版本 ' + d.current + ' 之上生成一个新版本，内容和版本 ' + v.version +
              ' 一样，具体会：');
        var confirmButton = $('rollback-confirm');
        confirmButton.hidden = !!d.unchanged;
        confirmButton.disabled = false;
        confirmButton.onclick = function () { rollback(v.version, confirmButton); };
        panel.hidden = false;
        panel.scrollIntoView({ block: 'nearest' });
        confirmButton.focus();
      });
    });
  }

  function rollback(version, confirmButton) {
    confirmButton.disabled = true;
    run(function () {
      return api('POST', '/admin/rollback', { version: version }).then(function (r) {
        return loaders.versions().then(function () {
          return '已回滚到版本 ' + version + ' 的内容，现在是版本 ' + (r && r.version) +
            '。如需撤销，可以再回滚到上一个版本。';
        });
      }, function (e) {
        confirmButton.disabled = false;
        throw e;
      });
    });
  }

  $('rollback-cancel').addEventListener('click', closeRollback);

  // ---- audit log ----

  loaders.audit = function () {
    return api('GET', '/admin/audit').then(function (items) {
      fill($('audit-list'), items, function (a) {
        return row([[what(a), 'long'], [a.version, 'num']]);
      }, 2, '审计日志是空的');
    });
  };
})(window.UnionAdmin);
