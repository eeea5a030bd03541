/* lisible report: enhancements only. Without this script every row and finding is shown and the
   report reads in full; with it, the overview table sorts and findings filter. No network, no
   eval, no HTML strings: elements are built with createElement and textContent. */
(function () {
  "use strict";
  var ui = JSON.parse(document.body.getAttribute("data-ui") || "{}");
  var groupCount = 0;

  function cellKey(cell) {
    var value = cell.getAttribute("data-value");
    return value === null ? cell.textContent.trim() : value;
  }

  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) === a.trim() && String(y) === b.trim()) {
      return x - y;
    }
    return a.localeCompare(b, document.documentElement.lang, { numeric: true });
  }

  function sortBy(table, column, header) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) { heads[i].removeAttribute("aria-sort"); }
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
      return { row: row, key: cellKey(row.cells[column]), index: index };
    });
    rows.sort(function (a, b) {
      var order = compare(a.key, b.key);
      return (ascending ? order : -order) || a.index - b.index;
    });
    rows.forEach(function (item) { body.appendChild(item.row); });
  }

  function makeSortable(table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, column, header); });
    });
    var hint = table.querySelector(".sort-hint");
    if (hint) { hint.hidden = false; }
  }

  function checkboxGroup(name, values) {
    var group = document.createElement("div");
    group.className = "group";
    group.setAttribute("role", "group");
    var title = document.createElement("span");
    title.className = "group-name";
    title.textContent = name;
    title.id = "flt-" + (++groupCount);
    group.setAttribute("aria-labelledby", title.id);
    group.appendChild(title);
    values.forEach(function (pair) {
      var value = pair[0];
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "checkbox";
      input.checked = true;
      input.value = value;
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + pair[1]));
      group.appendChild(label);
    });
    return group;
  }

  // The [value, name] pairs, in the report's order, of the values some finding has.
  function present(container, attribute, pairs) {
    var seen = {};
    container.querySelectorAll(".finding-list > li").forEach(function (item) {
      seen[item.getAttribute(attribute)] = true;
    });
    return pairs.filter(function (pair) { return seen[pair[0]]; });
  }

  function makeFilter(container) {
    var slot = container.querySelector(".filters");
    var fieldset = document.createElement("fieldset");
    var legend = document.createElement("legend");
    legend.textContent = ui.filter;
    fieldset.appendChild(legend);
    var severities = checkboxGroup(ui.severity, present(container, "data-severity", ui.severities));
    var categories = checkboxGroup(ui.category, present(container, "data-category", ui.categories));
    fieldset.appendChild(severities);
    fieldset.appendChild(categories);
    var status = document.createElement("p");
    status.setAttribute("role", "status");
    fieldset.appendChild(status);
    slot.appendChild(fieldset);
    slot.hidden = false;

    function chosen(group) {
      var values = {};
      group.querySelectorAll("input:checked").forEach(function (input) { values[input.value] = true; });
      return values;
    }

    function apply() {
      var sev = chosen(severities), cat = chosen(categories), shown = 0, total = 0;
      container.querySelectorAll(".cat-group").forEach(function (group) {
        var visible = 0;
        group.querySelectorAll(".finding-list > li").forEach(function (item) {
          var show = sev[item.getAttribute("data-severity")] && cat[item.getAttribute("data-category")];
          item.hidden = !show;
          visible += show ? 1 : 0;
          total += 1;
        });
        group.hidden = visible === 0;
        shown += visible;
      });
      status.textContent = ui.shown.replace("{shown}", shown).replace("{total}", total);
    }
    fieldset.addEventListener("change", apply);
    var total = container.querySelectorAll(".finding-list > li").length;
    status.textContent = ui.shown.replace("{shown}", total).replace("{total}", total);
  }

  // A marker in the text may lead to an entry the filters hide: show that one entry.
  function revealTarget() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.hidden && target.closest(".finding-list")) {
      target.hidden = false;
      target.closest(".cat-group").hidden = false;
      target.scrollIntoView();
    }
  }

  // One filter for every document: by rule and by WCAG criterion (an auditor's question is
  // "where does 1.1.1 fail?", not "what fails in this file?"). Classes, not `hidden`, so the
  // per-document filters above keep their own state.
  function select(name, values) {
    var label = document.createElement("label");
    label.appendChild(document.createTextNode(name + " "));
    var box = document.createElement("select");
    var all = document.createElement("option");
    all.value = "";
    all.textContent = ui.all;
    box.appendChild(all);
    values.forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      option.textContent = value;
      box.appendChild(option);
    });
    label.appendChild(box);
    return { label: label, box: box };
  }

  function makeCrossFilter(section) {
    var items = Array.prototype.slice.call(section.querySelectorAll(".finding-list > li"));
    if (!items.length) { return; }
    var rules = {}, criteria = {};
    items.forEach(function (item) {
      rules[item.getAttribute("data-rule")] = true;
      (item.getAttribute("data-standards") || "").split(" ").forEach(function (ref) {
        if (ref.indexOf("WCAG22:") === 0) { criteria[ref] = true; }
      });
    });
    var fieldset = document.createElement("fieldset");
    fieldset.className = "cross-filter";
    var legend = document.createElement("legend");
    legend.textContent = ui.cross_filter;
    fieldset.appendChild(legend);
    var byRule = select(ui.rule, Object.keys(rules).sort());
    var byCriterion = select(ui.criterion, Object.keys(criteria).sort());
    fieldset.appendChild(byRule.label);
    fieldset.appendChild(byCriterion.label);
    var status = document.createElement("p");
    status.setAttribute("role", "status");
    fieldset.appendChild(status);
    section.insertBefore(fieldset, section.querySelector(".doc"));

    fieldset.addEventListener("change", function () {
      var rule = byRule.box.value, criterion = byCriterion.box.value, shown = 0, docs = 0;
      var active = rule !== "" || criterion !== "";
      section.querySelectorAll(".doc").forEach(function (doc) {
        var inDoc = 0;
        doc.querySelectorAll(".finding-list > li").forEach(function (item) {
          var refs = " " + (item.getAttribute("data-standards") || "") + " ";
          var match = (!rule || item.getAttribute("data-rule") === rule) &&
                      (!criterion || refs.indexOf(" " + criterion + " ") >= 0);
          item.classList.toggle("cross-off", !match);
          inDoc += match ? 1 : 0;
        });
        doc.classList.toggle("cross-off", active && inDoc === 0);
        shown += inDoc;
        docs += inDoc ? 1 : 0;
      });
      status.textContent = active ?
        ui.cross_shown.replace("{shown}", shown).replace("{documents}", docs) : "";
    });
  }

  var documentsSection = document.getElementById("documents");
  if (documentsSection) { makeCrossFilter(documentsSection); }
  document.querySelectorAll("table.sortable").forEach(makeSortable);
  window.addEventListener("hashchange", revealTarget);
  document.querySelectorAll(".findings[data-doc]").forEach(makeFilter);
})();
