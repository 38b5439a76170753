<#ftl output_format="HTML">
<html><body>
<h1>${page.heading}</h1>
</body></html>
