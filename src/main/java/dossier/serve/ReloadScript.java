package dossier.serve;

import java.nio.charset.StandardCharsets;

/**
 * The script {@code serve} adds to every HTML response (never to the files on disk). It listens to
 * the server's event stream: {@code hello} on connect (the current status), {@code reload} after a
 * good re-bake, {@code build-error} after a failed one. The page knows the build it was served
 * from, so a reload missed while disconnected is caught up on reconnect. Diagnostics are drawn as
 * a fixed panel built with textContent only: messages quote user text.
 *
 * <p>The SSE event is named {@code build-error}, not {@code error}: EventSource fires its own
 * {@code error} event for connection problems.
 */
final class ReloadScript {
    static final String EVENTS_PATH = "/__dossier/events";
    static final String STATUS_PATH = "/__dossier/status";

    private static final String SCRIPT = """
            (function () {
              "use strict";
              var page = "@BUILD@";
              var panel = null;
              function hide() {
                if (panel) { panel.remove(); panel = null; }
              }
              function show(status) {
                hide();
                var box = document.createElement("div");
                box.id = "dossier-serve-overlay";
                box.setAttribute("role", "alert");
                box.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;"
                  + "margin:0;padding:12px 16px;box-sizing:border-box;background:#1d1f21;color:#f0f0f0;text-align:left;"
                  + "font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border-top:4px solid #e5484d;"
                  + "box-shadow:0 -4px 16px rgba(0,0,0,.35)";
                var head = document.createElement("div");
                head.style.cssText = "display:flex;justify-content:space-between;align-items:baseline;gap:1em;margin-bottom:8px";
                var title = document.createElement("strong");
                title.textContent = (status.served ? "Rebuild failed: " : "Bake failed: ") + status.summary
                  + (status.served ? " (showing the last good site)" : "");
                var close = document.createElement("button");
                close.type = "button";
                close.textContent = "\\u00d7";
                close.setAttribute("aria-label", "Hide until the next build");
                close.style.cssText = "font:inherit;font-size:18px;line-height:1;background:none;border:0;color:inherit;cursor:pointer";
                close.addEventListener("click", hide);
                head.appendChild(title);
                head.appendChild(close);
                box.appendChild(head);
                var list = document.createElement("ul");
                list.style.cssText = "list-style:none;margin:0;padding:0";
                (status.diagnostics || []).forEach(function (d) {
                  var item = document.createElement("li");
                  item.style.cssText = "margin:0 0 6px;white-space:pre-wrap;overflow-wrap:anywhere";
                  var line = document.createElement("div");
                  line.textContent = d.headline;
                  line.style.color = d.severity === "error" ? "#ff9b9b" : "#ffd37a";
                  item.appendChild(line);
                  if (d.hint) {
                    var hint = document.createElement("div");
                    hint.textContent = d.hint;
                    hint.style.cssText = "padding-left:2em;color:#b8b8b8";
                    item.appendChild(hint);
                  }
                  list.appendChild(item);
                });
                box.appendChild(list);
                (document.body || document.documentElement).appendChild(box);
                panel = box;
              }
              function parse(event) {
                try { return JSON.parse(event.data); } catch (e) { return null; }
              }
              if (!window.EventSource) { return; }
              var source = new EventSource("@EVENTS@");
              source.addEventListener("hello", function (event) {
                var status = parse(event);
                if (!status) { return; }
                if (status.build !== page) { location.reload(); return; }
                if (status.ok) { hide(); } else { show(status); }
              });
              source.addEventListener("reload", function (event) {
                var status = parse(event);
                if (!status || status.build !== page) { location.reload(); } else { hide(); }
              });
              source.addEventListener("build-error", function (event) {
                var status = parse(event);
                if (status) { show(status); }
              });
            })();
            """;

    private ReloadScript() {
    }

    /** The script element for a page served from {@code build} (a token of [A-Za-z0-9-] only). */
    static String element(String build) {
        if (!build.matches("[A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("build token: " + build);
        }
        return "<script data-dossier-serve>" + SCRIPT.replace("@BUILD@", build).replace("@EVENTS@", EVENTS_PATH) + "</script>\n";
    }

    /** The page with the script inserted before its last {@code </body>} (any case), or appended when it has none. */
    static byte[] inject(byte[] html, String build) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = lastBodyEnd(page);
        String script = element(build);
        String out = at < 0 ? page + script : page.substring(0, at) + script + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static int lastBodyEnd(String page) {
        String tag = "</body";
        for (int i = page.length() - tag.length(); i >= 0; i--) {
            if (page.charAt(i) == '<' && page.regionMatches(true, i, tag, 0, tag.length())) {
                int after = i + tag.length();
                if (after == page.length() || page.charAt(after) == '>' || Character.isWhitespace(page.charAt(after))) {
                    return i;
                }
            }
        }
        return -1;
    }
}
