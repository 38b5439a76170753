/*
 * Dossier search. Results appear while typing, grouped by kind, with the matched words marked; a
 * typo is corrected against the vocabulary, joined and split words match each other, and an entity
 * named by the query comes first (see Index). The index's manifest is window.DOSSIER_SEARCH, set by
 * search-index.js (built at bake time). It is loaded on first use, when the box is focused, pointed
 * at or touched, not with every page. A small dossier's manifest holds the whole index; a large
 * one's says which shard (search-index/t<i>.js) holds which terms, which part (v<i>.js) which words
 * of the vocabulary, and how documents are split into parts (d<i>.js): a query loads just the
 * vocabulary of its words' initials, the shards of its terms, then the parts of the documents it
 * shows. Every file is a classic script element, so search also works from file://, where fetch()
 * and modules are blocked. The results page (search.html?q=…) runs the query in its address. No
 * dependencies. Results are built with createElement and textContent only: text from the index
 * never passes through innerHTML.
 */
(function () {
  'use strict';

  var MIN_QUERY = 2;       // characters before results are shown
  var PER_GROUP = 5;       // results listed per group in the box, before "Show n more"
  var PAGE_PER_GROUP = 10; // on the results page
  var MORE_STEP = 50;      // results "Show n more" adds at most
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
  // What a match is worth: a word as typed counts double a word it only starts (a prefix), and a
  // word found by correcting a typo counts half of that.
  var WHOLE = 4;
  var PREFIX = 2;
  var FUZZY = 1;
  // A title's weight is at least this (dossier.search.SearchDocument.TITLE), more than any other
  // field can add up to: a posting this heavy is a match in a title.
  var TITLE_WEIGHT = 10;
  // Tiers, best first: the query is a name or alias of the document (an entity), word for word;
  // a name starts with the query; every word matches the title; the rest.
  var NAMED = 4;
  var NAME_START = 3;
  var IN_TITLE = 2;
  var IN_TEXT = 1;
  var TIER = 4096; // a tier outranks any score within the one below
  var NAME_MARK = '='; // dossier.search.NameKeys: a whole name's words joined, behind this mark

  /** Edits a typo may have: one in a word of 4 to 7 letters, two from 8, none below 4. */
  function typosAllowed(term) {
    return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
  }

  /**
   * The optimal string alignment distance between a and b (Levenshtein's insertions, deletions and
   * substitutions, and a swap of two neighbours counted as one edit), or max + 1 once it is over
   * max: each row stops being filled as soon as all of it is over.
   */
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var before = null;
    var previous = new Array(b.length + 1);
    for (var j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (var i = 1; i <= a.length; i++) {
      var row = new Array(b.length + 1);
      row[0] = i;
      var least = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (before && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        row[j] = d;
        least = Math.min(least, d);
      }
      if (least > max) {
        return max + 1;
      }
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  /** The range [from, to) of the sorted strings that start with the prefix. */
  function prefixRange(sorted, prefix) {
    var from = firstAtLeast(sorted, prefix);
    var to = from;
    while (to < sorted.length && sorted[to].lastIndexOf(prefix, 0) === 0) {
      to++;
    }
    return [from, to];
  }

  /** The names of the parts ("t" or "v" + i) whose ranges, by their first keys, meet the prefix. */
  function partsOf(keys, letter, prefix) {
    var at = firstAtLeast(keys, prefix);
    var i = at < keys.length && keys[at] === prefix ? at : at - 1; // the last part starting at or before the prefix
    var names = [letter + i];
    for (var j = i + 1; j < keys.length && keys[j].lastIndexOf(prefix, 0) === 0; j++) {
      names.push(letter + j);
    }
    return names;
  }

  /**
   * Index lookups. Every query word matches the words it starts (and, for an English plural, its
   * singular's); a word that starts none is corrected, within typosAllowed edits, against the
   * vocabulary's words of the same initial; two neighbouring words also match as one joined word,
   * and one word as two (whitelist and white list, chip4 and chip 4). A document must match every
   * word. The manifest (window.DOSSIER_SEARCH) says which part holds which terms and how documents
   * are numbered; the parts (term shards "t…", vocabulary parts "v…", document parts "d…") are
   * added as they load, or come inline in the manifest of a small dossier.
   */
  function Index(data) {
    this.kinds = data.kinds;
    this.kindStarts = data.kindStarts;
    this.count = data.kindStarts[data.kindStarts.length - 1];
    this.docChunk = data.docChunk;
    this.shards = data.shards;
    this.vocab = data.vocab || null; // null: the vocabulary is the one term shard's
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
    return partsOf(this.shards, 't', prefix);
  };

  /** Whether all the named parts are in; those that are not are added to `missing`. */
  Index.prototype.have = function (names, missing) {
    var all = true;
    for (var i = 0; i < names.length; i++) {
      if (!this.parts[names[i]]) {
        all = false;
        if (missing.indexOf(names[i]) < 0) {
          missing.push(names[i]);
        }
      }
    }
    return all;
  };

  /** The vocabulary's words that start with the prefix, sorted; null while a part they are in is missing (named in `missing`). */
  Index.prototype.words = function (prefix, missing) {
    var sorted;
    if (this.vocab === null) {
      sorted = this.parts.t0.terms; // its name keys start with NAME_MARK, which no word prefix does
    } else {
      var names = partsOf(this.vocab, 'v', prefix);
      if (!this.have(names, missing)) {
        return null;
      }
      sorted = names.length === 1 ? this.parts[names[0]] : [].concat.apply([], names.map(function (n) { return this.parts[n]; }, this));
    }
    var range = prefixRange(sorted, prefix);
    return sorted.slice(range[0], range[1]);
  };

  /** Whether the word is in the vocabulary: as a word (exact) or as the start of one; null while unknown. */
  Index.prototype.hasWord = function (word, exact, missing) {
    var found = this.words(word, missing);
    if (found === null) {
      return null;
    }
    return exact ? found.length > 0 && found[0] === word : found.length > 0;
  };

  /**
   * What a query looks up: per reading of it (as typed; with two neighbouring words joined; with
   * one word split in two), per word, the forms that may match it ({form, prefix, worth}); the name
   * keys it may be; the words to mark; and the parts of the index still to load for all that. A
   * large index is consulted in steps (the vocabulary first, then the postings of the words found
   * in it): `missing` is empty once everything the lookup needs is in.
   */
  Index.prototype.plan = function (query) {
    var self = this;
    var missing = [];
    var terms = queryTerms(query);
    var corrected = terms.slice();
    var fuzzyUsed = false;
    var splits = terms.map(function (term) {
      return term.length < 4 ? [] : self.splits(term, missing);
    });
    var slots = terms.map(function (term, t) {
      var alternatives = forms(term).map(function (form) {
        return { form: form, prefix: true, worth: PREFIX };
      });
      var typed = false;
      var unknown = false;
      alternatives.forEach(function (a) {
        var has = self.hasWord(a.form, false, missing);
        typed = typed || has === true;
        unknown = unknown || has === null;
      });
      if (!typed && !unknown) {
        self.words(term.charAt(0), missing); // the initial's words: for a correction, or a suggestion
      }
      if (!typed && !unknown && splits[t].length === 0 && typosAllowed(term) > 0) { // a word that splits is no typo
        var near = self.nearWords(term, typosAllowed(term), missing);
        if (near !== null && near.length > 0) {
          fuzzyUsed = true;
          corrected[t] = near[0];
          near.forEach(function (word) {
            alternatives.push({ form: word, prefix: false, worth: FUZZY });
          });
        }
      }
      return alternatives;
    });
    var readings = [slots];
    for (var i = 0; i + 1 < terms.length; i++) {
      var joined = terms[i] + terms[i + 1];
      if (this.hasWord(joined, false, missing) === true) {
        readings.push(slots.slice(0, i).concat([[{ form: joined, prefix: true, worth: PREFIX }]], slots.slice(i + 2)));
      }
    }
    terms.forEach(function (term, t) {
      splits[t].forEach(function (parts) {
        readings.push(slots.slice(0, t).concat([[{ form: parts[0], prefix: false, worth: PREFIX }],
          [{ form: parts[1], prefix: true, worth: PREFIX }]], slots.slice(t + 1)));
      });
    });
    var keys = [];
    [terms, corrected].forEach(function (words) {
      var key = NAME_MARK + words.join('');
      if (words.length > 0 && keys.indexOf(key) < 0) {
        keys.push(key);
      }
    });
    var marked = [];
    readings.forEach(function (reading) {
      reading.forEach(function (alternatives) {
        alternatives.forEach(function (a) {
          if (marked.indexOf(a.form) < 0) {
            marked.push(a.form);
          }
          self.have(self.shardsOf(a.form), missing);
        });
      });
    });
    keys.forEach(function (key) {
      self.have(self.shardsOf(key), missing);
    });
    return {
      missing: missing, terms: terms, readings: readings, keys: keys, marked: marked, correctedWords: corrected,
      corrected: fuzzyUsed ? corrected.join(' ') : null
    };
  };

  /** The vocabulary's words of the term's initial within `max` edits of it, closest first (then in order); null while unknown. */
  Index.prototype.nearWords = function (term, max, missing) {
    var candidates = this.words(term.charAt(0), missing);
    if (candidates === null) {
      return null;
    }
    var byDistance = [];
    for (var i = 0; i < candidates.length; i++) {
      var d = editDistance(term, candidates[i], max);
      if (d <= max && d > 0) {
        (byDistance[d] = byDistance[d] || []).push(candidates[i]);
      }
    }
    var self = this;
    return [].concat.apply([], byDistance.filter(Boolean).map(function (words) {
      var count = {};
      words.forEach(function (w) {
        count[w] = self.frequency(w);
      });
      return words.sort(function (a, b) {
        return count[b] - count[a] || (a < b ? -1 : 1);
      });
    }));
  };

  /** How many documents hold the word, if its shard is in (else 0): of two corrections as near, the commoner wins. */
  Index.prototype.frequency = function (word) {
    var names = this.shardsOf(word);
    var shard = this.parts[names[0]];
    if (!shard) {
      return 0;
    }
    var i = firstAtLeast(shard.terms, word);
    if (shard.terms[i] !== word) {
      return 0;
    }
    var p = shard.decoded[i] || (shard.decoded[i] = decodePostings(shard.postings[i]));
    return p.docs.length;
  };

  /**
   * The ways a word splits into a word and the start of another, both in the vocabulary (chip4: chip
   * and 4; whitelist: white and list); each part three letters at least, or digits, so that a
   * word is not read as two syllables that happen to be words.
   */
  Index.prototype.splits = function (term, missing) {
    var out = [];
    for (var k = 1; k < term.length; k++) {
      var left = term.slice(0, k);
      var right = term.slice(k);
      if ((left.length < 3 && !/^\d+$/.test(left)) || (right.length < 3 && !/^\d+$/.test(right))) {
        continue;
      }
      if (this.hasWord(left, true, missing) === true && this.hasWord(right, false, missing) === true) {
        out.push([left, right]);
      }
    }
    return out;
  };

  /** The parts a query needs to be looked up (vocabulary, then term shards), of those not in yet. */
  Index.prototype.missingFor = function (query) {
    return this.plan(query).missing;
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

  /** The document parts the hits of each group from `from` to `to` are in, of those not in yet. */
  Index.prototype.missingDocs = function (result, to, from) {
    var names = [];
    var chunk = this.docChunk;
    result.groups.forEach(function (g) {
      for (var i = from || 0; i < Math.min(to, g.hits.length); i++) {
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

  /** Calls back with (document, weight, term) for each posting of the terms the form matches: those it starts, or itself alone. */
  Index.prototype.postings = function (form, prefix, each) {
    var names = this.shardsOf(form);
    for (var s = 0; s < names.length; s++) {
      var shard = this.parts[names[s]];
      if (!shard) {
        throw new Error('search shard ' + names[s] + ' is not loaded: use DossierSearch.find(query)');
      }
      for (var i = firstAtLeast(shard.terms, form); i < shard.terms.length && shard.terms[i].lastIndexOf(form, 0) === 0; i++) {
        if (!prefix && shard.terms[i] !== form) {
          break;
        }
        var p = shard.decoded[i] || (shard.decoded[i] = decodePostings(shard.postings[i]));
        for (var j = 0; j < p.docs.length; j++) {
          each(p.docs[j], p.weights[j], shard.terms[i]);
        }
      }
    }
  };

  /**
   * Per document, its best score for one query word (0: no match) and whether that word is in its
   * title: over the word's forms, the posting's weight times what the form's match is worth (a
   * prefix match that is the whole word counts as WHOLE).
   */
  Index.prototype.matches = function (alternatives) {
    var score = new Uint16Array(this.count);
    var title = new Uint8Array(this.count);
    for (var k = 0; k < alternatives.length; k++) {
      var a = alternatives[k];
      this.postings(a.form, a.prefix, function (doc, weight, term) {
        var worth = a.worth === PREFIX && term === a.form ? WHOLE : a.worth;
        var w = weight * worth;
        if (w > score[doc]) {
          score[doc] = w;
        }
        if (weight >= TITLE_WEIGHT) {
          title[doc] = 1;
        }
      });
    }
    return { score: score, title: title };
  };

  /**
   * {terms, total, groups: [{id, label, hits: [{doc, score}]}], corrected, suggestion}: groups in
   * the order of their best hit (kinds in their own order where tied), hits best first. terms are
   * the forms looked up, for marking the matches; corrected the query as typos were read
   * (or null); suggestion, when nothing matches, a query that would (or null). The parts the query
   * needs must be in (see missingFor).
   */
  Index.prototype.search = function (query, unsuggested) {
    var plan = this.plan(query);
    if (plan.missing.length > 0) {
      throw new Error('search parts ' + plan.missing.join(', ') + ' are not loaded: use DossierSearch.find(query)');
    }
    var n = this.count;
    var rank = new Int32Array(n); // tier * TIER + score; 0: no match
    var cache = {};
    var self = this;
    plan.readings.forEach(function (reading) {
      if (reading.length === 0) {
        return;
      }
      var score = new Int32Array(n);
      var allInTitle = new Uint8Array(n);
      reading.forEach(function (alternatives, w) {
        var id = JSON.stringify(alternatives);
        var found = cache[id] || (cache[id] = self.matches(alternatives));
        for (var d = 0; d < n; d++) {
          if (w === 0) {
            score[d] = found.score[d];
            allInTitle[d] = found.title[d];
          } else if (score[d] > 0) {
            score[d] = found.score[d] > 0 ? score[d] + found.score[d] : 0;
            allInTitle[d] &= found.title[d];
          }
        }
      });
      for (var d = 0; d < n; d++) {
        if (score[d] > 0) {
          var r = (allInTitle[d] ? IN_TITLE : IN_TEXT) * TIER + Math.min(score[d], TIER - 1);
          if (r > rank[d]) {
            rank[d] = r;
          }
        }
      }
    });
    plan.keys.forEach(function (key) {
      self.postings(key, true, function (doc, weight, term) {
        var tier = term === key ? NAMED : key.length > 3 ? NAME_START : 0;
        var r = tier * TIER + rank[doc] % TIER;
        if (tier > 0 && r > rank[doc]) {
          rank[doc] = r;
        }
      });
    });
    var total = 0;
    var starts = this.kindStarts;
    var groups = this.kinds.map(function (kind, g) {
      var hits = [];
      var top = 0;
      var bottom = Infinity;
      for (var d = starts[g]; d < starts[g + 1]; d++) {
        if (rank[d] > 0) {
          top = Math.max(top, rank[d]);
          bottom = Math.min(bottom, rank[d]);
        }
      }
      if (top > 0) {
        // best rank first, then by document: a counting sort, stable since documents come in order
        var counts = new Int32Array(top - bottom + 2);
        for (d = starts[g]; d < starts[g + 1]; d++) {
          if (rank[d] > 0) {
            counts[top - rank[d] + 1]++;
          }
        }
        for (var i = 1; i < counts.length; i++) {
          counts[i] += counts[i - 1];
        }
        hits = new Array(counts[counts.length - 1]);
        for (d = starts[g]; d < starts[g + 1]; d++) {
          if (rank[d] > 0) {
            hits[counts[top - rank[d]]++] = { doc: d, score: rank[d] };
          }
        }
        total += hits.length;
      }
      return { id: kind[0], label: kind[1], hits: hits, order: g };
    });
    var tier = function (group) {
      return group.hits.length ? Math.floor(group.hits[0].score / TIER) : 0;
    };
    groups.sort(function (a, b) {
      return tier(b) - tier(a) || a.order - b.order;
    });
    return {
      terms: plan.marked, total: total, groups: groups, corrected: total > 0 ? plan.corrected : null,
      suggestion: total === 0 && !unsuggested ? this.suggestion(plan) : null
    };
  };

  /**
   * When nothing matches: the query with each word that matches nothing on its own replaced by the
   * closest word of the vocabulary (two edits at most, one for a word of three letters), or left out
   * when none is near; null when that changes nothing or leaves nothing. Uses only loaded parts.
   */
  Index.prototype.suggestion = function (plan) {
    var self = this;
    var words = [];
    var changed = false;
    plan.terms.forEach(function (term, t) {
      var matched = plan.readings[0][t].some(function (a) {
        return self.hasWord(a.form, !a.prefix, []) === true;
      });
      if (matched) {
        words.push(plan.correctedWords[t]);
        changed = changed || plan.correctedWords[t] !== term;
        return;
      }
      changed = true;
      var near = term.length >= 3 ? self.nearWords(term, term.length >= 4 ? 2 : 1, []) : null;
      if (near && near.length > 0) {
        words.push(near[0]);
      }
    });
    if (!changed || words.length === 0) {
      return null;
    }
    var suggested = words.join(' ');
    // offered when it finds something, or when that cannot be known yet (its parts not loaded)
    return this.plan(suggested).missing.length > 0 || this.search(suggested, true).total > 0 ? suggested : null;
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
      self.finish(data && data.version === 3 ? new Index(data) : null);
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

  /** The query's result once the parts it needs and the documents of its first results are in; null if they cannot be loaded. */
  IndexLoader.prototype.find = function (query, callback) {
    lookUp(this, query, PER_GROUP, callback, function (text, waiting) {
      if (!waiting) {
        callback(null);
      }
    });
  };

  /** The address of the results page for a query, from a page whose path to the site root is `root`. */
  function resultsHref(root, query) {
    return root + 'search.html?q=' + encodeURIComponent(query);
  }

  /** The one line that says what was found, also announced to screen readers. */
  function summaryOf(result, query) {
    if (result.total === 0) {
      return 'No results for “' + query + '”.';
    }
    return result.total + (result.total === 1 ? ' result' : ' results') + ' for “' + query + '”'
      + (result.corrected ? ', read as “' + result.corrected + '”.' : '.');
  }

  /**
   * Draws a result into a container: the summary, "did you mean" when nothing matched, and the
   * groups, each with its first `perGroup` hits and a button for more. Text only (textContent),
   * never markup from the index. `run(query)` runs a suggested query in place.
   */
  function Results(container, index, loader, root, perGroup, run) {
    this.container = container;
    this.index = index;
    this.loader = loader;
    this.root = root;
    this.perGroup = perGroup;
    this.run = run;
  }

  Results.prototype.draw = function (result, query) {
    var c = this.container;
    c.textContent = '';
    var head = document.createElement('p');
    head.className = 'search-summary';
    head.textContent = summaryOf(result, query);
    if (result.suggestion) {
      // in the summary's own line, so that what is announced is what is shown
      var suggestion = result.suggestion;
      var run = this.run;
      var a = document.createElement('a');
      a.className = 'search-suggestion';
      a.href = resultsHref(this.root, suggestion);
      a.textContent = suggestion;
      a.addEventListener('click', function (e) {
        if (!e.ctrlKey && !e.metaKey && !e.shiftKey && e.button === 0) {
          e.preventDefault();
          run(suggestion);
        }
      });
      head.appendChild(document.createTextNode(' Did you mean '));
      head.appendChild(a);
      head.appendChild(document.createTextNode('?'));
    }
    c.appendChild(head);
    for (var g = 0; g < result.groups.length; g++) {
      if (result.groups[g].hits.length > 0) {
        c.appendChild(this.group(result.groups[g], result.terms));
      }
    }
    return head.textContent;
  };

  /** A group: its label with the count, the first hits, and "Show n more" while some are not shown. */
  Results.prototype.group = function (group, terms) {
    var self = this;
    var section = document.createElement('div');
    section.className = 'search-group search-' + group.id;
    var label = document.createElement('p');
    label.className = 'search-group-label';
    label.id = this.container.id + '-group-' + group.id;
    section.appendChild(label);
    var list = document.createElement('ul');
    list.setAttribute('aria-labelledby', label.id);
    section.appendChild(list);
    var more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    var shown = 0;
    var showTo = function (to, focus) {
      var first = null;
      for (; shown < to; shown++) {
        var item = self.item(group.hits[shown].doc, terms);
        list.appendChild(item);
        first = first || item.firstChild;
      }
      if (focus && first) {
        first.focus(); // to the first hit the button brought, before the button may go (and the focus with it)
      }
      var left = group.hits.length - shown;
      label.textContent = group.label + (left > 0 ? ' (' + shown + ' of ' + group.hits.length + ')' : ' (' + shown + ')');
      if (left > 0) {
        var next = Math.min(left, MORE_STEP);
        more.textContent = next === left ? 'Show ' + left + ' more' : 'Show ' + next + ' more of ' + left;
        more.setAttribute('aria-label', more.textContent + ' ' + group.label.toLowerCase());
      } else if (more.parentNode) {
        more.parentNode.removeChild(more);
      }
    };
    showTo(Math.min(this.perGroup, group.hits.length), false);
    if (shown < group.hits.length) {
      section.appendChild(more);
      more.addEventListener('click', function () {
        var to = Math.min(group.hits.length, shown + MORE_STEP);
        var docs = self.index.missingDocs({ groups: [group] }, to, shown);
        self.loader.loadParts(docs, function (ok) {
          if (ok) {
            showTo(to, true);
          }
        });
      });
    }
    return section;
  };

  Results.prototype.item = function (id, terms) {
    var doc = this.index.doc(id);
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
    return item;
  };

  /**
   * Runs a query against the index as it loads, part by part, and calls back with its result once
   * the first `shown` hits of each group can be drawn; a message while it waits or when it fails.
   */
  function lookUp(loader, query, shown, onResult, onMessage) {
    loader.load(function (index) {
      if (!index) {
        onMessage(UNAVAILABLE);
        return;
      }
      var step = function () {
        var parts = index.missingFor(query);
        if (parts.length > 0) {
          onMessage('Searching…', true);
          loader.loadParts(parts, function (ok) {
            if (ok) {
              step();
            } else {
              onMessage(UNAVAILABLE);
            }
          });
          return;
        }
        var result = index.search(query);
        var docs = index.missingDocs(result, shown);
        if (docs.length > 0) {
          onMessage('Searching…', true);
          loader.loadParts(docs, function (ok) {
            if (ok) {
              onResult(result, index);
            } else {
              onMessage(UNAVAILABLE);
            }
          });
          return;
        }
        onResult(result, index);
      };
      step();
    });
  }

  var UNAVAILABLE = 'Search is unavailable: its index (search-index.js) could not be loaded.';

  /** Wires the search box in the site header to the index, which it loads on first use. */
  function SearchBox(box, loader) {
    this.box = box;
    this.loader = loader;
    this.root = box.getAttribute('data-root') || '';
    this.input = box.querySelector('input');
    this.status = box.querySelector('.search-status');
    this.panel = box.querySelector('.search-results');
    this.asked = null; // the query last looked up
    var self = this;
    // a head start: the index is usually in before the first word is typed
    var prepare = function () {
      loader.load(function () {});
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
      var link = e.target.closest('a');
      if (link && !link.closest('.search-suggestion')) {
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

  /** The links and buttons of the results, in order: what the arrow keys move between. */
  SearchBox.prototype.links = function () {
    return Array.prototype.slice.call(this.panel.querySelectorAll('a, button'));
  };

  SearchBox.prototype.close = function () {
    this.panel.hidden = true;
  };

  /** Says something in place of results: in the live status and as the results' only line. */
  function showNote(status, container, text) {
    status.textContent = text;
    container.textContent = '';
    var note = document.createElement('p');
    note.className = 'search-summary';
    note.textContent = text;
    container.appendChild(note);
  }

  SearchBox.prototype.message = function (text) {
    showNote(this.status, this.panel, text);
    this.panel.hidden = false;
  };

  SearchBox.prototype.update = function () {
    var query = this.input.value.trim();
    if (query.length < MIN_QUERY) {
      this.panel.textContent = '';
      this.status.textContent = '';
      this.asked = null;
      this.close();
      return;
    }
    var self = this;
    this.asked = query;
    if (this.loader.state !== 'ready' && this.loader.state !== 'failed') {
      this.message('Loading the search index…');
    }
    lookUp(this.loader, query, PER_GROUP, function (result, index) {
      if (self.asked !== query) {
        return; // a later query is on its way
      }
      var results = new Results(self.panel, index, self.loader, self.root, PER_GROUP, function (suggested) {
        self.input.value = suggested;
        self.update();
        self.input.focus();
      });
      self.status.textContent = results.draw(result, query);
      self.panel.hidden = false;
    }, function (text, waiting) {
      if (self.asked !== query) {
        return;
      }
      // while parts of the index load, the results of the last query stay
      if (!waiting || self.panel.hidden || !self.panel.firstChild) {
        self.message(text);
      }
    });
  };

  SearchBox.prototype.onInputKey = function (e) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (this.panel.hidden) {
        this.update();
      }
      var first = this.panel.querySelector('a, button');
      if (first) {
        first.focus();
      }
    } else if (e.key === 'Enter') {
      // to the results page, whose address can be shared; the arrow keys reach a result
      e.preventDefault();
      var query = this.input.value.trim();
      if (query.length > 0) {
        window.location.href = resultsHref(this.root, query);
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

  /**
   * The results page, search.html?q=…: runs the query in its address on load (hosted or from
   * file://), and again as it is edited, keeping the address in step so that it can be shared.
   * Without JavaScript its form still submits to itself, and a note says results need JavaScript.
   */
  function SearchPage(page, loader) {
    this.loader = loader;
    this.root = page.getAttribute('data-root') || '';
    this.form = page;
    this.input = page.querySelector('input');
    this.status = page.querySelector('.search-status');
    this.results = document.getElementById('search-page-results');
    this.asked = null;
    this.title = document.title;
    var self = this;
    var query = new URLSearchParams(window.location.search).get('q') || '';
    this.input.value = query;
    page.addEventListener('submit', function (e) {
      e.preventDefault();
      self.update(true);
    });
    this.input.addEventListener('input', function () {
      self.update(true);
    });
    this.update(false);
  }

  SearchPage.prototype.update = function (edited) {
    var query = this.input.value.trim();
    var self = this;
    this.asked = query;
    if (edited) {
      try {
        window.history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : window.location.pathname);
      } catch (ignored) {
        // a browser that keeps the address of a file:// page fixed: the results still change
      }
    }
    document.title = (query ? '“' + query + '” — ' : '') + this.title;
    if (query.length === 0) {
      this.results.textContent = '';
      this.status.textContent = '';
      return;
    }
    lookUp(this.loader, query, PAGE_PER_GROUP, function (result, index) {
      if (self.asked === query) {
        var results = new Results(self.results, index, self.loader, self.root, PAGE_PER_GROUP, function (suggested) {
          self.input.value = suggested;
          self.update(true);
        });
        self.status.textContent = results.draw(result, query);
      }
    }, function (text) {
      if (self.asked === query) {
        showNote(self.status, self.results, text);
      }
    });
  };

  /** "/" focuses the search (the results page's own box where there is one), unless typing in a field. */
  function focusOnSlash(input) {
    document.addEventListener('keydown', function (e) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) {
        return;
      }
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
        return;
      }
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

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
    var searchBox = new SearchBox(box, loader);
    var page = document.querySelector('.search-page');
    if (page) {
      focusOnSlash(new SearchPage(page, loader).input);
    } else {
      focusOnSlash(searchBox.input);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
