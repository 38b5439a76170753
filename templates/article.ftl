<#import "layout.ftl" as layout>
<#import "cite.ftl" as cite>
<#import "toc.ftl" as toc>
<@layout.page title=page.title description=page.summary bodyClass="article${page.contents?has_content?then(' with-toc', '')}">
<article>
  <header class="article-header">
    <p class="meta"><@layout.date page.date/> · <a href="${page.sourceHref}">${page.sourceTitle}</a></p>
    <h1>${page.title}</h1>
    <p class="summary">${page.summary}</p>
    <#if page.tags?has_content><p class="tags"><#list page.tags as t><a class="tag" href="${t.href}">${t.label}</a><#sep> </#list></p></#if>
    <@cite.citeThis page.citeHtml?no_esc/>
  </header>
  <@toc.contents page.contents/>
  <div class="article-body">
  ${page.bodyHtml?no_esc}
  <#if page.accounts?has_content>
  <section class="event-accounts" aria-labelledby="accounts-heading">
    <h2 id="accounts-heading">Accounts side by side</h2>
    <p class="note">Events this page dates that more than one account reports: each source's own words, checked against its archived copy, with the editors' notes on who is quoted, whom the source has the account from and what it leaves out.</p>
    <#list page.accounts as e>
    <div class="event-account" id="${e.id}">
      <h3><time datetime="${e.iso}">${e.date}</time>: ${e.text}</h3>
      <@layout.accounts e.accounts "Accounts of: ${e.text}"/>
    </div>
    </#list>
  </section>
  </#if>
  </div>
  <div class="end-matter">
  <@layout.references page.references/>
  <#if page.related?has_content>
  <section class="related" aria-labelledby="related-heading">
    <h2 id="related-heading">Related articles</h2>
    <@layout.articleList page.related/>
  </section>
  </#if>
  <@layout.backlinks page.backlinks/>
  <#if page.earlier?? || page.later??>
  <nav class="article-sequence" aria-label="Articles by date">
    <#if page.earlier??><a rel="prev" href="${page.earlier.href}"><span class="sequence-label">Earlier</span> ${page.earlier.label}</a></#if>
    <#if page.later??><a rel="next" href="${page.later.href}"><span class="sequence-label">Later</span> ${page.later.label}</a></#if>
  </nav>
  </#if>
  </div>
</article>
</@layout.page>
