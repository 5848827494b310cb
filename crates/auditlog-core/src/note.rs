//! C2SP signed notes (golang.org/x/mod/sumdb/note), tlog-checkpoints and tlog-proofs, with
//! Ed25519 keys in the note key formats:
//! verifier `<name>+<key id hex>+<base64(0x01 ‖ public key)>`,
//! signer `PRIVATE+KEY+<name>+<key id hex>+<base64(0x01 ‖ seed)>`,
//! where the key id is the first four bytes of `SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key)`.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer as _, SigningKey, Verifier as _, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::merkle::Hash;

const ALG_ED25519: u8 = 1;
const MAX_SIGNATURES: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoteError {
    #[error("malformed note")]
    Malformed,
    #[error("malformed key")]
    MalformedKey,
    #[error("invalid signature for key {0}")]
    InvalidSignature(String),
    #[error("note has no signature by key {0}")]
    Unsigned(String),
    #[error("malformed checkpoint")]
    MalformedCheckpoint,
    #[error("malformed proof")]
    MalformedProof,
}

fn valid_name(name: &str) -> bool {
    !name.is_empty() && !name.contains('+') && !name.chars().any(char::is_whitespace)
}

fn key_id(name: &str, public: &[u8; 32]) -> u32 {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([ALG_ED25519]);
    h.update(public);
    let d = h.finalize();
    u32::from_be_bytes([d[0], d[1], d[2], d[3]])
}

/// Splits `name+hash+key` where the key material may itself contain `+`.
fn split_key(s: &str) -> Result<(&str, u32, Vec<u8>), NoteError> {
    let mut parts = s.splitn(3, '+');
    let (Some(name), Some(hash), Some(data)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(NoteError::MalformedKey);
    };
    if !valid_name(name)
        || hash.len() != 8
        || !hash
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    {
        return Err(NoteError::MalformedKey);
    }
    let id = u32::from_str_radix(hash, 16).map_err(|_| NoteError::MalformedKey)?;
    let data = B64.decode(data).map_err(|_| NoteError::MalformedKey)?;
    if data.len() != 33 || data[0] != ALG_ED25519 {
        return Err(NoteError::MalformedKey);
    }
    Ok((name, id, data))
}

/// A note signer holding an Ed25519 private key.
pub struct NoteSigner {
    name: String,
    id: u32,
    key: SigningKey,
}

impl NoteSigner {
    pub fn from_seed(name: &str, seed: [u8; 32]) -> Result<Self, NoteError> {
        if !valid_name(name) {
            return Err(NoteError::MalformedKey);
        }
        let key = SigningKey::from_bytes(&seed);
        let id = key_id(name, key.verifying_key().as_bytes());
        Ok(Self {
            name: name.to_owned(),
            id,
            key,
        })
    }

    /// Parses `PRIVATE+KEY+<name>+<hash>+<base64>` and checks the hash against the key.
    pub fn parse(s: &str) -> Result<Self, NoteError> {
        let rest = s
            .trim_end()
            .strip_prefix("PRIVATE+KEY+")
            .ok_or(NoteError::MalformedKey)?;
        let (name, id, data) = split_key(rest)?;
        let seed: [u8; 32] = data[1..].try_into().map_err(|_| NoteError::MalformedKey)?;
        let signer = Self::from_seed(name, seed)?;
        if signer.id != id {
            return Err(NoteError::MalformedKey);
        }
        Ok(signer)
    }

    pub fn private_key_text(&self) -> String {
        let mut data = vec![ALG_ED25519];
        data.extend_from_slice(&self.key.to_bytes());
        format!(
            "PRIVATE+KEY+{}+{:08x}+{}",
            self.name,
            self.id,
            B64.encode(data)
        )
    }

