// The 菜单 tab: the account menu's JSON and the referral text for questions outside the notices.
(function (A) {
  'use strict';

  var $ = A.$, api = A.api, run = A.run, flash = A.flash, loaders = A.loaders;

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
})(window.UnionAdmin);
