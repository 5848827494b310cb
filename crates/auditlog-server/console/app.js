// The console: sign in with a key or token (kept in this tab's sessionStorage only), then read
// one organization's log through the public API. Every value from the log is set as text,
// never as markup. The URL's query holds the filters and the open entry, so a link reproduces
// the view and back and forward move between views.

import { fingerprint, verifyEntry } from "./proof.js";

const CREDENTIAL = "auditlog.credential";
const PINNED_KEY = "auditlog.verifier-key";
const FILTERS = ["entity_type", "action_type", "actor_id", "target_id", "department_id", "search_term"];
const RANGES = { "1h": 3600, "24h": 86400, "7d": 7 * 86400, "30d": 30 * 86400 };
const PAGE = 50;

const $ = (id) => document.getElementById(id);
const state = { me: null, org: null, cursor: null, rows: new Map(), live: null, loading: 0 };

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function credential() {
  return sessionStorage.getItem(CREDENTIAL);
}

async function request(path, { accept = "application/json" } = {}) {
  let res;
  try {
    res = await fetch(path, { headers: { Authorization: `Bearer ${credential()}`, Accept: accept } });
  } catch {
    throw new ApiError(0, "unreachable", "The server cannot be reached. Check the connection and try again.");
  }
  if (!res.ok) {
    let code = "http_" + res.status;
    let message = `The server answered ${res.status}.`;
    try {
      const body = await res.json();
      code = body.error.code;
      message = body.error.message;
    } catch {
      // Not the error shape; keep the status.
    }
    throw new ApiError(res.status, code, message);
  }
  return res;
}

