// The exploration page: YASGUI against this server's endpoint, the named queries to pick
// from, links into our own entity pages, and a bar chart of a numeric column.
"use strict";

(async function explorer() {
  const endpoint = new URL("/sparql", window.location.href).href;
  const select = document.getElementById("named-query");
  const description = document.getElementById("named-description");
  const loadError = document.getElementById("load-error");

  if (typeof Yasgui === "undefined") {
    loadError.textContent =
      "The SPARQL editor is not installed: run scripts/install-web, then reload this page.";
    loadError.hidden = false;
    select.dataset.state = "failed";
    return;
  }

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint, method: "POST", acceptHeaderSelect: "application/sparql-results+json" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
  });

  let site = { base: "", queries: [] };
  try {
    const response = await fetch("/queries.json");
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    site = await response.json();
  } catch (error) {
    loadError.textContent = "Cannot load the named queries: " + error;
    loadError.hidden = false;
  }
  for (const query of site.queries) {
    const option = document.createElement("option");
    option.value = query.name;
    option.textContent = query.title;
    select.appendChild(option);
  }
  // The list arrives after the editor is drawn; scripts driving the page wait for this mark.
  select.dataset.state = loadError.hidden ? "loaded" : "failed";

  const currentTab = () => yasgui.getTab();
  const chosenQuery = () => site.queries.find((query) => query.name === select.value);

  select.addEventListener("change", () => {
    const query = chosenQuery();
    description.textContent = query ? query.description : "";
    if (query) currentTab().setQuery(query.sparql);
  });
  document.getElementById("run-named").addEventListener("click", () => {
    const query = chosenQuery();
    if (query) currentTab().setQuery(query.sparql);
    currentTab().query();
  });

  // Result cells link to our IRIs, which live under the base; follow them on this server.
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target.closest("a[href]");
      if (!link || !site.base || !link.href.startsWith(site.base)) return;
      event.preventDefault();
      event.stopPropagation();
      window.location.href = "/id/" + link.href.substring(site.base.length);
    },
    true,
  );

  const chartPanel = document.getElementById("chart-panel");
  const labelSelect = document.getElementById("chart-label");
  const valueSelect = document.getElementById("chart-value");
  const combineSelect = document.getElementById("chart-combine");
  let chart = null;
  let rows = [];

  const isNumber = (term) => term && term.type === "literal" && term.value !== "" && !isNaN(Number(term.value));

  function drawChart() {
    const labelVariable = labelSelect.value;
    const valueVariable = valueSelect.value;
    const plotted = rows.filter((row) => isNumber(row[valueVariable]));
    const labelOf = (row) => (row[labelVariable] ? row[labelVariable].value : "");
    let labels = plotted.map(labelOf);
    let values = plotted.map((row) => Number(row[valueVariable].value));
    if (combineSelect.value === "sum") {
      const sums = new Map();
      plotted.forEach((row, i) => sums.set(labelOf(row), (sums.get(labelOf(row)) || 0) + values[i]));
      labels = [...sums.keys()];
      values = [...sums.values()];
    }
    if (chart) chart.destroy();
    chart = new Chart(document.getElementById("chart"), {
      type: "bar",
      data: {
        labels,
        datasets: [{ label: (combineSelect.value === "sum" ? "sum of " : "") + valueVariable, data: values }],
      },
      options: { animation: false, plugins: { legend: { display: true } } },
    });
  }

  function fillSelect(element, variables) {
    element.replaceChildren(
      ...variables.map((variable) => {
        const option = document.createElement("option");
        option.value = variable;
        option.textContent = variable;
        return option;
      }),
    );
  }

  // YASGUI announces the response before it hands it to the results view, so the chart
  // reads the results once the current event has been handled.
  yasgui.on("queryResponse", (_instance, tab) => {
    // Until the reader changes them, the table shows values without their datatypes
    // (historians read "39.0", not "39.0"^^xsd:decimal) and whole, not cut short.
    const table = tab.getYasr().config.plugins.table;
    if (table && !table.dynamicConfig) table.dynamicConfig = { compact: true, isEllipsed: false, pageSize: 50 };
    setTimeout(() => updateChart(tab), 0);
  });

  function updateChart(tab) {
    const results = tab.getYasr().results;
    if (!results || !results.getVariables) {
      chartPanel.hidden = true;
      return;
    }
    const variables = results.getVariables();
    rows = results.getBindings() || [];
    const numeric = variables.filter((variable) => rows.length > 0 && rows.every((row) => !row[variable] || isNumber(row[variable])) && rows.some((row) => isNumber(row[variable])));
    const labels = variables.filter((variable) => !numeric.includes(variable));
    chartPanel.hidden = numeric.length === 0 || labels.length === 0;
    if (chartPanel.hidden) return;
    fillSelect(labelSelect, labels);
    fillSelect(valueSelect, numeric);
    drawChart();
  }
  labelSelect.addEventListener("change", drawChart);
  valueSelect.addEventListener("change", drawChart);
  combineSelect.addEventListener("change", drawChart);
})();
