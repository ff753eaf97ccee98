// Search page: Pagefind's index plus exact matching for Chinese (see builder/search.py).
// A query is looked up as exact phrases, one letter or character per word, in the
// index-only `zi` field, so it finds every article containing it; Pagefind's
// own word search only orders those results. The index comes in shards, merged
// here; results listed by date follow the build's newest-first list of them.
const bundle = new URL("../pagefind/", import.meta.url); // static/ and pagefind/ share the base path
const PAGE = 10;
const FILTERS = [["kind", "类型"], ["year", "年份"], ["month", "月份"], ["place", "地点"], ["person", "人物"]];
const LETTER = /[\p{L}\p{N}]/u;

const form = document.querySelector(".search-form");
const input = document.getElementById("q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const filterBox = document.getElementById("search-filters");
const selects = {};

let pagefind;
let t2s = {};
let newest = new Map(); // result id -> its place in the site, newest first
try {
  const index = await fetch(new URL("zhaiyao-search.json", bundle)).then((r) => r.json());
  const shards = index.shards.map((name) => new URL(`${name}/`, bundle).href);
  pagefind = await import(new URL("pagefind.js", shards[0]).href);
  // `zi` only exists to be matched: it must not lift a page's rank.
  // Result URLs are indexed from the site root; the site's base path is where static/ is.
  const options = { baseUrl: new URL("../", import.meta.url).pathname, ranking: { metaWeights: { title: 5, zi: 0 } } };
  await pagefind.options(options);
  await Promise.all(shards.slice(1).map((shard) => pagefind.mergeIndex(shard, options)));
  newest = new Map(index.order.map((id, place) => [id, place]));
  t2s = await fetch(new URL("zhaiyao-t2s.json", bundle)).then((r) => (r.ok ? r.json() : {}), () => ({}));
} catch (error) {
  status.textContent = "搜索索引不可用（站点构建时未生成 pagefind 索引）。";
  throw error;
}

const simplify = (text) => Array.from(text, (c) => t2s[c] || c).join("");
const byDate = (results) => results.sort((a, b) => (newest.get(a.id) ?? newest.size) - (newest.get(b.id) ?? newest.size));
const letters = (text) => Array.from(text).filter((c) => LETTER.test(c)).map((c) => c.toLowerCase());

/** Results for a query and the chosen filters: [{id, data()}], best first. */
export async function find(query, filters) {
  const q = simplify(query).trim();
  if (!q) return byDate((await pagefind.search(null, { filters })).results);
  const parts = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!parts.length) return [];
  // Latin letters and digits too: a shard without the word would otherwise offer
  // Pagefind's nearest words (a search for 521 finds pages with 5).
  const exact = await Promise.all(parts.map((p) => pagefind.search(`"${letters(p).join(" ")}"`, { filters })));
  const keep = exact.map((r) => new Set(r.results.map((x) => x.id)))
    .reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
  const ranked = (await pagefind.search(q, { filters })).results.filter((r) => keep.has(r.id));
  const seen = new Set(ranked.map((r) => r.id));
  return [...ranked, ...byDate(exact[0].results.filter((r) => keep.has(r.id) && !seen.has(r.id)))];
}

/** A stretch of the article around the first match, matches marked. */
function excerpt(content, parts) {
  // Pagefind joins blocks with ". "; Chinese text needs no full stop there.
  const chars = Array.from(content.replace(/(?<=[^\x00-\x7f])\. /gu, " "));
  const norm = chars.map((c) => (t2s[c] || c).toLowerCase());
  const marked = new Array(chars.length).fill(false);
  for (const part of parts.map((p) => Array.from(p.toLowerCase()))) {
    for (let i = 0; i + part.length <= norm.length; i++) {
      if (part.every((c, k) => norm[i + k] === c)) part.forEach((_, k) => (marked[i + k] = true));
    }
  }
  const first = Math.max(0, marked.indexOf(true));
  const start = Math.max(0, first - 30);
  const end = Math.min(chars.length, start + 100);
  const p = document.createElement("p");
  p.className = "excerpt";
  let run = "";
  let inMark = false;
  const flush = () => {
    if (!run) return;
    p.append(inMark ? Object.assign(document.createElement("mark"), { textContent: run }) : run);
    run = "";
  };
  if (start > 0) p.append("…");
  for (let i = start; i < end; i++) {
    if (marked[i] !== inMark) { flush(); inMark = marked[i]; }
    run += chars[i];
  }
  flush();
  if (end < chars.length) p.append("…");
  return p;
}

function item(data, parts) {
  const li = document.createElement("li");
  const h2 = document.createElement("h2");
  h2.append(Object.assign(document.createElement("a"), { href: data.url, textContent: data.meta.title || data.url }));
  li.append(h2);
  if (data.meta.date) {
    const meta = Object.assign(document.createElement("p"), { className: "meta" });
    meta.append(Object.assign(document.createElement("time"), { dateTime: data.meta.date, textContent: data.meta.date }));
    li.append(meta);
  }
  if (data.meta.summary) li.append(Object.assign(document.createElement("p"), { className: "summary", textContent: data.meta.summary }));
  if (parts.length) li.append(excerpt(data.content, parts));
  return li;
}

let results = [];
let parts = [];
let shown = 0;
let generation = 0;

async function showMore() {
  const mine = generation;
  const batch = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
  if (mine !== generation) return;
  list.append(...batch.map((d) => item(d, parts)));
  shown += batch.length;
  more.hidden = shown >= results.length;
}

async function run() {
  const mine = ++generation;
  const query = input.value.trim();
  const filters = {};
  for (const [key, select] of Object.entries(selects)) if (select.value) filters[key] = select.value;
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [key, value] of Object.entries(filters)) params.set(key, value);
  history.replaceState(null, "", params.size ? `?${params}` : location.pathname);
  if (!query && !Object.keys(filters).length) {
    list.replaceChildren();
    status.textContent = "";
    more.hidden = true;
    return;
  }
  status.textContent = "正在搜索…";
  const found = await find(query, filters);
  if (mine !== generation) return;
  results = found;
  parts = simplify(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  shown = 0;
  list.replaceChildren();
  status.textContent = results.length ? `找到 ${results.length} 篇文章` : `没有找到${query ? `包含“${query}”的` : ""}文章`;
  await showMore();
}

async function buildFilters(initial) {
  const available = await pagefind.filters();
  for (const [key, label] of FILTERS) {
    const values = Object.entries(available[key] || {});
    if (!values.length) continue;
    const byValue = key === "year" || key === "month";
    values.sort(byValue ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const select = document.createElement("select");
    select.name = key;
    select.append(new Option("全部", ""));
    for (const [value, count] of values) select.append(new Option(`${value}（${count}）`, value));
    select.value = initial.get(key) || "";
    select.addEventListener("change", run);
    const wrap = document.createElement("label");
    wrap.append(label, select);
    filterBox.querySelector(".filter-grid").append(wrap);
    selects[key] = select;
  }
  filterBox.hidden = !Object.keys(selects).length;
  filterBox.open = FILTERS.some(([key]) => initial.get(key)); // open when the address chose a filter
}

let timer;
input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 250); });
form.addEventListener("submit", (event) => { event.preventDefault(); clearTimeout(timer); run(); });
more.addEventListener("click", showMore);

const initial = new URLSearchParams(location.search);
input.value = initial.get("q") || "";
await buildFilters(initial);
await run();