async function getJson(path) {
  return (await request(path)).json();
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

// ---- the URL -----------------------------------------------------------------------------

function view() {
  const q = new URLSearchParams(location.search);
  const out = { entry: q.get("entry"), org: q.get("org"), range: q.get("range") || "" };
  for (const f of FILTERS) out[f] = q.get(f) || "";
  out.from = q.get("from") || "";
  out.to = q.get("to") || "";
  return out;
}

function urlOf(v) {
  const q = new URLSearchParams();
  if (v.org && state.me && state.me.principal === "admin") q.set("org", v.org);
  for (const f of FILTERS) if (v[f]) q.set(f, v[f]);
  if (v.range) q.set("range", v.range);
  if (v.range === "custom") {
    if (v.from) q.set("from", v.from);
    if (v.to) q.set("to", v.to);
  }
  if (v.entry) q.set("entry", v.entry);
  const s = q.toString();
  return location.pathname + (s ? `?${s}` : "");
}

function go(v, { replace = false } = {}) {
  const url = urlOf(v);
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

/** The API query of a view's filters (dates resolved now), without `skip`. */
function apiQuery(v, omit) {
  const q = new URLSearchParams();
  for (const f of FILTERS) if (v[f] && f !== omit) q.set(f, v[f]);
  if (RANGES[v.range]) {
    q.set("from_date", new Date(Date.now() - RANGES[v.range] * 1000).toISOString());
  } else if (v.range === "custom") {
    if (v.from) q.set("from_date", new Date(v.from).toISOString());
    if (v.to) q.set("to_date", new Date(v.to).toISOString());
  }
  return q;
}

function base() {
  return `/v1/organizations/${encodeURIComponent(state.org)}/audit-log`;
}

// ---- status --------------------------------------------------------------------------------

function status(text, bad = false) {
  const s = $("status");
  s.textContent = text;
  s.classList.toggle("bad", bad);
}

function failed(e) {
  if (e instanceof ApiError && e.status === 401) {
    signOut(e.message);
    return;
  }
  status(e instanceof ApiError ? e.message : String(e), true);
}

// ---- signing in ----------------------------------------------------------------------------

function signOut(reason) {
  sessionStorage.removeItem(CREDENTIAL);
  stopLive();
  state.me = null;
  $("app").hidden = true;
  $("who").hidden = true;
  $("sign-in").hidden = false;
  const err = $("sign-in-error");
  err.hidden = !reason;
  err.textContent = reason ? `Signed out: ${reason}` : "";
  $("credential").focus();
}

async function signIn() {
  try {
    state.me = await getJson("/v1/me");
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) signOut(e.message);
    else {
      $("sign-in").hidden = false;
      const err = $("sign-in-error");
      err.hidden = false;
      err.textContent = e.message;
    }
    return;
  }
  $("sign-in").hidden = true;
  $("who").hidden = false;
  $("app").hidden = false;
  if (state.me.principal === "admin") {
    const orgs = await getJson("/v1/organizations").catch((e) => (failed(e), { items: [] }));
    const pick = $("org");
    // Last, the service's own log: who created organizations and keys, minted tokens, exported.
    const service = el("option", { value: "_service", text: "The service's own log (_service)" });
    pick.replaceChildren(...orgs.items.map((o) => el("option", { value: o.id, text: `${o.name} (${o.id})` })), service);
    $("org-pick").hidden = false;
    if (orgs.items.length === 0) status("There are no organizations yet.");
  } else {
    $("org-pick").hidden = true;
  }
  showPin();
  render();
}

function showPin() {
  const pin = state.me && state.me.filter;
  const p = $("pinned");
  p.hidden = !pin;
  if (!pin) return;
  const names = { entity_type: "entity_type", action_type: "action_type", actor_id: "actor_id",
    target_id: "target_id", department_id: "department_id" };
  const parts = Object.entries(pin).map(([k, v]) => `${k} = ${v}`);
  p.textContent = `This view is limited to ${parts.join(", ")}.`;
  for (const k of Object.keys(names)) {
    const input = $("filters").elements[k];
    if (pin[k] !== undefined && input) input.disabled = true;
  }
}

// ---- the log -------------------------------------------------------------------------------

let rendered = "";

async function render() {
  if (!state.me) return;
  const v = view();
  state.org = state.me.principal === "admin" ? v.org || $("org").value : state.me.organization_id;
  if (state.me.principal === "admin" && state.org) $("org").value = state.org;
  $("org-name").textContent = state.me.principal === "admin" ? "" : state.org;
  if (!state.org) return;
  fillForm(v);
  const key = `${state.org} ${urlOf({ ...v, entry: null })}`;
  if (key !== rendered) {
    rendered = key;
    await Promise.all([loadPage(v, true), loadFacets(v)]);
    if ($("live").checked) startLive();
  }
  await showEntry(v.entry);
}

function fillForm(v) {
  const form = $("filters");
  for (const f of FILTERS) form.elements[f].value = v[f];
  form.elements.range.value = v.range;
  form.elements.from.value = v.from;
  form.elements.to.value = v.to;
  form.classList.toggle("custom-range", v.range === "custom");
}

async function loadFacets(v) {
  for (const [field, name] of [["entity_type", "entity_type"], ["action_type", "action_type"]]) {
    const select = $("filters").elements[name];
    const q = apiQuery(v, field);
    q.set("field", field);
    q.set("limit", "200");
    try {
      const facets = await getJson(`${base()}/facets?${q}`);
      const options = [el("option", { value: "", text: "Any" })];
      for (const { value, count } of facets.values) {
        options.push(el("option", { value, text: `${value} (${count.toLocaleString()})` }));
      }
      if (v[field] && !facets.values.some((x) => x.value === v[field])) {
        options.push(el("option", { value: v[field], text: `${v[field]} (0)` }));
      }
      select.replaceChildren(...options);
      select.value = v[field];
    } catch (e) {
      failed(e);
    }
  }
}

async function loadPage(v, fresh) {
  const ticket = ++state.loading;
  const started = performance.now();
  const q = apiQuery(v);
  q.set("limit", String(PAGE));
  if (!fresh && state.cursor) q.set("cursor", state.cursor);
  if (fresh) status("Loading…");
  try {
    const page = await getJson(`${base()}?${q}`);
    if (ticket !== state.loading) return;
    if (fresh) {
      $("rows").replaceChildren();
      state.rows.clear();
    }
    for (const entry of page.items) $("rows").append(row(entry));
    state.cursor = page.next_cursor;
    $("total").textContent = `${page.total.toLocaleString()} ${page.total === 1 ? "entry" : "entries"}`;
    $("empty").hidden = page.total !== 0;
    $("more").hidden = !page.has_more;
    status("");
    // For whoever measures the console: navigation to the first page, and each page's time.
    if (!performance.getEntriesByName("auditlog:first-page").length) performance.mark("auditlog:first-page");
    performance.measure("auditlog:page", { start: started });
  } catch (e) {
    if (ticket === state.loading) failed(e);
  }
}

function time(ts) {
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ts;
  const utc = $("utc").checked;
  const text = new Intl.DateTimeFormat(undefined, {
    dateStyle: "medium", timeStyle: "medium", timeZone: utc ? "UTC" : undefined,
  }).format(d);
  return utc ? `${text} UTC` : text;
}

function row(entry) {
  state.rows.set(entry.id, entry);
  const link = el("a", { href: urlOf({ ...view(), entry: entry.id }), text: time(entry.timestamp) });
  link.dataset.id = entry.id;
  link.dataset.ts = entry.timestamp;
  const actor = el("td", {}, entry.user_name || entry.user_email || entry.user_id,
    el("span", { class: "sub", text: entry.user_name ? entry.user_email || entry.user_id : "" }));
  const resource = el("td", {}, entry.resource_name || entry.resource_id,
    el("span", { class: "sub", text: `${entry.resource_type} · ${entry.resource_id}` }));
  const meta = entry.metadata || {};
  const tr = el("tr", {},
    el("td", {}, link),
    actor,
    el("td", { text: entry.event }),
    resource,
    el("td", { text: typeof meta.source === "string" ? meta.source : "" }),
    el("td", { text: typeof meta.country === "string" ? meta.country : "" }));
  tr.dataset.id = entry.id;
  return tr;
}

// ---- one entry -----------------------------------------------------------------------------

async function showEntry(id) {
  const aside = $("detail");
  for (const tr of $("rows").children) tr.classList.toggle("selected", tr.dataset.id === id);
  $("app").querySelector(".layout").classList.toggle("open", Boolean(id));
  if (!id) {
    aside.hidden = true;
    aside.replaceChildren();
    return;
  }
  if (aside.dataset.id === id && !aside.hidden) return;
  aside.dataset.id = id;
  aside.hidden = false;
  aside.replaceChildren(el("p", { text: "Loading the entry…" }));
  let entry;
  try {
    entry = await getJson(`${base()}/${encodeURIComponent(id)}`);
  } catch (e) {
    aside.replaceChildren(el("p", { class: "error", text: e.message }));
    return;
  }
  if (aside.dataset.id !== id) return;
  aside.replaceChildren(...detail(entry));
  aside.focus({ preventScroll: true });
  prove(entry, aside.querySelector(".proof"));
}

function value(v) {
  if (v === null || v === undefined) return el("span", { class: "none", text: "(none)" });
  if (typeof v === "string") return document.createTextNode(v);
  if (typeof v === "object") return el("pre", { text: JSON.stringify(v, null, 2) });
  return document.createTextNode(String(v));
}

function pairs(list) {
  const dl = el("dl");
  for (const [k, v] of list) dl.append(el("dt", { text: k }), el("dd", {}, value(v)));
  return dl;
}

function detail(entry) {
  const v = view();
  const close = el("button", { type: "button", text: "Close" });
  close.addEventListener("click", () => go({ ...v, entry: null }));
  const copyJson = el("button", { type: "button", text: "Copy JSON" });
  copyJson.addEventListener("click", () => copy(JSON.stringify(entry, null, 2), copyJson));
  const copyId = el("button", { type: "button", text: "Copy id" });
  copyId.addEventListener("click", () => copy(entry.id, copyId));
  const link = el("a", { href: urlOf({ ...v, entry: entry.id }), text: "Link to this entry" });
  const history = el("a", {
    href: urlOf({ org: v.org, target_id: entry.resource_id, entry: entry.id }),
    text: "This resource's history",
  });
  const byActor = el("a", {
    href: urlOf({ org: v.org, actor_id: entry.user_id, entry: entry.id }),
    text: "Everything by this actor",
  });
  const out = [
    el("h2", { id: "detail-title", text: entry.event }),
    el("div", { class: "row-actions" }, close, copyId, copyJson),
    el("div", { class: "links" }, link, history, byActor),
    el("h3", { text: "Proof" }),
    el("p", { class: "proof", text: "Checking the entry against the latest signed checkpoint…" }),
    el("h3", { text: "Entry" }),
    pairs([
      ["id", entry.id], ["sequence", entry.sequence], ["timestamp", `${time(entry.timestamp)} (${entry.timestamp})`],
      ["received", `${time(entry.received_at)} (${entry.received_at})`], ["event", entry.event],
      ["resource", `${entry.resource_type} ${entry.resource_id}`], ["resource name", entry.resource_name],
      ["actor", entry.user_id], ["actor name", entry.user_name], ["actor email", entry.user_email],
      ["actor type", entry.actor_type], ["department", entry.department_id],
      ["idempotency key", entry.idempotency_key], ["hash", entry.hash],
    ]),
    el("h3", { text: `Changes (${entry.changes.length})` }),
    changes(entry.changes),
    el("h3", { text: `Targets (${entry.targets.length})` }),
    entry.targets.length
      ? el("ul", {}, ...entry.targets.map((t) => el("li", { text: `${t.type} ${t.id}${t.name ? ` — ${t.name}` : ""}` })))
      : el("p", { class: "none", text: "None" }),
    el("h3", { text: "Metadata" }),
    Object.keys(entry.metadata).length ? pairs(Object.entries(entry.metadata)) : el("p", { class: "none", text: "None" }),
    el("h3", { text: "Raw JSON" }),
    el("pre", { text: JSON.stringify(entry, null, 2) }),
  ];
  return out;
}

function changes(list) {
  if (!list.length) return el("p", { class: "none", text: "None" });
  const body = el("tbody");
  for (const c of list) {
    body.append(el("tr", {},
      el("th", { scope: "row", text: c.field }),
      el("td", { class: "old" }, value(c.old_value)),
      el("td", { class: "new" }, value(c.new_value))));
  }
  return el("table", { class: "diff" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Field" }),
      el("th", { scope: "col", text: "Before" }), el("th", { scope: "col", text: "After" }))),
    body);
}

