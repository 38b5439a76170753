<#import "layout.ftl" as layout>
<#import "toc.ftl" as toc>
<#import "editions.ftl" as editions>
<@layout.page title=page.title bodyClass="page${page.contents?has_content?then(' with-toc', '')}">
<article>
  <h1>${page.title}</h1>
  <@toc.contents page.contents/>
  <div class="article-body">
  ${page.bodyHtml?no_esc}
  </div>
  <div class="end-matter">
  <#if (uri!"") == "about.html"><@editions.list/></#if>
  <@layout.references page.references/>
  <@layout.backlinks page.backlinks/>
  </div>
</article>
</@layout.page>
