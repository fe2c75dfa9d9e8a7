// newsevents web UI: plain JS over the same HTTP API the docs describe.
// Every text from the data is inserted with textContent / d3 .text(), never as HTML, so an
// article containing <script> is shown as text, not run.
"use strict";

const PAGE = 50;
const state = { offset: 0, total: 0, filters: {} };

function el(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== null && text !== undefined) node.textContent = String(text);
  return node;
}

function setStatus(message) { document.getElementById("status").textContent = message; }

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

function show(view) {
  for (const section of document.querySelectorAll(".view")) section.classList.remove("active");
  document.getElementById(`view-${view}`).classList.add("active");
  for (const button of document.querySelectorAll("nav button")) {
    button.classList.toggle("active", button.dataset.view === view);
  }
}

function badge(modality) { return el("span", { class: `badge ${modality}` }, modality); }

function actorLabel(code, name) {
  if (!code && !name) return "—";
  return code ? (name ? `${code} (${name})` : code) : name;
}

// An event's day and where it comes from: the text, or (marked) its publication date.
function dayCell(ev) {
  if (!ev.day) return el("td", { class: "undated", title: "no date in the text and no publication date" }, "undated");
  if (ev.day_source !== "publication") return el("td", {}, ev.day);
  const own = ev.date_type !== "publication" && ev.date_value && ev.date_value !== ev.day ? ` · event ${ev.date_value}` : "";
  return el("td", { class: "pub-dated", title: "the text does not date this event: counted on its publication day" },
    `${ev.day} (publication date${own})`);
}

function dateLabel(date) {
  if (!date) return "";
  if (date.type === "publication") return `${date.value} (publication date)`;
  if (date.value === null || date.value === undefined) return "— (no date in the text)";
  return date.text ? `${date.value} (“${date.text}”)` : date.value;
}

// ---------------------------------------------------------------- events table
async function loadEvents() {
  const form = new FormData(document.getElementById("filters"));
  const filters = Object.fromEntries(form.entries());
  if (filters.dyad_a && filters.dyad_b) filters.dyad = `${filters.dyad_a},${filters.dyad_b}`;
  delete filters.dyad_a; delete filters.dyad_b;
  state.filters = filters;
  setStatus("loading events…");
  const page = await api("events", { ...filters, limit: PAGE, offset: state.offset });
  state.total = page.total;
  const body = document.querySelector("#events-table tbody");
  body.replaceChildren();
  for (const ev of page.items) {
    const row = el("tr", { class: "clickable", "data-doc": ev.doc_id, "data-event": ev.event_id });
    row.append(
      dayCell(ev),
      el("td", {}, actorLabel(ev.source_code, ev.source_name)),
      el("td", { title: ev.cameo_name || "" }, `${ev.cameo} ${ev.cameo_name || ""}`),
      el("td", {}, actorLabel(ev.target_code, ev.target_name)),
    );
    const modality = el("td"); modality.append(badge(ev.modality)); row.append(modality);
    row.append(el("td", {}, ev.goldstein), sentenceCell(ev));
    row.addEventListener("click", () => openDocument(ev.doc_id));
    body.append(row);
  }
  const last = Math.min(state.offset + PAGE, state.total);
  document.getElementById("page-info").textContent =
    state.total ? `${state.offset + 1}–${last} of ${state.total}` : "no events";
  setStatus(`${state.total} events`);
}

function sentenceCell(ev) {
  // the evidence sentence with its trigger marked, as in the document view
  const cell = el("td", { class: "sentence" });
  const start = ev.trigger_start - ev.sentence_start;
  const cls = ev.modality === "asserted" ? "hl-event" : "hl-event not-asserted";
  const marks = Number.isFinite(start) && start >= 0
    ? [{ start, end: start + (ev.trigger_end - ev.trigger_start), cls, title: `trigger: ${ev.trigger_text}` }]
    : [];
  cell.append(highlightText(ev.sentence_text || "", marks));
  return cell;
}

// ---------------------------------------------------------------- document view
function highlightText(text, marks) {
  // marks: [{start, end, cls, title}] may nest or overlap; split the text at every boundary and
  // give each piece the classes of the marks covering it.
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, m.start)); cuts.add(Math.min(text.length, m.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const piece = text.slice(start, end);
    if (!covering.length) { fragment.append(document.createTextNode(piece)); continue; }
    const span = el("span", {
      class: [...new Set(covering.flatMap((m) => m.cls.split(" ")))].join(" "),
      title: covering.map((m) => m.title).join(" | "),
    }, piece);
    fragment.append(span);
  }
  return fragment;
}

