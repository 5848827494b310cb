// Checks, in the reader's browser, that an entry is in the log a signed checkpoint commits to:
// the entry's leaf hash from its RFC 8785 canonical bytes, the receipt's RFC 6962 inclusion path
// up to the checkpoint's root, and the checkpoint's Ed25519 signature under the verifier key —
// all with WebCrypto. Nothing here trusts the server's word that the entry is included.

const encoder = new TextEncoder();

/** RFC 8785 (JCS): object keys sorted by UTF-16 code units, ECMAScript number and string forms. */
export function canonical(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
}

async function sha256(...parts) {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return new Uint8Array(await crypto.subtle.digest("SHA-256", all));
}

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

function fromBase64(text) {
  const raw = atob(text.trim());
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

export function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function same(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The RFC 6962 leaf hash of an entry as the API returns it (every field but `hash`). */
export async function leafHash(entry) {
  const { hash: _hash, ...fields } = entry;
  return sha256(LEAF, encoder.encode(canonical(fields)));
}

/** The root an inclusion path leads to (RFC 9162 §2.1.3.2), or null if the path cannot fit. */
async function rootFrom(leaf, index, size, path) {
  if (index >= size) return null;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = await sha256(NODE, p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = await sha256(NODE, r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

/** `<name>+<hex id>+<base64(0x01 ‖ public key)>`. */
export function parseVerifierKey(text) {
  // The base64 part may itself hold '+': only the first two separate fields.
  const t = text.trim();
  const a = t.indexOf("+");
  const b = t.indexOf("+", a + 1);
  if (a < 0 || b < 0) throw new Error("the verifier key is malformed");
  const [name, id, data] = [t.slice(0, a), t.slice(a + 1, b), t.slice(b + 1)];
  const bytes = fromBase64(data);
  if (!name || !/^[0-9a-f]{8}$/.test(id || "") || bytes.length !== 33 || bytes[0] !== 1) {
    throw new Error("the verifier key is malformed");
  }
  return { name, id, publicKey: bytes.slice(1) };
}

function parseReceipt(text) {
  const split = text.indexOf("\n\n");
  if (split < 0) throw new Error("the receipt is malformed");
  const head = text.slice(0, split).split("\n");
  if (head[0] !== "c2sp.org/tlog-proof@v1") throw new Error("the receipt is not a tlog-proof");
  let line = 1;
  if (head[line] && head[line].startsWith("extra ")) line += 1;
  const index = /^index (\d+)$/.exec(head[line] || "");
  if (!index) throw new Error("the receipt has no index");
  const path = head.slice(line + 1).map(fromBase64);
  if (path.some((h) => h.length !== 32)) throw new Error("the receipt's path is malformed");
  return { index: Number(index[1]), path, note: text.slice(split + 2) };
}

/** A signed note's text (the checkpoint) and its signature by `key`, checked. */
async function openNote(note, key) {
  const split = note.indexOf("\n\n");
  if (split < 0) throw new Error("the checkpoint is not a signed note");
  const text = note.slice(0, split + 1);
  const signatures = note.slice(split + 2).split("\n").filter((l) => l.length > 0);
  const prefix = `\u2014 ${key.name} `;
  for (const line of signatures) {
    if (!line.startsWith(prefix)) continue;
    const blob = fromBase64(line.slice(prefix.length));
    if (blob.length !== 68 || hex(blob.slice(0, 4)) !== key.id) continue;
    const publicKey = await crypto.subtle.importKey("raw", key.publicKey, { name: "Ed25519" }, false, [
      "verify",
    ]);
    const ok = await crypto.subtle.verify({ name: "Ed25519" }, publicKey, blob.slice(4), encoder.encode(text));
    if (!ok) throw new Error("the checkpoint's signature does not verify");
    return text;
  }
  throw new Error("the checkpoint is not signed by the verifier key");
}

/**
 * Whether `entry` is in the log the receipt's signed checkpoint commits to, under `verifierKey`
 * (text). Resolves to `{ size, origin }` or rejects with what failed.
 */
export async function verifyEntry(entry, receiptText, verifierKey) {
  const key = parseVerifierKey(verifierKey);
  const leaf = await leafHash(entry);
  if (hex(leaf) !== entry.hash) throw new Error("the entry does not match its hash");
  const receipt = parseReceipt(receiptText);
  if (receipt.index !== entry.sequence - 1) throw new Error("the receipt is for another entry");
  const text = await openNote(receipt.note, key);
  const [origin, sizeLine, rootLine] = text.split("\n");
  if (!/^(0|[1-9]\d*)$/.test(sizeLine || "")) throw new Error("the checkpoint is malformed");
  const size = Number(sizeLine);
  const root = fromBase64(rootLine || "");
  const computed = await rootFrom(leaf, receipt.index, size, receipt.path);
  if (!computed || !same(computed, root)) {
    throw new Error("the inclusion proof does not lead to the checkpoint's root");
  }
  return { size, origin };
}

/** A short fingerprint of the verifier key: the first 16 hex digits of SHA-256 of its text. */
export async function fingerprint(verifierKey) {
  return hex(await sha256(encoder.encode(verifierKey.trim()))).slice(0, 16);
}
