/*
 * Dossier search. Results appear while typing, grouped by kind, with the matched words marked.
 * The index's manifest is window.DOSSIER_SEARCH, set by search-index.js (built at bake time). It is
 * loaded on first use, when the box is focused, pointed at or touched, not with every page. A small
 * dossier's manifest holds the whole index; a large one's says which shard (search-index/t<i>.js)
 * holds which terms and how documents are split into parts (search-index/d<i>.js): a query loads
 * just the shards of its terms, then the parts of the documents it shows. Every file is a classic
 * script element, so search also works from file://, where fetch() and modules are blocked. No
 * dependencies. Results are built with createElement and textContent only: text from the index
 * never passes through innerHTML.
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

  // Postings are bit streams written six bits to a character (dossier.search.Postings): gamma-coded
  // count and k + 1, then per posting the Rice-coded gap (parameter k) and the gamma-coded weight.
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var SEXTET = new Int8Array(128);
  for (var c = 0; c < ALPHABET.length; c++) {
    SEXTET[ALPHABET.charCodeAt(c)] = c;
  }

  /** {docs: Int32Array, weights: Uint8Array} of one encoded postings string. */
  function decodePostings(text) {
    var at = 0;      // next character
    var sextet = 0;  // its bits not yet read
    var left = 0;    // how many
    function gamma() {
      var zeros = 0;
      for (;;) {
        if (left === 0) {
          sextet = SEXTET[text.charCodeAt(at++)];
          left = 6;
        }
        if ((sextet >>> --left) & 1) {
          break;
        }
        zeros++;
      }
      var n = 1;
      for (var i = 0; i < zeros; i++) {
        if (left === 0) {
          sextet = SEXTET[text.charCodeAt(at++)];
          left = 6;
        }
        n = n * 2 + ((sextet >>> --left) & 1);
      }
      return n;
    }
    var count = gamma() - 1;
    var k = gamma() - 1;
    var scale = Math.pow(2, k);
    var docs = new Int32Array(count);
    var weights = new Uint8Array(count);
    var previous = -1;
    for (var i = 0; i < count; i++) {
      var q = 0; // the quotient, in unary: ones ended by a zero
      for (;;) {
        if (left === 0) {
          sextet = SEXTET[text.charCodeAt(at++)];
          left = 6;
        }
        if (!((sextet >>> --left) & 1)) {
          break;
        }
        q++;
      }
      var r = 0;
      for (var j = 0; j < k; j++) {
        if (left === 0) {
          sextet = SEXTET[text.charCodeAt(at++)];
          left = 6;
        }
        r = r * 2 + ((sextet >>> --left) & 1);
      }
      previous += q * scale + r + 1;
      docs[i] = previous;
      // the weight, in gamma code: most are 1 (a single one bit)
      if (left === 0) {
        sextet = SEXTET[text.charCodeAt(at++)];
        left = 6;
      }
      if ((sextet >>> (left - 1)) & 1) {
        left--;
        weights[i] = 1;
      } else {
        weights[i] = gamma();
      }
    }
    return { docs: docs, weights: weights };
  }

  /** The position of the first string in the sorted array not less than the prefix (binary search). */
  function firstAtLeast(sorted, prefix) {
    var lo = 0;
    var hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (sorted[mid] < prefix) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Index lookups: every query term matches as a prefix; a document must match them all. The
   * manifest (window.DOSSIER_SEARCH) says which shard holds which terms and how documents are
   * numbered; the parts (term shards "t…", document parts "d…") are added as they load, or come
   * inline in the manifest of a small dossier.
   */
  function Index(data) {
    this.kinds = data.kinds;
    this.kindStarts = data.kindStarts;
    this.count = data.kindStarts[data.kindStarts.length - 1];
    this.docChunk = data.docChunk;
    this.shards = data.shards;
    this.parts = {};
    var inline = data.parts || {};
    for (var name in inline) {
      if (Object.prototype.hasOwnProperty.call(inline, name)) {
        this.add(name, inline[name]);
      }
    }
  }

  Index.prototype.add = function (name, part) {
    if (name.charAt(0) === 't') {
      part.decoded = new Array(part.terms.length);
    }
    this.parts[name] = part;
  };

  /** The names of the term shards that hold the terms starting with the prefix. */
  Index.prototype.shardsOf = function (prefix) {
    var keys = this.shards;
    var at = firstAtLeast(keys, prefix);
    var i = at < keys.length && keys[at] === prefix ? at : at - 1; // the last shard starting at or before the prefix
    var names = ['t' + i];
    for (var j = i + 1; j < keys.length && keys[j].lastIndexOf(prefix, 0) === 0; j++) {
      names.push('t' + j);
    }
    return names;
  };

  /** The parts a query needs to be looked up (its terms' shards), of those not in yet. */
  Index.prototype.missingFor = function (query) {
    var self = this;
    var names = [];
    queryTerms(query).forEach(function (term) {
      forms(term).forEach(function (form) {
        names = names.concat(self.shardsOf(form));
      });
    });
    return this.missing(names);
  };

  Index.prototype.missing = function (names) {
    var out = [];
    for (var i = 0; i < names.length; i++) {
      if (!this.parts[names[i]] && out.indexOf(names[i]) < 0) {
        out.push(names[i]);
      }
    }
    return out;
  };

  /** The document parts the first `shown` hits of each group are in, of those not in yet. */
  Index.prototype.missingDocs = function (result, shown) {
    var names = [];
    var chunk = this.docChunk;
    result.groups.forEach(function (g) {
      for (var i = 0; i < Math.min(shown, g.hits.length); i++) {
        names.push('d' + Math.floor(g.hits[i].doc / chunk));
      }
    });
    return this.missing(names);
  };

  /** [kind index, title, url, context, snippet] of a document, or null while its part is not in. */
  Index.prototype.doc = function (id) {
    var n = Math.floor(id / this.docChunk);
    var part = this.parts['d' + n];
    if (!part) {
      return null;
    }
    var kind = 0;
    while (id >= this.kindStarts[kind + 1]) {
      kind++;
    }
    var record = part[id - n * this.docChunk];
    return [kind, record[0], record[1], record[2], record[3]];
  };

  /**
   * Per document, its best weight for one query term (0: no match): words starting with the term
   * or with its singular (see forms); whole-word matches count double.
   */
  Index.prototype.matches = function (term) {
    var best = new Uint8Array(this.count);
    var prefixes = forms(term);
    for (var k = 0; k < prefixes.length; k++) {
      var prefix = prefixes[k];
      var names = this.shardsOf(prefix);
      for (var s = 0; s < names.length; s++) {
        var shard = this.parts[names[s]];
        if (!shard) {
          throw new Error('search shard ' + names[s] + ' is not loaded: use DossierSearch.find(query)');
        }
        for (var i = firstAtLeast(shard.terms, prefix); i < shard.terms.length && shard.terms[i].lastIndexOf(prefix, 0) === 0; i++) {
          var p = shard.decoded[i] || (shard.decoded[i] = decodePostings(shard.postings[i]));
          var exact = prefixes.indexOf(shard.terms[i]) >= 0 ? 2 : 1;
          var docs = p.docs;
          var weights = p.weights;
          for (var j = 0; j < docs.length; j++) {
            var w = weights[j] * exact;
            if (w > best[docs[j]]) {
              best[docs[j]] = w;
            }
          }
        }
      }
    }
    return best;
  };

  /**
   * {terms, total, groups: [{id, label, hits: [{doc, score}]}]}, hits best first; terms are the
   * prefixes that were looked up (singulars included), for marking the matches. The shards the
   * query needs must be in (see missingFor).
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
    var n = this.count;
    var scores = null;
    for (var t = 0; t < terms.length; t++) {
      var found = this.matches(terms[t]);
      if (scores === null) {
        scores = new Int32Array(found);
      } else {
        for (var d = 0; d < n; d++) {
          scores[d] = scores[d] > 0 && found[d] > 0 ? scores[d] + found[d] : 0;
        }
      }
    }
    var total = 0;
    var starts = this.kindStarts;
    var groups = this.kinds.map(function (kind, g) {
      var hits = [];
      if (scores !== null) {
        // best score first, then by document: a counting sort, stable since documents come in order
        var top = 0;
        for (var d = starts[g]; d < starts[g + 1]; d++) {
          top = Math.max(top, scores[d]);
        }
        var counts = new Int32Array(top + 2);
        for (d = starts[g]; d < starts[g + 1]; d++) {
          if (scores[d] > 0) {
            counts[top - scores[d] + 1]++;
          }
        }
        for (var i = 1; i < counts.length; i++) {
          counts[i] += counts[i - 1];
        }
        hits = new Array(counts[counts.length - 1]);
        for (d = starts[g]; d < starts[g + 1]; d++) {
          if (scores[d] > 0) {
            hits[counts[top - scores[d]]++] = { doc: d, score: scores[d] };
          }
        }
        total += hits.length;
      }
      return { id: kind[0], label: kind[1], hits: hits };
    });
    return { terms: marked, total: total, groups: groups };
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
   * file is missing or not an index of this version); then the parts of the index a query needs.
   * Each part is a classic script, search-index/<name>.js, that hands itself to DOSSIER_SEARCH_PART.
   */
  function IndexLoader(root) {
    this.root = root;
    this.url = root + 'search-index.js';
    this.state = 'idle'; // then 'loading', then 'ready' or 'failed'
    this.index = null;
    this.waiting = [];
    this.parts = {}; // name: 'loading', 'ready' or 'failed'
    this.partWaiting = [];
    var self = this;
    window.DOSSIER_SEARCH_PART = function (name, part) {
      if (self.index && !self.index.parts[name]) {
        self.index.add(name, part);
      }
    };
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
      self.finish(data && data.version === 2 ? new Index(data) : null);
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

  /** Loads the named parts (the index must be in) and calls back with whether all of them are in. */
  IndexLoader.prototype.loadParts = function (names, callback) {
    var self = this;
    var index = this.index;
    var check = function () {
      var failed = false;
      for (var i = 0; i < names.length; i++) {
        if (self.parts[names[i]] === 'failed') {
          failed = true;
        } else if (!index.parts[names[i]]) {
          return false;
        }
      }
      callback(!failed);
      return true;
    };
    if (check()) {
      return;
    }
    this.partWaiting.push(check);
    names.forEach(function (name) {
      if (index.parts[name] || self.parts[name]) {
        return;
      }
      self.parts[name] = 'loading';
      var script = document.createElement('script');
      script.src = self.root + 'search-index/' + name + '.js';
      script.onload = function () {
        self.parts[name] = index.parts[name] ? 'ready' : 'failed';
        self.partsSettled();
      };
      script.onerror = function () {
        self.parts[name] = 'failed';
        self.partsSettled();
      };
      document.head.appendChild(script);
    });
  };

  IndexLoader.prototype.partsSettled = function () {
    var waiting = this.partWaiting;
    this.partWaiting = []; // a callback may wait for more parts: it adds to the new list
    var still = waiting.filter(function (check) {
      return !check();
    });
    this.partWaiting = still.concat(this.partWaiting);
  };

  /** The query's result once the shards it needs and the documents of its first results are in. */
  IndexLoader.prototype.find = function (query, callback) {
    var self = this;
    this.load(function (index) {
      if (!index) {
        callback(null);
        return;
      }
      self.loadParts(index.missingFor(query), function (ok) {
        if (!ok) {
          callback(null);
          return;
        }
        var result = index.search(query);
        self.loadParts(index.missingDocs(result, PER_GROUP), function (docsOk) {
          callback(docsOk ? result : null);
        });
      });
    });
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
    if (query.length < MIN_QUERY) {
      this.panel.textContent = '';
      this.status.textContent = '';
      this.close();
      return;
    }
    var self = this;
    var again = function (ok) {
      if (!ok) {
        self.panel.textContent = '';
        self.message('Search is unavailable: its index (search-index.js) could not be loaded.');
      } else if (self.input.value.trim() === query) {
        self.update();
      }
    };
    if (!this.index) {
      this.panel.textContent = '';
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
    // a large index comes in parts: the shards of the query's terms, then the documents shown
    var shards = this.index.missingFor(query);
    if (shards.length > 0) {
      this.searching();
      this.loader.loadParts(shards, again);
      return;
    }
    var result = this.index.search(query);
    var docs = this.index.missingDocs(result, PER_GROUP);
    if (docs.length > 0) {
      this.searching();
      this.loader.loadParts(docs, again);
      return;
    }
    this.panel.textContent = '';
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

  /** While parts of the index load: the results of the last query stay, or a note says it is searching. */
  SearchBox.prototype.searching = function () {
    if (this.panel.hidden || !this.panel.firstChild) {
      this.panel.textContent = '';
      this.message('Searching…');
    }
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
      var doc = this.index.doc(group.hits[i].doc);
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
    var loader = new IndexLoader(box.getAttribute('data-root') || '');
    // for tests and the console: load() resolves to whether the index is in; find() to a query's
    // result once the parts it needs are in; search() is the lookup alone, without the DOM, when
    // they are (always, once loaded, for a dossier small enough to be one file); doc() a result's
    // [kind index, title, url, context, snippet] once its part is in
    window.DossierSearch = {
      load: function () {
        return new Promise(function (resolve) {
          loader.load(function (index) {
            resolve(index !== null);
          });
        });
      },
      find: function (query) {
        return new Promise(function (resolve, reject) {
          loader.find(query, function (result) {
            if (result) {
              resolve(result);
            } else {
              reject(new Error('the search index could not be loaded'));
            }
          });
        });
      },
      search: function (query) {
        if (!loader.index) {
          throw new Error('the search index is not loaded yet: await DossierSearch.load() first');
        }
        return loader.index.search(query);
      },
      doc: function (id) {
        return loader.index ? loader.index.doc(id) : null;
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
