// Filters of the oasguard HTML report: by severity, rule and file. They run
// offline; the choice is kept in the address (#sev=high&rule=…&file=…).
(function () {
  var sev = document.getElementById('f-sev'), rule = document.getElementById('f-rule'),
      file = document.getElementById('f-file'), shown = document.getElementById('f-shown');
  if (!sev) { return; }
  var rank = {critical: 5, high: 4, medium: 3, low: 2, info: 1};
  function apply(save) {
    var min = rank[sev.value] || 0, r = rule.value, f = file.value, total = 0;
    document.querySelectorAll('.rule').forEach(function (g) {
      var n = 0;
      g.querySelectorAll('tr[data-s]').forEach(function (row) {
        var ok = (rank[row.dataset.s] || 0) >= min && (!r || g.dataset.rule === r) && (!f || row.dataset.f === f);
        row.hidden = !ok;
        if (ok) { n++; }
      });
      g.hidden = n === 0;
      g.querySelector('.n').textContent = n;
      total += n;
    });
    document.querySelectorAll('.category').forEach(function (c) {
      var n = 0;
      c.querySelectorAll('.rule:not([hidden]) .n').forEach(function (x) { n += +x.textContent; });
      c.hidden = n === 0;
      c.querySelector('.cn').textContent = n;
    });
    shown.textContent = total;
    if (!save) { return; }
    var h = [];
    if (sev.value) { h.push('sev=' + encodeURIComponent(sev.value)); }
    if (r) { h.push('rule=' + encodeURIComponent(r)); }
    if (f) { h.push('file=' + encodeURIComponent(f)); }
    history.replaceState(null, '', h.length ? '#' + h.join('&') : location.pathname);
  }
  location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
    var p = kv.split('='), v = decodeURIComponent(p[1] || '');
    if (p[0] === 'sev') { sev.value = v; }
    if (p[0] === 'rule') { rule.value = v; }
    if (p[0] === 'file') { file.value = v; }
  });
  [sev, rule, file].forEach(function (s) { s.addEventListener('change', function () { apply(true); }); });
  apply(false);
})();
