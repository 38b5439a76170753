/*
 * Dossier previews. A citation, a wiki-link or a link to another page of the dossier opens a preview
 * in place: for a citation, the cited paragraph of the source with the quoted words marked, the
 * source's title, publisher and date with their provenance written out, and links to the source page
 * and the original; for an entity, its kind and summary; for a page, its title and summary. A value
 * the editors supplied or inferred ([brackets], whose basis is otherwise only a tooltip) opens its
 * basis the same way.
 *
 * Opens on pointer hover (after a short pause), on keyboard focus, and on a first tap (a second tap
 * follows the link). Escape closes it and keeps focus on the link; so does moving the pointer or
 * the focus away. The preview is placed in the document right after its link, so Tab reaches its
 * links next, and it is no focus trap. Its data is the page's own #preview-data element (built at
 * bake time, works from file://: nothing is fetched). Built with createElement and textContent only.
 */
(function () {
  'use strict';

  var OPEN_DELAY = 250;   // ms of hovering before a preview opens
  var CLOSE_DELAY = 300;  // ms the pointer may take to move from a link into its preview
  var MAX_PARAGRAPHS = 3; // as dossier.render.PreviewData.MAX_PARAGRAPHS

  var dataElement = document.getElementById('preview-data');
  if (!dataElement || !window.URL) {
    return;
  }
  var data;
  try {
    data = JSON.parse(dataElement.textContent);
  } catch (e) {
    return;
  }
  var base = document.baseURI;
  var pages = {};
  Object.keys(data.pages || {}).forEach(function (href) {
    pages[withoutHash(new URL(href, base).href)] = data.pages[href];
  });
  var links = {};  // links to source paragraphs outside a citing place, by full address
  Object.keys(data.links || {}).forEach(function (href) {
    links[new URL(href, base).href] = data.links[href];
  });

  var box = null;       // the open preview
  var owner = null;     // the link or note it belongs to
  var openTimer = 0;
  var closeTimer = 0;
  var lastPointer = 'mouse';
  var hovered = null;
  var touchedAt = 0;    // when a finger or pen last went down
  var TAP_FOCUS = 800;  // ms within which a focus comes from that tap, not the keyboard   // the link the pointer is over, waiting to open
  var count = 0;

  function withoutHash(url) {
    var at = url.indexOf('#');
    return at < 0 ? url : url.substring(0, at);
  }

  function el(name, className, text) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function link(href, text, external) {
    var a = el('a', null, text);
    a.href = href;
    if (external) {
      a.rel = 'external noopener';
    }
    return a;
  }

  /** The id of the place that cites, for a link in a citation, an excerpt's caption or an account. */
  function citingPlace(a) {
    var href = a.getAttribute('href') || '';
    var cite = a.closest('.cite');
    if (cite && !a.closest('figcaption')) {
      var first = cite.querySelector('a[id]');
      return first ? first.id : null;
    }
    var figure = a.closest('figure.excerpt');
    if (figure && a.closest('figcaption') && (a.classList.contains('cite') || href.indexOf('#p') > 0)) {
      return figure.id;
    }
    var account = a.closest('.account[id]');
    if (account && href.indexOf('#p') > 0) {
      return account.id;
    }
    return null;
  }

  /** What the element previews, or null: {kind, data} */
  function previewOf(target) {
    if (target.matches('span.editorial[data-basis]')) {
      return {kind: 'note', data: target.getAttribute('data-basis')};
    }
    if (!target.matches('a[href]') || target.closest('.preview, .site-header, .site-footer, .skip-link')) {
      return null;
    }
    var place = citingPlace(target);
    if (place && data.cites && data.cites[place]) {
      return {kind: 'cite', data: data.cites[place], id: place};
    }
    if (links[target.href]) {
      return {kind: 'cite', data: links[target.href]};
    }
    var page = pages[withoutHash(target.href)];
    if (page && target.closest('main') && withoutHash(target.href) !== withoutHash(location.href)) {
      return {kind: 'page', data: page};
    }
    return null;
  }

  /** The paragraph's text with the quoted ranges marked. */
  function paragraph(sourceId, number, quoted) {
    var text = data.paras[sourceId + '#' + number];
    var p = el('p', 'preview-paragraph');
    if (text === undefined) {
      return p;
    }
    p.appendChild(el('span', 'preview-number', '¶' + number + ' '));
    var ranges = quoted.filter(function (q) { return q[0] === number; })
      .map(function (q) { return [q[1], q[2]]; })
      .sort(function (x, y) { return x[0] - y[0]; });
    var at = 0;
    ranges.forEach(function (r) {
      var start = Math.max(r[0], at);
      if (start > at) {
        p.appendChild(document.createTextNode(text.substring(at, start)));
      }
      if (r[1] > start) {
        p.appendChild(el('mark', null, text.substring(start, r[1])));
        at = r[1];
      }
    });
    p.appendChild(document.createTextNode(text.substring(at)));
    return p;
  }

  function citePreview(box, cite) {
    var source = data.sources[cite.s];
    var title = el('p', 'preview-title', source.t);
    title.id = box.id + '-title';
    box.appendChild(title);
    var last = Math.min(cite.p[1], cite.p[0] + MAX_PARAGRAPHS - 1);
    var quote = el('blockquote', 'preview-quote');
    for (var n = cite.p[0]; n <= last; n++) {
      quote.appendChild(paragraph(cite.s, n, cite.q));
    }
    box.appendChild(quote);
    if (cite.p[1] > last) {
      box.appendChild(el('p', 'preview-more', 'and ¶' + (last + 1) + (cite.p[1] > last + 1 ? '–' + cite.p[1] : '') + ' on the source page'));
    }
    var meta = el('dl', 'preview-meta');
    source.m.forEach(function (field) {
      meta.appendChild(el('dt', null, field[0]));
      var dd = el('dd', null, field[1]);
      if (field[2]) {
        dd.appendChild(el('span', 'preview-basis', ' (' + field[2] + ')'));
      }
      meta.appendChild(dd);
    });
    box.appendChild(meta);
    var links = el('p', 'preview-links');
    links.appendChild(link(source.h + '#p' + cite.p[0], 'Source page, ¶' + cite.p[0]));
    if (source.o) {
      links.appendChild(document.createTextNode(' · '));
      links.appendChild(link(source.o, 'Original', true));
    }
    box.appendChild(links);
  }

  function pagePreview(box, page) {
    box.appendChild(el('p', 'preview-kind', page.k));
    var title = el('p', 'preview-title', page.t);
    title.id = box.id + '-title';
    box.appendChild(title);
    if (page.d) {
      box.appendChild(el('p', 'preview-summary', page.d));
    }
  }

  function notePreview(box, basis) {
    var title = el('p', 'preview-title', 'Supplied or inferred by the editors');
    title.id = box.id + '-title';
    box.appendChild(title);
    box.appendChild(el('p', 'preview-summary', basis));
  }

  function open(target, preview) {
    if (owner === target) {
      return;
    }
    close(false);
    box = el('div', 'preview');
    box.id = 'preview-' + (++count);
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'false');
    if (preview.kind === 'cite') {
      citePreview(box, preview.data);
    } else if (preview.kind === 'page') {
      pagePreview(box, preview.data);
    } else {
      notePreview(box, preview.data);
    }
    box.setAttribute('aria-labelledby', box.id + '-title');
    var shut = el('button', 'preview-close', '×');
    shut.type = 'button';
    shut.setAttribute('aria-label', 'Close preview');
    shut.addEventListener('click', function () { close(true); });
    box.insertBefore(shut, box.firstChild);
    box.addEventListener('pointerenter', function () { clearTimeout(closeTimer); });
    box.addEventListener('pointerleave', scheduleClose);
    // right after its link (after the whole citation, "[1, ¶4]"): the next Tab goes into the
    // preview, and out of it to what follows
    (target.closest('.cite:not(a)') || target).insertAdjacentElement('afterend', box);
    owner = target;
    owner.setAttribute('aria-describedby', box.id);
    place(box, target);
  }

  /** Below the link (above it when there is no room), kept inside the window. */
  function place(box, target) {
    var margin = 8;
    var width = Math.min(448, document.documentElement.clientWidth - 2 * margin);
    box.style.width = width + 'px';
    var rect = target.getClientRects()[0] || target.getBoundingClientRect();
    var left = Math.max(margin, Math.min(rect.left, document.documentElement.clientWidth - width - margin));
    var top = rect.bottom + 4;
    if (top + box.offsetHeight > window.innerHeight && rect.top - box.offsetHeight - 4 > 0) {
      top = rect.top - box.offsetHeight - 4;
    }
    // coordinates in the window, made relative to what the box is positioned in
    var parent = box.offsetParent;
    var originLeft = -window.scrollX;
    var originTop = -window.scrollY;
    if (parent && parent !== document.body && parent !== document.documentElement) {
      var origin = parent.getBoundingClientRect();
      originLeft = origin.left + parent.clientLeft - parent.scrollLeft;
      originTop = origin.top + parent.clientTop - parent.scrollTop;
    }
    box.style.left = (left - originLeft) + 'px';
    box.style.top = (top - originTop) + 'px';
  }

  function close(refocus) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (!box) {
      return;
    }
    var was = owner;
    var hadFocus = box.contains(document.activeElement);
    box.remove();
    box = null;
    owner = null;
    was.removeAttribute('aria-describedby');
    if (refocus || hadFocus) {
      was.focus();
    }
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(function () { close(false); }, CLOSE_DELAY);
  }

  function triggerOf(node) {
    if (!node || !node.closest) {
      return null;
    }
    return node.closest('a[href], span.editorial[data-basis]');
  }

  // A value's basis becomes data, not a tooltip, and the value a stop for the keyboard.
  document.querySelectorAll('span.editorial[title]').forEach(function (span) {
    span.setAttribute('data-basis', span.getAttribute('title'));
    span.removeAttribute('title');
    span.tabIndex = 0;
  });

  document.addEventListener('pointerdown', function (event) {
    lastPointer = event.pointerType || 'mouse';
    touchedAt = lastPointer === 'mouse' ? 0 : Date.now();
    if (box && !box.contains(event.target) && event.target !== owner && !(owner && owner.contains(event.target))) {
      close(false);
    }
  });

  document.addEventListener('pointerover', function (event) {
    if (event.pointerType && event.pointerType !== 'mouse') {
      return;
    }
    var target = triggerOf(event.target);
    if (!target || (box && box.contains(target))) {
      return;
    }
    var preview = previewOf(target);
    if (!preview) {
      return;
    }
    clearTimeout(closeTimer);
    if (hovered === target) {
      return;
    }
    hovered = target;
    clearTimeout(openTimer);
    openTimer = setTimeout(function () { open(target, preview); }, OPEN_DELAY);
    target.addEventListener('pointerleave', function leave() {
      target.removeEventListener('pointerleave', leave);
      hovered = null;
      clearTimeout(openTimer);
      if (owner === target) {
        scheduleClose();
      }
    });
  });

  document.addEventListener('focusin', function (event) {
    if (Date.now() - touchedAt < TAP_FOCUS) {
      return; // the focus of a tap: the click decides
    }
    if (box && (box.contains(event.target) || event.target === owner)) {
      clearTimeout(closeTimer);
      return;
    }
    var target = triggerOf(event.target);
    var preview = target && target === event.target ? previewOf(target) : null;
    if (preview) {
      open(target, preview);
    } else {
      close(false);
    }
  });

  document.addEventListener('focusout', function (event) {
    if (!box) {
      return;
    }
    var next = event.relatedTarget;
    if (next && (box.contains(next) || next === owner)) {
      return;
    }
    // focus left both the link and its preview (or the window): wait for where it lands
    setTimeout(function () {
      if (box && !box.contains(document.activeElement) && document.activeElement !== owner) {
        close(false);
      }
    }, 0);
  });

  // A first tap opens the preview; a second tap on the same link follows it.
  document.addEventListener('click', function (event) {
    var target = triggerOf(event.target);
    // a click says what made it where the browser tells (a keyboard's Enter is ""), else the last pointer down does
    var by = typeof event.pointerType === 'string' ? event.pointerType : lastPointer;
    if (!target || (by !== 'touch' && by !== 'pen') || (box && box.contains(target))) {
      return;
    }
    var preview = previewOf(target);
    if (preview && owner !== target) {
      event.preventDefault();
      open(target, preview);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && box) {
      close(true);
    }
  });
}());
