<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="page">
<article>
  <h1>${page.title}</h1>
  ${page.bodyHtml?no_esc}
  <@layout.references page.references/>
  <@layout.backlinks page.backlinks/>
</article>
</@layout.page>
