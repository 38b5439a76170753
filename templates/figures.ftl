<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="figures">
<article>
  <h1>${page.title}</h1>
  <p>Every numeric claim in the articles (${page.count}), as the sources state it, grouped by unit. Each bar links to its row; each row cites the paragraph the number comes from.</p>
  <#list page.groups as g>
  <section>
    <h2>${g.unit}</h2>
    <figure class="chart-figure">${g.chartSvg?no_esc}</figure>
    <table class="figures">
      <thead><tr><th scope="col">Value</th><th scope="col">Measures</th><th scope="col">As of</th><th scope="col">Source</th></tr></thead>
      <tbody>
      <#list g.figures as f>
        <tr id="${f.id}"><td class="num">${f.value} ${f.unit}</td><td>${f.measures}<br><span class="meta">in <a href="${f.pageHref}">${f.pageTitle}</a></span></td><td>${f.asOf!""}</td><td><a href="${f.citeHref}">${f.citeLabel}</a></td></tr>
      </#list>
      </tbody>
    </table>
  </section>
  </#list>
</article>
</@layout.page>
