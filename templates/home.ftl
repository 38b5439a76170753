<#import "layout.ftl" as layout>
<#import "cite.ftl" as cite>
<#import "editions.ftl" as editions>
<@layout.page title=page.title description=site.description bodyClass="home">
<h1>${page.title}</h1>
<#-- the articles before the introduction: on a phone they show without scrolling, on a wide screen the two sit side by side -->
<div class="home-columns">
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
<section class="intro" aria-labelledby="intro-heading">
  <h2 id="intro-heading">Introduction</h2>
  ${page.bodyHtml?no_esc}
</section>
</div>
<div class="end-matter">
<section class="source-list" aria-labelledby="sources-heading">
  <h2 id="sources-heading">Sources</h2>
  <ul class="sources"><#list page.sources as s><li><a href="${s.href}">${s.label}</a></li></#list></ul>
  <@cite.downloads/>
</section>
<@editions.list/>
<@layout.references page.references/>
<@layout.backlinks page.backlinks/>
</div>
</@layout.page>
