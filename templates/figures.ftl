<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="figures">
<article>
  <h1>${page.title}</h1>
  <p>Every numeric claim in the articles (${page.count}), as the sources state it. Figures that measure the same thing in the same unit over the same period are drawn together on one axis from zero (${page.charts?size} <#if page.charts?size == 1>chart<#else>charts</#if>); every other figure is shown on its own, as a number. Each bar links to its row; each figure cites the paragraph it comes from.</p>
  <#list page.charts as c>
  <section class="figure-chart">
    <h2>${c.title}</h2>
    <figure class="chart-figure">${c.chartSvg?no_esc}</figure>
    <table class="figures">
      <thead><tr><th scope="col">Value</th><th scope="col">Measures</th><th scope="col">As of</th><th scope="col">Source</th></tr></thead>
      <tbody>
      <#list c.figures as f>
        <tr id="${f.id}"><td class="num"><span class="figure-value">${f.value}</span> ${f.unit}<#if f.per??> ${f.per}</#if></td><td>${f.measures}<br><span class="meta">in <a href="${f.pageHref}">${f.pageTitle}</a></span></td><td>${f.asOf!""}</td><td><a href="${f.citeHref}">${f.citeLabel}</a></td></tr>
      </#list>
      </tbody>
    </table>
  </section>
  </#list>
  <#if page.singles?has_content>
  <section class="single-figures">
    <h2>Figures on their own</h2>
    <p>No other figure measures the same thing in the same unit, so these are numbers, not bars.</p>
    <#list page.singles as group>
    <h3><a href="${group.pageHref}">${group.pageTitle}</a></h3>
    <ul class="stats">
      <#list group.figures as f>
      <li class="stat" id="${f.id}">
        <p class="stat-number"><span class="stat-value">${f.value}</span> <span class="stat-unit">${f.unit}<#if f.per??> ${f.per}</#if></span></p>
        <p class="stat-measures">${f.measures}</p>
        <p class="meta"><#if f.asOf??>As of ${f.asOf}. </#if><a href="${f.citeHref}">${f.citeLabel}</a></p>
      </li>
      </#list>
    </ul>
    </#list>
  </section>
  </#if>
</article>
</@layout.page>
