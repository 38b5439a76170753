<#-- Shared page frame. Every link starts from ${root}, so the site works under any base path and from file://. -->
<#macro page title description="" bodyClass="" robots="" graph=false>
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- the site title once: a home page titled after the dossier does not repeat it -->
<title><#if title?starts_with(site.title)>${title}<#else>${title} — ${site.title}</#if></title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<#if robots?has_content><meta name="robots" content="${robots}"></#if>
<link rel="stylesheet" href="${root}css/dossier.css">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<script src="${root}js/search.js" defer></script>
<script src="${root}js/offline.js" defer></script>
<#if previews??><script src="${root}js/previews.js" defer></script></#if>
<#if graph><script src="${root}js/graph.js" defer></script></#if>
<@discovery title description/>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-title" href="${root}index.html">${site.title}</a>
  <nav aria-label="Site">
    <ul><#list site.nav as link><li><a href="${root}${link.href}">${link.label}</a></li></#list></ul>
  </nav>
  <@search/>
</header>
<main id="main">
<#if draft!false>
<p class="draft-banner" role="note"><strong>Draft.</strong> Previewed with <code>serve --drafts</code>: a bake leaves this page out until its front matter loses <code>draft: true</code>.</p>
</#if>
<#nested>
<#if corrections?has_content>
<section class="corrections" id="corrections" aria-labelledby="corrections-heading">
  <h2 id="corrections-heading">Corrections</h2>
  <ol>
  <#list corrections as c>
    <li id="${c.id}"><p><time datetime="${c.iso}">${c.date}</time>: ${c.what}</p><p class="why">${c.why}</p></li>
  </#list>
  </ol>
  <p><a href="${root}corrections.html">Every correction to the dossier</a></p>
</section>
</#if>
</main>
<#if previews??><script type="application/json" id="preview-data">${previews.json?no_esc}</script></#if>
<footer class="site-footer">
  <p>Excerpts are the sources' own words, checked against archived copies at every build; commentary is the editors'. Values in [brackets] are supplied or inferred by the editors. Changes to published pages are logged as <a href="${root}corrections.html">corrections</a>.</p>
  <#-- the zip is in the site's root folder; js/offline.js replaces this note in the offline copy itself, which cannot hold it -->
  <p class="offline-copy">To read offline: <a href="${root}dossier-offline.zip" type="application/zip" download>download the whole dossier</a> (dossier-offline.zip), unzip it and open dossier/index.html.</p>
</footer>
</body>
</html>
</#macro>

<#-- Accounts side by side (render.Views.AccountView): each source's own words, proven verbatim,
     and the editors' notes on who is quoted, whom the source has it from and what it leaves out. -->
<#macro accounts list label>
<div class="accounts" role="group" aria-label="${label}">
<#list list as a>
  <div class="account"<#if a.id?has_content> id="${a.id}"</#if>>
    <p class="account-source"><a href="${a.citeHref}">${a.sourceTitle}</a></p>
    <p class="meta account-meta"><#if a.publisher?has_content>${a.publisher} · </#if><@date a.date/> · <a class="para-ref" href="${a.citeHref}">${a.citeLabel}</a></p>
    <blockquote class="account-words"><#list a.words as w><p>${w}</p></#list></blockquote>
    <#if a.speaker?has_content || a.via?has_content || a.omits?has_content>
    <dl class="account-notes">
      <#if a.speaker?has_content><dt>Who is quoted</dt><dd>${a.speaker}</dd></#if>
      <#if a.via?has_content><dt>Who it is from</dt><dd>${a.via}</dd></#if>
      <#if a.omits?has_content><dt>What it leaves out</dt><dd>${a.omits}</dd></#if>
    </dl>
    </#if>
  </div>
</#list>
</div>
</#macro>

<#macro date d>
<#if d.iso?has_content><time datetime="${d.iso}">${d.display}</time><#else>${d.display}</#if><#if d.mark?has_content> <span class="editorial-mark" title="${d.mark}<#if d.note?has_content>: ${d.note}</#if>">(${d.mark})</span></#if>
</#macro>

<#-- Feed, canonical address, OpenGraph and Highwire citation tags (see render.HeadFactory). -->
<#macro discovery title description>
<link rel="alternate" type="application/atom+xml" href="${root}feed.xml" title="${site.title}: articles">
<#if head??>
<#if head.url??>
<link rel="canonical" href="${head.url}">
</#if>
<meta property="og:title" content="${title}">
<#if description?has_content>
<meta property="og:description" content="${description}">
<#elseif site.description?has_content>
<meta property="og:description" content="${site.description}">
</#if>
<meta property="og:type" content="${head.ogType}">
<#if head.url??>
<meta property="og:url" content="${head.url}">
</#if>
<meta property="og:site_name" content="${site.title}">
<#list head.citation as m><meta name="${m.name}" content="${m.content}">
</#list>
</#if>
</#macro>

<#macro references refs>
<#if refs?has_content>
<section class="references" aria-labelledby="references-heading">
  <h2 id="references-heading">References</h2>
  <ol>
  <#list refs as ref>
    <li id="${ref.id}"><#if ref.citedAt?has_content><span class="cited-at"><#if ref.citedAt?size == 1><a href="#${ref.citedAt[0]}" aria-label="Back to where it is cited">↩</a><#else>↩<#list ref.citedAt as at> <a href="#${at}" aria-label="Back to citation ${at?index + 1} of ${ref.citedAt?size}">${"abcdefghijklmnopqrstuvwxyz"[at?index % 26]}${(at?index >= 26)?then((at?index / 26)?int?c, "")}</a></#list></#if></span> </#if>${ref.citationHtml?no_esc} <a class="source-record" href="${ref.sourceHref}">Source record</a><span class="Z3988" title="${ref.coins}"></span></li>
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

<#-- The search box: hidden until js/search.js runs, so that without JavaScript no dead control shows; the script loads the index on first use. -->
<#macro search>
<div class="site-search" role="search" data-root="${root}" hidden>
  <label for="search-input">Search</label>
  <input id="search-input" type="search" autocomplete="off" spellcheck="false" aria-controls="search-results" aria-describedby="search-hint">
  <span id="search-hint" class="visually-hidden">Results appear as you type. Down arrow moves into them, Enter opens the results page, Escape closes them. Slash comes back here.</span>
  <p class="search-status visually-hidden" role="status"></p>
  <div id="search-results" class="search-results" hidden></div>
</div>
<noscript><p class="search-note">Search needs JavaScript; every page is reachable from the links above.</p></noscript>
</#macro>
