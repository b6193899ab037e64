// The 统计 tab at a glance: a chart of questions and the answered share per day (inline SVG, drawn
// here), the figures each with a line saying what it means, the top questions and the top
// unanswered ones with their counts.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, el = A.el, row = A.row, fill = A.fill, percent = A.percent;
  var loaders = A.loaders;
  function svg(tag, attrs, text) {
    // the page's own <svg> gives the namespace: the HTML parser put it there
    var node = document.createElementNS($('stats-svg').namespaceURI, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  /** Bars of questions per day (answered part darker) and a line of the answered share. */
  function chart(root, days) {
    // drawn at the box's own width, so that labels keep their size on a phone and a wide screen
    var W = Math.max(300, Math.min(1000, (root.parentNode.clientWidth || 744) - 24));
    var H = W < 500 ? 200 : 240, left = 34, right = 40, top = 12, bottom = 30;
    var plotW = W - left - right, plotH = H - top - bottom;
    var max = 1;
    days.forEach(function (d) { max = Math.max(max, d.questions); });
    var step = niceStep(max);
    var ceiling = Math.ceil(max / step) * step;
    root.textContent = '';
    root.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    root.appendChild(svg('title', {}, '每天的提问数（柱）、其中有答案的（深色）和回答率（折线）'));
    for (var v = 0; v <= ceiling; v += step) { // left axis: questions
      var y = top + plotH - plotH * v / ceiling;
      root.appendChild(svg('line', { x1: left, x2: left + plotW, y1: y, y2: y, stroke: '#eaeef2' }));
      root.appendChild(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 12,
        fill: '#57606a' }, v));
    }
    [0, 50, 100].forEach(function (p) { // right axis: share
      var y = top + plotH - plotH * p / 100;
      root.appendChild(svg('text', { x: left + plotW + 6, y: y + 4, 'font-size': 12, fill: '#8a4b00' },
        p + '%'));
    });
    var slot = plotW / Math.max(days.length, 1);
    var barW = Math.max(2, Math.min(28, slot * 0.7));
    var labelEvery = Math.ceil(days.length / Math.max(2, Math.floor(plotW / 52)));
    var points = [];
    days.forEach(function (d, i) {
      var x = left + slot * i + (slot - barW) / 2;
      var h = plotH * d.questions / ceiling;
      var ha = plotH * d.answered / ceiling;
      var bar = svg('rect', { x: x, y: top + plotH - h, width: barW, height: h, fill: '#b6d4fe' });
      bar.appendChild(svg('title', {}, d.day + '：提问 ' + d.questions + '，有答案 ' + d.answered));
      root.appendChild(bar);
      root.appendChild(svg('rect', { x: x, y: top + plotH - ha, width: barW, height: ha,
        fill: '#1f6feb' }));
      if (d.questions > 0) {
        points.push([x + barW / 2, top + plotH - plotH * d.answered / d.questions]);
      }
      if (i % labelEvery === 0 || i === days.length - 1) {
        root.appendChild(svg('text', { x: x + barW / 2, y: H - bottom + 16, 'text-anchor': 'middle',
          'font-size': 12, fill: '#57606a' }, d.day.slice(5)));
      }
    });
    if (points.length) {
      root.appendChild(svg('polyline', { points: points.map(function (p) { return p.join(','); }).join(' '),
        fill: 'none', stroke: '#bc4c00', 'stroke-width': 2 }));
      points.forEach(function (p) {
        root.appendChild(svg('circle', { cx: p[0], cy: p[1], r: 3, fill: '#bc4c00' }));
      });
    }
    root.appendChild(svg('line', { x1: left, x2: left + plotW, y1: top + plotH, y2: top + plotH,
      stroke: '#8c959f' }));
  }

  function niceStep(max) {
    var steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];
    for (var i = 0; i < steps.length; i++) if (max / steps[i] <= 5) return steps[i];
    return Math.pow(10, Math.ceil(Math.log(max / 5) / Math.LN10));
  }

  function legend() {
    var box = el('p', 'legend');
    [['sw-q', '提问'], ['sw-a', '有答案的提问'], ['sw-r', '回答率（右边刻度）']].forEach(function (l) {
      box.appendChild(el('span', 'swatch ' + l[0]));
      box.appendChild(document.createTextNode(l[1] + '　'));
    });
    return box;
  }

  function figure(value, label, note) {
    var box = el('div', 'stat');
    box.appendChild(el('div', 'value', value === undefined || value === null ? '—' : value));
    box.appendChild(el('div', 'label', label));
    if (note) box.appendChild(el('div', 'note', note));
    return box;
  }

  loaders.stats = function () {
    return api('GET', '/admin/stats').then(function (s) {
      s = s || {};
      var quiz = s.quiz || {}, explain = s.explain || {}, days = s.days || [];
      var summary = $('stats-summary');
      summary.textContent = '';
      summary.appendChild(figure(s.questions, '近 ' + days.length + ' 天的提问',
        '职工在公众号和网页上问的问题，每问一次算一次。'));
      summary.appendChild(figure(s.questions ? percent(s.answeredShare) : '—', '回答率',
        explain.answeredShare));
      summary.appendChild(figure(quiz.players, '答题人数', explain.quizPlayers));
      summary.appendChild(figure(quiz.rounds, '答题轮数', explain.quizRounds));
      summary.appendChild(figure(quiz.answers ? percent(quiz.accuracy) : '—', '答对率',
        explain.quizAccuracy));

      chart($('stats-svg'), days);
      var notes = $('stats-chart-notes');
      notes.textContent = '';
      notes.appendChild(legend());
      notes.appendChild(el('p', 'hint', explain.perDay || ''));
      $('stats-dropped').textContent = explain.droppedQuestions || '';
      $('stats-dropped').hidden = !explain.droppedQuestions;

      $('stats-top-note').textContent = explain.topQuestions || '';
      fill($('stats-top'), s.topQuestions, function (t) {
        return row([[t.text, 'long'], [t.count, 'num'], [t.answered, 'num']]);
      }, 3, '这段时间还没有提问');
      $('stats-unanswered-note').textContent = explain.topUnanswered || '';
      fill($('stats-unanswered'), s.topUnanswered, function (t) {
        return row([[t.text, 'long'], [t.count, 'num'], [t.unanswered, 'num']]);
      }, 3, '这段时间的提问都答上了');

      var table = $('stats-days');
      fill(table, days.slice().reverse(), function (d) {
        return row([[d.day, 'nowrap'], [d.questions, 'num'], [d.answered, 'num'],
          [d.questions ? percent(d.answered / d.questions) : '—', 'num']]);
      }, 4, '还没有提问');
    });
  };
})(window.UnionAdmin);
