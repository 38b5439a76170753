<#ftl output_format="HTML">
<html><body>
<#if page.title??>
<h1>${page.title}</h1>
</body></html>
