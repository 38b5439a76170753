/*
 * Dossier search. Results appear while typing, grouped by kind, with the matched words marked.
 * The index is window.DOSSIER_SEARCH, set by search-index.js (built at bake time). It is loaded
 * on first use, when the box is focused, pointed at or touched, not with every page: for a large
 * dossier it is megabytes. It loads as a classic script element, so search also works from
 * file://, where fetch() and modules are blocked. No dependencies. Results are built with
 * createElement and textContent only: text from the index never passes through innerHTML.
 */
(function () {
  'use strict';

  var MIN_QUERY = 2;     // characters before results are shown
  var PER_GROUP = 8;     // results listed per group
  var SNIPPET = 180;     // characters of text shown around the first match

  // The same rules as dossier.search.Tokens, which built the index: keep the two in step.
  var MARKS = /\p{M}+/gu;
  var TERM = /[\p{L}\p{N}]+/gu;
  var DIGITS = /^\p{N}+$/u;
  // Words as written (combining marks included), to find and mark matches in displayed text.
  var WRITTEN_WORD = /[\p{L}\p{N}\p{M}]+/gu;

  function normalise(text) {
    return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  }

  /** The distinct terms of a query, in order. */
  function queryTerms(text) {
    var words = normalise(text).match(TERM) || [];
    var terms = [];
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      if ((w.length >= 2 || DIGITS.test(w)) && terms.indexOf(w) < 0) {
        terms.push(w);
      }
    }
    return terms;
  }

  /**
   * The singular an English plural query word may stand for, or null: "alliances" also finds
   * "alliance", "treaties" "treaty". The plural itself still matches too, so a word that only
   * looks plural ("series") loses nothing. (A singular already finds its plurals: terms match as
   * prefixes.)
   */
  function singular(term) {
    if (term.length >= 5 && /ies$/.test(term)) {
      return term.slice(0, -3) + 'y';
    }
    if (term.length >= 5 && /(ch|sh|ss|x|z)es$/.test(term)) {
      return term.slice(0, -2);
    }
    if (term.length >= 4 && /[^su]s$/.test(term)) {
      return term.slice(0, -1);
    }
    return null;
  }

  /** The prefixes a query term finds: itself, and its singular where it looks plural. */
  function forms(term) {
    var one = singular(term);
    return one === null ? [term] : [term, one];
  }

  function startsWithAny(word, terms) {
    var n = normalise(word);
    for (var i = 0; i < terms.length; i++) {
      if (n.lastIndexOf(terms[i], 0) === 0) {
        return true;
      }
    }
    return false;
  }

  /** Index lookups: every query term matches as a prefix; a document must match them all. */
  function Index(data) {
    this.kinds = data.kinds;
    this.docs = data.docs;
    this.terms = data.terms;
    this.postings = data.postings;
    this.decoded = new Uint8Array(data.terms.length);
  }

  /** A term's postings [doc, weight, …]; stored as gaps between doc ids, summed on first use. */
  Index.prototype.postingsOf = function (i) {
    var p = this.postings[i];
    if (!this.decoded[i]) {
      for (var j = 2; j < p.length; j += 2) {
        p[j] += p[j - 2];
      }
      this.decoded[i] = 1;
    }
    return p;
  };

  /** The position of the first term not less than the prefix (binary search; terms are sorted). */
  Index.prototype.firstTerm = function (prefix) {
    var lo = 0;
    var hi = this.terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (this.terms[mid] < prefix) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };

  /**
   * Documents matching one query term, each with its best weight: words starting with the term or
   * with its singular (see forms); whole-word matches count double.
   */
  Index.prototype.matches = function (term) {
    var found = new Map();
    var prefixes = forms(term);
    for (var k = 0; k < prefixes.length; k++) {
      var prefix = prefixes[k];
      for (var i = this.firstTerm(prefix); i < this.terms.length && this.terms[i].lastIndexOf(prefix, 0) === 0; i++) {
        var p = this.postingsOf(i);
        var exact = prefixes.indexOf(this.terms[i]) >= 0 ? 2 : 1;
        for (var j = 0; j < p.length; j += 2) {
          var w = p[j + 1] * exact;
          var had = found.get(p[j]);
          if (had === undefined || w > had) {
            found.set(p[j], w);
          }
        }
      }
    }
    return found;
  };

  /**
   * {terms, total, groups: [{id, label, hits: [{doc, score}]}]}, hits best first; terms are the
   * prefixes that were looked up (singulars included), for marking the matches.
   */
  Index.prototype.search = function (query) {
    var terms = queryTerms(query);
    var marked = [];
    terms.forEach(function (term) {
      forms(term).forEach(function (form) {
        if (marked.indexOf(form) < 0) {
          marked.push(form);
        }
      });
    });
    var scores = null;
    for (var t = 0; t < terms.length && (scores === null || scores.size > 0); t++) {
      var found = this.matches(terms[t]);
      if (scores === null) {
        scores = found;
      } else {
        var both = new Map();
        scores.forEach(function (score, doc) {
          var w = found.get(doc);
          if (w !== undefined) {
            both.set(doc, score + w);
          }
        });
        scores = both;
      }
    }
    var docs = this.docs;
    var groups = this.kinds.map(function (kind) {
      return { id: kind[0], label: kind[1], hits: [] };
    });
    if (scores !== null) {
      scores.forEach(function (score, doc) {
        groups[docs[doc][0]].hits.push({ doc: doc, score: score });
      });
    }
    groups.forEach(function (g) {
      g.hits.sort(function (a, b) {
        return b.score - a.score || a.doc - b.doc;
      });
    });
    return { terms: marked, total: scores === null ? 0 : scores.size, groups: groups };
  };

  /** Up to SNIPPET characters of the text, starting a little before its first match. */
  function snippet(text, terms) {
    if (text.length <= SNIPPET) {
      return text;
    }
    var at = 0;
    WRITTEN_WORD.lastIndex = 0;
    for (var m = WRITTEN_WORD.exec(text); m !== null; m = WRITTEN_WORD.exec(text)) {
      if (startsWithAny(m[0], terms)) {
        at = m.index;
        break;
      }
    }
    var start = Math.max(0, at - 60);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : at;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var last = text.lastIndexOf(' ', end);
      end = last > at ? last : end;
    }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  /** Appends the text to the element, each word that starts with a query term in a <mark>. */
  function appendMarked(element, text, terms) {
    var done = 0;
    WRITTEN_WORD.lastIndex = 0;
    for (var m = WRITTEN_WORD.exec(text); m !== null; m = WRITTEN_WORD.exec(text)) {
      if (startsWithAny(m[0], terms)) {
        if (m.index > done) {
          element.appendChild(document.createTextNode(text.slice(done, m.index)));
        }
        var mark = document.createElement('mark');
        mark.textContent = m[0];
        element.appendChild(mark);
        done = m.index + m[0].length;
      }
    }
    if (done < text.length) {
      element.appendChild(document.createTextNode(text.slice(done)));
    }
  }

  function span(className, text, terms) {
    var s = document.createElement('span');
    s.className = className;
    if (terms) {
      appendMarked(s, text, terms);
    } else {
      s.textContent = text;
    }
    return s;
  }

  /**
   * Loads search-index.js once, on demand, and hands every caller the Index (or null when the
   * file is missing or not an index of this version).
   */
  function IndexLoader(url) {
    this.url = url;
    this.state = 'idle'; // then 'loading', then 'ready' or 'failed'
    this.index = null;
    this.waiting = [];
  }

  IndexLoader.prototype.load = function (callback) {
    if (this.state === 'ready' || this.state === 'failed') {
      callback(this.index);
      return;
    }
    this.waiting.push(callback);
    if (this.state === 'loading') {
      return;
    }
    this.state = 'loading';
    var self = this;
    var script = document.createElement('script');
    script.src = this.url;
    script.onload = function () {
      var data = window.DOSSIER_SEARCH;
      self.finish(data && data.version === 1 ? new Index(data) : null);
    };
    script.onerror = function () {
      self.finish(null);
    };
    document.head.appendChild(script);
  };

  IndexLoader.prototype.finish = function (index) {
    this.index = index;
    this.state = index ? 'ready' : 'failed';
    var waiting = this.waiting;
    this.waiting = [];
    for (var i = 0; i < waiting.length; i++) {
      waiting[i](index);
    }
  };

  /** Wires the search box in the site header to the index, which it loads on first use. */
  function SearchBox(box, loader) {
    this.box = box;
    this.loader = loader;
    this.index = null;
    this.root = box.getAttribute('data-root') || '';
    this.input = box.querySelector('input');
    this.status = box.querySelector('.search-status');
    this.panel = box.querySelector('.search-results');
    var self = this;
    // a head start: the index is usually in before the first word is typed
    var prepare = function () {
      self.withIndex(function () {});
    };
    this.input.addEventListener('focus', prepare);
    box.addEventListener('pointerenter', prepare);
    box.addEventListener('touchstart', prepare, { passive: true });
    this.input.addEventListener('input', function () {
      self.update();
    });
    this.input.addEventListener('click', function () {
      if (self.panel.hidden) {
        self.update();
      }
    });
    this.input.addEventListener('keydown', function (e) {
      self.onInputKey(e);
    });
    this.panel.addEventListener('keydown', function (e) {
      self.onResultKey(e);
    });
    this.panel.addEventListener('click', function (e) {
      if (e.target.closest('a')) {
        self.close();
      }
    });
    box.addEventListener('focusout', function (e) {
      if (!e.relatedTarget || !box.contains(e.relatedTarget)) {
        self.close();
      }
    });
    box.hidden = false;
  }

  SearchBox.prototype.links = function () {
    return Array.prototype.slice.call(this.panel.querySelectorAll('a'));
  };

  SearchBox.prototype.close = function () {
    this.panel.hidden = true;
  };

  /** Runs {@code then} once the index is in; meanwhile, and if it cannot be loaded, the panel says so. */
  SearchBox.prototype.withIndex = function (then) {
    if (this.index) {
      then();
      return;
    }
    var self = this;
    this.loader.load(function (index) {
      self.index = index;
      if (index) {
        then();
      }
    });
  };

  SearchBox.prototype.message = function (text) {
    this.status.textContent = text;
    var note = document.createElement('p');
    note.className = 'search-summary';
    note.textContent = text;
    this.panel.appendChild(note);
    this.panel.hidden = false;
  };

  SearchBox.prototype.update = function () {
    var query = this.input.value.trim();
    this.panel.textContent = '';
    if (query.length < MIN_QUERY) {
      this.status.textContent = '';
      this.close();
      return;
    }
    if (!this.index) {
      var self = this;
      if (this.loader.state === 'failed') {
        this.message('Search is unavailable: its index (search-index.js) could not be loaded.');
        return;
      }
      this.message('Loading the search index…');
      this.loader.load(function (index) {
        self.index = index;
        self.update();
      });
      return;
    }
    var result = this.index.search(query);
    var summary = result.total === 0 ? 'No results for “' + query + '”.'
      : result.total + (result.total === 1 ? ' result' : ' results') + ' for “' + query + '”.';
    this.status.textContent = summary;
    var head = document.createElement('p');
    head.className = 'search-summary';
    head.textContent = summary;
    this.panel.appendChild(head);
    for (var g = 0; g < result.groups.length; g++) {
      if (result.groups[g].hits.length > 0) {
        this.panel.appendChild(this.group(result.groups[g], result.terms));
      }
    }
    this.panel.hidden = false;
  };

  SearchBox.prototype.group = function (group, terms) {
    var section = document.createElement('div');
    section.className = 'search-group search-' + group.id;
    var label = document.createElement('p');
    label.className = 'search-group-label';
    label.id = 'search-group-' + group.id;
    var shown = Math.min(PER_GROUP, group.hits.length);
    label.textContent = group.label + (shown < group.hits.length ? ' (' + shown + ' of ' + group.hits.length + ')' : ' (' + shown + ')');
    section.appendChild(label);
    var list = document.createElement('ul');
    list.setAttribute('aria-labelledby', label.id);
    for (var i = 0; i < shown; i++) {
      var doc = this.index.docs[group.hits[i].doc];
      var a = document.createElement('a');
      a.href = this.root + doc[2];
      a.appendChild(span('search-title', doc[1], terms));
      if (doc[3]) {
        a.appendChild(span('search-context', doc[3]));
      }
      if (doc[4]) {
        a.appendChild(span('search-snippet', snippet(doc[4], terms), terms));
      }
      var item = document.createElement('li');
      item.appendChild(a);
      list.appendChild(item);
    }
    section.appendChild(list);
    return section;
  };

  SearchBox.prototype.onInputKey = function (e) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (this.panel.hidden) {
        this.update();
      }
      var first = this.panel.querySelector('a');
      if (first) {
        first.focus();
      }
      return;
    }
    var links = this.links();
    if (e.key === 'Enter') {
      e.preventDefault();
      if (links.length > 0) {
        links[0].click();
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (!this.panel.hidden) {
        this.close();
      } else {
        this.input.value = '';
        this.update();
      }
    }
  };

  SearchBox.prototype.onResultKey = function (e) {
    var links = this.links();
    var at = links.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (at <= 0) {
        this.input.focus();
      } else {
        links[at - 1].focus();
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
      this.input.focus();
    }
  };

  function start() {
    var box = document.querySelector('.site-search');
    if (!box) {
      return;
    }
    var loader = new IndexLoader((box.getAttribute('data-root') || '') + 'search-index.js');
    // for tests and the console: load() resolves to whether the index is in; search() is the lookup alone, without the DOM
    window.DossierSearch = {
      load: function () {
        return new Promise(function (resolve) {
          loader.load(function (index) {
            resolve(index !== null);
          });
        });
      },
      search: function (query) {
        if (!loader.index) {
          throw new Error('the search index is not loaded yet: await DossierSearch.load() first');
        }
        return loader.index.search(query);
      }
    };
    new SearchBox(box, loader);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
