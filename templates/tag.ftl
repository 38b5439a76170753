<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="tag">
<article>
  <p class="meta"><a href="index.html">All tags</a></p>
  <h1>${page.title}</h1>
  <@layout.articleList page.articles 2/>
</article>
</@layout.page>