    pub fn verifier_key(&self) -> String {
        let mut data = vec![ALG_ED25519];
        data.extend_from_slice(self.key.verifying_key().as_bytes());
        format!("{}+{:08x}+{}", self.name, self.id, B64.encode(data))
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// A bare Ed25519 signature of `message` by the note key (webhooks carry one beside their
    /// HMAC, so a receiver can check a batch came from this log).
    pub fn sign_bytes(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }

    /// Signs `text` (non-empty lines, each ending in `\n`) into a signed note.
    pub fn sign(&self, text: &str) -> Result<String, NoteError> {
        check_text(text)?;
        let signature = self.key.sign(text.as_bytes());
        let mut blob = self.id.to_be_bytes().to_vec();
        blob.extend_from_slice(&signature.to_bytes());
        Ok(format!(
            "{text}\n\u{2014} {} {}\n",
            self.name,
            B64.encode(blob)
        ))
    }
}

fn check_text(text: &str) -> Result<(), NoteError> {
    let ok = text.ends_with('\n')
        && !text.contains("\n\n")
        && !text.starts_with('\n')
        && !text.chars().any(|c| c < ' ' && c != '\n');
    ok.then_some(()).ok_or(NoteError::Malformed)
}

/// A note verifier for one Ed25519 key.
#[derive(Debug, Clone)]
pub struct NoteVerifier {
    name: String,
    id: u32,
    key: VerifyingKey,
}

impl NoteVerifier {
    pub fn parse(s: &str) -> Result<Self, NoteError> {
        let (name, id, data) = split_key(s.trim_end_matches('\n'))?;
        let public: [u8; 32] = data[1..].try_into().map_err(|_| NoteError::MalformedKey)?;
        if key_id(name, &public) != id {
            return Err(NoteError::MalformedKey);
        }
        let key = VerifyingKey::from_bytes(&public).map_err(|_| NoteError::MalformedKey)?;
        Ok(Self {
            name: name.to_owned(),
            id,
            key,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Checks the note's syntax and this key's signature; returns the signed text.
    /// Signatures by other keys are allowed and ignored.
    pub fn open<'a>(&self, note: &'a str) -> Result<&'a str, NoteError> {
        if note.chars().any(|c| c < ' ' && c != '\n') {
            return Err(NoteError::Malformed);
        }
        let split = note.rfind("\n\n").ok_or(NoteError::Malformed)?;
        let (text, sigs) = (&note[..split + 1], &note[split + 2..]);
        if !sigs.ends_with('\n') {
            return Err(NoteError::Malformed);
        }
        let lines: Vec<&str> = sigs[..sigs.len() - 1].split('\n').collect();
        if lines.len() > MAX_SIGNATURES {
            return Err(NoteError::Malformed);
        }
        let mut verified = false;
        for line in lines {
            let rest = line.strip_prefix("\u{2014} ").ok_or(NoteError::Malformed)?;
            let (name, b64) = rest.split_once(' ').ok_or(NoteError::Malformed)?;
            if !valid_name(name) || b64.contains(' ') {
                return Err(NoteError::Malformed);
            }
            let blob = B64.decode(b64).map_err(|_| NoteError::Malformed)?;
            if blob.len() < 5 {
                return Err(NoteError::Malformed);
            }
            let id = u32::from_be_bytes([blob[0], blob[1], blob[2], blob[3]]);
            if name != self.name || id != self.id {
                continue;
            }
            let signature = Signature::from_slice(&blob[4..])
                .map_err(|_| NoteError::InvalidSignature(self.label()))?;
            self.key
                .verify(text.as_bytes(), &signature)
                .map_err(|_| NoteError::InvalidSignature(self.label()))?;
            verified = true;
        }
        if verified {
            Ok(text)
        } else {
            Err(NoteError::Unsigned(self.label()))
        }
    }

    fn label(&self) -> String {
        format!("{}+{:08x}", self.name, self.id)
    }
}

/// A C2SP tlog-checkpoint body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
}

impl Checkpoint {
    pub fn to_text(&self) -> String {
        format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            B64.encode(self.root)
        )
    }

    /// Parses the first three lines of a checkpoint text (extension lines are allowed).
    pub fn parse(text: &str) -> Result<Self, NoteError> {
        let mut lines = text.split('\n');
        let origin = lines
            .next()
            .filter(|o| !o.is_empty())
            .ok_or(NoteError::MalformedCheckpoint)?;
        let size = lines.next().ok_or(NoteError::MalformedCheckpoint)?;
        let valid_size = !size.is_empty()
            && size.bytes().all(|b| b.is_ascii_digit())
            && (size == "0" || !size.starts_with('0'));
        if !valid_size {
            return Err(NoteError::MalformedCheckpoint);
        }
        let size = size.parse().map_err(|_| NoteError::MalformedCheckpoint)?;
        let root = lines
            .next()
            .and_then(|r| B64.decode(r).ok())
            .and_then(|r| <Hash>::try_from(r.as_slice()).ok())
            .ok_or(NoteError::MalformedCheckpoint)?;
        Ok(Self {
            origin: origin.to_owned(),
            size,
            root,
        })
    }
}

const PROOF_HEADER: &str = "c2sp.org/tlog-proof@v1";

/// A C2SP tlog-proof: an index, its inclusion path, and the signed checkpoint it proves into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlogProof {
    pub index: u64,
    pub path: Vec<Hash>,
    pub signed_checkpoint: String,
}

impl TlogProof {
    pub fn to_text(&self) -> String {
        let mut out = format!("{PROOF_HEADER}\nindex {}\n", self.index);
        for h in &self.path {
            out.push_str(&B64.encode(h));
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&self.signed_checkpoint);
        out
    }

