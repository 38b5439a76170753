<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="entities">
<article>
  <h1>${page.title}</h1>
  <p>Everyone and everything the articles discuss, with every source paragraph that names them. See also the <a href="../graph.html">graph of co-mentions</a>.</p>
  <#list page.groups as g>
  <section>
    <h2>${g.kind}</h2>
    <ul class="entity-list">
    <#list g.entities as e><li><a href="${e.href}">${e.name}</a> <span class="meta">(${e.mentionCount})</span> — ${e.summary}</li></#list>
    </ul>
  </section>
  </#list>
</article>
</@layout.page>
