// The 竞赛 tab: units with their member counts (CSV upload or paste), contests (create, list),
// both leaderboards of a contest, and its results as CSV or Excel.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, el = A.el, button = A.button, row = A.row, ops = A.ops;
  var fill = A.fill, percent = A.percent, loaders = A.loaders;

  var STATUS = { upcoming: '未开始', running: '进行中', ended: '已结束' };

  loaders.contests = function () {
    return Promise.all([
      api('GET', '/admin/units').then(function (units) {
        $('unit-count').textContent = '共' + (units || []).length + '个单位';
        fill($('unit-list'), units, function (u) {
          return row([[u.name, 'long'], [u.members, 'num']]);
        }, 2, '还没有导入单位');
      }),
      api('GET', '/admin/documents').then(function (docs) {
        var box = $('contest-docs');
        box.textContent = '';
        (docs || []).forEach(function (d) {
          var label = el('label', 'check');
          var input = el('input');
          input.type = 'checkbox';
          input.value = d.id;
          label.appendChild(input);
          label.appendChild(document.createTextNode(' ' + d.title));
          box.appendChild(label);
        });
      }),
      api('GET', '/admin/contests').then(function (contests) {
        fill($('contest-list'), contests, function (c) {
          return row([
            [c.title, 'long'], [shown(c.startsAt), 'nowrap'], [shown(c.endsAt), 'nowrap'],
            [c.roundSize + '题 × ' + c.roundsPerDay + '轮/天', 'nowrap'], STATUS[c.status] || c.status,
            ops(button('排行', function () { show(c.id); }),
              button('个人CSV', function () { save(c.id, 'person', 'csv'); }),
              button('个人Excel', function () { save(c.id, 'person', 'xlsx'); }),
              button('单位CSV', function () { save(c.id, 'unit', 'csv'); }),
              button('单位Excel', function () { save(c.id, 'unit', 'xlsx'); }))
          ]);
        }, 6, '还没有竞赛');
      })
    ]);
  };

  // "2026-12-01T08:00+08:00" as "2026-12-01 08:00"
  function shown(iso) {
    return String(iso || '').replace('T', ' ').replace(/(:\d\d)(:\d\d)?([+-]\d\d:\d\d|Z)$/, '$1');
  }

  function save(id, by, format) {
    run(function () {
      return A.download('/admin/contests/' + id + '/results?by=' + by + '&format=' + format,
        'contest-' + id + '-' + by + '.' + format);
    });
  }

  function show(id) {
    run(function () {
      return api('GET', '/admin/contests/' + id).then(function (c) {
        $('contest-board').hidden = false;
        $('contest-board-title').textContent = c.title + '（' + (STATUS[c.status] || c.status) + '）';
        fill($('board-people'), c.people, function (p) {
          return row([[p.rank, 'num'], p.name, p.unit || '—', [p.points, 'num'], [p.rounds, 'num']]);
        }, 5, '还没有人答题');
        fill($('board-units'), c.units, function (u) {
          return row([[u.rank, 'num'], [u.unit, 'long'], [percent(u.participation), 'num'],
            [u.participants + '/' + u.members, 'num'], [u.average, 'num'], [u.rounds, 'num']]);
        }, 6, '还没有导入单位');
        $('contest-board').scrollIntoView();
      });
    });
  }

  function putUnits(text) {
    return api('PUT', '/admin/units', new Blob([text], { type: 'text/csv' })).then(function (units) {
      return loaders.contests().then(function () { return '已导入' + units.length + '个单位'; });
    });
  }

  $('unit-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var file = $('unit-file').files[0];
    var pasted = $('unit-text').value;
    if (!file && !pasted.trim()) {
      A.flash('请选择CSV文件，或粘贴“单位名称,人数”', true);
      return;
    }
    run(function () {
      return (file ? file.text() : Promise.resolve(pasted)).then(putUnits).then(function (m) {
        $('unit-form').reset();
        return m;
      });
    });
  });

  $('contest-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var docs = Array.prototype.map.call(
      $('contest-docs').querySelectorAll('input:checked'), function (i) { return i.value; });
    var body = {
      title: $('contest-title').value.trim(),
      startsAt: $('contest-start').value,
      endsAt: $('contest-end').value,
      roundSize: parseInt($('contest-size').value, 10),
      roundsPerDay: parseInt($('contest-per-day').value, 10),
      documents: docs
    };
    run(function () {
      return api('POST', '/admin/contests', body).then(function (c) {
        $('contest-form').reset();
        return loaders.contests().then(function () { return '已创建竞赛「' + c.title + '」'; });
      });
    });
  });
})(window.UnionAdmin);
