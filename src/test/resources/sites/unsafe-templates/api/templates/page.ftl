<#import "layout.ftl" as layout>
<@layout.page title=page.title bodyClass="page">
<p>${page.references?api.getClass().getName()}</p>
</@layout.page>
