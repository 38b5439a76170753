<#import "layout.ftl" as layout>
<#import "cite.ftl" as cite>
<@layout.page title=page.title bodyClass="source">
<article>
  <header>
    <p class="meta">Source record · <code>${page.id}</code></p>
    <h1>${page.title}</h1>
    <p class="citation">${page.citationHtml?no_esc}</p>
    <@cite.downloads/>
  </header>

  <section aria-labelledby="metadata-heading">
    <h2 id="metadata-heading">Metadata and provenance</h2>
    <table class="metadata">
      <thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Provenance</th></tr></thead>
      <tbody>
      <#list page.metadata as row>
        <tr class="provenance-${row.provenance}">
          <th scope="row">${row.label}</th>
          <td><#if row.value??><#if row.href??><a href="${row.href}" rel="external noopener">${row.value}</a><#else>${row.value}</#if><#else><span class="none">not known</span></#if></td>
          <td><span class="provenance">${row.provenance}</span><#if row.note?has_content><br><span class="note">${row.note}</span></#if></td>
        </tr>
      </#list>
      </tbody>
    </table>
    <p class="archive">Archived copy: <#if page.archiveHref??><a href="${page.archiveHref}">${page.archiveFile}</a><#else><code>${page.archiveFile}</code> (not published: the publisher's full text is not reproduced here)</#if>, format ${page.format}, SHA-256 <code class="hash">${page.sha256}</code>.</p>
  </section>

  <section aria-labelledby="text-heading">
    <h2 id="text-heading"><#if page.fullText>Full text<#else>Cited paragraphs</#if></h2>
    <#if !page.fullText><p class="note">Only the paragraphs this dossier quotes or cites are shown (${page.paragraphs?size} of ${page.paragraphCount}).</p></#if>
    <#list page.paragraphs as p>
      <@layout.omitted p.omittedBefore/>
      <div class="source-paragraph kind-${p.kind}<#if p.context> context</#if>" id="${p.anchor}">
        <a class="para-number" href="#${p.anchor}">¶${p.number}</a>
        <#if p.context><p class="context-label">Context: not quoted or cited</p></#if>
        <p><#list p.pieces as piece><#if piece.linkAnchor??><a class="source-link" href="#${piece.linkAnchor}" title="Link ${piece.linkNumber} in the original: see Links in the original"><@spans piece.spans/></a><#else><@spans piece.spans/></#if></#list></p>
        <#if p.citedBy?has_content><p class="cited-by">Quoted in: <#list p.citedBy as c><a href="${c.href}">${c.label}</a><#sep>; </#list></p></#if>
      </div>
    </#list>
    <@layout.omitted page.omittedAfter/>
  </section>

  <#if page.links?has_content>
  <section aria-labelledby="links-heading">
    <h2 id="links-heading">Links in the original</h2>
    <p class="note">The source's own links, as the archived file has them: the linked words, the paragraph, and the target. Targets are shown as text; this site does not link to them or fetch them.</p>
    <ol class="source-links">
    <#list page.links as l><li id="${l.anchor}"><#if l.paragraphHref??><a href="${l.paragraphHref}">¶${l.paragraph}</a><#else>¶${l.paragraph}</#if>: “${l.text}”: <#if l.href??>target <code class="link-target">${l.href}</code><#else>target unknown. ${l.note}</#if></li></#list>
    </ol>
  </section>
  </#if>

  <#if page.excluded?has_content>
  <section aria-labelledby="excluded-heading">
    <h2 id="excluded-heading">Excluded from the article</h2>
    <p class="note">These blocks are in the archived file but are not part of the article. They are kept in the record and never quoted.</p>
    <ul class="excluded">
    <#list page.excluded as p><li id="${p.anchor}"><span class="para-number">¶${p.number}</span> (${p.kind}) ${p.excludedReason}</li></#list>
    </ul>
  </section>
  </#if>

  <#if page.citingPages?has_content>
  <section aria-labelledby="citing-heading">
    <h2 id="citing-heading">Cited on</h2>
    <ul class="citing-pages"><#list page.citingPages as c><li><a href="${c.href}">${c.label}</a>
      <#if c.excerpts?has_content><ol class="citing-excerpts"><#list c.excerpts as x><li><a href="${x.markHref}">${x.paragraph}</a>: “${x.opening}” <a class="to-excerpt" href="${x.href}">where it is quoted</a></li></#list></ol></#if>
      <#if c.paragraphs?has_content><p class="meta"><#if c.excerpts?has_content>Also cites<#else>Cites</#if> <#list c.paragraphs as n><a href="${n.href}">${n.label}</a><#sep>, </#list></p></#if>
    </li></#list></ul>
  </section>
  </#if>
</article>
</@layout.page>

<#-- Words of a paragraph, each quoted passage in a mark; an id where a quote begins, on an empty span before it, since quotes may overlap. -->
<#macro spans spans><#list spans as s><#list s.anchors as a><span class="q-anchor" id="${a}"></span></#list><#if s.markClass??><mark class="${s.markClass}">${s.text}</mark><#else>${s.text}</#if></#list></#macro>
