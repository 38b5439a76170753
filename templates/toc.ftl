<#-- The table of contents of a long page (render.TableOfContents): its sections and their subsections, as links to the headings' ids. -->
<#macro contents entries>
<#if entries?has_content>
<nav class="toc" aria-labelledby="toc-heading">
  <h2 id="toc-heading">Contents</h2>
  <ol>
  <#list entries as e>
    <li><a href="#${e.id}">${e.text}</a><#if e.sections?has_content>
      <ol><#list e.sections as s><li><a href="#${s.id}">${s.text}</a></li></#list></ol></#if></li>
  </#list>
  </ol>
</nav>
</#if>
</#macro>