async function copy(text, button) {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed";
  }
  setTimeout(() => (button.textContent = label), 1500);
}

async function prove(entry, badge) {
  try {
    const [receipt, key] = await Promise.all([
      request(`${base()}/${encodeURIComponent(entry.id)}/receipt`, { accept: "text/plain" }).then((r) => r.text()),
      fetch("/v1/signing-key").then((r) => r.text()),
    ]);
    const pinned = localStorage.getItem(PINNED_KEY);
    if (pinned && pinned.trim() !== key.trim()) {
      throw new Error("the server's signing key is not the one pinned in this browser");
    }
    const { size } = await verifyEntry(entry, receipt, pinned || key);
    const print = await fingerprint(pinned || key);
    badge.className = "proof ok";
    badge.textContent = `Verified in this browser: included in the signed checkpoint of ${size.toLocaleString()} entries (signing key ${print}${pinned ? ", pinned" : ""}).`;
    if (!pinned) {
      const pin = el("button", { type: "button", text: "Pin this signing key" });
      pin.addEventListener("click", () => {
        localStorage.setItem(PINNED_KEY, key.trim());
        pin.replaceWith(document.createTextNode(" Pinned."));
      });
      badge.append(" ", pin);
    }
  } catch (e) {
    badge.className = "proof bad";
    badge.textContent = `Verification failed: ${e.message}`;
  }
}

