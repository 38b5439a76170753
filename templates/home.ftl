<#import "layout.ftl" as layout>
<#import "cite.ftl" as cite>
<@layout.page title=page.title description=site.description bodyClass="home">
<article class="intro">
  <h1>${page.title}</h1>
  ${page.bodyHtml?no_esc}
</article>
<section class="article-list" aria-labelledby="articles-heading">
  <h2 id="articles-heading">Articles, by date</h2>
  <ol class="articles">
  <#list page.articles as a>
    <li>
      <p class="meta"><@layout.date a.date/> · ${a.sourceTitle}</p>
      <h3><a href="${a.href}">${a.title}</a></h3>
      <p>${a.summary}</p>
      <p class="meta">${a.excerptCount} excerpt<#if a.excerptCount != 1>s</#if><#if a.tags?has_content> · <#list a.tags as t>${t}<#sep>, </#list></#if></p>
    </li>
  </#list>
  </ol>
</section>
<section aria-labelledby="sources-heading">
  <h2 id="sources-heading">Sources</h2>
  <ul class="sources"><#list page.sources as s><li><a href="${s.href}">${s.label}</a></li></#list></ul>
  <@cite.downloads/>
</section>
<@layout.references page.references/>
<@layout.backlinks page.backlinks/>
</@layout.page>
