<#-- Citation and download blocks (see render.ChicagoNotes and the publish package). Plain links: everything works from file://. -->
<#macro downloads>
<p class="downloads">Bibliography of all sources: <a href="${root}bibliography.bib" type="application/x-bibtex">BibTeX</a> · <a href="${root}bibliography.ris" type="application/x-research-info-systems">RIS</a> · <a href="${root}bibliography.json" type="application/vnd.citationstyles.csl+json">CSL-JSON</a>. Excerpts with commentary as <a href="${root}annotations.jsonld" type="application/ld+json">W3C Web Annotations</a>; new articles in the <a href="${root}feed.xml" type="application/atom+xml">Atom feed</a>.</p>
</#macro>

<#-- html: markup, not a string (the caller applies ?no_esc to a field on NoEscAllowListTest's list); a plain string is escaped -->
<#macro citeThis html label="Cite this page">
<details class="cite-this cite-page">
  <summary>${label}</summary>
  ${html}
</details>
</#macro>
