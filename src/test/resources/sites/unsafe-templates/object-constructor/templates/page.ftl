<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="page">
<#assign make = "freemarker.template.utility.ObjectConstructor"?new()>
<p>${make("java.io.File", "/etc/passwd").exists()?c}</p>
</@layout.page>
