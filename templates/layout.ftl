<#-- Shared page frame. Every link starts from ${root}, so the site works under any base path and from file://. -->
<#macro page title description="" bodyClass="">
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${site.title}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<link rel="stylesheet" href="${root}css/dossier.css">
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-title" href="${root}index.html">${site.title}</a>
  <nav aria-label="Site">
    <ul><#list site.nav as link><li><a href="${root}${link.href}">${link.label}</a></li></#list></ul>
  </nav>
</header>
<main id="main">
<#nested>
</main>
<footer class="site-footer">
  <p>Excerpts are the sources' own words, checked against archived copies at every build; commentary is the editors'. Values in [brackets] are supplied or inferred by the editors.</p>
</footer>
</body>
</html>
</#macro>

<#macro date d>
<#if d.iso?has_content><time datetime="${d.iso}">${d.display}</time><#else>${d.display}</#if><#if d.mark?has_content> <span class="editorial-mark" title="${d.mark}<#if d.note?has_content>: ${d.note}</#if>">(${d.mark})</span></#if>
</#macro>

<#macro references refs>
<#if refs?has_content>
<section class="references" aria-labelledby="references-heading">
  <h2 id="references-heading">References</h2>
  <ol>
  <#list refs as ref>
    <li id="${ref.id}">${ref.citationHtml?no_esc} <a class="source-record" href="${ref.sourceHref}">Source record</a></li>
  </#list>
  </ol>
</section>
</#if>
</#macro>

<#macro backlinks links>
<#if links?has_content>
<section class="backlinks" aria-labelledby="backlinks-heading">
  <h2 id="backlinks-heading">Linked from</h2>
  <ul>
  <#list links as b>
    <li><a href="${b.href}">${b.label}</a><#if b.context?has_content><br><span class="context">${b.context}</span></#if></li>
  </#list>
  </ul>
</section>
</#if>
</#macro>

<#macro articleList items level=3>
<ol class="articles">
<#list items as a>
  <li>
    <p class="meta"><@date a.date/> · ${a.sourceTitle}</p>
    <h${level}><a href="${a.href}">${a.title}</a></h${level}>
    <p>${a.summary}</p>
  </li>
</#list>
</ol>
</#macro>

<#macro omitted numbers>
<#if numbers?has_content><p class="omitted">[Not reproduced: <#list numbers as n><span id="p${n}">¶${n}</span><#sep>, </#list>]</p></#if>
</#macro>
