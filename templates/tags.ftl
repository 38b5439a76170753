<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="tags">
<article>
  <h1>${page.title}</h1>
  <ul class="tag-list"><#list page.tags as t><li><a href="${t.href}">${t.tag}</a> <span class="meta">(${t.count})</span></li></#list></ul>
</article>
</@layout.page>
