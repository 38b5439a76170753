<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="corrections-log">
<article>
  <h1>${page.title}</h1>
  <p>Every change to the words of a published page is logged here, newest first, with what changed and why; each page shows its own at its foot.</p>
  <#if page.items?has_content>
  <ol class="corrections-log">
  <#list page.items as c>
    <li id="${c.id}">
      <p><time datetime="${c.iso}">${c.date}</time>, <a href="${c.pageHref}">${c.pageTitle}</a>: ${c.what}</p>
      <p class="why">${c.why}</p>
    </li>
  </#list>
  </ol>
  <#else>
  <p>No corrections so far.</p>
  </#if>
</article>
</@layout.page>
