<#import "layout.ftl" as layout>
<#-- The results page, search.html?q=…: js/search.js runs the query in the address and keeps the address in step with the box, so a search can be shared; from file:// too. -->
<@layout.page title=page.title bodyClass="search-page-body" robots="noindex">
<article>
  <h1>${page.title}</h1>
  <form class="search-page" role="search" action="search.html" method="get" data-root="${root}">
    <label for="search-page-input">Search the dossier</label>
    <input id="search-page-input" name="q" type="search" autocomplete="off" spellcheck="false" aria-controls="search-page-results">
    <button type="submit">Search</button>
    <p class="search-status visually-hidden" role="status"></p>
  </form>
  <noscript><p class="search-note">The results need JavaScript; every page is reachable from the links above.</p></noscript>
  <div id="search-page-results" class="search-page-results"></div>
</article>
</@layout.page>
