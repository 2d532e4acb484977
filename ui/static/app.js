// Wirestream live page. Every piece of data reaches the DOM through
// textContent or attributes set with setAttribute on elements made here:
// nothing from an article is ever parsed as HTML.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const MAX_ARTICLES = 50;
  const MAX_POINTS = 120;
  const QID = /^Q[1-9][0-9]*$/;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function wikidataLink(qid, text) {
    if (!QID.test(qid || '')) return el('span', '', text || qid || '');
    const a = el('a', '', text || qid);
    a.href = 'https://www.wikidata.org/wiki/' + qid;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  function safeURL(u) {
    try {
      const p = new URL(u);
      return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : '';
    } catch (_) {
      return '';
    }
  }

  const state = { status: null, articles: 0, history: [] };

  // ---- annotated text -------------------------------------------------

  // annotations lists the spans to mark: quotes (outermost), entity
  // mentions, speakers and cues. Offsets are code points.
  function annotations(a) {
    const out = [];
    const ok = (s, e) => Number.isInteger(s) && Number.isInteger(e) && e > s;
    (a.quotes || []).forEach((q, i) => {
      if (ok(q.start, q.end)) out.push({ s: q.start, e: q.end, layer: 0, type: 'quote', q, i });
      if (q.speaker && ok(q.speaker.start, q.speaker.end)) {
        out.push({ s: q.speaker.start, e: q.speaker.end, layer: 2, type: 'speaker', q, i });
      }
      if (q.cue && ok(q.cue.start, q.cue.end)) out.push({ s: q.cue.start, e: q.cue.end, layer: 3, type: 'cue', q, i });
    });
    (a.entities || []).forEach((en) => {
      (en.mentions || []).forEach((m) => {
        if (ok(m.start, m.end)) out.push({ s: m.start, e: m.end, layer: 1, type: 'entity', en });
      });
    });
    return out;
  }

  function annotationElement(x, first) {
    let e;
    switch (x.type) {
      case 'quote':
        e = el('mark', 'quote q-' + (['direct', 'mixed', 'indirect'].includes(x.q.kind) ? x.q.kind : 'direct'));
        e.dataset.q = String(x.i);
        e.dataset.kind = x.q.kind || '';
        e.dataset.speaker = (x.q.speaker && (x.q.speaker.name || x.q.speaker.text)) || '';
        break;
      case 'speaker':
        e = el('span', 'spk');
        e.dataset.q = String(x.i);
        e.dataset.name = x.q.speaker.name || x.q.speaker.text || '';
        break;
      case 'cue':
        e = el('span', 'cue');
        break;
      default:
        e = el('span', 'ent ent-' + (['PER', 'ORG', 'LOC', 'MISC'].includes(x.en.type) ? x.en.type : 'MISC'));
        e.dataset.name = x.en.name || '';
        e.dataset.type = x.en.type || '';
        e.dataset.link = x.en.link || '';
        e.tabIndex = 0;
    }
    if (!first) e.dataset.cont = '1';
    return e;
  }

  // renderText splits the text at every span boundary; for each piece the
  // covering spans, ordered outermost first, are kept open as nested
  // elements. A span that crosses another is split into pieces (all but the
  // first marked data-cont), so nesting is always valid.
  function renderText(container, text, anns) {
    const cps = Array.from(text || '');
    const n = cps.length;
    const cuts = new Set([0, n]);
    for (const x of anns) {
      x.s = Math.max(0, Math.min(n, x.s));
      x.e = Math.max(0, Math.min(n, x.e));
      cuts.add(x.s);
      cuts.add(x.e);
    }
    const pts = [...cuts].sort((a, b) => a - b);
    const order = (a, b) => a.layer - b.layer || a.s - b.s || b.e - a.e;
    const sorted = anns.filter((x) => x.e > x.s).sort((a, b) => a.s - b.s);
    let open = [];
    let live = [];
    let next = 0;
    for (let k = 0; k + 1 < pts.length; k++) {
      const from = pts[k];
      const to = pts[k + 1];
      live = live.filter((x) => x.e > from);
      while (next < sorted.length && sorted[next].s <= from) {
        if (sorted[next].e > from) live.push(sorted[next]);
        next++;
      }
      const active = live.slice().sort(order);
      let c = 0;
      while (c < open.length && c < active.length && open[c].x === active[c]) c++;
      open.length = c;
      for (let d = c; d < active.length; d++) {
        const parent = open.length ? open[open.length - 1].e : container;
        const e = annotationElement(active[d], active[d].s === from);
        parent.appendChild(e);
        open.push({ x: active[d], e });
      }
      const parent = open.length ? open[open.length - 1].e : container;
      parent.appendChild(document.createTextNode(cps.slice(from, to).join('')));
    }
  }

  // ---- tooltip ----------------------------------------------------------

  const tip = $('tip');
  let hideTimer = 0;

  function showTip(target) {
    clearTimeout(hideTimer);
    tip.replaceChildren();
    if (target.classList.contains('ent')) {
      tip.appendChild(el('span', 'tname', target.dataset.name));
      tip.appendChild(el('span', 'ttype', target.dataset.type));
      if (target.dataset.link) {
        tip.appendChild(document.createTextNode(' · '));
        tip.appendChild(wikidataLink(target.dataset.link));
      } else {
        tip.appendChild(el('span', 'ttype', ' · not in the knowledge base'));
      }
    } else {
      const mark = target.closest('mark.quote');
      tip.appendChild(el('span', 'tname', mark.dataset.speaker || 'unattributed'));
      tip.appendChild(el('span', 'ttype', mark.dataset.kind + ' quote'));
    }
    tip.hidden = false;
    const r = target.getBoundingClientRect();
    tip.style.left = Math.max(4, window.scrollX + r.left) + 'px';
    tip.style.top = window.scrollY + r.bottom + 4 + 'px';
  }

  function hideTipSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => { tip.hidden = true; }, 350);
  }

  function tipTarget(ev) {
    const t = ev.target instanceof Element ? ev.target : null;
    return t && (t.closest('.ent') || t.closest('mark.quote'));
  }

  document.addEventListener('mouseover', (ev) => {
    if (tip.contains(ev.target)) { clearTimeout(hideTimer); return; }
    const t = tipTarget(ev);
    if (t && t.closest('#articles')) showTip(t);
  });
  document.addEventListener('mouseout', (ev) => {
    if (tipTarget(ev) || tip.contains(ev.target)) hideTipSoon();
  });
  document.addEventListener('focusin', (ev) => {
    const t = tipTarget(ev);
    if (t && t.closest('#articles')) showTip(t);
  });

  // ---- feed ---------------------------------------------------------------

  function fmtTime(s) {
    const d = new Date(s);
    return isNaN(d) ? '' : d.toLocaleString();
  }

  function articleCard(a) {
    const card = el('article', 'card');
    card.dataset.id = a.id;
    card.appendChild(el('h3', 'title', a.title || a.id));
    const meta = el('div', 'meta');
    meta.appendChild(el('span', 'src', a.source || 'unknown'));
    const t = el('time', '', fmtTime(a.published_at || a.stored_at));
    t.dateTime = a.published_at || a.stored_at || '';
    meta.appendChild(t);
    meta.appendChild(el('span', '', (a.quotes || []).length + ' quotes, ' + (a.entities || []).length + ' entities'));
    const href = safeURL(a.url);
    if (href) {
      const link = el('a', '', 'original');
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      meta.appendChild(link);
    }
    card.appendChild(meta);
    const body = el('div', 'text');
    renderText(body, a.text, annotations(a));
    card.appendChild(body);
    if ((a.stages || []).length) {
      const det = el('details', 'stages-prov');
      det.appendChild(el('summary', '', 'stages'));
      const ul = el('ul');
      for (const p of a.stages) {
        ul.appendChild(el('li', '', p.version + ' — ' + Number(p.duration_ms).toFixed(2) + ' ms at ' + p.at));
      }
      det.appendChild(ul);
      card.appendChild(det);
    }
    return card;
  }

  function addArticle(a, fresh) {
    const list = $('articles');
    for (const old of list.querySelectorAll('article.card')) {
      if (old.dataset.id === a.id) old.remove();
    }
    const card = articleCard(a);
    if (fresh) card.classList.add('fresh');
    list.prepend(card);
    while (list.children.length > MAX_ARTICLES) list.lastElementChild.remove();
    updateFeedNotice();
  }

  function updateFeedNotice() {
    const n = $('articles').children.length;
    $('feed-count').textContent = n ? '(' + n + ')' : '';
    const p = $('feed-empty');
    const st = state.status;
    if (n > 0) { p.hidden = true; return; }
    p.hidden = false;
    if (!st) p.textContent = 'Connecting…';
    else if (!st.connected) p.textContent = 'NATS is unreachable; reconnecting…';
    else if (!st.exists) p.textContent = 'The stream ' + st.stream + ' does not exist yet: no linked article has been published. Waiting…';
    else if (st.messages === 0) p.textContent = 'The stream ' + st.stream + ' is empty: no linked article yet. Waiting for the first one…';
    else p.textContent = 'Loading articles…';
  }

  // ---- status -------------------------------------------------------------

  function setStatus(st, uiDown) {
    if (st) state.status = st;
    const pill = $('status');
    st = state.status;
    if (uiDown) {
      pill.className = 'pill pill-down';
      pill.textContent = 'page server unreachable; retrying';
    } else if (!st || !st.connected) {
      pill.className = 'pill pill-down';
      pill.textContent = 'NATS disconnected; reconnecting';
    } else if (!st.exists) {
      pill.className = 'pill pill-wait';
      pill.textContent = 'waiting for ' + st.stream;
    } else if (!st.following) {
      pill.className = 'pill pill-wait';
      pill.textContent = 'following again…';
    } else {
      pill.className = 'pill pill-live';
      pill.textContent = 'live · ' + st.messages + ' stored';
    }
    updateFeedNotice();
  }

  // ---- quotes -------------------------------------------------------------

  const form = $('qfilter');
  let quoteTimer = 0;

  function refreshQuotesSoon() {
    clearTimeout(quoteTimer);
    quoteTimer = setTimeout(refreshQuotes, 200);
  }

  function setFilter(name, value) {
    form.elements[name].value = value;
    refreshQuotes();
  }

  async function refreshQuotes() {
    const params = new URLSearchParams();
    let filtered = false;
    for (const name of ['speaker', 'entity', 'source', 'q', 'kind']) {
      const v = form.elements[name].value.trim();
      if (v) { params.set(name, v); filtered = true; }
    }
    params.set('limit', '200');
    let data;
    try {
      const r = await fetch('api/quotes?' + params.toString());
      data = await r.json();
    } catch (_) {
      return;
    }
    const list = $('quote-list');
    list.replaceChildren();
    $('quotes-count').textContent = '(' + data.total + ')';
    if (!data.quotes.length) {
      list.appendChild(el('li', 'empty', filtered ? 'No quote matches.' : 'No quotes yet.'));
    }
    for (const q of data.quotes) list.appendChild(quoteItem(q));
  }

  function quoteItem(q) {
    const li = el('li', 'k-' + q.kind);
    li.dataset.kind = q.kind;
    const who = el('div', 'who');
    const name = q.speaker_name || q.speaker;
    if (name) {
      const b = el('button', '', name);
      b.type = 'button';
      b.title = 'quotes of ' + name;
      b.addEventListener('click', () => setFilter('speaker', (q.speaker_entity && q.speaker_entity.link) || name));
      who.appendChild(b);
      if (q.speaker_entity && q.speaker_entity.link) {
        who.appendChild(document.createTextNode(' '));
        who.appendChild(wikidataLink(q.speaker_entity.link));
      }
    } else {
      who.appendChild(el('span', 'said', 'unattributed'));
    }
    who.appendChild(el('span', 'said', ' ' + (q.cue || q.kind)));
    li.appendChild(who);
    li.appendChild(el('div', 'qtext', q.text));
    const meta = el('div', 'qmeta');
    const src = el('button', 'chip', q.source || 'unknown');
    src.type = 'button';
    src.addEventListener('click', () => setFilter('source', q.source || ''));
    meta.appendChild(src);
    for (const e of q.entities || []) {
      const c = el('button', 'chip ent ent-' + e.type, e.name);
      c.type = 'button';
      c.title = e.type + (e.link ? ' ' + e.link : '');
      c.addEventListener('click', () => setFilter('entity', e.link || e.name));
      meta.appendChild(c);
    }
    meta.appendChild(document.createTextNode(' ' + (q.title || q.article_id)));
    li.appendChild(meta);
    return li;
  }

  form.addEventListener('input', refreshQuotesSoon);
  form.addEventListener('submit', (ev) => { ev.preventDefault(); refreshQuotes(); });
  form.addEventListener('reset', () => setTimeout(refreshQuotes, 0));

  // ---- health -------------------------------------------------------------

  const SVGNS = 'http://www.w3.org/2000/svg';

  function sparkline(values) {
    const w = 120;
    const h = 22;
    const svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('class', 'spark');
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('preserveAspectRatio', 'none');
    if (values.length < 1) return svg;
    const top = Math.max(...values, 1e-9);
    const step = values.length > 1 ? w / (values.length - 1) : 0;
    const pts = values.map((v, i) => (i * step).toFixed(1) + ',' + (h - 1 - (v / top) * (h - 3)).toFixed(1));
    const area = document.createElementNS(SVGNS, 'polygon');
    area.setAttribute('class', 'area');
    area.setAttribute('points', '0,' + h + ' ' + pts.join(' ') + ' ' + ((values.length - 1) * step).toFixed(1) + ',' + h);
    svg.appendChild(area);
    const line = document.createElementNS(SVGNS, 'polyline');
    line.setAttribute('points', pts.join(' '));
    svg.appendChild(line);
    return svg;
  }

  function fmt(v, digits) {
    if (!Number.isFinite(v)) return '–';
    return v >= 100 ? Math.round(v).toString() : v.toFixed(digits);
  }

  const METRICS = [
    { key: 'rate', label: 'processed/s', get: (s) => s.rate, digits: 1 },
    { key: 'pending', label: 'pending', get: (s) => s.pending, digits: 0, bad: (v) => v > 0 },
    { key: 'redelivered', label: 'redeliveries', get: (s) => s.redelivered, digits: 0, bad: (v) => v > 0 },
    { key: 'dead', label: 'dead letters', get: (s) => s.dead, digits: 0, bad: (v) => v > 0 },
    { key: 'p50', label: 'p50 ms', get: (s) => s.latency.p50_ms, digits: 2 },
    { key: 'p99', label: 'p99 ms', get: (s) => s.latency.p99_ms, digits: 2 },
  ];

  function renderHealth() {
    const hist = state.history;
    const box = $('stages');
    box.replaceChildren();
    if (!hist.length) return;
    const last = hist[hist.length - 1];
    for (const st of last.stages) {
      const card = el('div', 'stage');
      card.dataset.stage = st.stage;
      const h = el('h3', '', st.stage);
      if (!st.present) h.appendChild(el('span', 'absent', 'no consumer yet'));
      card.appendChild(h);
      const series = hist.map((x) => x.stages.find((y) => y.stage === st.stage)).filter(Boolean);
      for (const m of METRICS) {
        const v = m.get(st);
        const row = el('div', 'metric' + (m.bad && m.bad(v) ? ' bad' : ''));
        row.dataset.metric = m.key;
        row.appendChild(el('span', 'label', m.label));
        row.appendChild(sparkline(series.map(m.get)));
        row.appendChild(el('span', 'val', fmt(v, m.digits)));
        card.appendChild(row);
      }
      box.appendChild(card);
    }
    const e2e = el('div', 'stage');
    e2e.dataset.stage = 'end-to-end';
    e2e.appendChild(el('h3', '', 'end to end'));
    for (const [label, get] of [['p50 ms', (x) => x.end_to_end.p50_ms], ['p99 ms', (x) => x.end_to_end.p99_ms]]) {
      const row = el('div', 'metric');
      row.appendChild(el('span', 'label', label));
      row.appendChild(sparkline(hist.map(get)));
      row.appendChild(el('span', 'val', fmt(get(last), 2)));
      e2e.appendChild(row);
    }
    e2e.appendChild(el('div', 'metric', 'over the last ' + last.end_to_end.n + ' articles'));
    box.appendChild(e2e);
  }

  function addHealth(h) {
    state.history.push(h);
    if (state.history.length > MAX_POINTS) state.history.splice(0, state.history.length - MAX_POINTS);
    renderHealth();
  }

  function renderDLQ(entries) {
    const table = $('dlq');
    const body = table.tBodies[0];
    body.replaceChildren();
    $('dlq-count').textContent = entries.length ? '(latest ' + entries.length + ')' : '';
    $('dlq-empty').hidden = entries.length > 0;
    table.hidden = entries.length === 0;
    for (const e of entries) {
      const tr = el('tr');
      tr.appendChild(el('td', '', fmtTime(e.failed_at)));
      tr.appendChild(el('td', '', e.stage));
      tr.appendChild(el('td', '', e.kind));
      tr.appendChild(el('td', '', e.article_id || '?'));
      tr.appendChild(el('td', '', e.delivery_count));
      const reason = el('td', 'reason', e.error);
      if (e.payload) reason.appendChild(el('div', 'payload', e.payload));
      tr.appendChild(reason);
      body.appendChild(tr);
    }
  }

  // ---- sync and events -------------------------------------------------------

  async function resync() {
    try {
      const [arts, health] = await Promise.all([
        fetch('api/articles').then((r) => r.json()),
        fetch('api/health').then((r) => r.json()),
      ]);
      $('articles').replaceChildren();
      for (const a of arts.articles.slice().reverse()) addArticle(a, false);
      setStatus(arts.status);
      state.history = health.history || [];
      renderHealth();
      renderDLQ(health.dlq || []);
    } catch (_) {
      // the event stream's error handler reports the outage
    }
    refreshQuotes();
  }

  function listen() {
    const es = new EventSource('events');
    es.addEventListener('open', resync);
    es.addEventListener('error', () => setStatus(null, true));
    es.addEventListener('status', (ev) => setStatus(JSON.parse(ev.data)));
    es.addEventListener('article', (ev) => {
      addArticle(JSON.parse(ev.data), true);
      refreshQuotesSoon();
    });
    es.addEventListener('health', (ev) => addHealth(JSON.parse(ev.data)));
    es.addEventListener('dlq', (ev) => renderDLQ(JSON.parse(ev.data)));
  }

  updateFeedNotice();
  listen();
})();
