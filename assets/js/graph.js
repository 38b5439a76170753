/* Co-mention graphs (render.internal.GraphSvg): pointing at or focusing an entity picks out it, its
   neighbours and the lines between them, and dims the rest; leaving it, or Escape, restores the
   drawing. A drawing wider than the screen opens on its middle. An enhancement only: without this
   script the drawing and its links work the same. */
(function () {
  'use strict';

  function enhance(svg) {
    var items = {};
    var links = {};
    svg.querySelectorAll('[data-node]').forEach(function (item) {
      items[item.getAttribute('data-node')] = item;
      links[item.getAttribute('data-node')] = [];
    });
    var lines = svg.querySelectorAll('line[data-a]');
    lines.forEach(function (line) {
      var a = line.getAttribute('data-a');
      var b = line.getAttribute('data-b');
      if (links[a] && links[b]) {
        links[a].push({ line: line, other: b });
        links[b].push({ line: line, other: a });
      }
    });

    function clear() {
      svg.classList.remove('is-highlighting');
      svg.querySelectorAll('.is-focus, .is-neighbour, .is-linked').forEach(function (el) {
        el.classList.remove('is-focus', 'is-neighbour', 'is-linked');
      });
    }

    function highlight(node) {
      clear();
      svg.classList.add('is-highlighting');
      items[node].classList.add('is-focus');
      links[node].forEach(function (link) {
        link.line.classList.add('is-linked');
        items[link.other].classList.add('is-neighbour');
      });
    }

    function nodeOf(target) {
      var item = target.closest ? target.closest('[data-node]') : null;
      return item && svg.contains(item) ? item.getAttribute('data-node') : null;
    }

    svg.addEventListener('focusin', function (event) {
      var node = nodeOf(event.target);
      if (node !== null) {
        highlight(node);
      }
    });
    svg.addEventListener('focusout', clear);
    svg.addEventListener('mouseover', function (event) {
      var node = nodeOf(event.target);
      if (node !== null) {
        highlight(node);
      }
    });
    svg.addEventListener('mouseleave', function () {
      var focused = nodeOf(document.activeElement || svg);
      if (focused !== null) {
        highlight(focused);
      } else {
        clear();
      }
    });
    svg.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        clear();
      }
    });
  }

  /* A drawing wider than its figure (on a phone) opens on its middle, or on the page's own entity,
     rather than on its left edge, where only the outlying entities are. */
  function centre(svg) {
    var figure = svg.parentNode;
    if (!figure || figure.scrollWidth <= figure.clientWidth) {
      return;
    }
    var middle = svg.querySelector('.graph-centre');
    var frame = figure.getBoundingClientRect();
    var target = middle ? middle.getBoundingClientRect() : svg.getBoundingClientRect();
    var x = (target.left + target.right) / 2 - frame.left + figure.scrollLeft;
    figure.scrollLeft = Math.max(0, x - figure.clientWidth / 2);
  }

  function start() {
    document.querySelectorAll('svg.graph').forEach(function (svg) {
      enhance(svg);
      centre(svg);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
