<#import "layout.ftl" as layout>
<@layout.page title=page.title description=page.summary bodyClass="entity" graph=page.graphSvg?has_content>
<article>
  <header>
    <p class="meta"><a href="index.html">Entities</a> · ${page.kind}</p>
    <h1>${page.title}</h1>
    <p class="summary">${page.summary}</p>
    <#if page.aliases?has_content><p class="aliases">Also: <#list page.aliases as a>${a}<#sep>; </#list></p></#if>
  </header>
  ${page.bodyHtml?no_esc}
  <#if page.accounts?has_content>
  <section class="event-accounts" aria-labelledby="accounts-heading">
    <h2 id="accounts-heading">Accounts side by side</h2>
    <p class="note">What each source says of ${page.title} in its own words, checked against its archived copy, with the editors' notes on who is quoted, whom the source has it from and what it leaves out.</p>
    <@layout.accounts page.accounts "Accounts of ${page.title}"/>
  </section>
  </#if>

  <section aria-labelledby="mentions-heading">
    <h2 id="mentions-heading">In the sources</h2>
    <#if page.mentions?has_content>
    <p class="note">Every source paragraph that names ${page.title} (${page.mentionCount}), found by the build.</p>
    <#list page.mentions as group>
      <h3><a href="${group.sourceHref}">${group.sourceTitle}</a></h3>
      <ul class="mentions">
      <#list group.mentions as m>
        <li><a class="para-ref" href="${m.href}">¶${m.paragraph}</a> ${m.before}<mark>${m.match}</mark>${m.after}</li>
      </#list>
      </ul>
    </#list>
    <#else>
    <p class="note">No source paragraph names ${page.title}.</p>
    </#if>
  </section>

  <#if page.neighbours?has_content>
  <section class="neighbourhood" aria-labelledby="neighbours-heading">
    <h2 id="neighbours-heading">Named in the same paragraphs</h2>
    <a class="graph-skip" href="#neighbour-list">Skip the drawing, to the list</a>
    <figure class="graph-figure">${page.graphSvg?no_esc}
      <figcaption class="note"><#if page.neighboursDrawn lt page.neighbours?size>The ${page.neighboursDrawn} of the ${page.neighbours?size} named with ${page.title} most often. </#if>Each is joined to ${page.title} and, where they are named in the same paragraphs too, to each other<#if page.neighbourPairsDrawn < page.neighbourPairs> (the ${page.neighbourPairsDrawn} strongest of the ${page.neighbourPairs} pairs among them)</#if>; the thicker the line, the more paragraphs.</figcaption>
    </figure>
    <ul class="neighbours" id="neighbour-list"><#list page.neighbours as n><li><a href="${n.href}">${n.label}</a> (${n.paragraphs} paragraph<#if n.paragraphs != 1>s</#if>)</li></#list></ul>
  </section>
  </#if>

  <@layout.references page.references/>
  <@layout.backlinks page.backlinks/>
</article>
</@layout.page>
