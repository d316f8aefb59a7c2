/// The page's script and style sheet, served by Vaktaal itself: no CDN, no build step.
enum PageAssets {
    /// Search as you type: a form marked `data-live` fetches its results section (`fragment=1`)
    /// while the user types; an input marked `data-suggest` lists concept labels from
    /// `/api/lookup` as buttons (arrow keys move between them, Escape closes, Enter picks and
    /// translates). Without the script, the forms submit as usual.
    static let script = #"""
    (function () {
      "use strict";
      function debounce(action, delay) {
        var timer = null;
        return function () { clearTimeout(timer); timer = setTimeout(action, delay); };
      }
      function queryOf(form) {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, key) { if (String(value).trim() !== "") { params.append(key, value); } });
        return params;
      }
      document.querySelectorAll("form[data-live]").forEach(function (form) {
        var results = document.getElementById("results");
        var input = form.querySelector("[name=q]");
        var pending = null;
        var refresh = debounce(function () {
          var params = queryOf(form);
          if (!params.get("q")) { return; }
          var page = form.getAttribute("action") + "?" + params.toString();
          params.set("fragment", "1");
          if (pending) { pending.abort(); }
          pending = new AbortController();
          fetch(form.getAttribute("action") + "?" + params.toString(), { signal: pending.signal, headers: { "Accept": "text/html" } })
            .then(function (response) { return response.text(); })
            .then(function (html) {
              results.innerHTML = html;
              history.replaceState(null, "", page);
            })
            .catch(function () { /* the form still submits */ });
        }, 250);
        input.addEventListener("input", refresh);
        form.querySelectorAll("select").forEach(function (select) { select.addEventListener("change", refresh); });
      });
      document.querySelectorAll("input[data-suggest]").forEach(function (input) {
        var list = document.getElementById(input.getAttribute("aria-controls"));
        var form = input.form;
        var pending = null;
        function close() { list.hidden = true; list.textContent = ""; input.setAttribute("aria-expanded", "false"); }
        function pick(label) {
          input.value = label;
          close();
          if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
        }
        function buttons() { return Array.prototype.slice.call(list.querySelectorAll("button")); }
        var suggest = debounce(function () {
          var text = input.value.trim();
          if (text.length < 3) { close(); return; }
          var params = new URLSearchParams({ q: text, limit: "6" });
          var from = form.querySelector("[name=from]");
          if (from && from.value) { params.set("scheme", from.value); }
          if (pending) { pending.abort(); }
          pending = new AbortController();
          fetch("/api/lookup?" + params.toString(), { signal: pending.signal })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (rows) {
              list.textContent = "";
              var seen = {};
              rows.forEach(function (row) {
                var label = row.prefLabel || row.matchedLabel;
                if (!label || seen[label]) { return; }
                seen[label] = true;
                var item = document.createElement("li");
                var button = document.createElement("button");
                button.type = "button";
                button.className = "suggestion";
                button.textContent = (row.notation ? row.notation + " " : "") + label;
                if (row.scheme) {
                  var scheme = document.createElement("span");
                  scheme.className = "scheme";
                  scheme.textContent = row.scheme.split("/").pop();
                  button.appendChild(document.createTextNode(" "));
                  button.appendChild(scheme);
                }
                button.addEventListener("click", function () { pick(label); });
                item.appendChild(button);
                list.appendChild(item);
              });
              list.hidden = list.children.length === 0;
              input.setAttribute("aria-expanded", list.hidden ? "false" : "true");
            })
            .catch(function () { /* no suggestions */ });
        }, 200);
        input.setAttribute("aria-expanded", "false");
        input.addEventListener("input", suggest);
        input.addEventListener("keydown", function (event) {
          if (event.key === "ArrowDown" && !list.hidden) { event.preventDefault(); buttons()[0].focus(); }
          if (event.key === "Escape") { close(); }
        });
        list.addEventListener("keydown", function (event) {
          var all = buttons();
          var index = all.indexOf(document.activeElement);
          if (event.key === "ArrowDown" && index < all.length - 1) { event.preventDefault(); all[index + 1].focus(); }
          if (event.key === "ArrowUp") { event.preventDefault(); if (index > 0) { all[index - 1].focus(); } else { input.focus(); } }
          if (event.key === "Escape") { close(); input.focus(); }
        });
      });
    })();
    """#

    /// Plain, readable, high-contrast styles (text at least 7:1, focus always visible); path
    /// steps coloured by strength with a border as well as a colour.
    static let styleSheet = #"""
    :root { --text: #1a1a1a; --muted: #4a4a4a; --link: #0b4f9c; --line: #c8c8c8; --strong: #0f6b2f; --medium: #8a5a00; --weak: #a01818; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 1.05rem/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--text); background: #fff; }
    header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; padding: .5rem 1rem; border-bottom: 2px solid var(--line); }
    header ul { list-style: none; display: flex; gap: 1.25rem; margin: 0; padding: 0; }
    .brand { font-weight: 700; font-size: 1.25rem; margin: 0; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
    a { color: var(--link); }
    a[aria-current] { font-weight: 700; }
    :focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; }
    label { display: block; font-weight: 600; margin-top: .5rem; }
    .hint, .detail, .via { color: var(--muted); font-size: .95rem; }
    .hint { margin: 0 0 .25rem; }
    .field { display: flex; gap: .5rem; }
    input[type=search], input[type=text] { flex: 1; font: inherit; padding: .45rem .6rem; border: 2px solid #555; border-radius: 4px; }
    select, button { font: inherit; padding: .4rem .7rem; border: 2px solid #555; border-radius: 4px; background: #fff; color: var(--text); }
    button[type=submit] { background: #0b4f9c; border-color: #0b4f9c; color: #fff; margin-top: .5rem; }
    .schemes { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .75rem; align-items: center; max-width: 30rem; }
    .suggestions { list-style: none; margin: .25rem 0; padding: 0; border: 1px solid var(--line); max-width: 40rem; }
    .suggestions button { width: 100%; text-align: left; border: 0; border-bottom: 1px solid var(--line); border-radius: 0; }
    .scheme { display: inline-block; font-size: .85rem; padding: 0 .4rem; border: 1px solid #777; border-radius: 3px; color: var(--muted); }
    .hits, .answers { padding-left: 1.5rem; }
    .hit, .answer { margin: 1rem 0; }
    .answer h2 { font-size: 1.15rem; margin: .25rem 0; }
    .mappings, .path { list-style: none; padding-left: .75rem; margin: .25rem 0; }
    .mapping, .step { border-left: 5px solid var(--line); padding: .1rem .5rem; margin: .2rem 0; }
    .strength-strong { border-left-color: var(--strong); }
    .strength-medium { border-left-color: var(--medium); border-left-style: dashed; }
    .strength-weak { border-left-color: var(--weak); border-left-style: dotted; }
    .badge { display: inline-block; font-size: .9rem; font-weight: 600; padding: 0 .45rem; border-radius: 3px; border: 1px solid; }
    .badge-exact, .badge-close { color: var(--strong); background: #e8f5ec; }
    .badge-broad, .badge-narrow { color: #5c3d00; background: #fdf3dc; }
    .badge-related, .badge-nearest { color: #5a1010; background: #fbeaea; }
    .no-counterpart { border: 2px solid var(--weak); padding: .5rem .75rem; }
    .error { color: var(--weak); font-weight: 600; }
    .breadcrumb ol { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; }
    .breadcrumb li + li::before { content: "›"; margin-right: .5rem; color: var(--muted); }
    table.labels { border-collapse: collapse; }
    table.labels, table.diff-summary { border-collapse: collapse; }
    table.labels td, table.labels th, table.diff-summary td, table.diff-summary th { border-bottom: 1px solid var(--line); padding: .2rem .6rem; text-align: left; }
    dl.notes dt { font-weight: 600; }
    dl.notes dd { margin: 0 0 .5rem 1rem; }
    .iri code { word-break: break-all; }
    """#
}
