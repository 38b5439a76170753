<#-- The editions this bake wrote into the site's root, with their sizes: the bake writes each size
     into its span once the file is made (the offline zip's only on the hosted pages, since the zip
     cannot hold its own size). Opened from disk, js/offline.js replaces the zip's item, as it does
     the footer's note. Editions and the zip leave this list out of what they hold. -->
<#macro list>
<#if site.editions?has_content>
<section class="editions" aria-labelledby="editions-heading">
  <h2 id="editions-heading">Other editions</h2>
  <ul>
  <#list site.editions as file>
    <#switch file>
      <#case "dossier-offline.zip">
    <li class="offline-copy"><a href="${root}${file}" type="application/zip" download>The whole site, to read offline</a> (${file}<span class="edition-size" data-edition-size="${file}"></span>): unzip it and open dossier/index.html.</li>
        <#break>
      <#case "dossier.epub">
    <li><a href="${root}${file}" type="application/epub+zip" download>EPUB, for e-readers</a> (${file}<span class="edition-size" data-edition-size="${file}"></span>)</li>
        <#break>
      <#case "dossier.pdf">
    <li><a href="${root}${file}" type="application/pdf">PDF, to print or read on paper</a> (${file}<span class="edition-size" data-edition-size="${file}"></span>)</li>
        <#break>
      <#case "print.html">
    <li><a href="${root}${file}">The whole dossier on one page</a> (${file}<span class="edition-size" data-edition-size="${file}"></span>)</li>
        <#break>
      <#default>
    <li><a href="${root}${file}">${file}</a><span class="edition-size" data-edition-size="${file}"></span></li>
    </#switch>
  </#list>
  </ul>
</section>
</#if>
</#macro>
