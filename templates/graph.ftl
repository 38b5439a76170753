<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="graph">
<article>
  <h1>${page.title}</h1>
  <p>Entities named in the same source paragraph are joined; the more paragraphs they share, the thicker the line. The list below gives the same pairs.</p>
  <figure class="graph-figure">${page.svg?no_esc}</figure>
  <h2>Pairs, by shared paragraphs</h2>
  <ul class="pairs"><#list page.edges as e><li><a href="${e.a.href}">${e.a.label}</a> — <a href="${e.b.href}">${e.b.label}</a> (${e.paragraphs})</li></#list></ul>
</article>
</@layout.page>
