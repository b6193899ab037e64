// The 文档 tab: the knowledge base's documents, added, replaced or deleted; an upload is previewed first.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, flash = A.flash, button = A.button, row = A.row, el = A.el;
  var ops = A.ops, fill = A.fill, time = A.time, versionNote = A.versionNote, loaders = A.loaders;
  var MAX_FILE_BYTES = A.MAX_FILE_BYTES, TOO_LARGE = A.TOO_LARGE;

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

  var FORMATS = { docx: 'Word 文件', pdf: 'PDF 文件', 'utf-8': '文本文件', 'gb18030': '文本文件（GBK 编码）',
    'utf-16': '文本文件（UTF-16 编码）' };

  /** The outline the bot will read from an upload: title, sections and sentences. */
  function showOutline(fileName, r) {
    var box = $('doc-outline');
    var o = r.outline || { title: r.title, sections: [], sentences: 0, sectionCount: 0 };
    box.textContent = '';
    box.appendChild(el('h4', '', '读出的结构：请核对后再点“' + $('doc-submit').textContent + '”'));
    var facts = el('p', 'facts');
    facts.appendChild(el('span', '', '文件：' + fileName + '（' + (FORMATS[r.format] || r.format) + '）'));
    facts.appendChild(el('span', '', '标题：' + (o.title || '（没有标题）')));
    facts.appendChild(el('span', '', o.sectionCount + ' 节，' + o.sentences + ' 句，' + r.chars + ' 字'));
    box.appendChild(facts);
    var list = el('ol', 'outline');
    o.sections.forEach(function (s) {
      var item = el('li', 'level' + Math.min(s.level, 3));
      item.appendChild(el('span', 'heading', s.heading));
      item.appendChild(el('span', 'count', s.sentences + ' 句'));
      list.appendChild(item);
    });
    if (o.sectionCount > o.sections.length) {
      list.appendChild(el('li', 'more', '还有 ' + (o.sectionCount - o.sections.length) + ' 节没有列出'));
    }
    box.appendChild(list);
    if (!o.sentences) {
      box.appendChild(el('p', 'error', '没有读出可以回答问题的句子：请检查文件是否选对了。'));
    }
    box.hidden = false;
  }

  function hideOutline() {
    $('doc-outline').hidden = true;
    $('doc-outline').textContent = '';
  }

  function resetDocumentForm() {
    hideOutline();
    A.clearNote($('doc-file')); // "已读入…请检查" is done with once the document is stored
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
        showOutline(file.name, r);
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
        hideOutline();
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
})(window.UnionAdmin);