async function openDocument(docId) {
  setStatus("loading document…");
  const doc = await api(`documents/${encodeURIComponent(docId)}`);
  show("document");
  document.getElementById("doc-title").textContent = doc.title || doc.source?.path || doc.doc_id;
  const meta = [doc.published && `published ${doc.published}`, doc.source?.outlet,
    doc.source?.url, doc.source?.syndicated_by && `via ${doc.source.syndicated_by}`].filter(Boolean);
  document.getElementById("doc-meta").textContent = meta.join(" · ");
  const marks = [];
  for (const a of doc.actors || []) {
    marks.push({ start: a.start, end: a.end, cls: "hl-actor", title: `actor ${a.code || "unresolved"}: ${a.resolution?.reason || ""}` });
  }
  for (const q of doc.quotes || []) {
    marks.push({ start: q.start, end: q.end, cls: "hl-quote", title: `quote by ${q.speaker?.name || "?"}` });
  }
  for (const ev of doc.events || []) {
    const cls = ev.modality === "asserted" ? "hl-event" : "hl-event not-asserted";
    marks.push({ start: ev.trigger.start, end: ev.trigger.end, cls, title: `${ev.cameo} ${ev.cameo_name} (${ev.modality})` });
  }
  document.getElementById("doc-text").replaceChildren(highlightText(doc.text, marks));
  const events = document.querySelector("#doc-events tbody");
  events.replaceChildren();
  for (const ev of doc.events || []) {
    const row = el("tr", { class: `event-row ${ev.modality}` });
    row.append(el("td", {}, actorLabel(ev.source?.code, ev.source?.name)),
      el("td", {}, `${ev.cameo} ${ev.cameo_name}`),
      el("td", {}, actorLabel(ev.target?.code, ev.target?.name)));
    const modality = el("td"); modality.append(badge(ev.modality)); row.append(modality);
    row.append(el("td", { class: ev.date?.type === "publication" ? "pub-dated" : "" }, dateLabel(ev.date)),
      el("td", { title: ev.sentence.text }, `${ev.evidence.method} (${ev.evidence.confidence})`));
    events.append(row);
  }
  const quotes = document.querySelector("#doc-quotes tbody");
  quotes.replaceChildren();
  for (const q of doc.quotes || []) {
    const row = el("tr");
    row.append(el("td", {}, q.speaker ? actorLabel(q.speaker.code, q.speaker.name) : "—"),
      el("td", {}, q.cue || ""), el("td", {}, q.medium || ""), el("td", {}, q.text));
    quotes.append(row);
  }
  setStatus(`${(doc.events || []).length} events, ${(doc.quotes || []).length} quotes`);
}

