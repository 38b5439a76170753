<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="graph" graph=(page.pairsDrawn gt 0)>
<article>
  <h1>${page.title}</h1>
  <p>Entities named in the same source paragraph are joined; the more paragraphs they share, the thicker the line, and the more paragraphs name an entity, the bigger its dot. <#if page.edges?size == 0>No two entities are named in the same paragraph yet.<#elseif page.pairsDrawn lt page.edges?size>The drawing shows the strongest ${page.pairsDrawn} of the ${page.edges?size} pairs, at least one for each of the ${page.nodesDrawn} entities it draws; the list below gives them all.<#else>The list below gives the same ${page.edges?size} pairs.</#if><#if page.pairsDrawn gt 0> Point at or tab to an entity to pick out its neighbours.</#if></p>
  <#if page.pairsDrawn gt 0>
  <a class="graph-skip" href="#pairs-heading">Skip the drawing, to the list of pairs</a>
  <figure class="graph-figure">${page.svg?no_esc}</figure>
  </#if>
  <h2 id="pairs-heading">Pairs, by shared paragraphs</h2>
  <ul class="pairs"><#list page.edges as e><li><a href="${e.a.href}">${e.a.label}</a> — <a href="${e.b.href}">${e.b.label}</a> (${e.paragraphs})</li></#list></ul>
</article>
</@layout.page>
