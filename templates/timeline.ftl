<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="timeline">
<article>
  <h1>${page.title}</h1>
  <p>The ${page.count} dated events the articles report, in order. Dates are as precise as the sources allow; a note gives the basis where a date is worked out rather than stated. Where more than one account reports an event, the accounts stand side by side, each in its source's own words. Events of the same date are in the order the articles give them.</p>
  <#list page.years as y>
  <section aria-labelledby="year-${y.year}">
    <h2 id="year-${y.year}">${y.year}</h2>
    <ol class="events">
    <#list y.events as e>
      <li>
        <p><time datetime="${e.iso}">${e.date}</time>: ${e.text} <span class="cite">[<a href="${e.citeHref}">${e.citeLabel}</a>]</span></p>
        <#if e.note?has_content><p class="note">${e.note}</p></#if>
        <p class="meta">From <a href="${e.pageHref}">${e.pageTitle}</a></p>
        <#if e.accounts?has_content><@layout.accounts e.accounts "Accounts of: ${e.text}"/></#if>
      </li>
    </#list>
    </ol>
  </section>
  </#list>
</article>
</@layout.page>