    pub fn parse(text: &str) -> Result<Self, NoteError> {
        let bad = || NoteError::MalformedProof;
        let (head, checkpoint) = text.split_once("\n\n").ok_or_else(bad)?;
        let mut lines = head.split('\n');
        if lines.next() != Some(PROOF_HEADER) {
            return Err(bad());
        }
        let mut line = lines.next().ok_or_else(bad)?;
        if line.starts_with("extra ") {
            line = lines.next().ok_or_else(bad)?;
        }
        let index = line
            .strip_prefix("index ")
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|n| n.parse().ok())
            .ok_or_else(bad)?;
        let path = lines
            .map(|l| {
                B64.decode(l)
                    .ok()
                    .and_then(|h| <Hash>::try_from(h.as_slice()).ok())
                    .ok_or_else(bad)
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            index,
            path,
            signed_checkpoint: checkpoint.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VKEY: &str = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    const SKEY: &str =
        "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    const TEXT: &str = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    const PETER_SIG: &str = "\u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    const ENOCH_SIG: &str = "\u{2014} EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    #[test]
    fn signing_reproduces_the_go_sumdb_note_vector_byte_for_byte() {
        let signer = NoteSigner::parse(SKEY).unwrap();
        assert_eq!(signer.verifier_key(), VKEY);
        assert_eq!(signer.private_key_text(), SKEY);
        assert_eq!(signer.sign(TEXT).unwrap(), format!("{TEXT}\n{PETER_SIG}"));
    }

    #[test]
    fn the_go_vector_note_opens_with_its_verifier_and_other_signatures_are_ignored() {
        let v = NoteVerifier::parse(VKEY).unwrap();
        assert_eq!(v.open(&format!("{TEXT}\n{PETER_SIG}")).unwrap(), TEXT);
        assert_eq!(
            v.open(&format!("{TEXT}\n{PETER_SIG}{ENOCH_SIG}")).unwrap(),
            TEXT
        );
        assert_eq!(
            v.open(&format!("{TEXT}\n{ENOCH_SIG}")),
            Err(NoteError::Unsigned("PeterNeumann+c74f20a3".into()))
        );
    }

    #[test]
    fn the_go_vectors_malformed_notes_are_rejected() {
        let v = NoteVerifier::parse(VKEY).unwrap();
        let bad = [
            TEXT.to_owned(),
            format!("{TEXT}\n"),
            format!("{TEXT}\n{}", &PETER_SIG[..PETER_SIG.len() - 1]),
            format!("\u{1}{TEXT}\n{PETER_SIG}"),
            format!("{TEXT}\n\u{2014} Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="),
            format!("{TEXT}\n{PETER_SIG}Unexpected line.\n"),
            format!("{TEXT}\n{}", PETER_SIG.repeat(101)),
        ];
        for note in bad {
            assert_eq!(v.open(&note), Err(NoteError::Malformed), "{note:?}");
        }
        // A damaged signature is invalid, not merely unknown.
        let damaged = format!("{TEXT}\n{}ABCD{}", &PETER_SIG[..60], &PETER_SIG[60..]);
        assert!(matches!(
            v.open(&damaged),
            Err(NoteError::InvalidSignature(_))
        ));
        let altered = format!(
            "{}\n{PETER_SIG}",
            TEXT.replace("cryptography", "cryptographY")
        );
        assert!(matches!(
            v.open(&altered),
            Err(NoteError::InvalidSignature(_))
        ));
    }

    #[test]
    fn mangled_verifier_keys_are_rejected() {
        let b = VKEY.as_bytes();
        for i in 0..b.len() {
            let mut m = b.to_vec();
            m[i] = m[i].wrapping_add(1);
            if let Ok(s) = String::from_utf8(m) {
                assert!(NoteVerifier::parse(&s).is_err(), "{s}");
            }
        }
        assert!(NoteVerifier::parse(&VKEY[..VKEY.len() - 1]).is_err());
        assert!(NoteVerifier::parse(
            "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
        )
        .is_err());
    }

    #[test]
    fn checkpoints_and_tlog_proofs_round_trip() {
        let cp = Checkpoint {
            origin: "auditlog/acme".into(),
            size: 42,
            root: [7; 32],
        };
        assert_eq!(Checkpoint::parse(&cp.to_text()).unwrap(), cp);
        assert!(Checkpoint::parse("origin\n042\nAAAA\n").is_err());
        assert!(Checkpoint::parse("origin\n-1\n").is_err());
        let signer = NoteSigner::from_seed("auditlog", [9; 32]).unwrap();
        let proof = TlogProof {
            index: 3,
            path: vec![[1; 32], [2; 32]],
            signed_checkpoint: signer.sign(&cp.to_text()).unwrap(),
        };
        let text = proof.to_text();
        assert!(text.starts_with("c2sp.org/tlog-proof@v1\nindex 3\n"));
        assert_eq!(TlogProof::parse(&text).unwrap(), proof);
        assert!(TlogProof::parse(&text.replace("index 3", "index x")).is_err());
    }
}
