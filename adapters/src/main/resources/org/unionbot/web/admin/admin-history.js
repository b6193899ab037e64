// The 版本 and 审计日志 tabs: the knowledge base's versions with rollback, and who changed what.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, el = A.el, button = A.button, row = A.row, ops = A.ops;
  var fill = A.fill, time = A.time, loaders = A.loaders;

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
})(window.UnionAdmin);