// ---- live tail -----------------------------------------------------------------------------

function stopLive() {
  if (state.live) state.live.abort();
  state.live = null;
}

async function startLive() {
  stopLive();
  const controller = new AbortController();
  state.live = controller;
  let last = null;
  while (!controller.signal.aborted) {
    const q = apiQuery(view());
    try {
      const headers = { Authorization: `Bearer ${credential()}`, Accept: "text/event-stream" };
      if (last !== null) headers["Last-Event-ID"] = String(last);
      const res = await fetch(`${base()}/stream?${q}`, { headers, signal: controller.signal });
      if (!res.ok) throw new ApiError(res.status, "stream", `The live tail was refused (${res.status}).`);
      status("Live: new entries appear at the top.");
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let at;
        while ((at = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const id = /^id: (\d+)$/m.exec(block);
          const data = /^data: (.*)$/m.exec(block);
          // Where the first connection began: a reconnect before any event resumes there.
          const start = /^: tail after sequence (\d+)$/m.exec(block);
          if (start && last === null) last = Number(start[1]);
          if (id && data) {
            last = Number(id[1]);
            prepend(JSON.parse(data[1]));
          }
        }
      }
    } catch (e) {
      if (controller.signal.aborted) return;
      if (e instanceof ApiError && e.status === 401) return failed(e);
      status("Live tail interrupted; reconnecting…");
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

function prepend(entry) {
  if (state.rows.has(entry.id)) return;
  const rows = $("rows");
  const before = document.documentElement.scrollHeight;
  const tr = row(entry);
  tr.classList.add("fresh");
  rows.prepend(tr);
  // Keep what the reader is looking at where it is.
  if (window.scrollY > 0) window.scrollBy(0, document.documentElement.scrollHeight - before);
  const total = $("total");
  const n = Number((total.textContent.match(/[\d,.\s]+/) || ["0"])[0].replace(/\D/g, "")) + 1;
  total.textContent = `${n.toLocaleString()} ${n === 1 ? "entry" : "entries"}`;
  $("empty").hidden = true;
}

// ---- export --------------------------------------------------------------------------------

async function download(format) {
  status(`Preparing the ${format.toUpperCase()} export…`);
  try {
    const q = apiQuery(view());
    q.set("format", format);
    const res = await request(`${base()}/export?${q}`, { accept: "*/*" });
    const blob = await res.blob();
    const a = el("a", { href: URL.createObjectURL(blob), download: `audit-log-${state.org}.${format}` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    status(`Exported ${format.toUpperCase()}.`);
  } catch (e) {
    failed(e);
  }
}

// ---- wiring --------------------------------------------------------------------------------

function wire() {
  $("sign-in-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(CREDENTIAL, $("credential").value.trim());
    $("credential").value = "";
    signIn();
  });
  $("sign-out").addEventListener("click", () => signOut(""));
  $("org").addEventListener("change", () => go({ org: $("org").value }));
  const form = $("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const v = { org: view().org, entry: null };
    for (const f of FILTERS) v[f] = form.elements[f].value.trim();
    v.range = form.elements.range.value;
    v.from = form.elements.from.value;
    v.to = form.elements.to.value;
    go(v);
  });
  form.elements.range.addEventListener("change", () => {
    form.classList.toggle("custom-range", form.elements.range.value === "custom");
    if (form.elements.range.value !== "custom") form.requestSubmit();
  });
  for (const name of ["entity_type", "action_type"]) {
    form.elements[name].addEventListener("change", () => form.requestSubmit());
  }
  $("clear").addEventListener("click", () => go({ org: view().org }));
  $("more").addEventListener("click", () => loadPage(view(), false));
  new IntersectionObserver((seen) => {
    if (seen.some((s) => s.isIntersecting) && !$("more").hidden) loadPage(view(), false);
  }).observe($("sentinel"));
  $("utc").addEventListener("change", () => {
    for (const a of $("rows").querySelectorAll("a[data-ts]")) a.textContent = time(a.dataset.ts);
  });
  $("live").addEventListener("change", () => ($("live").checked ? startLive() : (stopLive(), status(""))));
  $("export-csv").addEventListener("click", () => download("csv"));
  $("export-ndjson").addEventListener("click", () => download("ndjson"));
  // Links inside the app change the view without reloading.
  document.addEventListener("click", (event) => {
    const a = event.target.closest("a[href]");
    if (!a || a.origin !== location.origin || a.pathname !== location.pathname || a.download) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    history.pushState(null, "", a.href);
    render();
  });
  window.addEventListener("popstate", () => render());
}

function boot() {
  wire();
  // A viewer token arrives in the fragment, which browsers never send to a server.
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.get("token")) {
    sessionStorage.setItem(CREDENTIAL, fragment.get("token"));
    history.replaceState(null, "", location.pathname + location.search);
  }
  if (credential()) signIn();
  else signOut("");
}

boot();