// ---------------------------------------------------------------- dyad timeline
async function drawTimeline(a, b, textDated) {
  const data = await api("stats/dyad", { a, b, day_source: textDated ? "text" : "" });
  const svg = d3.select("#timeline"); svg.selectAll("*").remove();
  const [width, height, m] = [+svg.attr("width"), +svg.attr("height"), 40];
  if (!data.days.length) {
    const why = data.undated ? ` with a day (${data.undated} have none: their documents have no publication date; re-ingest with --published)` : "";
    svg.append("text").attr("x", m).attr("y", m).text(`no asserted events between ${a} and ${b}${why}`);
    return;
  }
  const days = data.days.map((d) => ({ ...d, date: new Date(d.day) }));
  const x = d3.scaleTime().domain(d3.extent(days, (d) => d.date)).nice().range([m, width - m]);
  const y = d3.scaleLinear().domain([0, d3.max(days, (d) => d.count)]).nice().range([height - m, m]);
  const g = d3.scaleLinear().domain([-10, 10]).range([height - m, m]);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - m})`).call(d3.axisBottom(x).ticks(6));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${m},0)`).call(d3.axisLeft(y).ticks(5));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${width - m},0)`).call(d3.axisRight(g).ticks(5));
  svg.selectAll("rect.count").data(days).join("rect").attr("class", "count")
    .attr("x", (d) => x(d.date) - 3).attr("width", 6)
    .attr("y", (d) => y(d.count)).attr("height", (d) => height - m - y(d.count)).attr("fill", "#6cb4ff")
    .append("title").text((d) => `${d.day}: ${d.count} events (${d.publication_dated} dated by publication), mean Goldstein ${d.mean_goldstein}`);
  svg.append("path").datum(days).attr("fill", "none").attr("stroke", "#d97706").attr("stroke-width", 2)
    .attr("d", d3.line().x((d) => x(d.date)).y((d) => g(d.mean_goldstein)));
  const undated = data.undated ? `; ${data.undated} undated events not shown (no publication date)` : "";
  svg.append("text").attr("x", m).attr("y", 16).text(`${a} – ${b}: bars = events per day, line = mean Goldstein (right axis)${undated}`);
}

// ---------------------------------------------------------------- actor network
async function drawNetwork() {
  const data = await api("stats/network");
  const svg = d3.select("#network"); svg.selectAll("*").remove();
  const [width, height] = [+svg.attr("width"), +svg.attr("height")];
  const nodes = data.nodes.map((n) => ({ ...n }));
  const links = data.links.map((l) => ({ ...l }));
  const color = d3.scaleLinear().domain([-10, 0, 10]).range(["#dc2626", "#9ca3af", "#16a34a"]);
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(120))
    .force("charge", d3.forceManyBody().strength(-300))
    .force("center", d3.forceCenter(width / 2, height / 2));
  const link = svg.append("g").selectAll("line").data(links).join("line")
    .attr("stroke", (d) => color(d.mean_goldstein)).attr("stroke-width", (d) => 1 + Math.sqrt(d.count));
  link.append("title").text((d) => `${d.source.id || d.source} → ${d.target.id || d.target}: ${d.count} events`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node");
  node.append("circle").attr("r", (d) => 5 + Math.sqrt(d.count) * 2).attr("fill", "#1d2733");
  node.append("text").attr("x", 10).attr("y", 4).text((d) => d.id);
  sim.on("tick", () => {
    link.attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y).attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y);
    node.attr("transform", (d) => `translate(${d.x},${d.y})`);
  });
}

// ---------------------------------------------------------------- map
async function drawMap() {
  const [land, page] = await Promise.all([d3.json("static/vendor/land-110m.json"), api("events", { has_place: true, limit: 1000 })]);
  const svg = d3.select("#map"); svg.selectAll("*").remove();
  const [width, height] = [+svg.attr("width"), +svg.attr("height")];
  const projection = d3.geoEquirectangular().fitSize([width, height], { type: "Sphere" });
  const path = d3.geoPath(projection);
  svg.append("path").datum(topojson.feature(land, land.objects.land)).attr("d", path).attr("fill", "#e5e7eb");
  const points = page.items.filter((e) => e.place_lat !== null && e.place_lat !== undefined);
  svg.selectAll("circle").data(points).join("circle")
    .attr("cx", (d) => projection([d.place_lon, d.place_lat])[0])
    .attr("cy", (d) => projection([d.place_lon, d.place_lat])[1])
    .attr("r", 4).attr("fill", (d) => (d.modality === "asserted" ? "#16a34a" : "#d97706")).attr("opacity", 0.8)
    .append("title").text((d) => `${d.place_name}: ${d.cameo} ${d.cameo_name} (${d.modality})`);
}

// ---------------------------------------------------------------- wiring
document.getElementById("filters").addEventListener("submit", (e) => { e.preventDefault(); state.offset = 0; loadEvents().catch((err) => setStatus(err.message)); });
document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
document.getElementById("next").addEventListener("click", () => { if (state.offset + PAGE < state.total) { state.offset += PAGE; loadEvents(); } });
document.getElementById("back").addEventListener("click", () => show("events"));
document.getElementById("dyad-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  drawTimeline(form.get("a"), form.get("b"), form.get("text_dated") === "on").catch((err) => setStatus(err.message));
});
for (const button of document.querySelectorAll("nav button")) {
  button.addEventListener("click", () => {
    show(button.dataset.view);
    const run = { timeline: () => document.getElementById("dyad-form").requestSubmit(), network: drawNetwork, map: drawMap }[button.dataset.view];
    if (run) Promise.resolve(run()).catch((err) => setStatus(err.message));
  });
}
loadEvents().catch((err) => setStatus(err.message));
